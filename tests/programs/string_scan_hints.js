// Receivers a function uses as Strings (a String-only method called on them, an element
// compared with a String literal or switched on) read their elements and length testing
// for a String first, as does a global var holding a String when the code is made;
// this.name++ of a Number stores in place.  Every other receiver, key and property
// must still behave as before: Arrays, typed arrays, String objects, array-likes,
// getters, proxies, read-only and frozen properties, keys out of range or no index.
function Scanner(src) { this.src = src; this.pos = 0; }
Scanner.prototype.ws = function () {
  var c, n = 0;     // n: a read-only or frozen pos never moves
  while (this.pos < this.src.length && ((c = this.src[this.pos]) === " " || c === "\n") && n++ < 40) this.pos++;
  return this.pos;
};
Scanner.prototype.word = function () {
  var start = this.pos, n = 0;
  while (this.src[this.pos] !== " " && this.pos < this.src.length && n++ < 40) ++this.pos;
  return String(this.src.length) + ":" + start + "-" + this.pos;
};
Scanner.prototype.kind = function () {
  var c = this.src[this.pos];
  if (c === "{") return "open";
  return typeof c + ":" + String(c);
};
Scanner.prototype.next = function () { return String(this.src[this.pos++]) + "@" + this.pos; };
Scanner.prototype.first = function () { return String(this.src[0]) + String(this.src[this.pos + 1]); };
Scanner.prototype.code = function () { return this.src.charCodeAt(this.pos) + "/" + String(this.src[this.pos]); };
Scanner.prototype.sw = function () {
  switch (this.src[this.pos]) { case "a": return "A"; case "b": return "B"; default: return "?"; }
};

function run(label, f) {
  var r;
  for (var i = 0; i < 30; i++) {
    try { r = f(); } catch (e) { r = e.constructor.name + ": " + (e instanceof TypeError ? "type" : e.message); }
  }
  console.log(label, JSON.stringify(r));
}
function each(label, src, setup) {
  run(label + " ws", function () { var s = new Scanner(src); if (setup) setup(s); return s.ws() + "," + s.pos; });
  run(label + " word", function () { var s = new Scanner(src); if (setup) setup(s); s.ws(); return s.word(); });
  run(label + " kind", function () { var s = new Scanner(src); if (setup) setup(s); s.ws(); return s.kind(); });
  run(label + " next", function () { var s = new Scanner(src); if (setup) setup(s); return s.next() + s.next(); });
  run(label + " first", function () { var s = new Scanner(src); if (setup) setup(s); return s.first(); });
  run(label + " code", function () { var s = new Scanner(src); if (setup) setup(s); return s.code(); });
  run(label + " sw", function () { var s = new Scanner(src); if (setup) setup(s); return s.sw(); });
}

each("plain", "  \n hello world");
each("empty", "");
each("surrogates", " \ud83d\ude00x \ud800");
each("braces", "{a}");
each("array", [" ", " ", "{", "x"]);
each("holey array", [" ", , "b"]);
each("typed", new Uint8Array([32, 32, 97]));
each("String object", new String("  ab"));
each("array-like", { 0: " ", 1: "a", length: 2 });
each("no length", { 0: " ", 1: "b" });
each("number src", 12345);
each("pos string", " ab", function (s) { s.pos = "1"; });
each("pos fraction", " ab", function (s) { s.pos = 0.5; });
each("pos -0", " ab", function (s) { s.pos = -0; });
each("pos NaN", " ab", function (s) { s.pos = NaN; });
each("pos negative", " ab", function (s) { s.pos = -1; });
each("pos past end", " ab", function (s) { s.pos = 7; });
each("pos huge", " ab", function (s) { s.pos = 2 ** 53; });
each("pos undefined", " ab", function (s) { s.pos = undefined; });
each("pos BigInt", " ab", function (s) { s.pos = 1n; });
each("pos object", " ab", function (s) { s.pos = { valueOf() { return 1; }, toString() { return "2"; } }; });
each("pos read-only", "  ab", function (s) { Object.defineProperty(s, "pos", { value: 0, writable: false }); });
each("pos accessor", "  ab", function (s) {
  var p = 0;
  Object.defineProperty(s, "pos", { get() { return p; }, set(v) { p = v + 0.25; }, configurable: true });
});
each("src getter", " \nab", function (s) {
  var n = 0;
  Object.defineProperty(s, "src", { get() { n++; return n > 3 ? [" ", "z"] : " \nab"; } });
});
each("frozen", "  ab", function (s) { Object.freeze(s); });
each("src changes type", "  ab", function (s) { s.ws(); s.src = ["q", " ", "r"]; s.pos = 1; });
each("inherited pos", " ab", function (s) { delete s.pos; Object.getPrototypeOf(s).pos = 1; });

