// Class construction on every tier: base and derived constructors run often
// enough to be generated, super() in all its forms, fields, new.target, and
// property stores that must see setters on Object.prototype.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm1() { return Math.abs(this.x) + Math.abs(this.y); }
}
class Point3 extends Point {
  constructor(x, y, z) { super(x, y); this.z = z; }
  norm1() { return super.norm1() + Math.abs(this.z); }
}
class Tagged extends Point3 {
  tag = "t";
  #secret = 7;
  constructor(x) { super(x, -x, x * 2); this.seen = this.#secret + this.tag.length; }
}
class Late extends Point {
  constructor(x) {
    const bind = () => super(x, x + 1);
    try { this.early = true; } catch (e) { console.log("before super:", e.constructor.name); }
    bind();
    try { bind(); } catch (e) { console.log("twice:", e.constructor.name); }
  }
}
class Returns extends Point {
  constructor(kind) {
    if (kind === "object") return { replaced: true };
    super(1, 2);
    if (kind === "undefined") return undefined;
    if (kind === "number") return 5;
  }
}
class Target {
  constructor() { this.same = new.target === Target; this.name = new.target.name; }
}
class SubTarget extends Target {}
class Counter { constructor() { Counter.made = (Counter.made || 0) + 1; } }

let total = 0, tags = 0;
for (let i = 0; i < 300; i++) {
  total += new Point(i, -i).norm1() + new Point3(i, i, -i).norm1();
  const t = new Tagged(i);
  tags += t.seen + (t.tag === "t" ? 1 : 0);
  new Counter();
}
console.log(total, tags, Counter.made);
for (let i = 0; i < 3; i++) {
  const l = new Late(i);
  console.log(JSON.stringify(l), l instanceof Late, l instanceof Point);
  console.log(JSON.stringify(new Returns("object")), JSON.stringify(new Returns("undefined")));
  try { new Returns("number"); } catch (e) { console.log("returns:", e.constructor.name); }
  const a = new Target(), b = new SubTarget();
  console.log(a.same, a.name, b.same, b.name);
}

// a setter on Object.prototype sees stores of a new property, on any tier
let captured = [];
Object.defineProperty(Object.prototype, "watched", {
  set(v) { captured.push(v); }, get() { return "proto"; }, configurable: true,
});
class Store { constructor(v) { this.watched = v; this.plain = v; } }
for (let i = 0; i < 4; i++) {
  const s = new Store(i);
  console.log(Object.keys(s).join(","), s.watched);
}
delete Object.prototype.watched;
console.log(captured.join(","));

// a read-only inherited property blocks the store (silently in sloppy code)
function Frozen() { this.ro = 1; }
Object.defineProperty(Frozen.prototype, "ro", { value: 0, writable: false });
for (let i = 0; i < 3; i++) console.log(new Frozen().ro);

// a class binding replaced later is read afresh
let Shape = class { constructor() { this.kind = "first"; } };
function make() { return new Shape().kind; }
console.log(make(), make());
Shape = class { constructor() { this.kind = "second"; } };
console.log(make(), make());
try { new NotYet(); } catch (e) { console.log(e.constructor.name); }
class NotYet {}
console.log(typeof new NotYet());

// super() with a base whose prototype changed
class Base1 { constructor() { this.from = "Base1"; } }
class Base2 { constructor() { this.from = "Base2"; } }
class Child extends Base1 { constructor() { super(); } }
for (let i = 0; i < 3; i++) console.log(new Child().from);
Object.setPrototypeOf(Child, Base2);
for (let i = 0; i < 3; i++) console.log(new Child().from);
Object.setPrototypeOf(Child, null);
try { new Child(); } catch (e) { console.log(e.constructor.name); }

// deep method lookups (five prototype levels)
class L1 { who() { return "L1"; } depth() { return 1; } }
class L2 extends L1 { depth() { return super.depth() + 1; } }
class L3 extends L2 {}
class L4 extends L3 { depth() { return super.depth() + 1; } }
class L5 extends L4 {}
let sum = 0;
for (let i = 0; i < 200; i++) { const o = new L5(); sum += o.depth() + o.who().length; }
console.log(sum);
