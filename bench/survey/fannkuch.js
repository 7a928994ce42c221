// fannkuch-redux: permutations and prefix reversals on small arrays
function fannkuch(n) {
  var perm = new Array(n), perm1 = new Array(n), count = new Array(n);
  var maxFlips = 0, checksum = 0, permCount = 0, r = n;
  for (var i = 0; i < n; i++) perm1[i] = i;
  while (true) {
    while (r !== 1) { count[r - 1] = r; r--; }
    for (var i = 0; i < n; i++) perm[i] = perm1[i];
    var flips = 0, k;
    while ((k = perm[0]) !== 0) {
      var k2 = (k + 1) >> 1;
      for (var i = 0; i < k2; i++) { var t = perm[i]; perm[i] = perm[k - i]; perm[k - i] = t; }
      flips++;
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permCount % 2 === 0 ? flips : -flips;
    while (true) {
      if (r === n) return checksum * 1000 + maxFlips;
      var perm0 = perm1[0];
      for (var i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}
result = fannkuch(8);
