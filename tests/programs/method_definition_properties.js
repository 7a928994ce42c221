class A { m() { return 1; } m() { return 2; } get g() { return 3; } g() { return 4; } static s() {} static ['s']() { return 5; } static name() { return "nm"; } static length() {} }
const d = (o, k) => JSON.stringify(Object.getOwnPropertyDescriptor(o, k), (key, v) => typeof v === "function" ? "fn:" + v.name : v);
console.log(new A().m(), d(A.prototype, "m"), d(A.prototype, "g"), A.s(), d(A, "s"), A.name(), d(A, "name"), d(A, "length"));
const o = { a() {}, a: 1, b: 2, b() { return 7; }, get c() { return 1; }, c() { return 9; }, ['x' + 1]() {}, __proto__: { inh() {} } };
console.log(d(o, "a"), d(o, "b"), o.b(), d(o, "c"), o.c(), Object.keys(o), d(o, "x1"), typeof o.inh);
try { class B { static ["prototype"]() {} } } catch (e) { console.log(e.constructor.name); }
const frozen = Object.freeze({});
class C { constructor() { } m() {} } Object.freeze(C.prototype);
console.log(Object.getOwnPropertyNames(C.prototype), C.prototype.m.name, Object.keys({ m() {}, n: 1 }));
let order = []; const o2 = { [(order.push(1), "k")]() { return order; }, [(order.push(2), "k")]: 5 }; console.log(o2.k, order);
const s = Symbol("sy"); class D { [s]() {} static [Symbol.iterator]() {} } console.log(D.prototype[s].name, D[Symbol.iterator].name);
class E { one() {} static two() {} get three() { return 3; } }
console.log(d(E.prototype, "one"), d(E, "two"), Object.keys(E.prototype), Object.keys(E), d(E.prototype, "three"));
for (const k in new E()) console.log("enumerable:", k);
const lit = { one() {}, get two() { return 2; } };
console.log(d(lit, "one"), d(lit, "two"), Object.keys(lit));
