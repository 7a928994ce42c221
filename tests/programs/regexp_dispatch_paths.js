// String.prototype.replace/split/match/search with RegExp arguments called in hot loops: the
// direct dispatch for a pristine RegExp (its prototype's exec, flags, flag getters and symbol
// methods all original, no own property but lastIndex that shadows them) and every case
// that must take the spec's lookup, changed while the loops run.
const log = (...a) => console.log(...a.map(v => typeof v === "string" ? JSON.stringify(v) : String(v)));

function clean(words) {
  const out = [];
  for (const w of words) out.push(w.toLowerCase().replace(/[^a-z]/g, ""));
  return out.join("|");
}
const words = ["Alpha,", "BETA", "ga-mma", "", "42", "de.l.ta"];
for (let i = 0; i < 5; i++) log(clean(words));

// each symbol method replaced in turn, then restored: replace must find the right one
const symbols = ["match", "matchAll", "replace", "search", "split"];
for (const name of symbols) {
  const sym = Symbol[name];
  const saved = RegExp.prototype[sym];
  RegExp.prototype[sym] = function (...args) { return "patched " + name + ":" + args.length; };
  log(name, clean(words), "a,b".split(/,/), "abc".search(/c/), String("a1".match(/\d/)));
  RegExp.prototype[sym] = saved;
  log(name, clean(words), "a,b".split(/,/), "abc".search(/c/), String("a1".match(/\d/)));
}

// a wrapper around the original replace sees the call
const savedReplace = RegExp.prototype[Symbol.replace];
RegExp.prototype[Symbol.replace] = function (s, r) { log("wrapper", this.source, s, r); return savedReplace.call(this, s, r); };
log(clean(["X1y"]));
RegExp.prototype[Symbol.replace] = savedReplace;

// exec and a flag getter changed on the prototype (V8 reads the flags getter where the
// spec does not, and the reverse: a changed flags getter is not tested)
const savedExec = RegExp.prototype.exec;
let execCalls = 0;
RegExp.prototype.exec = function (s) { execCalls++; return savedExec.call(this, s); };
log(clean(words), execCalls);
RegExp.prototype.exec = savedExec;
const globalDesc = Object.getOwnPropertyDescriptor(RegExp.prototype, "global");
Object.defineProperty(RegExp.prototype, "global", { get() { return false; }, configurable: true });
log("abab".replace(/b/g, "_"));
Object.defineProperty(RegExp.prototype, "global", globalDesc);
log(clean(words));

// own properties: unrelated ones keep the direct path, shadowing ones take the lookup
function replaceWith(rx, s) { return s.replace(rx, "#"); }
for (let i = 0; i < 4; i++) {
  const a = /o/g; a.note = i;
  const b = /o/g; b.exec = function () { return null; };
  const c = /o/g; Object.defineProperty(c, Symbol.replace, { value: (s, r) => "own " + s + r });
  const d = /o/g; Object.defineProperty(d, "global", { value: false });
  const e = /o/g; Object.setPrototypeOf(e, Object.create(RegExp.prototype));
  const f = /o/g; Object.defineProperty(f, "lastIndex", { writable: false });
  let fr;
  try { fr = replaceWith(f, "foo"); } catch (err) { fr = err.constructor.name; }
  log(replaceWith(a, "foo"), replaceWith(b, "foo"), replaceWith(c, "foo"), replaceWith(d, "foo"),
      replaceWith(e, "foo"), fr);
}

// a subclass, and a subclass with its own exec
class Upper extends RegExp {}
class Logged extends RegExp { exec(s) { log("Logged exec", this.lastIndex); return super.exec(s); } }
for (let i = 0; i < 3; i++) log(replaceWith(new Upper("o", "g"), "foo"), replaceWith(new Logged("o", "g"), "foo"));

// templates with $, a function, a non-string template, a non-string this
for (let i = 0; i < 3; i++) {
  log("a1b2".replace(/(\d)/g, "[$1$&]"), "a1b2".replace(/\d/g, d => d * 2), "a1b2".replace(/\d/g, 7),
      String.prototype.replace.call(1212, /2/g, "x"), "aXa".replace(/x/i, "$'"),
      "abc".replace(/b/, "$"), "abc".replace(/(?<n>b)/g, "<$<n>>"));
}

// lastIndex and the legacy statics after the direct path
const rl = /(\d)(\w)/g;
rl.lastIndex = 5;
log("1a 2b 3c".replace(rl, "-"), rl.lastIndex, RegExp.lastMatch, RegExp.$1, RegExp.$2, RegExp.leftContext);
const sticky = /a/gy;
log("aab".replace(sticky, "x"), "baa".replace(sticky, "x"), sticky.lastIndex);
log("\u{1F600}a".replace(/./gu, "."), "x".replace(/(?:)/g, "-"));

// RegExp.prototype.test: the match without a match array only while exec is the original
function tests(rx, inputs) { return inputs.map(s => rx.test(s)).join(); }
const testInputs = ["a1", "b", 42, { toString() { return "z9"; } }];
for (let i = 0; i < 3; i++) log(tests(/\d/, testInputs), tests(/^[a-z]\d$/g, testInputs));
const execSaved = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) { log("exec via test", s); return s === "b" ? {} : null; };
log(tests(/\d/, testInputs));
RegExp.prototype.exec = function () { return 1; };
try { /x/.test("x"); } catch (e) { log(e.constructor.name); }
RegExp.prototype.exec = execSaved;
const ownExec = /a/;
ownExec.exec = () => null;
class Sub extends RegExp { exec(s) { log("Sub exec", s); return super.exec(s); } }
for (let i = 0; i < 2; i++) log(tests(ownExec, ["a"]), tests(new Sub("\\d"), ["7", "x"]), tests(/\d/, testInputs));
try { RegExp.prototype.test.call({ exec: () => ({}) }, "s"); log("plain object ok"); } catch (e) { log(e.constructor.name); }
try { RegExp.prototype.test.call(1, "s"); } catch (e) { log(e.constructor.name); }
