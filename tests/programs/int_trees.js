// Trees of bitwise operators (with + - * inside) computed at once, and every operand
// that must take the operator-by-operator path: ranges, non-Numbers, valueOf order.
function show(v) { return Object.is(v, -0) ? "-0" : typeof v === "bigint" ? v + "n" : String(v); }
var nums = [0, -0, 1, -1, 5.7, -5.7, 0.5, -0.5, 255, 256, 2147483647, 2147483648, -2147483648, -2147483649,
  4294967295, 4294967296, -4294967296, 4294967297, 1e10, -1e10, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 1e20, -1e20, 1e300,
  NaN, Infinity, -Infinity, 31, 32, 33, -31, -32, 63, 0xEDB88320, 3.99, -3.99];
var others = ["12", "0x10", " 3 ", "", "abc", true, false, null, undefined, [8], [], {}, { valueOf() { return 6; } }];

var trees = {
  crcStep: (c, b) => [0x1, 0xEDB88320, 7, 0x80000000][(c ^ b) & 3] ^ (c >>> 8),
  mask: (a, b) => (a ^ b) & 0xFF,
  hash: (h, c) => (h * 31 + c) | 0,
  hash2: (h, c) => ((h << 5) - h + c) | 0,
  sumU: (a, b) => (a + b) >>> 0,
  diff: (a, b) => (a - b) | 0,
  mulBig: (a, b) => (a * b) | 0,
  mulSmall: (a, b) => ((a & 0xFFFF) * (b & 0xFFFF)) >>> 0,
  frac: (a, b) => (a + 0.5) | (b - 0.25),
  notOr: (a, b) => ~(a | b),
  notNot: (a, b) => ~~a + ~~b,
  u2s: (a, b) => (a >>> 0) >> (b >>> 0),
  u2x: (a, b) => (a >>> 0) ^ (b >>> 1),
  uPlus: (a, b) => ((a >>> 0) + (b >>> 0)) | 0,
  shifts: (a, b) => a << b >> b,
  shiftsU: (a, b) => a << b >>> b,
  signExt: (a, b) => (a & 0xFFFF) << 16 >> 16,
  orZero: (a, b) => a | 0,
  ushrZero: (a, b) => a >>> 0,
  sarZero: (a, b) => a >> 0,
  shlZero: (a, b) => a << 0,
  xorZero: (a, b) => a ^ 0,
  andAll: (a, b) => a & -1,
  andBig: (a, b) => a & 4294967296,
  lit: (a, b) => (1 << 31) | (0xFFFFFFFF >>> 4) ^ (1e20 | 0),
  count: (a, b) => (1 << b) - 1 & a,
  negLeaf: (a, b) => -a | -b,
  deep: (a, b) => ((((a ^ b) >>> 3) + (b & 7) * 3 - (a | 1)) ^ ~(b << 2)) >>> 1,
  cond: (a, b) => (a & b) ? "t" : "f",
  cond2: (a, b) => ((a >>> 0) & 4294967296 | (b ^ 4294967296)) ? 1 : 0,
};

var names = Object.keys(trees);
for (var round = 0; round < 3; round++) {
  var total = 0, lines = [];
  for (var n = 0; n < names.length; n++) {
    var f = trees[names[n]], row = [];
    for (var i = 0; i < nums.length; i++) {
      for (var j = 0; j < nums.length; j++) {
        var r = f(nums[i], nums[j]);
        if (typeof r === "number") total = (total + (r === r ? r : 7)) % 1000000007;
        if ((i * 13 + j * 7 + n) % 41 === 0) row.push(show(r));
      }
    }
    for (var i = 0; i < others.length; i++) row.push(show(f(others[i], 3)), show(f(5, others[i])));
    lines.push(names[n] + ": " + row.join(" "));
  }
  if (round === 2) console.log(lines.join("\n"));
  console.log("total", total);
}

