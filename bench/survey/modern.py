# idiomatic Python twin: classes, dict/set, tuple unpacking, f-strings, generators
class Order:
    def __init__(self, id, customer, items):
        self.id = id; self.customer = customer; self.items = items
    def lines(self):
        for sku, qty, price in self.items:
            yield {"sku": sku, "qty": qty, "total": qty * price}
    @property
    def total(self):
        t = 0
        for line in self.lines(): t += line["total"]
        return t

def make_orders(n):
    orders = []
    seed = 7
    def rnd(m):
        nonlocal seed
        seed = (seed * 48271) % 2147483647
        return seed % m
    for i in range(n):
        items = []
        k = 1 + rnd(4)
        for j in range(k):
            items.append((f"sku{rnd(50)}", 1 + rnd(5), 1 + rnd(100)))
        orders.append(Order(i, f"c{rnd(200)}", items))
    return orders

def report(orders):
    by_customer = {}
    skus = set()
    for order in orders:
        customer, total = order.customer, order.total
        by_customer[customer] = by_customer.get(customer, 0) + total
        for line in order.lines(): skus.add(line["sku"])
    ranked = sorted(by_customer.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [f"{i + 1}. {name}: {amount}" for i, (name, amount) in enumerate(ranked[:20])]
    s = 0
    for _, amount in by_customer.items(): s += amount
    return "\n".join(lines) + f"\n{len(skus)} skus, {len(by_customer)} customers, {s}"

text = report(make_orders(4000))
result = len(text) * 100000 + int(text[text.rfind(" ") + 1:]) % 100000
