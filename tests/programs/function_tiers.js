// Control flow, bindings and calls that the code-generation tier spells itself:
// jumps across loops and switches, TDZ, promoted locals, closures, this.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20));
function loop(n) { let s = 0; for (let i = 0; i < n; i++) { if (i % 3 === 0) continue; s += i; } return s; }
console.log(loop(100));
function lab() { var out = []; outer: for (var i = 0; i < 4; i++) { for (var j = 0; j < 4; j++) { if (j == 2) continue outer; if (i == 3) break outer; out.push(i * 10 + j); } } return out.join(","); }
console.log(lab());
function sw(x) { switch (x) { case 1: return "one"; case 2: case 3: { let y = "two/three"; return y; } default: return "other"; } }
console.log(sw(1), sw(2), sw(3), sw(9));
function tr() { try { throw new Error("boom"); } catch (e) { return "caught " + e.message; } finally { console.log("fin"); } }
console.log(tr());
function obj() { var o = {a: 1, b: "x"}; o.c = o.a + 1; o["d"] = 4; o.a += 10; o.b++; return JSON.stringify(o); }
console.log(obj());
function clos() { var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); return fs.map(f => f()).join(); }
console.log(clos());
function dw() { var i = 0, s = ""; do { i++; if (i == 2) continue; s += i; } while (i < 5); return s; }
console.log(dw());
class P { constructor(x) { this.x = x; } get dbl() { return this.x * 2; } m(a) { return this.x + a; } }
function cls() { var p = new P(3); return [p.dbl, p.m(4), p.x].join(); }
console.log(cls());
function tdz() { try { x; let x = 1; } catch (e) { return e.constructor.name + ": " + e.message; } }
console.log(tdz());
function arr() { var a = [1, 2, 3]; a[1] = 20; a[5] = 6; var s = 0; for (var i = 0; i < a.length; i++) s += a[i] || 0; return s + " " + a.length; }
console.log(arr());
function upd() { let i = 0; var o = {n: 1}; var a = [5]; i++; ++i; o.n++; a[0]--; var j = i++; return [i, j, o.n, a[0], i--].join(); }
console.log(upd());
function lg(a, b) { return (a && b) + "," + (a || b) + "," + (a ?? b); }
console.log(lg(0, 2), lg(null, 3), lg("x", "y"));
function fo() { var s = 0; for (var x of [1,2,3]) { if (x == 2) continue; s += x; } for (var k in {a:1, b:2}) s += k; return s; }
console.log(fo());
function eq(a) { return [a === 1, a !== "1", a == "1", a === null, a === undefined, typeof a, -a, !a].join(); }
console.log(eq(1), eq("1"));
function t1(v) { switch (v) { case 1: let x = 5; return x; case 2: try { return x; } catch (e) { return e.name; } } }
console.log(t1(1), t1(2));
function t2() { let out = []; for (let i = 0; i < 3; i++) { let j = i * 2; out.push(j); } return out.join(); }
console.log(t2());
function t3() { try { f(); let y = 1; function f() { return y; } } catch (e) { return e.name; } }
console.log(t3());
function t4() { let a = 1; { let a = 2; a++; } return a; }
console.log(t4());
function t5() { var r = []; for (const k of [1,2]) r.push(k); for (const k in {x:1}) r.push(k); return r.join(); }
console.log(t5());
function t6(a, b = 2) { return a + b; }
console.log(t6(1), t6(1, 5));
function t7() { return arguments.length + ":" + Array.prototype.join.call(arguments, "-"); }
console.log(t7(1, 2, 3));
function t8(a) { arguments[0] = 9; return a; }
console.log(t8(1));
function t9() { "use strict"; return this; }
console.log(t9() === undefined);
function t10() { return typeof this; }
console.log(t10(), t10.call(5));
var o = { n: 2, m() { return this.n; }, get g() { return this.n * 3; } };
console.log(o.m(), o.g);
function t11() { let x; x = 1; let c = 0; c = c = 3; return x + c; }
console.log(t11());
function t12() { try { z = 1; let z; } catch (e) { return e.name; } }
console.log(t12());
function t13() { lbl: { if (true) break lbl; return "no"; } return "yes"; }
console.log(t13());
function t14() { var s = ""; for (var i = 0; i < 3; i++) { switch (i) { case 1: continue; default: s += i; } } return s; }
console.log(t14());
function t15() { var s = ""; a: for (var i = 0; i < 3; i++) { b: for (var j = 0; j < 3; j++) { switch (j) { case 1: continue a; case 2: break b; } s += "" + i + j; } } return s; }
console.log(t15());
function t16() { var x = 0; try { x = 1; throw 1; } catch { x += 10; } finally { x += 100; } return x; }
console.log(t16());
function t17() { for (var i = 0; i < 5; i++) { try { if (i == 2) continue; if (i == 4) break; } finally { } } return i; }
console.log(t17());
function t18() { var a = [1, 2, 3]; var [x, , y] = a; var {length} = a; return x + y + length; }
console.log(t18());
function t19() { let f = () => this; return f() === globalThis; }
console.log(t19());
function t20(n) { return n > 0 ? 1n + BigInt(n) : -0; }
console.log(t20(3), Object.is(t20(0), -0));
function t21() { var i = 0; var r = []; while (i < 10) { i++; if (i % 2) continue; if (i > 7) break; r.push(i); } return r.join(); }
console.log(t21());
function t22() { let x = 1; const g = () => x; x = 2; return g(); }
console.log(t22());
function t23() { var a = []; a[2] = 1; return a[0] + ":" + a.length + ":" + a[-0] + ":" + [5][0] + ":" + "abc"[1]; }
console.log(t23());
function t24(x) { x++; x += "1"; return x; }
console.log(t24(1), t24("1"));
function t25() { const c = 1; try { c = 2; } catch (e) { return e.name; } }
console.log(t25());
function t26() { var s = 0; for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++) { if (j == 1) continue; s += j; } return s; }
console.log(t26());
function t27() { return [1,2,3].map(function (x) { return x * this.k; }, {k: 2}).join(); }
console.log(t27());
function t28() { do { var q = 1; } while (false); return q; }
console.log(t28());
function t29() { var err; try { null.x; } catch (e) { err = e; } return err.constructor.name + ' ' + err.message; }
console.log(t29());
function t30() { try { undefinedFn(); } catch (e) { return e.message; } }
console.log(t30());
function t31() { var o = {}; o.f = 1; o.f += 2; o["g"] = 3; o["g"] *= 2; return o.f + o.g; }
console.log(t31());
function t32() { return (1, 2, 3); }
console.log(t32());
function t33() { var x = 5; return x === 5 && x !== "5" && x == "5" && !(x != 5); }
console.log(t33());
function t34(a) { return a?.b ?? "none"; }
console.log(t34(null), t34({b: 1}));
function t35() { class A { static s = 1; #p = 2; get p() { return this.#p; } } return new A().p + A.s; }
console.log(t35());
function f() { let x = 1; function g() { return eval("x"); } for (var i = 0; i < 2; i++) x++; return g(); }
console.log(f());
function h() { var y = 5; var k = () => eval("y * 2"); for (var i = 0; i < 1; i++) y++; return k(); }
console.log(h());
function eq_f() { var undefined = 5; var g = () => { undefined = 7; return 7; }; return [undefined === g(), false === undefined, 1 === null, null == undefined, "a" === "a", 1 == 1n]; }
console.log(eq_f().join());
console.log([false === undefined, 1 === null, null == undefined, "a" !== "a", 2 === 2.0].join());
function stable_f() { var k = 1; var a = [0, 0, 0]; function g() { k = 2; return 5; } a[k] = g(); return a.join() + " " + (k + (k = 10)) + " " + (k + g()); }
function stable_h() { var x = 1; var r = x + (x = 5) + x; var y = 2; var s = y * (() => 3)(); return r + ":" + s; }
console.log(stable_f(), stable_h());
