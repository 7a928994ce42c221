// Destructured, rest and defaulted parameters bound by the generated [[Call]]
// (FunctionGenerator.bind_pattern_params): evaluation order, TDZ of later parameters,
// iterator closing, getters, captured and shadowed names.
"use strict";
function f({ a, b }) { return a + b; }
var s = 0; for (var i = 0; i < 5; i++) s += f({ a: i, b: 1 });
console.log(s);
function g([x, y], ...rest) { return x * y + rest.length; }
console.log(g([2, 3]), g([2, 3], 1, 2), g("ab", 9));
const h = ({ k }, [m]) => k + m;
console.log(h({ k: 1 }, [2]), h({}, []));
class P { constructor({ x, y }, ...more) { this.x = x; this.y = y; this.n = more.length; } sum() { return this.x + this.y + this.n; } }
console.log(new P({ x: 1, y: 2 }, 5, 6).sum());
function cap({ a }) { return () => a; }
console.log(cap({ a: 7 })());
function onlyRest(...xs) { return xs.join(","); }
console.log(onlyRest(), onlyRest(1), onlyRest(1, 2, 3), onlyRest.length, g.length);
function empty({}) {}
console.log(empty({}));
try { f(null); } catch (e) { console.log(e.constructor.name); }
try { f(); } catch (e) { console.log(e.constructor.name); }
try { empty(undefined); } catch (e) { console.log(e.constructor.name); }
function getters({ a, b }) { return a + b; }
let order = [];
console.log(getters({ get a() { order.push("a"); return 1; }, get b() { order.push("b"); return 2; } }), order.join());
function restPat(...[p, q]) { return p + q; }
console.log(restPat(3, 4, 5));
function iter([a, b]) { return a + b; }
let closed = 0;
const it = { [Symbol.iterator]() { let i = 0; return { next() { return { value: i++, done: false }; }, return() { closed++; return {}; } }; } };
console.log(iter(it), closed);
function nested({ a: { b } }) { return b; }
console.log(nested({ a: { b: 5 } }));
function sloppyThis({ a }) { return typeof this + a; }
console.log(sloppyThis.call(undefined, { a: 1 }));
function recur({ n }) { return n <= 0 ? 0 : n + recur({ n: n - 1 }); }
console.log(recur({ n: 100 }));
function loopy({ n }, ...vals) { let t = 0; for (let i = 0; i < n; i++) t += vals[i % vals.length]; return t; }
console.log(loopy({ n: 10 }, 1, 2, 3));
function reassign({ a }) { a = a * 2; { let a = 1; } return a; }
console.log(reassign({ a: 21 }));
function withArgs({ a }, ...r) { return arguments.length + a + r.length; }
console.log(withArgs({ a: 1 }, 2, 3));
function withDecl({ a }) { function inner() { return a * 3; } return inner(); }
console.log(withDecl({ a: 2 }));
function* gen({ from, to }, ...step) { for (let i = from; i < to; i += step[0] || 1) yield i; }
console.log([...gen({ from: 1, to: 8 }, 3)].join());
async function asy({ v }, [w]) { return v + w; }
asy({ v: 1 }, [2]).then(x => console.log("async", x));
async function asy2({ v }) { await null; return v * 2; }
asy2({ v: 4 }).then(x => console.log("async2", x));
class Base { constructor({ a }) { this.a = a; } }
class Derived extends Base { constructor({ a, b }, ...rest) { super({ a }); this.b = b + rest.length; } }
const d = new Derived({ a: 1, b: 2 }, 0, 0); console.log(d.a, d.b);
const arrow = (...xs) => xs.length;
console.log(arrow(), arrow(1, 2));
function paramShadow({ x }) { var x; return x; }
console.log(paramShadow({ x: 3 }));
function paramVar({ x }) { var x = x + 1; return x; }
console.log(paramVar({ x: 3 }));
const o = { m({ p }) { return this === o && p; } };
console.log(o.m({ p: "ok" }));
function holes([, b, , d]) { return b + d; }
console.log(holes([1, 2, 3, 4]));
function strs({ "quoted-key": q, 3: three }) { return q + three; }
console.log(strs({ "quoted-key": "q", 3: "t" }));
