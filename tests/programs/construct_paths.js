// new F(...) and super(...) on their lean paths and on the paths that must leave them
"use strict";
function log(...a) { console.log(...a); }

// plain function constructors, called enough times to be generated and cached
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.len = function () { return Math.hypot(this.x, this.y); };
let s = 0;
for (let i = 0; i < 300; i++) s += new Vec(i, 1).len();
log("vec", s.toFixed(3));

// the prototype property replaced after the constructor was cached
const P2 = { len() { return -1; } };
Vec.prototype = P2;
log("replaced", new Vec(3, 4).len(), Object.getPrototypeOf(new Vec(1, 2)) === P2);
// a primitive prototype: the new object gets %Object.prototype%
Vec.prototype = 7;
const o7 = new Vec(1, 2);
log("primitive proto", Object.getPrototypeOf(o7) === Object.prototype, o7.x);
Vec.prototype = P2;
log("back", new Vec(5, 12).len());
// a non-writable prototype keeps its value
Object.defineProperty(Vec, "prototype", { writable: false });
try { Vec.prototype = {}; } catch (e) { log(e.constructor.name); }
log("frozen proto", Object.getPrototypeOf(new Vec(0, 0)) === P2);

// constructors returning objects and primitives
function RetObj(k) { this.k = k; if (k % 2) return { odd: k }; }
function RetPrim(k) { this.k = k; return k; }
function RetNull(k) { this.k = k; return null; }
let odd = 0, even = 0;
for (let i = 0; i < 200; i++) {
  const r = new RetObj(i);
  if (r.odd !== undefined) odd++; else if (r.k === i && r instanceof RetObj) even++;
  const p = new RetPrim(i);
  if (!(p instanceof RetPrim) || p.k !== i) throw new Error("prim");
  if (!(new RetNull(i) instanceof RetNull)) throw new Error("null");
}
log("returns", odd, even);

// a leaf constructor and one that loops, near a throwing argument
function Leaf(a) { this.a = a; }
function Loops(n) { this.t = 0; for (let i = 0; i < n; i++) this.t += i; }
let acc = 0;
for (let i = 0; i < 200; i++) acc += new Leaf(i).a + new Loops(i % 7).t;
log("leaf/loops", acc);
try { new Leaf((() => { throw new Error("arg threw"); })()); } catch (e) { log(e.message); }

// a constructor that throws
function Thrower(x) { if (x > 150) throw new RangeError("too big " + x); this.x = x; }
try { for (let i = 0; i < 200; i++) new Thrower(i); } catch (e) { log(e.name, e.message); }

// new.target in a plain function and in classes
function NT() { this.same = new.target === NT; }
let nts = 0;
for (let i = 0; i < 100; i++) if (new NT().same) nts++;
log("new.target", nts, Reflect.construct(NT, [], Object).same);

