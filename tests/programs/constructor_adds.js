// A constructor's leading this.name = value statements add their properties at once when
// `this` is a new plain object and nothing on its chain has a say; else each is a [[Set]].
function P(x, y) { this.x = x; this.y = y; this.tag = "p"; }
function S(x, y) { "use strict"; this.x = x; this.y = y; }
class C { constructor(a, b) { this.a = a; this.b = b; this.c = null; } }
class F { f = 1; constructor(a, b) { this.a = a; this.b = b; } }
class D extends C { constructor(a) { super(a, a); this.d = a; this.e = 2; } }
function show(label, o) {
  let s;
  try { s = JSON.stringify(o) + " " + Object.keys(o).join(); } catch (e) { s = e.constructor.name; }
  console.log(label, s);
}
function many(label, make) {
  let o, errors = 0;
  for (let i = 0; i < 40; i++) { try { o = make(i); } catch (e) { errors++; o = e.constructor.name; } }
  show(label + (errors ? " (" + errors + " errors)" : ""), o);
}
many("function", i => new P(i, i + 1));
many("strict function", i => new S(i, "s"));
many("class", i => new C(i, [i]));
many("fields first", i => new F(i, 2));
many("derived", i => new D(i));
const log = [];
// a setter and a read-only property appear on the prototype after many constructions
Object.defineProperty(P.prototype, "y", { set(v) { log.push("set y " + v); }, get() { return "getter"; }, configurable: true });
many("setter on prototype", i => new P(i, i));
console.log(log.length, log[0]);
Object.defineProperty(C.prototype, "b", { value: "ro", writable: false, configurable: true });
many("read-only on prototype", i => new C(i, i));
try { new S(1, 2); Object.defineProperty(S.prototype, "x", { value: 0, writable: false }); new S(1, 2); } catch (e) { console.log("strict read-only", e.constructor.name); }
delete P.prototype.y; delete C.prototype.b;
many("deleted again", i => new P(i, i));
Object.prototype.tag = "inherited data";
many("inherited data on Object.prototype", i => new P(i, i));
delete Object.prototype.tag;
// called on other objects as a plain function
many("on an existing object", i => { const o = { x: "old", z: 1 }; P.call(o, i, i); return o; });
many("on a non-extensible object", i => { const o = Object.preventExtensions({}); P.call(o, i, i); return o; });
try { S.call(Object.preventExtensions({}), 1, 2); } catch (e) { console.log("strict non-extensible", e.constructor.name); }
many("on an array", i => { const a = []; P.call(a, i, i); return a; });
many("on a proxy", i => { const t = {}; P.call(new Proxy(t, { set(o, k, v) { o[k] = "trapped " + v; return true; } }), i, i); return t; });
many("with a setter-chain object", i => { const o = Object.create({ set x(v) { log.push("x " + v); } }); P.call(o, i, i); return o; });
console.log(log.length);
many("Reflect.construct with another prototype", i => Reflect.construct(P, [i, i], Object));
const frozenProto = Object.freeze({ x: 1 });
many("frozen prototype data", i => Reflect.construct(P, [i, i], Object.assign(function () {}, { prototype: frozenProto })));
// the global object as sloppy this
var x0 = P.call(undefined, "gx", "gy");
console.log("global", typeof globalThis.x, globalThis.y, globalThis.tag);
