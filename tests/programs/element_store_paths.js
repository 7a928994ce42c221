// Element and computed-key reads and writes, a.push(), a[i]++ and o[k] += v on the
// paths generated code spells inline, against everything that must leave them:
// holes, index accessors and elements on the prototypes, a replaced push, frozen and
// non-extensible arrays, non-writable length, proxies, typed arrays, string keys
// that are indices, -0, keys with setters or read-only properties on the chain.
"use strict";
function show(label, v) { console.log(label, JSON.stringify(v)); }

function fill(a, n, v) { for (var i = 0; i < n; i++) a[i] = v; return a; }
function pushAll(a, n) { for (var i = 0; i < n; i++) a.push(i); return a; }
function pushTwo(a, n) { for (var i = 0; i < n; i++) a.push(i, -i); return a; }
function pushCalls(a, n, f) { for (var i = 0; i < n; i++) a.push(f(i)); return a; }
function bump(a, n) { for (var i = 0; i < n; i++) a[i]++; return a; }
function addTo(a, n, d) { for (var i = 0; i < n; i++) a[i] += d; return a; }
function countKeys(o, keys) { for (var i = 0; i < keys.length; i++) o[keys[i]] = (o[keys[i]] || 0) + 1; return o; }
function incKeys(o, keys) { for (var i = 0; i < keys.length; i++) o[keys[i]]++; return o; }
function truthy(a) { var n = 0; for (var i = 0; i < a.length; i++) if (a[i]) n++; return n; }

show("fill dense", fill([1, 2, 3], 3, 0));
show("fill grows", fill([], 4, 1));
show("fill holes", fill(new Array(4), 4, 2));
show("fill sparse", fill((function () { var a = []; a[100000] = 1; return a; })(), 3, 3).slice(0, 4));
show("push", pushAll([9], 4));
show("push two", pushTwo([], 3));
show("push calls", pushCalls([], 3, function (i) { return i * i; }));
show("bump", bump([1, 2, 3], 3));
show("bump holes", bump([1, , 3], 3));
show("addTo strings", addTo(["a", "b"], 2, "!"));
show("addTo beyond", addTo([1], 3, 1));
show("count keys", countKeys({}, ["a", "b", "a", "1", "1", "01", "-0", "length"]));
show("inc keys", incKeys({ a: 1, b: "2", c: null }, ["a", "b", "c", "d"]));
show("truthy", truthy([0, 1, -0, NaN, "", "x", null, undefined, {}, true, false, 2.5]));

// a setter for an index on Array.prototype sees holes and new elements
var seen = [];
Object.defineProperty(Array.prototype, "5", { set: function (v) { seen.push("set5=" + v); }, configurable: true });
show("proto setter fill", fill(new Array(6), 6, 7));
show("proto setter push", pushAll([0, 1, 2, 3, 4], 2));
show("seen", seen);
delete Array.prototype[5];
Object.defineProperty(Object.prototype, "2", { get: function () { return "inherited"; }, configurable: true });
var viaGetter = [[0, , , 3].map(function (v, i, a) { return a[i]; }), truthy([0, , , 0])];
delete Object.prototype[2];
show("proto getter", viaGetter);
Array.prototype[1] = "ap";
var viaElement = [[0, , 2][1], bump([0, , 2], 3), pushAll([], 3)];
delete Array.prototype[1];
show("elements on Array.prototype", viaElement);

// a replaced or deleted push, an own push
var origPush = Array.prototype.push;
Array.prototype.push = function (v) { return origPush.call(this, "[" + v + "]"); };
show("replaced push", pushAll([], 3));
Array.prototype.push = origPush;
show("push restored", pushAll([], 2));
var own = [];
own.push = function (v) { this[this.length] = v * 10; };
show("own push", pushAll(own, 3));

