// for-of resuming generators: each way a resumption can end, seen as Node sees it
function* count(n) { for (let i = 0; i < n; i++) yield i; return "ret"; }
function* twice(it) { for (const x of it) yield x * 2; }
let out = [];
for (const v of twice(count(5))) out.push(v);
console.log(out.join());

// yield* passes on the inner iterator's results, a hand-written iterator among them
const manual = { [Symbol.iterator]() { let i = 0; return { next: () => ({ done: i > 2, value: "m" + i++ }) }; } };
function* delegate() { yield "a"; const r = yield* count(2); yield r; yield* manual; yield* [7, 8]; }
console.log([...delegate()].join(), Array.from(delegate()).length);
out = [];
for (const v of delegate()) out.push(v);
console.log(out.join());

// a throw inside the generator ends it; the loop does not close it
function* thrower() { yield 1; throw new Error("boom"); }
const t = thrower();
try { for (const v of t) out.push(v); } catch (e) { console.log("caught", e.message, JSON.stringify(t.next())); }

// break closes (return runs finally), and the closed generator is done
function* guarded() { try { yield 1; yield 2; } finally { console.log("finally ran"); } }
const g = guarded();
for (const v of g) { console.log("got", v); break; }
console.log(JSON.stringify(g.next()));

// the generator calling its own next while running
let self;
function* reentrant() { yield 1; try { self.next(); } catch (e) { yield e.constructor.name; } }
self = reentrant();
console.log([...self].join());

// next and for-of mixed on one generator; a generator whose next was replaced
const c = count(6);
c.next();
out = [];
for (const v of c) { out.push(v); if (v === 3) c.next(); }
console.log(out.join(), JSON.stringify(c.next()));
const patched = count(3);
patched.next = function () { return { done: this.n === 2, value: "p" + (this.n = (this.n || 0) + 1) }; };
console.log([...patched].join());

// deep recursion through for-of of generators hits the stack limit as a RangeError
function* nest(n) { if (n > 0) { for (const v of nest(n - 1)) yield v; } else yield "bottom"; }
console.log([...nest(50)].join());
try { for (const v of nest(1e6)) out.push(v); } catch (e) { console.log(e.constructor.name); }
