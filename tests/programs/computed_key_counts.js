// o[k] = (o[k] || 0) + 1 in a hot loop with a variable key: a String key of a plain object
// is stored in place; every other key and object takes the element paths or [[Set]].
function count(target, keys) {
  for (const k of keys) {
    const key = k;
    target[key] = (target[key] || 0) + 1;
  }
  return target;
}
const show = o => JSON.stringify(Object.getOwnPropertyNames(o).map(n => [n, o[n]]));
const keys = ["a", "b", "a", "0", "1", "__proto__", 0, 1, -0, 1.5, NaN, 4294967295, 4294967296, -1, "length", "a"];
for (let r = 0; r < 4; r++) {
  console.log(show(count({}, keys)));
  console.log(show(count([], keys)));
  console.log(show(count(Object.create(null), keys)));
  console.log(Array.from(count(new Uint8Array(3), keys.filter(k => k !== "__proto__"))).join());
}
// a setter and a read-only property on the prototype, a frozen object, a non-extensible one
let setterCalls = 0;
const proto = { set b(v) { setterCalls++; }, get b() { return 10; } };
Object.defineProperty(proto, "ro", { value: 5, writable: false });
const child = Object.create(proto);
for (let r = 0; r < 4; r++) count(child, ["b", "ro", "c", "c"]);
console.log(show(child), setterCalls, child.b, child.ro);
const frozen = Object.freeze({ a: 1 });
count(frozen, ["a", "z"]);
console.log(show(frozen));
const sealed = Object.preventExtensions({ a: 1 });
count(sealed, ["a", "a", "z"]);
console.log(show(sealed));
(function () {
  "use strict";
  function strictCount(o, ks) { for (const k of ks) { const key = k; o[key] = (o[key] || 0) + 1; } }
  for (let r = 0; r < 4; r++) {
    try { strictCount(Object.freeze({ a: 1 }), ["a"]); } catch (e) { console.log(e.constructor.name); }
    try { strictCount(Object.preventExtensions({}), ["n"]); } catch (e) { console.log(e.constructor.name); }
    const ok = {};
    strictCount(ok, ["x", "y", "x"]);
    console.log(show(ok));
  }
})();
// symbols and objects as keys
const sym = Symbol("s");
const objKey = { toString() { return "fromObject"; } };
const o = count({}, [sym, objKey, objKey, true, null, undefined]);
console.log(show(o), o[sym]);
