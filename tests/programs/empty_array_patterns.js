// Empty array patterns on the code generator: they still get and close the iterator.
const m = new Map([[1, 2], [3, 4]]);
let n = 0;
function f() { for (const [] of m) n++; for (const [] of [[1], [2]]) n++; let [] = [5]; var [] = "ab"; return n; }
for (let i = 0; i < 5; i++) console.log(f());
const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { console.log("closed"); return {}; } }; } };
function g() { const [] = it; for (const [] of [it]) ; }
for (let i = 0; i < 3; i++) g();
