// Generators and iterators: lazy pipelines, custom iterables, return/throw, delegation.
function* range(start, end, step = 1) { for (let i = start; i < end; i += step) yield i; }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) { if (n <= 0) return; for (const x of it) { yield x; if (--n <= 0) return; } }
function* naturals() { let n = 1; while (true) yield n++; }
console.log([...take(filter(map(naturals(), x => x * x), x => x % 3 === 1), 6)]);
console.log([...range(0, 10, 3)], Array.from(range(5, 8)), Math.max(...range(0, 50)));

function* fibonacci() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const fib = fibonacci();
console.log(fib.next(), fib.next().value, [...take(fib, 5)]);
console.log(fib.return(99), fib.next());

function* conversation() {
  const name = yield 'What is your name?';
  const hobby = yield `Hello ${name}! What do you like?`;
  return `${name} likes ${hobby}`;
}
const c = conversation();
console.log(c.next().value);
console.log(c.next('Ada').value);
console.log(c.next('math'));
console.log(c.next());

function* guarded() {
  try { yield 1; yield 2; } catch (e) { console.log('caught inside:', e); yield 'recovered'; } finally { console.log('cleanup'); }
}
const g = guarded();
console.log(g.next(), g.throw('boom'), g.next(), g.next());
const g2 = guarded();
g2.next();
console.log(g2.return('early'));

function* inner() { const r = yield 'i1'; yield `inner got ${r}`; return 'inner-done'; }
function* outer() { yield 'o1'; const res = yield* inner(); yield res; yield* [10, 20]; yield* 'ab'; }
const o = outer();
console.log(o.next().value, o.next().value, o.next('X').value, [...o]);

class Tree {
  constructor(value, children = []) { this.value = value; this.children = children; }
  *[Symbol.iterator]() { yield this.value; for (const ch of this.children) yield* ch; }
  *bfs() { const q = [this]; while (q.length) { const n = q.shift(); yield n.value; q.push(...n.children); } }
}
const t = new Tree(1, [new Tree(2, [new Tree(4), new Tree(5)]), new Tree(3, [new Tree(6)])]);
console.log([...t], [...t.bfs()]);

const countdown = { from: 3, [Symbol.iterator]() { let n = this.from; return { next: () => (n >= 0 ? { value: n--, done: false } : { value: undefined, done: true }), return() { console.log('iterator closed'); return { done: true }; } }; } };
console.log([...countdown]);
for (const x of countdown) { if (x === 2) break; console.log('loop', x); }
const [first, second] = countdown;
console.log(first, second);
const entries = Object.entries({ a: 1, b: 2 })[Symbol.iterator]();
console.log(entries.next(), typeof entries[Symbol.iterator], entries.toString());
const gen = range(0, 3);
console.log(gen[Symbol.iterator]() === gen, Object.prototype.toString.call(gen), gen);
console.log(typeof range, range.constructor.name, Object.getPrototypeOf(range) !== Function.prototype);
function* zip(...its) { const iters = its.map(i => i[Symbol.iterator]()); while (true) { const rs = iters.map(i => i.next()); if (rs.some(r => r.done)) return; yield rs.map(r => r.value); } }
console.log([...zip('abc', [1, 2, 3, 4], range(100, 200))]);
console.log(new Map([...zip(['x', 'y'], range(1, 3))]));
