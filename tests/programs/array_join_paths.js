// Array.prototype.join in a hot loop: an array of Strings only, of Strings and Numbers
// (converted in place), and everything that takes the spec's loop.
function row(i) { return [i, "emp" + i, -0, i / 3, NaN, 1e21, -Infinity, 0.1 + 0.2].join(","); }
for (let i = 0; i < 5; i++) console.log(row(i), [String(i), "b"].join("-"), [i].join());
const mixed = [[1, "a", true], [1, undefined, null, 2], [1, [2, [3, "x"]], 4], [1, { toString() { return "obj"; } }],
  [1, Symbol.iterator.description, 2n], [1, , 3], [], [0], ["only"]];
for (let i = 0; i < 3; i++) for (const a of mixed) console.log(JSON.stringify(a.join("|")), a.join());
// a hole filled from the prototype, a toString that changes the array, a cycle, separators
Array.prototype[1] = "proto";
console.log([1, , 3].join("+"));
delete Array.prototype[1];
const grow = [1, 2, { toString() { grow.push(9); grow[0] = "changed"; return "o"; } }, 4];
console.log(grow.join(), grow.join());
const cyc = [1, 2];
cyc.push(cyc);
console.log(cyc.join("-"));
for (const sep of [undefined, "", ", ", 0, null]) console.log(JSON.stringify([1.5, "x", 2].join(sep)));
