// process.stdout.write progress output, nextTick vs promise ordering, exitCode and 'exit'.
const items = ['alpha', 'beta', 'gamma', 'delta'];
process.stdout.write('Processing');
for (const it of items) process.stdout.write('.');
process.stdout.write(' done\n');
const table = items.map((name, i) => `${String(i + 1).padStart(2)} | ${name.padEnd(6)} | ${'*'.repeat(name.length)}`);
process.stdout.write(table.join('\n') + '\n');

const order = [];
setTimeout(() => order.push('timeout'), 0);
Promise.resolve().then(() => order.push('promise'));
process.nextTick(() => order.push('nextTick 1'));
queueMicrotask(() => order.push('microtask'));
process.nextTick(() => {
  order.push('nextTick 2');
  Promise.resolve().then(() => order.push('promise from tick'));
  process.nextTick(() => order.push('tick from tick'));
});
(async () => { order.push('async body'); await undefined; order.push('after await'); })();
order.push('sync end');

process.on('exit', (code) => {
  console.log('exit handler, code =', code);
  console.log(order.join(' > '));
});

setTimeout(() => {
  const args = process.argv.slice(2);
  console.log('args:', args, typeof process.argv[1], process.argv.length >= 2);
  console.log(typeof process.env, typeof process.nextTick, typeof process.exit, process.exitCode);
  let failures = 0;
  for (const n of [4, 7, 10]) {
    if (n % 2) { console.error(`odd value ${n}`); failures++; }
  }
  process.exitCode = failures ? 2 : 0;
  console.log('failures:', failures);
}, 20);
