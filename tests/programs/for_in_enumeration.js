// for-in key enumeration (EnumerateObjectProperties): order, prototype chains,
// shadowing, non-enumerable and symbol keys, deletion during the loop, exotic objects.
// Each case runs several times so the hot functions reach every tier.

function keys(o) {
  var out = [];
  for (var k in o) out.push(k);
  return out.join(",");
}

function keysConst(o) {
  var out = [];
  for (const k in o) out.push(k);
  return out.join(",");
}

function sum(o) {
  var s = 0;
  for (var k in o) s += o[k];
  return s;
}

function show(label, o) {
  var a, b;
  for (var i = 0; i < 4; i++) { a = keys(o); b = keysConst(o); }
  console.log(label + ": " + a + (a === b ? "" : " / const: " + b));
}

var plain = {b: 1, a: 2, 10: 3, 2: 4, c: 5};
show("plain", plain);
show("index-like", {"1a": 1, "01": 2, "-1": 3, "4294967294": 4, "4294967295": 5, "7": 6, "": 7, "$": 8, z: 9});
show("dollar first", {$a: 1, _b: 2, c: 3});
show("empty", {});
show("null proto", Object.create(null, {x: {value: 1, enumerable: true}, y: {value: 2}}));
var s1 = Symbol("s");
var withSym = {a: 1};
withSym[s1] = 2;
withSym.b = 3;
show("symbols skipped", withSym);

var base = {p1: 1, shared: 2, hidden: 3};
Object.defineProperty(base, "ne", {value: 4, enumerable: false});
var mid = Object.create(base);
mid.m1 = 5;
Object.defineProperty(mid, "hidden", {value: 6, enumerable: false});
var leaf = Object.create(mid);
leaf.shared = 7;
leaf.l1 = 8;
leaf[3] = 9;
show("chain", leaf);
show("chain mid", mid);
Object.defineProperty(leaf, "ne", {value: 10, enumerable: true});
show("own enumerable over inherited non-enumerable", leaf);
Object.defineProperty(leaf, "p1", {value: 11, enumerable: false});
show("own non-enumerable shadows", leaf);

var acc = {};
Object.defineProperty(acc, "g", {get: function () { return 1; }, enumerable: true});
Object.defineProperty(acc, "h", {get: function () { return 2; }, enumerable: false});
acc.z = 3;
show("accessors", acc);

class Point { constructor() { this.x = 1; this.y = 2; } norm() { return 0; } }
show("class instance", new Point());
function F() { this.own = 1; }
F.prototype.inherited = 2;
show("constructor prototype", new F());
show("array", [1, , 3]);
var arr = [4, 5];
arr.extra = 6;
show("array with extra", arr);
show("string", "abc");
show("String object", Object.assign(new String("hi"), {x: 1}));
show("typed array", new Int8Array(3));
show("number", 5);
show("boolean", true);
show("undefined", undefined);
show("null", null);
show("function", Object.assign(function f() {}, {fp: 1}));
show("arguments", (function () { return arguments; })(1, 2));
show("map", new Map([[1, 2]]));
show("proxy", new Proxy({a: 1, b: 2}, {}));
show("proxy ownKeys", new Proxy({}, {
  ownKeys: function () { return ["q", "r"]; },
  getOwnPropertyDescriptor: function (t, k) { return {value: k, enumerable: k === "q", configurable: true}; }
}));
show("proxy as prototype", Object.create(new Proxy({pp: 1}, {})));

// values
var nums = {};
for (var i = 0; i < 30; i++) nums["key" + i] = i;
for (i = 0; i < 5; i++) console.log("sum", sum(nums));

// deleting keys not yet reached
function deleteAhead(o) {
  var out = [];
  for (var k in o) { out.push(k); if (k === "a") { delete o.c; delete o[5]; } }
  return out.join(",");
}
for (i = 0; i < 4; i++) console.log("delete ahead", deleteAhead({5: 0, a: 1, b: 2, c: 3, d: 4}));

// deleting the current key, and keys already visited
function deleteBehind(o) {
  var out = [];
  for (var k in o) { out.push(k); delete o[k]; if (k === "c") delete o.a; }
  return out.join(",") + " left " + Object.keys(o).length;
}
for (i = 0; i < 4; i++) console.log("delete behind", deleteBehind({a: 1, b: 2, c: 3, d: 4}));

// the object becomes a prototype during the loop (its property dict is replaced)
function becomesPrototype(o) {
  var out = [], child;
  for (var k in o) { out.push(k); if (k === "b") child = Object.create(o); }
  return out.join(",") + " child " + keys(child);
}
for (i = 0; i < 4; i++) console.log("becomes prototype", becomesPrototype({a: 1, b: 2, c: 3, d: 4}));

// Object.prototype gains and loses an enumerable key
var small = {u: 1};
show("before", small);
Object.prototype.extra = 1;
show("Object.prototype.extra", small);
show("Object.prototype.extra shadowed", {extra: 2, v: 1});
delete Object.prototype.extra;
show("after delete", small);
Object.defineProperty(Object.prototype, "quiet", {value: 1, enumerable: false, configurable: true});
show("non-enumerable on Object.prototype", small);
delete Object.prototype.quiet;
var proto2 = {pk: 1};
show("before setPrototypeOf", small);
Object.setPrototypeOf(small, proto2);
show("after setPrototypeOf", small);
proto2.pk2 = 2;
show("prototype gains a key", small);
Object.setPrototypeOf(proto2, {deep: 3});
show("prototype's prototype changed", small);

// break, continue, labels, nested loops over the same object
function nested(o) {
  var out = [];
  outer: for (var a in o) {
    for (var b in o) {
      if (b === a) continue outer;
      if (a === "z") break outer;
      out.push(a + b);
    }
  }
  return out.join(",");
}
for (i = 0; i < 4; i++) console.log("nested", nested({x: 1, y: 2, z: 3}));

// closures capture each iteration's const binding
function closures(o) {
  var fs = [];
  for (const k in o) fs.push(function () { return k; });
  return fs.map(function (f) { return f(); }).join(",");
}
for (i = 0; i < 4; i++) console.log("closures", closures({m: 1, n: 2}));

// assignment targets
function toMember(o) {
  var t = {};
  var n = 0;
  for (t.k in o) n++;
  return t.k + " " + n;
}
for (i = 0; i < 4; i++) console.log("member target", toMember({first: 1, last: 2}));
