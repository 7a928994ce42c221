// Builtins that generated call sites call with positional arguments (NativeFunction.pos):
// missing arguments are undefined, extra ones are ignored, coercions run in order,
// and the same functions called through call/apply/bind/callbacks/Reflect agree.
var log = [];
function show(v) { return typeof v === "number" && v === 0 && 1 / v < 0 ? "-0" : String(v); }
var order = [];
function val(name, v) { return { valueOf: function () { order.push(name); return v; } }; }

function mathCalls(i) {
  return [Math.floor(i + 0.5), Math.floor(), Math.floor(-0), Math.abs(-i, 99), Math.sqrt("16"),
    Math.round(-0.5), Math.max(), Math.min(), Math.max(i, 2, 1), Math.min(NaN, 1), Math.max(-0, 0),
    Math.min(0, -0), Math.pow(2), Math.pow(2, 3, 4), Math.atan2(1), Math.imul(3), Math.imul(0xffffffff, 5),
    Math.clz32(), Math.clz32(1, 2), Math.trunc(val("t", -3.7)), Math.hypot(3, 4)].map(show).join(",");
}
function orderCalls() {
  order.length = 0;
  Math.atan2(val("y", 1), val("x", 1)); Math.pow(val("b", 2), val("e", 2)); Math.imul(val("a", 2), val("c", 3));
  Math.max(val("m1", 1), NaN, val("m2", 2)); Math.min(val("n1", 1), val("n2", 2));
  return order.join("");
}
function stringCalls(s, i) {
  return [String.fromCharCode(), String.fromCharCode(65 + i), String.fromCharCode(72, 105), String.fromCharCode(65.9),
    String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(65536 + 66), String.fromCharCode(undefined).charCodeAt(0),
    String.fromCharCode("67"), String.fromCharCode(val("fc", 68)),
    s.charAt(), s.charAt(i), s.charAt(1.7), s.charAt(-1), s.charAt(99), s.charAt(NaN), s.charAt("2"), s.charAt(1, 2),
    s.charCodeAt(), s.charCodeAt(i), s.charCodeAt(-0), s.charCodeAt(99), s.charCodeAt(null), s.charCodeAt(Infinity)
  ].map(show).join(",");
}
function collectionCalls(i) {
  var m = new Map(), st = new Set();
  m.set("a", i); m.set(-0, "zero"); m.set(NaN, "nan"); m.set(undefined); m.set(); m.set(true, "t"); m.set(1, "one", "extra");
  st.add(-0); st.add(NaN); st.add(); st.add("x", "y"); st.add(1);
  return [m.get("a"), m.get(0), m.get(-0), m.get(NaN), m.get(), m.has(undefined), m.get(true), m.get(1), m.get("1"),
    m.has(), m.has(0), m.has(NaN), m.size, st.has(0), st.has(-0), st.has(NaN), st.has(), st.has("y"), st.has(1),
    st.has(true), st.size, show([...m.keys()][1]), show([...st][0])].map(show).join(",");
}
for (var i = 0; i < 40; i++) {
  var a = mathCalls(i), b = stringCalls("hello", i % 5), c = collectionCalls(i), d = orderCalls();
}
log.push(a, b, c, d);

// the same builtins reached other ways
log.push([1.5, -2.5, 3].map(Math.floor).join(), Math.max.apply(null, [1, 5, 3]), Math.floor.call(null, 7.9),
  Reflect.apply(String.fromCharCode, null, [74, 75]), "abc".charAt.call("xyz", 1), Math.pow.bind(null, 3)(2),
  [72, 73].map(function (c) { return String.fromCharCode(c); }).join(""), ["a", "b"].map(String.prototype.charCodeAt.call.bind(String.prototype.charCodeAt)).join());

// wrong receivers throw the builtin's TypeError
var errs = [];
var mapGet = Map.prototype.get, setHas = Set.prototype.has, mapSet = Map.prototype.set, charAt = String.prototype.charAt;
var holder = { get: mapGet, has: setHas, set: mapSet, charAt: charAt };
for (var j = 0; j < 3; j++) {
  try { holder.get("k"); } catch (e) { errs.push(e.constructor.name); }
  try { holder.has("k"); } catch (e) { errs.push(e.constructor.name); }
  try { holder.set("k", 1); } catch (e) { errs.push(e.constructor.name); }
  errs.push(holder.charAt(0));
}
try { charAt.call(null); } catch (e) { errs.push(e.constructor.name); }
try { new Math.floor(1); } catch (e) { errs.push(e.constructor.name); }
log.push(errs.join());

