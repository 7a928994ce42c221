// A loop indexing a variable it does not assign reads a String's code units on the
// Array path (the variable's hoisted local holds the String's chars); everything
// else about s[i] stays as before: out of range, fractions, NaN, -0, surrogates,
// other receivers in the same code, prototype properties past the end, stores.
function codes(s) { const r = []; for (let i = 0; i < s.length; i++) r.push(s[i] === undefined ? "u" : String(s[i]).charCodeAt(0)); return r.join(" "); }
function probe(s, keys) { const r = []; for (const k of keys) r.push(String(s[k])); return r.join(","); }
function steps(s) { let i = 0, n = 0; while (i < 12) { const c = s[i++]; if (c !== undefined) n += c.length; } return n; }
function back(s) { let out = ""; for (let i = s.length - 1; i >= -1; i--) out += s[i]; return out; }
function twice(s) { let out = ""; for (let i = 0; i < s.length; i++) out += s[i] + s[i + 1]; return out; }
function bits(s) { let n = 0; for (let i = 0; i < 8; i++) n += s[i & 3] === "1" ? 1 : 0; return n; }
function pushes(s) { try { for (let i = 0; i < 2; i++) s.push("x"); return "pushed " + s.length; } catch (e) { return e.constructor.name; } }
function stores(s) { let t = s; for (let i = 0; i < 2; i++) t[i] = "z"; return String(t[0]) + t.length; }
function strictStores(s) { "use strict"; try { for (let i = 0; i < 2; i++) s[i] = "z"; return "stored"; } catch (e) { return e.constructor.name; } }
function compound(s) { let t = s; for (let i = 0; i < 2; i++) t[i] += "!"; return String(t[0]); }
function lengths(s) { let n = 0; for (let i = 0; i < 3; i++) n += s.length; return n; }
function run(label, f, ...args) {
  let r;
  for (let i = 0; i < 30; i++) r = f(...args);
  console.log(label, JSON.stringify(r));
}
const inputs = ["hello", "", "a\ud83d\ude00b", "\ud800x\udc00", "\u00e9\u4e2d", [1, 2, 3], new Uint8Array([65, 66]), { 0: "o", 1: "p", length: 2 }, "0101"];
for (const s of inputs) {
  const tag = typeof s === "string" ? JSON.stringify(s) : Object.prototype.toString.call(s);
  run("codes " + tag, codes, s);
  run("probe " + tag, probe, s, [0, 1, -1, 1.5, NaN, -0, "1", 1e10, 4294967295, Infinity, "length"]);
  run("steps " + tag, steps, s);
  run("back " + tag, back, s);
  run("twice " + tag, twice, s);
  run("bits " + tag, bits, s);
  run("pushes " + tag, pushes, s);
  run("stores " + tag, stores, s);
  run("strict " + tag, strictStores, s);
  run("compound " + tag, compound, s);
  run("lengths " + tag, lengths, s);
}
// a property of String.prototype is found past a String's end, never before it
Object.defineProperty(String.prototype, "7", { get() { return "proto7:" + this.length; }, configurable: true });
String.prototype[1] = "never";
run("proto", probe, "abc", [0, 1, 2, 7, 8]);
run("proto long", probe, "abcdefghij", [1, 7]);
// the same function alternates Strings and Arrays
function mixed(xs) { let out = ""; for (const x of xs) { for (let i = 0; i < 3; i++) out += x[i]; out += "|"; } return out; }
run("mixed", mixed, ["ab", ["p", "q", "r"], "xyz", new Uint16Array([7, 8, 9]), "\ud83d\ude00"]);
