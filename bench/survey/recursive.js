// deep and wide recursion: Takeuchi, Ackermann, towers of Hanoi with an explicit move list, power set
function tak(x, y, z) { return y >= x ? z : tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)); }
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
function hanoi(n, from, to, via, moves) {
  if (n === 0) return;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from * 10 + to);
  hanoi(n - 1, via, to, from, moves);
}
function subsets(items, i, acc, out) {
  if (i === items.length) { out.push(acc.reduce((s, x) => s + x, 0)); return; }
  subsets(items, i + 1, acc, out);
  acc.push(items[i]); subsets(items, i + 1, acc, out); acc.pop();
}
const t = tak(18, 12, 6);
const a = ack(2, 300) + ack(3, 5);
const moves = []; hanoi(14, 1, 3, 2, moves);
let h = 0; for (let i = 0; i < moves.length; i++) h = (h * 7 + moves[i]) % 1000003;
const sums = []; subsets([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8], 0, [], sums);
let s = 0; for (const x of sums) s += x * x;
result = t * 1000000 + a * 1000 + h + s;
