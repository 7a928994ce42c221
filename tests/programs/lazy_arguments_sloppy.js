// Mapped (sloppy) arguments objects made lazily: the indices alias the parameters, so a
// function that assigns a parameter, or whose parameter a nested function may assign, makes
// its object at entry; reads of the made object see later parameter writes and the reverse.
var log = [];
function out() { console.log(log.join(" | ")); log = []; }
function plain(a, b) { return arguments[0] + arguments[1] + arguments.length; }
function paramWritten(a) { a = "w"; return arguments[0] + arguments.length; }
function viaObject(a) { arguments[0] = "o"; return a + arguments[0]; }
function nestedWrites(a) { (function () { a = "n"; })(); return arguments[0]; }
function arrowWrites(a) { var f = () => { a = "r"; }; f(); return arguments[0]; }
function lateAlias(a) { var o = arguments; a = "late"; return o[0] + arguments[0]; }
function missingParam(a, b) { b = "b"; return String(arguments[1]) + arguments.length; }
function unmappedExtra(a) { return arguments[1] + arguments.length; }
function callee() { return arguments.callee === callee; }
function declared(a) { function g() { return a; } return g() + arguments[0] + arguments.length; }
function duplicate(a, a) { return arguments[0] + "," + arguments[1] + "," + a; }
function thisApply() { return (function () { return typeof this + arguments.length; }).apply(undefined, arguments); }
function unusedParam(a, b) { var o = arguments; return o[0] + "," + o[1] + "," + arguments.length; }
function defineRO(a) { Object.defineProperty(arguments, "0", { writable: false }); a = 2; return arguments[0] + "," + a; }
var Base = function (x) { this.x = x; };
var Derived = function () { Base.apply(this, arguments); this.n = arguments.length; };
for (var round = 0; round < 3; round++) {
  log.push(plain(1, 2), plain(1), paramWritten(1), viaObject(1), nestedWrites(1), arrowWrites(1), lateAlias(1));
  log.push(missingParam(1), unmappedExtra(1, 2), callee(), declared(1, 2), duplicate(1, 2), thisApply(1, 2), defineRO(1), unusedParam(1, 2));
  var d = new Derived(7, 8);
  log.push(d.x, d.n);
  out();
}
