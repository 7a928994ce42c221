// Sloppy functions that read this.name several times coerce `this` and read its
// props with one type test in generated code; method calls take an inherited
// script function with no further test. Every other receiver, `this` and cached
// value must behave as before, on every tier (several rounds: before and after tier-up).
function run(label, f) {
  var out = [];
  for (var i = 0; i < 5; i++) {
    try { out.push(String(f(i))); } catch (e) { out.push(e.constructor.name); }
  }
  console.log(label + ": " + out.join(" | "));
}

function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y + (this.z === undefined ? 0 : this.z); };
Point.prototype.kind = function () { return typeof this + ":" + (this === globalThis) + ":" + this.x + ":" + this.y; };
Point.prototype.bump = function (d) { this.x += d; this.y = this.x * 2; return this; };
globalThis.gx = "global x";
globalThis.x = "global.x";
globalThis.y = "global.y";

run("plain receiver", function (i) { return new Point(i, 1).sum(); });
run("chained sloppy methods", function (i) { return new Point(i, 2).bump(i).bump(1).sum(); });
run("undefined and null this", function (i) {
  var k = Point.prototype.kind;
  return k() + "," + k.call(null) + "," + k.call(undefined);
});
run("primitive this", function (i) {
  var k = Point.prototype.kind;
  Number.prototype.x = "nx"; String.prototype.y = "sy";
  var r = k.call(i) + "," + k.call("s" + i) + "," + k.call(true) + "," + k.call(Symbol.iterator);
  delete Number.prototype.x; delete String.prototype.y;
  return r;
});
run("array, function and null-prototype this", function (i) {
  var k = Point.prototype.kind;
  var a = [i]; a.x = "ax";
  function f() {} f.y = "fy";
  var n = Object.create(null); n.x = i; n.y = -i;
  return k.call(a) + "," + k.call(f) + "," + k.call(n);
});
run("proxy and frozen this", function (i) {
  var s = Point.prototype.sum;
  return s.call(new Proxy({ x: i, y: 1 }, {})) + "," + s.call(Object.freeze({ x: 2, y: i, z: 1 }));
});
run("accessor this.x", function (i) {
  var reads = 0;
  var o = { get x() { reads++; return i; }, y: 10 };
  return Point.prototype.sum.call(o) + "/" + reads;
});
run("receiver becomes a prototype", function (i) {
  var p = new Point(i, 3);
  var child = Object.create(p);
  return p.bump(1).sum() + "," + child.sum() + "," + child.bump(2).sum() + "," + p.sum();
});
run("this shadowing globals", function (i) {
  function G() { return this.gx + "/" + this.x + "/" + this.y; }
  return G() + "," + G.call({ gx: i, x: 1, y: 2 });
});

// method calls: an inherited script function; each other cached value
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " speaks"; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.bark = function () { return this.name + " barks"; };
Object.defineProperty(Dog.prototype, "acc", { get: function () { return function () { return "from getter"; }; } });
Dog.prototype.notCallable = 42;
Dog.prototype.native = Array.prototype.join;

run("inherited two levels", function (i) { var d = new Dog("d" + i); return d.speak() + "," + d.bark(); });
run("cached accessor", function (i) { return new Dog("a").acc(); });
run("cached native", function (i) { var d = new Dog("n"); d.length = 2; d[0] = i; d[1] = "z"; return d.native("+"); });
run("cached non-callable", function (i) { return new Dog("c").notCallable(); });
run("own method appears", function (i) {
  var d = new Dog("o");
  var before = d.bark();
  if (i % 2) d.bark = function () { return "own bark"; };
  return before + "," + d.bark();
});
run("prototype method replaced", function (i) {
  var d = new Dog("r");
  var before = d.speak();
  Animal.prototype.speak = function () { return this.name + " speaks " + i; };
  return before + "," + d.speak();
});
run("polymorphic site", function (i) {
  var xs = [new Dog("a"), new Animal("b"), { speak: function () { return "literal"; } }, new Map()];
  return xs.map(function (o) { try { return o.speak(); } catch (e) { return e.constructor.name; } }).join(";");
});
run("builtin methods", function (i) {
  var m = new Map([[i, "v"]]);
  return m.get(i) + [1, 2, i].indexOf(i) + Math.max(i, 1) + "ab".charAt(1) + (i).toFixed(1);
});
run("null prototype receiver", function (i) { var n = Object.create(null); n.m = function () { return "own"; }; return n.m() + Object.create(null).m(); });

// async sloppy methods read this the same way
var results = [];
function Acc(v) { this.v = v; this.w = v; }
Acc.prototype.total = async function () { return this.v + this.w; };
for (var i = 0; i < 5; i++) {
  new Acc(i).total().then(function (v) { results.push(v); });
  Acc.prototype.total.call(i).then(function (v) { results.push(String(v)); });
}
Promise.resolve().then(function () {}).then(function () { console.log("async: " + results.join(",")); });

// a derived constructor's this, read before and after super()
class Base { constructor(v) { this.v = v; } }
class Derived extends Base {
  constructor(v, early) {
    if (early) { this.w = 1; }
    super(v);
    this.w = this.v + 1;
  }
  total() { return this.v + this.w; }
}
run("derived this", function (i) { return new Derived(i, false).total() + "," + new Derived(i, i % 2 === 1).total(); });
