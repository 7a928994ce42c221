// &, |, ^, ~ on Numbers outside int32 (Uint32 hashes), and + joining Strings:
// the inline paths and every operand they must leave to the general operators
function ops(a, b) {
  return [a & b, a | b, a ^ b, a & 255, a & -8, 255 & a, a | 0, a ^ 0xFFFFFFFF, ~a, a + b, a + ",", "<" + b];
}
var big = { valueOf: function () { return 4294967295; }, toString: function () { return "big"; } };
var vals = [0, -0, 1, -1, 2147483647, 2147483648, 4294967295, 4294967296, -2147483648, -2147483649,
            3.7, -3.7, 1e20, -1e20, 2 ** 53, 2 ** 53 + 2, NaN, Infinity, -Infinity, "12", "x", "", null,
            undefined, true, big, 10n];
for (var i = 0; i < vals.length; i++) {
  for (var j = 0; j < vals.length; j++) {
    var r;
    try { r = ops(vals[i], vals[j]).map(String).join(" "); } catch (e) { r = e.constructor.name; }
    console.log(i, j, r);
  }
}
function fnv1a(s) {
  var h = 0x811c9dc5;
  for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h;
}
function crcTable() {
  var t = [];
  for (var n = 0; n < 256; n++) {
    var c = n;
    for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
}
function crc32(s, table) {
  var crc = 0xFFFFFFFF;
  for (var i = 0; i < s.length; i++) crc = table[(crc ^ s.charCodeAt(i)) & 0xFF] ^ (crc >>> 8);
  return (crc ^ 0xFFFFFFFF) >>> 0;
}
var table = crcTable();
for (var rep = 0; rep < 3; rep++) console.log(fnv1a("hello world " + rep), crc32("The quick brown fox " + rep, table), ~~(rep * 2.5));
