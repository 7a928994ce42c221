// Reads of consts with Number literal initializers (global, enclosing function,
// module in literal_consts_module.mjs): typed as that Number, TDZ kept, shadowing
// and dynamic scopes respected; loops bounded by one.
const N = 48, NEG = -3, HALF = 0.5, Z = -0, HEX = 0xff, HUGE = 1e400, SMALL = 5e-324, STEP = 3;
const A = 6, B = 10;
const out = [];
function show(label, f) {
  try { out.push(label + "=" + String(f())); } catch (e) { out.push(label + "!" + e.constructor.name); }
}

function countTo() { let n = 0; for (let i = 0; i < LATE; i++) n += i; return n; }
function countToLe() { let n = 0; for (let i = 1; i <= LATE; i++) n++; return n; }
function readLate() { return LATE * 2 + 1; }
function typeofLate() { return typeof LATE; }
show("tdz-loop", countTo);
show("tdz-loop-le", countToLe);
show("tdz-read", readLate);
show("tdz-typeof", typeofLate);
const LATE = 7;
show("loop", countTo);
show("loop-le", countToLe);
show("read", readLate);
show("typeof", typeofLate);

function arith(x) {
  const s = N + 2;
  let t = 0;
  for (let i = 1; i <= N; i++) t += (i | N) + s * HALF + NEG;
  return [t, 1 / Z, Object.is(Z * 1, -0), x & N, x + N, HEX >> 2, HUGE, SMALL > 0, -N % 5, N / 0].join();
}
show("arith3", () => arith(3));
show("arith-frac", () => arith(-7.5));
show("arith-str", () => arith("7"));

function trees(x) {
  return [(x | A) + (x | B), (A ^ B) & x, A & B, (A | 0) + (B | 0), (x << A) >>> B, ~A + ~B, A * B | 0].join();
}
show("trees", () => trees(13));
show("trees-neg", () => trees(-99));
show("trees-str", () => trees("12"));

function stepped() { let s = ""; for (let i = 0; i < N; i += STEP) s += i % 10; return s; }
show("stepped", stepped);
function sized() { const a = new Array(A).fill(1); let s = 0; for (let i = 0; i < A; i++) s += a[i] * B; return s; }
show("sized", sized);
function calls() { let s = 0; for (let i = 0; i < A; i++) s += readLate(); return s; }
show("calls", calls);

function shadowBlock() { { let N = "s"; return N + 1; } }
function shadowParam(N) { return N + 1; }
function shadowVar() { var N = "v"; return N + 1; }
function shadowCatch() { try { throw "c"; } catch (N) { return N + 1; } }
function shadowFunction() { function N() { return 1; } return typeof N; }
function shadowLater() { const r = typeof N; { const N = 1; } return r; }
function shadowClass() { class N {} return typeof N; }
show("block", shadowBlock);
show("param", () => shadowParam("p"));
show("var", shadowVar);
show("catch", shadowCatch);
show("function", shadowFunction);
show("later", shadowLater);
show("class", shadowClass);

function viaEval() { eval("var N = 'e'"); return function () { let t = 0; for (let i = 0; i < 2; i++) t = N + 1; return t; }; }
show("eval", () => viaEval()());
function viaWith() { with ({ N: "w" }) { return (function () { return N + 1; })(); } }
show("with", viaWith);
function inner() { const K = 4; return function () { let s = 0; for (let i = 0; i < K; i++) s += K; return s; }; }
show("enclosing", () => inner()());
function write() { N = 5; return N; }
show("write", write);
show("after-write", () => N);
function update() { N++; }
show("update", update);
function compound() { let t = 0; for (let i = 0; i < 2; i++) t += N -= 1; return t; }
show("compound", compound);

function localLate() { let s = 0; for (let i = 0; i < K; i++) s++; const K = 3; return s; }
show("local-tdz", localLate);
function localConstBound(n) {
  const m = 10 << n, size = m + 31 >> 5;
  let c = 0;
  for (let i = 0; i < size; i++) c += i & 3;
  for (let i = 2; i < m; i += size) c += i >> 1;
  for (let i = m - 3; i <= m; i++) c += (i ^ n) & 0xff;
  return c;
}
show("local-bounds", () => [0, 1, 4, 9, 40].map(localConstBound).join());
for (let round = 0; round < 3; round++) show("round" + round, () => arith(round) + "|" + trees(round));
console.log(out.join("\n"));
