// forEach, map, filter, every and some over dense Arrays (called without the spec steps
// between calls) and as soon as the array changes shape, with species results made elsewhere.
const out = [];
function show(l, f) { try { out.push(l + "=" + JSON.stringify(f())); } catch (e) { out.push(l + "!" + e.constructor.name + ":" + e.message); } }
const base = () => [1, 2, 3, 4, 5, 6, 7, 8];
for (let round = 0; round < 4; round++) {
  show("map", () => base().map((x, i, a) => x * i + a.length));
  show("filter", () => base().filter((x) => x % 2));
  show("every", () => [base().every((x) => x < 5), base().every((x) => x > 0), [].every(() => false)]);
  show("some", () => [base().some((x) => x > 5), base().some((x) => x > 50), [].some(() => true)]);
  show("forEach", () => { let s = 0; base().forEach(function (x) { s += x * this.k; }, { k: 3 }); return s; });
  show("every-count", () => { let c = 0; base().every((x) => (c++, x < 3)); return c; });
  show("some-count", () => { let c = 0; base().some((x) => (c++, x === 4 ? {} : "")); return c; });
  show("map-shrink", () => { const a = base(); return a.map((x, i) => { if (i === 2) a.length = 4; return x; }); });
  show("map-grow", () => { const a = base(); return a.map((x, i) => { if (i === 1) a.push(99); return x; }); });
  show("map-hole", () => { const a = base(); return a.map((x, i) => { if (i === 1) delete a[3]; return x * 2; }); });
  show("filter-sparse", () => { const a = base(); return a.filter((x, i) => { if (i === 0) a[20] = 5; return true; }); });
  show("filter-mutate", () => { const a = base(); return a.filter((x, i) => { a[i + 1] = -x; return x > 0; }); });
  show("map-throw", () => base().map((x) => { if (x === 3) throw new RangeError("r" + x); return x; }));
  show("some-throw", () => { let c = 0; try { base().some((x) => { c++; if (x === 6) throw 1; return false; }); } catch (e) { return [c, e]; } });
  show("every-truthy", () => base().every((x) => [x]));
  show("filter-values", () => [0, "", null, NaN, "a", 1, {}, -0].filter((x) => x));
  show("holes", () => [1, , 3, , 5].map((x) => x + 1));
  show("holes-filter", () => [1, , 3, , 5].filter((x, i) => i > 0));
  show("species", () => { class MyA extends Array {} const a = MyA.from([1, 2, 3]); const m = a.map((x) => x * 2); return [m instanceof MyA, [...m]]; });
  show("species-proxy", () => { const log = []; const a = [1, 2, 3]; a.constructor = { [Symbol.species]: function (n) { return new Proxy([], { defineProperty(t, k, d) { log.push("def" + k); return Reflect.defineProperty(t, k, d); } }); } }; a.map((x) => { log.push("cb" + x); return x; }); return log; });
  show("species-filter-proxy", () => { const log = []; const a = [1, 2, 3]; a.constructor = { [Symbol.species]: function (n) { return new Proxy([], { defineProperty(t, k, d) { log.push("def" + k); return Reflect.defineProperty(t, k, d); } }); } }; a.filter((x) => { log.push("cb" + x); return x !== 2; }); return log; });
  show("builtin-cb", () => ["1", "2", "3"].map(Number).concat(["a", "b"].map(String.prototype.toUpperCase.call, String.prototype.toUpperCase)));
  show("nonarray", () => Array.prototype.map.call({ length: 3, 0: "a", 2: "c" }, (x) => x + "!"));
  show("strict-this", () => base().map(function () { "use strict"; return this; }, 5).slice(0, 2));
}
console.log(out.join("\n"));
