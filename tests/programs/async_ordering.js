// Event loop ordering: sync code, microtasks (promises, queueMicrotask), timers.
const log = [];
const say = (s) => { log.push(s); console.log(s); };

say('script start');
setTimeout(() => say('timeout 0'), 0);
setTimeout(() => say('timeout 100'), 100);
setTimeout(() => say('timeout 60'), 60);
setTimeout(() => {
  say('timeout 20 (outer)');
  Promise.resolve().then(() => say('micro inside timeout'));
  setTimeout(() => say('nested timeout (20 + 0)'), 0);
  setTimeout(() => say('nested timeout (20 + 30)'), 30);
}, 20);

Promise.resolve().then(() => say('promise 1')).then(() => say('promise 2'));
queueMicrotask(() => say('microtask'));
(async () => {
  say('async fn start');
  await null;
  say('after await 1');
  await new Promise(r => setTimeout(r, 40));
  say('after await timer');
})();

new Promise((resolve) => { say('executor runs sync'); resolve('val'); })
  .then(v => { say(`then got ${v}`); return Promise.resolve('chained'); })
  .then(v => say(`then got ${v}`));

Promise.reject(new Error('nope')).catch(e => say(`caught ${e.message}`)).finally(() => say('finally'));

const p = Promise.all([1, Promise.resolve(2), new Promise(r => setTimeout(() => r(3), 30))]);
p.then(vals => say(`all: ${vals}`));
Promise.allSettled([Promise.resolve(1), Promise.reject('bad')]).then(rs => console.log(rs));
Promise.race([new Promise(r => setTimeout(() => r('slow'), 200)), new Promise(r => setTimeout(() => r('fast'), 70))])
  .then(v => say(`race: ${v}`));
Promise.any([Promise.reject(new Error('a')), Promise.resolve('b')]).then(v => say(`any: ${v}`));
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]).catch(e => {
  say(`any failed: ${e.constructor.name} ${e.errors.map(x => x.message)} ${e.message}`);
});

const interval = setInterval((() => { let n = 0; return () => { say(`interval ${++n}`); if (n === 3) clearInterval(interval); }; })(), 35);
const cancelled = setTimeout(() => say('never'), 0);
clearTimeout(cancelled);

say('script end');
setTimeout(() => console.log(log.length, 'events'), 300);
