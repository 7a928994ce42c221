// Generators, async functions and async generators: yields inside loops, try/finally, return(), for await.
function* g1() { var x = yield 1; try { yield x * 2; } finally { console.log("fin g1"); } return 5; }
var it = g1(); console.log(JSON.stringify([it.next(), it.next(10), it.return(7), it.next()]));
function* g2() { for (var i = 0; i < 3; i++) { if (i == 1) continue; yield i; } yield* [7, 8]; }
console.log([...g2()].join());
async function a1(x) { var s = 0; for (var i = 0; i < 3; i++) s += await x + i; return s; }
async function a2() { try { await Promise.reject(new Error("rej")); } catch (e) { return "caught " + e.message; } }
async function a3() { const [a, b] = await Promise.all([1, 2]); return a + b; }
const a4 = async (v) => (await v) * 3;
async function* ag() { for (var i = 0; i < 3; i++) yield await i; }
async function main() {
  console.log(await a1(10), await a2(), await a3(), await a4(2));
  var out = []; for await (const v of ag()) out.push(v); console.log(out.join());
  function* inf() { var i = 0; try { while (true) yield i++; } finally { console.log("closed inf"); } }
  for (var v of inf()) { if (v > 2) break; }
  var g = inf(); g.next(); console.log(JSON.stringify(g.return(42)));
  class K { constructor(v) { this.v = v; } static async make() { return new K(await 9); } }
  console.log((await K.make()).v);
  function* gg() { var o = { [yield "k"]: yield "v" }; return o; }
  var i2 = gg(); i2.next(); i2.next("key"); console.log(JSON.stringify(i2.next("val")));
}
main();
