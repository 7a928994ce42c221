// Math.f(...) call sites remember that Math's method is the built-in; every change of
// Math (or of the global Math binding) must be seen at the next call of each site.
function calc(x) {
  return Math.sqrt(x) + Math.floor(x / 3) + Math.max(x, 5, 2) + Math.pow(x, 2) + Math.min(x, 1);
}
function loop(n) { let s = 0; for (let i = 0; i < n; i++) s += calc(i); return s; }
console.log(loop(50), calc(2.5), calc(-0), calc(NaN), calc("9"));

const sqrt = Math.sqrt, floor = Math.floor;
Math.sqrt = function (x) { return "s" + x + (this === Math); };
console.log(calc(4), loop(3));
Math.sqrt = sqrt;
console.log(calc(4), loop(3));

Object.defineProperty(Math, "floor", { get() { return (x) => x * 100; }, configurable: true });
console.log(calc(4));
Object.defineProperty(Math, "floor", { value: floor, writable: true, configurable: true });
console.log(calc(4));
delete Math.max;
try { calc(4); } catch (e) { console.log(e.constructor.name, e.message); }
Math.max = function (a, b, c) { return a + b + c; };
console.log(calc(4));

// the global binding replaced by another object, then by Math again
const RealMath = Math;
globalThis.Math = { sqrt: (x) => -x, floor: (x) => 0, max: (a) => a, pow: (a) => 1, min: (a) => 2 };
console.log(calc(4), loop(2));
globalThis.Math = RealMath;
console.log(calc(4));

// an object that is not Math but holds Math's functions, and one inheriting from Math
const ns = { sqrt: sqrt };
function viaNs(x) { return ns.sqrt(x); }
console.log(viaNs(16), viaNs(16));
ns.sqrt = (x) => "ns" + x;
console.log(viaNs(16));
const child = Object.create(RealMath);
function viaChild(x) { return child.sqrt(x); }
console.log(viaChild(25), viaChild(25));
child.sqrt = (x) => "child" + x;
console.log(viaChild(25), calc(9));
Object.setPrototypeOf(RealMath, null);
console.log(calc(9), typeof Math.hasOwnProperty);
// a sneaky argument that replaces the method after the site chose it
function sneaky(x) { return Math.sqrt((Math.sqrt = () => "replaced", x)); }
console.log(sneaky(49), sneaky(49));
