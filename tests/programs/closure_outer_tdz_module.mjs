// module top-level let/const read by functions: expressions made later skip the TDZ test, declarations keep it
function report(f) { try { return String(f()); } catch (e) { return e.constructor.name; } }
const out = [report(() => hoisted())];
const limit = 3;
let total = 0;
const add = (v) => { total += v * limit; return total; };
for (let i = 0; i < 100; i++) add(i);
out.push(total, report(() => hoisted()));
function hoisted() { return limit + total; }
export const reader = { get value() { return total; } };
out.push(reader.value);
console.log(out.join(","));
