// process.exit() stops everything at once: pending timers and promise jobs never run.
let total = 0;
const values = [3, 8, -1, 12, 5];
setTimeout(() => console.log('timer never runs'), 0);
Promise.resolve().then(() => console.log('promise job never runs'));
for (const v of values) {
  if (v < 0) {
    console.log(`invalid value ${v} after total ${total}`);
    try {
      process.exit(3);
    } finally {
      console.log('finally does not run either');
    }
  }
  total += v;
}
console.log('unreachable', total);
