// o.p++, ++o.p, o[k]--, and a global's n++ whose value is used: ToNumeric of the old
// value, the order of the base, key, get and put, and the cases the inline forms pass on
function Reader(src) { this.src = src; this.pos = 0; }
Reader.prototype.next = function () { return this.src[this.pos++]; };
Reader.prototype.back = function () { return --this.pos; };
function take(r, n) { var s = ""; for (var i = 0; i < n; i++) s += r.next(); return s + ":" + r.pos; }
var counts = {}, arr = [1, 2, 3], n = 0;
function bump(o, k) { return o[k]++; }
function pre(o, k) { return ++o[k]; }
function dec(o) { return o.count--; }
function glob() { return [n++, ++n, n--, --n, n]; }
var log = [];
var spy = new Proxy({ v: 1 }, {
  get: function (t, k) { log.push("get " + String(k)); return t[k]; },
  set: function (t, k, v) { log.push("set " + String(k) + "=" + v); t[k] = v; return true; }
});
for (var rep = 0; rep < 3; rep++) {
  var r = new Reader("hello");
  console.log(take(r, 3), r.back(), r.next(), r.pos);
  console.log(bump(counts, "a"), bump(counts, "a"), pre(counts, "b"), JSON.stringify(counts));
  console.log(bump(arr, 0), pre(arr, 2), bump(arr, 5), pre(arr, 7), JSON.stringify(arr), arr.length);
  console.log(bump({ x: "5" }, "x"), pre({ x: "5" }, "x"), bump({ x: null }, "x"), pre({}, "x"),
              bump({ x: 10n }, "x"), pre({ x: 10n }, "x"), bump([true], 0), dec({ count: "a" }), dec({ count: -0 }));
  var d = { count: { valueOf: function () { return 41; } } };
  console.log(dec(d), d.count, glob().join(","));
  log = [];
  console.log(pre(spy, "v"), bump(spy, "v"), log.join("; "));
  var frozen = Object.freeze({ x: 1 });
  console.log(bump(frozen, "x"), frozen.x);
  var acc = { _v: 1, get v() { return this._v * 10; }, set v(x) { this._v = x; } };
  console.log(bump(acc, "v"), acc._v, pre(acc, "v"), acc._v);
  var ta = new Int8Array([127]);
  console.log(bump(ta, 0), ta[0], pre("abc", 1), pre(5, "x"));
}
try { bump(null, "x"); } catch (e) { console.log(e instanceof TypeError); }
try { bump(undefined, { toString: function () { console.log("key converted"); return "k"; } }); } catch (e) { console.log(e instanceof TypeError); }
try { bump({ x: Symbol() }, "x"); } catch (e) { console.log(e instanceof TypeError); }
(function () { "use strict"; try { bump(Object.freeze({ x: 1 }), "x"); } catch (e) { console.log("strict?", e instanceof TypeError); } })();
function strictBump(o) { "use strict"; return o.x++; }
try { strictBump(Object.freeze({ x: 1 })); } catch (e) { console.log("strict", e instanceof TypeError); }
