// Typed array element reads and writes by Number index: conversions per element
// type, fractional, negative and out-of-range indices, BigInt arrays, a resizable
// buffer that shrinks under a fixed-length view.
var f = new Float64Array(4), u = new Uint8Array(3), c = new Uint8ClampedArray(2), b = new BigInt64Array(2), i16 = new Int16Array(2);
for (var i = 0; i < 4; i++) { f[i] = i * 1.5; f[i + 0.5] = 9; }
u[0] = 300; u[1] = -1; u[2] = 1.7; u[3] = 5; c[0] = 300; c[1] = 1.5; i16[0] = 40000; i16[1] = {valueOf() { return 7; }};
try { b[0] = 1; } catch (e) { console.log(e.name); } b[1] = 5n;
console.log(Array.from(f).join(), Array.from(u).join(), Array.from(c).join(), String(b[1]), Array.from(i16).join(), f[-0], f[4], f[NaN], f[1.5], u[-1]);
var rab = new ArrayBuffer(16, { maxByteLength: 32 }), g = new Float64Array(rab, 0, 2);
g[0] = 1; g[1] = 2; rab.resize(8); console.log(g[0], g[1], g.length); g[1] = 3; rab.resize(16); console.log(g[1]);
var s = 0; for (var k = 0; k < 1000; k++) { f[k % 4] = k; s += f[(k + 1) % 4]; } console.log(s);
