// a Brainfuck interpreter: bracket table, byte tape, switch on characters
function run(prog, input) {
  var jump = new Array(prog.length), stack = [];
  for (var i = 0; i < prog.length; i++) {
    var ch = prog[i];
    if (ch === "[") stack.push(i);
    else if (ch === "]") { var j = stack.pop(); jump[i] = j; jump[j] = i; }
  }
  var tape = new Array(30000).fill(0), p = 0, out = [], inp = 0;
  for (var pc = 0; pc < prog.length; pc++) {
    switch (prog[pc]) {
      case "+": tape[p] = (tape[p] + 1) & 255; break;
      case "-": tape[p] = (tape[p] - 1) & 255; break;
      case ">": p++; break;
      case "<": p--; break;
      case ".": out.push(String.fromCharCode(tape[p])); break;
      case ",": tape[p] = inp < input.length ? input.charCodeAt(inp++) : 0; break;
      case "[": if (tape[p] === 0) pc = jump[pc]; break;
      case "]": if (tape[p] !== 0) pc = jump[pc]; break;
    }
  }
  return out.join("");
}
// squares of 0..10000 (Daniel B. Cristofani's program)
var squares = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]";
var text = run(squares, "");
var h = 0;
for (var i = 0; i < text.length; i++) h = (h * 33 + text.charCodeAt(i)) % 1000000007;
result = h * 100 + text.length % 100;
