// Locals that hold only Numbers (pyjs/interp/codegen/number_locals.py): the generated
// code drops their type tests, so everything that must not take that path is here:
// reads before any assignment, a binding that also gets a String, a BigInt, an object,
// undefined or null, BigInt mixes that throw, -0, NaN, Infinity, loops, switch, try,
// labels, shadowing, closures, arguments.  Each case runs several times, so that the
// generated body (not only the closure tier) computes it.

function show(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "bigint") return v + "n";
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return "[" + v.map(show).join(", ") + "]";
  return String(v);
}

function run(name, f, ...args) {
  let first;
  for (let i = 0; i < 4; i++) {
    let out;
    try {
      out = show(f(...args));
    } catch (e) {
      out = "threw " + (e && e.constructor ? e.constructor.name : e);
    }
    if (i === 0) first = out;
    else if (out !== first) out += " (differs from the first call: " + first + ")";
    if (i === 3) console.log(name + ": " + out);
  }
}

// -- definite assignment --------------------------------------------------------------
function readBeforeAssignment() {
  var x;
  var y = x + 1;
  var z = x * 2;
  x = 2;
  return [y, z, x + 1];
}
run("read before assignment", readBeforeAssignment);

function hoistedRead() {
  var a = b + 1;
  var b = 3;
  return [a, b - 1];
}
run("hoisted read", hoistedRead);

function oneBranch(c) {
  var x;
  if (c) x = 1;
  return [x + 1, x * 2, x === undefined, x < 5, -x];
}
run("one branch (true)", oneBranch, true);
run("one branch (false)", oneBranch, false);

function bothBranches(c) {
  var x;
  if (c) x = 1; else x = 2.5;
  return x + 1;
}
run("both branches", bothBranches, false);

function loopMayNotRun(n) {
  var x;
  for (var j = 0; j < n; j++) x = j;
  return x + 1;
}
run("loop may not run (0)", loopMayNotRun, 0);
run("loop may not run (3)", loopMayNotRun, 3);

function firstIterationReadsFirst() {
  var out = [];
  for (var i = 0; i < 3; i++) {
    out.push(acc + 1);
    var acc = i * 10;
  }
  return out;
}
run("first iteration reads first", firstIterationReadsFirst);

function whileFirst() {
  var out = [], i = 0, prev;
  while (i < 3) {
    out.push(prev - 1);
    prev = i++;
  }
  return out;
}
run("while reads before assignment", whileFirst);

function doWhile() {
  var n = 0, x;
  do {
    if (n === 2) continue;
    x = n;
  } while (++n < 4 && x >= 0);
  var y;
  do { y = n * 2; } while (y < 0);
  return [n, x, y + 1];
}
run("do-while", doWhile);

function letPerIteration() {
  var out = [];
  for (var i = 0; i < 3; i++) {
    let k;
    if (i === 1) k = 5;
    out.push(k + 1);
    let m = i;
    out.push(m * 2);
  }
  return out;
}
run("let per iteration", letPerIteration);

function letTdz() {
  var r = [];
  try {
    r.push(t + 1);
  } catch (e) {
    r.push(e.constructor.name);
  }
  let t = 4;
  r.push(t + 1);
  return r;
}
run("let in its TDZ", letTdz);

function switchCases(k) {
  var v;
  switch (k) {
    case 0: v = 1; break;
    case 1: v = 2;
    // falls through
    default: v = v + 1;
  }
  var w;
  switch (k) {
    case 0: w = 10; break;
    default: break;
  }
  return [v, w * 2];
}
run("switch 0", switchCases, 0);
run("switch 1", switchCases, 1);
run("switch 2", switchCases, 2);

function maybeThrow(c) {
  if (c) throw new Error("no");
  return 1;
}

function tryCatch(c) {
  var t, u, f;
  try {
    maybeThrow(c);
    t = 1;
  } catch (e) {
    u = 2;
  } finally {
    f = 3;
  }
  return [t + 1, u + 1, f + 1];
}
run("try (no throw)", tryCatch, false);
run("try (throw)", tryCatch, true);

