// Method calls on this (this.m()) in functions that read this.props once at entry:
// a plain object (own or inherited method), and every other kind of this, which
// must take the general lookup: arrays, functions, proxies, primitives (strict and
// sloppy), an object that becomes a prototype inside the method, accessors, a
// missing method, a null prototype.
"use strict";

function Counter(n) { this.n = n; }
Counter.prototype.inc = function () { this.n = this.n + 1; return this.n; };
Counter.prototype.twice = function () { this.inc(); return this.inc() + this.n; };

function run(label, f) {
  var out = [];
  for (var k = 0; k < 6; k++) {        // enough calls for the code-generation tier
    try { out.push(String(f())); } catch (e) { out.push(e.constructor.name + ": " + e.message); }
  }
  console.log(label, out.join(" | "));
}

run("plain", () => new Counter(1).twice());
run("own shadow", () => { var c = new Counter(1); c.inc = function () { return 100; }; return c.twice(); });
run("accessor method", () => {
  var calls = 0;
  var c = Object.create(Counter.prototype, { inc: { get() { calls++; return () => calls * 10; } } });
  c.n = 0;
  return Counter.prototype.twice.call(c) + "/" + calls;
});
run("missing", () => Counter.prototype.twice.call({ n: 1 }));
run("not callable", () => Counter.prototype.twice.call({ n: 1, inc: 5 }));
run("null proto", () => { var o = Object.create(null); o.n = 2; o.inc = Counter.prototype.inc; return Counter.prototype.twice.call(o); });
run("array this", () => {
  Array.prototype.inc = function () { return this.length; };
  try { var a = [1, 2, 3]; a.n = 4; return Counter.prototype.twice.call(a); } finally { delete Array.prototype.inc; }
});
run("function this", () => {
  function f() {}
  f.n = 1; f.inc = function () { return 7; };
  return Counter.prototype.twice.call(f);
});
run("proxy this", () => {
  var log = [];
  var p = new Proxy(new Counter(0), { get(t, k, r) { log.push(String(k)); return Reflect.get(t, k, r); } });
  return Counter.prototype.twice.call(p) + " " + log.join(",");
});
run("string this", () => {
  String.prototype.inc = function () { return this.length; };
  try { return Counter.prototype.twice.call("abcd"); } finally { delete String.prototype.inc; }
});
run("number this", () => Counter.prototype.twice.call(5));
run("undefined this", () => Counter.prototype.twice.call(undefined));

// the Function constructor makes a sloppy function: this is boxed, or the global object
var sloppyTwice = Function("this.inc(); return this.inc() + typeof this;");
run("sloppy number", (function () {
  Number.prototype.inc = function () { return 1; };
  return () => sloppyTwice.call(3);
})());
run("sloppy undefined", () => { globalThis.inc = function () { return 2; }; return sloppyTwice.call(undefined); });

run("becomes prototype", () => {
  var c = new Counter(5);
  c.step = function () {
    var child = Object.create(this);       // this becomes a prototype: its props are replaced
    this.inc = function () { return -1; };  // an own method added after
    return this.inc() + this.n + child.inc();
  };
  return c.step();
});
run("method replaced on prototype", () => {
  function K() { this.v = 1; }
  K.prototype.get = function () { return this.v; };
  K.prototype.go = function () { var a = this.get(); K.prototype.get = function () { return 10; }; return a + this.get() + this.v; };
  return new K().go();
});
run("prototype changed", () => {
  var c = new Counter(1);
  c.go = function () { var a = this.inc(); Object.setPrototypeOf(this, { inc() { return 50; } }); return a + this.inc() + this.n; };
  return c.go();
});
run("frozen", () => Object.freeze(new Counter(1)).twice());

class Base { constructor() { this.k = 1; } m() { return this.k; } both() { return this.m() + this.k; } }
class Derived extends Base {
  constructor() { super(); this.k2 = this.m() + this.both(); }
  m() { return 3 + this.k; }
}
run("class", () => new Derived().k2 + new Base().both());
