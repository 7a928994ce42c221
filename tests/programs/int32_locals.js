// Int32- and Wide-typed locals (pyjs/interp/codegen/number_locals.py, int_tree.py): a
// local every write of which is an Int32 (bitwise results, integer literals) or a Uint32
// (>>>, literals up to 2**32-1) enters fused bitwise trees without a test.  Here: the
// 2**31 and 2**32 boundaries, a Uint32 local under >> and ~ (which take Int32 operands),
// arithmetic over such locals that leaves int32, locals that also get a fraction, NaN,
// -0, a String or a BigInt (which keep the test), reads the same tree changes, compound
// assignments, and keys.  Each case runs several times, so that the generated body (not
// only the closure tier) computes it.

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

function crc(bytes) {
  const table = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    table.push(c >>> 0);
  }
  let crc = 0xFFFFFFFF;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8);
  return (crc ^ 0xFFFFFFFF) >>> 0;
}
run("crc32", crc, [1, 2, 3, 250, 255, 0, 128]);
run("crc32 of odd elements", crc, [1.5, -1, "7", null, 2 ** 32 + 3, NaN, -0]);

function wideUnderSignedOps() {
  let x = 0xFFFFFFFF;           // a Uint32: >> and ~ take its ToInt32, -1
  let y = x >>> 0;
  const out = [x >> 1, ~x, x >>> 1, x | 0, x & 0xFF, y >> 31, ~y, y >>> 31];
  x = 0x80000000;
  out.push(x >> 0, x >> 31, ~x, x << 1, x ^ 1, (x + x) | 0, (x * 3) | 0);
  x = x >>> 0;
  out.push(x - 1 | 0, x + 0x7FFFFFFF | 0);
  return out;
}
run("uint32 locals under signed operators", wideUnderSignedOps);

function int32Boundaries(n) {
  let a = 0x7FFFFFFF, b = -0x80000000, c = n | 0;
  const out = [a + 1 | 0, b - 1 | 0, (a + a) >> 0, (a * a) | 0, (b * b) | 0, (a - b) | 0, a + b + c | 0];
  a = a << 1;
  b = b >> 31;
  c = ~c;
  out.push(a, b, c, a ^ b ^ c, (a & b) + (c | a), a >>> 0, (a + b + c) >>> 0);
  return out;
}
run("int32 boundaries", int32Boundaries, 5);

function conditionalWrites(k) {
  let x = k ? 1 : 0xFFFFFFFF;
  let y = k ? -1 : 2;
  let z = (x, y);
  z = k && x;
  const out = [x >> 0, x ^ y, ~x, z | 0, z >> 1];
  x = y = 0x7FFFFFFF;
  out.push(x + y | 0, x ^ y);
  return out;
}
run("conditional writes (1)", conditionalWrites, 1);
run("conditional writes (0)", conditionalWrites, 0);

function notIntegral(k) {
  let x = 1;
  const out = [x | 1];
  if (k === 1) x = 0.5;
  else if (k === 2) x = NaN;
  else if (k === 3) x = -0;
  else if (k === 4) x = 2 ** 32;
  else if (k === 5) x = -(2 ** 31) - 1;
  else if (k === 6) x = Infinity;
  out.push(x | 0, x ^ 3, x >> 1, x >>> 0, ~x, (x + 1) | 0, (x * 2) | 0, Object.is(x * 1, -0));
  return out;
}
for (let k = 0; k <= 6; k++) run("not integral " + k, notIntegral, k);

function minusZeroLiteral() {
  let z = -0;
  z = z | 0;
  let w = -0;
  return [z, Object.is(w, -0), w | 0, (w * 1) | 0, 1 / w];
}
run("-0 literal", minusZeroLiteral);

function negativeLiterals() {
  let a = -1, b = -2147483648, c = -2147483649;
  return [a >>> 0, b >> 1, c | 0, c >>> 0, (a + b) | 0, ~b];
}
run("negative literals", negativeLiterals);

function stringAndBigInt(k) {
  let x = 3;
  let out = [x ^ 1];
  if (k) x = "12";
  out.push(x ^ 1, x >>> 0, (x + 1) | 0);
  let big = 1n;
  big = big & 3n;
  out.push(big | 2n);
  let mix = 5;
  try { mix = mix & 1n; } catch (e) { out.push(e.constructor.name); }
  out.push(mix | 0);
  return out;
}
run("string write", stringAndBigInt, true);
run("no string write", stringAndBigInt, false);

