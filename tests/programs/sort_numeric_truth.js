// Comparators of the form `a.x - b.x || ...` (the truth of a Number or BigInt
// result: NaN, -0, +0, BigInt zero), and sort's treatment of what a comparator
// returns (NaN as +0, objects through valueOf, strings, booleans), with stability,
// holes and undefined elements; each function is called often enough to be generated.
function byAgeThenScore(a, b) { return a.age - b.age || b.score - a.score; }
function or(a, b) { return a - b || "zero"; }
function and(a, b) { return a - b && "nonzero"; }
function neg(a) { return -a || "falsy"; }
function not(a) { return ~a || "minus one"; }
function mod(a, b) { return a % b || "divides"; }
function dec(o) { return o.n-- || "was zero"; }
function cond(a, b) { return (a - b) ? "t" : "f"; }
var pairs = [[3, 1], [1, 3], [2, 2], [NaN, 1], [0, -0], [-0, 0], [Infinity, Infinity], [1n, 1n], [5n, 2n],
             ["7", 2], [true, 1], [null, 0], [undefined, 1], [{ valueOf: function () { return 4; } }, 4]];
var lines = [];
for (var round = 0; round < 40; round++) {
  for (var p = 0; p < pairs.length; p++) {
    var x = pairs[p][0], y = pairs[p][1], r = [];
    var ops = [or, and, mod, cond];
    for (var q = 0; q < ops.length; q++) {
      try { var v = ops[q](x, y); r.push(typeof v + ":" + (Object.is(v, -0) ? "-0" : String(v))); }
      catch (e) { r.push(e.constructor.name); }
    }
    try { r.push(String(neg(x)), String(not(x))); } catch (e) { r.push(e.constructor.name); }
    var o = { n: x };
    try { r.push(String(dec(o))); } catch (e) { r.push(e.constructor.name); }
    if (round === 39) lines.push(p + " " + r.join(" "));
  }
}
console.log(lines.join("\n"));

var people = [];
var seed = 7;
for (var i = 0; i < 300; i++) {
  seed = (seed * 16807) % 2147483647;
  people.push({ id: i, age: seed % 7, score: (seed >> 3) % 5 });
}
people.push({ id: 301, age: -0, score: 1 }, { id: 302, age: 0, score: 1 });
var sorted = people.slice().sort(byAgeThenScore);
console.log(sorted.map(function (p) { return p.id; }).join(","));
var stable = people.slice().sort(function (a, b) { return a.score - b.score; });
console.log(stable.map(function (p) { return p.id; }).join(","));

// what comparators return: NaN, -0, strings, booleans, objects with valueOf, undefined
var results = [
  function (a, b) { return NaN; },
  function (a, b) { return -0; },
  function (a, b) { return String(a - b); },
  function (a, b) { return a > b ? true : a < b ? -1 : false; },
  function (a, b) { return { valueOf: function () { return b - a; } }; },
  function (a, b) { },
  function (a, b) { return a < b ? -1n : a > b ? 1n : 0n; }
];
for (var k = 0; k < results.length; k++) {
  var arr = [5, 1, 4, undefined, 2, , 3, 1, 10, 0];
  try {
    for (var rep = 0; rep < 20; rep++) arr.slice().sort(results[k]);
    var s = arr.sort(results[k]);
    console.log(k, JSON.stringify(s), s.length, 5 in s, 9 in s);
  } catch (e) { console.log(k, e.constructor.name); }
}
var calls = 0;
var counted = [3, 1, 2].sort(function (a, b) { calls++; return a - b; });
console.log(counted.join(), calls > 0);
try { [2, 1].sort(function () { throw new RangeError("stop"); }); } catch (e) { console.log("thrown", e.name, e.message); }
