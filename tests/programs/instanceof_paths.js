// instanceof through %Function.prototype[@@hasInstance]% taken directly, and every case
// where another @@hasInstance, a Proxy or a bound function must have its say.
class A {}
class B extends A {}
class C extends B {}
function F() {}
function test(v, T) { return v instanceof T; }
function run(label, make, T) {
  const out = [];
  for (let i = 0; i < 40; i++) {
    try { out.push(test(make(i), T)); } catch (e) { out.push(e.constructor.name); }
  }
  console.log(label, out.slice(0, 3).join(","), out.slice(-2).join(","));
}
run("class", i => i % 2 ? new C() : new A(), B);
run("base", i => new C(), A);
run("Object", i => i % 3 ? {} : Object.create(null), Object);
run("function", i => new F(), F);
run("primitives", i => [1, "s", true, null, undefined, 1n, Symbol()][i % 7], A);
run("Function.prototype", i => F, Function.prototype);
run("non-object prototype", i => new A(), Object.assign(function G() {}, { prototype: 3 }));
run("not callable", i => new A(), {});
run("not an object", i => new A(), 3);
run("arrow", i => new A(), () => {});

// bound functions: OrdinaryHasInstance uses the target
const BoundB = B.bind(null, 1);
run("bound", i => i % 2 ? new C() : new A(), BoundB);
run("bound of bound", i => new C(), BoundB.bind(null));

// a Proxy as the value, the target and on the value's chain
const traps = [];
const pv = new Proxy(new C(), { getPrototypeOf(t) { traps.push("gpo"); return A.prototype; } });
run("proxy value", i => pv, B);
run("proxy value base", i => pv, A);
console.log("traps", traps.length);
const PT = new Proxy(B, { get(t, k, r) { if (k === Symbol.hasInstance) traps.push("get"); return Reflect.get(t, k, r); } });
run("proxy target", i => new C(), PT);
console.log("traps", traps.length);
const onChain = Object.create(new Proxy(B.prototype, {}));
run("proxy on chain", i => onChain, A);

// @@hasInstance defined on a class, on a parent class, on Function.prototype's way
class Even { static [Symbol.hasInstance](x) { return x % 2 === 0; } }
class SubEven extends Even {}
run("static hasInstance", i => i, Even);
run("inherited static", i => i, SubEven);
run("after define", i => new C(), B);
Object.defineProperty(B, Symbol.hasInstance, { value(x) { return "truthy"; }, configurable: true });
run("defined on B", i => 0, B);
run("defined on parent", i => 0, C);
delete B[Symbol.hasInstance];
run("deleted", i => 0, C);
Object.defineProperty(B, Symbol.hasInstance, { get() { traps.push("getter"); return undefined; }, configurable: true });
run("getter undefined", i => new C(), B);
console.log("traps", traps.length);
Object.defineProperty(B, Symbol.hasInstance, { value: 42, configurable: true });
run("not callable handler", i => new C(), B);
delete B[Symbol.hasInstance];
// prototype of the class changed, the class's chain swapped
const oldProto = C.prototype;
run("before swap", i => new C(), C);
Object.setPrototypeOf(C, Even);
run("swapped chain", i => 2, C);
Object.setPrototypeOf(C, B);
const c = new C();
Object.setPrototypeOf(c, Object.prototype);
run("swapped value", i => c, A);
// Function.prototype[@@hasInstance] is fixed; Object.prototype's cannot take over
try { Function.prototype[Symbol.hasInstance] = () => true; } catch (e) { console.log(e.name); }
Object.prototype[Symbol.hasInstance] = () => true;
run("Object.prototype hasInstance", i => 5, A);
run("null-proto callable", i => new A(), Object.setPrototypeOf(function H() {}, null));
delete Object.prototype[Symbol.hasInstance];
// the intrinsic called directly
console.log(Function.prototype[Symbol.hasInstance].call(B, new C()), Function.prototype[Symbol.hasInstance].call({}, 1));
