// Destructuring whose targets are plain names runs as straight-line code; these cases
// pin what it must keep: order of reads and defaults, errors, holes, closing iterators.
function run(n) {
  const out = [];
  const log = [];
  const src = { get a() { log.push("get a"); return n; }, b: 2, 0: "zero" };
  const { a, b: bee = log.push("default b"), c = (log.push("default c"), 3), 0: z } = src;
  out.push(a, bee, c, z, log.join("|"));
  let x = 1, y = 2;
  [x, y] = [y, x];
  out.push(x, y);
  [x, , y] = "abc";
  out.push(x, y);
  var p, q, r;
  [p, q, r] = new Set([7, 8]);
  out.push(p, q, r);
  function* gen() { try { yield 1; yield 2; yield 3; } finally { log.push("gen closed"); } }
  const [g1, g2] = gen();
  out.push(g1, g2, log[log.length - 1]);
  const inherited = Object.create({ proto: "from proto" });
  const { proto, missing } = inherited;
  out.push(proto, missing);
  for (const { a: fa, b: fb = "fb default" } of [{ a: 1 }, { a: 2, b: 3 }]) out.push(fa, fb);
  for (const [k, [v]] of new Map([["key", ["nested"]]])) out.push(k, v);
  let chained;
  const arr = [5, 6];
  chained = [x, y] = arr;
  out.push(chained === arr, x, y);
  ({ a: x, b: y } = { a: "oa", b: "ob" });
  out.push(x, y);
  try { const { nope } = null; } catch (e) { out.push(e.constructor.name); }
  try { ({ a: x } = undefined); } catch (e) { out.push(e.constructor.name); }
  try { const [k1] = {}; } catch (e) { out.push(e.constructor.name); }
  try { [tdz] = [1]; let tdz; } catch (e) { out.push(e.constructor.name); }
  try { ({ a: tdz2 } = { a: 1 }); let tdz2; } catch (e) { out.push(e.constructor.name); }
  const k = 1;
  try { [k] = [2]; } catch (e) { out.push(e.constructor.name, k); }
  return out.join(",");
}
for (let i = 0; i < 4; i++) console.log(run(i));
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
let closed = 0;
AIP.return = function () { closed++; return {}; };
function pat() { const [a] = [1, 2]; let b, c; [b, c] = [3]; return a + b + closed; }
for (let i = 0; i < 3; i++) console.log(pat());
