// Typed array elements and length in loops (the generated code's element-view paths):
// every kind read and written by an integer counter, by a computed Number key and by
// a constant index; conversions that need more than a truncation (NaN, clamping,
// Float32 overflow, out-of-range integers); BigInt arrays; views at an offset; a
// detach and a resize in the middle of a loop; non-integer and string keys; a
// "length" that is not the built-in getter's.
function detach(buf) { structuredClone(buf, { transfer: [buf] }); }
function fill(a, vals) { for (var i = 0; i < a.length; i++) a[i] = vals[i % vals.length]; return a; }
function copy(a) { var out = []; for (var i = 0; i < a.length; i++) out.push(a[i]); return out.join(); }
function show(name, a) { console.log(name, a.length, copy(a)); }

var vals = [0, 1.5, -1.5, 127.5, 128, 255.5, 256, -129, 65535.75, 65536, -32769, 2147483647.5,
            2147483648, -2147483649, 4294967295, 4294967296, NaN, Infinity, -Infinity, -0,
            3.5e38, 3.4028235677973366e38, 1e-50, 0.5, 2.5, 254.5, "7", true];
var kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
             Uint32Array, Float32Array, Float64Array];
for (var k = 0; k < kinds.length; k++) show(kinds[k].name, fill(new kinds[k](vals.length), vals));

// computed Number keys: fractions, -0, negatives, NaN, beyond the end
var f = new Float64Array(5), keys = [0, 1, -0, 1.5, -1, NaN, 4, 5, 1e21, 2];
for (var j = 0; j < keys.length; j++) { f[keys[j]] = j + 0.25; }
for (var j = 0; j < keys.length; j++) console.log("key", keys[j], f[keys[j]]);
for (var j = 0; j < keys.length; j++) { var kk = keys[j] + 0; f[kk + 0] = f[kk] + 1; }
console.log(copy(f), f[0], f[4], f["1"], f["01"], f["-0"], f["1.5"], "1" in f, "-0" in f, "5" in f);

// integer kinds through computed keys (k - i), as fannkuch swaps
var perm = new Int32Array(8);
for (var i = 0; i < perm.length; i++) perm[i] = i;
for (var r = 0; r < 20; r++) {
  var kk = perm[0] + 3 & 7;
  for (var i = 0; i < (kk + 1) >> 1; i++) { var t = perm[i]; perm[i] = perm[kk - i]; perm[kk - i] = t; }
  perm[0] = perm[7]; perm[7] = r;
}
console.log(copy(perm), perm[0], perm[7]);

// BigInt arrays: BigInts in and out; a Number is a TypeError
var b64 = new BigInt64Array(3), bu64 = new BigUint64Array(3);
for (var i = 0; i < b64.length; i++) { b64[i] = BigInt(i) - 2n ** 63n - 1n; bu64[i] = -BigInt(i + 1); }
console.log(copy(b64), copy(bu64), typeof b64[0], typeof bu64[2]);
try { for (var i = 0; i < b64.length; i++) b64[i] = i; } catch (e) { console.log(e.name); }

// views at an offset share the buffer; a DataView sees what they wrote (little-endian)
var buf = new ArrayBuffer(32), whole = new Uint8Array(buf), mid = new Float32Array(buf, 8, 4), dv = new DataView(buf);
for (var i = 0; i < mid.length; i++) mid[i] = i / 3;
for (var i = 0; i < whole.length; i++) whole[i] ^= 0;
console.log(copy(mid), dv.getFloat32(12, true), whole[12], whole[15]);
var sub = whole.subarray(8, 12);
for (var i = 0; i < sub.length; i++) sub[i] = 255 - i;
console.log(copy(sub), mid[0]);

// a detach in the middle of a loop: reads give undefined, writes are ignored, length is 0
var db = new ArrayBuffer(64), d = new Float64Array(db), seen = [];
for (var i = 0; i < 8; i++) d[i] = i;
for (var i = 0; i < 8; i++) {
  if (i === 3) detach(db);
  d[i] = 100; seen.push(d[i], d.length);
}
console.log(seen.join(), d.length, d[0], d.byteLength);
var db2 = new ArrayBuffer(8), d2 = new Int32Array(db2), s2 = 0;
for (var i = 0; i < 4; i++) { s2 += d2.length; if (i === 1) detach(db2); d2[0] = 5; }
console.log(s2, d2[0], copy(d2));

