// Operators with a literal operand (the code generator folds ToInt32 of the
// literal and drops its type test) and switch statements whose cases are
// literals (one dict lookup) or mixed.
function show(label, v) {
  console.log(label, Object.is(v, -0) ? "-0" : typeof v === "string" ? JSON.stringify(v) : String(v));
}

function bits(x) {
  return [x & 1, x | 0, x ^ 0x55, x >> 3, x << 4, x >>> 1, x & 0xFFFFFFFF, x | 4294967296,
          x ^ -1, x >> 33, x << -1, x >>> 32, x & 2.9, x | 1e400, x & -0, 1 << x, -8 >> x,
          0xFFFFFFFF >>> x, -1 >>> x, 5 & x, 7 ^ x];
}
var inputs = [0, -0, 1, -1, 7.9, -7.9, 2147483647, 2147483648, -2147483648, -2147483649,
              4294967296, 1e20, -1e20, NaN, Infinity, -Infinity, "12", true, null, undefined,
              { valueOf() { return 6; } }, 3n];
for (var i = 0; i < inputs.length; i++) {
  var x = inputs[i];
  try { show("bits " + i, bits(x).join(",")); } catch (e) { show("bits " + i, e.constructor.name); }
}

function mods(x) {
  return [x % 3, x % 1000003, x % -3, x % 0.5, x % 0, -x % 7, x % Infinity];
}
var modIn = [0, -0, 10, -10, 2.5, -2.5, NaN, Infinity, 1e300, "9", false];
for (var j = 0; j < modIn.length; j++) show("mod " + j, mods(modIn[j]).map(v => Object.is(v, -0) ? "-0" : v).join(","));

function compound(x) {
  var a = x, b = x, c = x, d = x, e = x, s = x;
  a &= 3; b |= 0; c ^= 0xFF; d >>>= 0; e %= 4; s += "!";
  var t = x; t += 1; t -= 0.5; t *= 2;
  return [a, b, c, d, e, s, t].map(v => Object.is(v, -0) ? "-0" : v).join(",");
}
var compIn = [5, -5, -0, 1.5, "7", "ab", null, undefined, 2 ** 32 + 3, [], {}];
for (var k = 0; k < compIn.length; k++) show("compound " + k, compound(compIn[k]));

function numSwitch(v) {
  switch (v) {
    case 0: return "zero";
    case 1: return "one";
    case 1.5: return "one and a half";
    case 1: return "second one";
    case -2: return "minus two";
    case 1e400: return "infinity";
    default: return "other";
    case 7: return "seven";
  }
}
[0, -0, 1, 1.5, -2, Infinity, 7, 8, "1", true, false, null, undefined, NaN, [1], new Number(1)]
  .forEach((v, i) => show("num " + i, numSwitch(v)));

function strSwitch(v) {
  var out = [];
  switch (v) {
    case "a": out.push("a");
    case "b": out.push("b"); break;
    case "": out.push("empty"); break;
    case "1": out.push("string one"); break;
    case 1: out.push("number one"); break;
  }
  return out.join("+") || "none";
}
["a", "b", "", "1", 1, "c", "A", new String("a"), null].forEach((v, i) => show("str " + i, strSwitch(v)));

var order = [];
function key(n) { order.push(n); return n; }
function mixedSwitch(v) {
  switch (v) {
    case 1: return "literal one";
    case key(2): return "computed two";
    case "x": return "literal x";
    case key(3): return "computed three";
    case true: return "true";
    case null: return "null";
    case undefined: return "undefined";
    default: return "default";
  }
}
[1, 2, "x", 3, true, null, undefined, 4, -0, "2"].forEach((v, i) => {
  order.length = 0;
  show("mixed " + i, mixedSwitch(v) + " after " + order.join(","));
});

function noCases(v) { var r = "start"; switch (v) { default: r = "default only"; } return r; }
show("default only", noCases(1));
function emptySwitch(v) { switch (v) {} return "empty"; }
show("empty switch", emptySwitch(1));
function lexical(v) {
  switch (v) {
    case 1: let a = "let in case"; return a;
    case 2: try { return b; } catch (e) { return e.constructor.name; }
    case 3: const b = 3; return b;
  }
  return "none";
}
[1, 2, 3, 4].forEach(v => show("lexical " + v, lexical(v)));

// ToBoolean of numeric expressions (the generator tests for a Number first)
function truthy(x, y) {
  var out = [];
  out.push((x & 1) ? "odd" : "even", (x - y) ? "differ" : "same", (x / y) ? "q" : "no q",
           (x % 2) ? "r" : "no r", -x ? "neg" : "zero/NaN", ~x ? "not -1" : "-1", (x >>> 0) ? "u" : "u0");
  var n = 3, loops = 0;
  while (n--) loops++;
  var m = x;
  if (m++) out.push("was truthy");
  if (!(x * 0)) out.push("x*0 falsy");
  return out.join(" ") + " " + loops;
}
[[3, 3], [2, 1], [0, 0], [NaN, 1], [-1, -0], [1n, 1n], [0n, 1n], ["4", "4"], [Infinity, Infinity], [-0, 0]]
  .forEach(([x, y], i) => {
    try { show("truthy " + i, truthy(x, y)); } catch (e) { show("truthy " + i, e.constructor.name); }
  });
function bigTruthy(b) {
  return [(b & 1n) ? "odd" : "even", (b - b) ? "nonzero" : "zero", -b ? "neg" : "zero", ~b ? "t" : "f"].join(" ");
}
[0n, 1n, 2n, -1n].forEach((b, i) => show("big truthy " + i, bigTruthy(b)));

// switch with cases that are not literals: === on each, in order, evaluated lazily
(function () {
  var ONE = 1, NEG0 = -0, NAN = NaN, S1 = "1", BIG = 10n, o = {}, log = [];
  function pick(x) {
    switch (x) {
      case NAN: return "nan";
      case ONE: return "one";
      case S1: return "string one";
      case NEG0: return "zero";
      case BIG: return "big";
      case o: return "object";
      case (log.push("evaluated"), undefined): return "undefined";
      default: return "default";
    }
  }
  var inputs = [NaN, 1, "1", 0, -0, 10n, 10, o, {}, undefined, null, true];
  console.log(inputs.map(function (v) { return pick(v); }).join(","), log.length);
})();

// & | ^ past int32: uint32 values (CRC tables, hashes), negatives, fractions, huge and
// non-finite values; & with a 31-bit mask takes any finite Number
(function () {
  var vals = [0xEDB88320, 0xFFFFFFFF, 4294967296, -1, -2147483649, 2147483648, 3.7, -3.7, 2 ** 53 + 2, 1e300, -0,
              NaN, Infinity, -Infinity, 305419896];
  var out = [];
  function ops(a, b) { return [a ^ b, a | b, a & b, a & 0xFF, 0xFF & a, a & 0x7FFFFFFF, a & -256, a ^ 0xEDB88320, (a ^ b) >>> 0]; }
  for (var i = 0; i < vals.length; i++)
    for (var j = 0; j < vals.length; j += 3) out.push(ops(vals[i], vals[j]).join(" "));
  var crc = 0xFFFFFFFF;
  for (var k = 0; k < 300; k++) crc = (crc >>> 8) ^ ((crc ^ k) & 0xFF) * 0x01000193;
  console.log(out.join("\n"), crc);
})();
