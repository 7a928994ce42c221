// for-of with an array pattern over Map and Set entries takes the key and value
// without making the entry Array while array iteration is untouched; every change
// of array iteration (or a return method on its iterators) is seen at once.
function pairs(m) { const r = []; for (const [k, v] of m) r.push(k + "=" + v); return r.join(","); }
function keysOnly(m) { const r = []; for (const [k] of m) r.push(k); return r.join(","); }
function three(m) { const r = []; for (const [k, v, x] of m) r.push(k + "=" + v + "/" + x); return r.join(","); }
function skip(m) { const r = []; for (const [, v] of m) r.push(v); return r.join(","); }
function none(m) { let n = 0; for (const [] of m) n++; return n; }
function nested(m) { const r = []; for (const [k, [a, b] = [0, 0]] of m) r.push(k + a + b); return r.join(","); }
function withRest(m) { const r = []; for (const [k, ...rest] of m) r.push(k + ":" + rest.length); return r.join(","); }
function assign(m) { let a, b; const r = []; for ([a, b] of m) r.push(a + b); return r.join(","); }
function varHead(m) { const r = []; for (var [k, v] of m) r.push(v); return r.join(",") + "|" + k; }
function setEntries(s) { const r = []; for (const [a, b] of s.entries()) r.push(a === b); return r.join(","); }
function iter(m) { const r = []; for (const [k, v] of m.entries()) r.push(v); return r.join(","); }
function early(m) { for (const [k, v] of m) if (v > 1) return k; return null; }
function throws(m) { try { for (const [k, v] of m) if (v > 1) throw new Error("at " + k); } catch (e) { return e.message; } }
function mutate(m) {
  const r = [];
  for (const [k, v] of m) { r.push(k); if (k === "a") { m.delete("b"); m.set("z", 26); } }
  return r.join(",");
}
function objEntries(o) { const r = []; for (const [k, v] of Object.entries(o)) r.push(k + v); return r.join(","); }
function run(label, f, make) {
  let r;
  for (let i = 0; i < 30; i++) r = f(make(i));
  console.log(label, JSON.stringify(r));
}
const mk = () => new Map([["a", 1], ["b", 2], ["c", 3]]);
function all(tag) {
  run(tag + " pairs", pairs, mk);
  run(tag + " keys", keysOnly, mk);
  run(tag + " three", three, mk);
  run(tag + " skip", skip, mk);
  run(tag + " none", none, mk);
  run(tag + " nested", nested, () => new Map([["a", [1, 2]], ["b", undefined]]));
  run(tag + " rest", withRest, mk);
  run(tag + " assign", assign, mk);
  run(tag + " var", varHead, mk);
  run(tag + " set", setEntries, () => new Set([1, "x", -0]));
  run(tag + " iter", iter, mk);
  run(tag + " early", early, mk);
  run(tag + " throws", throws, mk);
  run(tag + " mutate", mutate, mk);
  run(tag + " object", objEntries, () => ({ p: 1, q: 2 }));
  run(tag + " values", pairs, () => new Map([[-0, NaN], [null, undefined], [{}, []]]));
}
all("plain");
// a return method on array iterators: patterns of one or two targets close the entry's iterator
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
let closes = 0;
AIP.return = function () { closes++; return {}; };
all("return");
console.log("closes", closes);
delete AIP.return;
// a return method on Map iterators: seen when a loop is left early
const MIP = Object.getPrototypeOf(new Map()[Symbol.iterator]());
let mapCloses = 0;
MIP.return = function () { mapCloses++; return {}; };
run("map return", early, mk);
run("map throw", throws, mk);
console.log("map closes", mapCloses);
delete MIP.return;
// array iteration replaced: the entry Arrays are iterated by the new next
const origNext = AIP.next;
let steps = 0;
AIP.next = function () { steps++; return origNext.call(this); };
all("next");
console.log("steps", steps);
AIP.next = origNext;
// Array.prototype[Symbol.iterator] replaced inside the loop body
const origIter = Array.prototype[Symbol.iterator];
function flip(m) {
  const r = [];
  for (const [k, v] of m) {
    r.push(k + v);
    if (k === "a") Array.prototype[Symbol.iterator] = function* () { yield "X"; yield "Y"; };
    else Array.prototype[Symbol.iterator] = origIter;
  }
  return r.join(",");
}
run("flip", flip, mk);
Array.prototype[Symbol.iterator] = origIter;
all("again");
