// Optional chains ending in a call, in generated code (ExpressionGenerator.x_ChainExpression):
// receivers, short-circuits skipping the arguments, optional calls of nullish values, TypeErrors, order.
const log = [];
const o = { n: 2, m(x) { return this.n * x; }, inner: { k() { return this === o.inner; } }, nul: null };
function t() {
  const r = [];
  r.push(o?.m(3), o.m?.(4), o?.inner.k(), o.missing?.(1), o.nul?.m(1), o?.nul?.m(), o.m?.(5));
  let u; r.push(u?.m(1), u?.a.b.c(), typeof (u?.()));
  const f = x => x + 1, g = null;
  r.push(f?.(1), g?.(1));
  const arr = [x => x * 10]; r.push(arr?.[0](2), arr[0]?.(3));
  let count = 0; const side = () => { count++; return 1; };
  r.push(u?.m(side()), count, o?.m(side()), count);
  try { o?.n(); } catch (e) { r.push(e.constructor.name); }
  try { o.n?.(); } catch (e) { r.push(e.constructor.name); }
  try { o.nul.x?.(); } catch (e) { r.push(e.constructor.name); }
  const s = "abc"; r.push(s?.toUpperCase(), s.at?.(-1));
  const order = [];
  const p = { get fn() { order.push("get"); return (a) => { order.push("call" + a); return a; }; } };
  r.push(p?.fn((order.push("arg"), 1)), order.join());
  return r.join(" ");
}
for (let i = 0; i < 3; i++) console.log(t());
