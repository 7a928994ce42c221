// Labeled loops, spread/rest, optional chaining, nullish coalescing, destructuring defaults.
const grid = [[1, 2, 3], [4, -5, 6], [7, 8, 9]];
let found = null;
outer: for (let r = 0; r < grid.length; r++) {
  for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] < 0) { found = { r, c, v: grid[r][c] }; break outer; }
  }
}
console.log(found);
const primes = [];
candidates: for (let n = 2; primes.length < 15; n++) {
  for (const p of primes) { if (p * p > n) break; if (n % p === 0) continue candidates; }
  primes.push(n);
}
console.log(primes);
let count = 0;
block: { count++; if (count) break block; count = 100; }
console.log('count', count);
let i = 0, trace = '';
loop1: while (true) { i++; switch (i % 3) { case 0: trace += 'z'; continue loop1; case 1: trace += 'a'; break; default: trace += 'b'; } if (i > 7) break loop1; }
console.log(trace, i);
do { i--; } while (i > 5);
console.log(i);

const base = { a: 1, nested: { x: 1 } };
const ext = { ...base, b: 2, nested: { ...base.nested, y: 2 }, ...null, ...undefined, ...'hi', ...[9] };
console.log(ext, base);
const merge = (...objs) => objs.reduce((acc, o) => ({ ...acc, ...o }), {});
console.log(merge({ a: 1 }, { b: 2 }, { a: 3 }));
const [head, ...tail] = 'spread';
console.log(head, tail, Math.min(...[5, 2, 8], ...new Set([1, 9])), [...'ab', ...[1, 2].map((x) => x * 2)]);
function sum(first = 0, ...rest) { return rest.length ? first + sum(...rest) : first; }
console.log(sum(), sum(1), sum(1, 2, 3, 4), sum.length);
const config = { server: { port: 0, host: '', tls: null }, retries: undefined };
console.log(config.server?.port ?? 8080, config.server.port || 8080, config.server.host ?? 'localhost', config.server.tls?.cert, config.client?.timeout, config.retries ?? 3);
console.log(config.server.missing?.deep.deeper, config.fn?.(), config.server?.['host'], config.list?.[0]);
const api = { getUser: (id) => (id === 1 ? { profile: { emails: ['a@x.io'] } } : null) };
console.log(api.getUser(1)?.profile?.emails?.[0]?.toUpperCase(), api.getUser(2)?.profile.emails[0], api.nope?.());
let a = null; a ??= 'set'; let b = 0; b ||= 5; let c = 1; c &&= 'and';
console.log(a, b, c);
const { p = 'default', q: renamed = 'dq', r: { s = 's-default' } = {}, ...others } = { q: undefined, t: 1, u: 2 };
console.log(p, renamed, s, others);
const swap = ([x, y]) => [y, x];
let m = 1, n = 2; [m, n] = [n, m];
console.log(swap([1, 2]), m, n);
const fnWithDestructuring = ({ name, tags: [firstTag = 'none', ...moreTags] = [] } = {}) => `${name ?? 'anon'}:${firstTag}:${moreTags.length}`;
console.log(fnWithDestructuring(), fnWithDestructuring({ name: 'x', tags: ['a', 'b', 'c'] }), fnWithDestructuring({ tags: [] }));
for (const [key, { v = 0 } = {}] of Object.entries({ k1: { v: 1 }, k2: {}, k3: undefined })) console.log(key, v);
const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
console.log(deep, deep?.l1?.l2?.l3?.l4?.l5);
console.log([..."👍🏽ab"], Array.from(new Map([[1, 2]])), [...new Set('hello')].join(''));
