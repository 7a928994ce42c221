// Memoized recursive solvers: coin change, edit distance, LCS, knapsack, N-Queens, sudoku row.
const memo = (fn, key = (...a) => a.join(',')) => { const c = new Map(); return function m(...a) { const k = key(...a); if (!c.has(k)) c.set(k, fn(m, ...a)); return c.get(k); }; };
const coinWays = memo((self, amount, i, coins) => amount === 0 ? 1 : amount < 0 || i === coins.length ? 0 : self(amount - coins[i], i, coins) + self(amount, i + 1, coins), (a, i) => `${a}:${i}`);
console.log(coinWays(100, 0, [1, 5, 10, 25, 50]), coinWays(12, 0, [1, 5, 10, 25, 50]));
function editDistance(a, b) {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] !== b[j - 1]));
  return dp[a.length][b.length];
}
console.log([['kitten', 'sitting'], ['flaw', 'lawn'], ['', 'abc'], ['same', 'same']].map(([a, b]) => `${a}->${b}: ${editDistance(a, b)}`));
const lcs = memo((self, a, b) => !a || !b ? '' : a[0] === b[0] ? a[0] + self(a.slice(1), b.slice(1)) : [self(a.slice(1), b), self(a, b.slice(1))].reduce((x, y) => (y.length > x.length ? y : x)), (a, b) => a + '|' + b);
console.log(lcs('AGGTAB', 'GXTXAYB'), lcs('ABCBDAB', 'BDCABA'));
function knapsack(items, cap) {
  const best = memo((self, i, c) => { if (i === items.length) return { value: 0, take: [] }; const skip = self(i + 1, c); const it = items[i]; if (it.w > c) return skip; const t = self(i + 1, c - it.w); return t.value + it.v > skip.value ? { value: t.value + it.v, take: [it.name, ...t.take] } : skip; });
  return best(0, cap);
}
console.log(knapsack([{ name: 'map', w: 9, v: 150 }, { name: 'compass', w: 13, v: 35 }, { name: 'water', w: 153, v: 200 }, { name: 'sandwich', w: 50, v: 160 }, { name: 'glucose', w: 15, v: 60 }, { name: 'tin', w: 68, v: 45 }, { name: 'banana', w: 27, v: 60 }, { name: 'apple', w: 39, v: 40 }], 200));
function nQueens(n) {
  const sols = []; const cols = new Set(), d1 = new Set(), d2 = new Set(); const board = [];
  (function place(r) {
    if (r === n) { sols.push([...board]); return; }
    for (let c = 0; c < n; c++) {
      if (cols.has(c) || d1.has(r - c) || d2.has(r + c)) continue;
      cols.add(c); d1.add(r - c); d2.add(r + c); board.push(c);
      place(r + 1);
      cols.delete(c); d1.delete(r - c); d2.delete(r + c); board.pop();
    }
  })(0);
  return sols;
}
const q6 = nQueens(6);
console.log(q6.length, nQueens(8).length, q6[0]);
console.log(q6[0].map((c) => '. '.repeat(c) + 'Q ' + '. '.repeat(5 - c)).join('\n'));
const fibMemo = memo((self, n) => (n < 2 ? BigInt(n) : self(n - 1) + self(n - 2)));
console.log(fibMemo(150));
const collatz = memo((self, n) => (n === 1 ? 1 : 1 + self(n % 2 ? 3 * n + 1 : n / 2)));
let bestN = 1; for (let n = 1; n < 3000; n++) if (collatz(n) > collatz(bestN)) bestN = n;
console.log(bestN, collatz(bestN));
const partitions = memo((self, n, k) => (n === 0 ? 1 : n < 0 || k === 0 ? 0 : self(n - k, k) + self(n, k - 1)));
console.log(Array.from({ length: 15 }, (_, i) => partitions(i + 1, i + 1)));
const stairs = memo((self, n) => (n <= 1 ? 1 : self(n - 1) + self(n - 2) + (n >= 3 ? self(n - 3) : 0)));
console.log(stairs(30), Number.isSafeInteger(stairs(60)), stairs(60));
