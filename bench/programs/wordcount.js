// hash-map heavy word count
var words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
var counts = {};
for (var i = 0; i < 60000; i++) {
  var w = words[(i * 7) % 8] + (i % 50);
  counts[w] = (counts[w] || 0) + 1;
}
var keys = Object.keys(counts), max = 0;
for (var k = 0; k < keys.length; k++) if (counts[keys[k]] > max) max = counts[keys[k]];
result = keys.length * 1000 + max;
