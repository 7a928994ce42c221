// a + b of a String and a Number joins the Number's ToString in place in generated code
// (no helper); every other pair of operand types takes js_add.
function add(a, b) { return a + b; }
function addTo(a, b) { a += b; return a; }
var values = ["x", "", "1", 1, -0, 0, 1.5, -2.25, NaN, Infinity, -Infinity, -1e21, 1e21, 123456789012,
  5e-7, 0.1 + 0.2, 2 ** 53 + 2, null, undefined, true, {}, [1, 2], 1n, Symbol.iterator,
  { valueOf() { return 7; }, toString() { return "ts"; } }];
for (var round = 0; round < 3; round++) {     // before and after tier-up
  var out = [];
  for (var a of values) for (var b of values) {
    for (var f of [add, addTo]) {
      try { out.push(String(f(a, b))); } catch (e) { out.push(e.constructor.name); }
    }
  }
  console.log(out.join(","));
}
var keys = [];
for (var i = 0; i < 40; i++) keys.push("k" + (i % 7) + "/" + (i - 20) / 4 + ":" + i * 1e20);
console.log(keys.join(" "));
