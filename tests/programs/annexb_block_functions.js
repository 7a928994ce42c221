// Annex B.3.3: a function declared in a block or an if statement of sloppy code also
// assigns the enclosing function's var of its name when the declaration is evaluated.
var seen = [];
(function () {
  seen.push(typeof f);
  if (true) function f() { return "if"; }
  seen.push(typeof f, f());
}());
(function () {
  var g = "outer";
  if (false) ; else function g() { return "else"; }
  seen.push(typeof g, g());
}());
(function () {
  function h() { return "outer declaration"; }
  { function h() { return "inner declaration"; } }
  seen.push(h());
}());
(function () {
  try { throw 0; } catch (e) { if (true) function k() { return "in catch"; } }
  seen.push(typeof k, k());
}());
(function () {
  for (var i = 0; i < 2; i++) {
    { function m() { return i; } }
    seen.push(m());
  }
}());
console.log(seen.join(" "));
