// globals read in a function's loops: each read sees the binding's current value,
// whatever changes it (the loop itself, a call); see also tests/interp/test_script_globals.py
var W = 4, H = 3, TABLE = [1, 2, 3, 4];
function grid() {
  let s = 0;
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) s += TABLE[(x + y) % W] * (x + 1);
  return s;
}
function bump() { W = W + 1; TABLE.push(W); }
function growing() {
  const seen = [];
  for (let i = 0; i < W && i < 20; i++) { seen.push(W); if (i % 2 === 0) bump(); }
  return seen.join();
}
function writesInLoop() {
  for (let i = 0; i < 3; i++) { H = H * 2; }
  return H;
}
for (let r = 0; r < 4; r++) console.log(grid(), growing(), W, writesInLoop());

// names used as property keys, labels and shorthand in loops are no global reads
var key = "k", label = 1;
function keys() {
  const out = [];
  label: for (let i = 0; i < 2; i++) { const o = { key, W: i, [key]: label }; out.push(o.key + o.W + o.k); if (i) continue label; }
  return out.join();
}
console.log(keys(), keys());
