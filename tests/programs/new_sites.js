// `new F(...)` sites keep the class they found plain to construct (codegen calls.py
// x_NewExpression, functions.fill_new_site) and construct it in place.  The other
// constructors must keep the general path: plain functions (whose prototype can be
// replaced), classes with fields, derived classes, constructors returning objects or
// primitives, new.target readers, a name given another class, an arrow, a bound
// function, a proxy, a non-callable; arguments that run code, recursion in a
// constructor past the depth limit.  Each site runs several times.

function show(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return "[" + v.map(show).join(", ") + "]";
  if (v && typeof v === "object") return "{" + Object.keys(v).map((k) => k + ": " + show(v[k])).join(", ") + "}";
  return String(v);
}

class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  len2() { return this.x * this.x + this.y * this.y; }
}
class Counted {
  constructor(n) { this.n = n; this.parts = []; for (let i = 0; i < n; i++) this.parts.push(i); }
}
class WithField { f = 7; constructor(a) { this.a = a; } }
class Derived extends Vec { constructor(x) { super(x, -x); this.d = true; } }
class DerivedReturnsObject extends Vec { constructor(x) { super(x, x); return { other: x }; } }
class DerivedNoSuper extends Vec { constructor(x) { if (x > 100) super(x, x); } }
class DerivedReturnsPrimitive extends Vec { constructor(x) { super(x, x); return 3; } }
class DerivedReturnsUndefined extends Vec { constructor(x) { super(x, 0); return undefined; } }
class DerivedLeaf extends Vec {}
class ReturnsObject { constructor(a) { return { replaced: a }; } }
class ReturnsPrimitive { constructor(a) { this.a = a; return 5; } }
class ReadsTarget { constructor() { this.same = new.target === ReadsTarget; } }
function Plain(a) { this.a = a; }
Plain.prototype.kind = function () { return "plain"; };

function make(C, i) { return new C(i, i + 1); }
function each(name, C, n = 6) {
  const out = [];
  for (let i = 0; i < n; i++) {
    try {
      const o = make(C, i);
      out.push(show(o) + (o instanceof Object && Object.getPrototypeOf(o) === C.prototype ? "" : " (other proto)"));
    } catch (e) {
      out.push("threw " + e.constructor.name);
    }
  }
  console.log(name + ": " + out.slice(-2).join(" | "));
}
each("a class", Vec);
each("a looping constructor", Counted);
each("fields", WithField);
each("derived", Derived);
each("derived, returns an object", DerivedReturnsObject);
each("derived, no super()", DerivedNoSuper);
each("derived, returns a primitive", DerivedReturnsPrimitive);
each("derived, returns undefined", DerivedReturnsUndefined);
each("derived, default constructor", DerivedLeaf);
each("returns an object", ReturnsObject);
each("returns a primitive", ReturnsPrimitive);
each("reads new.target", ReadsTarget);
each("a plain function", Plain);
Plain.prototype = { kind() { return "replaced"; } };
each("a plain function, new prototype", Plain);
console.log("kind: " + make(Plain, 1).kind());
each("an arrow", (a) => a, 2);
each("a bound class", Vec.bind(null, 100), 3);
each("a proxy", new Proxy(Vec, { construct(t, args) { return { proxied: args[0] }; } }), 3);
each("a number", 5, 2);
each("the class again", Vec);

// one site, the name given other classes
let K = Vec;
function makeK(i) { return new K(i, i); }
const seen = [];
for (let i = 0; i < 12; i++) {
  if (i === 4) K = Derived;
  if (i === 8) K = Vec;
  if (i === 10) K = null;
  try { seen.push(show(makeK(i))); } catch (e) { seen.push("threw " + e.constructor.name); }
}
console.log("reassigned: " + seen.join(" | "));

// the callee is read before the arguments run
let V2 = Vec;
function sneaky() { V2 = ReturnsObject; return 1; }
function makeSneaky() { return new V2(sneaky(), 2); }
const order = [];
for (let i = 0; i < 4; i++) { V2 = Vec; order.push(show(makeSneaky())); }
console.log("order: " + order.join(" | "));

// a chain of adds through the site in a method
let v = new Vec(0, 0);
for (let i = 0; i < 50; i++) v = v.add(new Vec(1, 2));
console.log("sum: " + show(v) + " " + v.len2());

// recursion through a constructor past the depth limit
class Deep { constructor(n) { this.next = n > 0 ? new Deep(n - 1) : null; } }
let r;
try { r = new Deep(1e6); } catch (e) { r = e.constructor.name; }
console.log("too deep: " + show(r));
let chain = new Deep(50), depth = 0;
while (chain) { depth++; chain = chain.next; }
console.log("after: " + depth);

// instances are ordinary and extensible
const a = make(Vec, 3);
a.extra = 1;
console.log("instance: " + show(a) + " " + Object.isExtensible(a) + " " + (a.constructor === Vec));
