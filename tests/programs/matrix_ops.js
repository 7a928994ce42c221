// Matrix operations: multiply, transpose, determinant, inverse via Gauss-Jordan, pretty printing.
const matrix = (rows) => rows.map((r) => [...r]);
const identity = (n) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));
const transpose = (m) => m[0].map((_, j) => m.map((row) => row[j]));
const multiply = (a, b) => a.map((row) => transpose(b).map((col) => row.reduce((s, x, k) => s + x * col[k], 0)));
function determinant(m) {
  if (m.length === 1) return m[0][0];
  if (m.length === 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
  return m[0].reduce((acc, x, j) => acc + (j % 2 ? -1 : 1) * x * determinant(m.slice(1).map((r) => r.filter((_, k) => k !== j))), 0);
}
function inverse(m) {
  const n = m.length;
  const aug = m.map((row, i) => [...row, ...identity(n)[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(aug[r][c]) > Math.abs(aug[p][c])) p = r;
    if (Math.abs(aug[p][c]) < 1e-12) throw new Error('matrix is singular');
    [aug[c], aug[p]] = [aug[p], aug[c]];
    const pv = aug[c][c];
    aug[c] = aug[c].map((x) => x / pv);
    for (let r = 0; r < n; r++) if (r !== c) { const f = aug[r][c]; aug[r] = aug[r].map((x, k) => x - f * aug[c][k]); }
  }
  return aug.map((row) => row.slice(n));
}
const show = (m, digits = 3) => {
  const cells = m.map((r) => r.map((x) => (Object.is(Math.round(x * 1e9) / 1e9, -0) ? 0 : Math.round(x * 1e9) / 1e9).toFixed(digits)));
  const w = Math.max(...cells.flat().map((s) => s.length));
  return cells.map((r) => '| ' + r.map((s) => s.padStart(w)).join(' ') + ' |').join('\n');
};
const A = matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]);
const B = [[1, 2], [3, 4], [5, 6]];
console.log(A, transpose(B));
console.log(multiply(A, B));
console.log(show(multiply(A, B), 0));
console.log('det(A) =', determinant(A), 'det(I4) =', determinant(identity(4)));
const Ainv = inverse(A);
console.log(show(Ainv));
console.log(show(multiply(A, Ainv), 1));
try { inverse([[1, 2], [2, 4]]); } catch (e) { console.log('error:', e.message); }
const big = Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => (i + 1) * (j + 1)));
console.log(big);
console.log(Array.from({ length: 3 }, (_, i) => Array.from({ length: 12 }, (_, j) => i * 12 + j)));
const f32 = new Float32Array([1.1, 2.2, 3.3]);
console.log(f32, Array.from(f32, (x) => x.toFixed(2)), new Float64Array(f32));
const rotate = (m) => transpose(m).map((r) => r.reverse());
console.log(rotate([[1, 2, 3], [4, 5, 6]]), identity(3));
const spiral = (m) => { const out = []; while (m.length) { out.push(...m.shift()); m = transpose(m).reverse(); if (!m.length || !m[0].length) break; } return out; };
console.log(spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]));
console.table([[1, 2], [3, 4]]);
