// Calls of generator functions, many times each (so the code generator takes their [[Call]]):
// parameters (literal and computed defaults, destructuring, rest, arguments), this in sloppy
// and strict code, a replaced or non-object prototype, errors thrown by the parameters at the
// call and by the body at the first next(), and the first step taken by for-of, spread,
// destructuring and next().
"use strict";
function* plain(a, b) { yield a; yield b; }
function* literalDefault(a, b = 10) { yield a + b; }
function* computedDefault(a, b = a * 2, c = console.log("default c for " + a) || 0) { yield [a, b, c]; }
function* destructured({ x, y = 1 }, [p, ...q]) { yield x + y + p + q.length; }
function* rest(first, ...others) { yield first; yield* others; }
function* args() { yield arguments.length; yield* arguments; }
function* usesThis() { yield this === undefined ? "undefined" : typeof this; }
var sloppyThis = Function("return function* () { yield typeof this; yield this === globalThis; }")();
function* throwsInBody(n) { if (n > 2) throw new Error("body " + n); yield n; }
function* badDefault(a = missingName) { yield a; }
function* counter(n) { for (var i = 0; i < n; i++) yield i; }

var total = 0;
for (var i = 0; i < 60; i++) {
  for (const v of plain(i, 1)) total += v;
  for (const v of literalDefault(i)) total += v;
  total += [...literalDefault(i, 1)][0];
  const [d] = destructured({ x: i }, [2, 3, 4]);
  total += d;
  for (const v of rest(1, 2, 3)) total += v;
  for (const v of args(i, i, i)) total += v;
  total += [...counter(i % 5)].length;
}
console.log("total", total);
console.log(JSON.stringify([...computedDefault(3)]), JSON.stringify([...computedDefault(4, 1, 2)]));
console.log([...usesThis()].join(), [...usesThis.call(5)].join(), [...usesThis.call({})].join());
console.log([...sloppyThis()].join(), [...sloppyThis.call(5)].join());

for (var k = 0; k < 5; k++) {
  var it = throwsInBody(k);         // the body has not run: no throw yet
  try { console.log("first", JSON.stringify(it.next())); } catch (e) { console.log("threw", e.message); }
  console.log("after", JSON.stringify(it.next()));
}
for (var k = 0; k < 3; k++) {
  try { badDefault(); console.log("no throw"); } catch (e) { console.log("call threw", e.constructor.name); }
}
console.log("default given", [...badDefault(7)].join());

// the prototype of the generator objects: the function's, read at each call
var GeneratorPrototype = Object.getPrototypeOf(plain.prototype);
function* withProto() { yield 1; }
var custom = { tag: "custom", __proto__: GeneratorPrototype };
for (var k = 0; k < 4; k++) {
  if (k === 1) withProto.prototype = custom;
  if (k === 2) withProto.prototype = null;
  if (k === 3) withProto.prototype = 42;
  var g = withProto();
  console.log(k, g.tag, Object.getPrototypeOf(g) === GeneratorPrototype, [...g].join());
}

// methods and a class's generator methods, with this
var obj = { base: 100, *items(n) { for (var i = 0; i < n; i++) yield this.base + i; } };
class Bag {
  constructor(xs) { this.xs = xs; }
  *[Symbol.iterator]() { yield* this.xs; }
  *pairs() { for (const x of this.xs) yield [x, x * x]; }
  static *range(a, b) { while (a < b) yield a++; }
}
var acc = [];
for (var k = 0; k < 40; k++) {
  for (const v of obj.items(2)) acc.push(v);
  for (const [x, sq] of new Bag([k, k + 1]).pairs()) acc.push(x + sq);
  acc.push([...new Bag([k])].length, [...Bag.range(k, k + 2)].join(""));
}
console.log(acc.length, acc.slice(0, 8).join(), acc.slice(-8).join());

// a generator left suspended at its start: return() and throw() complete it
var s = counter(3);
console.log(JSON.stringify(s.return(9)), JSON.stringify(s.next()));
var t = counter(3);
try { t.throw(new Error("thrown at start")); } catch (e) { console.log(e.message); }
console.log(JSON.stringify(t.next()));
// a for-of over a generator that is already running
function* reentrant() { yield 1; for (const v of self) yield v; }
var self = reentrant();
try { for (const v of self) console.log("got", v); } catch (e) { console.log(e.constructor.name); }
