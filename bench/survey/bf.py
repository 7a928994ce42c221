def run(prog, inp_s):
    jump = [None] * len(prog)
    stack = []
    for i in range(len(prog)):
        ch = prog[i]
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            j = stack.pop()
            jump[i] = j
            jump[j] = i
    tape = [0] * 30000
    p = 0
    out = []
    inp = 0
    pc = 0
    while pc < len(prog):
        c = prog[pc]
        if c == "+":
            tape[p] = (tape[p] + 1) & 255
        elif c == "-":
            tape[p] = (tape[p] - 1) & 255
        elif c == ">":
            p += 1
        elif c == "<":
            p -= 1
        elif c == ".":
            out.append(chr(tape[p]))
        elif c == ",":
            if inp < len(inp_s):
                tape[p] = ord(inp_s[inp])
                inp += 1
            else:
                tape[p] = 0
        elif c == "[":
            if tape[p] == 0:
                pc = jump[pc]
        elif c == "]":
            if tape[p] != 0:
                pc = jump[pc]
        pc += 1
    return "".join(out)
squares = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"
text = run(squares, "")
h = 0
for i in range(len(text)):
    h = (h * 33 + ord(text[i])) % 1000000007
result = h * 100 + len(text) % 100
