class Task:
    def __init__(self, id, priority, work):
        self.id = id; self.priority = priority; self.work = work; self.done = 0
    def run(self, budget):
        used = min(budget, self.work - self.done); self.done += used; return used
    def finished(self):
        return self.done >= self.work
class IoTask(Task):
    def __init__(self, id, priority, work):
        super().__init__(id, priority, work); self.waits = 0
    def run(self, budget):
        self.waits += 1
        return super().run(budget >> 1)
class Scheduler:
    def __init__(self):
        self.queue = []; self.clock = 0; self.switches = 0
    def add(self, task):
        self.queue.append(task)
    def step(self):
        best = None; bi = -1
        for i in range(len(self.queue)):
            t = self.queue[i]
            if best is None or t.priority > best.priority:
                best = t; bi = i
        self.clock += best.run(8)
        self.switches += 1
        if best.finished():
            del self.queue[bi]
        else:
            best.priority = (best.priority * 7 + 3) % 11
        return len(self.queue) > 0
s = Scheduler()
for i in range(200):
    s.add(IoTask(i, i % 11, 50 + i) if i % 3 == 0 else Task(i, i % 11, 40 + i))
while s.step():
    pass
result = s.clock * 1000 + s.switches
