// closures made after a declaration read it without a TDZ test; those that may run before must still throw
function report(f) { try { return String(f()); } catch (e) { return e.constructor.name; } }
const out = [];
function a() {
  const early = () => k;            // made before k's declaration
  out.push(report(early));
  const k = 3;
  const late = () => k * 2;
  out.push(report(early), report(late));
  let n = 0;
  const inc = () => ++n;
  inc(); inc();
  out.push(n);
  return hoisted;
  function hoisted() { return k; }   // hoisted: may run before k
}
const h = a();
out.push(report(h));
function b() {
  const r = report(g);
  let y = 1;
  function g() { return (() => y)(); }
  return r;
}
out.push(b());
function c(x) {
  switch (x) {
    case 0: let z = 5;
    case 1: out.push(report(() => z));
  }
}
c(0); c(1);
function d() {
  let v = (() => report(() => v))();
  const o = { m() { return w; } };
  out.push(report(() => o.m()));
  let w = 7;
  out.push(report(() => o.m()), v);
}
d();
for (const q of [1, 2].map(x => x)) out.push(report(() => q));
for (let i = 0, f = () => i; i < 2; i++) out.push(report(f), report(() => i));
try { for (const t of (() => [t])()) {} } catch (e) { out.push(e.constructor.name); }
function e() {
  { let m = 2; var cl = () => m; }
  return cl;
}
out.push(e()());
function f2() { const s = 1; return eval("(() => s)()") + eval("let u = 4; (() => u)()"); }
out.push(f2());
function g2() { return eval("(() => { try { return p; } catch (e) { return e.constructor.name; } })()"); let p = 1; }
out.push(g2());
class C { static k = () => C; m() { return C; } }
out.push(C.k() === C, new C().m() === C);
let cnt = 0;
function loop() { let acc = 0; const add = (v) => { acc += v; cnt++; }; for (let i = 0; i < 300; i++) add(i); return acc; }
for (let j = 0; j < 20; j++) out.push(loop());
console.log(out.join(","));
function writes() {
  const setEarly = (v) => { w2 = v; };
  const r = [report(() => setEarly(1))];
  let w2 = 0;
  const setLate = (v) => { w2 = v; };
  setLate(9); setEarly(4);
  r.push(w2);
  return r.join("/");
}
out.length = 0;
out.push(writes());
function* gen() { const base = yield 1; const f = (x) => x + base; yield f(1); }
const it = gen(); it.next(); out.push(it.next(10).value);
class F { a = 1; static s = (() => { try { return later; } catch (e) { return e.constructor.name; } })(); }
let later = 2;
out.push(F.s, new F().a);
console.log(out.join(","));
