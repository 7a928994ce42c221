// m.get(k) / m.set(k, v) / m.has(k) / s.add(v) / s.has(v) call sites that compute
// the built-in in place, met by receivers for which they must not: Map.prototype.get
// replaced (by a script function, by another built-in, by a getter), an own "get",
// a subclass (inheriting and overriding), a prototype changed, a non-Map.
function count(m, keys) {
  var total = 0;
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    m.set(k, (m.get(k) || 0) + 1);
    if (m.has(k)) total++;
  }
  return total + ":" + m.get(keys[0]) + ":" + m.size;
}
function addAll(s, keys) {
  var n = 0;
  for (var i = 0; i < keys.length; i++) { s.add(keys[i]); if (s.has(keys[i])) n++; }
  return n + ":" + s.size;
}
var keys = ["a", "b", 1, -0, 0, NaN, "a", 1, NaN, {}, null, undefined, "b"];
var out = [];
for (var r = 0; r < 30; r++) { count(new Map(), keys); addAll(new Set(), keys); }
out.push("plain " + count(new Map(), keys) + " " + addAll(new Set(), keys));

class Counted extends Map {
  get(k) { return super.get(k) === undefined ? 100 : super.get(k); }
}
class Plain extends Map {}
class PlainSet extends Set {}
out.push("sub " + count(new Counted(), keys) + " " + count(new Plain(), keys) + " " + addAll(new PlainSet(), keys));

var own = new Map();
own.get = function (k) { return 7; };
out.push("own " + count(own, keys));
var ownSet = new Set();
ownSet.has = function () { return false; };
out.push("ownset " + addAll(ownSet, keys));

var reproto = new Map();
Object.setPrototypeOf(reproto, Counted.prototype);
out.push("reproto " + count(reproto, keys));

var fake = { data: {}, get: function (k) { return this.data[k]; }, set: function (k, v) { this.data[k] = v; return this; },
             has: function (k) { return k in this.data; }, size: "fake" };
out.push("fake " + count(fake, keys));

var origGet = Map.prototype.get;
Map.prototype.get = function (k) { return origGet.call(this, k) === undefined ? 50 : origGet.call(this, k); };
out.push("replaced " + count(new Map(), keys) + " " + count(new Plain(), keys));
Map.prototype.get = Set.prototype.has;
try { out.push("native " + count(new Map(), keys)); } catch (e) { out.push("native " + e.constructor.name); }
var getterCalls = 0;
Object.defineProperty(Map.prototype, "get", { configurable: true, get: function () { getterCalls++; return origGet; } });
out.push("getter " + count(new Map(), keys) + " calls " + getterCalls);
Object.defineProperty(Map.prototype, "get", { configurable: true, writable: true, value: origGet });
out.push("restored " + count(new Map(), keys));
var origHas = Set.prototype.has;
Set.prototype.has = function (v) { return v === "a"; };
out.push("sethas " + addAll(new Set(), keys));
Set.prototype.has = origHas;
delete Map.prototype.set;
try { count(new Map(), keys); } catch (e) { out.push("deleted " + e.constructor.name); }
console.log(out.join("\n"));
