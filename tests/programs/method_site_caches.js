// A method call o.m() in generated code remembers, per call site, the prototype of the
// last receiver whose method it found on the prototype chain and the method found
// (a site cache, emptied with the inherited-lookup cache whenever a watched prototype
// changes).  Each case runs one call site many times (so it is generated and filled)
// and then changes something the cached answer depends on.
"use strict";

// Each case gets new call sites (new code), so that its site is filled by its own receivers.
let callM, callMTimes;
function newSites() {
  callM = new Function("o", "return o.m();");
  callMTimes = new Function("o", "n", "let last; for (let i = 0; i < n; i++) last = o.m(i); return last;");
}

function warm(o) { for (let i = 0; i < 5; i++) callM(o); return callM(o); }

function show(label, f) {
  let r;
  newSites();
  try { r = f(); } catch (e) { r = e.constructor.name + ": " + e.message; }
  console.log(label + ": " + r);
}

class A { m() { return "A.m"; } }
class B extends A { }
class C extends B { }

show("inherited two levels up", () => warm(new C()));
show("replaced on the prototype", () => {
  const c = new C();
  warm(c);
  A.prototype.m = function () { return "A.m replaced"; };
  return callM(c) + " / " + callM(new C());
});
show("shadowed on a middle prototype", () => {
  const c = new C();
  warm(c);
  B.prototype.m = function () { return "B.m"; };
  const first = callM(c);
  delete B.prototype.m;
  return first + " / " + callM(c);
});
show("own property added later", () => {
  const c = new C();
  warm(c);
  c.m = () => "own";
  const first = callM(c);
  delete c.m;
  return first + " / " + callM(c) + " / " + callM(new C());
});
show("deleted from the prototype", () => {
  class D { m() { return "D.m"; } }
  const d = new D();
  warm(d);
  delete D.prototype.m;
  return callM(d);
});
show("deleted, then found further up", () => {
  class P { m() { return "P.m"; } }
  class Q extends P { m() { return "Q.m"; } }
  const q = new Q();
  const before = warm(q);
  delete Q.prototype.m;
  return before + " / " + callM(q);
});
show("setPrototypeOf on the receiver", () => {
  const c = new C();
  warm(c);
  Object.setPrototypeOf(c, { m() { return "new proto"; } });
  return callM(c);
});
show("setPrototypeOf on the prototype", () => {
  class E { m() { return "E.m"; } }
  class F extends E { }
  const f = new F();
  warm(f);
  Object.setPrototypeOf(F.prototype, { m() { return "other base"; } });
  return callM(f);
});
show("accessor defined over the method", () => {
  class G { m() { return "G.m"; } }
  const g = new G();
  warm(g);
  let reads = 0;
  Object.defineProperty(G.prototype, "m", { get() { reads++; return () => "from getter " + reads; }, configurable: true });
  const r = callM(g) + " / " + callM(g);
  Object.defineProperty(G.prototype, "m", { value: function () { return "data again"; } });
  return r + " / " + callM(g);
});
show("accessor on the prototype from the start", () => {
  let reads = 0;
  const p = { get m() { reads++; return function () { return "getter " + reads; }; } };
  const o = Object.create(p);
  warm(o);
  return callM(o) + " reads " + reads;
});
show("frozen prototype", () => {
  class H { m() { return "H.m"; } }
  const h = new H();
  warm(h);
  Object.freeze(H.prototype);
  return callM(h) + " / " + Object.isFrozen(H.prototype);
});
show("method that changes its own prototype", () => {
  class K { m() { K.prototype.m = function () { return "second"; }; return "first"; } }
  const k = new K();
  return [callM(k), callM(k), callM(k)].join(",");
});
show("non-callable replacement", () => {
  class L { m() { return "L.m"; } }
  const l = new L();
  warm(l);
  L.prototype.m = 42;
  return callM(l);
});
show("builtin method on the prototype", () => {
  class M { m() { return "M.m"; } }
  const o = new M();
  warm(o);
  M.prototype.m = Object.prototype.toString;
  return callM(o);
});
show("bound function on the prototype", () => {
  const p = { m: function () { return "bound to " + this.tag; }.bind({ tag: "t" }) };
  const o = Object.create(p);
  return warm(o);
});
show("polymorphic site", () => {
  class W { m() { return "W"; } }
  class X { m() { return "X"; } }
  class Y extends X { }
  class Z { m() { return "Z"; } }
  const objs = [new W(), new X(), new Y(), new Z(), {}];
  objs[4].m = () => "plain";
  const out = [];
  for (let round = 0; round < 6; round++) for (const o of objs) out.push(callM(o));
  X.prototype.m = () => "X2";
  for (const o of objs) out.push(callM(o));
  return out.slice(-10).join("");
});
show("same prototype, other own shapes", () => {
  class S { m() { return "S.m"; } }
  const a = new S(), b = new S();
  b.x = 1; b.m = () => "b own";
  return [warm(a), callM(b), callM(a)].join(",");
});
show("null-prototype receivers", () => {
  const bare = Object.create(null);
  const withOwn = Object.create(null);
  withOwn.m = () => "own on bare";
  let r = warm(withOwn);
  try { callM(bare); } catch (e) { r += " / " + e.constructor.name; }
  return r;
});
show("Proxy receiver", () => {
  class N { m() { return "N.m"; } }
  const n = new N();
  warm(n);
  const seen = [];
  const px = new Proxy(n, { get(t, k, r) { seen.push(String(k)); return k === "m" ? () => "trapped" : Reflect.get(t, k, r); } });
  return callM(px) + " " + seen.join(",") + " / " + callM(n);
});
show("Proxy as a prototype", () => {
  class N2 { m() { return "N2.m"; } }
  const seen = [];
  const px = new Proxy(N2.prototype, { get(t, k, r) { seen.push(String(k)); return Reflect.get(t, k, r); } });
  const o = Object.create(px);
  const r = [warm(o), callM(o)].join(",");
  return r + " gets " + seen.length;
});
show("Proxy inserted into the chain later", () => {
  class R { m() { return "R.m"; } }
  class T extends R { }
  const t = new T();
  warm(t);
  const seen = [];
  Object.setPrototypeOf(T.prototype, new Proxy(R.prototype, { get(tg, k, r) { seen.push(String(k)); return "x" + k; } }));
  let r;
  try { r = callM(t); } catch (e) { r = e.constructor.name; }
  return r + " gets " + seen.join(",");
});
show("array receivers", () => {
  class MyArray extends Array { m() { return "MyArray.m " + this.length; } }
  const a = MyArray.from([1, 2, 3]);
  const r = warm(a);
  Array.prototype.m = function () { return "Array.prototype.m"; };
  const plain = callM([1]);
  delete Array.prototype.m;
  return r + " / " + plain + " / " + callM(a);
});
show("string receivers", () => {
  String.prototype.m = function () { return "str " + this; };
  const r = warm("abc");
  delete String.prototype.m;
  let after;
  try { after = callM("abc"); } catch (e) { after = e.constructor.name; }
  return r + " / " + after;
});
show("number and boolean receivers", () => {
  Number.prototype.m = function () { return "num " + this; };
  Boolean.prototype.m = function () { return "bool " + this; };
  return [warm(1.5), callM(true), callM(-0)].join(",");
});
show("undefined and null receivers", () => {
  const out = [];
  for (const v of [undefined, null]) { try { callM(v); } catch (e) { out.push(e.constructor.name); } }
  return out.join(",");
});
show("Object.prototype method", () => {
  const o = {};
  Object.prototype.m = function () { return "Object.prototype.m"; };
  const r = warm(o);
  delete Object.prototype.m;
  let after;
  try { after = callM(o); } catch (e) { after = e.constructor.name; }
  return r + " / " + after;
});
show("a loop's site, prototype changed inside the loop", () => {
  let calls = 0;
  class U { m(i) { calls++; if (i === 3) U.prototype.m = function (j) { return "late " + j; }; return "U " + i; } }
  return callMTimes(new U(), 6) + " after " + calls + " calls";
});
show("a loop's site, receiver's own method added inside the loop", () => {
  const o = new (class { m(i) { if (i === 2) o.m = (j) => "own " + j; return "proto " + i; } })();
  return callMTimes(o, 5);
});
show("this inside the cached method", () => {
  class V { constructor(n) { this.n = n; } m() { return this.n; } }
  const out = [];
  for (let i = 0; i < 8; i++) out.push(callM(new V(i)));
  return out.join("");
});
show("many prototypes through one site", () => {
  let s = "";
  for (let i = 0; i < 40; i++) {
    const p = { m() { return i % 10; } };
    s += callM(Object.create(p));
  }
  return s;
});
show("prototype object reused after its method changed", () => {
  const p = { m() { return "one"; } };
  const o = Object.create(p);
  const r = [warm(o)];
  p.m = function () { return "two"; };
  r.push(callM(o));
  p.m = function () { return "three"; };
  r.push(callM(Object.create(p)));
  return r.join(",");
});
