// Block scopes whose bindings only the generated code reaches need no environment
// list; the ones closures see must keep theirs, one per iteration where the spec says.
function run(items) {
  const out = [];
  const fns = [];
  for (let i = 0; i < 3; i++) fns.push(() => i);
  for (const x of items) { const y = x * 2; fns.push(() => x + y); }
  for (const x of items) { let z = x + 1; out.push(z); }
  let outer = 10;
  for (const x of items) { const unused = x; fns.push(() => outer + 1); }
  for (let k = 0; k < 2; k++) {
    try { out.push(tdz); } catch (e) { out.push(e.constructor.name); }
    let tdz = k;
    out.push(tdz);
  }
  {
    function inBlock() { return "block fn"; }
    out.push(inBlock());
  }
  switch (items.length) { case 3: { let w = "case block"; out.push(w); } }
  for (const [a, b] of [[1, 2], [3, 4]]) { let s = a + b; out.push(s); }
  return out.concat(fns.map(f => f())).join(",");
}
for (let n = 0; n < 4; n++) console.log(run([1, 2, 3]));
