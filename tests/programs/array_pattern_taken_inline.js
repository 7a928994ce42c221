// Array patterns of one to four names take a dense Array's values straight from its
// elements while array iteration is untouched; anything that makes the iteration
// observable (an own property, a hole, a short Array, a non-Array, a return method on
// array iterators, a new Array.prototype[Symbol.iterator]) goes through the iterator.
function pairs(pts) { let s = 0; for (let i = 0; i < pts.length; i++) { const [x, y] = pts[i]; s += x * y; } return s; }
function entries(o) { let s = ""; for (const [k, v] of Object.entries(o)) s += k + v; return s; }
function three(a) { let [p, q, r] = a; return [p, q, r]; }
function four(a) { var [w, x, y, z] = a; return w + x + y + z; }
function one(a) { const [only] = a; return only; }
function swap(a, b) { [a, b] = [b, a]; return a + "," + b; }
const pts = []; for (let i = 0; i < 20; i++) pts.push([i, i + 1]);
const obj = { a: 1, b: 2, c: 3 };
console.log(pairs(pts), entries(obj), three([1, 2, 3, 4]), three([1, 2]), three([1, , 3]), three("xyz"), four([1, 2, 3, 4]), one([9]), swap(1, 2));

const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
let closed = 0;
ArrayIteratorPrototype.return = function () { closed++; return {}; };
console.log(pairs(pts), entries(obj), three([1, 2, 3, 4]), three([1, 2]), one([9, 8]), closed);
delete ArrayIteratorPrototype.return;

const own = [5, 6, 7]; own[Symbol.iterator] = function* () { yield "own"; };
const extra = [5, 6, 7]; extra.note = "x";
console.log(three(own), three(extra), pairs([[2, 3], [4, 5]]));

const original = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield "i"; yield "j"; yield "k"; yield "l"; };
const probe = original.call([]);
console.log(probe.return, probe.next().done);     // array iterators' lookups, made again
console.log(pairs([[2, 3]]), three([1, 2, 3]), four([1, 2, 3, 4]), one([1]), entries(obj), swap(1, 2));
Array.prototype[Symbol.iterator] = original;
console.log(pairs(pts), three([1, 2, 3]), four([1, 2, 3, 4]));

// a new %ArrayIteratorPrototype%.next: each pattern steps through it (and closes through
// the iterator's return lookup, which the first pattern makes again)
const originalNext = ArrayIteratorPrototype.next;
let steps = 0;
ArrayIteratorPrototype.next = function () { steps++; return originalNext.call(this); };
console.log(pairs([[2, 3], [4, 5]]), three([1, 2, 3]), one([4]), steps);
console.log(pairs([[2, 3], [4, 5]]), three([1, 2, 3]), one([4]), steps);
ArrayIteratorPrototype.next = originalNext;
console.log(pairs([[2, 3], [4, 5]]), three([1, 2, 3]), one([4]), steps);
