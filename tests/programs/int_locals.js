// Variables that only ever hold bitwise results (int locals held as Python ints by
// the code generator): every way their value leaves the int context must give the
// same Number Node gives.  Each function runs many times so the hot tiers compile it.
// The script is sloppy; the functions marked so are strict.

function show(label, v) {
  console.log(label, typeof v, Object.is(v, -0) ? "-0" : String(v));
}

function crc(bytes) {
  var c = 0xFFFFFFFF;
  for (var i = 0; i < bytes.length; i++) c = (c >>> 8) ^ ((c ^ bytes[i]) & 0xFF) * 0x01000193;
  c = c | 0;
  return (c ^ 0xFFFFFFFF) >>> 0;
}

function uint(a) {
  "use strict";
  let u = a >>> 0;              // a Uint32 above 2**31
  let s = a | 0;                // its Int32
  let n = ~u;                   // ~ of a Uint32
  let z = u & 0;                // never -0
  let m = -1 >>> 0;
  return [u, s, n, z, m, u + 1, u * 2, u - s, u / 2, u % 7, -z, 1 / (z - 0)];
}

function shifts(x) {
  let a = x << 32, b = x >> 33, c = x >>> 64, d = 1 << 31, e = d >>> 31, f = d >> 31;
  let g = x << (x & 63), h = 0x7fffffff << 1;
  return [a, b, c, d, e, f, g, h];
}

function leaving(x) {
  "use strict";
  var v = x ^ 0x55;
  var o = {};
  o[v] = "key";                 // a property key
  o.p = v;                      // a stored value
  var arr = [v];                // an element
  var s = "v=" + v + "," + (v + 0.5) + "," + (v + "1") + `,${v}`;
  var cmp = [v < 0.5, v > v - 1, v == "85", v === 85, v !== 85.0, v < NaN, v == -0, v >= Infinity];
  var k = Object.keys(o)[0];
  return [typeof v, o[v], o.p, arr[0], s, cmp.join(), k, typeof k, String(v), JSON.stringify({v}), passed(v)];
}

function passed(n) { return typeof n === "number" && Number.isInteger(n) ? n * 1.5 : "bad"; }

function readBeforeWrite(n) {
  var h, out = [];
  for (var i = 0; i < n; i++) {
    if (i > 0) out.push(h);     // undefined-free? no: h is unassigned before the first write
    h = (i * 7) ^ 3;
  }
  let t;
  out.push(typeof t);
  t = n & 1;
  out.push(t);
  return out.join();
}

function captured(n) {
  var c = n | 0;
  var get = function () { return c; };
  c = c ^ 0xFF;
  var d = n >>> 1;
  var inc = () => { d = d + 0.25; };
  inc();
  return [get(), c, d];
}

function sloppyLike(n) {
  let a = n & 0xFFFF, b = (n >>> 16) | 0;
  if (a < b) a = b ^ 1;
  else b = a >> 1;
  let acc = 0;
  for (let i = 0; i < 10; i++) acc = (acc + (a ^ i)) | 0;
  switch (a & 3) {
    case 0: acc ^= 1; break;
    case 1: acc |= 2; break;
    default: acc = ~acc;
  }
  let w = a, x = (w = b ^ 2) | 0;      // an assignment as a value
  return [a, b, acc, w, x, a === b, a != b, Math.max(a, b), [a, b].indexOf(b), a.toString(16)];
}

function compoundInExpression(n) {
  let x = n | 0;
  let y = (x ^= 0xF0) + 1;      // a compound assignment as a value
  let z = (x <<= 2, x >>>= 1, x);
  return [x, y, z, (x &= 7) * 2];
}

function tdzAndLet(n) {
  let r = 0;
  for (let k = 0; k < 3; k++) {
    let m = k ^ n;
    r = (r << 4) | m;
  }
  return r;
}

