// Parameters with literal defaults bound like simple ones (a test per default) on every entry:
// explicit undefined, null and falsy arguments, extra arguments, unmapped arguments objects,
// vars redeclaring parameters, generators, async, closures, and what must stay on the general path.
function f(a, b = 2, c = "x", d = null, e = 10n, g = true) { return [a, b, c, d, typeof e, g].join(); }
for (let i = 0; i < 5; i++) console.log(f(1), f(1, undefined, 3, 4, 5, false), f(), f(1, null, 0, undefined));
class Rec { constructor(p = null, q = 0, r = "s") { this.p = p; this.q = q; this.r = r; } }
for (let i = 0; i < 5; i++) { const o = new Rec(undefined, 7); console.log(o.p, o.q, o.r); }
console.log(f.length, Rec.length, ((a, b = 1, c) => 0).length);
const arrow = (x = 5, y) => x + (y ?? 1);
for (let i = 0; i < 5; i++) console.log(arrow(), arrow(undefined, 2), arrow(1));
function withArgs(a, b = 3) { a = 9; return [arguments[0], arguments.length, b].join(); }
for (let i = 0; i < 4; i++) console.log(withArgs(1), withArgs(1, undefined));
function varShadow(a = 1) { var a; return a; }
function varShadow2(a = 1) { var a = 2; return a; }
for (let i = 0; i < 4; i++) console.log(varShadow(), varShadow(5), varShadow2());
function* gen(a = 4, b) { yield a; yield b; }
for (let i = 0; i < 3; i++) console.log([...gen()].join(), [...gen(1, 2)].join());
async function af(a = "async") { return a; }
af().then(v => console.log(v));
function clos(a = 1) { return () => a++; }
const c1 = clos(); c1(); console.log(c1(), clos(10)());
try { eval("(function (a = 1) { 'use strict'; })"); } catch (e) { console.log(e.name); }
try { eval("(function (a, a = 1) {})"); } catch (e) { console.log(e.name); }
function neg(a = -1) { return a; } console.log(neg());
function re(a = /x/g) { return a; } console.log(re() !== re(), re().lastIndex);
function later(a = 1, b = a) { return b; } console.log(later(), later(3));
function negz(a = -0, b = -2.5, c = -"3") { return [Object.is(a, -0), b, c].join(); }
for (let i = 0; i < 3; i++) console.log(neg(), neg(undefined), neg(0), negz());
const o = { m(a, b = "dflt") { return a + b; }, set s(v = 7) { this.v = v; } };
for (let i = 0; i < 3; i++) { o.s = undefined; console.log(o.m(1), o.m(1, 2, 3), o.v); }
function many(a = 1, b = 2) { return a + b; }
for (let i = 0; i < 3; i++) console.log(many(), many(10), many(undefined, 10), many(1, 2, 3, 4), many.call(null), many.apply(null, [undefined, 5]));
