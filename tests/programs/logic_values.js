// && and || yield an operand: Booleans from comparisons are their own truth,
// other values go through ToBoolean (objects, NaN, -0, empty strings).
function f(a, b, c) { return [a && b, a || b, (a > 1) || b, (a > 1) && c, !a || b, a ?? c, (a == b) && (b != c), ({}) && 1, a || 0, "" || "x", 0 || null, NaN && 1]; }
for (var i = 0; i < 3; i++) { console.log(JSON.stringify(f(0, 2, 3)), JSON.stringify(f(2, 0, null)), JSON.stringify(f(null, "s", 0)), JSON.stringify(f(NaN, undefined, -0))); }
var o = {}; console.log(f(o, 1, 2)[0], f(o, 1, 2)[1] === o);
