// Conway's life on a torus of nested arrays
var W = 64, H = 64;
function makeGrid() { var g = []; for (var y = 0; y < H; y++) { var row = []; for (var x = 0; x < W; x++) row.push(0); g.push(row); } return g; }
function step(g) {
  var n = makeGrid();
  for (var y = 0; y < H; y++) {
    var up = g[(y + H - 1) % H], row = g[y], down = g[(y + 1) % H];
    for (var x = 0; x < W; x++) {
      var l = (x + W - 1) % W, r = (x + 1) % W;
      var c = up[l] + up[x] + up[r] + row[l] + row[r] + down[l] + down[x] + down[r];
      n[y][x] = c === 3 || (c === 2 && row[x] === 1) ? 1 : 0;
    }
  }
  return n;
}
var g = makeGrid(), seed = 7;
for (var y = 0; y < H; y++) for (var x = 0; x < W; x++) { seed = (seed * 69069 + 1) % 4294967296; g[y][x] = seed % 3 === 0 ? 1 : 0; }
for (var i = 0; i < 60; i++) g = step(g);
var alive = 0;
g.forEach(function (row) { row.forEach(function (v) { alive += v; }); });
result = alive;
