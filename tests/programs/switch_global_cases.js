// a switch inside a loop whose cases test global names (opcodes): the cases read the
// var bindings' Props hoisted at the function's entry, which see every later store,
// (redefinitions: tests/interp/test_script_globals.py); other global names keep their
// general reads
var PUSH = 0, ADD = 1, HALT = 2, SWAP = 3;
var trace = [];
function run(code) {
  var acc = [], pc = 0;
  while (pc < code.length) {
    var op = code[pc++];
    switch (op) {
      case PUSH: acc.push(code[pc++]); break;
      case ADD: acc.push(acc.pop() + acc.pop()); break;
      case SWAP: { var t = PUSH; PUSH = ADD; ADD = t; trace.push("swap"); } break;
      case CONF: acc.push("conf"); break;
      case GET: acc.push("get"); break;
      case HALT: return acc.join(" ");
      default: acc.push("?" + String(op));
    }
  }
  return acc.join(" ") + " (ran off)";
}
globalThis.CONF = 7;                       // configurable: no hoisted Prop
var gets = 0;
Object.defineProperty(globalThis, "GET", { get: function () { gets++; return 8; }, configurable: true });
for (var rep = 0; rep < 6; rep++) {
  console.log(run([0, 5, 0, 6, 1, 7, 8, 9, 2]), gets);
}
console.log(run([0, 1, 3, 1, 2, 0, 9, 2]), trace.join());
PUSH = 0; ADD = 1; HALT = 9;
console.log(run([0, 1, 2, 0, 2, 9]));
HALT = 2;
globalThis.CONF = "x"; delete globalThis.GET;
try { console.log(run([7, 0, 3, 9])); } catch (e) { console.log(e.constructor.name, e.message); }
Object.defineProperty(globalThis, "GET", { value: -0, configurable: true });
console.log(run([0, 4, 0, 9]), run(["x", -0, NaN, 9]));
var NANOP = NaN, NEGZ = -0, STR = "7", BOOL = true;
function kinds(vals) {
  var out = [];
  for (var i = 0; i < vals.length; i++) {
    switch (vals[i]) {
      case NANOP: out.push("nan"); break;
      case NEGZ: out.push("zero"); break;
      case STR: out.push("str"); break;
      case BOOL: out.push("bool"); break;
      default: out.push("d");
    }
  }
  return out.join(",");
}
for (var rep = 0; rep < 5; rep++) console.log(kinds([NaN, 0, -0, "7", 7, true, 1, "true", null]));
