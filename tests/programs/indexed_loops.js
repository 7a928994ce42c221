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
// keys that a counter starting at a literal makes: sums never below zero, differences may be
function offsets() {
  var a = [10, 20, 30, 40], out = [];
  for (var i = 0; i < 4; i++) out.push(a[i + 1], a[i - 1], a[i + i], a[2 + i]);
  for (var j = 1; j < 3; j++) for (var k = 0; k < 3; k++) out.push(a[j + k], a[k - j]);
  a[-1] = "neg";
  for (var m = 0; m < 2; m++) out.push(a[m - 1]);
  return out.join();
}
function offsetStores() {
  var a = [0, 0, 0], t = new Float64Array(3), s = "abc", out = [];
  for (var i = 0; i < 3; i++) { a[i + 1] = i; a[i - 1] = -i; t[i + 1] = i / 2; out.push(s[i + 1], s[i - 1]); }
  return JSON.stringify(a) + a["-1"] + Array.from(t).join() + out.join();
}
// counters from a literal whose bound is no plain Number (the loop steps on JS semantics)
function genericBounds() {
  var a = [1, 2, 3, 4, 5], out = [], n = 0, o = { valueOf() { n++; return 4; } };
  for (var i = 0; i < "3"; i++) out.push(a[i], a[i + 1], i < a.length);
  for (var i = 0; i <= o; i += 2) out.push(a[i], a[i + 2]);
  for (var i = 0; i < 1e300; i++) { out.push(a[i], a[i + i]); if (i >= 2) break; }
  for (var i = 0; i < Infinity; i++) { a.pop(); out.push(i < a.length, a[i]); if (!a.length) break; }
  for (var i = 0; i < NaN; i++) out.push("never");
  return out.join() + ":" + n;
}
// an int local (only ever bitwise results) is exact but may be below zero
function intLocalKeys() {
  var a = [1, 2, 3], out = [], x = 0;
  a[-1] = "neg";
  for (var r = 0; r < 4; r++) { x = (x - 1) | 0; out.push(a[x], a[x + 1], a[x + r]); a[x + 3] = r; }
  return out.join() + ":" + JSON.stringify(a) + a["-2"];
}
// literal start and bound: the counts are constants of the generated code
function literalBounds() {
  var a = ["a", "b", "c", "d", "e"], out = [];
  for (var i = 0; i < 4; i++) out.push(a[i], a[i + 1], i);
  out.push("after", i);
  for (var j = 3; j <= 2.5; j++) out.push("never");
  out.push(j);
  for (var k = 1; k <= 3.5; k++) { out.push(a[k]); if (k === 2) break; }
  out.push(k);
  for (let m = 0; m < 0; m++) out.push("never");
  for (let m = 0; m < 0.5; m++) out.push("m" + m, a[m]);
  for (var n = 2; n < 255.5; n++) if (n === 254) out.push(n);
  out.push(n);
  for (var p = 250; p < 300; p++) if (p % 20 === 0) out.push(p);
  out.push(p);
  for (var q = 0; q < 3; q++) for (var r = 0; r <= 2; r++) out.push(q * 3 + r);
  return out.join();
}
// a literal start and a bound in a variable: only the bound is tested
function literalStarts() {
  function f(n, m) {
    var s = 0, out = [];
    for (var i = 0; i < n; i++) s += i;
    out.push(s, i);
    for (var j = 2; j <= m; j++) s += j;
    out.push(s, j);
    for (var k = 5; k < n; k++) { if (k > 7) break; out.push(k); }
    out.push(k);
    return out.join();
  }
  return [f(4, 3.5), f(0, -1), f(300, 260), f(NaN, 2), f(2.5, 1e300 > 1 ? 3 : 0), f(-3, 2), f("3", "4"),
          f({ valueOf() { return 6; } }, 2), f(255.5, 255), f(-0, -0)].join(" ");
}
var fns = [literalStarts, literalBounds, genericBounds, intLocalKeys, holes, strBound, objBound, fracStart, bigStep, typed, objKeys, strIndex, growInRhs, rhsChangesKey, frozen, setterOnProto, negative,
           offsets, offsetStores];
console.log(sum(fill(100), 100), fill(5).join());
for (var fn of fns) console.log(fn.name, String(fn()));
