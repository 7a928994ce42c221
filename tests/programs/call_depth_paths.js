// The call-depth limit: a stack overflow is a RangeError JS can catch, on every
// kind of call, and the limit does not drift however calls unwind (pyjs counts
// the depth from the running frames; Node's limit is higher, so depths below
// 2900 must always work here).
function overflows(f) {
  try { f(); return "no overflow"; } catch (e) { return e instanceof RangeError ? "RangeError" : "other: " + e; }
}

function plain() { return plain() + 1; }
function withFinally() { try { return withFinally(); } finally { } }
function rethrow() { try { return rethrow(); } catch (e) { throw e; } }
function catcher(n) { try { return catcher(n + 1); } catch (e) { return n; } }
function Ctor() { new Ctor(); }
class Klass { constructor() { new Klass(); } }
class Base { constructor(n) { this.n = n; } }
class Derived extends Base { constructor() { super(0); new Derived(); } }
var getterObj = { get x() { return this.x; } };
function sloppyArgs() { return sloppyArgs.apply(null, arguments); }
function withEval() { eval(""); return withEval(); }
function* gen() { yield* gen(); }
function viaMap() { return [1].map(viaMap); }
function viaCall() { return viaCall.call(null); }
var bound = function b() { return bound(); }.bind(null);
async function asyncRec() { return asyncRec(); }
var arrow = () => arrow();

var cases = [plain, withFinally, rethrow, Ctor, () => new Klass(), () => new Derived(),
             () => getterObj.x, sloppyArgs, withEval, () => gen().next(), viaMap, viaCall, bound, arrow];
for (var round = 0; round < 3; round++) {
  console.log(cases.map(overflows).join(" "));
  console.log(catcher(0) > 100);
}

// after all that unwinding, deep (but not too deep) recursion still works
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
function depthNew(n) { this.d = n === 0 ? 0 : 1 + new depthNew(n - 1).d; }
class DepthClass { constructor(n) { this.d = n === 0 ? 0 : 1 + new DepthClass(n - 1).d; } }
for (var k = 0; k < 3; k++) {
  console.log(depth(2800), new depthNew(2800).d, new DepthClass(2800).d);
  // many calls at depth
  function atDepth(n) { if (n > 0) return atDepth(n - 1); var s = 0; for (var i = 0; i < 3000; i++) s += depth(5); return s; }
  console.log(atDepth(2700));
}

// an async function's overflow rejects its promise or throws, and the depth is intact after
asyncRec().then(() => console.log("resolved"), (e) => console.log("rejected", e instanceof RangeError));
Promise.resolve().then(() => console.log("later", depth(2800)));

// overflow inside a callback of a builtin, caught inside the recursion
function inner(n) { try { return [n].map((m) => inner(m + 1))[0]; } catch (e) { return n; } }
console.log(inner(0) > 50, depth(2500));

// a generator's resumption is a call for the depth limit: deep yield* chains work up to it,
// and the unbounded chain in `cases` overflows there, not thousands of levels deeper
function* count(n) { if (n > 0) yield* count(n - 1); yield n; }
console.log([...count(2500)].length, depth(2500));
