// a variable used as a key by several statements in a row (up[l] + row[l] + down[l]):
// its value as an index is computed once for them, and again after any statement assigns it
function show(label, v) { console.log(label, typeof v === "string" ? v : JSON.stringify(v)); }

function neighbours(g, y, x, w) {
  var l = (x + w - 1) % w, r = (x + 1) % w;
  var c = g[y][l] + g[y][r];
  var d = g[y + 1][l] + g[y + 1][r] + g[y][l + 1];
  return c * 100 + d;
}
var grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
show("neighbours", [neighbours(grid, 0, 0, 4), neighbours(grid, 1, 3, 4), neighbours(grid, 0, 2, 4)]);
show("fraction", neighbours(grid, 0, 0.5, 4));
show("string width", neighbours([["a", "b", "c"], ["d", "e", "f"]], 0, 1, "3"));

function written(a, k) {
  var out = [];
  out.push(a[k], a[k + 1]);
  k = k + 1;
  out.push(a[k], a[k - 1]);
  if (out.length > 3) k = "x";
  out.push(a[k], a[k]);
  { var k; k = 1.5; }
  out.push(a[k], a[k]);
  for (k in { 2: 0 }) out.push(a[k]);
  out.push(a[k], a[k + 1]);
  return out;
}
var arr = [10, 11, 12, 13, 14]; arr.x = "ex"; arr["1.5"] = "one.5"; arr["21"] = "twenty-one";
show("written", written(arr, 0));
show("written -0", written(arr, -0));
show("written NaN", written(arr, NaN));
show("written string", written(arr, "1"));
show("written object", written(arr, { valueOf: function () { return 1; }, toString: function () { return "2"; } }));

function nestedWrite(a, k) {
  var out = [a[k], a[k]];
  (function () { out.push("inner"); })();
  out.push(a[k], a[k]);
  function bump() { k++; }
  bump();
  out.push(a[k], a[k]);
  return out;
}
show("captured", nestedWrite([0, 1, 2, 3], 1));

function aliased(a, k) {
  var out = [a[k], a[k]];
  arguments[1] = 3;
  out.push(a[k], a[k]);
  return out;
}
show("arguments alias", aliased([0, 1, 2, 3], 1));
function aliasedStrict(a, k) {
  "use strict";
  var out = [a[k], a[k]];
  arguments[1] = 3;
  out.push(a[k], a[k]);
  return out;
}
show("arguments strict", aliasedStrict([0, 1, 2, 3], 1));
function evaluated(a, k) {
  var out = [a[k], a[k]];
  eval("k = 2");
  out.push(a[k], a[k]);
  return out;
}
show("eval", evaluated([0, 1, 2, 3], 1));
function withScope(a, k) {
  var out = [a[k], a[k]];
  with ({ k: 3 }) out.push(a[k]);
  out.push(a[k], a[k]);
  return out;
}
show("with", withScope([0, 1, 2, 3], 1));

function switched(a, k, c) {
  var out = [];
  switch (c) {
    case 0: out.push(a[k], a[k]);
    case 1: out.push(a[k], a[k + 1]); k = 0;
    case 2: out.push(a[k], a[k]); break;
    default: out.push(a[k - 1], a[k - 1]);
  }
  return out;
}
show("switch", [0, 1, 2, 3].map(function (c) { return switched([5, 6, 7, 8], 2, c); }));

function caught(a, k) {
  var out = [a[k], a[k]];
  try { out.push(a[k], a[k]); throw 3; } catch (k) { out.push(a[k], a[k]); }
  out.push(a[k], a[k]);
  try { k = 2; throw 0; } catch (e) { out.push(a[k], a[k]); }
  return out;
}
show("catch", caught([0, 1, 2, 3], 1));

function looped(rows, w) {
  var total = 0;
  for (var y = 0; y < rows.length; y++) {
    var row = rows[y], l = (y + w - 1) % w;
    if (l === 1) continue;
    total += row[l] * 10 + row[l] + (row[l + 1] || 0);
    l = 0;
    total += row[l] + row[l];
  }
  return total;
}
show("looped", looped([[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 1, 1]], 3));

// the element changes between the uses: each read sees it
function changing(a, k) {
  var out = [a[k], (a[k] = "new", a[k])];
  delete a[k];
  out.push(a[k], a[k]);
  Array.prototype[2] = "proto";
  out.push(a[k], a[k]);
  delete Array.prototype[2];
  Object.defineProperty(a, k, { get: function () { return "getter"; }, configurable: true });
  out.push(a[k], a[k], a.length);
  a.length = 0;
  out.push(a[k], a[k]);
  return out;
}
show("changing", changing([0, 1, 2, 3], 2));
function typedAndStrings(t, s, k) {
  var out = [t[k], t[k + 1], s[k], s[k - 1]];
  t[k] = 300; t[k + 1] = -1.5;
  out.push(t[k], t[k + 1], t[k + 9], s[k + 9]);
  return out;
}
show("typed", typedAndStrings(new Uint8Array(4), "abcd", 1));
show("typed clamped", typedAndStrings(new Uint8ClampedArray(4), "abcd", 2));
show("typed float", typedAndStrings(new Float32Array(4), "abcd", 3));
var traps = [];
var proxy = new Proxy([0, 1, 2], { get: function (t, k) { traps.push(String(k)); return t[k]; } });
show("proxy", [neighbours([proxy, proxy], 0, 1, 3), traps]);

// a String key used twice: plain objects keep their own properties' fast paths
function tally(words, into) {
  for (var i = 0; i < words.length; i++) {
    var w = words[i];
    into[w] = (into[w] || 0) + 1;
  }
  return into;
}
show("tally", tally(["a", "b", "a", "length", "c", "a"], {}));
show("tally array", (function () { var t = tally(["x", "0", "1", "x"], []); return [t.length, t.x, t[0], t[1]]; })());
var watched = [];
var proto = { set b(v) { watched.push("set b " + v); }, get b() { return 5; } };
show("tally proto setter", [tally(["a", "b", "b"], Object.create(proto)), watched]);
var fixed = Object.defineProperty({}, "a", { value: 1, writable: false, enumerable: true });
show("tally read-only", tally(["a", "a", "z"], fixed));
show("tally frozen", tally(["a", "q"], Object.freeze({ a: 7 })));
try { (function () { "use strict"; tally.call(null, ["a"], Object.freeze({ a: 1 })); })(); show("tally sloppy callee", true); } catch (e) { show("tally strict", e.name); }
var sym = Symbol("s");
show("tally symbol", (function () { var o = {}; o[sym] = 1; var k = sym; o[k] = (o[k] || 0) + 1; return o[sym]; })());