function labelled(c) {
  var w;
  lbl: {
    if (c) break lbl;
    w = 5;
  }
  var q;
  outer: for (var i = 0; i < 2; i++) {
    for (var j = 0; j < 2; j++) {
      if (c) continue outer;
      q = i + j;
    }
  }
  return [w * 2, q + 1];
}
run("labelled (break)", labelled, true);
run("labelled (no break)", labelled, false);

function earlyReturn(c) {
  var x;
  if (c) return -1;
  else x = 3;
  return x * 2;
}
run("early return", earlyReturn, false);

// -- what a binding holds ---------------------------------------------------------------
function laterString() {
  var x = 1;
  var a = x + 1;
  x = "s";
  return [a, a + x + 1, x + 1];
}
run("later a String", laterString);

function laterBigInt() {
  var x = 1;
  var a = x * 3;
  x = 5n;
  return [a, x + 1n, x * 2n];
}
run("later a BigInt", laterBigInt);

function laterObject() {
  var x = 0;
  x = { valueOf() { return 7; } };
  var y = 2;
  return [x * 2, x + 1, y + x, x > y];
}
run("later an object", laterObject);

function laterUndefinedNull() {
  var x = 1, y = 1;
  x = undefined;
  y = null;
  return [x + 1, y + 1, y * 3, x === undefined, y === null];
}
run("later undefined and null", laterUndefinedNull);

function plusWithString(s) {
  var n = 1;
  var m = n + s;
  var k = 2;
  k = k + "x";
  var p = 3;
  p += "y";
  return [m, s + n, k, p, n + 1];
}
run("+ with a String", plusWithString, "a");

function bigIntMixes(b) {
  var r = [];
  var x = 1;
  try { x = x * b; } catch (e) { r.push(e.constructor.name); }
  try { var y = 10 - b; r.push(y); } catch (e) { r.push(e.constructor.name); }
  try { var z = b >>> 1n; r.push(z); } catch (e) { r.push(e.constructor.name); }
  try { var u = +b; r.push(u); } catch (e) { r.push(e.constructor.name); }
  try { x |= b; } catch (e) { r.push(e.constructor.name); }
  var big = -b;
  r.push(big, x + 1);
  return r;
}
run("BigInt mixes", bigIntMixes, 2n);

function incrementString() {
  var s = "5";
  s++;
  var t = "a";
  t--;
  var u = "7";
  var v = u++ + 1;
  return [s, typeof s, t, u, v];
}
run("++ on a String", incrementString);

function unaryPlus(o) {
  var u = +"12";
  var v = +o;
  var w = -u;
  return [u + 1, v + 1, w * 2, u === 12];
}
run("unary plus", unaryPlus, { valueOf() { return 3; } });

// -- Number values ----------------------------------------------------------------------------
function negativeZero() {
  var z = -0;
  var a = 0;
  a = a * -1;
  var m = -0;
  var old = m++;
  var d = -0;
  d--;
  d++;
  var e = 0;
  e -= 0;
  var f = -0;
  f += 0;
  var g = -0;
  g -= 0;
  return [z, 1 / z, z === 0, z == 0, z < 0, a, 1 / a, old, m, d, e, f, g, -z, z % 5, -7 % z, 7 % -1];
}
run("-0", negativeZero);

function notANumber() {
  var n = 0 / 0;
  var m = n;
  var r = [n === n, n !== n, n == n, n != m, n < 1, n >= 1, n + 1, n | 0, n >>> 0];
  r.push(n ? "truthy" : "falsy", !n, n || 5, n && 5, n ?? 6);
  var k = 0;
  r.push(k ? "truthy" : "falsy", k || 7, k && 7);
  if (n) r.push("if NaN"); else r.push("else NaN");
  while (k) { r.push("never"); }
  return r;
}
run("NaN", notANumber);

