// Method calls o.m(args) and property reads o.name take inline paths in generated
// code (an absent own name, then the prototype's cached lookup; an own data
// property); every other receiver and property kind must behave exactly as before.
"use strict";
class Counter {
  constructor() { this.n = 0; }
  inc(d) { this.n += d; return this; }
  get doubled() { return this.n * 2; }
  static make() { return new Counter(); }
}
class Sub extends Counter { dec(d) { this.n -= d; return this; } }

function run(label, f) {
  const out = [];
  for (let i = 0; i < 4; i++) {           // several rounds: before and after tier-up
    try { out.push(String(f(i))); } catch (e) { out.push(e.constructor.name + ": " + e.message); }
  }
  console.log(label + ": " + out.join(" | "));
}

const s = new Sub();
run("inherited", (i) => s.inc(i).dec(1).n);
run("static own method", () => Counter.make().inc(2).n);
run("getter on the prototype", (i) => s.inc(i).doubled);
run("own function shadows", (i) => {
  const o = new Sub();
  if (i % 2) o.inc = function (d) { return "own " + d; };
  return o.inc(i);
});
run("own non-enumerable method", (i) => {
  const o = {};
  Object.defineProperty(o, "m", { value: (x) => x * 3, enumerable: false });
  return o.m(i);
});
run("own getter returning a method", (i) => {
  let reads = 0;
  const o = { get m() { reads++; return (x) => x + reads; } };
  return o.m(i) + "/" + reads;
});
run("prototype getter returning a method", (i) => {
  let reads = 0;
  const p = { get m() { reads++; return function (x) { return x - reads; }; } };
  const o = Object.create(p);
  return o.m(i) + "/" + reads;
});
run("absent method", (i) => s.nope(i));
run("absent on a null-prototype object", () => { const bare = Object.create(null); return bare.m(); });
run("non-callable data", (i) => { const o = { m: i }; return o.m(); });
run("non-callable inherited", () => { const o = Object.create({ m: "str" }); return o.m(); });
run("undefined receiver", () => { let u; return u.m(); });
run("null receiver", () => { const u = null; return u.m(); });
run("primitive receivers", (i) => "abc".charAt(i) + (5.5).toFixed(i) + true.toString() + Symbol("q").toString());
run("primitive with a prototype method added", (i) => {
  String.prototype.shout = function () { return this.toUpperCase() + "!"; };
  const r = "hey".shout();
  delete String.prototype.shout;
  return r;
});
run("builtin methods on prototypes", (i) => {
  const m = new Map([[i, "v" + i]]);
  return m.get(i) + [3, 1, 2].indexOf(i) + /a+/.test("caa") + new Set([i]).has(i);
});
run("builtin own methods", (i) => Math.max(i, 2) + JSON.stringify({ a: i }) + Object.keys({ x: i }));
run("builtin method replaced and restored on its prototype", (i) => {
  const m = new Map([[i, "v"]]);
  const saved = Map.prototype.get;
  const a = m.get(i);
  Map.prototype.get = function (k) { return "script get " + k; };
  const b = m.get(i);
  Map.prototype.get = saved;
  return a + "," + b + "," + m.get(i);
});
const errorName = (f) => { try { return f(); } catch (e) { return e.constructor.name; } };
run("builtin accessor called as a method", (i) => errorName(() => new Map([[i, i]]).size()));
run("builtin method shadowed by an own property", (i) => {
  const s = new Set([i]);
  const before = s.has(i);
  s.has = (x) => "own has " + x;
  return before + "," + s.has(i);
});
run("builtin method of a subclass instance", (i) => {
  class M extends Map { get(k) { return "sub " + super.get(k); } }
  const m = new M([[i, "x"]]);
  return m.get(i) + "," + m.has(i) + "," + m.size;
});
run("builtin method with a wrong receiver", (i) => errorName(() => Object.create(Map.prototype).has(i)));
run("proxy receiver", (i) => {
  const log = [];
  const p = new Proxy({ m(x) { return x + 1; } }, {
    get(t, k, r) { log.push(String(k)); return Reflect.get(t, k, r); },
  });
  return p.m(i) + ":" + log.join(",");
});
run("proxy as prototype", (i) => {
  const p = new Proxy({}, { get(t, k) { return k === "m" ? (x) => "trap " + x : undefined; } });
  const o = Object.create(p);
  return o.m(i);
});
run("function receiver", (i) => {
  function f() {}
  f.m = function () { return "own on a function " + i; };
  return f.m() + (f.call === Function.prototype.call) + f.toString().length;
});
run("array receiver", (i) => {
  const a = [1, 2, 3];
  a.extra = function () { return "own on an array " + this.length; };
  return a.extra() + a.join("-") + a.slice(i).length;
});
run("sparse array receiver", (i) => {
  const a = [];
  a[1000] = i;
  return a.indexOf(i) + "," + a.join("").length;
});
run("this is the receiver", (i) => {
  const o = { v: i, m() { return this === o && this.v; } };
  return o.m();
});
run("method changed between calls", (i) => {
  class K { m() { return "first"; } }
  const k = new K();
  const a = k.m();
  K.prototype.m = function () { return "second"; };
  const b = k.m();
  Object.setPrototypeOf(k, { m() { return "third"; } });
  return a + b + k.m();
});
run("argument evaluated after the lookup", (i) => {
  const order = [];
  const o = { get m() { order.push("get"); return (x) => order.push("call " + x); } };
  o.m((order.push("arg"), i));
  return order.join(",");
});
run("argument replaces the method", (i) => {
  class Q { m(x) { return "old " + x; } }
  const q = new Q();
  return q.m((Q.prototype.m = function (x) { return "new " + x; }, i)) + " then " + q.m(i);
});
run("class constructor called as a method", () => { const o = { C: class {} }; return o.C(); });
run("bound and arrow methods", (i) => {
  const o = { b: function () { return this.tag; }.bind({ tag: "bound" }), a: () => typeof this };
  return o.b() + o.a();
});
run("generator and async methods", (i) => {
  const o = { *g() { yield i; }, async a() { return i; } };
  return o.g().next().value + (o.a() instanceof Promise);
});

