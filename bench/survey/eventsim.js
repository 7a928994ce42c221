// discrete-event simulation: a binary-heap priority queue of event objects, a Map of customers, bank tellers
class Heap {
  constructor() { this.items = []; }
  get size() { return this.items.length; }
  push(ev) {
    const a = this.items;
    a.push(ev);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].time < a[i].time || (a[p].time === a[i].time && a[p].seq < a[i].seq)) break;
      const t = a[p]; a[p] = a[i]; a[i] = t; i = p;
    }
  }
  pop() {
    const a = this.items, top = a[0], last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && (a[l].time < a[m].time || (a[l].time === a[m].time && a[l].seq < a[m].seq))) m = l;
        if (r < a.length && (a[r].time < a[m].time || (a[r].time === a[m].time && a[r].seq < a[m].seq))) m = r;
        if (m === i) break;
        const t = a[m]; a[m] = a[i]; a[i] = t; i = m;
      }
    }
    return top;
  }
}
let seed = 42;
function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647; }
function simulate(customers, tellers) {
  const queue = new Heap(), waiting = [], info = new Map();
  let seq = 0, free = tellers, now = 0, served = 0, totalWait = 0;
  for (let id = 0, t = 0; id < customers; id++) {
    t += Math.floor(rnd() * 10);
    queue.push({ time: t, seq: seq++, kind: "arrive", id });
  }
  while (queue.size > 0) {
    const ev = queue.pop();
    now = ev.time;
    if (ev.kind === "arrive") {
      info.set(ev.id, { arrived: now, started: -1 });
      waiting.push(ev.id);
    } else {
      free++; served++;
    }
    while (free > 0 && waiting.length > 0) {
      const id = waiting.shift(), c = info.get(id);
      c.started = now; totalWait += now - c.arrived; free--;
      queue.push({ time: now + 5 + Math.floor(rnd() * 30), seq: seq++, kind: "depart", id });
    }
  }
  return served + ":" + now + ":" + (totalWait / served).toFixed(3);
}
result = simulate(20000, 4);
