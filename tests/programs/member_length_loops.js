// Loops bounded by i < recv.name.length, where recv.name is a named property read
// (this.items, o.list): Arrays, Strings, TypedArrays, objects with a length, and
// reads that must take the general path (getters, inherited, non-writable, proxies,
// a property replaced or deleted inside the loop, undefined).
"use strict";

function Bag(items) { this.items = items; }
Bag.prototype.sum = function () {
  var s = 0;
  for (var i = 0; i < this.items.length; i++) s += typeof this.items[i] === "number" ? this.items[i] : 1;
  return s;
};
Bag.prototype.count = function () {
  var n = 0;
  for (var i = 0; i <= this.items.length; i++) n++;
  return n;
};
Bag.prototype.shrinking = function () {
  var seen = [];
  for (var i = 0; i < this.items.length; i++) {
    seen.push(this.items[i]);
    if (i === 1) this.items = [7, 8, 9];
  }
  return seen.join(",");
};
Bag.prototype.deleting = function () {
  var n = 0;
  try {
    for (var i = 0; i < this.items.length; i++) { n++; if (i === 2) delete this.items; }
  } catch (e) { return n + " " + e.constructor.name; }
  return n;
};

function run(label, f) {
  var out = [];
  for (var k = 0; k < 6; k++) {        // enough calls for the code-generation tier
    try { out.push(String(f())); } catch (e) { out.push(e.constructor.name); }
  }
  console.log(label, out.join(" | "));
}

run("array", () => new Bag([1, 2, 3, 4]).sum());
run("string", () => new Bag("hello").sum());
run("typed", () => new Bag(new Int8Array([5, 6, 7])).sum());
run("arraylike", () => new Bag({ length: 3, 0: 10, 1: 20, 2: 30 }).sum());
run("length string", () => new Bag({ length: "2", 0: 1, 1: 2 }).count());
run("length NaN", () => new Bag({ length: NaN }).count());
run("length -0", () => new Bag({ length: -0 }).count());
run("length obj", () => new Bag({ length: { valueOf() { return 2; } } }).count());
run("count", () => new Bag([1, 2]).count());
run("shrinking", () => new Bag([1, 2, 3, 4, 5]).shrinking());
run("deleting", () => new Bag([1, 2, 3, 4, 5]).deleting());
run("undefined", () => new Bag(undefined).sum());
run("missing", () => Bag.prototype.sum.call({}));
run("null", () => new Bag(null).sum());

var getterCalls = 0;
function Lazy() {}
Lazy.prototype = Object.create(Bag.prototype);
Object.defineProperty(Lazy.prototype, "items", { get() { getterCalls++; return [1, 1, 1]; } });
run("inherited getter", () => new Lazy().sum() + "/" + getterCalls);

function Inherits() {}
Inherits.prototype = Object.create(Bag.prototype);
Inherits.prototype.items = [2, 2];
run("inherited data", () => new Inherits().sum());

run("own getter", () => {
  var b = new Bag([]);
  var calls = 0;
  Object.defineProperty(b, "items", { get() { calls++; return calls < 3 ? [9, 9, 9, 9] : [1]; } });
  return b.sum() + "/" + calls;
});
run("read-only", () => {
  var b = new Bag([]);
  Object.defineProperty(b, "items", { value: [3, 3, 3], writable: false });
  return b.sum();
});
run("frozen", () => Object.freeze(new Bag([4, 4])).sum());
run("proxy", () => {
  var log = [];
  var p = new Proxy(new Bag([1, 2]), { get(t, k, r) { log.push(String(k)); return Reflect.get(t, k, r); } });
  return p.sum() + " " + log.join(",");
});
run("proto change", () => {
  var b = new Bag([1]);
  var r1 = b.sum();
  Object.setPrototypeOf(b, { sum: Bag.prototype.sum, get items() { return [5, 5]; } });
  delete b.items;
  return r1 + " " + b.sum();
});
run("sloppy primitive this", () => {
  String.prototype.items = [1, 2, 3];
  try { return Bag.prototype.sum.call("xy"); } finally { delete String.prototype.items; }
});

// a local receiver read often enough to get a props cache
function total(o) {
  var s = 0;
  for (var i = 0; i < o.list.length; i++) s += o.list[i];
  for (var j = 0; j < o.list.length; j++) s += o.list[j] * o.k;
  return s;
}
run("local", () => total({ list: [1, 2, 3], k: 2 }));
run("local getter", () => total({ get list() { return [1, 2]; }, k: 1 }));
run("local string", () => total({ list: "ab", k: 1 }));
run("local primitive", () => { try { return total(5); } catch (e) { return e.constructor.name; } });
