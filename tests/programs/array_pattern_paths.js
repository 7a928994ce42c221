// Array patterns and for-of over Arrays in hot functions take the elements themselves
// while array iteration is untouched; every change of it is seen at once.
function two(a) { const [x, y] = a; return [x, y]; }
function swap(a) { let x = a[0], y = a[1]; [x, y] = [y, x]; return [x, y]; }
function loop(a) { const r = []; for (const [k, v] of a) r.push(k + ":" + v); return r.join(); }
function run(label, f, make) {
  let r;
  for (let i = 0; i < 30; i++) r = f(make(i));
  console.log(label, JSON.stringify(r));
}
const pairs = () => [[1, 2], [3, 4]];
run("two", two, i => [i, i + 1, i + 2]);
run("short", two, i => [i]);
run("holes", two, i => [, i]);
run("swap", swap, i => [i, -i]);
run("loop", loop, pairs);
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
let closes = 0;
AIP.return = function () { closes++; return {}; };
run("two with return", two, i => [i, i + 1, i + 2]);
run("exact with return", two, i => [i, i + 1]);
run("short with return", two, i => [i]);
console.log("closes", closes);
delete AIP.return;
const next = AIP.next;
AIP.next = function () { const r = next.call(this); if (!r.done) r.value = typeof r.value === "number" ? r.value * 10 : r.value; return r; };
run("next replaced", two, i => [i, i + 1]);
run("next replaced swap", swap, i => [i, 2]);
AIP.next = next;
run("next restored", two, i => [i, i + 1]);
const values = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield "replaced"; };
run("iterator replaced", two, i => [i, i + 1]);
run("iterator replaced loop", loop, pairs);
Array.prototype[Symbol.iterator] = values;
run("iterator restored", loop, pairs);
run("own iterator", two, i => { const a = [i, i]; a[Symbol.iterator] = function* () { yield "own"; }; return a; });
run("own named property", two, i => { const a = [i, i + 1]; a.extra = 1; return a; });
class MyArray extends Array {}
run("subclass", two, i => MyArray.of(i, i + 1));
Object.setPrototypeOf(MyArray.prototype, { [Symbol.iterator]: function* () { yield "swapped"; } });
run("subclass swapped", two, i => MyArray.of(i, i + 1));
run("array-like", two, i => ({ 0: 1, length: 1, [Symbol.iterator]: values }));
run("string", two, i => "ab");
