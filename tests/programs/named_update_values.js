"use strict";
// o.name++ / ++this.name used as values store in place only when [[Set]] would write an
// own data property or add one; everything else takes PutValue.
class Counter {
  constructor() { this.n = 0; }
  next() { return this.n++; }
  pre() { return ++this.n + ++this.n; }
  both() { const a = this.n++; const b = --this.n; return [a, b, this.n]; }
}
function bump(o) { return o.k++; }
function run(label, f, make) {
  const out = [];
  for (let i = 0; i < 30; i++) {
    const o = make(i);
    try { out.push(String(f(o)) + "/" + String(o.k)); } catch (e) { out.push(e.constructor.name); }
  }
  console.log(label, out.slice(0, 2).join(" "), out.slice(-1).join(" "));
}
const c = new Counter();
const seq = [];
for (let i = 0; i < 30; i++) seq.push(c.next());
console.log("next", seq.slice(-3).join(), c.pre(), JSON.stringify(c.both()));
run("own", bump, i => ({ k: i }));
run("added (undefined -> NaN)", bump, i => ({}));
run("string", bump, i => ({ k: "5" }));
run("bigint", bump, i => ({ k: BigInt(i) }));
run("valueOf", bump, i => ({ k: { valueOf() { return 41; } } }));
const logged = [];
const withSetter = { set k(v) { logged.push(v); }, get k() { return 10; } };
run("inherited setter", bump, i => Object.create(withSetter));
console.log("setter saw", logged.length, logged[0]);
const readOnly = Object.defineProperty({}, "k", { value: 3, writable: false });
run("inherited read-only", bump, i => Object.create(readOnly));
run("own read-only", bump, i => Object.defineProperty({}, "k", { value: 3, writable: false }));
run("frozen", bump, i => Object.freeze({ k: 1 }));
run("non-extensible, absent", bump, i => Object.preventExtensions({}));
run("proxy", bump, i => new Proxy({ k: i }, { set(t, key, v) { t[key] = v * 100; return true; } }));
run("array", bump, i => Object.assign([], { k: i }));
run("function", bump, i => Object.assign(function () {}, { k: i }));
run("primitive", bump, i => 5);
// this becomes a prototype in the middle of a method: its props dict is replaced
class Odd {
  constructor() { this.k = 0; }
  go() { const a = this.k++; Object.create(this); const b = this.k++; return a + b + this.k; }
}
const odd = [];
for (let i = 0; i < 30; i++) odd.push(new Odd().go());
console.log("became prototype", odd.slice(-2).join());
// a getter changes the object before the store
let flip = 0;
const tricky = { get k() { Object.freeze(this); return flip++; } };
run("getter freezes", bump, i => Object.create(tricky));
run("getter freezes own", bump, i => ({ get k() { Object.freeze(this); return 1; } }));
