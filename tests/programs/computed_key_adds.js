"use strict";
// o[k] = v adding a new String-keyed property from generated code: in place only when
// [[Set]] would add an own data property; setters, read-only properties, frozen or
// non-extensible objects, proxies and exotic objects on the chain take the general path.
let errors = [];
function fill(o, keys, tag) {
  for (let i = 0; i < keys.length; i++) {
    try { o[keys[i]] = tag + i; } catch (e) { errors.push(e.name + ": " + String(keys[i])); }
  }
  return o;
}
function show(label, o) {
  const own = Object.keys(o).map(k => k + "=" + o[k]).join(" ");
  console.log(label, own, errors.join(", "));
  errors = [];
}
const keys = ["a", "b", "c", "0", "10", "length", "constructor", "toString", "__proto__x"];
for (let r = 0; r < 30; r++) fill({}, keys, "w");
show("plain", fill({}, keys, "p"));
show("null proto", fill(Object.create(null), keys, "n"));

// a setter and a read-only property on the prototype chain
const logged = [];
const base = {};
Object.defineProperty(base, "b", { set(v) { logged.push("set b " + v); }, get() { return "getter"; } });
Object.defineProperty(base, "c", { value: "ro", writable: false });
const mid = Object.create(base);
for (let r = 0; r < 30; r++) fill(Object.create(mid), keys, "x");
errors = [];
show("over setter", fill(Object.create(mid), keys, "s"));
console.log(logged.length, logged[logged.length - 1]);

// the chain changes after the site has added names
const proto = { };
for (let r = 0; r < 30; r++) fill(Object.create(proto), ["a", "z"], "y");
Object.defineProperty(proto, "z", { set(v) { logged.push("z " + v); }, configurable: true });
show("setter added later", fill(Object.create(proto), ["a", "z"], "q"));
Object.defineProperty(proto, "a", { value: 1, writable: false, configurable: true });
show("read-only added later", fill(Object.create(proto), ["a", "z"], "r"));
delete proto.a; delete proto.z;
show("both deleted", fill(Object.create(proto), ["a", "z"], "d"));
Object.setPrototypeOf(proto, base);
show("chain swapped", fill(Object.create(proto), ["a", "b", "c"], "w"));
Object.prototype.inherited = 1;
Object.defineProperty(Object.prototype, "viaObject", { set(v) { logged.push("viaObject " + v); }, configurable: true });
show("Object.prototype setter", fill({}, ["viaObject", "inherited", "k"], "o"));
delete Object.prototype.viaObject; delete Object.prototype.inherited;

// frozen, sealed, non-extensible
show("frozen", fill(Object.freeze({ a: 1 }), keys, "f"));
show("sealed", fill(Object.seal({ a: 1 }), ["a", "b"], "s"));
show("non-extensible", fill(Object.preventExtensions({ a: 1 }), ["a", "b"], "e"));

// proxies and exotic objects as the object and on its chain
const traps = [];
const px = new Proxy({}, { set(t, k, v, r) { traps.push(k); return Reflect.set(t, k, v, r); } });
show("proxy", fill(px, ["a", "b"], "p"));
show("proxy on chain", fill(Object.create(px), ["a", "b"], "c"));
console.log(traps.join(","));
show("array", fill([], ["a", "0", "length"], "a"));
show("array proto", fill(Object.create([]), ["a", "0", "length"], "a"));
show("string proto", fill(Object.create(new String("hi")), ["a", "0", "length", "1"], "s"));
show("function", fill(function f() {}, ["a", "name", "prototype"], "f"));
// symbol and number keys, and a key object converted to a String
show("other keys", fill({}, [Symbol.iterator, 1.5, -0, { toString() { return "obj"; } }], "k"));