// resizable buffers: a length-tracking view and a fixed view shrink and grow mid-loop
var rab = new ArrayBuffer(16, { maxByteLength: 64 }), track = new Int16Array(rab), fixed = new Int16Array(rab, 0, 6), log = [];
for (var i = 0; i < track.length; i++) track[i] = i + 1;
for (var i = 0; i < 12; i++) {
  if (i === 2) rab.resize(6);
  if (i === 6) rab.resize(40);
  fixed[i % 6] = i * 10; track[i] = -i;
  log.push(track.length + ":" + fixed.length + ":" + track[i] + ":" + fixed[i % 6]);
}
console.log(log.join(" "));

// a "length" that is not the built-in getter's: own data, prototype accessor, subclass
var o = new Float64Array(4); Object.defineProperty(o, "length", { value: 2 });
var n = 0; for (var i = 0; i < o.length; i++) n++;
console.log(n, o.length, copy(o));
class Short extends Uint8Array { get length() { return 1; } }
var sh = new Short(5); n = 0; for (var i = 0; i < sh.length; i++) { sh[i] = 9; n++; }
console.log(n, sh.length, Array.from(new Uint8Array(sh.buffer)).join());
var p = new Int8Array(3), saved = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), "length");
Object.defineProperty(Int8Array.prototype, "length", { get() { return 5; }, configurable: true });
n = 0; for (var i = 0; i < p.length; i++) { p[i] = i; n++; }
delete Int8Array.prototype.length;
console.log(n, p.length, copy(p), typeof saved.get);
Object.setPrototypeOf(p, { length: 7 }); console.log(p.length, p[1]);
Object.setPrototypeOf(p, Int8Array.prototype); console.log(p.length);

// element writes that run user code (valueOf detaches the buffer first)
var vb = new ArrayBuffer(16), va = new Float32Array(vb);
for (var i = 0; i < 2; i++) va[i] = { valueOf() { if (i === 1) detach(vb); return 7; } };
console.log(va.length, va[0], va[1]);

// many views of one buffer, most of them dropped at once, then a detach reaches the rest
var mb = new ArrayBuffer(64), kept = [];
for (var i = 0; i < 100; i++) { var view = new Uint8Array(mb, i % 64, 1); view[0] = i; if (i % 30 === 0) kept.push(view); }
var before = kept.map(function (v) { return v[0] + "/" + v.length; }).join();
detach(mb);
console.log(before, kept.map(function (v) { return v[0] + "/" + v.length; }).join());

// compound assignments: read, combine, write back (the right side may detach the buffer)
var h = new Int32Array(4), hf = new Float64Array(3), ha = [1, 2, , 3];
for (var i = 0; i < 20; i++) { h[i % 4] += i; hf[i % 3] *= 1.5; hf[i % 3] += 1; ha[i % 4] += i; }
h[0] += { valueOf() { return 5; } }; h[1] -= "2"; h[2] |= 0x7fffffff; h[3] += 1e10; h[5] += 1; h[-1] += 1; h[1.5] += 1; h["0"] += 1;
console.log(h.join(), hf.join(), ha.join(), h[5], h[-1]);
var hc = new Uint8ClampedArray(2), hb = new BigInt64Array(2); hc[0] += 300.5; hc[1] += 1.5; hb[0] += 5n; hb[1] -= 1n;
console.log(hc.join(), hb.join());
var cb = new ArrayBuffer(16), ca = new Float64Array(cb), k2 = 1;
ca[0] = 1; ca[k2] = 2;
ca[k2] += { valueOf() { detach(cb); return 1; } };
console.log(ca.length, ca[1], cb.byteLength);

// the same inside functions, where a loop's variables are locals (counting loops)
function detachInLoop(kind) {
  var buf = new ArrayBuffer(32), a = new kind(buf), out = [];
  for (var i = 0; i < a.length; i++) a[i] = i + 0.5;
  for (var i = 0; i < 6; i++) { if (i === 2) detach(buf); a[i] = 9; a[i] += 1; out.push(a[i], a.length); }
  return out.join();
}
function resizeInLoop() {
  var rab = new ArrayBuffer(8, { maxByteLength: 16 }), t = new Uint8Array(rab), f = new Uint8Array(rab, 0, 8), out = [];
  for (var i = 0; i < 12; i++) {
    if (i === 3) rab.resize(4);
    if (i === 6) rab.resize(16);
    t[i] = i; f[i] = i + 100; out.push(t[i], f[i], t.length, f.length);
  }
  return out.join();
}
function floatKeys(a) { var out = []; for (var i = -1; i < a.length + 1; i += 0.5) { a[i] = i; out.push(a[i]); } return out.join(); }
console.log(detachInLoop(Float64Array)); console.log(detachInLoop(Int16Array)); console.log(detachInLoop(Uint8ClampedArray));
console.log(resizeInLoop()); console.log(floatKeys(new Float32Array(3)), floatKeys(new Uint32Array(2)));
