// Arithmetic expressions over local variables and literals (+ - * / and unary -) with
// Numbers, and with every other kind of operand: strings, BigInts, booleans, null,
// undefined, objects whose valueOf logs; zero divisors, signed zeros, overflow.
function poly(x, y, z) { return x * x + y * y - z * z * 0.5 + 1; }
function ratio(i, j) { return 1 / ((i + j) * (i + j + 1) / 2 + i + 1); }
function divs(a, b) { return [a / (b - b), -a / (b - b), (a - a) / (b - b), a / b / 2, -(a * 0), a * -0 + 0]; }
function neg(a, b) { return -a - -b * -1; }
function show(v) { return typeof v === "number" && v === 0 ? (1 / v > 0 ? "0" : "-0") : String(v); }

var log = [];
function val(name, v) { return { valueOf: function () { log.push(name); return v; } }; }
var cases = [
  [1, 2, 3], [0.5, -0, 1e308], [-0, -0, 0], [NaN, 1, 2], [Infinity, -Infinity, 1],
  ["2", 3, 4], [2, "3", 4], [true, null, undefined], [1n, 2n, 3n], [1n, 2, 3],
  [val("a", 2), val("b", 3), val("c", 4)], [[5], {}, "x"],
];
for (var k = 0; k < cases.length; k++) {
  var c = cases[k];
  var out = [];
  try { out.push(show(poly(c[0], c[1], c[2]))); } catch (e) { out.push(e.constructor.name); }
  try { out.push(show(ratio(c[0], c[1]))); } catch (e) { out.push(e.constructor.name); }
  try { out.push(divs(c[0], c[1]).map(show).join(" ")); } catch (e) { out.push(e.constructor.name); }
  try { out.push(show(neg(c[0], c[1]))); } catch (e) { out.push(e.constructor.name); }
  console.log(k, out.join(" | "), log.splice(0).join(""));
}

function overflow(a) { return a * a * a - a * a; }
console.log(overflow(1e200), overflow(-1e200), overflow(1e-200), show(overflow(-0)));

function lets(n) {
  let t = 0;
  for (let i = 0; i < n; i++) { let u = i * 2; t = t + u * u - i / 2; }
  try { return q * 2 + q; } catch (e) { return t + " " + e.constructor.name; } finally { }
  let q = 1;
}
console.log(lets(10));

function captured(a) {
  var b = 2;
  var bump = function () { b = "s"; return 1; };
  var first = a * b + a;
  bump();
  return [first, a * b + a, a - b * 2];
}
console.log(captured(3).map(show).join(" "));

function spectralRow(n) {
  var s = 0;
  for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) s += ratio(i, j) * (i - j);
  return s;
}
console.log(spectralRow(30));
