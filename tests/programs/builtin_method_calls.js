// Calls of String charAt/charCodeAt/indexOf/slice/substring and Map get/set/has, Set
// has/add are computed in place in generated code while the method is the realm's own
// built-in and the arguments are plain (codegen/builtin_calls.py); every other receiver,
// argument and method must behave exactly as the built-in or the replacement does.
"use strict";

function run(label, f) {
  const out = [];
  for (let i = 0; i < 4; i++) {           // several rounds: before and after tier-up
    try { out.push(String(f(i))); } catch (e) { out.push(e.constructor.name + ": " + e.message); }
  }
  console.log(label + ": " + out.join(" | "));
}

function show(v) {
  if (typeof v === "string") return JSON.stringify(v);
  if (Object.is(v, -0)) return "-0";
  return String(v);
}

const s = "hello, w\u00f6rld \ud83d\ude00!";
const positions = [0, 1, 1.5, 1.9999, -0, -1, -0.5, 13, 14, 15, 16, 100, NaN, Infinity, -Infinity,
  "2", "x", undefined, null, true, 2 ** 53, 2 ** 53 + 2, 2 ** 64, { valueOf() { return 3; } }];

run("charCodeAt", () => positions.map((p) => show(s.charCodeAt(p))).join(","));
run("charAt", () => positions.map((p) => show(s.charAt(p))).join(","));
run("charCodeAt no argument", () => s.charCodeAt() + " " + s.charAt());
run("charCodeAt extra arguments", () => s.charCodeAt(1, 2) + " " + s.charAt(2, 0));
run("charCodeAt counting loop", () => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  for (let i = s.length + 2; i >= -2; i--) h = (h * 31 + (s.charCodeAt(i) || 7)) | 0;
  for (let i = 0; i < s.length; i += 2) h += s.charAt(i).length + s.charAt(i + 1).length;
  return h;
});
run("substring", () => {
  const out = [];
  for (const a of positions) for (const b of [0, 2, 5.5, 13, 100, -3, NaN, undefined, Infinity, "4"])
    out.push(show(s.substring(a, b)));
  return out.join(",");
});
run("substring one argument", () => positions.map((p) => show(s.substring(p))).join(","));
run("slice", () => {
  const out = [];
  for (const a of positions) for (const b of [0, 2, 5.5, 13, 100, -3, NaN, undefined, Infinity, "4"])
    out.push(show(s.slice(a, b)));
  return out.join(",");
});
run("slice one argument", () => positions.map((p) => show(s.slice(p))).join(","));
run("indexOf", () => {
  const out = [];
  for (const t of ["l", "o", "", "w\u00f6", "\ude00", "zz", 1, undefined, null])
    for (const p of [undefined, 0, 3, 3.7, -2, 15, 16, 17, NaN, Infinity, "5"])
      out.push(p === undefined ? s.indexOf(t) : s.indexOf(t, p));
  return out.join(",") + " " + "a1b".indexOf(1) + " " + "xundefined".indexOf();
});
run("arrays are not strings", () => [1, 2, 3, 2].indexOf(2) + " " + [1, 2, 3].slice(1, 2) + " " +
  [1, 2, 3].indexOf(2, 2));
run("String objects", () => {
  const o = new String("abc");
  return o.charAt(1) + o.charCodeAt(2) + o.substring(1, 3) + o.slice(-2) + o.indexOf("c");
});
run("primitive receivers of other types", (i) => {
  const vs = [5, true, Symbol.iterator];
  return vs.map((v) => { try { return v.charAt(0); } catch (e) { return e.constructor.name; } }).join(",");
});
run("null receiver", (i) => { const v = i % 2 ? null : undefined; return v.charAt(0); });
run("receiver and arguments evaluated once", () => {
  let n = 0;
  const r = (n++, s).substring((n += 10, 1), (n += 100, 4)) + (n++, s).charCodeAt((n += 1000, 0));
  return r + " " + n;
});
run("argument replaces the method", (i) => {
  const orig = String.prototype.charAt;
  try {
    const a = s.charAt((String.prototype.charAt = function () { return "X"; }, 1));
    const b = s.charAt(1);
    return a + b;
  } finally { String.prototype.charAt = orig; }
});
run("replaced and restored", (i) => {
  const orig = String.prototype.substring;
  const out = [s.substring(0, 2)];
  String.prototype.substring = function (a, b) { return "sub(" + this + "," + a + "," + b + ")"; };
  out.push("ab".substring(0, 1));
  String.prototype.substring = orig;
  out.push("ab".substring(0, 1));
  return out.join(" ");
});
run("deleted, found on Object.prototype", (i) => {
  const orig = String.prototype.charCodeAt;
  delete String.prototype.charCodeAt;
  Object.prototype.charCodeAt = function (p) { return "obj" + p + typeof this; };
  try { return "abc".charCodeAt(1); } finally {
    delete Object.prototype.charCodeAt;
    String.prototype.charCodeAt = orig;
  }
});
run("getter on String.prototype", (i) => {
  const orig = Object.getOwnPropertyDescriptor(String.prototype, "indexOf");
  let reads = 0;
  Object.defineProperty(String.prototype, "indexOf", {
    get() { reads++; return function (t) { return "got " + t; }; }, configurable: true });
  try { return "abc".indexOf("b") + " " + reads; } finally {
    Object.defineProperty(String.prototype, "indexOf", orig);
  }
});
run("not callable", (i) => {
  const orig = String.prototype.slice;
  String.prototype.slice = 42;
  try { return "abc".slice(1); } finally { String.prototype.slice = orig; }
});
run("back to the built-ins", () => s.charAt(1) + s.charCodeAt(1) + s.substring(1, 3) + s.slice(1, 3) + s.indexOf("o"));

