// a[i + 1], a[i - 1], a[k - i], a[i + j]: keys that are sums of loop variables and integers,
// on Arrays and everything else, with values that are no array index
function show(label, v) { console.log(label, typeof v === "string" ? v : JSON.stringify(v)); }
var log = [];

function shiftLeft(a, n) {
  for (var i = 0; i < n; i++) a[i] = a[i + 1];
  return a;
}
function diffs(a) {
  var out = [];
  for (var i = 1; i < a.length; i++) out.push(a[i] - a[i - 1]);
  return out;
}
function reversePrefix(a, k) {
  for (var i = 0; i < (k + 1) >> 1; i++) { var t = a[i]; a[i] = a[k - i]; a[k - i] = t; }
  return a;
}
function pairs(a, b) {
  var out = [];
  for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++) out.push(a[i + j], b[j - i], a[1 + i], b[5 - j]);
  return out;
}
function readBack(a, k, n) {
  var out = [];
  for (var i = 0; i < n; i++) out.push(a[k + i], a[k - i], a[i - 1], a[i + 2]);
  return out;
}
function writeAround(a, k, n) {
  for (var i = 0; i < n; i++) { a[k + i] = "p" + i; a[k - i] = "m" + i; a[i - 1] = "b" + i; }
  return a;
}

show("shift", shiftLeft([1, 2, 3, 4, 5], 4));
show("shift holes", shiftLeft([1, , 3, , 5], 4));
show("shift past end", shiftLeft([1, 2, 3], 3));
show("shift string", shiftLeft({ length: 3, 0: "a", 1: "b", 2: "c" }, 2));
show("diffs", diffs([1, 4, 9, 16, 25]));
show("diffs string", diffs("13579"));
show("diffs typed", diffs(new Int16Array([5, 3, 10, -4])));
show("diffs holes", diffs([1, , 4]));
show("reverse", reversePrefix([0, 1, 2, 3, 4, 5, 6], 4));
show("reverse holes", reversePrefix([0, , 2, , 4], 4));
show("reverse typed", Array.from(reversePrefix(new Uint8Array([9, 8, 7, 6]), 3)));
show("reverse short", reversePrefix([1, 2], 4));
show("pairs", pairs([10, 11, 12, 13, 14], "abcdef"));
show("pairs typed", pairs(new Float64Array([0.5, 1.5, 2.5, 3.5, 4.5]), [0, 1, 2, 3, 4, 5]));

// k that is no index: the key is computed as JS does (strings concatenate, -0 is "0")
var base = [0, 1, 2, 3, 4, 5, 6, 7];
base[-1] = "minus one"; base["1.5"] = "one and a half"; base.NaN = "not a number";
base["21"] = "twenty-one"; base["2-0"] = "never"; base[4294967295] = "no index";
base.Infinity = "inf";
[3, -0, 1.5, NaN, "2", "1", Infinity, 4294967295, 4294967296, -3, true, null, undefined]
  .forEach(function (k) { show("read k=" + String(k), readBack(base, k, 3)); });
show("read k=object", readBack(base, { valueOf: function () { log.push("valueOf"); return 2; } }, 2));
show("valueOf calls", log.splice(0));

[4, -0, 1.5, "x", 4294967294, -2].forEach(function (k) {
  var a = [0, 1, 2, 3, 4, 5, 6, 7];
  writeAround(a, k, 3);
  show("write k=" + String(k), [a.slice(0, 8), a.length, Object.keys(a).filter(function (p) { return !/^\d$/.test(p); })]);
});

// the key is evaluated once, after the object and before the value
function ordered(a, k) {
  for (var i = 0; i < 2; i++) a[k + i] = (log.push("value " + i), i);
  return a;
}
show("ordered", ordered([], { valueOf: function () { log.push("valueOf"); return 1; } }));
show("order", log.splice(0));
show("ordered number", ordered([], 3));

