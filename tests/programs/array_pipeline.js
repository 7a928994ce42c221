// Sales report: array pipelines with map/filter/reduce/flatMap and sort comparators.
const orders = [
  { id: 1, customer: 'alice', items: [{ sku: 'A1', qty: 2, price: 9.99 }, { sku: 'B2', qty: 1, price: 24.5 }], status: 'shipped' },
  { id: 2, customer: 'bob', items: [{ sku: 'A1', qty: 1, price: 9.99 }], status: 'pending' },
  { id: 3, customer: 'carol', items: [{ sku: 'C3', qty: 5, price: 3.25 }, { sku: 'A1', qty: 3, price: 9.99 }], status: 'shipped' },
  { id: 4, customer: 'alice', items: [{ sku: 'D4', qty: 1, price: 120 }], status: 'cancelled' },
  { id: 5, customer: 'dave', items: [], status: 'pending' },
];

const total = o => o.items.reduce((s, { qty, price }) => s + qty * price, 0);
console.log(orders.map(total));
console.log(orders.map(o => total(o).toFixed(2)));

const active = orders.filter(o => o.status !== 'cancelled');
console.log(active.map(({ id, customer }) => `${id}:${customer}`).join(', '));

const bySku = orders.flatMap(o => o.items).reduce((acc, it) => {
  acc[it.sku] = (acc[it.sku] ?? 0) + it.qty;
  return acc;
}, {});
console.log(bySku);

const byCustomer = orders.reduce((m, o) => {
  (m[o.customer] ||= []).push(o.id);
  return m;
}, {});
console.log(byCustomer);

const sorted = [...orders].sort((a, b) => total(b) - total(a) || a.id - b.id);
console.log(sorted.map(o => o.id));
console.log(orders.find(o => o.items.length === 0), orders.findIndex(o => o.customer === 'carol'));
console.log(orders.findLast(o => o.customer === 'alice').id, orders.findLastIndex(o => o.status === 'pending'));
console.log(orders.some(o => o.status === 'cancelled'), orders.every(o => o.id > 0));

const [first, , third, ...rest] = orders.map(o => o.id);
console.log(first, third, rest);
const { customer, items: [{ sku: firstSku } = {}] = [] } = orders[2];
console.log(customer, firstSku);

const nums = [5, 1, 10, 2, 25, 100, 3];
console.log(nums.slice().sort(), nums.slice().sort((a, b) => a - b));
console.log(nums.toSorted((a, b) => b - a), nums);
console.log([3, 1, 2].toReversed(), [1, 2, 3].with(1, 9), [1, 2, 3, 4].toSpliced(1, 2, 'x'));
console.log([[1, 2], [3, [4, [5, [6]]]]].flat(), [[1, 2], [3, [4, [5, [6]]]]].flat(Infinity));
console.log(Array.from({ length: 5 }, (_, i) => i * i), Array.of(7, 8), new Array(3).fill(0));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3].includes(NaN), [NaN].includes(NaN), [NaN].indexOf(NaN));
const chunk = (arr, n) => arr.reduce((acc, x, i) => (i % n ? acc[acc.length - 1].push(x) : acc.push([x]), acc), []);
console.log(chunk([1, 2, 3, 4, 5, 6, 7], 3));
const zip = (...arrs) => arrs[0].map((_, i) => arrs.map(a => a[i]));
console.log(zip([1, 2, 3], ['a', 'b', 'c'], [true, false, null]));
const uniq = [...new Set([3, 1, 3, 2, 1, 'a', 'a'])];
console.log(uniq, [1, 2, 3].join(' - '), [null, undefined, 1].join(','));
console.log([1, 2, 3].entries().next(), [...['a', 'b'].keys()], [...'ab'].map((c, i, a) => c + i + a.length));
const people = [{ n: 'Zed', a: 30 }, { n: 'amy', a: 25 }, { n: 'Bob', a: 30 }, { n: 'carl', a: 25 }];
console.log(people.sort((x, y) => x.a - y.a || (x.n.toLowerCase() < y.n.toLowerCase() ? -1 : 1)));
console.log([0, -1, 2].map(Math.abs), ['1', '2', '3'].map(Number), ['1', '2', '3'].map(parseInt));
console.log([1, 2, 3].reduceRight((acc, x) => acc + x, ''), [].reduce((a, b) => a + b, 'empty'));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e instanceof TypeError, e.message); }
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.prototype.slice.call({ 0: 'a', 1: 'b', length: 2 }));
