// String.prototype.replace/match/search/split with RegExp arguments: the direct paths for
// pristine RegExps (a global replace by a template in one re.subn, legacy statics found
// lazily) and every case that must still go through the full protocol.
const log = (...a) => console.log(...a.map(v => typeof v === "string" ? JSON.stringify(v) : String(v)));

// global replace by a template without $
log("Word12,x3".replace(/[^a-z]/g, ""));
log("a.b.c".replace(/\./g, "\\"), "a.b.c".replace(/\./g, "\\1"), "a.b".replace(/\./g, "\\g<0>"));
log("aaa".replace(/a/g, "bb"), "".replace(/a/g, "x"), "xyz".replace(/a/g, "q"));
log("line1\nline2".replace(/^l/gm, "L"), "abcabc".replace(/(?<=a)b/g, "B"), "aXbX".replace(/x/gi, "-"));

// the legacy statics describe the last match of the loop, even read later
"k1=v1;k22=v22;k333=v333".replace(/(\w+)=(\w+)/g, "");
log(RegExp.lastMatch, RegExp.$1, RegExp.$2, RegExp.leftContext, RegExp.rightContext, RegExp.lastParen, RegExp.input);
"no match here".replace(/(\d+)/g, "");
log(RegExp.lastMatch, RegExp.$1);
"12 34".replace(/\d+/g, "#");
/z(.)/.exec("az1");
log(RegExp.lastMatch, RegExp.$1);

// lastIndex: reset to 0 by a global replace; a read-only lastIndex throws even without a match
const g = /o/g;
g.lastIndex = 3;
log("foo boo".replace(g, "0"), g.lastIndex);
const ro = /q/g;
Object.defineProperty(ro, "lastIndex", { writable: false, value: 0 });
try { "abc".replace(ro, ""); log("no throw"); } catch (e) { log(e.constructor.name); }

// empty matches keep the JS loop's rules
log("abxd".replace(/x*/g, "-"), "ab".replace(/^|\w+/g, "-"), "abc".replace(/(?:)/g, "."), "aaa".replace(/a*?/g, "<>"));
// sticky and unicode
log("aab".replace(/a/gy, "x"), "baa".replace(/a/gy, "x"), "\u{1F600}a\u{1F600}".replace(/./gu, "."), "\u{1F600}".replace(/./g, "."));

// an own property, a changed prototype method or flag getter, a subclass: the full protocol
// (V8 reads flags differently from the spec, and does not invalidate the legacy statics
// after a subclass match: neither is tested here)
const own = /a/g;
own.exec = function (s) { log("own exec", this.lastIndex); return null; };
log("aaa".replace(own, "x"));
const saved = RegExp.prototype[Symbol.replace];
RegExp.prototype[Symbol.replace] = function (s, r) { return "custom:" + s + ":" + r; };
log("abc".replace(/b/g, "x"));
RegExp.prototype[Symbol.replace] = saved;
log("abc".replace(/b/g, "x"));
const savedExec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) { log("proto exec"); return savedExec.call(this, s); };
log("abab".replace(/b/g, "_"));
RegExp.prototype.exec = savedExec;
class R extends RegExp {}
log("abab".replace(new R("a", "g"), "-"));
"ab".replace(/b/g, "c");
log(RegExp.lastMatch);
const globalGetter = Object.getOwnPropertyDescriptor(RegExp.prototype, "global");
Object.defineProperty(RegExp.prototype, "global", { get() { return false; }, configurable: true });
log("abab".replace(/b/g, "_"), "a-b-c".split(/-/), "ab".match(/b/g));
Object.defineProperty(RegExp.prototype, "global", globalGetter);
log("abab".replace(/b/g, "_"));

// match, search, split, matchAll through a replaced or own symbol method
const savedMatch = RegExp.prototype[Symbol.match];
RegExp.prototype[Symbol.match] = function (s) { return ["m:" + s]; };
log("abc".match(/b/), "abc".match(/b/g));
RegExp.prototype[Symbol.match] = savedMatch;
log("abc".match(/b/), "a1b22".match(/\d+/g), "abc".search(/c/), "abc".search(/z/));
const sp = /,/;
sp[Symbol.split] = (s, lim) => ["own split", s, lim];
log("a,b".split(sp, 5), "a,b,c".split(/,/, 2), "a1b2c".split(/(\d)/));
const se = /b/;
Object.defineProperty(se, Symbol.search, { get() { log("getter"); return () => 42; } });
log("abc".search(se));
log([..."a1b2".matchAll(/\d/g)].map(m => m[0] + m.index));
try { "a".matchAll(/a/); } catch (e) { log(e.constructor.name); }
try { "a".replaceAll(/a/, "b"); } catch (e) { log(e.constructor.name); }
// a non-RegExp object with Symbol.replace, and primitives
log("abc".replace({ [Symbol.replace]: (s, r) => s + r }, "!"), "a1".replace(1, "one"));
