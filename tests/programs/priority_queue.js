// A binary-heap priority queue driving Dijkstra's shortest paths and a task scheduler.
class PriorityQueue {
  #heap = [];
  #cmp;
  constructor(cmp = (a, b) => a - b) { this.#cmp = cmp; }
  get size() { return this.#heap.length; }
  isEmpty() { return this.#heap.length === 0; }
  peek() { return this.#heap[0]; }
  push(...items) { for (const x of items) { this.#heap.push(x); this.#up(this.#heap.length - 1); } return this; }
  pop() {
    const h = this.#heap;
    if (!h.length) return undefined;
    const top = h[0];
    const last = h.pop();
    if (h.length) { h[0] = last; this.#down(0); }
    return top;
  }
  #up(i) { const h = this.#heap; while (i > 0) { const p = (i - 1) >> 1; if (this.#cmp(h[i], h[p]) >= 0) break; [h[i], h[p]] = [h[p], h[i]]; i = p; } }
  #down(i) {
    const h = this.#heap, n = h.length;
    for (;;) {
      let m = i; const l = 2 * i + 1, r = l + 1;
      if (l < n && this.#cmp(h[l], h[m]) < 0) m = l;
      if (r < n && this.#cmp(h[r], h[m]) < 0) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]]; i = m;
    }
  }
  *drain() { while (!this.isEmpty()) yield this.pop(); }
}

const pq = new PriorityQueue();
pq.push(5, 3, 8, 1, 9, 2, 7);
console.log(pq.size, pq.peek(), [...pq.drain()], pq.size, pq.pop());
console.log(pq);

const graph = {
  A: { B: 4, C: 2 }, B: { C: 5, D: 10 }, C: { E: 3 }, D: { F: 11 }, E: { D: 4 }, F: {},
};
function dijkstra(g, src) {
  const dist = Object.fromEntries(Object.keys(g).map(k => [k, Infinity]));
  const prev = {};
  dist[src] = 0;
  const q = new PriorityQueue((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  q.push([0, src]);
  while (!q.isEmpty()) {
    const [d, u] = q.pop();
    if (d > dist[u]) continue;
    for (const [v, w] of Object.entries(g[u])) {
      if (d + w < dist[v]) { dist[v] = d + w; prev[v] = u; q.push([dist[v], v]); }
    }
  }
  return { dist, prev };
}
const { dist, prev } = dijkstra(graph, 'A');
console.log(dist, prev);
const path = (to) => { const p = [to]; while (prev[p[0]]) p.unshift(prev[p[0]]); return p.join(' -> '); };
for (const node of Object.keys(graph)) console.log(`${node}: ${String(dist[node]).padStart(2)} via ${path(node)}`);

const tasks = new PriorityQueue((a, b) => b.priority - a.priority || a.seq - b.seq);
let seq = 0;
for (const [name, priority] of [['write docs', 1], ['fix prod bug', 10], ['review PR', 5], ['lunch', 5], ['deploy', 8]]) {
  tasks.push({ name, priority, seq: seq++ });
}
let clock = 0;
for (const t of tasks.drain()) { clock += t.priority; console.log(`t=${String(clock).padStart(2, '0')} ${t.name} (p${t.priority})`); }
const kSmallest = (arr, k) => { const q = new PriorityQueue(); q.push(...arr); return Array.from({ length: k }, () => q.pop()); };
console.log(kSmallest([9, 4, 7, 1, -2, 6, 5], 3));
const words = new PriorityQueue((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
words.push(...'the quick brown fox jumped over a lazy dog'.split(' '));
console.log([...words.drain()].join(' '));
