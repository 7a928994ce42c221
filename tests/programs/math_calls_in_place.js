// Math.min/max/floor/ceil/trunc/round/abs/sqrt computed in place, and every case the
// built-in itself must take: -0, NaN, infinities, non-Numbers (their valueOf order),
// Math or its methods replaced, a Math shadowed by a local
function show(x) { return Object.is(x, -0) ? "-0" : String(x); }
function all(a, b, c) {
  return [Math.min(a, b), Math.max(a, b), Math.min(a, b, c), Math.max(a, b, c),
          Math.min(a, 1, b, c), Math.max(c, b, 2, a),
          Math.floor(a), Math.ceil(a), Math.trunc(a), Math.round(a), Math.abs(a), Math.sqrt(a)].map(show).join(",");
}
var vals = [0, -0, 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
            0.5000000000000001, -0.5000000000000001, NaN, Infinity, -Infinity, 4503599627370497, -4503599627370497,
            9007199254740993, 1e300, -1e-300, 5e-324, -5e-324, 3, 7, 1.7976931348623157e308];
var hash = 0, n = 0;
for (var round = 0; round < 3; round++)
  for (var i = 0; i < vals.length; i++)
    for (var j = 0; j < vals.length; j++) {
      var s = all(vals[i], vals[j], vals[(i * 7 + j) % vals.length]);
      if (round === 2 && j % 9 === 0) console.log(show(vals[i]), show(vals[j]), s);
      for (var q = 0; q < s.length; q++) hash = (hash * 31 + s.charCodeAt(q)) | 0;
      n++;
    }
console.log("checked", n, hash);

// the minimum and maximum of zeros, in every order
function zeros(a, b, c) { return [Math.min(a, b, c), Math.max(a, b, c), Math.min(a, b), Math.max(a, b)].map(show).join(","); }
for (var k = 0; k < 3; k++) {
  console.log(zeros(0, -0, 0), zeros(-0, 0, -0), zeros(0, 0, -0), zeros(-0, -0, 0), zeros(NaN, -0, 0), zeros(0, -0, NaN));
}

// non-Numbers: ToNumber of every argument, in order, before any result; valueOf counted
var log = [];
function v(name, x) { return { valueOf: function () { log.push(name); return x; } }; }
function mixed(a, b, c) { return [Math.min(a, b, c), Math.max(a, b), Math.floor(a), Math.round(b), Math.sqrt(c)].map(show).join(","); }
for (var k = 0; k < 4; k++) {
  log = [];
  console.log(mixed(v("a", 2.5), v("b", NaN), v("c", -1)), log.join(""));
  log = [];
  console.log(mixed("3.5", true, null), mixed(undefined, "x", "16"), mixed(v("p", 1), 2, v("q", 9)), log.join(""));
}
try { Math.min(1, Symbol()); } catch (e) { console.log("symbol", e instanceof TypeError); }
try { Math.floor(10n); } catch (e) { console.log("bigint", e instanceof TypeError); }
console.log(show(Math.min()), show(Math.max()), show(Math.min(3)), show(Math.max(-0)));

// arguments that replace the method: the callee was read before them
function reads(x) { return Math.max(x, (Math.max = function () { return "replaced"; }, 1)); }
var origMax = Math.max;
console.log(reads(5), reads(6));
Math.max = origMax;

// Math's methods replaced, deleted, made accessors; Math itself replaced; a local Math
function usesMath(x) { return Math.floor(x) + Math.min(x, 10) + Math.abs(x); }
for (var k = 0; k < 3; k++) console.log("pristine", usesMath(-3.5), usesMath(12.25));
var origFloor = Math.floor;
Math.floor = function (x) { return "floor(" + x + ")"; };
console.log("replaced", usesMath(-3.5));
Math.floor = origFloor;
var origMin = Math.min;
delete Math.min;
try { usesMath(1); } catch (e) { console.log("deleted", e instanceof TypeError); }
Object.defineProperty(Math, "min", { get: function () { return function () { return 100; }; }, configurable: true });
console.log("getter", usesMath(1));
Object.defineProperty(Math, "min", { value: origMin, writable: true, configurable: true, enumerable: false });
console.log("restored", usesMath(-3.5));
var realMath = Math;
Math = { floor: function () { return 1; }, min: function () { return 2; }, abs: function () { return 3; } };
console.log("other Math", usesMath(-3.5));
Math = realMath;
console.log("back", usesMath(-3.5));
function localMath(x) { var Math = { round: function (y) { return "local " + y; } }; return Math.round(x); }
console.log(localMath(2.5), localMath(3.5));
var fake = { min: Math.min, floor: Math.floor };
function borrowed(o, x) { return [o.min(x, 1), o.floor(x)].map(show).join(","); }
for (var k = 0; k < 3; k++) console.log(borrowed(fake, -0.5), borrowed(Math, -0.5));
function notMath(o) { return o.max(1, 2); }
console.log(notMath({ max: function (a, b) { return a * b + 0.5; } }));
try { notMath({}); } catch (e) { console.log("not a function", e instanceof TypeError); }

// pow, atan2, exp, log, sin, cos: the built-in's own function of Numbers, called in place
// (results the spec fixes exactly, so that they match any libm)
function exact(a, b) {
  return [Math.pow(a, b), Math.atan2(a, b) === 0 ? show(Math.atan2(a, b)) : Math.atan2(a, b) > 0,
          Math.exp(a) === Infinity || Math.exp(a) === 0 || Math.exp(a) === 1 ? show(Math.exp(a)) : "e",
          Math.log(a) === 0 || Math.log(a) !== Math.log(a) || Math.abs(Math.log(a)) === Infinity ? show(Math.log(a)) : "l",
          Math.sin(a) === 0 ? show(Math.sin(a)) : "s", Math.cos(b) === 1 ? "1" : Math.cos(b) !== Math.cos(b) ? "NaN" : "c"].map(show).join(",");
}
var pv = [0, -0, 1, -1, 2, -2, 0.5, 3, NaN, Infinity, -Infinity];
for (var k = 0; k < 3; k++) {
  var rows = [];
  for (var i = 0; i < pv.length; i++) for (var j = 0; j < pv.length; j++) rows.push(exact(pv[i], pv[j]));
  if (k === 2) console.log(rows.join(" "));
}
log = [];
console.log(Math.pow(v("base", 2), v("exp", 10)), Math.atan2(v("y", 0), v("x", -0)) > 0, Math.pow("3", true), log.join(""));
var origPow = Math.pow;
Math.pow = function (a, b) { return a * 1000 + b; };
console.log("pow replaced", Math.pow(2, 3));
Math.pow = origPow;
console.log.call(console, "console.log is no Math.log", typeof console.log);
