// Variables declared by let/const/var and assigned from integer arithmetic on other
// variables (const l = 2 * i + 1, r = l + 1; m = l; i = m) used as array keys: the fast
// paths read them as ints, and every value that is no index must take the general path.

function show(label, v) { console.log(label, typeof v === "string" ? JSON.stringify(v) : String(v)); }

// a binary heap, as priority queues write it
class Heap {
  constructor(key) { this.items = []; this.key = key; }
  push(x) {
    const a = this.items, key = this.key;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (key(a[p]) <= key(a[i])) break;
      const t = a[p]; a[p] = a[i]; a[i] = t; i = p;
    }
  }
  pop() {
    const a = this.items, key = this.key, top = a[0], last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && key(a[l]) < key(a[m])) m = l;
        if (r < a.length && key(a[r]) < key(a[m])) m = r;
        if (m === i) break;
        const t = a[m]; a[m] = a[i]; a[i] = t; i = m;
      }
    }
    return top;
  }
}
const h = new Heap(x => x.d);
let seed = 11;
for (let k = 0; k < 300; k++) { seed = (seed * 69069 + 1) % 65536; h.push({ d: seed % 1000, k }); }
let out = [], prev = -1, sorted = true;
while (h.items.length) { const x = h.pop(); if (x.d < prev) sorted = false; prev = x.d; out.push(x.d); }
show("heap sorted", sorted);
show("heap head", out.slice(0, 8).join(","));
show("heap tail", out.slice(-5).join(","));

// the same walk from starting points that are no index
function walk(a, start, steps) {
  let seen = "";
  let i = start;
  for (let s = 0; s < steps; s++) {
    const l = 2 * i + 1, r = l + 1;
    let m = i;
    if (a[l] !== undefined) m = l;
    if (a[r] !== undefined && a[r] > a[l]) m = r;
    seen += String(a[m]) + " " + String(a[l]) + " " + String(a[r]) + " ";
    if (m === i) break;
    i = m;
  }
  return seen;
}
const arr = [];
for (let k = 0; k < 40; k++) arr.push(k * 3 % 17);
for (const start of [0, 1, 2.5, -1, -0, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 32, 2 ** 32 - 1, "3", "x", null, undefined, true, 3n]) {
  let res;
  try { res = walk(arr, start, 6); } catch (e) { res = e.constructor.name + ": " + e.message; }
  show("walk " + String(start), res);
}

// receivers that are no plain Array: a String, TypedArrays, an array-like, a holey Array
// reading through the prototype, an accessor element
const holey = [10, , 12, , 14, , 16, , 18, , 20, , 22, , 24];
Object.defineProperty(Array.prototype, 5, { get() { return "proto5"; }, set(v) {}, configurable: true });
const getterArr = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
Object.defineProperty(getterArr, 7, { get() { return "getter7"; } });
const objLike = { 0: "o0", 1: "o1", 2: "o2", 3: "o3", 4: "o4", 5: "o5", 6: "o6", 7: "o7", 8: "o8", length: 9 };
for (const recv of ["abcdefghijklmnopqrstuvwxyz", new Int16Array([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]),
                    new Float64Array(20).map((_, k) => k / 4), holey, getterArr, objLike]) {
  show("recv " + Object.prototype.toString.call(recv), walk(recv, 0, 5) + " | " + walk(recv, 1, 5));
}
delete Array.prototype[5];

// differences and sums of declared variables, keys below zero, and a key made -0
function diffs(a, i, j) {
  const d = i - j, s = i + j, e = d + 1, z = j - j;
  const out = [a[d], a[s], a[e], a[d - 1], a[z], a[s - d], a[2 * d]];
  return out.map(String).join(",");
}
const small = ["a", "b", "c", "d", "e", "f", "g", "h"];
small["-1"] = "minus1"; small["-2"] = "minus2";
for (const [i, j] of [[3, 1], [1, 3], [2, 2], [0, -0], [-0, 0], [2.5, 0.5], [NaN, 1], [5, "1"], ["4", 1], [2 ** 53, 2 ** 53 - 2], [1e300, 1e300]]) {
  show("diffs " + i + " " + j, diffs(small, i, j));
}

// a variable that doubles past 2**32 and 2**53 in a loop, then comes back down
function grow(a) {
  const seen = [];
  let i = 1;
  for (let s = 0; s < 70; s++) {
    const l = 2 * i + 1;
    i = l;
    if (s > 60) seen.push(String(a[l - l + 1]), String(i % 7));
  }
  let j = i;
  for (let s = 0; s < 5; s++) { const k = j - 1; j = k; seen.push(String(a[k - k]), String(a[j] === undefined)); }
  return seen.join(" ");
}
show("grow", grow(small));

