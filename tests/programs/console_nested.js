// console.log of nested structures: depth limits, line breaking, quoting.
const config = {
  name: 'server',
  port: 8080,
  tls: { enabled: true, cert: { path: '/etc/cert.pem', chain: { root: 'ca', depth: 3 } } },
  routes: [
    { method: 'GET', path: '/', handler: 'index' },
    { method: 'POST', path: '/api/items', handler: 'createItem', middleware: ['auth', 'json'] },
  ],
  empty: {},
  emptyArr: [],
  nil: null,
  undef: undefined,
  'quoted-key': "it's",
  'with space': 'a "double" quote',
  both: `it's "both"`,
  nl: 'line1\nline2',
  42: 'numeric key',
};
console.log(config);
console.log([config.tls]);
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log([[[[[1]]]]], [[[[]]]], [[[{}]]]);
console.log({ arr: [[1, [2, [3, [4]]]]] });

const short = { x: 1, y: 2 };
console.log(short, [short, short]);
console.log({ aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeee: 5, ffff: 6 });
console.log({ aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeee: 5, ffffff: 6, g: 7 });
console.log(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu']);
console.log(Array.from({ length: 30 }, (_, i) => i * 3));
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 101 }, (_, i) => 'x'));
console.log({ list: Array.from({ length: 12 }, (_, i) => ({ id: i })) });
console.log([1.5, -2, 300000, 4e21, 0.000001, 1e-7, -0, 0, NaN, -Infinity]);
console.log([true, false, null, undefined, 'str', 10n, Symbol('s')]);
console.log({ s: 'x'.repeat(100) });
console.log(['a long string that goes on and on', 'another long string here', 'and a third one', 'fourth']);
console.log({ text: 'first line\nsecond line\nthird line that is quite a bit longer than the others to force wrap' });
console.log('top-level string is not quoted', 42, 'x', [ 'y' ]);
console.log({ 'key\nwith newline': 1, '': 2, 'valid_id$': 3, $dollar: 4, _under: 5, '1abc': 6 });
console.log([undefined, , null, , , 3]);
const sparse = []; sparse[5] = 'five'; sparse[9] = 'nine';
console.log(sparse, sparse.length);
const arr = [1, 2, 3]; arr.extra = 'prop'; arr[-1] = 'neg';
console.log(arr);
console.log(Object.assign([], { length: 3 }));
console.log(new Array(5), [, 'a'], ['a', ,]);
console.log({ fn() {}, arrow: () => {}, named: function foo() {}, anon: function () {} });
console.log([function () {}, class {}, class Foo {}, async () => {}, function* gen() {}, async function* ag() {}]);
console.log(Math.max, console.log, Symbol.iterator, [Symbol()]);
