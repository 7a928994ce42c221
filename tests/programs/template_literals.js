// Template literals: each substitution ToString in order (objects through toString, Symbols throw)
function f(a, b) {
  const sym = Symbol("s");
  const o = { toString() { return "O!"; }, valueOf() { return 42; } };
  const log = [];
  const t = `${log.push(1)}-${log.push(2)}`;
  let r = `a${a}b${b}c${-0}d${1e21}e${null}${undefined}${true}${[1, [2, 3]]}${o}${10n}`;
  try { r += `${sym}`; } catch (e) { r += e.constructor.name; }
  return [r, `${""}`, ``, `\u{1F600}${"x"}`, `line1
line2`, t, log.join("")].join("|");
}
for (let i = 0; i < 4; i++) console.log(f(i, i * 1.5));
