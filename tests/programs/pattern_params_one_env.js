// Rest and destructured parameters without initializers or computed keys share one
// environment with the body's declarations (FunctionDeclarationInstantiation step 27),
// so the code generator takes these functions whole: each is called often enough to be
// generated, and must behave as it does on the closure tier.
function rest(...xs) { var t = 0; for (const x of xs) t += x; var ys = xs; return t + ys.length; }
function both({ a, b }, [c, d]) { var a; var e = a + b + c + d; function inner() { return a + e; } return inner(); }
function sameName(...a) { var a; return a.length; }
function redeclared({ x }) { var x = x + 1; return x; }
function withArguments(...xs) { return arguments.length * 10 + xs.length; }
function sloppyEval(...a) { eval("var a = 'evaled'"); return a; }
function evalVar({ p }) { eval("var q = p * 2"); return q; }
function closureSees(...xs) { var f = () => xs.length; xs = [1]; return f(); }
function letInBody(...xs) { let n = xs.length; { let n = 0; n++; } return n; }
function declaredLater([a]) { return g(); function g() { return a; } }
function nestedPatterns({ a: [b, { c }], ...rest }) { var b; return b + c + Object.keys(rest).join(""); }
function holes([, second, , fourth]) { return second + fourth; }
function iterated([first, ...others]) { return first + others.length; }
function withDefaultLater(x, { y } = { y: 1 }) { var z = x + y; return z; }   // an initializer: two environments
var iterable = { *[Symbol.iterator]() { yield 1; yield 2; yield 3; } };
var out = [];
for (var i = 0; i < 40; i++) {
  var line = [rest(i, 1, 2), both({ a: i, b: 1 }, [2, 3]), sameName(1, 2, 3), redeclared({ x: i }),
    withArguments(1, 2), sloppyEval(1), evalVar({ p: i }), closureSees(1, 2, 3), letInBody(1, 2),
    declaredLater([i]), nestedPatterns({ a: [1, { c: 2 }], r: 0, s: 0 }), holes([1, 2, 3, 4]),
    iterated(iterable), withDefaultLater(i), withDefaultLater(i, { y: 5 })];
  if (i % 13 === 0) out.push(line.join());
}
console.log(out.join("\n"));
try { both(null, [1, 2]); } catch (e) { console.log(e.constructor.name); }
try { iterated(5); } catch (e) { console.log(e.constructor.name); }
