// math-partial-sums (SunSpider): series with Math.pow, sin, cos, sqrt and alternating signs
function partial(n) {
  let a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0;
  const twothirds = 2 / 3;
  let alt = -1;
  for (let k = 1; k <= n; k++) {
    const k2 = k * k, k3 = k2 * k, sk = Math.sin(k), ck = Math.cos(k);
    alt = -alt;
    a1 += Math.pow(twothirds, k - 1);
    a2 += Math.pow(k, -0.5);
    a3 += 1 / (k * (k + 1));
    a4 += 1 / (k3 * sk * sk);
    a5 += 1 / (k3 * ck * ck);
    a6 += 1 / k;
    a7 += 1 / k2;
    a8 += alt / k;
    a9 += alt / (2 * k - 1);
  }
  return a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9;
}
let total = 0;
for (let i = 1024; i <= 65536; i *= 2) total += partial(i);
result = Math.round(total * 1e6);
