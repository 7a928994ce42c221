// async/promise-heavy pipeline: thousands of awaits
async function stage(x) { return x * 2; }
async function pipeline(n) {
  var total = 0;
  for (var i = 0; i < n; i++) { total += await stage(i); }
  return total;
}
pipeline(50000).then(function (v) { result = v; });
