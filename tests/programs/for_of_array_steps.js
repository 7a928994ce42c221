// for-of over Arrays: the loop reads present elements straight from the Array and steps
// through holes, changes of the Array, a patched %ArrayIteratorPrototype%.return and
// breaks, throws and returns exactly as %ArrayIteratorPrototype%.next would.
"use strict";
const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());

function show(name, f) {
  let out;
  try { out = f(); } catch (e) { out = "threw " + e.name + ": " + e.message; }
  console.log(name, JSON.stringify(out));
}

function sum(a) { let s = 0; for (const x of a) s += x; return s; }

show("plain", () => sum([1, 2, 3, 4]));
show("empty", () => sum([]));
show("strings", () => { const out = []; for (const s of ["a", "b", ""]) out.push(s + "!"); return out.join(); });
show("holes read the prototype", () => {
  Array.prototype[1] = "proto";
  try { const out = []; for (const x of [0, , 2, , 4]) out.push(String(x)); return out.join(); }
  finally { delete Array.prototype[1]; }
});
show("a hole's getter changes the array", () => {
  const a = [1, , 3];
  Object.defineProperty(Array.prototype, 1, { configurable: true, get() { a.push(9); return "g"; } });
  try { let out = ""; for (const x of a) out += x + ","; return out + a.length; }
  finally { delete Array.prototype[1]; }
});
show("push while iterating", () => {
  const a = [1, 2], out = [];
  for (const x of a) { out.push(x); if (x < 4) a.push(x + 2); }
  return out.join();
});
show("shrink while iterating", () => {
  const a = [1, 2, 3, 4, 5], out = [];
  for (const x of a) { out.push(x); if (x === 2) a.length = 3; }
  return out.join();
});
show("elements replaced by an accessor", () => {
  const a = [1, 2, 3, 4], out = [];
  for (const x of a) {
    out.push(x);
    if (x === 1) Object.defineProperty(a, 2, { get() { return "acc"; } });
  }
  return out.join();
});
show("delete makes a hole ahead", () => {
  const a = [1, 2, 3, 4], out = [];
  for (const x of a) { out.push(String(x)); if (x === 1) delete a[2]; }
  return out.join();
});
show("the variable rebound, the loop keeps its Array", () => {
  let a = [1, 2, 3];
  const out = [];
  for (const x of a) { out.push(x); a = [7, 8, 9, 10]; }
  return out.join() + "/" + a.length;
});
show("nested over the same array", () => {
  const a = [1, 2, 3], out = [];
  for (const x of a) for (const y of a) if (x <= y) out.push(x * 10 + y);
  return out.join();
});
show("continue and labels", () => {
  const out = [];
  outer: for (const x of [1, 2, 3, 4]) {
    for (const y of [1, 2]) { if (x === 2) continue outer; if (x === 4) break outer; out.push(x + ":" + y); }
  }
  return out.join();
});
show("var and assignment targets", () => {
  var v; const o = {}, arr = [];
  for (v of [5, 6]);
  for (o.p of [7, 8]);
  for (arr[arr.length] of [1, 2, 3]);
  return [v, o.p, arr.join("")].join();
});
show("patched return: break", () => {
  const log = [];
  ArrayIteratorPrototype.return = function () { log.push("return " + typeof this.next); return {}; };
  try {
    for (const x of [1, 2, 3]) { log.push(x); if (x === 2) break; }
    for (const x of [4, 5]) log.push(x);        // completes: no return
    return log.join();
  } finally { delete ArrayIteratorPrototype.return; }
});
show("patched return: throw and return", () => {
  const log = [];
  ArrayIteratorPrototype.return = function () { log.push("closed"); return {}; };
  try {
    try { for (const x of [1, 2]) { if (x === 2) throw new Error("boom"); } } catch (e) { log.push(e.message); }
    (function () { for (const x of [1, 2]) if (x === 1) return; })();
    return log.join();
  } finally { delete ArrayIteratorPrototype.return; }
});
show("a return method added mid-loop", () => {
  const log = [];
  try {
    for (const x of [1, 2, 3]) {
      if (x === 2) ArrayIteratorPrototype.return = function () { log.push("late return"); return {}; };
      if (x === 3) break;
    }
    return log.join();
  } finally { delete ArrayIteratorPrototype.return; }
});
show("patched next", () => {
  const next = ArrayIteratorPrototype.next;
  let calls = 0;
  ArrayIteratorPrototype.next = function () { calls++; return next.call(this); };
  try { return sum([1, 2, 3]) + "/" + calls; } finally { ArrayIteratorPrototype.next = next; }
});
show("own iterator on the array", () => {
  const a = [1, 2, 3];
  a[Symbol.iterator] = function* () { yield 10; yield 20; };
  return sum(a);
});
show("subclass", () => {
  class Stack extends Array {}
  const s = Stack.from([1, 2, 3]);
  return sum(s);
});
show("typed array", () => sum(new Int8Array([1, 2, -3])));
show("arguments", function () { let s = 0; for (const x of arguments) s += x; return s; }.bind(null, 4, 5, 6));
show("throw from the body keeps the loop's values", () => {
  const out = [];
  for (const x of [1, 2, 3]) { try { if (x === 2) throw x; out.push(x); } catch (e) { out.push("c" + e); } }
  return out.join();
});
show("let head TDZ on the right", () => { for (let x of [x]) return x; });
show("closures capture each iteration", () => {
  const fs = [];
  for (const x of [1, 2, 3]) fs.push(() => x);
  return fs.map(f => f()).join();
});

function chars(s) { const out = []; for (const c of s) out.push(c.length === 1 ? c : "[" + c.length + "]"); return out.join("."); }
show("ascii string", () => chars("abc"));
show("BMP string", () => chars("héllo ünï"));
show("surrogate pairs", () => chars("a\u{1F600}b\u{1F601}"));
show("lone surrogates", () => chars("x\ud800y\udc00z\ud800"));
show("empty string", () => chars(""));
show("String object", () => chars(new String("ab")));
show("patched String iterator", () => {
  const it = String.prototype[Symbol.iterator];
  String.prototype[Symbol.iterator] = function* () { yield "P"; };
  try { return chars("abc"); } finally { String.prototype[Symbol.iterator] = it; }
});
show("patched string return", () => {
  const proto = Object.getPrototypeOf(""[Symbol.iterator]()), log = [];
  proto.return = function () { log.push("closed"); return {}; };
  try { for (const c of "xyz") if (c === "y") break; return log.join(); } finally { delete proto.return; }
});

// block-level let/const whose first mention is their declaration
function blocks(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    { const twice = i * 2; let label = "v" + twice; out.push(label); }
    { let late; out.push(String(late)); late = i; }
    { let a = i, b = a + 1; const fs = [() => a + b]; out.push(fs[0]()); }
  }
  return out.join();
}
show("blocks", () => blocks(3));
show("block TDZ through a closure", () => {
  const out = [];
  for (let i = 0; i < 2; i++) {
    { const peek = () => z; try { peek(); } catch (e) { out.push(e.name); } let z = i; out.push(peek()); }
  }
  return out.join();
});
show("block TDZ in its own initializer", () => { { let q = (() => { try { return q; } catch (e) { return e.name; } })(); return q; } });

// hot: the code generator compiles these after a few calls
let total = 0;
for (let r = 0; r < 40; r++) {
  total += sum([r, 1, 2]);
  total += blocks(2).length + chars("ab\u{1F600}c").length + chars("plain").length;
}
console.log("hot", total);
