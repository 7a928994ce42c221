// A function's own variable whose first mention is `var x = e;` / `let x = e;` / `const`
// among the body's statements gets no value at entry in generated code (generator.py
// stored_first).  Every case below must keep reading what the spec says: hoisted vars
// read before their declaration (undefined), lets in their TDZ, initializers naming the
// variable itself, declarators naming earlier ones, keys of later loops (int twins and
// Array locals hoisted before a loop), redeclarations, early returns, throwing
// initializers, generators, async functions, closures, class constructors, arrows.
// Each case runs several times, so that the generated body computes it.

function show(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return "[" + v.map(show).join(", ") + "]";
  return String(v);
}

function run(name, f, ...args) {
  let first;
  for (let i = 0; i < 6; i++) {
    let out;
    try {
      out = show(f(...args));
    } catch (e) {
      out = "threw " + (e && e.constructor ? e.constructor.name : e);
    }
    if (i === 0) first = out;
    else if (out !== first) out += " (differs from the first call: " + first + ")";
    if (i === 5) console.log(name + ": " + out);
  }
}

function plain(a, b) {
  var s = a + b;
  let t = s * 2;
  const u = t - 1;
  return [s, t, u];
}
run("plain declarations", plain, 3, 4);
run("plain declarations, strings", plain, "x", 4);

function readBefore(a) {
  var before = typeof x;
  var x = a;
  return [before, x];
}
run("var read before its declaration", readBefore, 5);

function tdzBefore(a) {
  var r;
  try { r = t; } catch (e) { r = e.constructor.name; }
  let t = a;
  return [r, t];
}
run("let read in its TDZ", tdzBefore, 5);

function selfInit(a) {
  var x = x + a;
  return x;
}
run("var initializer naming itself", selfInit, 1);

function selfInitLet(a) {
  let y = (() => 0)() + a;
  const z = y + 1;
  return [y, z];
}
run("let initializers", selfInitLet, 2);

function letSelf(a) {
  let y = y + a;
  return y;
}
run("let initializer naming itself", letSelf, 2);

function declarators(arr) {
  var i = 1, v = arr[i], w = arr[i + 1];
  var k = i + 1;
  return [i, v, w, k];
}
run("declarators naming earlier ones", declarators, [10, 20, 30]);
run("declarators on a string", declarators, "abc");

function laterLoop(arr, n) {
  var total = 0;
  var j = n;
  var view = arr;
  for (var q = 0; q < 3; q++) total += view[j] + view[q];
  var m = j;
  while (m < view.length) { total += view[m]; m++; }
  return [total, m];
}
run("later loops use the variables as keys", laterLoop, [1, 2, 3, 4, 5], 1);
run("later loops, fractional key", laterLoop, [1, 2, 3, 4, 5], 1.5);
run("later loops, string key", laterLoop, [1, 2, 3, 4, 5], "1");
run("later loops, a string", laterLoop, "abcde", 2);

function chained(o, p) {
  var d = o.x - p.x, e = d * d, f = e + d, g = [d, e][1];
  const h = f + g, k = h + 1;
  return [d, e, f, g, h, k, p[d + 1], p[e - 1]];
}
run("declarators reading earlier ones", chained, { x: 3 }, { x: 1, 3: "three" });
run("declarators reading earlier ones, strings", chained, { x: "a" }, { x: 1 });

function keysRun(a, b) {
  var x = b;
  var s = a[x] + a[x] + a[x];
  return s;
}
run("a run of keys after the declaration", keysRun, [4, 5, 6], 1);
run("a run of keys, -0", keysRun, [4, 5, 6], -0);

function redeclared(a) {
  var x = a;
  var y = x * 2;
  var x = y + 1;
  return [x, y];
}
run("a redeclared var", redeclared, 3);

function earlyReturn(a) {
  if (a > 2) return "early";
  var x = a * 3;
  return x;
}
run("an early return before the declaration", earlyReturn, 3);
run("no early return", earlyReturn, 1);

let calls = 0;
function throwingInit(a) {
  calls++;
  var x = a.missing.deeper;
  return x;
}
run("a throwing initializer", throwingInit, {});
run("a throwing initializer, then not", throwingInit, { missing: { deeper: 7 } });

function afterBlock(a) {
  out: {
    if (a > 1) break out;
    a = a + 10;
  }
  var x = a + 1;
  let y = x + 1;
  return [x, y];
}
run("after a labelled block", afterBlock, 1);
run("after a labelled block, broken", afterBlock, 5);

function* gen(a) {
  yield a;
  var x = a + 1;
  yield x;
  let y = x * 2;
  yield y;
}
run("a generator", (a) => [...gen(a)], 3);

async function asyncFn(a) {
  var x = a + 1;
  let y = await x;
  return y * 2;
}
const asyncResults = [];
for (let i = 0; i < 6; i++) asyncFn(i).then((v) => asyncResults.push(v));

function captured(a) {
  var f = () => x;
  var x = a;
  var g = () => y;
  let y = a + 1;
  return [f(), g()];
}
run("captured by closures", captured, 4);

function capturedTdz(a) {
  var g = () => y;
  var r;
  try { r = g(); } catch (e) { r = e.constructor.name; }
  let y = a;
  return [r, y];
}
run("a closure reading a let in its TDZ", capturedTdz, 4);

class Point {
  constructor(x, y) {
    this.x = x;
    var s = x + y;
    this.s = s;
    let d = s - x;
    this.d = d;
  }
}
run("a class constructor", (a, b) => { const p = new Point(a, b); return [p.x, p.s, p.d]; }, 2, 3);

const arrow = (a) => {
  var x = a + 1;
  const y = x * x;
  return y;
};
run("an arrow", arrow, 3);

function sloppyArgs(a) {
  var x = arguments.length;
  var y = arguments[0];
  return [x, y, a];
}
run("sloppy arguments", sloppyArgs, 8, 9);

function destructured(o) {
  var { p, q } = o;
  var r = p + q;
  return r;
}
run("destructuring", destructured, { p: 1, q: 2 });

function recursive(n) {
  var m = n - 1;
  if (n <= 0) return 0;
  var r = recursive(m);
  return r + n;
}
run("recursion", recursive, 20);

Promise.resolve().then(() => Promise.resolve()).then(() => {
  console.log("async: " + show(asyncResults.sort((a, b) => a - b)));
  console.log("calls: " + calls);
});