function infinities() {
  var i = 1 / 0;
  var j = -i;
  return [i - i, i + j, i | 0, i >>> 0, i << 1, ~i, j >> 2, i > 1e308, i * 0, 1 / i, i % 2, 2 % i];
}
run("Infinity", infinities);

function compound() {
  var c = 10;
  var out = [];
  c += 5; out.push(c);
  c -= 3; out.push(c);
  c *= 2; out.push(c);
  c /= 4; out.push(c);
  c %= 4; out.push(c);
  c **= 2; out.push(c);
  c <<= 3; out.push(c);
  c >>= 1; out.push(c);
  c >>>= 0; out.push(c);
  c &= 0xff; out.push(c);
  c |= 256; out.push(c);
  c ^= 3; out.push(c);
  c = -c; c >>>= 1; out.push(c);
  c /= 0; out.push(c);
  c -= c; out.push(c);
  return out;
}
run("compound assignment", compound);

function wideBits() {
  var big = 2 ** 40 + 5;
  var neg = -(2 ** 33) - 1;
  var f = 3.75;
  return [big | 0, big >> 1, big >>> 0, big & 0xff, neg | 0, neg >>> 0, neg ^ 1, f | 0, -f | 0, ~f, f << 31, 1 << f];
}
run("bits of wide Numbers", wideBits);

function updates() {
  var p = 5;
  var r = p++ + ++p;
  var arr = [10, 20, 30, 40];
  var i = 0;
  var a = arr[i++];
  var b = arr[++i];
  var c = arr[i--];
  var d = arr[--i];
  var e = arr[i--];
  return [r, p, a, b, c, d, e, i, arr[i]];
}
run("updates", updates);

function conditionalAndLogical(a, b, flag) {
  var cost = a === b ? 0 : 1;
  var q = flag ? 1 : "1";
  var l = 0 || 5;
  var l2 = 0 || "s";
  var l3 = cost && 9;
  return [cost + 1, q + 1, l + 1, l2 + 1, l3 * 2, (cost, l) + 1];
}
run("conditional and logical", conditionalAndLogical, "x", "y", false);

function equalities(o) {
  var n = 1, m = 1.0, z = 0, nz = -0;
  return [n === "1", n == "1", n != "1", n == null, n === m, n !== m, z === nz, n == o, n === o, z == false, z === false];
}
run("equalities", equalities, { valueOf() { return 1; } });

function floatTrees(x) {
  var a = 1.5, b = 2, c = 0;
  var r1 = a * b + a / b - b;
  var r2 = a / c + b * a;
  var r3 = (a - b) * -(a + b) / x;
  var r4 = -c * b - c;
  return [r1, r2, r3, r4];
}
run("float trees", floatTrees, "4");

