// Module-level consts with Number literal initializers, read by the module's
// functions (see literal_consts.js): typed, TDZ kept, loop bounds.
const out = [];
function show(label, f) {
  try { out.push(label + "=" + String(f())); } catch (e) { out.push(label + "!" + e.constructor.name); }
}
function early() { let s = 0; for (let i = 0; i < W; i++) s += i * H; return s; }
function grid() {
  const cells = new Array(W * H).fill(0);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) cells[y * W + x] = (x ^ y) & MASK;
  let s = 0;
  for (let i = 0; i < W * H; i++) s += cells[i];
  return s;
}
show("tdz", early);
show("tdz-grid", grid);
export const W = 12;
const H = 9, MASK = 0x7, SCALE = -2.5;
show("loop", early);
show("grid", grid);
const scaled = (v) => v * SCALE + H / W;
show("arrow", () => [scaled(2), scaled("4"), scaled(-0)].join());
for (let r = 0; r < 3; r++) show("round" + r, () => early() + grid() + scaled(r));
console.log(out.join("\n"));
