// Adding properties with `this.x = v` / `o.x = v` when the prototype chain may have a say
// (setters, read-only properties, read-only properties holding undefined), with the
// chain changing between stores; `new` with prototypes that change; String methods
// called on primitives while String.prototype changes.
"use strict";
const log = [];

class Point {
  constructor(x, y) { this.x = x; this.y = y; this.tag = undefined; }
}
function Plain(a) { this.a = a; this.b = a * 2; }
function make(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(new Point(i, i + 1));
  return out;
}
function makePlain(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(new Plain(i));
  return out;
}
function add(o, v) { o.extra = v; return o; }
function readExtra(o) { return o.extra; }
function describe(o) { return JSON.stringify(Object.getOwnPropertyNames(o)) + " " + JSON.stringify(o); }

for (let round = 0; round < 6; round++) {
  let ps = make(3);
  log.push(`round ${round}: ${describe(ps[2])}`);
  try {
    let q = makePlain(2);
    log.push(`  plain ${describe(q[1])} ${Object.getPrototypeOf(q[1]) === Plain.prototype}`);
  } catch (e) { log.push("  plain threw " + e.constructor.name); }
  log.push("  read " + readExtra(new Point(1, 2)) + " " + readExtra(new Point(1, 2)));
  try {
    log.push("  add " + describe(add(new Point(1, 2), round)));
  } catch (e) { log.push("  add threw " + e.constructor.name + ": " + (e instanceof TypeError)); }
  if (round === 1) {
    // an inherited setter now intercepts `this.y = ...`
    Object.defineProperty(Point.prototype, "y", {
      set(v) { log.push("  setter y " + v); }, get() { return "gy"; }, configurable: true });
  }
  if (round === 2) {
    delete Point.prototype.y;
    // read-only, holding undefined, on Object.prototype: `this.tag = undefined` and `o.extra` must fail
    Object.defineProperty(Object.prototype, "extra", { value: undefined, writable: false, configurable: true });
  }
  if (round === 3) {
    delete Object.prototype.extra;
    // writable, holding undefined: adding an own property is fine
    Object.defineProperty(Object.prototype, "extra", { value: undefined, writable: true, configurable: true });
  }
  if (round === 4) {
    delete Object.prototype.extra;
    Plain.prototype = { kind: "replaced" };
    Object.defineProperty(Plain.prototype, "b", { value: 7, writable: false });
  }
  if (round === 5) {
    Plain.prototype = 42;      // not an object: %Object.prototype%
  }
}

// a non-extensible receiver, a frozen one, a sealed one
const ne = Object.preventExtensions(new Point(1, 2));
try { ne.z = 1; log.push("ne.z set"); } catch (e) { log.push("ne.z " + e.constructor.name); }
const fr = Object.freeze({ a: 1 });
try { add(fr, 2); } catch (e) { log.push("frozen " + e.constructor.name); }

// `this` becomes a prototype half way through its constructor
class Odd {
  constructor(v) {
    this.first = v;
    Object.create(this);                 // makes this a prototype
    const child = Object.create(this);
    this.second = v + 1;
    this.third = child.first + child.second;
  }
}
for (let i = 0; i < 4; i++) log.push("odd " + describe(new Odd(i)));

// a Proxy on the chain sees every add
const seen = [];
const proxyProto = new Proxy({}, { set(t, k, v, r) { seen.push(k); return Reflect.set(t, k, v, r); } });
function Via(v) { this.v = v; }
Via.prototype = Object.create(proxyProto);
for (let i = 0; i < 3; i++) log.push("via " + describe(new Via(i)));
log.push("proxy saw " + seen.join(","));

// a sloppy-mode add to a read-only inherited property fails silently
const sloppy = Function("o", "o.ro = 5; return o.ro;");
const base = Object.defineProperty({}, "ro", { value: undefined, writable: false });
for (let i = 0; i < 3; i++) log.push("sloppy " + sloppy(Object.create(base)));

// String methods on primitives
function codes(s) { let t = 0; for (let i = 0; i < s.length; i++) t += s.charCodeAt(i); return t; }
function shout(s) { return s.toUpperCase() + s.slice(1); }
for (let round = 0; round < 4; round++) {
  try {
    log.push(`str ${round} ${codes("hello")} ${shout("abc")}`);
  } catch (e) { log.push(`str ${round} threw ${e.constructor.name}`); }
  if (round === 0) String.prototype.charCodeAt = function (i) { return 1; };
  if (round === 1) Object.defineProperty(String.prototype, "toUpperCase", { get() { return () => "G"; }, configurable: true });
  if (round === 2) { delete String.prototype.slice; Object.prototype.slice = function () { return "<obj>"; }; }
}
try { "x".nothing(); } catch (e) { log.push("nothing " + e.constructor.name); }
console.log(log.join("\n"));

// A read-only String.prototype property holding undefined, first reached as a
// method of a string primitive, still refuses a store through an object that
// inherits from String.prototype.
function stringProtoReadOnly() {
  var o = Object.create(String.prototype);
  var out = [o.length, o[0], typeof o.charAt];
  try { o.length = 5; } catch (e) { out.push(e.constructor.name); } out.push(o.length);
  o.foo = 1; out.push(o.foo);
  Object.defineProperty(String.prototype, "ro", { value: undefined, writable: false, configurable: true });
  var s = "abc"; out.push(s.ro);
  try { s.ro(); } catch (e) { out.push(e.constructor.name); }
  var p = Object.create(String.prototype);
  try { p.ro = 7; } catch (e) { out.push(e.constructor.name); } out.push(p.ro, Object.keys(p).join());
  var q = {}; Object.setPrototypeOf(q, String.prototype);
  try { q.ro = 8; } catch (e) { out.push(e.constructor.name); } out.push(q.ro);
  var w = Object.create(new String("xyz")); out.push(w[1], w.length);
  try { w.length = 9; } catch (e) { out.push(e.constructor.name); } out.push(w.length);
  delete String.prototype.ro;
  return out.join("|");
}
var lastStringProto;
for (var sp = 0; sp < 30; sp++) lastStringProto = stringProtoReadOnly();
console.log("string proto read-only", lastStringProto);
