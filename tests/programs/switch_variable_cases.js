// switch whose case tests are not literals (named opcodes, computed values): the inline
// === of two Numbers or two Strings, and every other pair left to the general ===
var A = 0, B = 1, C = "c", NAN = NaN, ZERO = -0, OBJ = {}, SYM = Symbol("s"), BIG = 5n;
var log = [];
function probe(v, r) { log.push(String(r)); return v; }
function pick(x) {
  switch (x) {
    case A: return "A";
    case B: return "B";
    case C: return "C";
    case NAN: return "NaN?";
    case OBJ: return "OBJ";
    case SYM: return "SYM";
    case BIG: return "BIG";
    case null: return "null";
    case undefined: return "undefined";
    default: return "default";
  }
}
function effects(x) {
  log = [];
  switch (x) {
    case probe(1, "t1"): log.push("one");
    case probe("1", "t2"): log.push("str one"); break;
    case probe(2, "t3"): log.push("two");
    default: log.push("dflt");
    case probe(3, "t4"): log.push("three");
  }
  return log.join(" ");
}
var inputs = [0, -0, 1, "1", "c", "C", NaN, {}, OBJ, SYM, Symbol("s"), 5n, 5, null, undefined, true, 1.0000001];
for (var rep = 0; rep < 3; rep++) {
  console.log(inputs.map(function (v) { return pick(v); }).join(","));
  console.log([1, "1", 2, 3, 4, "2", null].map(effects).join(" | "));
}
var ops = [0, 1, 2, 3], names = [], op0 = 0, op1 = 1, op2 = 2;
for (var i = 0; i < 12; i++) {
  switch (ops[i % 4]) { case op0: names.push("zero"); break; case op1: names.push("one"); case op2: names.push("two"); break; default: names.push("other"); }
}
console.log(names.join(" "));
// no case runs on into the next: one chain of tests, the default's statements last
var ONE = 1, TWO = 2, THREE = 3;
function chained(x) {
  log = [];
  outer: for (var i = 0; i < 2; i++) {
    switch (x) {
      case probe(ONE, "t1"): case probe(TWO, "t2"): log.push("one or two"); break;
      default: log.push("dflt"); if (i === 0) continue outer; break outer;
      case probe(THREE, "t3"): let y = x * 2; log.push("three " + y); if (i === 1) break; continue;
      case probe("s", "t4"): log.push("s"); throw new Error("thrown");
      case probe(ONE, "t5"): log.push("never");
    }
    log.push("after " + i);
  }
  return log.join(" ");
}
for (var rep = 0; rep < 4; rep++) {
  console.log([1, 2, 3, 4, "s", -0, NaN, true, "1"].map(function (v) {
    try { return chained(v); } catch (e) { return log.join(" ") + " caught " + e.message; }
  }).join(" | "));
}
