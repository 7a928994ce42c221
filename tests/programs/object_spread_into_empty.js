// Spreading into an empty object copies the source's dict when that is what the
// spec's loop comes to (only plain values, no index or symbol keys); any other source
// takes the loop: key order, accessors, attributes, private names, exotic sources.
const base = { a: 1, b: 2, c: 3 };
const withInts = { z: 1, 2: "two", 1: "one", y: 2 };
const s = Symbol("s"); const withSym = { [s]: 1, x: 2 };
const acc = { get g() { return "got"; }, h: 1 };
const nonEnum = Object.defineProperty({ v: 1 }, "hidden", { value: 2, enumerable: false });
const ro = Object.defineProperty({ v: 1 }, "ro", { value: 2, enumerable: true, writable: false });
const proto = Object.create({ inherited: 1 }); proto.own = 2;
console.log({ ...base, d: 4 }, { d: 0, ...base }, { ...withInts }, { ...withSym }, { ...acc }, { ...nonEnum }, { ...proto });
const c = { ...ro }; console.log(Object.getOwnPropertyDescriptor(c, "ro"), Object.keys({ ...withInts, 0: "zero" }));
console.log({ ..."hi" }, { ...[1, 2] }, { ...null }, { ...undefined }, { ...5 });
class K { #p = 1; q = 2; static has(o) { return #p in o; } } console.log({ ...new K() }, K.has(new K()), K.has({ ...new K() }));
const arr = [1, 2]; arr.extra = "e"; console.log({ ...arr });
function rest({ a, ...others }) { return others; } console.log(rest(base), rest(withInts));
const frozen = Object.freeze({ f: 1 }); const sp = { ...frozen }; sp.f = 2; console.log(sp, Object.isFrozen(sp));
let n = 0; for (let i = 0; i < 1000; i++) { const o = { ...base, d: i }; n += o.d + o.a; } console.log(n);
const target = { keep: 1 }; Object.assign(target, { ...withInts }); console.log(Object.keys(target));
const merged = { ...{ k1: 1 }, ...{ 3: "x", k2: 2 } }; console.log(Object.keys(merged));
