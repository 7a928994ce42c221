// s.replace(/literal/, template) in hot code: the RegExp the literal makes is never
// visible, until RegExp.prototype's methods change; legacy statics still follow.
const out = [];
function show(label, f) {
  try { out.push(label + "=" + JSON.stringify(f())); } catch (e) { out.push(label + "!" + e.constructor.name); }
}
function forms(s) {
  return [
    s.replace(/[^a-z]/g, ""), s.replace(/o/, "0"), s.replace(/(l+)/g, "[$1]"), s.replace(/x/g, "-"),
    s.replace(/(?<w>\w)(\w*)/g, "$2$<w>"), s.replace(/o/g, "$&$&"), s.replace(/W/, "$`|$'"), s.replace(/l/g, "$$"),
    s.replace(/l/y, "L"), ("l" + s).replace(/l/y, "L"), s.replace(/\u{1F600}|o/gu, "u"), s.replace(/O/gi, "0"), s.replace(/(?:)/g, "."),
  ];
}
function legacy(s) {
  s.replace(/(\w)(o)/g, "x");
  return [RegExp.lastMatch, RegExp.$1, RegExp.$2, RegExp.input, RegExp.lastParen, RegExp.leftContext.length];
}
function values(s) {
  return [s.replace(/l/g, 5), s.replace(/l/g, (m, i) => i), s.replace(/l/, { toString() { return "T"; } }),
          s.replace(/l/g, undefined), s.replace(/l/g, null)];
}
function receivers() {
  return [new String("hello").replace(/l/g, "L"), String.prototype.replace.call(12321, /2/g, "x")];
}
function run(label) {
  show(label + "-forms", () => forms("Hello, World! xx"));
  show(label + "-legacy", () => legacy("foo boo"));
  show(label + "-values", () => values("hello"));
  show(label + "-receivers", receivers);
}
for (let i = 0; i < 40; i++) run(i < 2 ? "cold" + i : "warm");
const symbolReplace = RegExp.prototype[Symbol.replace];
RegExp.prototype[Symbol.replace] = function (s, t) { return "custom(" + this.source + "," + s + "," + t + ")"; };
for (let i = 0; i < 3; i++) show("symbol", () => forms("hello"));
RegExp.prototype[Symbol.replace] = symbolReplace;
for (let i = 0; i < 3; i++) show("restored", () => forms("hello"));
const exec = RegExp.prototype.exec;
let execs = 0;
RegExp.prototype.exec = function (s) { execs++; return exec.call(this, s); };
for (let i = 0; i < 3; i++) show("exec", () => [forms("hello"), execs]);
RegExp.prototype.exec = exec;
const flags = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags");
let flagReads = 0;
Object.defineProperty(RegExp.prototype, "flags", { get() { flagReads++; return flags.get.call(this); }, configurable: true });
// (whether @@replace reads "flags" differs: Node reads the flags one by one)
for (let i = 0; i < 3; i++) show("flags", () => forms("hello"));
Object.defineProperty(RegExp.prototype, "flags", flags);
const replace = String.prototype.replace;
String.prototype.replace = function (p, t) { return "mine:" + (p instanceof RegExp) + ":" + t; };
for (let i = 0; i < 3; i++) show("string-replace", () => forms("hello"));
String.prototype.replace = replace;
for (let i = 0; i < 3; i++) show("end", () => [forms("hello"), legacy("zoo")]);
console.log([...new Set(out)].join("\n"));
