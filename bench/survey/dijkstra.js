// shortest paths on a random grid graph with a binary-heap priority queue class
class Heap {
  constructor() { this.items = []; }
  get size() { return this.items.length; }
  push(node, dist) {
    const a = this.items; a.push({ node, dist });
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].dist <= a[i].dist) break;
      const t = a[p]; a[p] = a[i]; a[i] = t; i = p;
    }
  }
  pop() {
    const a = this.items, top = a[0], last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l].dist < a[m].dist) m = l;
        if (r < a.length && a[r].dist < a[m].dist) m = r;
        if (m === i) break;
        const t = a[m]; a[m] = a[i]; a[i] = t; i = m;
      }
    }
    return top;
  }
}
function graph(w, h, seed) {
  const adj = [];
  for (let i = 0; i < w * h; i++) adj.push([]);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const v = y * w + x;
    for (const [dx, dy] of [[1, 0], [0, 1]]) {
      const nx = x + dx, ny = y + dy;
      if (nx < w && ny < h) {
        seed = (seed * 69069 + 1) % 4294967296;
        const cost = 1 + (seed >>> 16) % 9, u = ny * w + nx;
        adj[v].push({ to: u, cost }); adj[u].push({ to: v, cost });
      }
    }
  }
  return adj;
}
function dijkstra(adj, src) {
  const dist = new Array(adj.length).fill(Infinity);
  const heap = new Heap();
  dist[src] = 0; heap.push(src, 0);
  while (heap.size > 0) {
    const { node, dist: d } = heap.pop();
    if (d > dist[node]) continue;
    for (const e of adj[node]) {
      const nd = d + e.cost;
      if (nd < dist[e.to]) { dist[e.to] = nd; heap.push(e.to, nd); }
    }
  }
  return dist;
}
const adj = graph(70, 70, 7);
let total = 0;
for (const s of [0, 2450, 4899]) { const d = dijkstra(adj, s); for (const x of d) total += x; }
result = total;
