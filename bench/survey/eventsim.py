# discrete-event simulation: binary-heap priority queue of event dicts, a dict of customers
from collections import deque
class Heap:
    def __init__(self): self.items = []
    @property
    def size(self): return len(self.items)
    def push(self, ev):
        a = self.items
        a.append(ev)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) >> 1
            if a[p]["time"] < a[i]["time"] or (a[p]["time"] == a[i]["time"] and a[p]["seq"] < a[i]["seq"]): break
            a[p], a[i] = a[i], a[p]; i = p
    def pop(self):
        a = self.items
        top = a[0]; last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l = 2 * i + 1; r = l + 1; m = i
                if l < len(a) and (a[l]["time"] < a[m]["time"] or (a[l]["time"] == a[m]["time"] and a[l]["seq"] < a[m]["seq"])): m = l
                if r < len(a) and (a[r]["time"] < a[m]["time"] or (a[r]["time"] == a[m]["time"] and a[r]["seq"] < a[m]["seq"])): m = r
                if m == i: break
                a[m], a[i] = a[i], a[m]; i = m
        return top
seed = 42
def rnd():
    global seed
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
def simulate(customers, tellers):
    queue = Heap(); waiting = []; info = {}
    seq = 0; free = tellers; now = 0; served = 0; total_wait = 0
    t = 0
    for id in range(customers):
        t += int(rnd() * 10)
        queue.push({"time": t, "seq": seq, "kind": "arrive", "id": id}); seq += 1
    while queue.size > 0:
        ev = queue.pop()
        now = ev["time"]
        if ev["kind"] == "arrive":
            info[ev["id"]] = {"arrived": now, "started": -1}
            waiting.append(ev["id"])
        else:
            free += 1; served += 1
        while free > 0 and waiting:
            id = waiting.pop(0); c = info[id]
            c["started"] = now; total_wait += now - c["arrived"]; free -= 1
            queue.push({"time": now + 5 + int(rnd() * 30), "seq": seq, "kind": "depart", "id": id}); seq += 1
    return f"{served}:{now}:{total_wait / served:.3f}"
result = simulate(20000, 4)
