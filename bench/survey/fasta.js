// fasta-like: LCG random, cumulative probability lookup, line building
var IM = 139968, IA = 3877, IC = 29573, last = 42;
function random(max) { last = (last * IA + IC) % IM; return max * last / IM; }
var ALU = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGG";
var IUB = [["a", 0.27], ["c", 0.12], ["g", 0.12], ["t", 0.27], ["B", 0.02], ["D", 0.02], ["H", 0.02], ["K", 0.02],
           ["M", 0.02], ["N", 0.02], ["R", 0.02], ["S", 0.02], ["V", 0.02], ["W", 0.02], ["Y", 0.02]];
function makeCumulative(table) {
  var p = 0, out = [];
  for (var i = 0; i < table.length; i++) { p += table[i][1]; out.push({ c: table[i][0], p: p }); }
  return out;
}
function repeatFasta(src, n) {
  var lines = [], k = 0;
  while (n > 0) {
    var len = n < 60 ? n : 60, line = "";
    for (var i = 0; i < len; i++) { line += src[k]; k = (k + 1) % src.length; }
    lines.push(line); n -= len;
  }
  return lines;
}
function randomFasta(table, n) {
  var lines = [];
  while (n > 0) {
    var len = n < 60 ? n : 60, chars = [];
    for (var i = 0; i < len; i++) {
      var r = random(1.0), j = 0;
      while (table[j].p < r && j < table.length - 1) j++;
      chars.push(table[j].c);
    }
    lines.push(chars.join("")); n -= len;
  }
  return lines;
}
var out = repeatFasta(ALU, 24000).concat(randomFasta(makeCumulative(IUB), 48000));
var h = 0;
for (var i = 0; i < out.length; i++) { var s = out[i]; for (var j = 0; j < s.length; j++) h = (h * 31 + s.charCodeAt(j)) % 1000000007; }
result = h;
