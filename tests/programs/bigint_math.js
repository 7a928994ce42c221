// BigInt arithmetic: factorials, fibonacci, modular exponentiation, conversions.
const factorial = (n) => (n <= 1n ? 1n : n * factorial(n - 1n));
console.log(factorial(25n), factorial(30n).toString().length);
function fib(n) { let a = 0n, b = 1n; for (let i = 0; i < n; i++) [a, b] = [b, a + b]; return a; }
console.log(fib(100), fib(90) % 1000000007n);
function modpow(base, exp, mod) {
  let r = 1n; base %= mod;
  while (exp > 0n) { if (exp & 1n) r = (r * base) % mod; base = (base * base) % mod; exp >>= 1n; }
  return r;
}
console.log(modpow(2n, 1000n, 1000000007n), modpow(3n, 10n ** 18n, 998244353n));
console.log(2n ** 64n, -(2n ** 63n), 7n / 2n, -7n / 2n, 7n % -2n, -7n % 2n, 0n === -0n);
console.log(BigInt(Number.MAX_SAFE_INTEGER) + 2n, BigInt('0x' + 'ff'.repeat(8)), BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n));
console.log(typeof 1n, 1n == 1, 1n === 1, 2n > 1, 1n < 1.5, [3n, 1n, 2n].sort(), [10n, 9n, 1n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log((255n).toString(16), (255n).toString(2), BigInt(-42).toString(), Number(123n), parseInt('99999999999999999999'), String(10n ** 20n));
console.log([1n, -1n, 0n], { big: 123456789012345678901234567890n }, new Map([[1n, 'one']]));
try { 1n + 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { BigInt(1.5); } catch (e) { console.log(e.constructor.name, e.message); }
try { BigInt('abc'); } catch (e) { console.log(e.constructor.name, e.message); }
try { Math.max(1n); } catch (e) { console.log(e.constructor.name, e.message); }
try { 1n / 0n; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(5n << 70n, -1n >> 3n, 6n & 3n, 6n | 3n, 6n ^ 3n, ~5n, -(-5n));
const isqrt = (n) => { if (n < 2n) return n; let x = n, y = (x + 1n) / 2n; while (y < x) { x = y; y = (x + n / x) / 2n; } return x; };
console.log(isqrt(10n ** 40n), isqrt(2n * 10n ** 30n));
const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
console.log(gcd(2n ** 40n * 3n, 6n ** 20n));
console.log(`${2n ** 100n}`, 0n ? 'truthy' : 'falsy', !!1n, BigInt(true), 10n.toLocaleString === undefined);
console.log(JSON.stringify({ v: 5n }, (k, v) => (typeof v === 'bigint' ? v.toString() + 'n' : v)));
console.log('%d %i %s', 12n, 13n, 14n);
console.log(BigInt64Array.from([1n, -1n]), new BigUint64Array([2n ** 64n - 1n]));