function selfChanging() {
  let x = 3, y = 5;
  const a = x ^ (x = 7);
  const b = (y = y << 1) | y;
  const c = x + (x = 0x7FFFFFFF) | 0;
  let d = 1;
  const e = d ^ d++;            // d is no longer an integer local: the update
  return [a, b, c, x, y, d, e];
}
run("reads a tree changes", selfChanging);

function compound() {
  let h = 0x811c9dc5;
  const out = [];
  for (let i = 0; i < 5; i++) {
    h ^= i * 31;
    h = Math.imul(h, 16777619) >>> 0;
    out.push(h);
  }
  let m = 1;
  m <<= 31; out.push(m);
  m >>>= 0; out.push(m);
  m |= 0; out.push(m);
  m >>= 30; out.push(m);
  m &= 0xF; out.push(m);
  let n = 7;
  n += 0.5; out.push(n | 0);
  return out;
}
run("compound assignments", compound);

function keysAndComparisons(arr) {
  let x = 0xFFFFFFF7;
  const out = [arr[x & 7], arr[x >>> 29], (x & 1) === 1, (x >>> 0) > 0, (x | 0) < 0];
  const o = {};
  o[x >>> 0] = "u";
  o[x | 0] = "i";
  out.push(Object.keys(o).join(","));
  x = ~x;
  out.push(arr[x], arr[x ^ 1]);
  return out;
}
run("keys and comparisons", keysAndComparisons, [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);

function md5ish(str) {
  let a0 = 0x67452301, b0 = 0xefcdab89 | 0, c0 = 0x98badcfe | 0, d0 = 0x10325476;
  for (let blk = 0; blk < 3; blk++) {
    let a = a0, b = b0, c = c0, d = d0;
    for (let i = 0; i < 64; i++) {
      let f;
      if (i < 16) f = (b & c) | (~b & d);
      else if (i < 32) f = (d & b) | (~d & c);
      else if (i < 48) f = b ^ c ^ d;
      else f = c ^ (b | ~d);
      const tmp = d; d = c; c = b;
      const x = (a + f + str.charCodeAt(i % str.length) + i * 0x1000193) | 0;
      b = (b + ((x << (i % 31)) | (x >>> (32 - i % 31)))) | 0;
      a = tmp;
    }
    a0 = (a0 + a) | 0; b0 = (b0 + b) | 0; c0 = (c0 + c) | 0; d0 = (d0 + d) | 0;
  }
  return [a0, b0, c0, d0, a0 >>> 0, b0 >>> 0];
}
run("md5-like rounds", md5ish, "hello world");

// -- sums and shifts of bounded integers ------------------------------------------------
function safeAdd(x, y) {
  const lsw = (x & 0xFFFF) + (y & 0xFFFF);
  const msw = (x >> 16) + (y >> 16) + (lsw >> 16);
  return (msw << 16) | (lsw & 0xFFFF);
}
function sums(x, y, n) {
  const a = (x & 0x7FFFFFFF) + (y & 0x7FFFFFFF);      // up to 2**32 - 2: a Uint32's range
  const b = (x >>> 0) + (y >>> 0);                    // past it
  const c = (x & 0xFF) - (y & 0xFFFF);
  const d = (x >> n) + (y >>> n);
  const e = (x & 0xFF) >>> n;
  const f = (x >>> 28) - (y >> 30) + 0x7FFFFFF0;
  let big = 9007199254740993;
  const g = big - 9007199254740992;
  return [safeAdd(x, y), a >> 1, a | 0, a >>> 0, ~a, b | 0, b >> 1, b >>> 0, c >> 1, c | 0, c >>> 0,
    d | 0, d >> 2, e | 0, e ^ 1, f | 0, f >> 3, ~f, g | 0, g >> 0];
}
run("sums (small)", sums, 3, 5, 2);
run("sums (large)", sums, 0x7FFFFFFF, -1, 31);
run("sums (negative)", sums, -0x80000000, 0x7FFFFFFF, 33);
run("sums (fractions)", sums, 2.5, -3.75, -1);
run("sums (strings)", sums, "12", "0x10", "3");
