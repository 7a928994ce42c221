// f.call(x, ...) calls a script function's own [[Call]] directly while `call` is the running
// realm's %Function.prototype.call%; everything else (replaced, shadowed, a getter, a plain
// object's own call method, non-callables, classes, bound functions, proxies) the general way.
var log = [];
function out() { console.log(log.join(" | ")); log = []; }
function Base(x) { this.x = x; return this; }
function Derived(x, y) { Base.call(this, x); this.y = y; }
function kind() { return typeof this + ":" + (this === globalThis) + ":" + arguments.length; }
function strictKind() { "use strict"; return typeof this + ":" + String(this); }
var arrow = () => typeof this;
function* gen(a) { yield a; yield this.k; }
class K { constructor() { this.k = 1; } }
var bound = function (a, b) { return this.v + a + b; }.bind({ v: "B" });
var proxied = new Proxy(function (a) { return "P" + a + this.v; }, {});
var counter = { n: 0, call: function (x) { this.n += x; return "own" + this.n; } };
function ownCall() {}
ownCall.call = function (t, a) { return "shadow:" + a; };
function getterCall() {}
Object.defineProperty(getterCall, "call", { get() { log.push("getter"); return Function.prototype.call; } });
function deep(n) { return deep.call(null, n + 1); }
for (var round = 0; round < 3; round++) {
  var d = new Derived(1, 2);
  log.push(d.x, d.y, kind.call(), kind.call(null, 1), kind.call(5, 1, 2), strictKind.call(), strictKind.call(7), strictKind.call(null));
  log.push(arrow.call({}), [...gen.call({ k: "g" }, "a")].join(""), bound.call({ v: "no" }, 1, 2), proxied.call({ v: "V" }, 1));
  log.push(counter.call(2), ownCall.call(null, "a"), getterCall.call.length, Math.max.call(null, 3, 8, 1), "abc".charAt.call("xyz", 1));
  try { K.call({}); } catch (e) { log.push(e.constructor.name); }
  try { ({ call: Function.prototype.call }).call(1); } catch (e) { log.push(e.constructor.name); }
  try { var nf = {}; nf.call = Function.prototype.call; nf.call(); } catch (e) { log.push(e.constructor.name); }
  if (round === 1) {
    var saved = Function.prototype.call;
    Function.prototype.call = function (t) { return "replaced:" + typeof t; };
    log.push(kind.call(1), new Derived(3, 4).x);
    Function.prototype.call = Function.prototype.apply;
    log.push(kind.call(null, [1, 2, 3]));
    Function.prototype.call = saved;
  }
  out();
}
try { deep(0); } catch (e) { console.log(e.constructor.name); }