// a builtin replaced by a script function, and a Map subclass
var realFloor = Math.floor;
Math.floor = function (x, y) { return "mine:" + x + ":" + y; };
log.push(mathCalls(1).split(",")[0]);
Math.floor = realFloor;
class CountingMap extends Map { get(k) { return "sub:" + super.get(k); } }
var cm = new CountingMap([["q", 1]]);
log.push(cm.get("q"), cm.has("q"), Math.floor.length, Math.max.length, String.fromCharCode.length, Map.prototype.set.length);
console.log(log.join("\n"));

// String methods taking (search, position) or (start, end) positionally
function stringSearch(s, i) {
  return [s.indexOf("l"), s.indexOf("l", i), s.indexOf(), s.indexOf("", 99), s.indexOf("o", undefined), s.indexOf(108),
    s.includes("ell"), s.includes("h", 1), s.includes(), s.startsWith("he"), s.startsWith("l", 2), s.startsWith("x", undefined),
    s.endsWith("lo"), s.endsWith("l", 4), s.endsWith("", -1), s.slice(1), s.slice(1, 3), s.slice(-2), s.slice(), s.slice(2, 1),
    s.slice(1.5, 3.9), s.slice(undefined, 2), s.slice(0, -1), s.substring(3, 1), s.substring(1), s.substring(-1, 2),
    s.substring(NaN, 2), s.substring(1, undefined), s.substring(), "x".indexOf("x", "extra", 3)].map(show).join(",");
}
for (var n = 0; n < 40; n++) var searched = stringSearch("hello", n % 3);
var searchErrors = [];
try { "a".startsWith(/a/); } catch (e) { searchErrors.push(e.constructor.name); }
try { "a".includes(/a/); } catch (e) { searchErrors.push(e.constructor.name); }
try { String.prototype.indexOf.call(undefined, "a"); } catch (e) { searchErrors.push(e.constructor.name); }
console.log(searched + "\n" + searchErrors.join() + "\n" + String.prototype.slice.call(12345, 1, 3) + "," +
  String.prototype.indexOf.length + "," + String.prototype.slice.length);

// global functions and Number statics
function numberCalls(i) {
  return [parseInt("12px"), parseInt("ff", 16), parseInt(), parseInt("10", 2, 99), parseInt(" -0"), parseInt(val("p", 7)),
    parseFloat("3.5e1x"), parseFloat(), parseFloat("-0"), parseFloat(".5", 10), isNaN(), isNaN("x"), isNaN(i), isFinite("1"),
    isFinite(), Number.isInteger(5), Number.isInteger("5"), Number.isNaN(), Number.isNaN(NaN), Number.isFinite("1"),
    Number.isSafeInteger(2 ** 53), Number.isSafeInteger(-(2 ** 53) + 1), Number.parseFloat === parseFloat].map(show).join(",");
}
for (var q = 0; q < 40; q++) var numbers = numberCalls(q);
console.log(numbers);

// Array methods taking their arguments as parameters
function arrayCalls(i) {
  var a = [1, 2, NaN, "x", -0, undefined, 2];
  var holes = [1, , 3];
  var out = [a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -1), a.indexOf(NaN), a.indexOf(), a.indexOf(undefined),
    a.indexOf(0), a.indexOf(2, Infinity), a.indexOf("x", -100, "extra"), a.includes(NaN), a.includes(), a.includes(0),
    a.includes(2, 7), a.includes(1, -7), holes.includes(undefined), holes.indexOf(undefined),
    a.join(), a.join("-"), a.join(undefined), a.join(null), holes.join(""), [[1, [2]], "s"].join(";"), [].join("x"),
    a.pop(), a.pop(99), a.shift(), a.shift(), [].pop(), [].shift(), a.length, i];
  return out.map(show).join(",");
}
for (var r = 0; r < 40; r++) var arrays = arrayCalls(r);
var arrayLike = { length: 2, 0: "a", 1: "b" };
console.log(arrays + "\n" + [Array.prototype.join.call(arrayLike, "+"), Array.prototype.indexOf.call(arrayLike, "b"),
  Array.prototype.pop.call(arrayLike), arrayLike.length, Array.prototype.shift.call(arrayLike), JSON.stringify(arrayLike),
  Array.prototype.includes.call("abc", "c"), Array.prototype.join.length, Array.prototype.indexOf.length].join());
