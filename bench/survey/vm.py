PUSH, LOAD, STORE, ADD, SUB, MUL, LT, JMPF, JMP, MOD, HALT = range(11)
def run(code, nvars):
    vars_ = [0] * nvars
    stack = [0] * 64
    pc = sp = 0
    while True:
        op = code[pc]
        pc += 1
        if op == PUSH:
            stack[sp] = code[pc]; sp += 1; pc += 1
        elif op == LOAD:
            stack[sp] = vars_[code[pc]]; sp += 1; pc += 1
        elif op == STORE:
            sp -= 1; vars_[code[pc]] = stack[sp]; pc += 1
        elif op == ADD:
            sp -= 1; stack[sp - 1] = stack[sp - 1] + stack[sp]
        elif op == SUB:
            sp -= 1; stack[sp - 1] = stack[sp - 1] - stack[sp]
        elif op == MUL:
            sp -= 1; stack[sp - 1] = stack[sp - 1] * stack[sp]
        elif op == MOD:
            sp -= 1; stack[sp - 1] = stack[sp - 1] % stack[sp]
        elif op == LT:
            sp -= 1; stack[sp - 1] = 1 if stack[sp - 1] < stack[sp] else 0
        elif op == JMPF:
            sp -= 1
            if stack[sp] == 0:
                pc = code[pc]
            else:
                pc += 1
        elif op == JMP:
            pc = code[pc]
        elif op == HALT:
            return vars_[1]
prog = [PUSH, 0, STORE, 0, PUSH, 0, STORE, 1,
        LOAD, 0, PUSH, 30000, LT, JMPF, 37,
        LOAD, 1, LOAD, 0, LOAD, 0, MUL, ADD, PUSH, 1000003, MOD, STORE, 1,
        LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 8, HALT]
result = run(prog, 2)
