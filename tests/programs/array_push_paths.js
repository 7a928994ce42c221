// a.push(...) as a statement: the in-place append and every case it must leave to the call
function fill(a, n) {
  for (var i = 0; i < n; i++) a.push(i);
  return a;
}
function fillTwo(a, n) {
  for (var i = 0; i < n; i++) a.push(i, i * 10);
  return a;
}
function show(label, a) {
  var parts = [];
  for (var i = 0; i < a.length; i++) parts.push(i in a ? String(a[i]) : "_");
  console.log(label, a.length, parts.join(","));
}

show("plain", fill([], 5));
show("two", fillTwo([7], 3));
show("holey", fill([1, , 3], 2));

// an own push property, and an array whose own properties include other names
var own = [];
own.push = function (x) { console.log("own push", x); return 0; };
fill(own, 2);
var named = [1];
named.tag = "t";
show("named", fill(named, 2));

// a subclass instance and a plain object borrowing push
class Stack extends Array {}
var st = new Stack();
show("subclass", fill(st, 3));
var like = { length: 1, 0: "x", push: Array.prototype.push };
fill(like, 2);
console.log("array-like", JSON.stringify(like));

// non-extensible, frozen, read-only length
var sealed = Object.preventExtensions([1, 2]);
try { fill(sealed, 1); } catch (e) { console.log("preventExtensions", e instanceof TypeError, sealed.length); }
var ro = [1];
Object.defineProperty(ro, "length", { writable: false });
try { fill(ro, 1); } catch (e) { console.log("readonly length", e instanceof TypeError, ro.length); }

// a sparse array
var sparse = [];
sparse[100000] = 1;
fill(sparse, 2);
console.log("sparse", sparse.length, sparse[100001], sparse[100002]);

// arguments that change the array, or push itself, before the call runs
var victim = [1, 2, 3];
function shrink() { victim.length = 0; return "s"; }
for (var k = 0; k < 2; k++) victim.push(shrink());
show("shrink", victim);
var frozenLater = [1];
function freeze() { Object.freeze(frozenLater); return 2; }
try { frozenLater.push(freeze()); } catch (e) { console.log("frozen by argument", e instanceof TypeError, frozenLater.length); }
var orig = Array.prototype.push;
var swapped = [];
function swap() { Array.prototype.push = function () { console.log("replacement"); return -1; }; return 9; }
swapped.push(swap());
swapped.push(10);
Array.prototype.push = orig;
show("swapped", swapped);

// Array.prototype given a method replacement, an index, a setter for an index
Array.prototype.push = function (x) { console.log("patched push", x); return orig.call(this, x * 100); };
show("patched", fill([], 2));
Array.prototype.push = orig;
Array.prototype[2] = "inherited";
var withInherited = fill([], 4);
show("proto element", withInherited);
console.log(withInherited.hasOwnProperty(2));
delete Array.prototype[2];
// (no console.log while a prototype has an index accessor: Node's own console code would meet it)
var log = [];
Object.defineProperty(Array.prototype, "3", {
  set: function (v) { log.push("setter for 3 " + v); },
  get: function () { return "g"; },
  configurable: true,
});
var withSetter = fill([], 5);
var seen = [withSetter.length, withSetter[3], withSetter[4], withSetter.hasOwnProperty(3)].join();
delete Array.prototype[3];
console.log(log.join("; "));
show("proto setter", withSetter);
console.log(seen);
log = [];
Object.defineProperty(Object.prototype, "1", { get: function () { return "o"; }, set: function (v) { log.push("object setter " + v); }, configurable: true });
var withObjectSetter = fill([], 3);
delete Object.prototype[1];
console.log(log.join("; "));
show("object proto setter", withObjectSetter);
show("after", fill([], 3));

// push of a getter on Array.prototype for the name itself
Object.defineProperty(Array.prototype, "push", {
  get: function () { console.log("push getter"); return orig; },
  configurable: true,
});
show("getter", fill([], 2));
Object.defineProperty(Array.prototype, "push", { value: orig, writable: true, configurable: true, enumerable: false });
show("restored", fill([], 2));
