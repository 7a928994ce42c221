// o[k] with k a for-in variable (always a String key in the body) reads a plain
// object's own plain property with no key test; "ACGT"[i] reads a literal String's
// code unit.  Hot loops over plain objects (own, inherited, accessor, read-only
// properties, index-like keys, "__proto__"), Arrays, Strings, TypedArrays, Proxies,
// objects changed during the loop; key variables the body writes, a closure sees, a
// direct eval may write; let/const/var heads and nested loops over the same name.
function sum(o) { var s = ""; for (var k in o) s += k + "=" + String(o[k]) + ";"; return s; }
function sumLet(o) { var s = ""; for (let k in o) s += String(o[k]) + ","; return s; }
function sumConst(o) { var s = ""; for (const k in o) { const v = o[k]; s += typeof v + ","; } return s; }
function outer(o) { var k, s = ""; for (k in o) s += String(o[k]); return s + ":" + k; }
var proto = { inherited: "from proto" };
var o = Object.create(proto);
o.a = 1; o.b = "two"; o[3] = "three"; o["-1"] = "minus"; o["1.5"] = "frac";
Object.defineProperty(o, "getter", { get: function () { return "got " + this.a; }, enumerable: true });
Object.defineProperty(o, "ro", { value: "read-only", enumerable: true, writable: false });
Object.defineProperty(o, "hidden", { value: "hidden", enumerable: false });
var p = JSON.parse('{"__proto__": "own proto key", "x": null}');
for (var r = 0; r < 3; r++) {
  console.log(sum(o));
  console.log(sumLet(o), sumConst(o), outer(o), sum(p));
}
console.log(sum([10, , 30]), sum("hey"), sum(new Uint8Array([7, 8])), sum(new String("ab")), sum(null), sum(7));
var log = [];
var px = new Proxy({ q: 1, r: 2 }, { get: function (t, k) { log.push(String(k)); return t[k] * 10; } });
console.log(sum(px), log.join());
function mutate(o) { var s = ""; for (var k in o) { s += String(o[k]) + ","; delete o.b; o.z = "added"; o.a = "changed"; } return s; }
console.log(mutate({ a: 1, b: 2, c: 3 }));
function writes(o) { var s = ""; for (var k in o) { s += String(o[k]) + ","; k = 0; s += String(o[k]) + ";"; } return s; }
console.log(writes({ a: 1, 0: "zero" }), writes(["x", "y"]));
function seen(o) { var s = "", fs = []; for (var k in o) { fs.push(function () { return k; }); s += String(o[k]); } return s + fs.map(function (f) { return f(); }).join(); }
console.log(seen({ a: 1, b: 2 }));
function evals(o) { var s = ""; for (var k in o) { s += String(o[k]); eval("k = 'b'"); s += String(o[k]); } return s; }
console.log(evals({ a: 1, b: 2 }));
function nested(o) { var s = ""; for (var k in o) { for (var k in o[k]) s += k; s += String(o[k]) + "|"; } return s; }
console.log(nested({ a: { x: 1, y: 2 }, b: { z: 3 } }));
function shadow(o) { var s = ""; for (var k in o) { { let k = 0; s += String(o[k]); } s += String(o[k]); } return s; }
console.log(shadow({ a: "A", 0: "Z" }));
function onPrimitive(v) { var s = ""; for (var k in "xyz") s += String(v[k]) + ","; return s; }
console.log(onPrimitive("abc"), onPrimitive([1, 2, 3]), onPrimitive({ 0: "o", 1: "p" }));
try { (function () { var u; for (var k in { a: 1 }) u[k]; })(); } catch (e) { console.log(e.constructor.name, e.message); }

var seed = 7, dna = "";
for (var i = 0; i < 60; i++) { seed = (seed * 16807) % 2147483647; dna += "ACGT"[seed % 4]; }
var odd = [];
for (var i = -1; i < 6; i++) odd.push(String("ACGT"[i]), String("ACGT"[i + 0.5]));
console.log(dna, odd.join(), "ACGT"["length"], "ACGT"["1"], "ACGT"[-0], "ACGT"[NaN], "ACGT"[{ toString: function () { return "2"; } }]);
String.prototype[7] = "proto7";
console.log("ACGT"[7], "ACGT"[3]);
function aliased(k, o) { var s = ""; for (k in o) { arguments[0] = 1; s += String(o[k]) + ","; } return s; }
for (var r = 0; r < 3; r++) console.log(aliased("z", { a: "A", 1: "one" }));
