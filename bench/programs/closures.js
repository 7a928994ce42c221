// closures: counters, adders and higher-order composition
function makeCounter() { var n = 0; return function () { n++; return n; }; }
function compose(f, g) { return function (x) { return f(g(x)); }; }
var add1 = function (x) { return x + 1; }, dbl = function (x) { return x * 2; };
var h = compose(add1, dbl);
var c = makeCounter(), acc = 0;
for (var i = 0; i < 100000; i++) { acc += h(i) + c(); }
result = acc;