// `this` a Proxy of a scanner, and a scanner with a Proxy as its src
run("proxy this", function () {
  var log = [];
  var p = new Proxy(new Scanner("  xy"), {
    get(t, k, r) { if (typeof k === "string") log.push("get " + k); return Reflect.get(t, k, r); },
    set(t, k, v, r) { log.push("set " + k + "=" + v); return Reflect.set(t, k, v, r); },
  });
  p.ws();
  return p.word() + " " + log.join(",");
});
run("proxy src", function () {
  var s = new Scanner(new Proxy([" ", "a"], { get(t, k) { return k === "length" ? 2 : t[k] === " " ? " " : "P" + String(k); } }));
  return s.ws() + s.kind();
});
// this.pos++ in strict code on a read-only or frozen property throws
function StrictScanner(src) { this.src = src; this.pos = 0; }
StrictScanner.prototype.skip = function () { "use strict"; this.pos++; this.pos++; return this.pos; };
StrictScanner.prototype.pre = function () { "use strict"; return ++this.pos + this.pos--; };
run("strict ok", function () { return new StrictScanner("ab").skip(); });
run("strict pre", function () { return new StrictScanner("ab").pre(); });
run("strict frozen", function () { return Object.freeze(new StrictScanner("ab")).skip(); });
run("strict read-only", function () {
  var s = new StrictScanner("ab"); Object.defineProperty(s, "pos", { value: 3, writable: false }); return s.skip();
});
run("strict string pos", function () { var s = new StrictScanner("ab"); s.pos = "7"; return s.skip() + typeof s.pos; });
run("strict prefix string", function () { var s = new StrictScanner("ab"); s.pos = "7"; return s.pre(); });
run("strict on a primitive", function () { return StrictScanner.prototype.skip.call("str"); });
run("sloppy on a primitive", function () { return Scanner.prototype.next.call("str"); });

// String.prototype index properties show only past a String's end
String.prototype[5] = "P5";
Object.defineProperty(String.prototype, "3", { get() { return "G3"; }, configurable: true });
run("proto indexes", function () {
  var s = new Scanner("abcd"), out = [];
  for (var i = 0; i < 7; i++) { s.pos = i; out.push(s.kind()); }
  return out.join(",");
});
delete String.prototype[5];
delete String.prototype[3];

// a global var holding a String when the function's code is made
var ALPHA = "ABCDEFGH";
function pick(n) { return ALPHA[n & 7] + ALPHA[n % 8] + ALPHA.length; }
function pickLiteral() { return ALPHA[0] + ALPHA[9]; }
run("global string", function () { var r = ""; for (var i = 0; i < 10; i++) r += pick(i) + pickLiteral(); return r; });
ALPHA = ["a", "b", "c", "d", "e", "f", "g", "h"];
run("global array", function () { return pick(3) + pickLiteral(); });
ALPHA = new String("stringobj");
run("global String object", function () { return pick(2) + pickLiteral(); });
ALPHA = new Uint16Array(8);
run("global typed", function () { return pick(2) + pickLiteral(); });
ALPHA = undefined;
run("global undefined", function () { return pick(1); });
// a global property made by assignment (configurable): replaced by a getter later
globalThis.BETA = "abcdefgh";
function pickBeta(n) { return BETA[n & 7] + BETA[n] + BETA.length; }
run("global property", function () { var r = ""; for (var i = 0; i < 10; i++) r += pickBeta(i); return r; });
Object.defineProperty(globalThis, "BETA", { get() { return ["x", "y"]; }, configurable: true });
run("global getter", function () { return pickBeta(1) + pickBeta(9); });
delete globalThis.BETA;
run("global deleted", function () { return pickBeta(1); });

