// Calls of a function read from a name (a global, a function declaration's binding)
// go through a site cache of the script function the site first found and its
// positional [[Call]] (codegen calls.py function_site_call, functions.fill_call_site).
// Every other callee must still take the general path: the name reassigned to
// another script function, a built-in, a bound function, a proxy, a class (TypeError),
// a non-callable, undefined; async functions and generators; functions the code
// generator leaves to the closure compiler; functions generated only after many
// calls; recursion past the depth limit; `this` of a sloppy and a strict callee.

function show(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return "[" + v.map(show).join(", ") + "]";
  if (v && typeof v === "object") return "object";
  return String(v);
}

function twice(x) { return x * 2; }
function callTwice(x) { return twice(x) + twice(x + 1); }

function loop(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    try {
      out.push(show(callTwice(i)));
    } catch (e) {
      out.push("threw " + e.constructor.name);
    }
  }
  return out.join(" ");
}

console.log("script function: " + loop(6));
const original = twice;
twice = function (x) { return x + 100; };
console.log("another function: " + loop(3));
twice = Math.abs;
console.log("a built-in: " + loop(3));
twice = original.bind(null);
console.log("a bound function: " + loop(3));
twice = new Proxy(original, { apply(t, self, args) { return -t(...args); } });
console.log("a proxy: " + loop(3));
twice = class { constructor() {} };
console.log("a class: " + loop(2));
twice = 5;
console.log("a number: " + loop(2));
twice = undefined;
console.log("undefined: " + loop(2));
twice = original;
console.log("the first again: " + loop(6));
twice = function (x) { return "s" + x; };
console.log("a string result: " + loop(3));

// a getter on the global object
Object.defineProperty(globalThis, "viaGetter", { get() { return (x) => x + 0.5; }, configurable: true });
function callGetter(x) { return viaGetter(x); }
let acc = [];
for (let i = 0; i < 6; i++) acc.push(callGetter(i));
console.log("through a getter: " + show(acc));

// this of sloppy and strict callees
function sloppyThis() { return this === globalThis; }
function strictThis() { "use strict"; return this; }
function thisCalls() { return [sloppyThis(), strictThis()]; }
acc = [];
for (let i = 0; i < 6; i++) acc.push(show(thisCalls()));
console.log("this: " + acc.join(" "));

// async functions and generators called by name
async function asyncDouble(x) { return x * 2; }
function* gen(x) { yield x; yield x + 1; }
function callOthers(x) {
  const p = asyncDouble(x);
  return [p instanceof Promise, [...gen(x)].join(",")];
}
acc = [];
for (let i = 0; i < 6; i++) acc.push(show(callOthers(i)));
console.log("async and generators: " + acc.join(" "));
const results = [];
for (let i = 0; i < 6; i++) asyncDouble(i).then((v) => results.push(v));

// a function the code generator leaves to the closure compiler (with)
function withBody(o) { with (o) { return a + 1; } }
function callWith(x) { return withBody({ a: x }); }
acc = [];
for (let i = 0; i < 8; i++) acc.push(callWith(i));
console.log("a with body: " + show(acc));

// a local function declaration, reassigned in the loop
function outer(n) {
  function step(x) { return x + 1; }
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = step(s);
    if (i === 5) step = function (x) { return x + 10; };
  }
  return s;
}
acc = [];
for (let i = 0; i < 4; i++) acc.push(outer(10));
console.log("a local function declaration: " + show(acc));

// a function made per call of its enclosing function (a fresh object each time)
function maker(k) {
  function add(x) { return x + k; }
  return function (x) { return add(x) * 2; };
}
acc = [];
for (let i = 0; i < 6; i++) acc.push(maker(i)(1));
console.log("fresh closures: " + show(acc));

// recursion past the depth limit, then normal calls again
function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1); }
let r;
try { r = deep(1e6); } catch (e) { r = e.constructor.name; }
console.log("too deep: " + r);
acc = [];
for (let i = 0; i < 4; i++) acc.push(deep(50));
console.log("after: " + show(acc));

// argument order: the callee is read before the arguments are evaluated
let log = [];
function noted(tag) { log.push(tag); return tag; }
function target(a, b) { return a + b; }
function ordered() { return target(noted("a"), noted("b")); }
for (let i = 0; i < 5; i++) ordered();
const savedTarget = target;
function swapping() { return target(noted("x"), (target = (a, b) => a + "|" + b, "y")); }
console.log("order: " + swapping() + " " + log.slice(-2).join(","));
target = savedTarget;
console.log("order again: " + swapping() + " " + log.slice(-2).join(","));

Promise.resolve().then(() => console.log("async: " + show(results)));
