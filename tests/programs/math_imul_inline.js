// Math.imul(a, b) computed inline in generated code (an operator of a fused int tree)
// while Math is the global's builtin and its imul the original function: hashes run
// hot; operands out of the int32/uint32 range, NaN, Infinity, -0, Strings, objects
// with valueOf (their order), BigInts; Math.imul replaced, turned into a getter, deleted,
// replaced by an argument's own evaluation; the global Math replaced and restored.
function fnv1a(bytes) {
  var h = 0x811c9dc5;
  for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 16777619) >>> 0; }
  return h;
}
function murmurMix(h) {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
function mul(a, b) { return Math.imul(a, b); }
function mulOr(a, b) { return Math.imul(a, b) | 0; }
function nested(a, b, c) { return Math.imul(Math.imul(a, b) + 1, c) ^ 0; }
function isOdd(a, b) { return Math.imul(a, b) & 1 ? "odd" : "even"; }
function cmp(a, b) { return (Math.imul(a, b) >>> 0) > 2147483647; }
var bytes = [];
for (var i = 0; i < 500; i++) bytes.push((i * 131) & 255);
var hs = [];
for (var r = 0; r < 5; r++) hs.push(fnv1a(bytes), murmurMix(r * 0x9e3779b9));
console.log(hs.join());

var vals = [0, -0, 1, -1, 3, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296,
            4294967297, 1.9, -1.9, 2 ** 53, -(2 ** 53), 1e21, NaN, Infinity, -Infinity, "7", "x", null,
            undefined, true, [5], { valueOf: function () { return 6; } }];
var out = [];
for (var i = 0; i < vals.length; i++)
  for (var j = 0; j < vals.length; j += 3) out.push(mul(vals[i], vals[j]), mulOr(vals[j], vals[i]));
console.log(out.join());
out = [];
for (var i = 0; i < vals.length; i++) out.push(nested(vals[i], 0x10001, vals[(i + 5) % vals.length]), isOdd(vals[i], 3), cmp(vals[i], -1));
console.log(out.join());
console.log(Object.is(mul(-0, 5), 0), Object.is(mul(-1, 0), 0), 1 / mul(0, -5));

var log = [];
function v(name, n) { return { valueOf: function () { log.push(name); return n; } }; }
console.log(mul(v("a", 3), v("b", 5)), nested(v("x", 2), v("y", 3), v("z", 4)), log.join());
try { mul(1n, 2); } catch (e) { console.log(e.constructor.name); }
try { mul(2, 1n); } catch (e) { console.log(e.constructor.name); }
try { mul(v("before", 1), Symbol()); } catch (e) { console.log(e.constructor.name, log.join()); }

var original = Math.imul;
// an argument that replaces Math.imul: the call already chose the original
log = [];
function sneaky(x) { return Math.imul((Math.imul = function (a, b) { return "replaced"; }, x), 3) >>> 0; }
console.log(sneaky(5), sneaky("7"), sneaky(NaN), Math.imul(2, 3));
Math.imul = original;
for (var r = 0; r < 3; r++) console.log(sneaky(r), sneaky({ valueOf: function () { return 2; } }));
var picked = [];
var args = [4, "7", NaN, 2 ** 40, { valueOf: function () { return 9; } }, "z"];
for (var r = 0; r < 12; r++) { Math.imul = original; picked.push(sneaky(args[r % args.length])); }
console.log(picked.join());
Math.imul = original;

Math.imul = function (a, b) { return "mine:" + a + "," + b + ":" + (this === Math); };
console.log(mul(2, 3), mulOr(2, 3), fnv1a([1, 2]), isOdd(2, 3));
Math.imul = original;
console.log(mul(2, 3), fnv1a([1, 2]));
Object.defineProperty(Math, "imul", { get: function () { log.push("getter"); return function (a, b) { return a * b + 0.5; }; }, configurable: true });
log = [];
console.log(mul(2, 3), mulOr(2, 3), log.join());
Object.defineProperty(Math, "imul", { value: original, writable: true, configurable: true, enumerable: true });
console.log(mul(7, 6), Object.keys(Math).join());
delete Math.imul;
try { mul(1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
Object.defineProperty(Math, "imul", { value: original, writable: true, configurable: true });

var savedMath = Math;
Math = { imul: function (a, b) { return "fake " + a * b; } };
console.log(mul(4, 5), mulOr(4, 5));
Math = { imul: original };
console.log(mul(4, 5), murmurMix(12345));
Math = savedMath;
delete globalThis.Math;
try { mul(1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
globalThis.Math = savedMath;
Object.defineProperty(globalThis, "Math", { get: function () { log.push("Math getter"); return savedMath; }, configurable: true });
log = [];
console.log(mul(3, 3), log.join());
Object.defineProperty(globalThis, "Math", { value: savedMath, writable: true, configurable: true });
for (var r = 0; r < 3; r++) console.log(fnv1a(bytes), mul(-7, 0x7fffffff), Math.imul(0xffffffff, 5), Math.imul(3));
