// nsieve-bits (SunSpider bitops-nsieve-bits): a sieve over a bit array of 32-bit words
function primes(isPrime, n) {
  let count = 0;
  const m = 10000 << n, size = m + 31 >> 5;
  for (let i = 0; i < size; i++) isPrime[i] = 0xffffffff;
  for (let i = 2; i < m; i++) {
    if (isPrime[i >> 5] & 1 << (i & 31)) {
      for (let j = i + i; j < m; j += i) isPrime[j >> 5] &= ~(1 << (j & 31));
      count++;
    }
  }
  return count;
}
function sieve() {
  const counts = [];
  for (let i = 4; i <= 4; i++) {
    const isPrime = new Array((10000 << i) + 31 >> 5);
    counts.push(primes(isPrime, i));
  }
  return counts;
}
let r = [];
for (let k = 0; k < 2; k++) r = sieve();
result = r.join(",");
