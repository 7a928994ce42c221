// An operand that is a variable of an enclosing function is read before the operands
// after it run: a call among them may assign it (generated code reads a variable
// in place only when no later operand can change it).
function run(label, f) {
  var out = [];
  for (var i = 0; i < 60; i++) out.push(f(i));   // before and after tier-up
  console.log(label + ": " + out[0] + " | " + out[59]);
}
function outer() {
  var o = {}, first = o, n = 1, arr = [], firstArr = arr;
  function swap() { o = {}; n = 100; arr = []; return 1; }
  function reset() { o = first = {}; n = 1; arr = firstArr = []; }
  run("named store", function () {
    reset(); o.x = swap();
    return first.x + "," + o.x;
  });
  run("computed store", function () {
    reset(); o["y"] = swap();
    return first.y + "," + o.y;
  });
  run("compound store", function () {
    reset(); first.z = 5; o.z += swap();
    return first.z + "," + o.z;
  });
  run("binary operands", function () { reset(); return n + swap(); });
  run("comparison operands", function () { reset(); return n < swap(); });
  run("push receiver", function () {
    reset(); arr.push(swap());
    return firstArr.length + "," + arr.length;
  });
  run("method receiver", function () {
    reset();
    first.m = function (v) { return "first " + v + " " + (this === first); };
    o.m = first.m;
    return o.m(swap());
  });
  run("element read", function () {
    reset(); arr[0] = "a"; firstArr = arr;
    return arr[swap() - 1];
  });
}
outer();
