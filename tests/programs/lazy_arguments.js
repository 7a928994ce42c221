// Generated code makes a function's arguments object only when something needs the object
// itself: arguments.length, arguments[i] and f.apply(x, arguments) read the call's arguments
// until then.  Every path where the object must exist (escaping, written, read out of range,
// inherited getters that capture it, mapped parameters, apply replaced) must behave as if it
// had been made at entry.
"use strict";
var log = [];
function out() { console.log(log.join(" | ")); log = []; }

function len() { return arguments.length; }
function idx(i) { return arguments[i]; }
function sum() { var t = 0; for (var j = 0; j < arguments.length; j++) t += arguments[j]; return t; }
function sumBackwards() { var t = ""; for (var j = arguments.length - 1; j >= 0; j--) t += arguments[j]; return t; }
function beyond() { var t = []; for (var j = 0; j <= arguments.length + 1; j++) t.push(String(arguments[j])); return t.join(","); }
function keys(k) { return [arguments[k], arguments[+k], arguments["" + k]].map(String).join("/"); }
function escapes() { return arguments; }
function same() { return arguments === arguments && typeof arguments; }
function tag() { return Object.prototype.toString.call(arguments) + ":" + [...arguments].join("+"); }
function afterEscape(a) { var o = escapes.apply(null, arguments); o[0] = "changed"; return arguments[0] + "," + o[0]; }
function passOn(a) { mutate(arguments); return arguments[0] + "," + arguments.length + "," + a; }
function mutate(args) { args[0] = "m"; args.length = 7; }
function lengthWritten() { arguments.length = 1; return arguments.length + ":" + arguments[1]; }
function deleteFirst() { delete arguments[0]; return String(arguments[0]) + arguments.length; }
function getterLength() { Object.defineProperty(arguments, "length", { get() { return 42; } }); return arguments.length; }
function nonIndex() { return [arguments[-0], arguments[-1], arguments[0.5], arguments[NaN], arguments["length"], arguments[1e21]].map(String).join(","); }
function fewer(a, b, c) { return arguments.length + ":" + a + b + c; }
function withArrow() { return (() => arguments[0] + arguments.length)(); }
function withInner() { function inner(x) { return x * 2; } return inner(arguments[0]) + arguments.length; }
function withClosure(a) { var f = function () { return a; }; return f() + arguments[0]; }
function withDefault(a = 5, b) { return a + ":" + arguments.length + ":" + String(arguments[0]) + ":" + b; }
function defaultApply(a = "d") { return a + show2.apply(null, arguments); }
function show2() { return arguments.length; }
function literalKeys() { return [arguments[0], arguments[1], arguments[2], arguments[1e400], arguments[0.5], arguments[2147483648]].map(String).join(","); }
function calleeStrict() { try { return arguments.callee; } catch (e) { return e.constructor.name; } }
for (let round = 0; round < 3; round++) {
  log.push(len(), len(1, 2, 3), idx(0, "x"), idx(1, "x"), idx(2, "x"), idx(-1, "x"), sum(1, 2, 3, 4), sum(), sumBackwards("a", "b", "c"));
  log.push(beyond(1, 2), keys(0, 1), keys(1, "b"), keys("0"), same(), tag(1, 2), afterEscape(1), passOn(1, 2));
  log.push(lengthWritten(1, 2), deleteFirst(1, 2), getterLength(1), nonIndex(9, 8), fewer(1), fewer(1, 2, 3, 4));
  log.push(withArrow(5, 6), withInner(4, 0), withClosure(3), calleeStrict(), withDefault(), withDefault(undefined, 2), withDefault(1, 2, 3), defaultApply(), defaultApply("x", 1), literalKeys(7, 8));
  out();
}
// an inherited index getter sees the arguments object itself, which from then on is the one read
var seen = null;
Object.defineProperty(Object.prototype, "5", { configurable: true, get() { seen = this; this[0] = "viaGetter"; return "five"; } });
function captured(a) { var first = arguments[5]; var again = arguments[0]; return first + "," + again + "," + (seen === escapeAgain(arguments)) + "," + arguments.length; }
function escapeAgain(x) { return x; }
for (let round = 0; round < 3; round++) { log.push(captured("a", "b")); out(); }
delete Object.prototype[5];
// apply: the intrinsic, a replaced one, other targets
var Class = { create: function () { return function () { return this.initialize.apply(this, arguments); }; } };
var P = Class.create();
P.prototype.initialize = function (x, y) { this.x = x; this.y = y; this.n = arguments.length; };
function viaApply() { return Math.max.apply(null, arguments); }
function applyBound() { var b = function (a, b) { return [this, a, b].join("-"); }.bind("T"); return b.apply("U", arguments); }
function applyNonCallable() { var o = { apply: Function.prototype.apply }; try { return o.apply(null, arguments); } catch (e) { return e.constructor.name; } }
function applyClass() { class K {} try { return K.apply(null, arguments); } catch (e) { return e.constructor.name; } }
function applyProxy() { var p = new Proxy(function () { return arguments.length; }, {}); return p.apply(null, arguments); }
for (let round = 0; round < 3; round++) {
  var p = new P(1, 2, 3);
  log.push(p.x, p.y, p.n, viaApply(3, 9, 4), viaApply(), applyBound(1, 2), applyNonCallable(1), applyClass(1), applyProxy(1, 2));
  if (round === 1) {
    var original = Function.prototype.apply;
    Function.prototype.apply = function (t, a) { return "replaced:" + Object.prototype.toString.call(a) + a.length; };
    log.push(viaApply(1, 2), new P(5).x);
    Function.prototype.apply = original;
  }
  out();
}
// deep recursion through a function reading arguments still ends in a RangeError
function deep() { return arguments.length + deep.apply(null, arguments); }
try { deep(1); } catch (e) { console.log(e.constructor.name); }