// Maps and Sets
const keys = ["a", "", 1, 0, -0, NaN, 1.5, true, false, 1n, null, undefined, Symbol.iterator, "1", "NaN"];
run("Map set/get/has", () => {
  const m = new Map();
  for (const k of keys) if (k !== "NaN") m.set(k, typeof k);
  const out = [];
  for (const k of keys) out.push(show(m.get(k)) + (m.has(k) ? "+" : "-"));
  out.push(m.size, [...m.keys()].map((k) => typeof k === "symbol" ? "sym" : show(k)).join("/"));
  return out.join(",");
});
run("Map -0 key is stored +0", () => {
  const m = new Map();
  m.set(-0, "z");
  m.set(0, "zz");
  const k = [...m.keys()][0];
  return Object.is(k, -0) + " " + Object.is(k, 0) + " " + m.get(-0) + " " + m.size;
});
run("Map set returns the map", () => {
  const m = new Map();
  return (m.set("a", 1).set("b", 2) === m) + " " + m.size + " " + m.get("b");
});
run("Map object keys", () => {
  const a = {}, b = [], m = new Map([[a, 1]]);
  m.set(b, 2);
  return m.get(a) + " " + m.get(b) + " " + m.get({}) + " " + m.has(b);
});
run("Map update counts", () => {
  const m = new Map();
  for (let i = 0; i < 50; i++) { const k = "k" + (i % 7); m.set(k, (m.get(k) || 0) + 1); }
  for (let i = 0; i < 50; i++) { const k = i % 5; m.set(k, (m.get(k) || 0) + i); }
  return [...m].join(";");
});
run("Map subclass", () => {
  class M extends Map { get(k) { return "sub " + super.get(k); } }
  class N extends Map {}
  const m = new M([[1, "one"]]), n = new N([[1, "uno"]]);
  return m.get(1) + " " + m.has(1) + " " + n.get(1) + " " + n.set(2, "dos").get(2);
});
run("Map own get", () => {
  const m = new Map([["a", 1]]);
  m.get = function (k) { return "own " + k; };
  return m.get("a") + " " + m.has("a");
});
run("Map.prototype.get replaced", (i) => {
  const orig = Map.prototype.get;
  const m = new Map([["a", 1]]);
  Map.prototype.get = function (k) { return "replaced " + k; };
  try { return m.get("a"); } finally { Map.prototype.get = orig; }
});
run("Map methods on other objects", () => {
  const fake = Object.create(Map.prototype);
  const out = [];
  for (const f of [() => fake.get(1), () => fake.set(1, 2), () => fake.has(1), () => new Set([1]).get])
    try { out.push(String(f())); } catch (e) { out.push(e.constructor.name); }
  return out.join(",");
});
run("get/has/set/add on plain objects", () => {
  const o = { get(k) { return k + 1; }, has(k) { return "has " + k; }, set(k, v) { return [k, v]; },
    add(k) { return "add " + k; } };
  return o.get(1) + " " + o.has(2) + " " + o.set(3, 4) + " " + o.add(5);
});
run("argument evaluation order", () => {
  const m = new Map(), log = [];
  m.set((log.push("k"), "x"), (log.push("v"), 1));
  const orig = Map.prototype.set;
  m.set((Map.prototype.set = function () { return "r"; }, "y"), 2);
  const after = m.set("z", 3);
  Map.prototype.set = orig;
  return log.join("") + " " + m.get("y") + " " + after + " " + m.has("z");
});
run("Set add/has", () => {
  const st = new Set();
  for (const k of keys) st.add(k);
  st.add(-0).add("a");
  const out = keys.map((k) => st.has(k) ? "+" : "-");
  const first0 = [...st].find((k) => k === 0);
  return out.join("") + " " + st.size + " " + Object.is(first0, -0) + " " + (st.add(7) === st);
});
run("Set add -0 first", () => {
  const st = new Set();
  st.add(-0);
  return Object.is([...st][0], -0) + " " + st.has(0);
});
run("Set subclass and replaced has", (i) => {
  class S extends Set { has(k) { return "sub " + super.has(k); } }
  const st = new S([1]);
  const orig = Set.prototype.has;
  const plain = new Set([2]);
  Set.prototype.has = function (k) { return "replaced"; };
  try { return st.has(1) + " " + plain.has(2); } finally { Set.prototype.has = orig; }
});
run("has on a Map and a Set from one site", () => {
  const out = [];
  for (const c of [new Map([[1, 2]]), new Set([1]), { has() { return "obj"; } }, new Map()])
    out.push(c.has(1));
  return out.join(",");
});

// String.fromCharCode: an own method of the String constructor
const codes = [65, 65.7, 0, -0, -1, -65.5, 65536 + 66, 2 ** 32 + 67, 0xd83d, 0xde00, NaN, Infinity, "68", undefined, null,
  { valueOf() { return 69; } }];
run("fromCharCode", () => codes.map((c) => show(String.fromCharCode(c))).join(","));
run("fromCharCode other counts", () => show(String.fromCharCode()) + show(String.fromCharCode(72, 105)) +
  show(String.fromCharCode(0xd83d, 0xde00)).length);
run("fromCharCode elsewhere", () => {
  class S extends String {}
  const holder = { f: String.fromCharCode };
  function F() {}
  F.fromCharCode = String.fromCharCode;
  return S.fromCharCode(70) + holder.f(71) + F.fromCharCode(72);
});
run("fromCharCode replaced", (i) => {
  const orig = String.fromCharCode;
  const a = String.fromCharCode((String.fromCharCode = (c) => "r" + c, 75));
  const b = String.fromCharCode(76);
  String.fromCharCode = orig;
  return a + b + String.fromCharCode(77);
});
