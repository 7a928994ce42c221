// Parameter expressions that make no closure, call no eval and name nothing the body
// declares share one environment with the body (compiler.scope.params_share_body_env):
// these must behave as with the separate environments of FunctionDeclarationInstantiation.
var x = "outer";
function a1(p = x) { var x = "inner"; return p + "/" + x; }
console.log(a1(), a1());
function a2(p = 1, q = p + 1) { var r = p + q; return r; }
console.log(a2(), a2(5), a2(5, 1));
function a3(p = g) { function g() { return 1; } return typeof p; }
try { console.log(a3()); } catch (e) { console.log(e.constructor.name); }
try { console.log(a3()); } catch (e) { console.log(e.constructor.name); }
var g = 7;
console.log(a3());
function a4(p = () => v) { var v = 2; return p(); }
var v = "outer-v";
console.log(a4(), a4());
function a5(p = {}, ...rest) { let n = rest.length; const k = Object.keys(p).length; return n + k; }
console.log(a5(), a5({ a: 1 }, 1, 2));
function a6(a, b = a) { var a = 10; return a + b; }
console.log(a6(1));
function a7(a = b, b) { var c; return a; }
try { a7(); } catch (e) { console.log(e.constructor.name); }
console.log(a7(3));
function a8({ k = 4 } = {}, [m = 5] = []) { var s = k * m; return s; }
console.log(a8(), a8({ k: 2 }), a8(undefined, [3]));
function a9(p = arguments.length) { var q = p; return q; }
console.log(a9(), a9(undefined, 1, 2));
function a10(p = this) { var t = p; return typeof t; }
console.log(a10.call(5));
function a11(n = 3) { let acc = 0; for (let i = 0; i < n; i++) acc += i; return acc; }
console.log(a11(), a11(10));
function a12(p = typeof h) { let h = 1; return p; }
console.log(a12(), a12());
function a13(p = eval("1+1")) { var z = p; return z; }
console.log(a13());
function a14(a = 1) { var a; return a; }
console.log(a14(), a14(9));
function a15(a = 1) { var a = a + 1; return a; }
console.log(a15());
function* a16(n = 2) { var i = 0; while (i < n) yield i++; }
console.log([...a16()].join());
async function a17(n = 2) { var w = await n; return w * 2; }
a17().then(v => console.log("a17", v));
class C { m(a = 1) { var b = a + 1; return b; } constructor(z = 0) { var y = z; this.y = y; } }
console.log(new C().m(), new C(4).y);
function b7(a = b, b) { var c; return a; }
try { b7(); } catch (e) { console.log(e.constructor.name); }
function b8({ k = 4 } = {}, [m = 5] = []) { var s = k * m; return s; }
console.log(b8(), b8({ k: 2 }), b8(undefined, [3]));
let calls = 0;
function side() { calls++; return 1; }
function b9({ p = side() } = {}, q = side()) { return p + q; }
console.log(b9({ p: 5 }, 1), calls, b9(), calls);
