// typed arrays: spectral norm of the infinite matrix A (Float64Array vectors)
function A(i, j) { return 1 / ((i + j) * (i + j + 1) / 2 + i + 1); }
function Au(u, v) {
  for (var i = 0; i < u.length; i++) {
    var t = 0;
    for (var j = 0; j < u.length; j++) t += A(i, j) * u[j];
    v[i] = t;
  }
}
function Atu(u, v) {
  for (var i = 0; i < u.length; i++) {
    var t = 0;
    for (var j = 0; j < u.length; j++) t += A(j, i) * u[j];
    v[i] = t;
  }
}
function AtAu(u, v, w) { Au(u, w); Atu(w, v); }
function spectral(n) {
  var u = new Float64Array(n).fill(1), v = new Float64Array(n), w = new Float64Array(n);
  for (var i = 0; i < 10; i++) { AtAu(u, v, w); AtAu(v, u, w); }
  var vBv = 0, vv = 0;
  for (var i = 0; i < n; i++) { vBv += u[i] * v[i]; vv += v[i] * v[i]; }
  return Math.sqrt(vBv / vv).toFixed(9);
}
result = spectral(100);