// the order of evaluation and of ToPrimitive
var log = [];
function obj(name, v) { return { valueOf() { log.push("valueOf " + name); return v; } }; }
function val(name, v) { log.push("eval " + name); return v; }
function order(a, b, c) { return (val("a", a) ^ val("b", b)) & val("c", c) | 0; }
function order2(a, b, c) { return val("a", a) << (val("b", b) >>> val("c", c)); }
for (var k = 0; k < 4; k++) {
  log = [];
  console.log(order(obj("A", 6), 3, 0xFF), order(5, obj("B", 9), obj("C", 12)), order(1, 2, obj("C", 3)),
    order2(obj("A", 1), obj("B", 40), 2), order2(3, 4, obj("C", 33)), log.join(", "));
}
function captured() {
  var x = 1;
  var o = { valueOf() { x = 100; return 2; } };
  function bump() { x += 10; return 4; }
  return [(o ^ 3) ^ x, x, (x ^ (o ^ 3)), (x = 1, x | bump() | x), ((x = 1) ^ o) + (x & 0xF)];
}
for (var k = 0; k < 3; k++) console.log(captured().join());
function getters() {
  var seen = [];
  var o = { get p() { seen.push("p"); return 0x10; }, get q() { seen.push("q"); return { valueOf() { seen.push("q.valueOf"); return 3; } }; } };
  var r = (o.p | o.q) ^ (o.p >>> 1);
  return r + " " + seen.join();
}
for (var k = 0; k < 3; k++) console.log(getters());
function throwing() {
  var seen = [];
  try {
    return (seen.push(1) ^ { valueOf() { throw new Error("boom"); } }) | seen.push(2);
  } catch (e) { return e.message + " " + seen.join(); }
}
for (var k = 0; k < 3; k++) console.log(throwing());

// BigInts: all BigInt works, a mix throws
function big(a, b, c) { try { return show((a ^ b) & c); } catch (e) { return e.constructor.name; } }
function bigNot(a) { try { return show(~a << 1n); } catch (e) { return e.constructor.name; } }
for (var k = 0; k < 3; k++) {
  console.log(big(5n, 3n, 7n), big(5n, 3n, 7), big(5, 3n, 7n), big(obj("big", 12n), 3n, -1n), big(1, 2, 3n),
    bigNot(5n), bigNot(5), bigNot(obj("nb", -9n)));
}
try { Symbol() | 0; } catch (e) { console.log(e.constructor.name); }
function sym(s) { try { return (s >>> 1) ^ 3; } catch (e) { return e.constructor.name; } }
console.log(sym(Symbol("s")), sym(8));

// loop counters (int twins) as leaves, compound assignment
function counters() {
  var s = 0, t = 0, u = [];
  for (var i = 0; i < 70; i++) s = (s + (i << 26) ^ (i >>> 1)) | 0;
  for (var i = 0; i < 40; i++) t = ((t << 1) | (i & 1)) ^ (i * 0x9E3779B1 | 0);
  for (var i = 2147483640; i < 2147483650; i++) u.push(i | 0, i >> 1, i >>> 0, ~i, (i + i) | 0);
  var h = 0x811c9dc5;
  for (var i = 0; i < 50; i++) { h ^= i; h = (h * 0x1000193) >>> 0; h <<= 1; h >>>= 0; h >>= 1; h |= i & 2; h &= 0x7FFFFFFF; }
  return [s, t, h, u.join()].join(" ");
}
for (var k = 0; k < 3; k++) console.log(counters());

