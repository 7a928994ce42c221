// for-of / for-in: iterator closing on break, throw and return, array mutation, holes, heads.
function mk(log, n, throwAt) {
  return { [Symbol.iterator]() { var i = 0; return { next() { if (i === throwAt) throw new Error("next" + i); return { value: i, done: i++ >= n }; }, return() { log.push("ret"); return {}; } }; } };
}
function f1() { var log = []; for (var x of mk(log, 5)) { if (x == 2) break; log.push(x); } return log.join(); }
function f2() { var log = []; try { for (var x of mk(log, 5)) { if (x == 1) throw new Error("b"); } } catch (e) { log.push(e.message); } return log.join(); }
function f3() { var log = []; try { for (var x of mk(log, 5, 2)) { log.push(x); } } catch (e) { log.push(e.message); } return log.join(); }
function f4() { var log = []; for (const x of mk(log, 3)) log.push(x); return log.join(); }
function f5() { var a = [1, 2, 3], out = []; for (var v of a) { out.push(v); if (v === 1) a.push(4); if (out.length > 6) break; } return out.join(); }
function f6() { var a = [1, , 3], out = []; for (let v of a) out.push(v); return out.join("|"); }
function f7() { var out = []; outer: for (var x of [1, 2, 3]) { for (var y of [10, 20]) { if (y === 20) continue outer; if (x === 3) break outer; out.push(x + y); } } return out.join(); }
function f8() { var o = {a: 1, b: 2, c: 3}, out = []; for (var k in o) { out.push(k); delete o.b; } return out.join(); }
function f9() { var out = []; for (var [a, b] of [[1, 2], [3, 4]]) out.push(a + b); for (const {x} of [{x: 5}]) out.push(x); return out.join(); }
function f10() { var fs = []; for (let v of [1, 2, 3]) fs.push(() => v); return fs.map(g => g()).join(); }
function f11() { var o = {}; for (o.k in {p: 1, q: 2}); var arr = []; for (arr[0] of [7, 8]); return o.k + arr[0]; }
function f12() { try { for (let x of x) {} } catch (e) { return e.name; } }
function f13() { var n = 0; for (var k in null) n++; for (var k in undefined) n++; for (var k in "ab") n += +k + 1; return n; }
function f14() { var log = []; function g() { for (var x of mk(log, 5)) { if (x == 1) return "r"; } } return g() + log.join(); }
function f15() { var s = 0; for (var x of new Set([1, 2, 3])) s += x; for (var [k, v] of new Map([[1, 2]])) s += k * v; for (var ch of "héllo𝒳") s += ch.length; return s; }
function f16() { Array.prototype[Symbol.iterator] = function* () { yield "patched"; }; var r = []; for (var x of [1, 2]) r.push(x); delete Array.prototype[Symbol.iterator]; Array.prototype[Symbol.iterator] = Array.prototype.values; return r.join(); }
for (var f of [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16]) console.log(f.name, f());
