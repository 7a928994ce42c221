// k-nucleotide: count substrings of length k with a Map, sort the frequencies
var seed = 3, seq = "";
var parts = [];
for (var i = 0; i < 40000; i++) { seed = (seed * 3877 + 29573) % 139968; parts.push("ACGT"[Math.floor(seed * 4 / 139968)]); }
seq = parts.join("");
function frequencies(k) {
  var counts = new Map();
  for (var i = 0; i + k <= seq.length; i++) {
    var key = seq.substring(i, i + k);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}
var score = 0;
for (var k = 1; k <= 4; k++) {
  var f = frequencies(k), entries = [];
  f.forEach(function (v, key) { entries.push([key, v]); });
  entries.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
  score += entries[0][1] * k + entries.length;
}
var f12 = frequencies(12);
result = score * 100 + (f12.get("GGTATTTTAATT") || 0) + f12.size;
