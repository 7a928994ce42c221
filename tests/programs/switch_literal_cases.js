// switch whose case tests are all Number or String literals (one table lookup chooses the
// case): fall-through, default in the middle or absent, -0, NaN, and values of other types
function mid(op) {
  var log = [];
  switch (op) {
    case 0: log.push("zero"); break;
    case 1: log.push("one");
    default: log.push("default");
    case "x": log.push("x"); break;
    case 2.5: log.push("two and a half");
  }
  return log.join("+");
}
function none(op) {
  var r = "none";
  switch (op) { case "a": r = "a"; break; case 3: r = "three"; case 4: r += " four"; }
  return r;
}
function last(op) {
  switch (op) { case 1: return "one"; case 2: return "two"; default: return "default"; }
}
var inputs = [0, -0, 1, "1", "x", "X", 2.5, 3, 4, "a", NaN, true, false, null, undefined, 1n, {}, [1]];
for (var rep = 0; rep < 4; rep++) {
  console.log(inputs.map(mid).join(" | "));
  console.log(inputs.map(none).join(" | "));
  console.log(inputs.map(last).join(" | "));
}
