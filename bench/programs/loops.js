// numeric loops
var total = 0;
for (var i = 0; i < 500000; i++) {
  var x = i % 7;
  if (x > 3) total += x * 2; else total -= x;
}
result = total;
