// recursive search: n-queens, permutations, towers of Hanoi
function queens(n) {
  var cols = [], count = 0;
  function ok(r, c) {
    for (var i = 0; i < r; i++) { var d = cols[i] - c; if (d === 0 || d === r - i || d === i - r) return false; }
    return true;
  }
  function place(r) {
    if (r === n) { count++; return; }
    for (var c = 0; c < n; c++) if (ok(r, c)) { cols[r] = c; place(r + 1); }
  }
  place(0);
  return count;
}
function permutations(a, k) {
  if (k === a.length) return 1;
  var n = 0;
  for (var i = k; i < a.length; i++) {
    var t = a[k]; a[k] = a[i]; a[i] = t;
    n += permutations(a, k + 1);
    t = a[k]; a[k] = a[i]; a[i] = t;
  }
  return n;
}
function hanoi(n, from, to, via) { return n === 0 ? 0 : hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from); }
result = queens(8) + permutations([1, 2, 3, 4, 5, 6, 7, 8], 0) + hanoi(16, 1, 3, 2);
