// array operations: sieve of Eratosthenes
function sieve(n) {
  var flags = [];
  for (var i = 0; i <= n; i++) flags.push(true);
  flags[0] = flags[1] = false;
  for (var p = 2; p * p <= n; p++) {
    if (flags[p]) for (var m = p * p; m <= n; m += p) flags[m] = false;
  }
  var count = 0;
  for (var k = 0; k <= n; k++) if (flags[k]) count++;
  return count;
}
result = sieve(200000);
