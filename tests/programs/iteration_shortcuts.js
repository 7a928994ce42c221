// for-of and array patterns over Arrays, Maps and Sets take shortcuts while iteration
// is untouched; each case below must behave as the iterator protocol says.
const log = [];
const m = new Map([["a", 1], ["b", 2], ["c", 3]]);
for (const [k, v] of m) { log.push(k + v); if (k === "a") { m.delete("b"); m.set("d", 4); } }
console.log(log.join(","));

const s = new Set([1, 2, 3]);
let sum = 0;
for (const x of s) { sum += x; if (x === 1) s.add(10); if (x === 2) s.delete(3); }
console.log(sum);

let [p, q, ...r] = new Set(["x", "y", "z", "w"]);
console.log(p, q, r.join(""));
const [[k1, v1], second] = new Map([[1, "one"], [2, "two"]]);
console.log(k1, v1, second.join(":"));

// array patterns: holes read through the prototype, a getter that throws ends the iteration
Array.prototype[1] = "from proto";
const [h0, h1, h2] = [0, , 2];
console.log(h0, h1, h2);
delete Array.prototype[1];
Object.defineProperty(Array.prototype, 1, { get() { throw new Error("hole getter"); }, configurable: true });
try { const [a, b] = [0, , 2]; console.log("no error", a, b); } catch (e) { console.log("caught", e.message); }
delete Array.prototype[1];

// a return method on the iterator prototypes is called when a pattern or a loop stops early
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
const MIP = Object.getPrototypeOf(new Map()[Symbol.iterator]());
const IP = Object.getPrototypeOf(AIP);
let closes = 0;
AIP.return = function () { closes++; return {}; };
{ const [a] = [1, 2, 3]; const [b, c, d] = [1, 2]; for (const x of [1, 2, 3]) if (x === 2) break; }
console.log("array closes", closes);
delete AIP.return;
IP.return = function () { closes += 100; return {}; };
{ const [a] = [1, 2]; const [e] = new Map([[1, 2], [3, 4]]); for (const y of new Set([1, 2])) break; }
console.log("inherited closes", closes);
delete IP.return;
Object.defineProperty(MIP, "return", { get() { closes += 1000; return undefined; }, configurable: true });
{ const [e] = new Map([[1, 2], [3, 4]]); }
console.log("getter closes", closes);
delete MIP.return;
{ const [a] = [1, 2]; const [e] = new Map([[1, 2], [3, 4]]); }
console.log("after delete", closes);

// replaced iteration methods are used
const origNext = MIP.next;
MIP.next = function () { const r = origNext.call(this); if (!r.done) r.value = "patched"; return r; };
for (const e of new Map([[1, 1]])) console.log(e);
MIP.next = origNext;
const own = new Map([[1, 1]]);
own[Symbol.iterator] = function* () { yield "own iterator"; };
for (const e of own) console.log(e);
class MyMap extends Map {}
MyMap.prototype[Symbol.iterator] = function* () { yield "subclass iterator"; };
for (const e of new MyMap([[1, 1]])) console.log(e);
const origValues = Set.prototype.values;
Set.prototype[Symbol.iterator] = function* () { yield "replaced @@iterator"; };
const [sv] = new Set([5]);
console.log(sv);
Set.prototype[Symbol.iterator] = origValues;
const origAIPNext = AIP.next;
AIP.next = function () { return { done: true }; };
const [none = "default used"] = [1];
console.log(none);
AIP.next = origAIPNext;
const [back] = [7];
console.log(back);

// iterator objects: a Map's keys()/values(), an Array's entries(), spread of a Set,
// each an iterator that keeps its state when a loop leaves it early
const m2 = new Map([[1, "a"], [2, "b"], [3, "c"]]);
const keys = m2.keys();
for (const k of keys) { if (k === 2) break; }
console.log("rest of keys", [...keys].join(","), [...m2.values()].join(""));
const ents = ["x", "y", "z"].entries();
for (const [i, v] of ents) { if (i === 1) break; }
console.log("next entry", JSON.stringify(ents.next()), JSON.stringify(ents.next()));
console.log([...new Set([3, 1, 3, 2])].join(""), Array.from(new Map([[1, 2]]).entries()).join(";"));
const MIP2 = Object.getPrototypeOf(new Map().keys());
const mipNext = MIP2.next;
MIP2.next = function () { const r = mipNext.call(this); if (!r.done) r.value = "<" + r.value + ">"; return r; };
console.log([...m2.keys()].join(""), [...new Set(["s"])].join(""));
MIP2.next = mipNext;
const SIP = Object.getPrototypeOf(new Set().values());
const sipNext = SIP.next;
SIP.next = function () { const r = sipNext.call(this); if (!r.done) r.value = "[" + r.value + "]"; return r; };
console.log([...new Set(["s", "t"])].join(""));
SIP.next = sipNext;
const IPproto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const ipIter = IPproto[Symbol.iterator];
IPproto[Symbol.iterator] = function () { return ["from patched @@iterator"][Symbol.iterator].call([]) && ipIter.call(this); };
const it3 = [7, 8].values();
it3[Symbol.iterator] = function () { return [9][Symbol.iterator](); };
console.log([...it3].join(","));
IPproto[Symbol.iterator] = ipIter;
