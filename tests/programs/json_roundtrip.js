// JSON.stringify / JSON.parse with replacers, revivers, indentation and toJSON.
const data = {
  id: 7,
  name: 'Widget "Pro"',
  tags: ['a', 'b'],
  price: 19.9,
  created: new Date(Date.UTC(2024, 0, 15, 10, 30, 0)),
  meta: { nested: { deep: [1, { x: null }] } },
  skip: undefined,
  fn() {},
  sym: Symbol('s'),
  nan: NaN,
  inf: -Infinity,
  negz: -0,
};
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, ['id', 'name', 'meta', 'nested']));
console.log(JSON.stringify(data, (k, v) => (typeof v === 'number' ? Math.round(v) : v), '\t'));
console.log(JSON.stringify([undefined, function () {}, Symbol()]));
console.log(JSON.stringify({ a: [] , b: {} }, null, 4));
console.log(JSON.stringify('\u2028\u2029\ud800 "\n"'), JSON.stringify('é😀'));
console.log(JSON.stringify({ toJSON() { return { replaced: true }; } }));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create(null)));
console.log(JSON.stringify([new Number(3), new String('s'), new Boolean(false)]));
console.log(JSON.stringify({ a: 1, b: 2 }, null, 'xx'), JSON.stringify([1, [2, [3]]], null, 20).length);
console.log(JSON.stringify(null), JSON.stringify(undefined), JSON.stringify(1e21), JSON.stringify(0.1 + 0.2));
try { JSON.stringify({ big: 10n }); } catch (e) { console.log(e.name, e.message); }
const circ = { name: 'loop' }; circ.self = circ;
try { JSON.stringify(circ); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }

const text = '{"user":{"name":"Ann","born":"1990-05-04T00:00:00.000Z","scores":[90,85.5,"77"]},"active":true,"n":null}';
const parsed = JSON.parse(text, (key, value) => {
  if (key === 'born') return new Date(value);
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return value;
});
console.log(parsed);
console.log(parsed.user.born.getUTCFullYear(), parsed.user.scores.reduce((a, b) => a + b));
const order = [];
JSON.parse('{"a":{"b":1,"c":[2,3]},"d":4}', function (k, v) { order.push(k === '' ? '<root>' : k); return v; });
console.log(order.join(' '));
for (const bad of ['{a:1}', '[1,]', "'x'", '', '{"a":1}x', 'tru', '01']) {
  try { JSON.parse(bad); console.log('parsed', bad); } catch (e) { console.log(e.name, JSON.stringify(bad)); }
}
console.log(JSON.parse(' [1, 2.5e3, -0, "\\u0041\\n", true, null] '));
console.log(Object.is(JSON.parse('-0'), -0), JSON.parse('"\\ud83d\\ude00"'), JSON.parse('{"__proto__": 1}'));
const clone = structuredClone({ d: new Date(0), m: new Map([['k', [1, 2]]]), s: new Set(['v']) });
console.log(clone);
const deepEqual = (a, b) => JSON.stringify(a) === JSON.stringify(b);
console.log(deepEqual({ x: [1, 2] }, { x: [1, 2] }), deepEqual({ x: 1, y: 2 }, { y: 2, x: 1 }));
console.log(JSON.stringify({ date: new Date(Date.UTC(2000, 1, 29)) }), JSON.stringify(new Date(NaN)));
console.log(JSON[Symbol.toStringTag], JSON.stringify({ a: '\x07\x1f' }));
