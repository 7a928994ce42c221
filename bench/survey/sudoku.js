// backtracking sudoku solver over a flat array with row/column/box checks
function solve(g) {
  for (var i = 0; i < 81; i++) {
    if (g[i] === 0) {
      var r = (i / 9) | 0, c = i % 9, br = r - r % 3, bc = c - c % 3;
      for (var v = 1; v <= 9; v++) {
        var ok = true;
        for (var k = 0; k < 9 && ok; k++) {
          if (g[r * 9 + k] === v || g[k * 9 + c] === v || g[(br + ((k / 3) | 0)) * 9 + bc + k % 3] === v) ok = false;
        }
        if (ok) { g[i] = v; if (solve(g)) return true; g[i] = 0; }
      }
      return false;
    }
  }
  return true;
}
var puzzles = [
  "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
  "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
  "030050040008010500460000012070502080000603000040109030250000098001020600080060020"];
var sum = 0;
for (var p = 0; p < puzzles.length; p++) {
  var g = puzzles[p].split("").map(Number);
  solve(g);
  sum = sum * 7 + g.slice(0, 9).join("").length + g[0] * 100 + g[40] * 10 + g[80];
}
result = sum;
