// for loops over a changing bound with an integer counter: indexing, continue, break, lengths.
function grow(a) { var out = []; for (var i = 0; i < a.length; i++) { out.push(a[i]); if (a.length < 6) a.push(i * 10); } return out.join() + ":" + i; }
function shrink(a) { var out = []; for (var i = 0; i < a.length; i++) { out.push(a[i]); a.pop(); } return out.join() + ":" + i; }
function cont(a) { var s = 0; for (var i = 0; i < a.length; i++) { if (i % 2) continue; s += a[i]; } return s + ":" + i; }
function labelled(m) { var s = []; outer: for (var i = 0; i < m.length; i++) { for (var j = 0; j < m[i].length; j++) { if (m[i][j] < 0) continue outer; s.push(m[i][j]); } } return s.join() + ":" + i + ":" + j; }
function step2(a) { var s = []; for (let i = 1; i < a.length; i += 2) s.push(a[i]); return s.join(); }
function str(s) { var r = ""; for (var i = 0; i < s.length; i++) r += s[i] + s.charCodeAt(i); return r; }
function args() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
function holes() { var a = [1, , 3], r = []; for (var i = 0; i <= a.length; i++) r.push(a[i]); return r.join("|"); }
function objLen() { var o = { length: 3, 0: "a", 1: "b", 2: "c" }, r = ""; for (var i = 0; i < o.length; i++) r += o[i]; return r; }
function getterLen() { var n = 0, o = { get length() { n++; return 2; } }; for (var i = 0; i < o.length; i++); return n + ":" + i; }
function typed() { var t = new Float64Array([1.5, 2.5, 3.5]), s = 0; for (var i = 0; i < t.length; i++) { s += t[i]; t[i] = -t[i]; } return s + ":" + t.join(); }
function stores() { var a = []; for (var i = 0; i < 5; i++) a[i] = i * i; for (var j = 0; j < a.length; j++) a[j] = a[j] + 1; return a.join(); }
function after() { for (var i = 0; i < [1, 2, 3].length; i++) {} return i; }
function neg() { var a = [1, 2, 3], r = []; for (var i = -2; i < a.length; i++) r.push(a[i]); return r.join("|"); }
function le(a) { var r = []; for (var i = 0; i <= a.length - 1; i++) r.push(a[i]); return r.join(); }
var fns = [grow, shrink, cont, labelled, step2, str, args, holes, objLen, getterLen, typed, stores, after, neg, le];
var argsFor = { grow: [[1, 2]], shrink: [[1, 2, 3, 4, 5]], cont: [[1, 2, 3, 4, 5]], labelled: [[[1, 2], [3, -1, 4], [5]]], step2: [[0, 1, 2, 3, 4, 5]], str: ["héllo"], args: [1, 2, 3], le: [[7, 8, 9]] };
for (var k = 0; k < fns.length; k++) console.log(fns[k].name, String(fns[k].apply(null, argsFor[fns[k].name] || [])));
function from(start, a) { var r = []; for (var i = start; i < a.length; i++) r.push(a[i]); return r.join("|") + ":" + String(i); }
var arr = [10, 20, 30, 40];
console.log(from(1, arr), from("1", arr), from(0.5, arr), from(-2, arr), from({ valueOf() { return 2; } }, arr), from(2 ** 53 - 2, arr), from(null, arr), from(undefined, arr), from(3n, [1, 2]));
function perm(a, k) { if (k === a.length) return 1; var n = 0; for (var i = k; i < a.length; i++) { var t = a[k]; a[k] = a[i]; a[i] = t; n += perm(a, k + 1); t = a[k]; a[k] = a[i]; a[i] = t; } return n; }
console.log(perm([1, 2, 3, 4, 5], 0));
