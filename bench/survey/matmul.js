// dense matrix multiply and transpose on nested arrays of floats
function matrix(n, seed) {
  var m = [];
  for (var i = 0; i < n; i++) { var row = []; for (var j = 0; j < n; j++) { seed = (seed * 16807) % 2147483647; row.push((seed % 1000) / 100); } m.push(row); }
  return m;
}
function transpose(a) {
  var n = a.length, t = [];
  for (var i = 0; i < n; i++) { var row = new Array(n); for (var j = 0; j < n; j++) row[j] = a[j][i]; t.push(row); }
  return t;
}
function mul(a, b) {
  var n = a.length, bt = transpose(b), c = [];
  for (var i = 0; i < n; i++) {
    var ai = a[i], row = new Array(n);
    for (var j = 0; j < n; j++) {
      var bj = bt[j], s = 0;
      for (var k = 0; k < n; k++) s += ai[k] * bj[k];
      row[j] = s;
    }
    c.push(row);
  }
  return c;
}
var a = matrix(80, 1), b = matrix(80, 2), c = mul(mul(a, b), a);
var tr = 0;
for (var i = 0; i < c.length; i++) tr += c[i][i];
result = Math.round(tr);
