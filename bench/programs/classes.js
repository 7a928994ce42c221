// class-based OO with method calls (a task scheduler simulation)
class Task {
  constructor(id, priority, work) { this.id = id; this.priority = priority; this.work = work; this.done = 0; }
  run(budget) { var used = Math.min(budget, this.work - this.done); this.done += used; return used; }
  finished() { return this.done >= this.work; }
}
class IoTask extends Task {
  constructor(id, priority, work) { super(id, priority, work); this.waits = 0; }
  run(budget) { this.waits++; return super.run(budget >> 1); }
}
class Scheduler {
  constructor() { this.queue = []; this.clock = 0; this.switches = 0; }
  add(task) { this.queue.push(task); }
  step() {
    var best = null, bi = -1;
    for (var i = 0; i < this.queue.length; i++) {
      var t = this.queue[i];
      if (best === null || t.priority > best.priority) { best = t; bi = i; }
    }
    this.clock += best.run(8);
    this.switches++;
    if (best.finished()) this.queue.splice(bi, 1);
    else best.priority = (best.priority * 7 + 3) % 11;
    return this.queue.length > 0;
  }
}
var s = new Scheduler();
for (var i = 0; i < 200; i++) s.add(i % 3 === 0 ? new IoTask(i, i % 11, 50 + i) : new Task(i, i % 11, 40 + i));
while (s.step()) {}
result = s.clock * 1000 + s.switches;
