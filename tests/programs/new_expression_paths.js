// `new F(...)`: script functions enter construct_positional, anything else its
// [[Construct]] or a TypeError naming the callee; the order callee, arguments, check.
function P(a, b) { this.a = a; this.b = b; }
class C { constructor(x) { this.x = x; } }
class F { f = 1; #p = 2; constructor(x) { this.x = x; } get p() { return this.#p; } }
class D extends C { constructor() { super(5); this.y = 1; } }
function R() { return { r: 1 }; }
function N() { return 5; }
function Leaf() {}
function T() { this.t = new.target === T; }
var s = 0;
for (var i = 0; i < 300; i++) {
  s += new P(i, 2).a + new C(i).x + new D().x + new R().r + (new N() instanceof N ? 1 : 0);
  s += new F(1).f + new F(2).p + (new Leaf() instanceof Leaf ? 1 : 0) + (new T().t ? 1 : 0);
}
console.log(s);
// the prototype is read at each construction, and a non-object prototype falls back
function Q() { this.q = 1; }
var protoA = { kind: "A" };
for (var j = 0; j < 4; j++) {
  Q.prototype = j % 2 ? protoA : 42;
  var q = new Q();
  console.log(j, q.kind, Object.getPrototypeOf(q) === Object.prototype, q.q);
}
Object.defineProperty(P, "prototype", { value: { viaDefine: true } });
console.log(new P(1, 2).viaDefine);
// a getter can't be "prototype" of a function, but a Proxy / bound function / builtin can be new'd
var bound = P.bind(null, 7);
console.log(new bound(8).a, new bound(8).b, new (new Proxy(C, {}))(9).x);
console.log(new Date(0).getTime(), new Array(3).length, new Map([[1, 2]]).get(1));
// extra and missing arguments
console.log(JSON.stringify(new P()), JSON.stringify(new P(1, 2, 3, 4)));
function Args() { this.n = arguments.length; this.last = arguments[arguments.length - 1]; }
function Rest(a, ...r) { this.r = r; }
function Def(a, b = a + 1) { this.b = b; }
console.log(new Args(1, 2, 3).n, new Args().n, new Rest(1, 2, 3).r.join(), new Def(1).b, new Def(1, 5).b);
// not constructors
var arrow = () => 1, o = { m() {} }, g = function* () {}, af = async function () {};
for (var bad of [arrow, o.m, g, af, 5, "s", undefined, null, Math.max, Symbol.iterator]) {
  try { new bad(); console.log("constructed?"); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { new o.m(); } catch (e) { console.log(e.message); }
var order = [];
try { new (order.push("callee"), arrow)(order.push("arg1"), order.push("arg2")); } catch (e) { order.push(e.constructor.name); }
console.log(order.join());
// a constructor that throws, returns an object, returns a primitive
function Throws() { throw new Error("boom"); }
try { new Throws(); } catch (e) { console.log(e.message); }
class Ret { constructor(v) { return v; } }
console.log(new Ret([1]).length, new Ret(5) instanceof Ret, new Ret(null) instanceof Ret);
// nested news as arguments
function Box(v) { this.v = v; }
console.log(new Box(new Box(new Box(new Box(1)))).v.v.v.v);