// names given a String literal read their length testing for a String first; they may
// hold anything later
function lengths(xs) {
  var line = "", n = 0;
  for (var i = 0; i < xs.length; i++) {
    line += xs[i];
    if (line.length === 3) { n++; line = ""; }
    if (i === 4) line = [1, 2];
    if (i === 6) line = new String("ab");
    if (i === 8) line = { length: 2 };
    n += line.length;
  }
  return n + ":" + String(line);
}
run("literal lengths", function () { return lengths(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]); });
run("literal lengths numbers", function () { return lengths([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); });
// a String method of this.name: the receiver tested from this's own entry
function Codes(src) { this.src = src; this.i = 0; }
Codes.prototype.sum = function () {
  var n = 0;
  for (this.i = 0; this.i < 4; this.i++) n += this.src.charCodeAt(this.i) || 0;
  return n + "/" + this.src.charAt(1) + "/" + this.src.substring(1, 3);
};
run("codes string", function () { return new Codes("abcd").sum(); });
run("codes String object", function () { return new Codes(new String("wxyz")).sum(); });
run("codes number", function () { return new Codes(12345).sum(); });
run("codes array", function () { return new Codes(["a", "b"]).sum(); });
run("codes undefined", function () { return new Codes(undefined).sum(); });
run("codes getter", function () {
  var c = new Codes("abcd"), k = 0;
  Object.defineProperty(c, "src", { get() { return ++k % 2 ? "pq" : "rs"; } });
  return c.sum();
});
run("codes inherited", function () { var c = new Codes("x"); delete c.src; Codes.prototype.src = "inh"; return c.sum(); });
run("codes own method", function () {
  var s = new String("abcd"); s.charCodeAt = function (i) { return 100 + i; }; return new Codes(s).sum();
});
run("codes patched", function () {
  var saved = String.prototype.charCodeAt;
  String.prototype.charCodeAt = function (i) { return -i; };
  try { return new Codes("abcd").sum(); } finally { String.prototype.charCodeAt = saved; }
});

// names given an object literal, and globals holding a plain object when the code is
// made, read o[k] testing first for a String key of a plain object
const TABLE = { a: "A", b: "B", 0: "zero", length: 3 };
Object.defineProperty(TABLE, "g", { get() { return "getter:" + typeof this; }, enumerable: true });
Object.defineProperty(TABLE, "ro", { value: "readonly" });
Object.setPrototypeOf(TABLE, { inh: "inherited" });
const KEYS = ["a", "b", "0", 0, "g", "ro", "inh", "missing", "length", -0, 1.5, Symbol.iterator,
  { toString() { return "a"; } }, null, undefined, true];
function lookAll(t) {
  var out = [];
  for (var i = 0; i < KEYS.length; i++) out.push(String(t[KEYS[i]]).slice(0, 24));
  return out.join(",");
}
function lookGlobal() {
  var out = [];
  for (var i = 0; i < KEYS.length; i++) out.push(String(TABLE[KEYS[i]]).slice(0, 24));
  return out.join(",");
}
function local(keys) {
  var t = {}, out = [];
  for (var i = 0; i < keys.length; i++) t[keys[i]] = i;
  for (var j = 0; j < keys.length; j++) out.push(t[keys[j]]);
  t = [7, 8];
  out.push(t[keys[0]], t[1], t["1"], t.length);
  t = "str";
  out.push(t[keys[0]], t[1]);
  return out.join(",");
}
run("table global", lookGlobal);
run("table param", function () { return lookAll(TABLE); });
run("table param array", function () { return lookAll(["x", "y"]); });
run("table local", function () { return local(["p", "q", "0", "1", "p"]); });
run("table local numbers", function () { return local([0, 1, 2, 1.5, -0]); });
var order = [];
var TABLE2 = { k: 1 };
function evalOrder() {
  order.length = 0;
  var r = TABLE2[(order.push("key"), { toString() { order.push("toString"); return "k"; } })];
  return r + ":" + order.join(">");
}
run("table key order", evalOrder);
TABLE2 = new Proxy({ k: 2 }, { get(t, k) { order.push("trap " + String(k)); return t[k]; } });
run("table proxy", evalOrder);
TABLE2 = new Map([["k", 3]]);
run("table map", evalOrder);
TABLE2 = "k-string";
run("table string", evalOrder);
TABLE2 = null;
run("table null", evalOrder);
