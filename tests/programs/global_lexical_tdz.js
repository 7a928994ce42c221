// Global let/const/class bindings read and written by global code's loops,
// before their declarations (TDZ errors) and after them (plain reads and writes).
const log = [];
for (let i = 0; i < 3; i++) {
  try { log.push(later); } catch (e) { log.push("read:" + e.constructor.name); }
  try { later = i; } catch (e) { log.push("write:" + e.constructor.name); }
  try { later++; } catch (e) { log.push("update:" + e.constructor.name); }
  try { log.push(typeof later); } catch (e) { log.push("typeof:" + e.constructor.name); }
}
let later = 5;
for (let i = 0; i < 3; i++) { later += i; log.push(later); later++; }
const k = 10;
for (let i = 0; i < 3; i++) {
  try { k = i; } catch (e) { log.push("const:" + e.constructor.name); }
  log.push(k + i);
}
function readEarly() { return early + "!"; }
for (let i = 0; i < 2; i++) {
  try { log.push(readEarly()); } catch (e) { log.push("early:" + e.constructor.name); }
}
let early = "e";
for (let i = 0; i < 2; i++) log.push(readEarly());
for (let i = 0; i < 2; i++) {
  try { log.push(Klass.v + i); } catch (e) { log.push("class:" + e.constructor.name); }
}
class Klass { static v = 1; }
for (let i = 0; i < 2; i++) log.push(Klass.v + i);
let u;
for (let i = 0; i < 3; i++) { u = (u ?? 0) + i; }
log.push(u);
let fromInit = (() => { let n = 0; for (let i = 0; i < 3; i++) n += i; return n; })();
for (let i = 0; i < 2; i++) fromInit *= 2;
log.push(fromInit);
switch (1) {
  case 0:
    let s = "s";
  case 1:
    for (let i = 0; i < 2; i++) {
      try { log.push(s); } catch (e) { log.push("case:" + e.constructor.name); }
    }
}
let a = 1, b = a + 1;
for (let i = 0; i < 2; i++) { a += b; b = a * 2; }
log.push(a, b);
console.log(log.join(" "));
