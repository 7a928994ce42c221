// Number formatting: toFixed, toPrecision, toExponential, radix strings, edge values.
const values = [0, -0, 1, -1.5, 0.1 + 0.2, 1 / 3, 2 / 3, 123.456, 1e21, 1e-7, 123456789012345680000, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity];
for (const v of values) {
  console.log(String(v).padEnd(24), v.toFixed(2).padEnd(26), v.toPrecision(4).padEnd(12), v.toExponential(3));
}
console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (8.345).toFixed(2), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(8), (1e21).toString(36));
console.log(Number('0x1f'), Number('0b101'), Number('0o17'), Number(''), Number(' 12 '), Number('12px'), Number(null), Number(undefined), Number([]), Number([5]), Number('1e3'));
console.log(parseInt('12px'), parseInt('0x1f'), parseInt('z', 36), parseInt(''), parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2'), parseInt('  -42  '));
console.log(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 9007199254740993, 2 ** 53 + 1, 2 ** -1074, 1 / 0, -1 / 0, 0 / 0);
console.log(Number.EPSILON, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, Number.isSafeInteger(2 ** 53), Number.isInteger(5.0), Number.isFinite('5'), isFinite('5'));
console.log(Object.is(-0, 0), -0 === 0, [-0], String(-0), `${-0}`, JSON.stringify(-0), (-0).toFixed(1), Math.sign(-0));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.trunc(-4.7), Math.floor(-4.1), Math.ceil(-4.9), Math.fround(5.5), Math.fround(5.05));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.hypot(3, 4), Math.cbrt(27), Math.log2(8), Math.log10(1000), Math.expm1(0), Math.clz32(1), Math.imul(3, 4));
console.log(Math.sqrt(2), Math.PI, Math.E, Math.sin(Math.PI), Math.cos(0), Math.atan2(1, 1), Math.exp(1), Math.pow(2, 0.5));
console.log(7 % 3, -7 % 3, 7 % -3, 5.5 % 2, 2 ** 10, (-8) ** (1 / 3), 0.1 ** 2);
console.log(1e300 * 1e10, -1e300 * 1e10, 123e-20, 1e100, 12345678901234567890, 0.000001, 0.0000001, 100 .toString(), 1.0);
console.log(~~3.7, 3.7 | 0, -3.7 | 0, 1 << 31, 1 << 32, -1 >>> 0, -1 >>> 28, 5 & 3, 5 | 3, 5 ^ 3, ~5);
const fmt = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
console.log(fmt(1234567.891), fmt(999.999), fmt(-1234.5), fmt(0));
const bytes = (n) => { const u = ['B', 'KB', 'MB', 'GB', 'TB']; let i = 0; while (n >= 1024 && i < u.length - 1) { n /= 1024; i++; } return `${n.toFixed(i ? 1 : 0)} ${u[i]}`; };
console.log([0, 1023, 1024, 1536, 1048576, 5e9, 3e13].map(bytes));
console.log((25).toString(36), Number.parseFloat === parseFloat, (123.456).toPrecision(2), (0.000123).toPrecision(2), (123456).toPrecision(2), (1e-10).toPrecision(3));
console.log([1e21, 1e-6, 1.5e-7, 2e-7, 123e25].map(String), (1e21).toLocaleString === undefined);
console.log(Number.prototype.toString.call(10, 3), (12.375).toString(2), (-0.1).toString(3).slice(0, 20));
console.log('%d %i %f %s', 42.9, 42.9, '3.5abc', 7, 'extra', 8);
console.log('%d%% done', 50, '%s', 'x');
console.log('%i', -0.5, '%d', -0, [-0, 0]);
