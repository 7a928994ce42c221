// array destructuring assignments to member expressions: [a[i], a[j]] = [a[j], a[i]]
const log = [];
function swaps(a) {
  for (let k = 0; k < 10; k++) { const i = k % a.length, j = (k * 3) % a.length; [a[i], a[j]] = [a[j], a[i]]; }
  return a.join();
}
console.log(swaps([1, 2, 3, 4, 5]), swaps(["x", "y"]), swaps([1.5, -0, NaN]));
const o = { a: 1, b: 2 };
for (let k = 0; k < 3; k++) [o.a, o.b] = [o.b, o.a];
console.log(o.a, o.b);

// the order: each target's reference, then its value stored, then the next target
const traced = {
  set x(v) { log.push("set x " + v); },
  set y(v) { log.push("set y " + v); },
};
function key(k) { log.push("key " + k); return k; }
function obj(n) { log.push("obj " + n); return traced; }
[obj(1)[key("x")], obj(2)[key("y")]] = [(log.push("rhs 1"), 1), (log.push("rhs 2"), 2)];
console.log(log.splice(0).join("; "));
function* tracedValues() { log.push("next 1"); yield 1; log.push("next 2"); yield 2; log.push("next 3"); }
[obj(1)[key("x")], obj(2)[key("y")]] = tracedValues();
console.log(log.splice(0).join("; "));
// a setter that changes what the next target reads
const arr = [0, 0, 0];
let idx = 0;
const sneaky = { set v(x) { idx = 2; arr.length = 5; } };
[sneaky.v, arr[idx]] = ["first", "second"];
console.log(arr.join(), idx);

// shorter and longer patterns, holes in the pattern, a name among the targets
let n1, n2;
const t = [];
[t[0], t[1], t[2]] = [1, 2];
[t[3], , t[4]] = [3, 4, 5, 6];
[n1, t[5], n2] = ["n", "m"];
console.log(JSON.stringify(t), n1, n2);

// a right side that is no Array literal: an Array, a String, a generator, a Set
function* gen() { try { yield "g1"; yield "g2"; yield "g3"; } finally { log.push("gen closed"); } }
const u = {};
[u.a, u.b] = t;
[u.c, u.d] = "hi";
[u.e, u.f] = gen();
[u.g] = new Set(["s1", "s2"]);
console.log(JSON.stringify(u), log.splice(0).join());

// a store that throws closes the iterator (the generator's finally runs), strict and sloppy
const frozen = Object.freeze({ p: 1 });
function strictStore() { "use strict"; [frozen.p, u.z] = gen(); }
try { strictStore(); } catch (e) { console.log(e.constructor.name, log.splice(0).join()); }
function sloppyStore() { [frozen.p, u.z] = gen(); return frozen.p + u.z; }
console.log(sloppyStore(), log.splice(0).join());
const bad = { set x(v) { throw new Error("setter " + v); } };
try { [u.q, bad.x] = gen(); } catch (e) { console.log(e.message, log.splice(0).join()); }
try { [u.q, bad.x] = [1, 2]; } catch (e) { console.log(e.message, u.q); }

// Array iteration changed: the literal's iterator is a real one
const values = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { log.push("patched"); yield* values.call(this); };
const w = [1, 2, 3];
[w[0], w[2]] = [w[2], w[0]];
console.log(w.join(), log.splice(0).join());
Array.prototype[Symbol.iterator] = values;
const ArrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]());
ArrayIteratorProto.return = function () { log.push("return called"); return {}; };
[w[0], w[1]] = [w[1], w[0], "extra"];
[w[0], w[1], w[2], u.r] = [7, 8, 9];
console.log(w.join(), u.r, log.splice(0).join());
delete ArrayIteratorProto.return;
[w[0], w[1]] = [w[1], w[0]];
console.log(w.join(), log.length);

// typed arrays and strings as targets
const ta = new Int8Array(3);
[ta[0], ta[1], ta[2]] = [300, -1.5, "7"];
console.log(Array.from(ta).join());
function strictString() { "use strict"; const s = "abc"; [s[0]] = ["z"]; }
try { strictString(); } catch (e) { console.log(e.constructor.name); }
