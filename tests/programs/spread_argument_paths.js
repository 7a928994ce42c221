// Spread arguments and array literals with spreads, in functions called often enough to be generated.
var log = [];
function sum(...xs) { var t = 0; for (const x of xs) t += x; return t; }
function args3(a, b, c) { return [a, b, c, arguments.length].join("/"); }
var obj = { m(...xs) { return this.tag + xs.join(""); }, tag: "T" };
function* gen() { log.push("gen start"); yield 1; yield 2; }
var iter = { [Symbol.iterator]() { var i = 0; log.push("iter"); return { next: () => (log.push("next" + i), i < 2 ? { value: i++, done: false } : { done: true }) }; } };
var sparse = [1, , 3];
function calls(i) {
  return [sum(...[1, 2], i), args3(...["a"], ...[], "b", ...new Set(["c", "d"])), obj.m(...gen(), ..."xy"),
    Math.max(...[i, 3, 9], 4), sum(...iter, 10), args3(...sparse), [...gen(), ...sparse, ..."ab", i].join(),
    [...new Map([[1, 2]])].join(), [].concat(...[[1], [2, 3]]).length, String.fromCharCode(...[65, 66]),
    args3.call(...["this", 1, 2]), args3.apply(null, [...[7, 8]])];
}
var out = [];
for (var i = 0; i < 40; i++) { var r = calls(i); if (i % 13 === 0) out.push(r.join(" | ")); }
console.log(out.join("\n"));
console.log(log.length, log.slice(0, 6).join());
function order() { log.length = 0; return args3((log.push("a"), 1), ...(log.push("spread"), [2]), (log.push("c"), 3)); }
for (var i = 0; i < 30; i++) order();
console.log(order(), log.join());
function bad(x) { try { return sum(...x); } catch (e) { return e.constructor.name; } }
for (var i = 0; i < 30; i++) bad(5);
console.log(bad(5), bad(null), bad({}), bad("12"));
function notCallable(f) { try { return f(...[1]); } catch (e) { return e.constructor.name + ":" + (log.length = 0); } }
for (var i = 0; i < 30; i++) notCallable(1);
console.log(notCallable(1), notCallable(undefined), notCallable((a) => a));
var proto = Array.prototype[Symbol.iterator];
function withPatchedIterator() { return [...[1, 2]].length + sum(...[5]); }
for (var i = 0; i < 30; i++) withPatchedIterator();
Array.prototype[Symbol.iterator] = function* () { yield "patched"; };
console.log(withPatchedIterator.toString().length > 0, (() => { try { return [...[1, 2]].join(); } finally { Array.prototype[Symbol.iterator] = proto; } })());
// new with spread arguments: script constructors, classes (base and derived) and built-ins
class Base { constructor(...xs) { this.xs = xs; } }
class Derived extends Base { constructor(a, ...rest) { super(...rest, a); } }
function Plain(a, b) { this.sum = a + b; }
function news(i) {
  log.length = 0;
  return [new Base(...[1, 2], i).xs.join(), new Derived(...gen(), 9).xs.join(), new Plain(...[i, 1]).sum,
    new Date(...[2020, 1, 2]).getMonth(), new Array(...[3]).length, new Set([...[1, 1, 2]]).size,
    new Map(...[[[1, 2]]]).get(1), log.join()];
}
for (var i = 0; i < 40; i++) { var n = news(i); if (i % 13 === 0) console.log(n.join(" | ")); }
function notConstructor(f) { try { return new f(...(log.push("args"), [1])); } catch (e) { return e.constructor.name + log.length; } }
for (var i = 0; i < 30; i++) { log.length = 0; notConstructor(() => 1); }
log.length = 0;
console.log(notConstructor(() => 1), notConstructor(5));