// property reads: own data, own accessor, inherited data and accessor, absent, primitives
const base = { inheritedData: "from proto", get inheritedGetter() { return "getter:" + this.tag; } };
const obj = Object.create(base);
obj.tag = "t";
Object.defineProperty(obj, "hidden", { value: "non-enumerable own", enumerable: false });
Object.defineProperty(obj, "ownGetter", { get() { return "own getter " + this.tag; } });
function readAll(o) {
  return [o.tag, o.hidden, o.ownGetter, o.inheritedData, o.inheritedGetter, o.absent, o.constructor === Object].join(" ; ");
}
run("reads", () => readAll(obj));
run("reads after a prototype change", (i) => {
  base.inheritedData = "changed " + i;
  return readAll(obj);
});
function F() {}
F.prototype.shared = "on F.prototype";
F.staticThing = 42;
run("reads on a function", () => [F.staticThing, F.name, F.length, F.prototype.shared, F.bind === Function.prototype.bind].join(","));
run("reads on primitives", (i) => ["abc".big === String.prototype.big, (1).constructor === Number, true.valueOf()].join(","));
run("reads on undefined", () => { let u; return u.x; });

// a function's positional entry before and after its body is generated, for every kind
run("closure-tier function (with) as a method", (i) => {
  const o = { x: "x" + i, w: new Function("o", "with (o) { return x; }") };
  return o.w(o) + o.w({ x: "y" });
});
run("recursion across tier-up", (i) => {
  const m = { fib(n) { return n < 2 ? n : this.fib(n - 1) + this.fib(n - 2); } };
  return m.fib(i + 5);
});
run("fresh closures each round", (i) => {
  const make = (k) => ({ get: function (d) { return k + d; } });
  let t = 0;
  for (let j = 0; j < 3; j++) t += make(j).get(i);
  return t;
});
run("same function through call, apply and callbacks", (i) => {
  function add(a, b) { return (this && this.base || 0) + a + (b === undefined ? 0 : b); }
  const o = { base: 100, add };
  return [o.add(i, 1), add.call(o, i), add.apply(null, [i, 2]), [1, 2].map(add, o).join("/")].join(",");
});
const asyncResults = [];
const ao = { async twice(x) { await null; return x * 2; }, async plain(x) { return x + 1; } };
for (let i = 0; i < 4; i++) {
  ao.twice(i).then((v) => asyncResults.push("twice " + v));
  ao.plain(i).then((v) => asyncResults.push("plain " + v));
}
Promise.resolve().then(() => null).then(() => null).then(() => console.log("async: " + asyncResults.join(", ")));
run("unbounded recursion through a method", () => { const r = { f(n) { return this.f(n + 1); } }; return r.f(0); });
