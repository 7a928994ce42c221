// RegExp methods as the pyjs command runs them, under its budget: whole-string loops on
// Python's re (global replace, match, split) when their cost bound is affordable, the
// per-match loop when it is not, and patterns whose quantifiers are determined by what
// follows them (\d+\.  [^"]*"  \d+$), where the cost bound is linear.
const log = (...a) => console.log(...a.map(v => typeof v === "string" ? JSON.stringify(v) : String(v)));
const statics = () => [RegExp.lastMatch, RegExp.$1, RegExp.leftContext.length, RegExp.rightContext.length];
let h = 0;
const hash = (s) => { for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 1000000007; return h; };

// quantifiers followed by a character they cannot match, by nothing, by $ or by a class
const samples = ["10.0.12.7 - x", "1.2.3", "12345", "a1b22c333", "\"q\\\"x\" rest\"", "9.\n8.5\n", ""];
const patterns = [/\d+\.\d+\.\d+\.\d+/g, /\d+/g, /\d+$/gm, /\d+\d/g, /\w+\d/g, /"(?:[^"\\]|\\.)*"/g,
  /(?:\d+\.)+/g, /(\d+)(?:\.(\d+))?/g, /[a-z]*\d/g, /x*$/g, /\d*?\./g, /(?:\d+,)+/g, /a*a*\d/g, /[^a-z]+?/g];
for (const re of patterns) {
  const row = [];
  for (const s of samples) {
    row.push(JSON.stringify(s.match(re)), s.replace(re, "<>"), s.replace(re, "[$&|$1]"),
      JSON.stringify(s.split(re)), s.search(re), re.lastIndex);
  }
  log(re.source, row.join(" "));
}

// global replace by a template: lastIndex reset, legacy statics of the last match
const g = /(\d+)-/g;
g.lastIndex = 5;
log("1-22-333-x".replace(g, "#"), g.lastIndex, ...statics());
log("a-b".replace(g, "#"), g.lastIndex, ...statics());
const ro = /(\d+)/g;
Object.defineProperty(ro, "lastIndex", { writable: false, value: 0 });
for (const f of [s => s.replace(ro, "x"), s => s.match(ro), s => s.split(ro)]) {
  try { log(JSON.stringify(f("a1b2"))); } catch (e) { log(e.constructor.name); }
}

// match and matchAll: empty matches, statics, lastIndex afterwards
const m = /\w*/g;
log(JSON.stringify("ab cd".match(m)), m.lastIndex, ...statics());
log(JSON.stringify([..."k1=v1;k2=v2".matchAll(/(\w)(\d)=(\w+)/g)].map(x => [x.index, ...x])), ...statics());
log(JSON.stringify("x".match(/y/g)), ...statics());

// split: captures, limits, empty matches, sticky and unicode splitters, statics and lastIndex
const sp = /(,)\s*/;
sp.lastIndex = 3;
log(JSON.stringify("a, b,c,  d".split(sp)), sp.lastIndex, ...statics());
log(JSON.stringify("a, b,c,  d".split(sp, 3)), ...statics());
log(JSON.stringify("a, b,c,  d".split(/\s*/)), JSON.stringify("abc".split(/(?:)/)), JSON.stringify("a1b".split(/\d?/)));
log(JSON.stringify("a,b,c".split(/,/y)), JSON.stringify("a\u{1F600}b\u{1F600}".split(/\u{1F600}/u)), JSON.stringify("".split(/,/)));
log(JSON.stringify("one two  three".split(/ +/, 0)), JSON.stringify("one two".split(/ +/, 1)), JSON.stringify("a,b".split(/,/, -1)));

// a sticky lexer (each exec anchored at lastIndex) and test() on fields
const lexer = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|("(?:[^"\\]|\\.)*")|(\/\/[^\n]*)|([-+*\/=();]))/y;
const src = "let x1 = 42 + foo_bar * (3.5 - y); \"str ing\" //note\n".repeat(200);
const counts = [0, 0, 0, 0, 0];
let tok;
while (lexer.lastIndex < src.length && (tok = lexer.exec(src)) !== null) counts[tok.findIndex((v, i) => i > 0 && v !== undefined) - 1]++;
log(counts.join(","), lexer.lastIndex, ...statics());
log(src.split(/\s+/).filter(f => /^[A-Z_a-z]+$/.test(f)).length);

// long strings: one re call for the whole loop when affordable, else match by match
for (const n of [10, 2000, 30000, 200000]) {
  const text = "ab12 cd;".repeat(n / 8 | 0) + "x";
  const digits = "1".repeat(n) + "x";
  log(n, hash(text.replace(/[a-z]+/g, "W")), hash(text.replace(/\d+ /g, "$&")), text.match(/\d+/g).length,
    text.split(/[; ]/).length, hash(text.replace(/(\w)(\d)/g, (all, a, b) => b + a)), ...statics());
  if (n <= 2000) log(n, JSON.stringify(digits.match(/1+x/g)), digits.split(/1*x/).length, digits.replace(/1+1x/g, "-"));
}
log(h);