function intTrees(s) {
  var h = 2166136261;
  for (var i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  var crc = -1;
  crc = (crc >>> 8) ^ ((crc ^ 65) & 0xff);
  var x = 1e10;
  var y = (x | 0) + (x & 7) + ((x >> 3) ^ 1);
  return [h, crc >>> 0, y, h & 0xffff];
}
run("int trees", intTrees, "hello");

// -- scoping --------------------------------------------------------------------------------
var x = "global";

function shadowedBlocks() {
  var r = [];
  { let x = 1; r.push(x + 1); }
  { let x = "a"; r.push(x + 1); }
  r.push(x + 1);
  return r;
}
run("blocks declaring the same name", shadowedBlocks);

function blockThenOuter() {
  var r = [];
  { let y = 1; r.push(y + 1); }
  r.push(typeof y);
  { const k = 2; r.push(k * 3); }
  return r;
}
run("a block's let, then the outer name", blockThenOuter);

function nestedSameName() {
  var x = 1;
  function inner() {
    var x = "s";
    return x + 1;
  }
  return inner() + x + 1;
}
run("nested function, same name", nestedSameName);

function closureWrites() {
  var x = 1;
  var set = () => { x = "str"; };
  set();
  return x + 1;
}
run("closure writes the var", closureWrites);

function sloppyArguments(a) {
  var b = a * 2;
  arguments[0] = "z";
  return [a, b + 1, a + 1];
}
run("sloppy arguments", sloppyArguments, 3);

function sloppyArguments2(a) {
  a = 1;
  arguments[0] = "q";
  return a + 1;
}
run("sloppy arguments alias a param", sloppyArguments2, 0);

function catchParamVar() {
  var r = [];
  try { throw 1; } catch (e) { var e = 2; r.push(e + 1); }
  r.push(e + 1);
  return r;
}
run("var in a catch of the same name", catchParamVar);

function functionAndVar() {
  var r = [typeof f];
  var f = 1;
  r.push(f + 1);
  function f() {}
  return r;
}
run("function and var of one name", functionAndVar);

function blockFunction(c) {
  var g = 1;
  var r = [g + 1];
  if (c) {
    function g() { return 1; }
  }
  r.push(typeof g, g + 1);
  return r;
}
run("Annex B block function", blockFunction, true);

function forHeads() {
  var k = 0;
  for (k in { a: 1 }) {}
  var v = 0;
  for (v of "xy") {}
  var d = 0;
  [d] = ["s"];
  var e = 0;
  ({ e } = { e: "t" });
  return [k + 1, v + 1, d + 1, e + 1];
}
run("for-in/of heads and destructuring", forHeads);

function logicalAssignment() {
  var a = 0;
  a ||= "s";
  var b = 1;
  b &&= null;
  var c = 2;
  c ??= "never";
  return [a + 1, b + 1, c + 1];
}
run("logical assignment", logicalAssignment);

function* counter(n) {
  var i = 0;
  while (i < n) {
    yield i * 2;
    i += 1;
  }
}
run("generator", () => [...counter(4)]);

function evalInside() {
  var x = 1;
  eval("x = 'e'");
  return x + 1;
}
run("direct eval", evalInside);

function withInside(o) {
  var x = 1;
  with (o) { x = "w"; }
  return [x + 1, o.x];
}
run("with", withInside, { x: 0 });

function inExpressionPosition() {
  var a = 1;
  var b = (a += 2) * 2;
  var c = (a = "s") + 1;
  return [a, b, c];
}
run("assignments as values", inExpressionPosition);

function numberKeys() {
  var a = [1, 2, 3], o = { "1.5": "x", "-1": "m", "NaN": "n", "0": "z" }, s = "abc";
  var i = 0, h = 1.5, m = -1, n = 0 / 0, big = 10, nz = -0;
  var r = [];
  r.push(a[i], a[h], a[m], a[n], a[big], a[nz], o[h], o[m], o[n], o[nz], s[i + 1], s[h], s[m], s[nz]);
  a[h] = "half"; a[m] = "minus"; a[big] = "far"; a[i] = "zero"; o[h] = "y"; a[nz] = "negzero";
  r.push(a.length, a[h], a[m], a[big], a[i], o[h], a[0]);
  var ta = new Int8Array(4);
  ta[i] = 300; ta[h] = 5; ta[i + 1] = -1;
  r.push(ta[i], ta[h], ta[1], ta.length);
  var stack = [], sp = 0;
  stack[sp++] = 5; stack[sp++] = sp; stack[sp] = stack[sp - 1] + stack[sp - 2];
  r.push(stack.join(","), sp);
  return r;
}
run("Number keys", numberKeys);

function countersAndCompounds(arr) {
  var r = [];
  var s = 1.5;
  for (var i = s; i < 4; i++) r.push(arr[i]);
  var t = 1;
  for (var j = t; j < 6; j += 2) r.push(arr[j]);
  var prod = 1, sum = 0, diff = 100;
  for (var k = 0; k < arr.length; k++) {
    prod *= arr[k];
    diff -= arr[k];
    sum += arr[k];
  }
  r.push(prod, diff, sum);
  try { var p = 2; p *= 3n; r.push(p); } catch (e) { r.push(e.constructor.name); }
  return r;
}
run("counters and compound assignment", countersAndCompounds, [2, "3", { valueOf() { return 4; } }, 5, true, null]);

function numberKeyExpressions(o) {
  var a = [1, 2, 3], s = "xyz", ta = new Uint8Array([7, 8, 9]);
  var i = 1, n = 0 / 0, r = [];
  r.push(a[i * 2], a[i - 2], a[n * 1], a[i + 0.5], a[i * 5], s[i + 1], s[i - 2], ta[i + 1], ta[i * 2 - 3]);
  r.push(o[i * 1], o[i + 0.5], o[n + 1], o[-i - 1]);
  var j = 0;
  r.push(a[(j = 2) * 1], j);
  r.push(i === 1, i === "1", i === o, o === i, i !== i * 1, (i - 1) === (j - 2), n === n, -0 === j * 0);
  r.push(i == "1", "1" != i, i != o, o == i, i != null, null == i);
  return r;
}
run("Number key expressions and equality", numberKeyExpressions, { "1": "one", "1.5": "half", "NaN": "nan", "-2": "m2" });

function booleans(a, b) {
  var r = [];
  var ok = true, done = false, mixed = true, late;
  for (var i = 0; i < 4 && ok; i++) {
    if (i === 2) ok = false;
    done = !done;
  }
  r.push(ok, done, i, !ok, ok === done, ok !== done, ok == 0, done == 1, ok === false, done && "yes", ok || "no");
  mixed = 0;
  r.push(mixed ? "t" : "f", mixed === false, mixed == false);
  if (a) late = a < b;
  r.push(late ? "late" : "not late", late === undefined, !late);
  var cmp = a < b, eq = a === b, inst = a instanceof Object, has = "length" in [];
  r.push(cmp === eq, cmp == !eq, inst, has, cmp ? 1 : 2, eq || cmp);
  let flag = a > 0;
  while (flag) { flag = false; r.push("once"); }
  var t = a ? true : false, u = (t, b > 1), v = t && u, w = t || u;
  r.push(t, u, v, w, t === u, v !== w);
  return r;
}
run("booleans (1, 2)", booleans, 1, 2);
run("booleans (0, 2)", booleans, 0, 2);

var outerX = "outer";
function paramDefaultWritesOuter(a = (outerX = "s")) {
  var outerX = 1;
  for (var i = 0; i < 2; i++) outerX += 1;
  return outerX + 1;
}
run("a parameter default writes the outer name", () => [paramDefaultWritesOuter(), outerX]);

function catchDefaultWrites() {
  var x = 1;
  try { throw {}; } catch ({ a = (x = "c") }) { }
  for (var i = 0; i < 2; i++) x += 1;
  return x + 1;
}
run("a catch parameter's default writes a var", catchDefaultWrites);

function tdzInLoopsAndSwitch(k) {
  var r = [];
  for (var i = 0; i < 2; i++) {
    try { r.push(v + 1); } catch (e) { r.push(e.constructor.name); }
    let v = i;
    r.push(v * 2);
  }
  switch (k) {
    case 0: let w = 1; r.push(w);
    // falls through
    default: try { r.push(w + 1); } catch (e) { r.push(e.constructor.name); }
  }
  const c = k + 1;
  r.push(c * 2);
  return r;
}
run("TDZ in loops and switch (0)", tdzInLoopsAndSwitch, 0);
run("TDZ in loops and switch (1)", tdzInLoopsAndSwitch, 1);

function argumentsWrittenMidExpression(a, b) {
  var r = a + (arguments[0] = "aliased", "+");
  var m = b * (arguments[1] = 5, 2);
  var c = b;
  c -= (arguments[1] = 100, 1);
  b += (arguments[1] = 7, 1);
  return [r, m, c, b];
}
run("arguments written in the middle of an expression", argumentsWrittenMidExpression, "p", 3);
