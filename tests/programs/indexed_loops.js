// Arrays indexed by counting-loop variables and stores with operands of every kind.
function fill(n) { var a = []; for (var i = 0; i < n; i++) a[i] = i * i; return a; }
function sum(a, n) { var s = 0; for (var i = 0; i < n; i++) s += a[i]; return s; }
function holes() { var a = [1, , 3]; Array.prototype[1] = "proto"; var s = []; for (var i = 0; i < 4; i++) s.push(a[i]); delete Array.prototype[1]; return s.join(); }
function strBound() { var a = [10, 20, 30], s = []; for (var i = 0; i < "3"; i++) s.push(a[i]); return s.join(); }
function objBound() { var a = [1, 2, 3], n = 0, s = 0; var o = { valueOf() { n++; return 3; } }; for (var i = 0; i < o; i++) s += a[i]; return s + ":" + n; }
function fracStart() { var a = [1, 2, 3], s = []; for (var i = 0.5; i < 3; i++) s.push(a[i]); return s.join(); }
function bigStep() { var a = [], s = []; for (var i = 0; i < 10; i += 3) a[i] = i; for (var j = 0; j < 10; j++) s.push(a[j]); return s.join() + ":" + a.length; }
function typed() { var t = new Int16Array(4); for (var i = 0; i < 4; i++) t[i] = i * 1000; var s = 0; for (var i = 0; i < 4; i++) s += t[i]; return s; }
function objKeys() { var o = {}; for (var i = 0; i < 3; i++) o[i] = "v" + i; return JSON.stringify(o); }
function strIndex() { var s = "héllo", r = ""; for (var i = 0; i < 6; i++) r += s[i] + "|"; return r; }
function growInRhs() { var a = [0, 0]; a[1] = (a.length = 0, 5); return JSON.stringify(a) + a.length; }
function rhsChangesKey() { var a = [0, 0, 0], k = 0; a[k] = (k = 2, 7); return a.join() + ":" + k; }
function frozen() { "use strict"; var a = Object.freeze([1, 2]); try { for (var i = 0; i < 2; i++) a[i] = 9; } catch (e) { return e.constructor.name + a.join(); } }
function setterOnProto() { var log = []; Object.defineProperty(Array.prototype, 3, { set(v) { log.push(v); }, configurable: true }); var a = [0, 1, 2]; for (var i = 0; i < 5; i++) a[i] = i * 10; delete Array.prototype[3]; return a.join() + ":" + log.join() + ":" + a.length; }
function negative() { var a = [1, 2]; for (var i = -2; i < 2; i++) a[i] = i; return JSON.stringify(a) + a["-1"] + a.length; }
var fns = [holes, strBound, objBound, fracStart, bigStep, typed, objKeys, strIndex, growInRhs, rhsChangesKey, frozen, setterOnProto, negative];
console.log(sum(fill(100), 100), fill(5).join());
for (var fn of fns) console.log(fn.name, String(fn()));
