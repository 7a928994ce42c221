// Object spread and rest, many times over (so the code generator takes the functions):
// order, getters, duplicate keys, symbols, integer keys, non-enumerables, sources that
// are not ordinary objects, a getter that changes the source while it is copied.
var log = [];
var src = { b: 2, 1: "one", a: 1, [Symbol.for("s")]: "sym", get g() { log.push("get g"); return "G"; } };
Object.defineProperty(src, "hidden", { value: "h", enumerable: false });
function make(i) {
  return { z: (log.push("z" + i), 0), ...src, a: (log.push("a" + i), i), ...null, ...undefined, ...7, ..."hi", y: i };
}
for (var i = 0; i < 40; i++) {
  var o = make(i);
  if (i % 13 === 0) console.log(JSON.stringify(o), Object.keys(o).join(), o[Symbol.for("s")], "hidden" in o);
}
console.log(log.slice(0, 6).join(), log.length);
function copyOf(x) { return { ...x }; }
var mutating;
for (var i = 0; i < 3; i++) {
  mutating = { get first() { delete this.second; this.third = 3; return 1; }, second: 2 };
  var copied = copyOf(mutating);
  console.log(JSON.stringify(copied), Object.keys(copied).join(), "second" in copied);
}
function accessorFirst() { return { get a() { return "acc"; }, ...{ a: "data" }, b: 1 }; }
for (var i = 0; i < 3; i++) console.log(JSON.stringify(Object.getOwnPropertyDescriptor(accessorFirst(), "a")));
function later(x) { return { a: 1, ...x, a: 2, b: 3, ...x }; }
for (var i = 0; i < 3; i++) console.log(JSON.stringify(later({ b: "x", c: i })), Object.keys(later({ b: 0 })).join());
function F() {} F.prop = "p";
class C { constructor() { this.x = 1; } get y() { return 2; } }
var proxied = new Proxy({ q: 1 }, { ownKeys: (t) => (log.push("ownKeys"), Reflect.ownKeys(t)) });
function mixed() { return { ...[5, 6], ...F, ...new C(), ...proxied, ..."ab" }; }
for (var i = 0; i < 3; i++) console.log(JSON.stringify(mixed()), log.length);
function rest(x) { var { a, [Symbol.for("s")]: s, ...others } = x; return [a, s, JSON.stringify(others), Object.keys(others).join()].join(" "); }
for (var i = 0; i < 30; i++) if (i === 29) console.log(rest(src));
function params({ b, ...others }) { return b + Object.keys(others).length; }
var n = 0; for (var i = 0; i < 30; i++) n += params(src);
console.log(n);
var proto = { inherited: 1 };
var child = Object.create(proto, { own: { value: 2, enumerable: true } });
function frozenAndChild() { return { ...Object.freeze({ f: 1 }), ...child }; }
for (var i = 0; i < 3; i++) console.log(JSON.stringify(frozenAndChild()));
function throwing() { return { a: 1, ...{ get bad() { throw new Error("getter threw"); } }, b: 2 }; }
for (var i = 0; i < 3; i++) try { throwing(); } catch (e) { console.log(e.message); }
