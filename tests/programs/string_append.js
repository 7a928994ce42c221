// Appending to a string variable: x += y and x = x + y, with every operand kind
function build(n, sep) {
  var s = "", t = "", num = 0, mixed = 1, log = [];
  for (var i = 0; i < n; i++) {
    s += "ab" + i;
    t = t + sep;
    num += i;
    mixed += "x";
    mixed = mixed + i;
  }
  var o = { valueOf() { log.push("valueOf"); return 7; }, toString() { return "O"; } };
  var w = 1; w += o; var v = "v"; v = v + o; var z = null; z += undefined; var q = 5; q += "5";
  var big = 10n; big += 5n;
  var self = "self"; self += (self = "reassigned", "!");
  var y = "y"; y = y + (y = "inner");
  let tdz = "tdz"; tdz += tdz;
  return [s.length, s.slice(-6), t.length, num, mixed.slice(0, 12), w, v, z, q, String(big), self, y, tdz, log.join()].join("|");
}
function captured() {
  var s = "c";
  function f() { s = "changed"; return "!"; }
  s += f();
  var t = "t"; t = t + f.call(null);
  return s + t;
}
function sloppyArgs(a) { a += (arguments[0] = "aliased", "+"); return a; }
function strictArgs(a) { "use strict"; a += (arguments[0] = "not aliased", "+"); return a; }
for (var k = 0; k < 3; k++) console.log(build(50 + k, k % 2 ? "-" : 7), captured(), sloppyArgs("p"), strictArgs("p"));
