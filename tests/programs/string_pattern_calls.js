// s.replace / split / match / search / toLowerCase / toUpperCase in hot functions: a String
// receiver whose method is the running realm's built-in calls it directly; any other
// receiver, or a method replaced, shadowed or made a getter, takes the general call, and
// the method is always read before the arguments are evaluated.
const log = (...a) => console.log(...a.map(v => typeof v === "string" ? JSON.stringify(v) : String(v)));
function work(s) {
  return [s.toLowerCase().replace(/[^a-z ]/g, ""), s.split(" ").length, s.split(/\s+/, 2), s.match(/\d+/),
          s.search(/[A-Z]/), s.toUpperCase(), s.replace("a", "$&$&")];
}
const inputs = ["Hello World 42", new String("Boxed a 7"), "", "a"];
for (let r = 0; r < 4; r++) for (const s of inputs) log(...work(s));
// receivers that are not String primitives
const fake = { replace: (a, b) => "fake replace " + a + b, split: () => "fake split", match: () => "fake match",
  search: () => -2, toLowerCase: () => "fake lower", toUpperCase: () => "fake upper" };
for (let r = 0; r < 3; r++) {
  log(...work(fake));
  try { work(42); } catch (e) { log(e.constructor.name, e.message.includes("split") || e.message.includes("replace") || e.message.includes("toLowerCase")); }
  try { work(null); } catch (e) { log(e.constructor.name); }
}
// the built-ins replaced, restored, made getters; the order of lookup and argument evaluation
const saved = {};
for (const name of ["replace", "split", "match", "search", "toLowerCase", "toUpperCase"]) {
  saved[name] = String.prototype[name];
  String.prototype[name] = function (...args) { return name + "(" + typeof this + "," + args.length + ")"; };
  log(...work("Mixed Case 9"));
  String.prototype[name] = saved[name];
  log(...work("Mixed Case 9"));
  Object.defineProperty(String.prototype, name, { get() { log("get", name); return saved[name]; }, configurable: true });
  log(...work("Getter 5"));
  Object.defineProperty(String.prototype, name, { value: saved[name], writable: true, configurable: true });
}
function order(s) {
  return s.replace((log("first arg"), /o/g), (log("second arg"), "0"));
}
for (let r = 0; r < 3; r++) log(order("foo"));
Object.defineProperty(String.prototype, "replace", { get() { log("lookup"); return saved.replace; }, configurable: true });
log(order("foo"));
Object.defineProperty(String.prototype, "replace", { value: saved.replace, writable: true, configurable: true });
// Symbol.replace / split objects as patterns, non-string arguments
const pat = { [Symbol.replace]: (s, r) => `<${s}|${r}>`, [Symbol.split]: (s, lim) => [s, lim] };
for (let r = 0; r < 3; r++) log("abc".replace(pat, 1), "abc".split(pat, 3), "a1b1".split(1), "x".replace(undefined, "y"), "undefined".replace(undefined, "u"));
