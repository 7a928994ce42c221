// An async generator's resumption is a call for the depth limit: `yield* ag()` in ag
// nests resumptions synchronously, and the chain overflows (a RangeError rejecting the
// first next()) instead of running until Python's own recursion limit.
async function* ag() { yield* ag(); }
async function* count(n) { if (n > 0) yield* count(n - 1); yield n; }
function* syncCount(n) { if (n > 0) yield* syncCount(n - 1); yield n; }
(async () => {
  try { await ag().next(); console.log("resolved"); } catch (e) { console.log("rejected", e instanceof RangeError); }
  let k = 0, s = 0;
  for await (const x of count(200)) { k++; s += x; }
  console.log(k, s);
  console.log([...syncCount(500)].length);
  try { await ag().next(); console.log("resolved"); } catch (e) { console.log("rejected again", e instanceof RangeError); }
})();
