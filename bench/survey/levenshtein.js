// dynamic programming on 2-D arrays: Levenshtein distance and LCS length
function lev(a, b) {
  var m = a.length, n = b.length, d = [];
  for (var i = 0; i <= m; i++) { d.push(new Array(n + 1)); d[i][0] = i; }
  for (var j = 0; j <= n; j++) d[0][j] = j;
  for (var i = 1; i <= m; i++) {
    for (var j = 1; j <= n; j++) {
      var cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
    }
  }
  return d[m][n];
}
function lcs(a, b) {
  var m = a.length, n = b.length, t = [];
  for (var i = 0; i <= m; i++) { var row = []; for (var j = 0; j <= n; j++) row.push(0); t.push(row); }
  for (var i = 1; i <= m; i++)
    for (var j = 1; j <= n; j++)
      t[i][j] = a.charAt(i - 1) === b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
  return t[m][n];
}
function gen(seed, len) {
  var s = "";
  for (var i = 0; i < len; i++) { seed = (seed * 16807) % 2147483647; s += "ACGT"[seed % 4]; }
  return s;
}
var a = gen(1, 300), b = gen(2, 280);
result = lev(a, b) * 1000 + lcs(a, b);