// sums that would climb back from a non-index in a loop
function climb(a, start) {
  let i = start, hits = 0;
  for (let s = 0; s < 2000; s++) {
    const n = i + 1073741824;
    i = n;
    if (a[i] !== undefined) hits++;
  }
  return hits + " " + i;
}
show("climb NaN", climb(small, NaN));
show("climb -2**31", climb(small, -(2 ** 31)));
show("climb 0.5", climb(small, 0.5));

// Int32 declarations (a shift), negative ones, and a step of a declared variable
function shifts(a, n) {
  const res = [];
  for (let k = -3; k < n; k++) {
    const p = (k - 1) >> 1;
    let q = p;
    q++;
    res.push(String(a[p]), String(a[q]));
    q += 2;
    res.push(String(a[q]));
  }
  return res.join(",");
}
show("shifts", shifts(small, 9));

// the declared variable read in its TDZ on a later pass, and written by destructuring
function tdz(a) {
  const res = [];
  for (let k = 0; k < 3; k++) {
    try { if (k > 0) res.push(a[x]); } catch (e) { res.push(e.constructor.name); }
    const x = k + 1;
    res.push(a[x], a[x + 1]);
  }
  let m = 1;
  res.push(a[m]);
  [m] = [4];
  res.push(a[m], a[m + 1]);
  return res.join(",");
}
show("tdz", tdz(small));

// a var redeclaring a parameter, which a sloppy arguments object aliases
function aliased(a, i) {
  var i = i + 1;
  const r = a[i];
  arguments[1] = 6;
  return r + a[i] + a[i - 1];
}
show("aliased", aliased(small, 1));

// a getter on the key's object and a getter on the index (keys are read as numbers only)
const withGetter = [0, 1, 2, 3];
let calls = 0;
Object.defineProperty(withGetter, "2", { get() { calls++; return "g" + calls; }, configurable: true });
function reads(a, n) {
  const res = [];
  for (let k = 0; k < n; k++) { const i = k % 4, j = i + 0; res.push(String(a[i]), String(a[j])); }
  return res.join(",");
}
show("getter reads", reads(withGetter, 8) + " calls " + calls);

// the same function called many times with a one-pass loop
let acc = 0;
function once(a, i) {
  for (let s = 0; s < 1; s++) { const l = 2 * i + 1, r = l + 1; acc += a[l] + a[r]; }
}
const nums = [];
for (let k = 0; k < 50; k++) nums.push(k);
for (let n = 0; n < 5000; n++) once(nums, n % 24);
show("once", acc);

// a loop's counter also written by destructuring (the written twin must not go stale)
function destructured(a, o, p) {
  let x = 0;
  const r = [];
  for (let k = 0; k < 3; k++) { r.push(a[x]); x++; for ([x] of o) r.push(a[x]); ({ y: x } = p); r.push(a[x + 1]); }
  var y = 1;
  for (let k = 0; k < 3; k++) { r.push(a[y]); y++; for (var y in p) r.push(a[y]); }
  return r.join(",");
}
show("destructured", destructured(small, [[3], [5]], { y: 2, 4: 0 }));

// a store whose value writes the key's variable stores at the key read before it
function keyThenValue() {
  var a = [0, 0, 0, 0, 0], k = 0;
  for (var j = 0; j < 2; j++) { a[k] = (k = 3, 7); k = 1; }
  var b = [0, 0, 0], m = 0;
  b[m] = (m = 2, 5);
  let i = 0;
  const c = [0, 0, 0, 0];
  for (let s = 0; s < 2; s++) { const l = i + 1; c[l] = (i = 2, s + 1); }
  return a.join() + " " + b.join() + ":" + m + " " + c.join();
}
show("keyThenValue", keyThenValue());

// an unclamped sum of twins copied into a variable a loop writes
function looseCopy(a) {
  let i = 1, seen = "";
  for (let s = 0; s < 70; s++) {
    const l = i + 0, r = l + l;
    seen += String(a[r - r + 2]) + String(a[l]);
    i = r;
    if (s > 60) seen += " " + String(a[i - i]) + String(a[i]) + String(i % 5);
  }
  const j = i - i + 3, k = j + j;
  return seen + " " + a[k] + a[j] + a[k - j];
}
show("looseCopy", looseCopy(small));
