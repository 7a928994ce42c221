// for-of, spread and array patterns over Strings step code points themselves while
// String.prototype[Symbol.iterator] and %StringIteratorPrototype%.next are the originals;
// anything that could observe the iterator takes the protocol.
function chars(s) { const r = []; for (const c of s) r.push(c); return r; }
function first2(s) { const [a, b] = s; return [a, b]; }
function firstAndRest(s) { const [a, ...rest] = s; return [a, rest.length]; }
function run(label, f, s) {
  let r;
  for (let i = 0; i < 30; i++) r = f(s);
  console.log(label, JSON.stringify(r));
}
const samples = ["", "a", "abc", "a\u{1F600}b", "\uD83D", "\uDE00x", "\uD83D\uD83D\uDE00", "x\uDBFF\uDFFFy\uD800"];
for (const s of samples) {
  run("chars " + JSON.stringify(s), chars, s);
  run("pattern", first2, s);
  run("rest", firstAndRest, s);
  console.log("spread", [...s].length, Array.from(s).length);
}
let count = 0;
for (const c of "héllo wörld") if (c > "z") count++;
console.log("count", count);
// a break and a throw close the (unmade) iterator only when a return method can see it
const SIP = Object.getPrototypeOf(""[Symbol.iterator]());
const IP = Object.getPrototypeOf(SIP);
function breakEarly(s) { for (const c of s) { if (c === "b") break; } }
function throwEarly(s) { try { for (const c of s) { throw new Error(c); } } catch (e) { return e.message; } }
run("break", breakEarly, "abc");
let closed = [];
IP.return = function () { closed.push(typeof this.next); return {}; };
run("break with return", breakEarly, "abc");
run("throw with return", throwEarly, "xyz");
run("pattern with return", first2, "abc");
run("pattern to end", first2, "ab");
run("pattern past end", first2, "a");
console.log("closed", closed.length, closed[0]);
delete IP.return;
closed = [];
run("return deleted", first2, "abc");
console.log("closed", closed.length);
// next replaced, then restored
const next = SIP.next;
SIP.next = function () { const r = next.call(this); if (!r.done) r.value = r.value.toUpperCase(); return r; };
run("next replaced", chars, "abc");
run("next replaced pattern", first2, "abc");
SIP.next = next;
run("next restored", chars, "abc");
// String.prototype[Symbol.iterator] replaced, shadowed on a String object, deleted
const orig = String.prototype[Symbol.iterator];
String.prototype[Symbol.iterator] = function* () { yield "<" + this + ">"; };
run("iterator replaced", chars, "abc");
run("iterator replaced pattern", first2, "abc");
String.prototype[Symbol.iterator] = orig;
run("iterator restored", chars, "abc");
const boxed = new String("box");
boxed[Symbol.iterator] = function* () { yield "own"; };
run("String object own iterator", chars, boxed);
run("String object", chars, new String("a\u{1F600}"));
delete String.prototype[Symbol.iterator];
try { chars("abc"); } catch (e) { console.log("deleted", e.constructor.name); }
String.prototype[Symbol.iterator] = orig;
run("back", chars, "a\u{1F600}");
// a getter for next on the iterator prototype
Object.defineProperty(SIP, "next", { get() { closed.push("get next"); return next; }, configurable: true });
run("next getter", chars, "ab");
console.log("next reads", closed.length);
Object.defineProperty(SIP, "next", { value: next, writable: true, configurable: true });
run("next data again", chars, "ab");
