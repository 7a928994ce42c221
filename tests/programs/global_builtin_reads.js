// Reads of configurable global properties (the builtins) from functions, while they are
// assigned, deleted, redefined as accessors or data, and while the global object is a prototype.
var out = [];
function f(x) { return Math.floor(x) + Math.abs(-x); }
for (let i = 0; i < 5; i++) out.push(f(i + 0.5));
Math = { floor: (x) => "F" + x, abs: (x) => 1 };
for (let i = 0; i < 3; i++) out.push(f(i + 0.5));
delete globalThis.Math;
try { for (let i = 0; i < 3; i++) out.push(f(i)); } catch (e) { out.push(e.constructor.name); }
Object.defineProperty(globalThis, "Math", { get() { return { floor: () => "getter", abs: () => 0 }; }, configurable: true });
for (let i = 0; i < 3; i++) out.push(f(i));
Object.defineProperty(globalThis, "Math", { value: { floor: () => "data", abs: () => 0 }, configurable: true, writable: true });
for (let i = 0; i < 3; i++) out.push(f(i));
function g() { return String.fromCharCode(65 + 1); }
for (let i = 0; i < 3; i++) out.push(g());
const child = Object.create(globalThis);
for (let i = 0; i < 3; i++) out.push(child.String === String);
globalThis.String = function () {}; globalThis.String.fromCharCode = () => "mine";
for (let i = 0; i < 3; i++) out.push(g(), child.String === String);
console.log(out.join(","));
