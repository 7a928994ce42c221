// Computed keys x * n, x * n + y, y - x * n (n an integer literal) read through the
// variables' int twins (ExpressionGenerator.scaled_key): every value that must not
// take that path is here (non-integers, -0, NaN, Strings, objects with valueOf,
// indexes past the end or at 2**32, prototype elements and setters, typed arrays,
// Strings, stores).  Each case runs several times, so that the generated body (not
// only the closure tier) computes it.

function show(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
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

const grid = [];
for (let i = 0; i < 40; i++) grid.push(i * 10);

function rowSums(g, r, c) {
  // r and c are not written in the loops: hoisted int twins
  const out = [];
  for (let k = 0; k < 4; k++) out.push([g[r * 9 + k], g[k * 9 + c], g[3 * r - k], g[c * 2]]);
  return out;
}
run("row sums", rowSums, grid, 2, 3);
run("row sums -0", rowSums, grid, -0, -0);
run("row sums fractions", rowSums, grid, 1.5, 0.25);
run("row sums strings", rowSums, grid, "2", "3");
run("row sums NaN", rowSums, grid, NaN, 1);
run("row sums negative", rowSums, grid, -1, -2);
run("row sums past the end", rowSums, grid, 4, 30);
run("row sums huge", rowSums, grid, 4294967295, 2147483648);
run("row sums 2**53", rowSums, grid, 2 ** 53, 2 ** 52);
let calls = 0;
const obj = { valueOf() { calls++; return 2; } };
run("row sums valueOf", (g) => [rowSums(g, obj, 1), calls], grid);
run("row sums typed", rowSums, Int16Array.from(grid), 2, 3);
run("row sums Float64Array", rowSums, Float64Array.from(grid, (x) => x / 4), 1, 1);
run("row sums string", rowSums, "abcdefghijklmnopqrstuvwxyz0123456789ABCD", 2, 3);
run("row sums object", rowSums, { 18: "a", 19: "b", 3: "c", 6: "d", 0: "e", 9: "f", 27: "g" }, 2, 3);

function withProto(r) {
  const a = [1, 2, 3];
  Array.prototype[7] = "proto";
  try {
    const out = [];
    for (let k = 0; k < 3; k++) out.push(a[r * 2 + k]);
    return out;
  } finally {
    delete Array.prototype[7];
  }
}
run("prototype element", withProto, 3);

function stores(n, r) {
  const a = new Array(n).fill(0);
  for (let k = 0; k < 3; k++) { a[r * 4 + k] = k + 1; a[k * 2] += 10; }
  return a;
}
run("stores", stores, 12, 1);
run("stores growing", stores, 2, 1);
run("stores negative", stores, 6, -1);
run("stores string", (n, r) => Object.keys(stores(n, r)).join(), 6, "x");
let seen = [];
Object.defineProperty(Array.prototype, 20, { set(v) { seen.push(v); }, configurable: true });
run("stores setter", (n, r) => [stores(n, r).length, seen.length], 4, 5);
delete Array.prototype[20];

function typedStores(t, r) {
  for (let k = 0; k < 4; k++) t[r * 3 + k] = k * 1.5 - 1;
  return t.length ? Array.from(t) : [];
}
run("typed stores", typedStores, new Int8Array(8), 1);
run("typed stores float", typedStores, new Float32Array(8), 1);
run("typed stores outside", typedStores, new Uint8Array(4), 1);
run("typed stores detached", (r) => {
  const t = new Uint8Array(8);
  structuredClone(t.buffer, { transfer: [t.buffer] });
  typedStores(t, r);
  return [t.length, t[1], t[4]];
}, 1);

function bigScale(a, x) {
  const out = [];
  for (let k = 0; k < 2; k++) out.push(a[x * 1048576 + k], a[x * 1048577 + k], a[k * 0 + x], a[x * 0.5 + k]);
  return out;
}
const sparse = [];
sparse[1048576] = "2**20"; sparse[1048577] = "2**20+1"; sparse[1048578] = "x"; sparse[1] = "one";
run("big scale", bigScale, sparse, 1);

function loopScale(a, from) {
  let s = "";
  for (let i = from; i < from + 3; i++) s += a[i * 2] + ",";
  for (let i = 0; i < 3; i++) s += a[i * 3 + 1] + a[10 - i * 3] + ",";
  return s;
}
run("loop scale", loopScale, "abcdefghijkl", 1);
run("loop scale fraction", loopScale, "abcdefghijkl", 0.5);
run("loop scale string", loopScale, "abcdefghijkl", "1");

function charCodes(s, r) {
  let out = 0;
  for (let k = 0; k < 3; k++) out = out * 7 + s.charCodeAt(r * 2 + k) + s.charCodeAt(k * 3);
  return out;
}
run("charCodeAt", charCodes, "hello world", 2);
run("charCodeAt outside", charCodes, "hey", 2);
run("charCodeAt fraction", charCodes, "hello world", 1.5);
