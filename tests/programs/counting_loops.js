// Counting for-loops: bounds and steps of every type, writes to the counter, jumps, closures.
function a(n) { var s = 0; for (var i = 0; i < n; i++) s += i; return s + ":" + i; }
function b(n) { var s = []; for (let i = 1; i <= n; i += 2) { if (i == 5) continue; if (i > 8) break; s.push(i); } return s.join(); }
function c() { var s = []; for (var i = 0; i < "3"; i++) s.push(i); return s.join() + ":" + i; }
function d() { var s = []; for (var i = 0n; i < 3n; i++) s.push(String(i)); return s.join(); }
function e() { var n = 0, s = ""; var o = { valueOf() { n++; return 2; } }; for (var i = 0; i < o; i++) s += i; return s + ":" + n; }
function f() { var s = ""; for (var i = "a"; i < "aaa"; i += "a") s += i + ","; return s; }
function g(n) { var s = 0; for (var i = 0.5; i < n; i++) s += i; return s; }
function h(n) { var s = 0; outer: for (var i = 0; i < n; i++) { for (var j = 0; j < n; j++) { if (j > i) continue outer; s += j; } } return s + ":" + i + ":" + j; }
function k(n) { var s = 0; for (var i = 0; i < n; i++) { if (i === 2) i = 10; s += i; } return s; }
function m() { var r = []; for (var i = 0; i < 3; i++) r.push(() => i); return r.map(f => f()).join(); }
function p(n) { for (var i = 0; i < n; i++) { if (i == 3) return i; } return -1; }
function q() { var s = 0; for (var i = 0; i < Infinity; i++) { if (i > 4) break; s += i; } return s + ":" + i; }
function r(n) { var i; for (i = n; i < n + 3; i++); return i; }
for (var fn of [a, b, c, d, e, f, g, h, k, m, p, q]) console.log(fn.name, String(fn(10)));
console.log(r(2), r(1e300));
function t(lo, hi) { var s = []; for (var i = lo; i <= hi; i++) s.push(i); var u = []; for (var j = lo; j < hi; j += 2) u.push(j); return s.join() + "/" + u.join() + ":" + i + ":" + j; }
console.log(t(-3, -1.5), t(-3, -1), t(2, 1), t(-0, 0), t(1, 1e3 / 300), t(-2.5, 1));

// a counter starting at -0 is -0 in the first iteration; short loops over small integers
function fromNegativeZero(s) { var a = [5, 6], r = []; for (var i = s; i < 2; i++) r.push(1 / i, a[i]); return r.join(); }
console.log(fromNegativeZero(-0), fromNegativeZero(-0), fromNegativeZero(0));
function shortLoops(n) { var r = 0; for (var i = 0; i < n; i += 3) r += i; for (var j = 2; j <= n; j++) r += j * 2; return r; }
var shortTotal = 0; for (var k = 0; k < 300; k++) shortTotal += shortLoops(k); console.log(shortTotal);
