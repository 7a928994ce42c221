// TypedArrays over resizable ArrayBuffers: length-tracking views and fixed-length views
// whose buffer shrinks below them, read and written across resizes (element views are
// made anew at each resize), including resizes from user code in the middle of a write.
function show(label, ta) {
  var out = [];
  for (var i = 0; i < ta.length; i++) out.push(ta[i]);
  console.log(label, ta.length, ta.byteLength, JSON.stringify(out));
}

var rab = new ArrayBuffer(8, { maxByteLength: 32 });
var track = new Uint8Array(rab);
var tail = new Uint8Array(rab, 4);
var fixed = new Uint8Array(rab, 2, 4);
var f64 = new Float64Array(rab);
for (var i = 0; i < track.length; i++) track[i] = i * 3;
show("track", track); show("tail", tail); show("fixed", fixed);
console.log("f64", f64.length, f64[0] > 0);

rab.resize(16);
show("grown track", track); show("grown tail", tail); show("grown fixed", fixed);
for (var i = 8; i < 16; i++) track[i] = 200 + i;
show("written", track);
console.log("f64 grown", f64.length, f64[1] !== undefined);
f64[1] = 1.5;
console.log("f64[1]", f64[1], track[8], track[15]);

rab.resize(5);
show("shrunk track", track); show("shrunk tail", tail); show("shrunk fixed", fixed);
console.log("f64 shrunk", f64.length, f64[0], track[5], fixed[0]);
track[7] = 9; fixed[1] = 9;
console.log("out of range writes", track[7], fixed[1], track.length);

rab.resize(3);
console.log("tail out of bounds", tail.length, tail[0], fixed.length, fixed[0]);
rab.resize(12);
show("back in bounds tail", tail); show("back in bounds fixed", fixed);

// a resize from valueOf during an element write: the write sees the new length
var rab2 = new ArrayBuffer(4, { maxByteLength: 16 });
var v2 = new Int16Array(rab2);
v2[1] = { valueOf: function () { rab2.resize(16); return 7; } };
show("write after grow", v2);
v2[6] = { valueOf: function () { rab2.resize(2); return 8; } };
show("write after shrink", v2);

// a loop over the length while the body resizes
var rab3 = new ArrayBuffer(10, { maxByteLength: 20 });
var v3 = new Uint8Array(rab3);
var seen = 0;
for (var i = 0; i < v3.length; i++) {
  v3[i] = i + 1;
  seen++;
  if (i === 4) rab3.resize(7);
  if (i === 5) rab3.resize(9);
}
console.log("loop", seen, v3.length, Array.from(v3).join(","));

// kinds with clamping, floats and BigInts
var rab4 = new ArrayBuffer(8, { maxByteLength: 16 });
var clamped = new Uint8ClampedArray(rab4);
var f32 = new Float32Array(rab4);
var big = new BigInt64Array(rab4);
clamped[0] = 300; clamped[1] = -5; clamped[2] = 1.5;
console.log("clamped", clamped[0], clamped[1], clamped[2]);
rab4.resize(16);
f32[3] = 3.25; big[1] = -2n;
console.log("f32 big", f32.length, f32[3], big.length, big[1], clamped[15]);
rab4.resize(4);
console.log("after shrink", f32.length, big.length, f32[0] !== undefined, big[0]);

// subarray and methods of length-tracking views
var rab5 = new ArrayBuffer(6, { maxByteLength: 12 });
var v5 = new Uint8Array(rab5);
v5.set([1, 2, 3, 4, 5, 6]);
var sub = v5.subarray(2);
rab5.resize(10);
sub.fill(7, 4);
console.log("sub", sub.length, Array.from(v5).join(","));
v5.copyWithin(0, 6);
console.log("copyWithin", Array.from(v5).join(","));
console.log("methods", v5.indexOf(7), v5.includes(0), v5.slice(-3).join(","), v5.map(function (x) { return x * 2; }).join(","));
v5.sort(); console.log("sorted", v5.join(","));
rab5.resize(3); v5.reverse(); console.log("reversed", v5.join(","), sub.length);

// a DataView beside a tracking view
var rab7 = new ArrayBuffer(4, { maxByteLength: 8 });
var dv = new DataView(rab7);
var v7 = new Uint32Array(rab7);
rab7.resize(8);
dv.setUint32(4, 0xdeadbeef, true);
console.log("dataview", v7.length, v7[1].toString(16), dv.byteLength);
