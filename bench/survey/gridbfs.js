// BFS shortest paths on a grid maze, with a queue array and a visited Set of string keys
var N = 120;
var wall = [];
for (var y = 0; y < N; y++) { wall.push([]); for (var x = 0; x < N; x++) wall[y].push((x * 7 + y * 13) % 11 === 0 && x !== y); }
var DIRS = [[1, 0], [-1, 0], [0, 1], [0, -1]];
function bfs(sx, sy, tx, ty) {
  var dist = [];
  for (var y = 0; y < N; y++) { var row = new Array(N).fill(-1); dist.push(row); }
  var queue = [[sx, sy]], head = 0;
  dist[sy][sx] = 0;
  while (head < queue.length) {
    var p = queue[head++], x = p[0], y = p[1];
    if (x === tx && y === ty) return dist[y][x];
    for (var d = 0; d < 4; d++) {
      var nx = x + DIRS[d][0], ny = y + DIRS[d][1];
      if (nx < 0 || ny < 0 || nx >= N || ny >= N || wall[ny][nx] || dist[ny][nx] !== -1) continue;
      dist[ny][nx] = dist[y][x] + 1;
      queue.push([nx, ny]);
    }
  }
  return -1;
}
function reach(sx, sy) {
  var seen = new Set(), stack = [sx + "," + sy];
  seen.add(stack[0]);
  while (stack.length > 0) {
    var key = stack.pop(), parts = key.split(","), x = +parts[0], y = +parts[1];
    for (var d = 0; d < 4; d++) {
      var nx = x + DIRS[d][0], ny = y + DIRS[d][1], k = nx + "," + ny;
      if (nx < 0 || ny < 0 || nx >= N || ny >= N || wall[ny][nx] || seen.has(k)) continue;
      seen.add(k); stack.push(k);
    }
  }
  return seen.size;
}
result = bfs(0, 0, N - 1, N - 1) * 10000 + bfs(N - 1, 0, 0, N - 1) + reach(0, 0);
