// ToBoolean inline in hot code: Strings are true unless empty; every other kind of
// value keeps its truth (Numbers, -0, NaN, BigInts, Symbols, objects, null, undefined).
function truthy(x) { return x ? "T" : "F"; }
function or(x) { return x || "dflt"; }
function and(x) { return x && "yes"; }
function not(x) { return !x; }
function count(xs) { let n = 0; for (const x of xs) if (x) n++; return n; }
function loop(s) { let n = 0; while (s) { n++; s = s.slice(1); } return n; }
const values = ["", "0", " ", "false", "\u0000", "\ud800", "abc", 0, -0, NaN, 1, -1.5, Infinity,
  0n, 1n, -1n, null, undefined, true, false, {}, [], [0], function () {}, Symbol("s"), new String(""),
  new Number(0), new Boolean(false)];
function run(label, f) {
  let r;
  for (let i = 0; i < 30; i++) r = values.map(v => String(typeof f(v) === "symbol" ? "sym" : typeof f(v) === "object" || typeof f(v) === "function" ? typeof f(v) : f(v)));
  console.log(label, r.join(" "));
}
run("truthy", truthy);
run("or", or);
run("and", and);
run("not", not);
let c;
for (let i = 0; i < 30; i++) c = count(values);
console.log("count", c);
let l;
for (let i = 0; i < 30; i++) l = loop("abcdef");
console.log("loop", l);
