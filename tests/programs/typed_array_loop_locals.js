// TypedArrays held by a function's own variables and indexed in loops: the loop
// reads once whether the variable holds a TypedArray (FunctionGenerator.hoist_arrays)
// and its element view at each access.  Every kind, reads and writes by counters,
// sums and int keys; conversions that need more than a truncation; a detach and a
// resize in the middle of a loop; a variable holding an Array, a String, a plain
// object, a subclass instance or a BigInt array instead.  Each function runs several
// times, so that the generated body (not only the closure tier) computes it.
function detach(buf) { structuredClone(buf, { transfer: [buf] }); }
function show(a) {
  if (a === undefined || a === null) return String(a);
  const out = [];
  for (let i = 0; i < a.length; i++) out.push(typeof a[i] === "number" && Object.is(a[i], -0) ? "-0" : String(a[i]));
  return "[" + out.join(",") + "]";
}
function repeat(name, f) {
  let first;
  for (let i = 0; i < 4; i++) {
    let out;
    try { out = f(); } catch (e) { out = "threw " + e.constructor.name; }
    if (i === 0) first = out;
    else if (out !== first) out += " (differs from the first call: " + first + ")";
    if (i === 3) console.log(name + ": " + out);
  }
}

const vals = [0, 1.5, -1.5, 127.5, 128, 255.5, 256, -129, 65535.75, 65536, -32769, 2147483647.5,
  2147483648, -2147483649, 4294967295, 4294967296, NaN, Infinity, -Infinity, -0,
  3.5e38, 3.4028235677973366e38, 1e-50, 0.5, 2.5, 254.5, "7", true, { valueOf() { return 9; } }];

function fillAndSum(a, vals) {
  for (let i = 0; i < a.length; i++) a[i] = vals[i % vals.length];
  let s = 0;
  for (let i = 1; i < a.length - 1; i++) s += a[i - 1] + a[i + 1] - a[i];
  return show(a) + " " + s;
}
for (const kind of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, Array]) {
  repeat(kind.name, () => fillAndSum(new kind(vals.length), vals));
}
repeat("String", () => fillAndSum("abcdef", vals));
repeat("object", () => fillAndSum({ length: 4 }, vals));
repeat("BigInt64Array", () => fillAndSum(new BigInt64Array(3), [1n, 2n, 3n]));
repeat("BigInt64Array Number", () => fillAndSum(new BigInt64Array(3), [1]));
class Sub extends Float64Array { }
repeat("subclass", () => fillAndSum(new Sub(5), [1, 2.5, "3"]));
repeat("offset view", () => {
  const buf = new ArrayBuffer(32), a = new Int16Array(buf, 6, 5);
  return fillAndSum(a, [-1, 70000, 3.9]) + " " + show(new Uint8Array(buf));
});

// a detach in the middle of a loop: reads give undefined, writes are ignored
function detachMidway(a, at) {
  const seen = [];
  for (let i = 0; i < 6; i++) {
    if (i === at) detach(a.buffer);
    a[i] = i * 2;
    seen.push(a[i], a[i + 1]);
  }
  return seen.join() + " " + a.length;
}
repeat("detach Float64Array", () => detachMidway(new Float64Array(6), 3));
repeat("detach Uint8Array", () => detachMidway(new Uint8Array(6), 0));
repeat("detach by valueOf", () => {
  const a = new Int32Array(4);
  const v = { valueOf() { detach(a.buffer); return 5; } };
  const out = [];
  for (let i = 0; i < 4; i++) { a[i] = i === 1 ? v : i; out.push(a[i]); }
  return out.join() + " " + a.length;
});

// a resizable buffer: the view has no element view; a resize moves the length
function resizing(a, buf) {
  const out = [];
  for (let i = 0; i < 6; i++) {
    if (i === 2) buf.resize(4);
    if (i === 4) buf.resize(12);
    a[i] = i + 0.5;
    out.push(a[i]);
  }
  return out.join() + " " + a.length;
}
repeat("resizable", () => {
  const buf = new ArrayBuffer(8, { maxByteLength: 16 });
  return resizing(new Uint8Array(buf), buf);
});
repeat("resizable Float32", () => {
  const buf = new ArrayBuffer(24, { maxByteLength: 32 });
  return resizing(new Float32Array(buf), buf);
});

// keys that are no index: fractions, negatives, -0, NaN, strings
function oddKeys(a) {
  const keys = [0, 1.5, -1, -0, NaN, "1", "01", 3, 1e21, 2];
  const out = [];
  for (let j = 0; j < keys.length; j++) { a[keys[j]] = j + 0.25; out.push(a[keys[j]]); }
  return out.join() + " " + show(a) + " " + Object.keys(a).join();
}
repeat("odd keys Float64Array", () => oddKeys(new Float64Array(4)));
repeat("odd keys Uint8ClampedArray", () => oddKeys(new Uint8ClampedArray(4)));

// an integer index on the prototype chain of a TypedArray is never consulted
function protoIndex(a) {
  Object.prototype[7] = "proto";
  try {
    const out = [];
    for (let i = 5; i < 9; i++) out.push(a[i]);
    return out.join();
  } finally { delete Object.prototype[7]; }
}
repeat("prototype index", () => protoIndex(new Int8Array(6)));
repeat("prototype index Array", () => protoIndex([1, 2, 3, 4, 5, 6]));

// the same variable holds an Array in one call and a TypedArray in the next
function swapHalves(a) {
  const n = a.length, h = n >> 1;
  for (let i = 0; i < h; i++) { const t = a[i]; a[i] = a[i + h]; a[i + h] = t; }
  return show(a);
}
repeat("swap mixed", () => [swapHalves([1, 2, 3, 4]), swapHalves(new Float32Array([0.1, 0.2, 0.3, 0.4])),
  swapHalves(new Uint16Array([1, 65535, 7, 8])), swapHalves("abcd")].join(" "));
