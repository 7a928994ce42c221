// super(...args) in generated code (CallGenerator.super_call with spread arguments): order of
// the spread iteration, a throwing spread, a second super() after the super constructor ran.
class A { constructor(...xs) { this.xs = xs; } }
class B extends A { constructor(...args) { super(...args); this.n = args.length; } }
class C extends A { constructor(a, ...rest) { super(0, ...rest, a); } }
class D extends A { constructor(it) { super(...it); } }
const seen = [];
for (let i = 0; i < 3; i++) {
  const b = new B(1, 2, 3), c = new C("a", "b", "c"), d = new D(new Set([7, 8]));
  seen.push(b.xs.join() + "|" + b.n + "|" + c.xs.join() + "|" + d.xs.join());
}
console.log(seen.join(" "));
class E extends A { constructor() { super(...[1], ...(() => { throw new Error("boom"); })()); } }
try { new E(); } catch (e) { console.log(e.message); }
class F extends A { constructor() { super(...null); } }
try { new F(); } catch (e) { console.log(e.constructor.name); }
class G extends A { constructor() { super(...[1]); super(...[2]); } }
try { new G(); } catch (e) { console.log(e.constructor.name); }
const order = [];
class H extends A { constructor() { super(...{ [Symbol.iterator]() { order.push("iter"); return [][Symbol.iterator](); } }); order.push("after"); } }
new H(); console.log(order.join());
