// Property reads whose value's type is tested at once (arithmetic, comparisons,
// bitwise operators, ===, method calls and chained reads, .length and [i]):
// own data properties, and everything else a read may meet instead.
var FLAG = 4, SUSP = 2;
function Task(state, prio) { this.state = state; this.prio = prio; this.items = [1, 2, 3]; this.next = null; }
Task.prototype.held = function () { return (this.state & FLAG) !== 0 || this.state === SUSP; };
Task.prototype.mark = function () { this.state = this.state | FLAG; return this; };
Task.prototype.sum = function () { var s = 0; for (var i = 0; i < this.items.length; i++) s += this.items[i]; return s; };
Task.prototype.before = function (o) { return this.prio < o.prio; };
Task.prototype.same = function (o) { return this.prio === o.prio; };
Task.prototype.loose = function (o) { return this.prio == o.prio; };
Task.prototype.plus = function (o) { return this.prio + o.prio; };
Task.prototype.times = function () { return this.prio * 2; };
Task.prototype.isTen = function () { return this.prio === 10; };
Task.prototype.nextHeld = function () { return this.next.held(); };
Task.prototype.nextPrio = function () { return this.next.prio - 1; };

function describe(t, o) {
  var out = [];
  out.push(t.held(), t.before(o), t.same(o), t.loose(o), t.plus(o), t.times(), t.isTen());
  try { out.push(t.sum()); } catch (e) { out.push(e.constructor.name); }
  try { out.push(t.nextHeld()); } catch (e) { out.push(e.constructor.name); }
  try { out.push(t.nextPrio()); } catch (e) { out.push(e.constructor.name); }
  return out.map(String).join(",");
}

var a = new Task(0, 3), b = new Task(2, 3);
a.next = b; b.next = a;
for (var i = 0; i < 200; i++) { describe(a, b); describe(b, a); }
console.log("plain", describe(a, b), describe(b, a));

// strings, -0, NaN, a string and a number, null and undefined values
var s1 = new Task("4", "10"), s2 = new Task("x", "9");
s1.next = s2; s2.next = s1;
console.log("strings", describe(s1, s2), describe(s2, s1));
var z = new Task(-0, -0), n = new Task(NaN, NaN);
z.next = n; n.next = z;
console.log("zero-nan", describe(z, n), describe(n, z), describe(z, z));
var u = new Task(undefined, null);
u.next = u;
console.log("undef", describe(u, u), describe(u, a));

// a property that is absent: read from the prototype, or undefined
var p = new Task(1, 1);
delete p.prio; delete p.state; p.next = p;
console.log("absent", describe(p, a));
Task.prototype.prio = 10; Task.prototype.state = 4;
console.log("inherited", describe(p, a));

// getters: own and inherited, counting their calls (one per read)
var calls = 0;
var g = new Task(0, 0);
delete g.prio;
Object.defineProperty(Task.prototype, "prio", { get: function () { calls++; return 7; }, configurable: true });
g.next = g;
console.log("proto getter", describe(g, a), calls);
Object.defineProperty(g, "state", { get: function () { calls++; return SUSP; }, configurable: true });
console.log("own getter", describe(g, g), calls);
Object.defineProperty(g, "items", { get: function () { calls++; return "abcd"; } });
console.log("items getter", g.sum(), calls);

// a value that changes type or becomes an accessor while a loop runs
var m = new Task(0, 1), flips = [];
m.next = a;
for (var k = 0; k < 60; k++) {
  if (k === 20) m.prio = "20";
  if (k === 30) Object.defineProperty(m, "prio", { get: function () { return 30; }, configurable: true });
  if (k === 40) Object.defineProperty(m, "prio", { value: 40, writable: false });
  if (k === 50) m.items = { length: 2, 0: 5, 1: 6 };
  if (k % 10 === 0) flips.push(describe(m, a));
}
console.log("flips", flips.join(" | "));

// non-writable and frozen: the value is stored as a Prop
var f = Object.freeze(new Task(4, 5));
console.log("frozen", describe(f, a), f.mark() === f, f.state);
var w = new Task(1, 2);
Object.defineProperty(w, "state", { value: 6, writable: false, enumerable: false });
w.next = f;
console.log("readonly", describe(w, f), w.mark().state);

