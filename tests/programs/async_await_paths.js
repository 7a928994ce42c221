// Awaits that complete without suspending once an async function body runs inside a
// job (a primitive or a fulfilled native promise and nothing else queued), and every
// case that must still take a turn of the job queue: other jobs queued, pending and
// rejected promises, thenables, subclasses, an own or changed "constructor", a patched
// Promise.prototype.then, host timers.  Each line is printed when it happens, so the
// output is the order of events.
const say = (s) => console.log(s);

// two bodies awaiting settled values in loops: once both are running, each await
// finds the other's job queued and must let it run first
async function ticker(name, n, value) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += await value(i);
    say(`${name} ${i}`);
  }
  return total;
}
ticker('a', 4, (i) => i).then((t) => say(`a done ${t}`));
ticker('b', 3, (i) => Promise.resolve(i * 10)).then((t) => say(`b done ${t}`));
Promise.resolve().then(() => say('p1')).then(() => say('p2')).then(() => say('p3'));

// one body alone: its awaits after the first run on, but the order seen from the
// outside (a chain queued before it starts) is unchanged
async function alone() {
  say('alone start');
  const a = await 1;
  say('alone 1');
  const b = await Promise.resolve(2);
  say('alone 2');
  const c = await (async () => 3)();
  say('alone 3');
  return a + b + c;
}
setTimeout(() => {
  Promise.resolve().then(() => say('q1')).then(() => say('q2')).then(() => say('q3')).then(() => say('q4'));
  alone().then((v) => say(`alone done ${v}`));
}, 0);

// awaits that must suspend even when nothing else is queued
setTimeout(async () => {
  say('slow start');
  await null;
  say('slow resumed');
  const pending = new Promise((r) => setTimeout(() => r('late'), 5));
  say(`slow got ${await pending}`);
  try {
    await Promise.reject(new Error('no'));
  } catch (e) {
    say(`slow caught ${e.message}`);
  }
  const thenable = { then(resolve) { say('thenable then'); resolve('from thenable'); } };
  say(`slow got ${await thenable}`);
  class MyPromise extends Promise {}
  say(`slow got ${await MyPromise.resolve('sub')}`);
  const own = Promise.resolve('own ctor');
  Object.defineProperty(own, 'constructor', { get() { say('own constructor read'); return Promise; } });
  say(`slow got ${await own}`);
  const realThen = Promise.prototype.then;
  Promise.prototype.then = function (f, r) { say('patched then'); return realThen.call(this, f, r); };
  say(`slow got ${await Promise.resolve('patched')}`);
  Promise.prototype.then = realThen;
  const desc = Object.getOwnPropertyDescriptor(Promise.prototype, 'constructor');
  Object.defineProperty(Promise.prototype, 'constructor', { get() { say('proto constructor read'); return Promise; }, configurable: true });
  say(`slow got ${await Promise.resolve('proto ctor')}`);
  Object.defineProperty(Promise.prototype, 'constructor', desc);
  say('slow end');
}, 10);

// the same, with a chain ticking beside it: every await lets the chain's jobs in
setTimeout(async () => {
  let n = 0;
  (function tick() { if (++n <= 6) Promise.resolve().then(() => { say(`tick ${n}`); tick(); }); })();
  for (const v of [1, Promise.resolve(2), 3]) say(`busy got ${await v}`);
}, 30);

// a body alone in the queue, then queueing a job of its own before it awaits again
setTimeout(async () => {
  await null;
  say('solo 1');
  await 1;
  say('solo 2');
  Promise.resolve().then(() => say('solo inner job'));
  await 2;
  say('solo 3');
  await Promise.resolve(3);
  say('solo 4');
  queueMicrotask(() => say('solo microtask'));
  await (async () => 4)();
  say('solo 5');
}, 40);
