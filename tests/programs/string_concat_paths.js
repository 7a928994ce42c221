// + with Strings: literal on either side, Numbers turned to text, objects, symbols
function f(i, s, o) {
  const r = [];
  r.push("k" + i, i + "k", s + "!", "!" + s, s + s, i + i, "k" + -0, "k" + 1e21, "k" + NaN, 0.1 + "x",
         "k" + null, undefined + "k", "k" + true, "k" + o, o + "k", "k" + [1, 2], "k" + 10n, s + i, i + s);
  try { r.push("k" + Symbol()); } catch (e) { r.push(e.constructor.name); }
  return r.join("|");
}
const o = { valueOf() { return 5; }, toString() { return "str"; } };
for (let i = 0; i < 4; i++) console.log(f(i * 1.5, "s" + i, o));
