// Fields whose initializer is a literal (pyjs stores the value instead of making an
// initializer function): values, attributes, order, private and static fields,
// inheritance, and the literals that are not constants (RegExp) or not literals.
class A {
  static V = "1.0"; static N = 3; static B = true; static Z = null; static U;
  static [`k${1}`] = 'computed';
  x = 1; y = 10n; r = /a/g; s = "s\u00e9"; #p = 4; e = 'é'; big = 1e400; neg = -0;
  get p() { return this.#p; }
  static #q = 'q';
  static q() { return A.#q; }
}
const a = new A(), b = new A();
console.log(A.V, A.N, A.B, A.Z, A.U, A.k1, a.x, typeof a.y, a.y === b.y, a.r === b.r, a.r.lastIndex);
console.log(a.s, a.e, a.p, A.q(), a.big, Object.is(a.neg, -0));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(A, "V")));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(a, "x")));
console.log(Object.keys(a).join(), Object.getOwnPropertyNames(A).join());

class B extends A { z = 0; w = 'w' + 1; x = 'shadow'; }
const bb = new B();
console.log(bb.z, bb.w, bb.x, Object.keys(bb).join());

class C { static f = 1; static g = C.f + 1; h = 2; i = this.h * 2; }
console.log(C.g, new C().i);

// a frozen prototype chain does not stop own fields; a non-extensible instance does
class D { constructor() { return Object.preventExtensions({}); } }
class E extends D { f = 1; }
try { new E(); console.log("no error"); } catch (err) { console.log(err.constructor.name); }

// a setter on the prototype is not called (fields are defined, not assigned)
let called = 0;
class F { set f(v) { called++; } }
class G extends F { f = 5; }
console.log(new G().f, called);

// many instances share nothing mutable
class H { list = null; n = 0; }
const hs = [new H(), new H()];
hs[0].n++;
console.log(hs[0].n, hs[1].n, hs[0].list === hs[1].list);