function keys(tbl, n) {
  let idx = n & 3, neg = (n | 0) - 5 | 0, big = n >>> 0;
  return [tbl[idx], tbl[neg], tbl[big], tbl[idx + 1], tbl[idx - 5 | 0], idx in tbl, neg in tbl];
}

function* gen(n) {
  let h = n | 0;
  for (let i = 0; i < 3; i++) { h = (h << 1) ^ i; yield h; }
  return h >>> 0;
}

function withTry(n) {
  let h = n & 0xFF;
  try {
    h = h ^ 0x0F;
    if (n < 0) throw h;
  } catch (e) {
    h = (e | 0) + 1 | 0;
  } finally {
    h = h | 0x100;
  }
  return h;
}

function destructured(n) {
  let a = n | 0, b = n & 1;
  [a, b] = [b, a];              // a destructuring write: stays a plain local
  return [a, b, a ^ b];
}

function viaArguments(n) {
  var q = n >>> 0;
  return [q, arguments.length, arguments[0] === q];
}

function imulHash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h;
}

function conditional(n) {
  let v = n > 0 ? n & 0xF : ~n;
  let w = (v, n >>> 28);
  return [v, w, v ? "t" : "f", !v, -v, +v, v * v, v ** 2];
}

function sloppyOnly(n) {
  var d = n & 7, e = d ^ 1;
  var gone = delete d;          // a sloppy delete of a var: false, d stays
  undeclaredGlobal = e;         // an implicit global takes the Number
  for (var s = d; s < 100; s += 0) { e = e << 1; if (e > 50 || e === 0) break; }
  with ({ e: 1.5 }) { var w = e; }
  return [d, e, gone, typeof undeclaredGlobal, undeclaredGlobal, s, w];
}

function withEval(n) {
  var k = n | 0;
  eval("k = 0.5");
  return k ^ 1;
}

function labelled(n) {
  "use strict";
  let v = n & 0xFF;
  outer: for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      v = (v * 3 + j) & 0xFFFF;
      if ((v & 7) === 3) continue outer;
      if (v > 60000) break outer;
    }
  }
  let hi = v >>> 8, lo = v & 255;
  return [v, hi, lo, hi < lo, hi === lo, lo >= 1e-9, hi <= -0, v == v, v !== v];
}

function writesWhileRead(n) {
  const arr = [10, 20, 30, 40, 50];
  let x = n & 3, out = [];
  out.push(x < (x = 9, arr).length);          // x is read before the object
  x = n & 1;
  out.push(x ^ (x = 6), x + (x = 0x7FFFFFFF) | 0, (x = x << 1) | x);
  x = n & 3;
  arr[x] = (x = 4);                           // the key is read before the value
  out.push(arr.join(), arr[x], arr[x - 1], arr[(x = 1, x)]);
  return out;
}

const inputs = [0, 1, -1, 255, 0x7fffffff, 0x80000000, 0xFFFFFFFF, -0x80000000, 2 ** 32 + 5, 3.7, -3.7, NaN, -0];
const tbl = { 0: "z", 1: "one", 2: "two", 3: "three", "-5": "minus five", "-4": "minus four", 4294967295: "max" };
for (let round = 0; round < 30; round++) {
  const last = round === 29;
  for (const x of inputs) {
    const results = [crc([x & 255, 1, 2, 3]), uint(x), shifts(x | 0), leaving(x | 0), readBeforeWrite(x & 7),
      captured(x), sloppyLike(x), compoundInExpression(x), tdzAndLet(x & 15), keys(tbl, x), [...gen(x)],
      withTry(x), destructured(x), viaArguments(x), imulHash("ab" + x), conditional(x), sloppyOnly(x),
      withEval(x), labelled(x), writesWhileRead(x)];
    if (last) for (let j = 0; j < results.length; j++) show(j + ":" + x, JSON.stringify(results[j]));
  }
}
for (const x of [-0, 0.5, -1]) {
  show("neg0-crc", crc([x]));
  show("neg0-uint", uint(x)[3]);
  show("neg0-z", uint(x)[11]);
}
