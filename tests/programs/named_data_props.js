// o.name reads of own data properties with non-default attributes (non-enumerable,
// read-only, frozen), of accessors, of inherited and absent names, on every kind of receiver.
class Shape {
  static count = 2;
  static describe() { return "shape"; }
  constructor() { this.w = 1; }
  get area() { return this.w * 10; }
}
Object.defineProperty(Shape, "hidden", { value: "h", enumerable: false, writable: true, configurable: true });
function readAll(o) {
  var out = [];
  for (var i = 0; i < 2; i++) out.push(String(o.count), String(o.hidden), String(o.w), String(o.area), String(o.missing));
  return out.join(",");
}
var frozen = Object.freeze({ w: 3, count: 4 });
var ro = {};
Object.defineProperty(ro, "count", { value: 5 });
Object.defineProperty(ro, "w", { get: function () { return "getter"; } });
var child = Object.create(frozen);
var arr = [1, 2];
Object.defineProperty(arr, "hidden", { value: "arr-hidden" });
console.log(readAll(Shape));
console.log(readAll(new Shape()));
console.log(readAll(frozen));
console.log(readAll(ro));
console.log(readAll(child));
console.log(readAll(arr));
console.log(readAll(function f() {}));
console.log(readAll("str"), readAll(7));

function lastIndexes(re, s) {
  var seen = [];
  re.lastIndex = 0;
  while (re.lastIndex < s.length && re.exec(s) !== null) seen.push(re.lastIndex);
  return seen.join(" ");
}
console.log(lastIndexes(/\w+\s*/y, "ab cd  ef"), lastIndexes(/b/g, "abcabc"));
var re = /x/g;
Object.defineProperty(re, "lastIndex", { writable: false });
console.log(re.lastIndex, Object.getOwnPropertyDescriptor(re, "lastIndex").writable);
try { lastIndexes(re, "xx"); } catch (e) { console.log(e.constructor.name); }

function circle(r) { return Math.PI * r * r + Math.E * 0 + Math.SQRT2 * 0; }
console.log(circle(2), Math.PI, Number.MAX_SAFE_INTEGER, Number.EPSILON > 0);
Object.defineProperty(Math, "TAU", { get: function () { return 2 * this.PI; }, configurable: true });
console.log(Math.TAU);
delete Math.TAU;
console.log(Math.TAU);
var M = {};
Object.defineProperty(M, "PI", { value: 3, writable: true, configurable: true });
function area(r) { return M.PI * r * r; }
console.log(area(1));
M.PI = 3.5;
console.log(area(1));
Object.defineProperty(M, "PI", { get: function () { return 4; }, configurable: true });
console.log(area(1));
Object.defineProperty(M, "PI", { value: 5, writable: false });
console.log(area(1));

function Counter() { this.n = 0; }
Object.defineProperty(Counter.prototype, "double", { get: function () { return this.n * 2; } });
Counter.prototype.step = 5;
Counter.prototype.bump = function () { this.n += this.step; return this.double; };
var c = new Counter();
console.log(c.bump(), c.bump(), c.double, c.step);
Object.defineProperty(c, "step", { value: 1, enumerable: false, writable: true });
console.log(c.bump(), c.step);
