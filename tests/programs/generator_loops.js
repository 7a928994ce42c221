// for-of and array patterns over generators step them without result objects while
// next and [Symbol.iterator] are the built-in ones; the protocol stays observable.
const log = [];
function* count(n) { try { for (let i = 0; i < n; i++) yield i; return "done value"; } finally { log.push("finally " + n); } }
let s = 0;
for (const x of count(5)) s += x;
for (const x of count(10)) { if (x === 3) break; s += 100; }
const [a, b] = count(4);
const [c, d, e, f2] = count(2);
console.log(s, a, b, c, d, e, f2, log.join("|"));

function* thrower() { yield 1; throw new Error("inside"); }
try { for (const x of thrower()) log.push("got " + x); } catch (err) { log.push("caught " + err.message); }
function* outer() { yield 0; yield* { [Symbol.iterator]() { let i = 0; return { next() { i++; return { get done() { log.push("done read"); return i > 2; }, get value() { return "inner " + i; } }; } }; } }; yield 9; }
for (const x of outer()) log.push(x);
console.log(log.join("|"));

function* patched() { yield "a"; yield "b"; }
patched.prototype.next = function () { const r = Object.getPrototypeOf(patched.prototype).next.call(this); if (!r.done) r.value = r.value.toUpperCase(); return r; };
for (const x of patched()) log.push(x);
function* own() { yield 1; }
const g = own();
g[Symbol.iterator] = function* () { yield "own iterator"; };
for (const x of g) log.push(x);
const GP = Object.getPrototypeOf(own.prototype);
const origNext = GP.next;
GP.next = function () { log.push("patched next"); return origNext.call(this); };
for (const x of own()) log.push(x);
GP.next = origNext;
function* twice() { const r = yield 1; log.push("resumed with " + r); yield 2; }
const t = twice();
for (const x of t) { log.push("x " + x); if (x === 1) log.push("next in loop " + JSON.stringify(t.next("sent"))); }
console.log(log.slice(-9).join("|"));
let returns = 0;
const origReturn = GP.return;
GP.return = function (v) { returns++; return origReturn.call(this, v); };
for (const x of count(3)) break;
const [only] = count(3);
GP.return = origReturn;
console.log("returns", returns, only, log.slice(-2).join("|"));
