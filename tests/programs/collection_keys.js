// Map and Set keys compare with SameValueZero: 1, true, 1n and "1" stay apart, NaN
// finds NaN, -0 is stored as +0; the fast paths for String and Number keys agree.
var m = new Map([[1, "a"], [true, "b"], [1n, "c"], ["1", "d"], [NaN, "e"], [-0, "f"]]);
console.log(m.get(1), m.get(true), m.get(1n), m.get("1"), m.get(NaN), m.get(0), m.get(-0), m.size);
m.set(-0, "g"); m.set(0, "h"); m.set(2, "i"); m.set(2, "j"); m.set(NaN, "k");
console.log([...m.keys()].map(k => Object.is(k, -0) ? "-0" : String(k)).join(), [...m.values()].join());
console.log(m.has(-0), m.has(0), m.has(NaN), m.has(3), m.has("2"), m.has(2));
var s = new Set([1, true, 1n, "1", NaN, NaN, -0, 0]);
s.add(-0); s.add(2); s.add(2); s.add(NaN); s.add("x");
console.log([...s].map(k => Object.is(k, -0) ? "-0" : typeof k + ":" + String(k)).join(), s.size, s.has(-0), s.has(0), s.has(NaN), s.has(1n), s.has(2));
var big = new Map(); for (var i = 0; i < 3000; i++) { big.set(i % 100, (big.get(i % 100) || 0) + 1); } console.log(big.size, big.get(5), big.get(99));
class M2 extends Map {} var m2 = new M2(); m2.set(1, 2); console.log(m2.get(1), m2.has(1));
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.constructor.name); }
