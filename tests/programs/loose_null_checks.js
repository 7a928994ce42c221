// x == null, x != undefined and truthiness of every kind of value, on every tier.
var vals = [undefined, null, 0, -0, NaN, "", "0", false, true, {}, [], function(){}, Symbol(), 0n, 1n, "a", 1];
var out = [];
for (var v of vals) { out.push((v == null) + "" + (v != null) + (null == v) + (v == undefined) + (undefined != v) + (v ? 1 : 0) + (!v ? 1 : 0)); }
var undefined2; function f(undefined) { return [1 == undefined, null == undefined]; }
console.log(out.join(" "), f(1), f(null));
function g(a, b) { return [a == b, a != b, b == a]; }
console.log(g(1, "1"), g(null, undefined), g(null, 0), g({}, "[object Object]"));
console.log(0n == null, 0n != -0n, 0n != Object(0n), 1n == 1, null == 0n, undefined != 0n);