// frozen, sealed, non-extensible, non-writable length
function attempt(label, f) { try { show(label, f()); } catch (e) { show(label, e.constructor.name); } }
attempt("frozen fill", function () { return fill(Object.freeze([1, 2]), 2, 0); });
attempt("frozen push", function () { return pushAll(Object.freeze([1]), 1); });
attempt("sealed fill", function () { return fill(Object.seal([1, 2]), 2, 0); });
attempt("sealed grow", function () { return fill(Object.seal([1, 2]), 3, 0); });
attempt("non-extensible push", function () { return pushAll(Object.preventExtensions([1]), 1); });
attempt("fixed length fill", function () { var a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); return fill(a, 3, 5); });
attempt("fixed length push", function () { var a = [1]; Object.defineProperty(a, "length", { writable: false }); return pushAll(a, 1); });
attempt("frozen bump", function () { return bump(Object.freeze([1]), 1); });
attempt("read-only key", function () { var o = {}; Object.defineProperty(o, "a", { value: 1, enumerable: true }); return countKeys(o, ["a"]); });
attempt("inherited read-only key", function () { return countKeys(Object.create(Object.freeze({ a: 1 })), ["a"]); });
var log = [];
var withSetter = Object.create({ set a(v) { log.push("a=" + v); }, get a() { return 41; } });
show("inherited accessor key", [countKeys(withSetter, ["a", "a"]), log]);
attempt("non-extensible object", function () { return countKeys(Object.preventExtensions({ a: 1 }), ["a", "b"]); });

// proxies and typed arrays take the general paths
var trace = [];
var p = new Proxy([1, 2], {
  get: function (t, k, r) { trace.push("get " + String(k)); return Reflect.get(t, k, r); },
  set: function (t, k, v, r) { trace.push("set " + String(k)); return Reflect.set(t, k, v, r); },
});
fill(p, 2, 0); bump(p, 1); pushAll(p, 1);
show("proxy", [Array.from(p), trace]);
show("typed", Array.from(addTo(fill(new Int8Array(3), 3, 100), 3, 100)));
show("typed keys", Array.from(bump(new Float64Array([1.5, -0]), 2)));

// index-like string keys, -0, non-index numbers on arrays and objects
var a = [10, 20, 30];
var keys = ["1", "01", "1.0", "-0", "3"];
for (var i = 0; i < keys.length; i++) a[keys[i]] = "k" + i;
show("array string keys", [a, a["01"], a["1.0"], a["-0"], Object.keys(a)]);
var b = [1, 2, 3];
var nums = [-0, 1.5, -1, 4294967295, 2];
for (var i = 0; i < nums.length; i++) b[nums[i]] = i;
show("array number keys", [b, b[-0], b[1.5], b[-1], b["4294967295"], Object.keys(b)]);
var o = {};
for (var i = 0; i < nums.length; i++) o[nums[i]] = i;
show("object number keys", [o, o[0], o["0"], o[-0]]);
var strs = ["x", "y", "x"], cat = {};
for (var i = 0; i < strs.length; i++) cat[strs[i]] += i;
show("compound missing", cat);
var sym = Symbol("s"), so = {};
so[sym] = 1; so[sym]++; so[sym] += 1;
show("symbol key", so[sym]);

// values of the updates and assignments used as expressions
var v = [1, 2], w = { k: 1 }, key = "k", got = [];
for (var i = 0; i < 2; i++) { got.push(v[i]++, ++v[i], v[i] += 10, w[key]++, w[key] += "!"); }
show("as values", [got, v, w]);
var counter = 0, obj = { valueOf: function () { counter++; return 5; } };
var arr2 = [obj];
arr2[0]++;
show("valueOf once", [arr2, counter]);

// a key variable that the loop does not change, on every kind of value
function pick(a, k, n) { var s = []; for (var j = 0; j < n; j++) { s.push(a[k]); a[k] = j; a[k] += 1; } return s; }
var odd = [0, -0, 2, 1.5, -1, "1", "x", NaN, 4294967295, 4294967294, Infinity, null, undefined, true];
var picked = [];
for (var i = 0; i < odd.length; i++) {
  var arr = [10, 20, 30], rec = { "1": 5 };
  picked.push([String(odd[i]), pick(arr, odd[i], 2), pick(rec, odd[i], 2), arr.length, Object.keys(arr).length]);
}
show("invariant keys", picked);
show("invariant typed", pick(new Uint8Array(4), 3, 3));