// receivers that are not plain objects: a Proxy, an Array, primitives
var log = [];
var px = new Proxy(new Task(2, 8), { get: function (t, k, r) { log.push(String(k)); return Reflect.get(t, k, r); } });
console.log("proxy", describe(px, a), log.join(" "));
var arr = [1, 2];
arr.state = 4; arr.prio = 9; arr.items = arr; arr.next = a;
console.log("array", describe.call(null, Object.setPrototypeOf(arr, Task.prototype), a));
String.prototype.prio = 12;
Number.prototype.state = 2;
Number.prototype.next = a;
console.log("primitives", Task.prototype.before.call("s", a), Task.prototype.held.call(5),
  Task.prototype.plus.call("s", a), Task.prototype.nextHeld.call(5));
delete String.prototype.prio; delete Number.prototype.state; delete Number.prototype.next;

// the prototype changes under a hot site
var q = new Task(0, 2);
q.next = q;
delete Task.prototype.prio;
var Other = Object.assign(Object.create(Task.prototype),
  { held: function () { return "other"; }, prio: 100, state: 1, items: [9], next: null });
var seen = [];
for (var j = 0; j < 40; j++) {
  if (j === 20) { delete q.prio; delete q.state; Object.setPrototypeOf(q, Other); }
  if (j % 10 === 0) seen.push(describe(q, a));
}
console.log("setPrototypeOf", seen.join(" | "));

// valueOf runs once per read, in order
var order = [];
var v1 = { valueOf: function () { order.push("v1"); return 3; } };
var v2 = { valueOf: function () { order.push("v2"); return 5; } };
var ov = new Task(v1, v1), ow = new Task(v2, v2);
ov.next = ow; ow.next = ov;
console.log("valueOf", describe(ov, ow), order.join(" "));

// chained reads through objects and through missing links
var chain = { a: { b: { c: 5 } } };
function deep(o) { return o.a.b.c + 1; }
var chainOut = [];
for (var c = 0; c < 30; c++) chainOut.push(deep(chain));
chain.a.b = { get c() { return "got"; } };
chainOut.push(deep(chain));
chain.a = { b: Object.create({ c: 40 }) };
chainOut.push(deep(chain));
try { deep({ a: {} }); } catch (e) { chainOut.push(e.constructor.name); }
chainOut.push(deep({ a: "xy".split("") .concat([]) }.a.length === 2 ? { a: { b: { c: 0 } } } : chain));
console.log("chain", chainOut.slice(-6).join(","));

// o.x++ and o.x += 1, and a[o.k], over every kind of stored value
function bump(o) { o.n++; ++o.n; o.n += 1; return o.n; }
function bumpStatement(o) { o.n++; o.n--; o.n++; }
function index(a, o) { return a[o.k]; }
var table = [10, 20, 30];
var bumps = [];
for (var b2 = 0; b2 < 40; b2++) { bump({ n: b2 }); bumpStatement({ n: b2 }); index(table, { k: 1 }); }
var getterCalls = 0;
var kinds = [{ n: 1 }, { n: "5" }, { n: null }, { n: undefined }, {}, { n: -0 }, { n: NaN }, { n: 1n },
  Object.freeze({ n: 3 }), Object.create({ n: 7 }),
  Object.create({ get n() { getterCalls++; return 9; }, set n(v) { bumps.push("set " + v); } }),
  { get n() { getterCalls++; return "2"; }, set n(v) { bumps.push("own set " + v); } },
  { n: { valueOf: function () { return 41; } } }];
kinds.forEach(function (o) {
  try { bumps.push(String(bump(o))); } catch (e) { bumps.push(e.constructor.name); }
  var p = Object.assign(Object.create(Object.getPrototypeOf(o)), o);
  try { bumpStatement(p); bumps.push(String(p.n)); } catch (e) { bumps.push(e.constructor.name); }
});
var obj = { length: 4 };
obj.length++;
bumps.push(String(obj.length), String(getterCalls));
[{ k: 2 }, { k: "1" }, { k: 1.5 }, { k: -0 }, { get k() { return 0; } }, Object.create({ k: 2 }), { k: "length" }]
  .forEach(function (o) { bumps.push(String(index(table, o))); });
console.log("bumps", bumps.join(","));
