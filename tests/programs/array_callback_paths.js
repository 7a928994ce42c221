// forEach/map/filter/every/some: dense arrays, holes, and callbacks that change the array
function show(label, v) { console.log(label, JSON.stringify(v)); }

var nums = [];
for (var i = 0; i < 40; i++) nums.push(i);
// the callbacks run often enough to be compiled partway through the loop
show("map", nums.map(function (x, k, o) { return x * 2 + k + o.length; }));
show("filter", nums.filter(x => x % 3 === 0));
show("every", [nums.every(x => x < 40), nums.every(x => x < 20)]);
show("some", [nums.some(x => x === 39), nums.some(x => x > 99)]);
var sum = 0;
nums.forEach(function (x) { sum += x; });
show("forEach", sum);

// truthiness of callback results that are not Booleans
show("truthy", [0, 1, 2, 3, 4].filter(x => x % 2 ? "odd" : ""));
show("objects", [1, 2, 3].filter(x => x > 1 ? {} : null));
show("every values", [[1, 2].every(x => x), [1, 0].every(x => x), [1, 2].some(x => x - 1)]);

// holes, inherited elements, getters
var holey = [1, , 3, , 5];
show("holey map", holey.map(x => x * 10));
Array.prototype[3] = "inherited";
show("inherited map", holey.map(x => x));
var visits = [];
holey.forEach(function (x, k) { visits.push(k + ":" + x); });
delete Array.prototype[3];
show("inherited visits", visits);
var withGetter = [1, 2, 3];
Object.defineProperty(withGetter, 1, { get: function () { return "got"; } });
show("getter", withGetter.map(x => x));

// callbacks that change the array
var growing = [1, 2, 3];
show("grow", growing.map(function (x, k, o) { o.push(x + 10); return x; }));
show("grown", growing);
var shrinking = [1, 2, 3, 4, 5];
show("shrink", shrinking.map(function (x, k, o) { if (k === 1) o.length = 3; return x; }));
var popping = [1, 2, 3, 4, 5, 6];
visits = [];
popping.forEach(function (x, k, o) { visits.push(x); o.pop(); });
show("pop", visits);
var deleting = [1, 2, 3, 4];
show("delete", deleting.filter(function (x, k, o) { delete o[k + 1]; return true; }));
var sparseLater = [1, 2, 3, 4];
show("sparse", sparseLater.map(function (x, k, o) { if (k === 0) o[200000] = 9; return x + o.length; }));
var accessorLater = [1, 2, 3, 4];
show("accessor", accessorLater.map(function (x, k, o) {
  if (k === 0) Object.defineProperty(o, 2, { get: function () { return "late"; } });
  return x;
}));
var protoLater = [1, 2, , 4];
show("proto later", protoLater.map(function (x, k) {
  if (k === 0) Array.prototype[2] = "p";
  return x;
}));
delete Array.prototype[2];
var replaced = [1, 2, 3];
show("replace element", replaced.map(function (x, k, o) { if (k < 2) o[k + 1] = "r" + k; return x; }));

// early exit, exceptions, this values, other callables
var seen = [];
show("every stops", [nums.every(function (x) { seen.push(x); return x < 3; }), seen]);
seen = [];
show("some stops", [nums.some(function (x) { seen.push(x); return x >= 2; }), seen]);
try {
  nums.forEach(function (x) { if (x === 5) throw new Error("stop at " + x); });
} catch (e) { show("thrown", e.message); }
var ctx = { base: 100 };
show("thisArg", [1, 2].map(function (x) { return this.base + x; }, ctx));
show("strict this", [1].map(function () { "use strict"; return this; }));
show("sloppy this", [1].map(function () { return typeof this; }));
show("native", [1, 2, 3].map(String));
show("bound", [1, 2].map(function (a, k) { return this.tag + a + k; }.bind({ tag: "b" })));
show("arguments", [1, 2].map(function () { return arguments.length; }));
show("defaults", [1, 2].map(function (a, k = 7, o, extra = "e") { return [a, k, extra]; }));
class Counter { constructor() { this.n = 0; } add(x) { this.n += x; } }
var c = new Counter();
[1, 2, 3].forEach(c.add, c);
show("method", c.n);
function* gen(x) { yield x; }
show("generator callback", [1, 2].map(gen).map(g => g.next().value));
show("async callback", [1].map(async function (x) { return x; }).length);
try { [1].map(5); } catch (e) { show("not callable", e instanceof TypeError); }
show("empty", [[].map(x => x), [].every(x => false), [].some(x => true)]);
show("array-like", Array.prototype.map.call({ length: 3, 0: "a", 2: "c" }, x => x + x));
show("string", Array.prototype.filter.call("abc", x => x !== "b"));