// classes: base, derived with super(args), fields, private methods
class Base {
  constructor(name, n) { this.name = name; this.n = n; this.kind = new.target.name; }
  get label() { return this.name + "#" + this.n; }
}
class Mid extends Base {
  constructor(n) { super("mid", n); this.mid = true; }
}
class Leafy extends Mid {
  constructor(n, extra) { super(n * 2); this.extra = extra; }
}
class WithField extends Base {
  tag = "field:" + this.n;
  #secret = 42;
  constructor(n) { super("wf", n); }
  get secret() { return this.#secret; }
}
class NoCtor extends Mid {}
let labels = "";
for (let i = 0; i < 120; i++) {
  const a = new Mid(i), b = new Leafy(i, "x"), c = new WithField(i), d = new NoCtor(i);
  if (i % 40 === 0) labels += [a.label, a.kind, b.label, b.kind, b.extra, c.tag, c.secret, c.kind, d.label, d.kind].join(",") + ";";
  if (!(b instanceof Mid && b instanceof Base && b.mid)) throw new Error("chain");
}
log(labels);

// derived constructors returning objects, undefined, primitives; this before super
class RetsObject extends Base { constructor(v) { super("r", v); if (v > 2) return { replaced: v }; } }
class RetsPrim extends Base { constructor(v) { super("p", v); return v; } }
class NoSuper extends Base { constructor(v) { if (v) return; super("never", 0); } }
class ThisFirst extends Base { constructor() { this.x = 1; super("t", 0); } }
class TwiceSuper extends Base { constructor() { super("a", 1); super("b", 2); } }
class SuperInArrow extends Base { constructor(v) { const f = () => super("arrow", v); f(); this.after = this.n + 1; } }
class ReturnInTry extends Base {
  constructor(v) { try { return v ? 5 : {}; } finally { super("fin", v); } }
}
class CatchAround extends Base {
  constructor(v) { try { super("c", v); return 3; } catch (e) { log("never caught here"); } }
}
for (let i = 0; i < 60; i++) {
  const r = new RetsObject(i);
  if (i > 2 ? r.replaced !== i : r.n !== i) throw new Error("rets");
  try { new RetsPrim(i); log("no error?"); break; } catch (e) { if (i === 59) log("prim:", e.constructor.name); }
  try { new NoSuper(1); } catch (e) { if (i === 59) log("nosuper:", e.constructor.name); }
  try { new ThisFirst(); } catch (e) { if (i === 59) log("thisfirst:", e.constructor.name); }
  try { new TwiceSuper(); } catch (e) { if (i === 59) log("twice:", e.constructor.name); }
  const sa = new SuperInArrow(i);
  if (sa.after !== i + 1 || sa.name !== "arrow") throw new Error("arrow");
  try { new ReturnInTry(1); } catch (e) { if (i === 59) log("return in try:", e.constructor.name); }
  try { new CatchAround(i); } catch (e) { if (i === 59) log("catch around:", e.constructor.name); }
}

// the super class changed after the derived constructor was generated
class A1 { constructor(v) { this.from = "A1:" + v; } }
class A2 { constructor(v) { this.from = "A2:" + v; } }
class D extends A1 { constructor(v) { super(v); } }
let last;
for (let i = 0; i < 100; i++) last = new D(i).from;
Object.setPrototypeOf(D, A2);
log(last, new D(7).from, Object.getPrototypeOf(new D(1)) === D.prototype);
Object.setPrototypeOf(D, function F(v) { this.from = "F:" + v; });
log(new D(8).from);
Object.setPrototypeOf(D, Object.create(null));
try { new D(9); } catch (e) { log("not a ctor:", e.constructor.name); }

// bound functions as constructors
function Pt(x, y) { this.x = x; this.y = y; }
const BoundPt = Pt.bind(null, 10);
let bsum = 0;
for (let i = 0; i < 100; i++) { const p = new BoundPt(i); bsum += p.x + p.y; if (!(p instanceof Pt)) throw 0; }
log("bound", bsum);
class BoundBase { constructor(a, b) { this.ab = a + b; } }
const BB = BoundBase.bind(null, "a");
class FromBound extends BoundBase { constructor() { super("b", "c"); } }
log(new FromBound().ab, new BB("c").ab);

// Reflect.construct with another new.target
class RC { constructor() { this.p = Object.getPrototypeOf(this); } }
function Other() {}
for (let i = 0; i < 50; i++) new RC();
log(Reflect.construct(RC, [], Other).p === Other.prototype);
log(Reflect.construct(Mid, [3], Other) instanceof Other);

// new on non-constructors
const arrow = () => 1;
const obj = { m() {} };
for (const f of [arrow, obj.m, Math.max, 5]) {
  try { new f(); } catch (e) { log(e.constructor.name); }
}

// deep construction recursion is a RangeError, caught by the script
function Deep(n) { this.child = n > 0 ? new Deep(n - 1) : null; }
new Deep(50);
try { new Deep(1e6); } catch (e) { log("deep:", e.constructor.name); }
class DeepC extends Base { constructor(n) { super("d", n); this.c = n > 0 ? new DeepC(n - 1) : null; } }
new DeepC(30);
try { new DeepC(1e6); } catch (e) { log("deepc:", e.constructor.name); }
