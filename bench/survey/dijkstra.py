class Heap:
    def __init__(self):
        self.items = []
    @property
    def size(self):
        return len(self.items)
    def push(self, node, dist):
        a = self.items
        a.append({"node": node, "dist": dist})
        i = len(a) - 1
        while i > 0:
            p = (i - 1) >> 1
            if a[p]["dist"] <= a[i]["dist"]:
                break
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.items
        top = a[0]
        last = a.pop()
        if len(a) > 0:
            a[0] = last
            i = 0
            while True:
                l = 2 * i + 1
                r = l + 1
                m = i
                if l < len(a) and a[l]["dist"] < a[m]["dist"]:
                    m = l
                if r < len(a) and a[r]["dist"] < a[m]["dist"]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top
def graph(w, h, seed):
    adj = [[] for _ in range(w * h)]
    for y in range(h):
        for x in range(w):
            v = y * w + x
            for dx, dy in [[1, 0], [0, 1]]:
                nx, ny = x + dx, y + dy
                if nx < w and ny < h:
                    seed = (seed * 69069 + 1) % 4294967296
                    cost = 1 + (seed >> 16) % 9
                    u = ny * w + nx
                    adj[v].append({"to": u, "cost": cost})
                    adj[u].append({"to": v, "cost": cost})
    return adj
def dijkstra(adj, src):
    dist = [float("inf")] * len(adj)
    heap = Heap()
    dist[src] = 0
    heap.push(src, 0)
    while heap.size > 0:
        e0 = heap.pop()
        node, d = e0["node"], e0["dist"]
        if d > dist[node]:
            continue
        for e in adj[node]:
            nd = d + e["cost"]
            if nd < dist[e["to"]]:
                dist[e["to"]] = nd
                heap.push(e["to"], nd)
    return dist
adj = graph(70, 70, 7)
total = 0
for s in [0, 2450, 4899]:
    d = dijkstra(adj, s)
    for x in d:
        total += x
result = total
