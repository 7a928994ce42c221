// Named reads that find a getter or a data property on the prototype chain, from generated
// code (hot functions): the cached path must follow every change of the chain.
class Shape {
  constructor(n) { this.n = n; }
  get area() { return this.n * 2; }
  get label() { return "shape" + this.n; }
  twice() { return this.area + this.area; }     // this.area read through the hoisted props
}
class Square extends Shape {}
Shape.prototype.kind = "data";
Shape.prototype.nothing = undefined;

function area(o) { return o.area; }
function kind(o) { return o.kind; }
function missing(o) { return o.absent; }
function nothing(o) { return o.nothing; }
function run(label, f, make) {
  const out = [];
  for (let i = 0; i < 40; i++) out.push(f(make(i)));
  console.log(label, out.slice(0, 3).join(","), out.slice(-2).join(","));
}
const sq = i => new Square(i);
run("getter", area, sq);
run("twice", o => o.twice(), sq);
run("data", kind, sq);
run("absent", missing, sq);
run("undefined data", nothing, sq);

// the getter replaced, redefined as data, deleted: every read sees the change
Object.defineProperty(Shape.prototype, "area", { get() { return -this.n; }, configurable: true });
run("replaced getter", area, sq);
Object.defineProperty(Shape.prototype, "area", { value: 7, configurable: true, writable: true });
run("now data", area, sq);
delete Shape.prototype.area;
run("deleted", area, sq);
Object.defineProperty(Shape.prototype, "area", { get: undefined, set(v) {}, configurable: true });
run("setter only", area, sq);
Object.defineProperty(Shape.prototype, "area", { get() { return this.n * 3; }, configurable: true });

// an own property shadows the inherited getter; an own getter runs with its receiver
run("own data", area, i => { const s = sq(i); Object.defineProperty(s, "area", { value: "own" + i }); return s; });
run("own getter", area, i => { const s = sq(i); Object.defineProperty(s, "area", { get() { return "g" + i; } }); return s; });

// the prototype swapped under the same site
class Other { get area() { return "other"; } }
run("setPrototypeOf", area, i => { const s = sq(i); if (i % 2) Object.setPrototypeOf(s, Other.prototype); return s; });
Object.setPrototypeOf(Square.prototype, Other.prototype);
run("chain swapped", area, sq);
Object.setPrototypeOf(Square.prototype, Shape.prototype);
Object.defineProperty(Shape.prototype, "area", { get() { return this.n * 2; }, configurable: true });

// a builtin getter on the chain, a getter that throws, a Proxy on the chain
const m = new Map([[1, 2]]);
run("builtin getter", o => o.size, () => m);
Object.defineProperty(Other.prototype, "boom", { get() { throw new RangeError("boom " + this.constructor.name); } });
let caught = 0;
function boom(o) { return o.boom; }
for (let i = 0; i < 30; i++) { try { boom(new Other()); } catch (e) { caught++; if (i === 29) console.log(e.name, e.message); } }
console.log("caught", caught);
const proxied = Object.create(new Proxy({ area: "from proxy" }, {
  get(t, k, r) { return k === "area" ? "trap " + String(k) : Reflect.get(t, k, r); } }));
run("proxy on chain", area, () => proxied);

// getters of primitives' prototypes and of plain objects' chains
Object.defineProperty(Object.prototype, "viaObject", { get() { return typeof this; }, configurable: true });
run("Object.prototype getter", o => o.viaObject, i => i % 2 ? {} : [i]);
delete Object.prototype.viaObject;
run("after delete", o => o.viaObject, i => ({}));

// a getter whose receiver is the instance, reading a getter of its own class
class Deep extends Square { get area() { return super.area + 1; } get more() { return this.area * 10; } }
run("super getter", o => o.more, i => new Deep(i));
// a getter changing the prototype chain while it runs
let flips = 0;
class Flip { get v() { flips++; Object.setPrototypeOf(this, Flop.prototype); return "flip"; } }
class Flop { get v() { return "flop"; } }
run("self-modifying", o => o.v + o.v, () => new Flip());
console.log("flips", flips);