// comparisons of a tree with a Number literal, and truth
var cmps = {
  eq0: (a, b) => (a & b) === 0, ne0: (a, b) => (a & b) !== 0, leq0: (a, b) => 0 == (a ^ b), lne0: (a, b) => (a | b) != 0,
  eqLit: (a, b) => (a & 3) === 2, ltLit: (a, b) => (a >>> 0) < 5, geLit: (a, b) => 3 >= (a >> b),
  gtFrac: (a, b) => (a ^ b) > 0.5, eqNaN: (a, b) => (a | b) === NaN, neNaN: (a, b) => (a | b) !== NaN,
  ltInf: (a, b) => (a << b) < Infinity, eqBig: (a, b) => (a >>> 0) == 4294967295, eqWrap: (a, b) => (a + b | 0) === -2,
  eqStr: (a, b) => (a & b) == "0", truthU: (a, b) => ((a >>> 0) & (b >>> 0)) ? 1 : 0, truthShl: (a, b) => (a << 16) ? 1 : 0,
  truthNot: (a, b) => ~a ? 1 : 0, notTruth: (a, b) => !(a >>> b),
};
var cnames = Object.keys(cmps);
for (var round = 0; round < 3; round++) {
  var out = [];
  for (var n = 0; n < cnames.length; n++) {
    var f = cmps[cnames[n]], row = "";
    for (var i = 0; i < nums.length; i++) for (var j = 0; j < nums.length; j += 3) row += f(nums[i], nums[j]) ? "1" : "0";
    for (var i = 0; i < others.length; i++) row += " " + f(others[i], 1) + f(1, others[i]);
    out.push(cnames[n] + ": " + row);
  }
  if (round === 2) console.log(out.join("\n"));
}
log = [];
function cmpOrder(a, b) { return (val("a", a) & val("b", b)) === 0 ? "zero" : "nonzero"; }
for (var k = 0; k < 3; k++) console.log(cmpOrder(obj("A", 1), obj("B", 2)), cmpOrder(1n, 3n), cmpOrder(1, 1), log.join());

// compound assignment: the variable is read before the right side runs
var gx = 5;
function compound() {
  var x = 12, seen = [];
  x ^= (x = 3, 10);
  var y = 7;
  function setY() { y = 1000; return 1; }
  y |= setY() << 4;
  var z = 0xFFFFFFFF;
  z >>>= { valueOf() { seen.push("z"); return 4; } };
  gx <<= 3; gx ^= obj("gx", 1); gx >>= "1";
  var w = 2; w &= 1n === 1n ? 3 : 0;
  var b = 5n; try { b |= 1; } catch (e) { seen.push(e.constructor.name); }
  var u; u |= 0;
  return [x, y, z, gx, w, show(b), u, seen.join()].join(" ");
}
for (var k = 0; k < 3; k++) { log = []; gx = 5; console.log(compound(), log.join()); }

// a counting loop's variable used as a key (it has an int twin) as a leaf
function twins(a) {
  var s = 0, r = [];
  for (var i = 0; i < 64; i++) s = (s ^ a[i & 7]) + (i << 27) - (i >>> 1) * 3 | 0;
  for (var i = 0; i < a.length; i++) s = (s ^ a[i]) + (i << 29) - (i >>> 1) * ~i - (i >> 1) | 0;
  for (var i = 2147483630; i < 2147483670; i += 3) r.push(a[i], i | 0, i >> 1, i >>> 0, (i + i) | 0, ~i, (i & 5) === 4, i * 3 | 0);
  for (var i = 4294967280; i < 4294967310; i += 7) r.push(a[i], i | 0, i >> 1, i >>> 2, (i - 1) ^ 1);
  return s + " " + r.join();
}
for (var k = 0; k < 3; k++) console.log(twins([1, 2, 3, 4, 5, 6, 7, 0x80000000]));

// Math.imul of Int32 and Uint32 Numbers inline, anything else through ToUint32
var iv = nums.concat(others, [65537, 0x811c9dc5, 16777619]), imuls = [];
for (var i = 0; i < iv.length; i++) for (var j = 0; j < iv.length; j += 2) imuls.push(show(Math.imul(iv[i], iv[j])));
console.log(imuls.join(","), Math.imul(), Math.imul(5), Math.imul(3, 4, 5));
