// idiomatic ES2015+: classes, Map/Set, for-of with destructuring, spread, template literals, generators
class Order {
  constructor(id, customer, items) { this.id = id; this.customer = customer; this.items = items; }
  *lines() { for (const [sku, qty, price] of this.items) yield { sku, qty, total: qty * price }; }
  get total() { let t = 0; for (const { total } of this.lines()) t += total; return t; }
}
function makeOrders(n) {
  const orders = [];
  let seed = 7;
  const rnd = (m) => (seed = (seed * 48271) % 2147483647) % m;
  for (let i = 0; i < n; i++) {
    const items = [];
    for (let j = 0, k = 1 + rnd(4); j < k; j++) items.push([`sku${rnd(50)}`, 1 + rnd(5), 1 + rnd(100)]);
    orders.push(new Order(i, `c${rnd(200)}`, items));
  }
  return orders;
}
function report(orders) {
  const byCustomer = new Map();
  const skus = new Set();
  for (const order of orders) {
    const { customer, total } = order;
    byCustomer.set(customer, (byCustomer.get(customer) ?? 0) + total);
    for (const { sku } of order.lines()) skus.add(sku);
  }
  const ranked = [...byCustomer.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const lines = ranked.slice(0, 20).map(([name, amount], i) => `${i + 1}. ${name}: ${amount}`);
  let sum = 0;
  for (const [, amount] of byCustomer) sum += amount;
  return `${lines.join("\n")}\n${skus.size} skus, ${byCustomer.size} customers, ${sum}`;
}
const text = report(makeOrders(4000));
result = text.length * 100000 + Number(text.slice(text.lastIndexOf(" ") + 1)) % 100000;
