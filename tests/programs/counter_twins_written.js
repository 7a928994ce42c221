// variables used as keys and written inside their loop (x++, --x, x = v): each keeps an
// int twin that every write updates, and every key that is no array index, every
// receiver that is no dense Array and every hole still takes the general path
function interp(code, init) {
  var stack = init ? init.slice() : [], pc = 0, sp = stack.length, out = [];
  while (pc < code.length) {
    var op = code[pc++];
    if (op === "push") stack[sp++] = code[pc++];
    else if (op === "add") { sp--; stack[sp - 1] = stack[sp - 1] + stack[sp]; }
    else if (op === "jmpnz") { if (stack[--sp] !== 0) pc = code[pc]; else pc++; }
    else if (op === "dup") { stack[sp] = stack[sp - 1]; sp++; }
    else if (op === "out") out.push(stack[--sp]);
    else out.push("?" + String(op) + "@" + String(pc));
  }
  return out.join(" ") + " | sp=" + sp + " pc=" + String(pc);
}
var progs = [
  ["push", 5, "dup", "out", "push", -1, "add", "dup", "jmpnz", 2, "push", 7, "out"],
  ["push", 1, "push", 2, "add", "out", "push", 0, "jmpnz", 0, "push", "x", "out"],
  ["push", 3, "jmpnz", "8", "out", "out", "out", "out", "push", 4, "out"],     // a String target
  ["push", 1, "jmpnz", 2.5, "push", 9, "out"],                                    // a fractional target
  ["out", "out", "push", 1, "out", "push", 0, "jmpnz", -1, "out"],                // a negative sp
  ["push", 1, "jmpnz", 1e300, "push", 9, "out"],
  ["push", 1, "jmpnz", NaN, "push", 9, "out"],
  ["push", 1, "jmpnz", 6, "push", 8, "out"]
];
for (var rep = 0; rep < 4; rep++) {
  progs.forEach(function (p) { console.log(interp(p)); });
  console.log(interp(["push", -1, "add", "dup", "jmpnz", -0, "out"], [3]));      // a -0 target
}
// the receivers: a String, a TypedArray, an Array with holes (and an inherited element), an object
Array.prototype[3] = "proto3";
function walk(a, start) {
  var i = start, r = [];
  while (r.length < 6) { r.push(String(a[i++])); if (i === 2) i = "4"; }
  var j = start, s = [];
  do { s.push(String(a[++j])); } while (j < start + 3);
  var k = start + 3, t = [];
  while (k > start) t.push(String(a[k--]) + ":" + String(a[k]));
  return r.join(",") + " / " + s.join(",") + " / " + t.join(",") + " / " + [typeof i, i, j, k].join(",");
}
var holey = [10, , 12, , 14, 15, 16, 17];
var inputs = [holey, "abcdefghij", new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), {0: "a", 1: "b", 4: "e", 5: "f", "-1": "m"},
              [1, 2, 3, 4, 5, 6, 7, 8, 9]];
for (var rep = 0; rep < 3; rep++) {
  inputs.forEach(function (a) {
    console.log(walk(a, 0), "|", walk(a, -1), "|", walk(a, "1"), "|", walk(a, 0.5), "|", walk(a, -0));
  });
}
delete Array.prototype[3];
// stores through x++ / --x keys, with a right-hand side that reads and writes the counter
function fill(n) {
  var a = [], i = 0, log = [];
  while (i < n) {
    a[i++] = i;
    a[i++] = i++;
    if (i > 6) { a[--i] = "back" + i; i = i + 1; }
    if (i === 3) { a[i--] = "three"; a[i++] += "!"; }
  }
  var b = new Float64Array(4), j = 0;
  while (j < 6) b[j++] = j * 1.5;
  var o = {}, k = "k";
  for (var m = 0; m < 3; m++) { o[k++] = m; }
  var c = 0; while (c < 4) c += 1, a[c] = a[c - 1];
  return JSON.stringify(a) + " " + Array.from(b).join() + " " + JSON.stringify(o) + " " + i + " " + j + " " + k;
}
for (var rep = 0; rep < 4; rep++) console.log(fill(9), fill(2));
// a getter on the prototype seen through a hole, a throw inside the loop, nested loops on one counter
var seen = [], proto = Object.create(Array.prototype);
Object.defineProperty(proto, "5", { get: function () { seen.push("get5"); return "g5"; } });
function withGetter(a) { Object.setPrototypeOf(a, proto); return a; }
function nested(a) {
  var i = 0, out = [];
  try {
    while (i < a.length) {
      out.push(a[i++]);
      for (i = i; i < 4; i++) out.push("n" + a[i]);
      if (a[i] === "boom") throw new Error("at " + i);
    }
  } catch (e) { out.push(e.message, i); }
  return out.join(",");
}
for (var rep = 0; rep < 4; rep++) console.log(nested(withGetter([1, 2, , 4, 5, , 7])), nested([0, 1, 2, 3, "boom", 5]), seen.length);
// BigInt and -0 counters
function big(a) {
  var i = 0n, r = [];
  while (r.length < 3) r.push(String(a[i++]));
  var z = -0, q = [];
  while (q.length < 2) { q.push(String(a[z]), 1 / z); z++; }
  return r.join() + " " + q.join() + " " + typeof i;
}
for (var rep = 0; rep < 3; rep++) console.log(big([7, 8, 9]));
// x < a.length with a written twin: an Array or a String compared as ints; a TypedArray,
// a plain object, a counter that is no index and <= take the general comparison
function scan(s, start) {
  var i = start, n = 0, m = 0;
  while (i < s.length) { if (s[i] === "x") i = i + 2; else i++; n++; }
  var j = start;
  while (j <= s.length) { m += s[j++] === undefined ? 10 : 1; if (m > 40) break; }
  return n + ":" + String(i) + ":" + m + ":" + String(j);
}
var scanned = [];
for (var rep = 0; rep < 4; rep++) {
  scanned = [];
  [["a", "x", "b", "c", "x"], "axbcxyz", new Int8Array(5), { length: 3, 0: "x" }, "", []].forEach(function (s) {
    [0, 2, -1, "1", 0.5, NaN, 1e300].forEach(function (st) { scanned.push(scan(s, st)); });
  });
  console.log(scanned.join(" "));
}
