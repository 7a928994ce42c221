// An async job queue with concurrency limit, retries and top-level await.
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));

class TaskQueue {
  #running = 0;
  #queue = [];
  constructor(concurrency) { this.concurrency = concurrency; this.completed = []; }
  push(name, fn) {
    return new Promise((resolve, reject) => {
      this.#queue.push({ name, fn, resolve, reject });
      this.#next();
    });
  }
  #next() {
    while (this.#running < this.concurrency && this.#queue.length) {
      const { name, fn, resolve, reject } = this.#queue.shift();
      this.#running++;
      console.log(`start ${name} (running=${this.#running})`);
      fn().then(v => { this.completed.push(name); resolve(v); }, reject).finally(() => {
        this.#running--;
        console.log(`done ${name}`);
        this.#next();
      });
    }
  }
}

const q = new TaskQueue(2);
const results = await Promise.all([
  q.push('a', () => sleep(100, 'A')),
  q.push('b', () => sleep(30, 'B')),
  q.push('c', () => sleep(30, 'C')),
  q.push('d', () => sleep(20, 'D')),
]);
console.log(results, q.completed);

async function retry(fn, attempts) {
  for (let i = 1; i <= attempts; i++) {
    try {
      return await fn(i);
    } catch (e) {
      console.log(`attempt ${i} failed: ${e.message}`);
      if (i === attempts) throw new Error(`gave up after ${attempts}`, { cause: e });
    }
  }
}
const v = await retry(async (i) => { if (i < 3) throw new Error(`flaky ${i}`); return 'ok'; }, 5);
console.log('retry result:', v);
try {
  await retry(async () => { throw new TypeError('always'); }, 2);
} catch (e) {
  console.log(e.message, '<-', e.cause.message, e.cause instanceof TypeError);
}

async function* ticker(n) {
  for (let i = 0; i < n; i++) { await sleep(1); yield i; }
}
const seen = [];
for await (const t of ticker(4)) seen.push(t * 10);
console.log(seen);
for await (const x of [Promise.resolve(1), 2, sleep(1, 3)]) console.log('for-await', x);

const timeout = (p, ms) => Promise.race([p, sleep(ms).then(() => { throw new Error('timeout'); })]);
console.log(await timeout(sleep(5, 'quick'), 50));
await timeout(sleep(50, 'slow'), 5).catch(e => console.log('caught', e.message));
const settled = await Promise.allSettled([sleep(1, 'x'), Promise.reject(new RangeError('r'))]);
console.log(settled.map(s => s.status + ':' + (s.value ?? s.reason.name)));
console.log(await Promise.resolve({ nested: await Promise.resolve([1, 2]) }));
console.log(typeof import.meta, import.meta.url.startsWith('file://'));
