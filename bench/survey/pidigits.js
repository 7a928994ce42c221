// spigot digits of pi with BigInt (Gibbons' unbounded algorithm)
function piDigits(n) {
  let q = 1n, r = 0n, t = 1n, k = 1n, nn = 3n, l = 3n, digits = "";
  while (digits.length < n) {
    if (4n * q + r - t < nn * t) {
      digits += nn;
      const nr = 10n * (r - nn * t);
      nn = (10n * (3n * q + r)) / t - 10n * nn;
      q *= 10n; r = nr;
    } else {
      const nr = (2n * q + r) * l;
      const tn = (q * (7n * k) + 2n + r * l) / (t * l);
      q *= k; t *= l; l += 2n; k += 1n; nn = tn; r = nr;
    }
  }
  return digits;
}
const d = piDigits(600);
let h = 0;
for (let i = 0; i < d.length; i++) h = (h * 10 + (d.charCodeAt(i) - 48)) % 1000000007;
result = h;
