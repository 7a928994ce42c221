// Bitwise operators on Numbers of every range, on mixed types and BigInts.
var vals = [0, -0, 1, -1, 5.7, -5.7, 255, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296,
  1e10, -1e10, 2 ** 53, -(2 ** 53), 1e300, NaN, Infinity, -Infinity, 0.5, -0.5, 31, 32, 33, -31, -32, 63];
var ops = [(a, b) => a & b, (a, b) => a | b, (a, b) => a ^ b, (a, b) => a << b, (a, b) => a >> b, (a, b) => a >>> b];
var sum = 0, lines = [];
for (var k = 0; k < ops.length; k++) {
  var row = [];
  for (var i = 0; i < vals.length; i++) for (var j = 0; j < vals.length; j++) { var r = ops[k](vals[i], vals[j]); sum += r; if ((i * 7 + j) % 37 === 0) row.push(Object.is(r, -0) ? "-0" : String(r)); }
  lines.push(row.join(" "));
}
console.log(lines.join("\n"));
console.log(sum);
function direct(a, b) { return [a & b, a | b, a ^ b, a << b, a >> b, a >>> b, a & 0xff, a >> 3, a >>> 0, a << 31, ~a].join(); }
console.log(direct(-123456789.9, 5), direct(3000000000, 33), direct(-1, -1), direct(0x7fffffff, 1));
var x = 7; x &= 3; var y = -9; y >>>= 1; var z = 1; z <<= 40; var w = 1e12; w |= 0;
console.log(x, y, z, w, "12" & 10, true | 2, null ^ 5, undefined >> 1, [8] >>> 1, { valueOf() { return 6; } } & 3);
console.log(5n & 3n, -5n | 2n, 7n ^ -1n, 1n << 70n, -1024n >> 3n);
try { console.log(1n & 1); } catch (e) { console.log(e.constructor.name); }
