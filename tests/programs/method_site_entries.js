// A method call o.m(args) in generated code keeps, for the first prototype its site
// met, the method's positional entry, and calls it when the receiver is an ordinary
// object with that prototype and no own "m".  Each case runs its own call sites many
// times (so that they are generated, filled and keep the entry), then gives them a
// receiver or a change that must take the general path.
"use strict";

let loop, once, thunk;
function newSites() {
  loop = new Function("o", "n", "let s = ''; for (let i = 0; i < n; i++) s = o.m(i); return s;");
  once = new Function("o", "a", "return o.m(a);");
  thunk = new Function("o", "a", "return o.m(a());");    // the argument runs after the lookup
}

function show(label, f) {
  let r;
  newSites();
  try { r = f(); } catch (e) { r = e.constructor.name + ": " + e.message; }
  console.log(label + ": " + r);
}

class A { constructor() { this.v = 1; } m(i) { return "A" + (i === undefined ? "" : i % 3); } }
class B extends A { m(i) { return "B" + (i === undefined ? "" : i % 3); } }

show("monomorphic", () => loop(new A(), 300) + " " + loop(new A(), 3));
show("own property after warm-up", () => {
  const a = new A();
  loop(a, 200);
  a.m = () => "own";
  return loop(a, 5) + " " + loop(new A(), 5);
});
show("own property added by the callee mid-loop", () => {
  let k = 0;
  class C { m() { k++; if (k === 150) this.m = () => "own now"; return "C" + k; } }
  return loop(new C(), 300) + " " + k;
});
show("own accessor named m", () => {
  const a = new A();
  loop(a, 200);
  Object.defineProperty(a, "m", { get() { return () => "from getter"; } });
  return loop(a, 3);
});
show("prototype changed mid-loop", () => {
  const a = new A();
  let n = 0;
  class D { m() { n++; if (n === 100) Object.setPrototypeOf(a, B.prototype); return "D"; } }
  Object.setPrototypeOf(a, D.prototype);
  const r = loop(a, 200);
  return r + " " + n + " " + loop(a, 4);
});
show("method replaced on the prototype mid-loop", () => {
  let n = 0;
  class E { m() { n++; if (n === 100) E.prototype.m = function () { return "E2"; }; return "E1"; } }
  const e = new E();
  return loop(e, 200) + " " + n;
});
show("argument replaces the method", () => {
  class F { m(x) { return "F.m " + x; } }
  const f = new F();
  loop(f, 200);
  for (let i = 0; i < 200; i++) thunk(f, () => i);
  const r1 = thunk(f, () => (F.prototype.m = function (x) { return "F.m2 " + x; }, "arg"));
  return r1 + " / " + once(f, "next");
});
show("argument deletes the method", () => {
  class G { m(x) { return "G.m " + x; } }
  const g = new G();
  loop(g, 200);
  for (let i = 0; i < 200; i++) thunk(g, () => i);
  const r1 = thunk(g, () => (delete G.prototype.m, "arg"));
  return r1 + " / " + once(g, "next");
});
show("argument changes the receiver's prototype", () => {
  const a = new A();
  for (let i = 0; i < 200; i++) thunk(a, () => i);
  const r1 = thunk(a, () => (Object.setPrototypeOf(a, B.prototype), 7));
  return r1 + " / " + once(a, 7);
});
show("argument adds an own m", () => {
  const a = new A();
  for (let i = 0; i < 200; i++) thunk(a, () => i);
  const r1 = thunk(a, () => (a.m = () => "own", 4));
  return r1 + " / " + once(a, 4);
});
show("getter on the prototype", () => {
  const a = new A();
  loop(a, 200);
  let reads = 0;
  Object.defineProperty(A.prototype, "m", { get() { reads++; return (i) => "got " + i; }, configurable: true });
  const r = loop(a, 3);
  delete A.prototype.m;
  A.prototype.m = function (i) { return "A" + (i === undefined ? "" : i % 3); };
  return r + " " + reads;
});
show("polymorphic receivers", () => {
  const xs = [new A(), new B(), new A(), new B()];
  let s = "";
  for (let j = 0; j < 120; j++) s = once(xs[j % 4], j) + s.slice(0, 20);
  return s;
});
show("second class first seen after warm-up", () => {
  loop(new B(), 200);
  return loop(new A(), 4) + " " + loop(new B(), 4);
});
show("primitive receivers", () => {
  Number.prototype.m = function (i) { return "num " + this + " " + i; };
  String.prototype.m = function (i) { return "str " + this + " " + i; };
  Boolean.prototype.m = function (i) { return typeof this + " " + i; };
  loop(new A(), 200);
  const r = [once(2, 1), once("s", 2), once(true, 3), loop(5, 2), loop("t", 2)].join(" | ");
  delete Number.prototype.m; delete String.prototype.m; delete Boolean.prototype.m;
  return r;
});
show("null and undefined receivers", () => {
  loop(new A(), 200);
  let r = [];
  for (const x of [null, undefined]) {
    try { once(x, 1); } catch (e) { r.push(e.constructor.name); }
  }
  return r.join(" ");
});
show("a proxy of an instance", () => {
  const a = new A();
  loop(a, 200);
  let traps = 0;
  const p = new Proxy(a, { get(t, k, r) { traps++; return Reflect.get(t, k, r); } });
  return loop(p, 3) + " " + traps;
});
show("a proxy as the prototype", () => {
  const a = new A();
  loop(a, 200);
  const o = Object.create(new Proxy(A.prototype, {}));
  return loop(o, 3);
});
show("array subclass instances", () => {
  class L extends Array { m(i) { return "L" + this.length + " " + i; } }
  const l = new L();
  l.push(1, 2);
  const r = loop(l, 200);
  l.m = () => "own on the array";
  return r + " " + loop(l, 2);
});
show("not callable", () => {
  class H { }
  H.prototype.m = function () { return "H"; };
  const h = new H();
  loop(h, 200);
  H.prototype.m = 42;
  return loop(h, 1);
});
show("built-in found for the prototype", () => {
  class I { }
  I.prototype.m = Math.max;
  const o = new I();
  return loop(o, 200) + " " + once(o, 3);
});
show("bound function as the method", () => {
  class J { }
  J.prototype.m = function (i) { return "bound " + this.tag + " " + i; }.bind({ tag: "t" });
  return loop(new J(), 200);
});
show("generator and async methods", () => {
  class K { *m(i) { yield i; } }
  const g = loop(new K(), 200);
  class M { async m(i) { return i; } }
  const p = loop(new M(), 200);
  return typeof g.next + " " + g.next().value + " " + (p instanceof Promise);
});
show("sloppy method sees this", () => {
  const S = new Function("function S() {} S.prototype.m = function (i) { return typeof this + ' ' + (this === undefined); }; return S;")();
  return loop(new S(), 200) + " " + once(Object.create(S.prototype), 1);
});
show("strict method on a frozen instance", () => {
  const a = Object.freeze(new A());
  return loop(a, 200);
});
show("deep recursion through a method", () => {
  class R { d(n) { return n === 0 ? 0 : 1 + this.d(n - 1); } }
  const r = new R();
  let small = r.d(500);
  try { r.d(1e6); return "no error"; } catch (e) { return small + " " + e.constructor.name; }
});
show("method defined on Object.prototype", () => {
  Object.prototype.m = function (i) { return "O " + i; };
  const r = loop({}, 200) + " " + loop(Object.create(null, { m: { value: () => "nul" } }), 2);
  delete Object.prototype.m;
  return r;
});
show("arguments evaluated in order after the lookup", () => {
  const log = [];
  class N { m(a, b) { return a + b; } }
  const n = new N();
  const f2 = new Function("o", "log", "let s = 0; for (let i = 0; i < 200; i++) s = o.m((log.push('a'), 1), (log.push('b'), i)); return s;");
  return f2(n, log) + " " + log.slice(0, 4).join("") + " " + log.length;
});
show("this.m() sites", () => {
  class T {
    constructor() { this.x = "x"; }
    m(i) { return "T" + i; }
    run(n) {
      let s = "";
      for (let i = 0; i < n; i++) { s = this.m(i); if (i === 150) this.m = (j) => "own " + j; }
      return s + " " + this.m(1);
    }
    proto(n) {
      let s = "";
      for (let i = 0; i < n; i++) {
        s = this.m(i) + this.x;
        if (i === 100) { Object.create(this); this.m = (j) => "after " + j; }
      }
      return s;
    }
  }
  return new T().run(200) + " | " + new T().proto(200);
});
show("this.m() on primitives", () => {
  Number.prototype.m = function (i) { return "n" + i; };
  const run = new Function("n", "let s = ''; for (let i = 0; i < n; i++) s = this.m(i) + this.toFixed(1); return s;");
  Number.prototype.run = run;
  const r = (3).run(200) + " " + run.call({ m: (i) => "obj" + i, toFixed: () => "?" }, 2);
  delete Number.prototype.m; delete Number.prototype.run;
  return r;
});
// a constructor's leading stores this.a = ..., this.b = ... add own properties through one
// prototype comparison, while the inherited-lookup cache says nothing on the chain intercepts them
show("constructor stores after warm-up", () => {
  class P { constructor(a, b) { this.a = a; this.b = b; } }
  class Q extends P { }
  let s = 0;
  for (let i = 0; i < 200; i++) s += new P(i, 1).a + new Q(1, i).b;
  const log = [];
  Object.defineProperty(P.prototype, "b", { set(v) { log.push("set b " + v); }, get() { return "getter"; }, configurable: true });
  const p = new P(1, 2), q = new Q(3, 4);
  const own = [Object.keys(p).join(), Object.keys(q).join(), p.b, q.b];
  delete P.prototype.b;
  Object.defineProperty(Object.prototype, "a", { value: "ro", writable: false, configurable: true });
  let r;
  try { r = Object.keys(new P(5, 6)).join(); } catch (e) { r = e.constructor.name; }
  delete Object.prototype.a;
  const back = Object.keys(new Q(7, 8)).join();
  return [s, log.join(";"), own.join(" "), r, back].join(" | ");
});
show("constructor stores on a prototype swapped by Reflect.construct", () => {
  function F(a, b) { this.a = a; this.b = b; }
  for (let i = 0; i < 200; i++) new F(i, i);
  const proto = { set a(v) { this.seen = v; } };
  function G() { }
  G.prototype = proto;
  const o = Reflect.construct(F, [1, 2], G);
  return JSON.stringify(o) + " " + Object.keys(o).join();
});
