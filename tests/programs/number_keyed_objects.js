// Plain objects used as tables with Number keys: o[k] and o[k] = v for every kind
// of Number and every kind of property the key may meet, own or inherited.
function fill(o, keys) { for (var i = 0; i < keys.length; i++) o[keys[i]] = i; return o; }
function read(o, keys) { var out = []; for (var i = 0; i < keys.length; i++) out.push(String(o[keys[i]])); return out.join(" "); }
function strictFill(o, k, v) { "use strict"; try { o[k] = v; return "ok"; } catch (e) { return e.constructor.name; } }

var keys = [0, 1, 2.5, -1, -0, NaN, Infinity, -Infinity, 1023, 1024, 123456789, 2 ** 53, 1e21, 1.5e-7, 0.1];
var t = {};
for (var r = 0; r < 50; r++) fill(t, keys);
console.log("own", read(t, keys));
console.log("keys", Object.keys(t).join(" "));

// a big table, read back and missed
var big = {};
for (var i = 0; i < 3000; i++) big[i] = i * 2;
var s = 0, miss = 0;
for (var j = 0; j < 3000; j++) { s += big[j]; if (big[j + 3000] === undefined) miss++; }
console.log("big", s, miss, Object.keys(big).length);

// inherited: a value, a getter, a setter, a read-only property
var proto = {};
Object.defineProperty(proto, "7", { value: "ro", writable: false });
Object.defineProperty(proto, "8", { get: function () { return "got8"; }, set: function (v) { log.push("set8 " + v); } });
proto[9] = "inherited9";
var log = [];
var child = Object.create(proto);
for (var r2 = 0; r2 < 30; r2++) { child[7] = "x"; child[8] = r2; }
console.log("inherited", read(child, [7, 8, 9, 10]), log.length, log[log.length - 1],
  Object.keys(child).length, strictFill(child, 7, 1), strictFill(child, 9, "own9"), read(child, [9]));

// Object.prototype itself gets a numeric property
Object.prototype[11] = "from Object.prototype";
console.log("Object.prototype", read({}, [11, 12]), read(t, [11]));
delete Object.prototype[11];
console.log("deleted", read({}, [11]));

// own accessors and read-only properties, frozen and non-extensible objects
var acc = {};
Object.defineProperty(acc, "3", { get: function () { return "three"; }, set: function (v) { log.push("set3 " + v); }, configurable: true });
Object.defineProperty(acc, "4", { value: 4, writable: false });
for (var r3 = 0; r3 < 20; r3++) { acc[3] = r3; acc[4] = r3; }
console.log("accessors", read(acc, [3, 4]), log[log.length - 1], strictFill(acc, 4, 0));
var frozen = Object.freeze({ 1: "one" });
var sealed = Object.preventExtensions({ 1: "one" });
for (var r4 = 0; r4 < 20; r4++) { frozen[1] = r4; frozen[2] = r4; sealed[1] = r4; sealed[2] = r4; }
console.log("frozen", read(frozen, [1, 2]), read(sealed, [1, 2]), strictFill(frozen, 1, 0), strictFill(sealed, 2, 0),
  strictFill(sealed, 1, "s"), read(sealed, [1]));

// other receivers with Number keys: Arrays, Strings, a Proxy, null
var px = new Proxy({}, { get: function (o, k) { return "proxy " + typeof k + " " + k; },
  set: function (o, k, v) { log.push("proxy set " + k); return true; } });
px[1.5] = 1;
console.log("others", read([5, 6], [0, 1.5, -0]), read("ab", [1, 2]), read(px, [1, -0, NaN]), log[log.length - 1]);
try { null[1] = 2; } catch (e) { console.log("null", e.constructor.name); }
try { var n = null; n[1]; } catch (e) { console.log("null read", e.constructor.name); }
