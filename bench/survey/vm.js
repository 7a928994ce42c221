// a bytecode interpreter: switch dispatch over an opcode array, with a value stack
var PUSH = 0, LOAD = 1, STORE = 2, ADD = 3, SUB = 4, MUL = 5, LT = 6, JMPF = 7, JMP = 8, MOD = 9, HALT = 10;
function run(code, nvars) {
  var vars = new Array(nvars).fill(0), stack = [], pc = 0, sp = 0;
  while (true) {
    var op = code[pc++];
    switch (op) {
      case PUSH: stack[sp++] = code[pc++]; break;
      case LOAD: stack[sp++] = vars[code[pc++]]; break;
      case STORE: vars[code[pc++]] = stack[--sp]; break;
      case ADD: sp--; stack[sp - 1] = stack[sp - 1] + stack[sp]; break;
      case SUB: sp--; stack[sp - 1] = stack[sp - 1] - stack[sp]; break;
      case MUL: sp--; stack[sp - 1] = stack[sp - 1] * stack[sp]; break;
      case MOD: sp--; stack[sp - 1] = stack[sp - 1] % stack[sp]; break;
      case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
      case JMPF: if (stack[--sp] === 0) pc = code[pc]; else pc++; break;
      case JMP: pc = code[pc]; break;
      case HALT: return vars[1];
    }
  }
}
// i = 0; s = 0; while (i < 30000) { s = (s + i * i) % 1000003; i = i + 1; }
var prog = [PUSH, 0, STORE, 0, PUSH, 0, STORE, 1,
  LOAD, 0, PUSH, 30000, LT, JMPF, 37,
  LOAD, 1, LOAD, 0, LOAD, 0, MUL, ADD, PUSH, 1000003, MOD, STORE, 1,
  LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 8, HALT];
result = run(prog, 2);
