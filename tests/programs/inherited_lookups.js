// Inherited method and property lookups stay exact while prototypes change
// (the engine caches what a name resolves to from each prototype).
class Base { kind() { return "base"; } get twice() { return this.n * 2; } }
class Mid extends Base { mid() { return "mid"; } }
class Leaf extends Mid { constructor(n) { super(); this.n = n; } }

const leaf = new Leaf(3);
function callKind(o) { return o.kind(); }
const seen = [];
for (let i = 0; i < 3; i++) seen.push(callKind(leaf));
Base.prototype.kind = function () { return "base2"; };          // a write to a prototype
seen.push(callKind(leaf));
Mid.prototype.kind = function () { return "mid-shadow"; };      // a new shadowing property
seen.push(callKind(leaf));
delete Mid.prototype.kind;                                       // removed again
seen.push(callKind(leaf));
leaf.kind = () => "own";                                         // own property shadows
seen.push(callKind(leaf));
delete leaf.kind;
seen.push(callKind(leaf));
Object.defineProperty(Base.prototype, "kind", { get() { return () => "getter:" + this.n; }, configurable: true });
seen.push(callKind(leaf));
console.log(seen.join(" "));

// accessors on a prototype, read as properties
const twice = [];
for (let i = 0; i < 3; i++) { leaf.n = i; twice.push(leaf.twice); }
console.log(twice.join(","));

// [[Prototype]] changes anywhere on the chain
class Other { kind() { return "other"; } }
const out = [];
const a = new Leaf(1);
for (let i = 0; i < 2; i++) out.push(a.kind());
Object.setPrototypeOf(Mid.prototype, Other.prototype);
out.push(a.kind());
Object.setPrototypeOf(a, Base.prototype);
out.push(typeof a.mid, a.kind());
console.log(out.join(" "));

// absent names become present
const probe = [];
function hasFoo(o) { return o.foo; }
for (let i = 0; i < 2; i++) probe.push(String(hasFoo(a)));
Object.prototype.foo = "from Object.prototype";
probe.push(hasFoo(a));
delete Object.prototype.foo;
probe.push(String(hasFoo(a)));
console.log(probe.join(" | "));

// ES5 inheritance: F.prototype = new Heir(), methods added after instances exist
function Shape(name) { this.name = name; }
Shape.prototype.describe = function () { return "shape " + this.name; };
function Circle(r) { Shape.call(this, "circle"); this.r = r; }
function Heir() {}
Heir.prototype = Shape.prototype;
Circle.prototype = new Heir();
Circle.prototype.constructor = Circle;
const c = new Circle(2);
const es5 = [c.describe()];
Circle.prototype.describe = function () { return "circle r=" + this.r; };
es5.push(c.describe());
Shape.prototype.area = function () { return "no area"; };
es5.push(c.area());
Circle.prototype.area = function () { return (3 * this.r * this.r).toString(); };
es5.push(c.area());
console.log(es5.join("; "));

// an object that becomes a prototype while its own method is running
const proto = {
  x: 1,
  run() {
    const child = Object.create(this);
    const got = [];
    for (let i = 0; i < 3; i++) {
      this.x = i * 10;          // written through the method's own view of `this`
      got.push(child.x);
      this.y = i;
      got.push(child.y);
    }
    return got.join(",");
  },
};
console.log(proto.run());

// built-in prototypes
const arr = [1, 2, 3];
const fromArray = [arr.includes(2)];
Array.prototype.includes = function () { return "patched"; };
fromArray.push(arr.includes(2));
Array.prototype.last = function () { return this[this.length - 1]; };
fromArray.push(arr.last());
Array.prototype[5] = "inherited element";
fromArray.push(arr.last(), [1, 2, 3, 4, 5, 6].length, typeof [].last);
delete Array.prototype[5];
console.log(fromArray.join(" "));

function f() { return 1; }
const fn = [typeof f.call];
Function.prototype.describe = function () { return "fn " + this.name; };
fn.push(f.describe());
Function.prototype.call = function () { return "call patched"; };
fn.push(f.call());
console.log(fn.join(" "));

// one call site, many shapes
class P1 { v() { return 1; } }
class P2 extends P1 { v() { return 2; } }
class P3 extends P2 {}
const objs = [new P1(), new P2(), new P3(), { v() { return 4; } }, Object.create(new P3())];
let sum = 0;
for (let k = 0; k < 4; k++) for (const o of objs) sum += o.v();
P1.prototype.v = function () { return 100; };
for (const o of objs) sum += o.v();
console.log(sum);

// a Proxy and a null prototype on the chain
const viaProxy = Object.create(new Proxy({ hello() { return "trap"; } }, {}));
const noProto = Object.create(null);
noProto.own = function () { return "own"; };
console.log(viaProxy.hello(), noProto.own(), String(Object.create(noProto).missing));

// Array methods resolve through Array.prototype (an Array itself, in sparse mode)
function arrayCalls(a) { return a.indexOf(2) + ":" + a.slice(1).join("") + ":" + a.some((x) => x === 9) + ":" + a.final; }
const arrSeen = [];
const nums = [1, 2, 3];
for (let i = 0; i < 3; i++) arrSeen.push(arrayCalls(nums));
Array.prototype.indexOf = function () { return "patched"; };
arrSeen.push(arrayCalls(nums));
Object.defineProperty(Array.prototype, "final", { get() { return this[this.length - 1]; }, configurable: true });
arrSeen.push(arrayCalls(nums));
Array.prototype[1] = "hole-filler";                    // an element on Array.prototype
arrSeen.push(arrayCalls([1, , 3]));
delete Array.prototype[1];
delete Array.prototype.final;
Object.setPrototypeOf(nums, { indexOf() { return "own proto"; }, slice() { return ["x"]; }, some() { return 0; } });
arrSeen.push(arrayCalls(nums));
const sparse = [];
sparse[100] = 2;
arrSeen.push(arrayCalls(sparse).length);
const child = Object.create([7, 8, 9]);                 // a dense Array as a prototype
arrSeen.push(child.join === Array.prototype.join, child.length, child.indexOf(8));
console.log(arrSeen.join(" | "));
