// Calls of async functions: bodies that end without awaiting (their promise is made at
// the return) and bodies that await, with every way a call can end and bind: returning
// a primitive, an object, a thenable, a native or a subclassed promise; throwing; a
// default parameter that throws; arguments, this, rest parameters; a return that runs
// a finally or closes a for-of iterator before the function ends.  Each line is
// printed when it happens.
const say = (s) => console.log(s);
const show = (name, p) => p.then((v) => say(`${name} fulfilled ${typeof v === 'object' && v ? JSON.stringify(v) : v}`),
                                 (e) => say(`${name} rejected ${e && e.message || e}`));

async function prim(x) { return x * 2; }
async function obj(x) { return { x }; }
async function thenable(x) { return { then(r) { say('thenable then called'); r(x + 1); } }; }
async function native(x) { return Promise.resolve(x + 2); }
class Sub extends Promise {}
async function sub(x) { return Sub.resolve(x + 3); }
async function thrower(x) { if (x) throw new Error(`thrown ${x}`); return 'no throw'; }
async function badDefault(a = (() => { throw new Error('bad default'); })()) { return a; }
async function badDefaultAwaits(a = (() => { throw new Error('bad default 2'); })()) { await null; return a; }
async function args() { return arguments.length + ':' + Array.prototype.join.call(arguments, ','); }
async function argsAwait() { await null; return arguments.length; }
async function rest(a, ...r) { return `${a}|${r.join('+')}`; }
async function sloppyThis() { return typeof this; }
async function strictThis() { 'use strict'; return typeof this; }
const arrow = async (x) => x + 100;
const arrowAwait = async (x) => (await x) + 200;
class K {
  constructor() { this.v = 7; }
  async m(y) { return this.v + y; }
  async n(y) { return this.v + await y; }
  static async s() { return 'static'; }
}

async function finallyThenable() {
  try {
    return { get then() { say('then read (finally)'); return undefined; } };
  } finally {
    say('finally runs first');
  }
}
async function finallyOverrides() {
  try { return 'try'; } finally { say('finally of override'); }
}
function* items() { try { yield 'first'; yield 'second'; } finally { say('iterator closed'); } }
async function forOfReturn() {
  for (const v of items()) return { get then() { say(`then read (for-of ${v})`); return undefined; } };
}
async function early(x) {
  if (x < 0) return 'negative';
  for (let i = 0; i < 3; i++) if (i === x) return `found ${i}`;
  return 'none';
}

show('prim', prim(21));
show('obj', obj(1));
show('thenable', thenable(1));
show('native', native(1));
show('sub', sub(1));
show('thrower', thrower(1));
show('thrower0', thrower(0));
show('badDefault', badDefault());
show('badDefault given', badDefault('given'));
show('badDefaultAwaits', badDefaultAwaits());
show('args', args(1, 2, 3));
show('argsAwait', argsAwait(1, 2));
show('rest', rest(1, 2, 3));
show('sloppyThis', sloppyThis());
show('strictThis', strictThis());
show('arrow', arrow(1));
show('arrowAwait', arrowAwait(Promise.resolve(1)));
const k = new K();
show('method', k.m(1));
show('method await', k.n(2));
show('static', K.s());
show('finallyThenable', finallyThenable());
show('finallyOverrides', finallyOverrides());
show('forOfReturn', forOfReturn());
show('early -1', early(-1));
show('early 2', early(2));
show('early 9', early(9));
Promise.resolve().then(() => say('tick 1')).then(() => say('tick 2')).then(() => say('tick 3'))
  .then(() => say('tick 4'));

// many calls in a loop (the generated [[Call]] once the function has tiered up)
(async () => {
  let total = 0;
  for (let i = 0; i < 50; i++) total += await prim(i) + await arrow(i) + await k.m(i);
  say(`loop total ${total}`);
  try {
    for (let i = 0; i < 50; i++) await thrower(i === 42 ? i : 0);
  } catch (e) {
    say(`loop caught ${e.message}`);
  }
})();

