// Functions and class constructors with parameter expressions, with and without a
// body that declares vars (the separate var environment of FunctionDeclarationInstantiation).
var x = "outer";
function a(p = () => x) { return p(); }
function b(p = () => x) { var x = "inner"; return [p(), x].join(); }
function c(p = 1, q = p + 1) { return p + q; }
function d(p = eval("1")) { return p; }
function e(p = () => typeof arguments) { return p(); }
function g(p = 1) { return this === undefined; }
class K { constructor(n = 3, m = n * 2) { this.n = n; this.m = m; } }
var out = [];
for (var i = 0; i < 4; i++) out.push(a(), b(), c(), c(5), d(), e(), new K().m, new K(1).m, g());
console.log(out.join("|"));
