// callbacks from built-ins into script functions: the positional fast path and its exits
"use strict";
const log = (...a) => console.log(...a);
const nums = Array.from({ length: 200 }, (_, i) => (i * 37) % 101);

// comparators returning non-numbers: strings, booleans, undefined, NaN, objects, -0
const cmps = {
  number: (a, b) => a - b,
  string: (a, b) => String(a - b),
  boolean: (a, b) => a > b,
  undef: (a, b) => { if (a < b) return -1; },
  nan: (a, b) => (a < b ? -1 : a > b ? NaN : 0),
  object: (a, b) => ({ valueOf() { return b - a; } }),
  negzero: (a, b) => (a === b ? -0 : a - b),
  bigloop: function (a, b) { let d = 0; for (let i = 0; i < 2; i++) d += a - b; return d; },
};
for (const [name, f] of Object.entries(cmps)) {
  for (let round = 0; round < 3; round++) {
    const r = nums.slice().sort(f);
    if (round === 2) log(name, r.slice(0, 8).join(","), r.slice(-3).join(","));
  }
}
try { nums.slice().sort((a, b) => ({ valueOf() { throw new Error("valueOf threw"); } })); } catch (e) { log(e.message); }
try { nums.slice().sort((a, b) => Symbol()); } catch (e) { log(e.constructor.name); }
try { nums.slice().sort((a, b) => 1n); } catch (e) { log(e.constructor.name); }
let calls = 0;
try { nums.slice().sort((a, b) => { if (++calls === 150) throw new Error("cmp threw at 150"); return a - b; }); } catch (e) { log(e.message, calls); }
// a bound comparator, a comparator with a this, a class method
const bound = function (a, b) { return this.sign * (a - b); }.bind({ sign: -1 });
log("bound", nums.slice().sort(bound).slice(0, 5).join(","));
class Sorter { static by(a, b) { return b - a; } }
log("static", [3, 1, 2].sort(Sorter.by).join(","));
log("undefined last", [3, undefined, 1, undefined, 2].sort((a, b) => b - a).join(","));
log("holes", [3, , 1, , 2].sort((a, b) => a - b).length);

// map/forEach/filter/some/every/find with callbacks that change the array
const a = nums.slice(0, 20);
const seen = [];
a.forEach((v, i, arr) => { seen.push(v); if (i === 5) arr.length = 8; });
log("shrunk", seen.length, seen.join(","));
const b = nums.slice(0, 10);
log("grown", b.map((v, i, arr) => { if (i === 2) arr.push(99); return v + i; }).join(","));
const c = nums.slice(0, 10);
const sp = [];
c.forEach((v, i, arr) => { sp.push(v); if (i === 3) { delete arr[5]; arr[1000] = 7; } });
log("sparse", sp.length, sp.join(","));
const d = [1, 2, 3, 4, 5, 6];
log("filter", d.filter((v, i, arr) => { if (i === 1) arr[4] = 40; return v % 2 === 0; }).join(","));
log("some", d.some((v, i) => i > 2 && v > 30), "every", d.every(v => v > 0), "find", d.find(v => v > 5));
log("holey map", [1, , 3].map(x => x * 2).length, 1 in [1, , 3].map(x => x * 2));
// thisArg, arguments count, strict this undefined
log([1, 2].map(function (v) { return this.k + v; }, { k: 10 }).join(","));
log([1].map(function () { return arguments.length; })[0], [1].map(function () { return this; })[0]);
// callbacks that throw, for every method
for (const m of ["forEach", "map", "filter", "some", "every", "find", "findIndex", "reduce"]) {
  let n = 0;
  try {
    const f = (x, y) => { if (++n === 17) throw new TypeError(m + " cb threw"); return m === "every" ? true : m === "reduce" ? 0 : false; };
    nums[m](f, m === "reduce" ? 0 : undefined);
  } catch (e) { log(e.constructor.name, e.message, n); }
}
// bound functions and native functions as callbacks
const add = function (k, v) { return k + v; }.bind(null, 100);
log(nums.slice(0, 5).map(add).join(","), ["1", "2", "3"].map(Number).join(","), ["10", "10", "10"].map(parseInt).join(","));
log(nums.reduce((s, v) => s + v, 0), nums.reduce((s, v) => s + v), [[1], [2]].reduce((acc, v) => acc.concat(v)).join(","));
// a callback generated mid-loop (tier-up during the loop)
const big = Array.from({ length: 3000 }, (_, i) => i);
log(big.map(v => v * 2).reduce((s, v) => s + v, 0), big.filter(v => v % 3 === 0).length);
// deep recursion through callbacks is a RangeError caught by the script
function rec(n) { return [n].map(v => rec(v + 1))[0]; }
try { rec(0); } catch (e) { log("deep:", e.constructor.name); }
function recSort(n) { return [2, 1].sort((x, y) => recSort(n + 1) + x - y); }
try { recSort(0); } catch (e) { log("deep sort:", e.constructor.name); }
// find / findIndex / findLast / findLastIndex / flatMap with script, bound and native callbacks
const fx = Array.from({ length: 50 }, (_, i) => i * 3);
for (let r = 0; r < 3; r++) {
  log(fx.find(v => v > 40), fx.findIndex(v => v > 40), fx.findLast(v => v < 30), fx.findLastIndex(v => v < 30),
      fx.find(v => "yes" && v === 9), fx.find(v => 0), fx.findIndex(v => ({})));
}
log([, 1].find(v => v === undefined), [, 1].findIndex(v => v === undefined));
log(fx.find(Number.isInteger), fx.find(function (v) { return v === this.t; }, { t: 12 }));
log(fx.slice(0, 4).flatMap((v, i) => [v, i]).join(","), fx.slice(0, 4).flatMap(Array.of).join(","));
try { fx.find((v, i) => { if (i === 7) throw new Error("find threw at " + i); }); } catch (e) { log(e.message); }
try { fx.flatMap((v, i) => { if (i === 3) throw new Error("flatMap threw at " + i); return v; }); } catch (e) { log(e.message); }
log(new Int8Array([5, 6, 7]).find(v => v > 5), new Int8Array([5, 6, 7]).findLastIndex(v => v < 7));
