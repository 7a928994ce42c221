// Element reads whose key is a bitwise expression (o[(x ^ y) & 0xff], s[v >> 6 & 63]):
// generated code indexes with the tree's int.  Each path runs hot (in a loop, in
// functions called many times) on Arrays, holes and inherited indices, TypedArrays
// (also detached), Strings, plain objects with index keys, Proxies, negative and uint32
// keys beyond any Array, BigInt trees, operands that are no Numbers (valueOf order).
function table() {
  var t = [];
  for (var n = 0; n < 256; n++) {
    var c = n;
    for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
}
var TABLE = table();
function crc32(bytes) {
  var crc = 0xFFFFFFFF;
  for (var i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8);
  return (crc ^ 0xFFFFFFFF) >>> 0;
}
var data = [];
for (var i = 0; i < 300; i++) data.push((i * 31 + (i >> 3)) & 255);
console.log("crc", crc32(data), crc32(new Uint8Array(data)), crc32("abc"), crc32([1.5, "7", null]));

function at(o, x) { return o[x & 7]; }
function atNeg(o, x) { return o[x | 0]; }
function atU(o, x) { return o[x >>> 0]; }
function atMix(o, x, y) { return o[(x << 2) ^ y]; }
var arr = [10, 20, , 40, 50];
Array.prototype[2] = "proto2";
Object.defineProperty(Array.prototype, 6, { get: function () { return "getter6:" + this.length; }, configurable: true });
var line = "";
for (var r = 0; r < 3; r++) for (var i = 0; i < 12; i++) line += at(arr, i) + ",";
console.log(line);
delete Array.prototype[2]; delete Array.prototype[6];
console.log(at(arr, 2), at(arr, 6), at(arr, 3));

var ta = new Int16Array([1, -2, 3, -4, 5, -6, 7, -8]);
var f32 = new Float32Array([0.5, 1.5, 2.5]);
var out = [];
for (var i = 0; i < 10; i++) out.push(at(ta, i), at(f32, i), atU(ta, i - 1));
console.log(out.join());
var buf = new ArrayBuffer(8), u8 = new Uint8Array(buf);
for (var i = 0; i < 8; i++) u8[i] = i * 3;
console.log(at(u8, 5), at(u8, 13));
structuredClone(buf, { transfer: [buf] });
console.log(at(u8, 5), u8.length);
var rab = new ArrayBuffer(4, { maxByteLength: 16 }), ru = new Uint8Array(rab);
ru[3] = 9;
console.log(at(ru, 3), at(ru, 11));
rab.resize(2);
console.log(at(ru, 3), ru.length);

var s = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function enc(v) { return s[(v >> 18) & 63] + s[(v >> 12) & 63] + s[(v >> 6) & 63] + s[v & 63]; }
out = [];
for (var i = 0; i < 20; i++) out.push(enc(i * 987654));
console.log(out.join(" "), at("xy", 1), at("xy", 5), atNeg("xy", -1), typeof at("", 0));

var obj = { 0: "zero", 1: "one", "-1": "minus one", 4294967295: "max", 3: undefined };
Object.defineProperty(obj, 2, { get: function () { return "got2"; } });
out = [];
for (var i = -2; i < 6; i++) out.push(at(obj, i), atNeg(obj, i), atU(obj, i));
console.log(out.join());
var big = [];
big[4294967294] = "last index";
big[4294967295] = "no index";
big["-1"] = "minus";
console.log(atU(big, -2), atU(big, -1), atNeg(big, -1), big.length);
var hits = [];
var px = new Proxy([7, 8, 9], { get: function (t, k, r) { hits.push(typeof k + ":" + k); return t[k]; } });
for (var i = 0; i < 4; i++) at(px, i);
console.log(hits.join());
Object.prototype[5] = "objproto5";
console.log(at({}, 5), at([], 5), at(new Uint8Array(2), 5), at("abc", 5));
delete Object.prototype[5];

var log = [];
var v1 = { valueOf: function () { log.push("v1"); return 3; } };
var v2 = { valueOf: function () { log.push("v2"); return 1; } };
var ao = [100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114];
console.log(atMix(ao, v1, v2), atMix(ao, 2, v2), atMix(ao, "3", "1"), atMix(ao, 3.9, 1.2), atMix(ao, NaN, 2),
            atMix(ao, Infinity, 1), atMix(ao, 2 ** 40 + 1, 0), atMix(ao, -0, 0), log.join());
function getter() { log.push("object"); return ao; }
function keyPart() { log.push("key"); return 5; }
log = [];
console.log(getter()[keyPart() & 3], log.join());
try { at(undefined, 5); } catch (e) { console.log(e.constructor.name, e.message); }
try { at(null, 1.5); } catch (e) { console.log(e.constructor.name, e.message); }
try { (function (o) { return o[keyPart() & 1]; })(undefined); } catch (e) { console.log(e.message, log.join()); }

function bigAt(o, x) { return o[x & 7n]; }
console.log(bigAt(ao, 13n), bigAt({ 5: "five" }, 5n), bigAt("abcdefgh", 6n), bigAt(ta, 1n));
try { atMix(ao, 1n, 1); } catch (e) { console.log(e.constructor.name); }
var frozen = Object.freeze([1, 2, 3, 4]);
console.log(at(frozen, 3), at(frozen, 9));
