// Map/Set/WeakMap in practice: LRU cache, graph adjacency, set algebra, private data via WeakMap.
class LRU {
  constructor(limit) { this.limit = limit; this.map = new Map(); }
  get(k) { if (!this.map.has(k)) return undefined; const v = this.map.get(k); this.map.delete(k); this.map.set(k, v); return v; }
  set(k, v) { this.map.delete(k); this.map.set(k, v); if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value); return this; }
}
const lru = new LRU(3);
lru.set('a', 1).set('b', 2).set('c', 3);
lru.get('a');
lru.set('d', 4);
console.log([...lru.map.keys()], lru, lru.get('b'));
const edges = [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd'], ['e', 'f']];
const adj = new Map();
for (const [x, y] of edges) {
  if (!adj.has(x)) adj.set(x, new Set());
  if (!adj.has(y)) adj.set(y, new Set());
  adj.get(x).add(y); adj.get(y).add(x);
}
console.log(adj);
const components = []; const seen = new Set();
for (const start of adj.keys()) {
  if (seen.has(start)) continue;
  const comp = []; const stack = [start];
  while (stack.length) { const n = stack.pop(); if (seen.has(n)) continue; seen.add(n); comp.push(n); stack.push(...adj.get(n)); }
  components.push(comp.sort());
}
console.log(components);
const A = new Set([1, 2, 3, 4]), B = new Set([3, 4, 5]);
const union = new Set([...A, ...B]), inter = new Set([...A].filter((x) => B.has(x))), diff = new Set([...A].filter((x) => !B.has(x)));
console.log(union, inter, diff, [...A].every((x) => union.has(x)));
const priv = new WeakMap();
class Person { constructor(name, ssn) { this.name = name; priv.set(this, { ssn }); } masked() { return '***-' + priv.get(this).ssn.slice(-4); } }
const p = new Person('Lee', '123-45-6789');
console.log(p, p.masked(), priv.has(p), priv.get({}), priv);
const m = new Map([[NaN, 'nan'], [0, 'zero'], ['0', 'string zero']]);
console.log(m.get(NaN), m.get(-0), m.get('0'), m.size, m.has(+0));
m.delete(NaN);
m.forEach((v, k, map) => console.log(typeof k, k, v, map === m));
const objKey = { id: 1 };
const byObj = new Map([[objKey, 'found']]);
console.log(byObj.get(objKey), byObj.get({ id: 1 }), Object.fromEntries(new Map([['x', 1], ['y', [2]]])), new Map(Object.entries({ q: 1 })));
const counts = new Map();
for (const w of 'to be or not to be that is'.split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
console.log([...counts].filter(([, n]) => n > 1), Math.max(...counts.values()), [...counts.entries()].length);
const s = new Set(['x']); s.add('y').add('x').add('z'); s.delete('y');
console.log(s, s.size, [...s.entries()], s.has('z'));
const ws = new WeakSet(); const token = {}; ws.add(token);
console.log(ws.has(token), ws.has({}), typeof WeakRef, new Set([[1], [1]]).size, new Set([NaN, NaN, 0, -0]));
const grouped = [{ t: 'fruit', n: 'apple' }, { t: 'veg', n: 'kale' }, { t: 'fruit', n: 'fig' }].reduce((m2, x) => m2.set(x.t, [...(m2.get(x.t) ?? []), x.n]), new Map());
console.log(grouped, JSON.stringify([...grouped]));
const big = new Set(Array.from({ length: 105 }, (_, i) => i));
console.log(big);