// a loop variable that starts as no Number
function stringStart(a) {
  var out = [];
  for (var i = "0"; i < 3; i++) out.push(a[i + 1], a[i - 1]);
  return out;
}
var odd = [0, 1, 2, 3, 4]; odd["01"] = "zero-one";
show("string start", stringStart(odd));
function fractionStart(a) {
  var out = [];
  for (var i = 0.5; i < 3; i++) { out.push(a[i + 1], a[i - 1]); a[i + 1] = "f" + i; }
  return [out, Object.keys(a)];
}
show("fraction start", fractionStart([0, 1, 2, 3, 4]));
function negativeStart(a) {
  var out = [];
  for (var i = -3; i < 2; i++) { out.push(a[i + 1], a[i - 1], a[1 - i]); a[i + 2] = i; }
  return [out, Object.keys(a)];
}
show("negative start", negativeStart([0, 1, 2, 3, 4]));
function bigStart() {
  var o = [];
  for (var i = 9007199254740988; i < 9007199254740991; i++) { o[i + 3] = i; o[i - 3] = o[i + 5]; }
  return Object.keys(o);
}
show("big start", bigStart());

// getters, prototype elements, Proxies, frozen arrays, arguments
var got = [];
var g = [0, 1, 2, 3];
Object.defineProperty(g, 2, { get: function () { got.push("get 2"); return 20; }, set: function (v) { got.push("set 2 " + v); } });
show("getter shift", shiftLeft(g, 3));
show("getter log", got.splice(0));
Array.prototype[3] = "from proto";
show("proto read", diffs.call(null, [1, 2, 3, , 5]));
show("proto shift", shiftLeft([1, 2, 3, , 5, 6], 5));
delete Array.prototype[3];
var traps = [];
var p = new Proxy([1, 2, 3, 4], {
  get: function (t, k) { if (typeof k === "string") traps.push("get " + k); return t[k]; },
  set: function (t, k, v) { traps.push("set " + k); t[k] = v; return true; }
});
shiftLeft(p, 3);
show("proxy", traps.splice(0));
var frozen = Object.freeze([1, 2, 3, 4]);
show("frozen sloppy", shiftLeft(frozen, 3));
function strictShift(a, n) {
  "use strict";
  for (var i = 0; i < n; i++) a[i + 1] = a[i];
  return a;
}
try { strictShift(Object.freeze([1, 2, 3]), 2); } catch (e) { show("frozen strict", e instanceof TypeError); }
try { strictShift(Object.preventExtensions([1, 2]), 2); } catch (e) { show("non-extensible strict", e instanceof TypeError); }
show("strict grow", strictShift([7], 3));
show("arguments", (function () { var s = []; for (var i = 0; i < arguments.length - 1; i++) s.push(arguments[i + 1]); return s; })(1, 2, 3));
show("sealed", (function () { var a = Object.seal([1, 2, 3]); for (var i = 0; i < 3; i++) a[i + 1] = i; return [a, a.length]; })());

// the Array changes while the loop runs
function changing(a) {
  var out = [];
  for (var i = 0; i < 6; i++) {
    if (i === 2) a.length = 3;
    if (i === 3) a[10] = "ten";
    if (i === 4) delete a[5];
    out.push(a[i + 1]);
    a[i + 2] = i;
  }
  return [out, a.length];
}
show("changing", changing([0, 1, 2, 3, 4, 5, 6, 7]));
function replaced(a) {
  var out = [];
  for (var i = 0; i < 4; i++) { out.push(a[i + 1]); if (i === 1) a = "wxyz"; }
  return out;
}
show("replaced", replaced([1, 2, 3, 4, 5]));
function grows(a) {
  for (var i = 0; i < 5; i++) a[i + 1] = a[i] + 1;
  return a;
}
show("grows", grows([1]));
show("grows sparse", grows(Object.assign([], { 1000000: 1, 0: 5 })).length);
function compound(a) {
  for (var i = 0; i < 3; i++) { a[i + 1] += 10; a[i - 1]++; }
  return [a, a[-1]];
}
show("compound", compound([1, 2, 3, 4]));
