// for-of over built-in iterator objects (generators, Map and Array iterators) steps them
// without result objects only while their next and @@iterator are the intrinsics.
function* g(n) { for (let i = 0; i < n; i++) yield i; }
function sum(it) { let s = 0; for (const x of it) s += x; return s; }
function run(label, make) { let r; for (let i = 0; i < 30; i++) r = sum(make()); console.log(label, r); }
run("plain", () => g(4));
const GP = Object.getPrototypeOf(g.prototype);
const next = GP.next;
GP.next = function () { const r = next.call(this); if (!r.done) r.value *= 10; return r; };
run("next replaced", () => g(4));
GP.next = next;
run("restored", () => g(4));
run("own next", () => { const it = g(4); it.next = () => ({ done: true }); return it; });
run("own iterator", () => { const it = g(4); it[Symbol.iterator] = function* () { yield 100; }; return it; });
g.prototype.next = function () { return { done: true }; };
run("next on g.prototype", () => g(4));
delete g.prototype.next;
run("deleted", () => g(4));
const IP = Object.getPrototypeOf(GP);
const itf = IP[Symbol.iterator];
IP[Symbol.iterator] = function () { return [7][Symbol.iterator](); };
run("iterator replaced", () => g(4));
IP[Symbol.iterator] = itf;
Object.defineProperty(g.prototype, Symbol.iterator, { get() { return itf; }, configurable: true });
run("getter iterator", () => g(4));
delete g.prototype[Symbol.iterator];
run("map", () => new Map([[1, 2]]).values());
run("array iter", () => [1, 2, 3].values());
