// x % y: the inline forms (a positive literal divisor, any divisor) and every case the
// helper must take: dividends ±0, negative, non-integer, NaN, infinite; divisors ±0, NaN,
// ±Infinity, negative; non-Numbers (valueOf order), BigInts
function show(x) { return Object.is(x, -0) ? "-0" : String(x); }
function byLiteral(x) { return [x % 3, x % 0.5, x % 1, x % 2147483647].map(show).join(","); }
function byAny(x, y) { return show(x % y); }
function compound(x, y) { var r = x; r %= y; return show(r); }
var xs = [0, -0, 1, -1, 2.5, -2.5, 7, -7, 6, -6, 0.1, -0.1, 1e300, -1e300, 5e-324, -5e-324, NaN, Infinity, -Infinity];
var ys = [3, -3, 0, -0, 0.5, -0.5, 1, NaN, Infinity, -Infinity, 1e-300, 2147483647];
for (var k = 0; k < 3; k++) {
  var out = [];
  for (var i = 0; i < xs.length; i++) {
    out.push(byLiteral(xs[i]));
    var row = [];
    for (var j = 0; j < ys.length; j++) row.push(byAny(xs[i], ys[j]) + "/" + compound(xs[i], ys[j]));
    out.push(row.join(" "));
  }
  if (k === 2) console.log(out.join("\n"));
}
// a counter starting at zero, as loops do
var counts = [0, 0, 0], negs = [];
for (var i = 0; i < 10; i++) { counts[i % 3]++; negs.push(show(-i % 4)); }
console.log(counts.join(","), negs.join(","));
// non-Numbers: ToNumeric of the left operand first
var log = [];
function v(name, x) { return { valueOf: function () { log.push(name); return x; } }; }
for (var k = 0; k < 3; k++) {
  log = [];
  console.log(byAny(v("a", 0), v("b", 5)), byAny("-0", 2), byAny(-0, "7"), byAny(null, 1), byAny(true, 0), byAny(undefined, 2), log.join(""));
}
console.log(String(7n % 3n), String(-7n % 3n), String(0n % 5n));
try { byAny(1n, 0n); } catch (e) { console.log("bigint zero", e instanceof RangeError); }
try { byAny(1n, 1); } catch (e) { console.log("mixed", e instanceof TypeError); }
