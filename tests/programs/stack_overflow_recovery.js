// Runaway recursion of many kinds, each caught by try/catch, then a recursion almost as
// deep as the engine allows: the engine's count of active calls must come back to where
// it was however the calls unwound (return, throw, finally, rethrow, promise).
"use strict";

const DEEP = 2980;       // below pyjs's limit of 3000 calls, far below Node's

function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }

function deepLoop(n) {
  // a loop at the bottom of a deep recursion: its steps must not be taken for depth
  if (n > 0) return deepLoop(n - 1);
  let s = 0;
  for (let i = 0; i < 20000; i++) s += i & 7;
  return s;
}

function overflows(f) {
  try { f(); return "returned"; } catch (e) { return e instanceof RangeError ? "RangeError" : String(e); }
}

function forever() { return forever() + 1; }
function F() { new F(); }
function throughFinally() { try { return throughFinally(); } finally { throughFinally.runs++; } }
throughFinally.runs = 0;
function rethrow() { try { return rethrow(); } catch (e) { throw e; } }
function sloppyScope() { return Function("return function w(o) { with (o) { return w(o); } }")(); }

const kinds = [
  ["plain", () => forever()],
  ["method", () => { const o = { m() { return this.m() + 1; } }; return o.m(); }],
  ["class constructor", () => { class A { constructor() { new A(); } } new A(); }],
  ["function constructor", () => new F()],
  ["derived constructor", () => { class B {} class C extends B { constructor() { super(); new C(); } } new C(); }],
  ["getter", () => { const o = { get x() { return this.x; } }; return o.x; }],
  ["forEach callback", () => { function g() { [1].forEach(g); } g(); }],
  ["arrow", () => { const h = () => h(); h(); }],
  ["finally", () => throughFinally()],
  ["rethrow", () => rethrow()],
  ["bound", () => { const b = function () { return b(); }.bind(null); b(); }],
  ["apply", () => { function a() { return a.apply(null, []); } a(); }],
  ["with", () => sloppyScope()({})],
  ["sort comparator", () => { function cmp(x, y) { [2, 1].sort(cmp); return x - y; } [2, 1].sort(cmp); }],
];

for (let round = 0; round < 3; round++) {
  for (const [name, f] of kinds) {
    const how = overflows(f);
    console.log(round, name, how, down(DEEP) === DEEP);
  }
}
console.log("finally ran", throughFinally.runs > 0);

// a recursion that catches its own overflow at every level and keeps going
function probe(n) { try { return probe(n + 1); } catch (e) { return n; } }
for (let i = 0; i < 5; i++) probe(0);
console.log("after probes", down(DEEP) === DEEP, deepLoop(DEEP));

// async functions: the overflow rejects the outer promise instead of throwing
async function spin(n) { return spin(n + 1); }
spin(0).then(
  () => console.log("async returned"),
  (e) => console.log("async", e instanceof RangeError, down(DEEP) === DEEP));
