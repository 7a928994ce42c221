// <, <=, >, >= and + on two Strings (compared by UTF-16 code units), and every mix of
// operand types the inline Number-or-String form must leave to the general operators
function rel(a, b) {
  try { return [a < b, a <= b, a > b, a >= b, a + b].map(String).join(" "); } catch (e) { return e.constructor.name; }
}
var vals = ["", "a", "b", "ab", "B", "10", "9", "\ud83d\ude00", "\uffff", "\ud83d", "\u00e9", 10, 9, -0, NaN,
            null, undefined, true, [2], { valueOf: function () { return "b"; } }, 3n];
for (var rep = 0; rep < 2; rep++) {
  for (var i = 0; i < vals.length; i++) {
    var row = [];
    for (var j = 0; j < vals.length; j++) row.push(rel(vals[i], vals[j]));
    console.log(i, row.join(" | "));
  }
}
var words = ["pear", "Apple", "apple", "\u00e9clair", "zebra", "Zebra", "10", "9", "\ud83d\ude00", "\uffff"];
console.log(words.slice().sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; }).join(","));
console.log([5, 1, 10, 2].reduce(function (acc, v, k, arr) { return acc + v * k + arr.length; }, 0),
            [5, 1, 10, 2].reduceRight(function (acc, v) { return acc + "," + v; }),
            [3, 1, 2].sort(Math.max === 0 ? null : function (a, b) { return b - a; }).join(""),
            [3, 1, 2].sort(function (a, b) { return a < b ? "-1" : { valueOf: function () { return 1; } }; }).join(""));
