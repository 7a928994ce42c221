// super.name reads and super.name(args) calls in generated code (ExpressionGenerator.super_property):
// receivers, getters, arrows, static methods, object literals, TDZ this, a changed home prototype.
class A { f(x) { return x + 1; } get g() { return this.v * 3; } h(...xs) { return xs.length; } static s() { return "sA"; } }
class B extends A {
  constructor() { super(); this.v = 2; }
  f(x) { return super.f(x) * 2; }
  get g() { return super.g + 1; }
  h() { return super.h(...[1, 2, 3], 4); }
  arrow() { return [1, 2].map(x => super.f(x)).join(); }
  missing() { return super.nope(); }
  prop() { return super.v; }
  obj() { return super.toString === Object.prototype.toString; }
  static s() { return super.s() + "B"; }
}
const b = new B();
let s = 0;
for (let i = 0; i < 5; i++) s += b.f(i) + b.g;
console.log(s, b.h(), b.arrow(), B.s(), b.prop(), b.obj());
try { b.missing(); } catch (e) { console.log(e.constructor.name); }
const o = { __proto__: { m() { return "proto:" + this.tag; } }, tag: "o", m() { return super.m() + "!"; } };
console.log(o.m(), o.m());
class C extends A { constructor() { const r = super.f; super(); this.r = typeof r; } }
try { new C(); } catch (e) { console.log(e.constructor.name); }
class D extends A { constructor() { super(); this.k = super.f(10); } }
console.log(new D().k, new D().k);
const m = b.f; console.log(m.call({}, 1));
Object.setPrototypeOf(B.prototype, { f() { return 100; } });
console.log(b.f(1), b.f(1));
class E extends A { f() { return super.f.call({}, 5); } }
console.log(new E().f(), new E().f());
