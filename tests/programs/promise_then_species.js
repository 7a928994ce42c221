// Promise.prototype.then's SpeciesConstructor: skipped only when both of its Gets are
// unobservable; an own "constructor", a changed Promise.prototype.constructor, a
// redefined Promise[Symbol.species], subclasses and other realms' shapes must all be
// seen (each read is printed when it happens).
const say = (s) => console.log(s);
const tag = (p) => p instanceof Sub ? 'Sub' : p instanceof Promise ? 'Promise' : typeof p;
class Sub extends Promise {
  constructor(ex) { say('Sub constructed'); super(ex); }
}

const plain = Promise.resolve(1);
say(`plain then gives ${tag(plain.then((v) => say(`plain ${v}`)))}`);

const s = Sub.resolve(2);
say(`sub then gives ${tag(s.then((v) => say(`sub ${v}`)))}`);

const own = Promise.resolve(3);
own.constructor = Sub;
say(`own constructor then gives ${tag(own.then((v) => say(`own ${v}`)))}`);

const getterOwn = Promise.resolve(4);
Object.defineProperty(getterOwn, 'constructor', { get() { say('own constructor getter'); return Promise; } });
say(`getter constructor then gives ${tag(getterOwn.then((v) => say(`getter ${v}`)))}`);

Promise.prototype.constructor = Sub;
say(`proto constructor then gives ${tag(Promise.resolve(5).then((v) => say(`proto ${v}`)))}`);
Promise.prototype.constructor = Promise;
say(`restored then gives ${tag(Promise.resolve(6).then((v) => say(`restored ${v}`)))}`);

const speciesDesc = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
Object.defineProperty(Promise, Symbol.species, { get() { say('species getter'); return Sub; }, configurable: true });
say(`species then gives ${tag(Promise.resolve(7).then((v) => say(`species ${v}`)))}`);
Object.defineProperty(Promise, Symbol.species, { value: undefined, configurable: true });
say(`undefined species then gives ${tag(Promise.resolve(8).then((v) => say(`undef species ${v}`)))}`);
Object.defineProperty(Promise, Symbol.species, speciesDesc);
say(`species restored then gives ${tag(Promise.resolve(9).then((v) => say(`species restored ${v}`)))}`);

const noCtor = Promise.resolve(10);
noCtor.constructor = undefined;
say(`undefined constructor then gives ${tag(noCtor.then((v) => say(`no ctor ${v}`)))}`);
const badCtor = Promise.resolve(11);
badCtor.constructor = 5;
try { badCtor.then(() => {}); } catch (e) { say(`bad constructor: ${e.constructor.name}`); }

// a chain through catch and finally, rejected on the way
Promise.reject(new Error('r')).then(() => say('not here')).catch((e) => { say(`caught ${e.message}`); return 12; })
  .finally(() => say('finally')).then((v) => say(`after finally ${v}`));

// many thens on one promise, and a long chain
const root = Promise.resolve(0);
for (let i = 0; i < 3; i++) root.then((v) => say(`branch ${i} ${v}`));
let chain = Promise.resolve(0);
for (let i = 0; i < 100; i++) chain = chain.then((v) => v + i);
chain.then((v) => say(`chain ${v}`));
