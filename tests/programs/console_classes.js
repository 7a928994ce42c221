// Class instances, getters, symbols, null-prototype objects in console.log.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.hypot(this.x, this.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
class Point3D extends Point {
  #secret = 'hidden';
  static origin = new Point3D(0, 0, 0);
  constructor(x, y, z) { super(x, y); this.z = z; }
}
const p = new Point(3, 4);
console.log(p, p.length, `${p}`, String(p), p + '');
console.log(new Point3D(1, 2, 3));
console.log(Point3D.origin);
console.log(Point, Point3D, [Point3D], { cls: Point });
console.log(Object.getOwnPropertyNames(Point.prototype));

const withGetters = {
  _v: 1,
  get value() { return this._v; },
  set value(v) { this._v = v; },
  get readOnly() { return 42; },
  set writeOnly(v) {},
};
console.log(withGetters);

const np = Object.create(null);
np.a = 1; np.b = { c: 2 };
console.log(np, Object.create(null));
console.log({ inner: Object.create(null) });

const sym = Symbol('tag');
const withSyms = { [sym]: 'symval', [Symbol.iterator]: null, regular: true, [Symbol()]: 0 };
console.log(withSyms);
console.log(Symbol('desc'), Symbol(), Symbol.for('reg'), sym.toString(), sym.description);

class Empty {}
console.log(new Empty(), [new Empty()], { e: new Empty() });
class Animal { constructor(name) { this.name = name; } speak() { return `${this.name} makes a sound`; } }
class Dog extends Animal { speak() { return `${super.speak()} - woof`; } }
const d = new Dog('Rex');
console.log(d, d.speak(), d instanceof Animal, Object.getPrototypeOf(d) === Dog.prototype);
console.log(d.constructor.name, Dog.name, Dog.length, Object.getPrototypeOf(Dog) === Animal);

const o = Object.create(Dog.prototype);
o.x = 1;
console.log(o);
const protoLess = Object.setPrototypeOf({ y: 2 }, { z: 3 });
console.log(protoLess);
function OldStyle(v) { this.v = v; }
OldStyle.prototype.get = function () { return this.v; };
console.log(new OldStyle(5), new OldStyle(5).get());
const frozen = Object.freeze({ a: 1 });
console.log(frozen, Object.isFrozen(frozen));
class Temp { static [Symbol.hasInstance](x) { return x === 1; } }
console.log(1 instanceof Temp, {} instanceof Temp);
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(Object.prototype.toString.call(new Tagged()), `${new Tagged()}`);
const obj2 = { [Symbol.toStringTag]: 'Tagd', a: 1 };
console.log(obj2, String(obj2));
class Counter { static #count = 0; static inc() { return ++Counter.#count; } }
console.log(Counter.inc(), Counter.inc(), Counter);
class WithField { a = 1; b = [1, 2]; static s = 'static'; }
console.log(new WithField(), WithField);
