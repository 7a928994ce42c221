// Closures: counters, once, memoize, debounce-like scheduling, module pattern, currying.
function makeCounter(start = 0, step = 1) {
  let count = start;
  return { inc: () => (count += step), dec: () => (count -= step), get value() { return count; }, reset() { count = start; } };
}
const c1 = makeCounter(), c2 = makeCounter(10, 5);
c1.inc(); c1.inc(); c2.dec();
console.log(c1.value, c2.value, c1, Object.keys(c2));
c1.reset();
console.log(c1.value);

const once = (fn) => { let done = false, result; return (...args) => (done ? result : ((done = true), (result = fn(...args)))); };
const init = once((x) => { console.log('initializing with', x); return x * 2; });
console.log(init(5), init(6), init(7));

function memoize(fn) {
  const cache = new Map();
  const wrapped = function (...args) {
    const key = JSON.stringify(args);
    if (cache.has(key)) { wrapped.hits++; return cache.get(key); }
    const v = fn.apply(this, args);
    cache.set(key, v);
    return v;
  };
  wrapped.hits = 0;
  return wrapped;
}
const slowSquare = memoize((n) => n * n);
console.log([1, 2, 1, 3, 2, 1].map((n) => slowSquare(n)), slowSquare.hits);

const fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
const fns2 = [];
for (let j = 0; j < 3; j++) fns2.push(() => j);
console.log(fns.map((f) => f()), fns2.map((f) => f()));

const curry = (fn) => function curried(...args) { return args.length >= fn.length ? fn.apply(this, args) : (...more) => curried.apply(this, args.concat(more)); };
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
const compose = (...fs) => (x) => fs.reduceRight((acc, f) => f(acc), x);
const pipe = (...fs) => (x) => fs.reduce((acc, f) => f(acc), x);
console.log(compose((x) => x + 1, (x) => x * 2)(5), pipe((x) => x + 1, (x) => x * 2)(5));

const Module = (() => {
  let privateState = [];
  function log(msg) { privateState.push(`[${privateState.length}] ${msg}`); }
  return { add(msg) { log(msg); return this; }, dump: () => privateState.slice(), get size() { return privateState.length; } };
})();
Module.add('hello').add('world');
console.log(Module.dump(), Module.size, Module);

function debounceSim() {
  const calls = [];
  let timer = null;
  return { call(v) { clearTimeout(timer); timer = setTimeout(() => calls.push(v), 20); }, calls };
}
const d = debounceSim();
d.call(1); d.call(2); d.call(3);
setTimeout(() => { d.call(4); }, 60);
setTimeout(() => console.log('debounced calls:', d.calls), 150);

function Person(name) { let secret = name.split('').reverse().join(''); this.name = name; this.reveal = function () { return secret; }; }
const p = new Person('Alice');
console.log(p.reveal(), p.secret, p);
const counterGen = (() => { let id = 0; return (prefix) => `${prefix}-${++id}`; })();
console.log(counterGen('user'), counterGen('user'), counterGen('item'));
const adders = Array.from({ length: 4 }, (_, k) => (x) => x + k);
console.log(adders.map((f) => f(10)));
function outerFn() { const x = 'outer'; function innerFn() { return x; } return innerFn; }
console.log(outerFn()(), outerFn.name, outerFn().name, (() => {}).name, (function () {}).name);
const bound = function () { return this.v; }.bind({ v: 42 });
console.log(bound(), bound.name, bound.length, typeof bound.prototype);
