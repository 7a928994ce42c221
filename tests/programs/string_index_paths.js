// s[i] on Strings, and literal indexes a[0]: the inline paths and every case they must leave to the general read
function codeUnits(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s[i]);       // a counting loop's index
  return out.join("|");
}
function at(s, k) { return s[k]; }                         // any key
function pairs(s) {
  var out = "", j = 0;
  while (j < s.length) { out += s[j] + s[j + 1]; j += 2; }  // a Number index that is not a loop's
  return out;
}
function firstLast(x) { return [x[0], x[1], x[5]]; }        // literal indexes
function mixed(v) {
  var r = [];
  for (var i = 0; i < 3; i++) r.push(String(v[i]));       // one variable, an Array or a String
  return r.join(",");
}
for (var rep = 0; rep < 3; rep++) {
  console.log(codeUnits("h\u00e9llo\ud83d\ude00!"));
  console.log(pairs("abcdefg"));
  var keys = [-1, 0, 1, 1.5, 2, 3, 100, NaN, -0, Infinity, "1", "x", "length", undefined, null];
  console.log(JSON.stringify(keys.map(function (k) { return at("abc", k); })));
  console.log(JSON.stringify(firstLast("ab")), JSON.stringify(firstLast([7, , 9])),
              JSON.stringify(firstLast(new Uint8Array([5, 6]))), JSON.stringify(firstLast({ 0: "o", 5: "five" })));
  console.log(mixed("xyz"), mixed([1, 2]), mixed(new String("pq")), mixed(new Int16Array([-1, 2, 3])));
}
// inherited indexes a String has not: String.prototype and Object.prototype entries
String.prototype[3] = "from String.prototype";
Object.prototype[4] = "from Object.prototype";
console.log(at("ab", 3), at("ab", 4), at("abcd", 3), firstLast("abcdef")[2], firstLast("ab")[2]);
delete String.prototype[3];
delete Object.prototype[4];
Object.defineProperty(String.prototype, "2", { get: function () { return "getter " + typeof this; }, configurable: true });
console.log(at("ab", 2), at("abc", 2));
delete String.prototype[2];
console.log(at("ab", 2));
try { at(undefined, 0); } catch (e) { console.log(e instanceof TypeError); }
try { firstLast(null); } catch (e) { console.log(e instanceof TypeError); }
