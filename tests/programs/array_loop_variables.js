// loops that index a variable they never assign: Arrays and everything else
function total(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s += a[i];
  return s;
}
function copyInto(dst, src) {
  var i = 0;
  while (i < src.length) { dst[i] = src[i]; i++; }
  return dst;
}
function reverseInPlace(a) {
  var i = 0, j = a.length - 1;
  do { var t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } while (i < j);
  return a;
}
function show(label, v) { console.log(label, typeof v === "string" ? v : JSON.stringify(v)); }

show("array", total([1, 2, 3, 4]));
show("holes", total([1, , 3]));
show("string", total("1234"));
show("typed", total(new Float64Array([0.5, 1.5, 2])));
show("object", total({ length: 3, 0: 10, 1: 20, 2: 30 }));
show("arguments", (function () { return total(arguments); })(5, 6, 7));
show("getter", total(Object.defineProperty([1, 2, 3], 1, { get: function () { return 100; } })));
show("number", total(5));
try { total(null); } catch (e) { show("null", e instanceof TypeError); }
show("copy", copyInto([], [1, 2, 3]));
show("copy to object", copyInto({}, [1, 2, 3]));
show("copy to string", copyInto("xyz", [1, 2, 3]));
show("copy from string", copyInto([], "abc"));
show("reverse", reverseInPlace([1, 2, 3, 4, 5]));
show("reverse holes", reverseInPlace([1, , 3, , 5, 6]));
show("reverse object", reverseInPlace({ length: 3, 0: "a", 1: "b", 2: "c" }));

// the loop changes the Array's shape, not the variable
function mutate(a) {
  for (var i = 0; i < 6; i++) {
    if (i === 2) a[100000] = "far";             // sparse from here on
    if (i === 4) a.length = 3;                  // back to a short array
    a[i] = i * 10;
  }
  return [a.length, a[0], a[3], a[5], a[100000]];
}
show("mutate", mutate([1, 2, 3]));
function frozenStores(a) {
  "use strict";
  try {
    for (var i = 0; i < 3; i++) { a[i] = i; if (i === 0) Object.freeze(a); }
  } catch (e) { return [e instanceof TypeError, a.join()]; }
  return "no error";
}
show("freeze midway", frozenStores([9, 9, 9]));
function protoMidway(a) {
  var out = [];
  for (var i = 0; i < 4; i++) {
    if (i === 1) Object.setPrototypeOf(a, { 2: "from proto" });
    out.push(a[i]);
  }
  return out;
}
show("proto midway", protoMidway([0, , , 3]));

// variables that the loop or something else may assign: no hoisting
function reassigned(a) {
  var s = [];
  for (var i = 0; i < 3; i++) { s.push(a[0]); a = i === 0 ? "str" : [i]; }
  return s;
}
show("reassigned", reassigned([7]));
function captured(a) {
  var s = [];
  function swap() { a = { 0: "object" }; }
  for (var i = 0; i < 2; i++) { s.push(a[0]); swap(); }
  return s;
}
show("captured", captured(["array"]));
function aliased(a) {
  var s = [];
  for (var i = 0; i < 2; i++) { s.push(a[0]); arguments[0] = "via arguments"; }
  return s;
}
show("arguments alias", aliased(["array"]));
function destructured(a) {
  var s = [];
  for (var i = 0; i < 2; i++) { s.push(a.length); [a] = [[1, 2, 3]]; }
  return s;
}
show("destructured", destructured("ab"));
function lexical() {
  var s = [];
  let a = [1, 2];
  for (let i = 0; i < 2; i++) { let a = "shadow"; s.push(a[i]); }
  for (let i = 0; i < 2; i++) s.push(a[i]);
  {
    for (let i = 0; i < 2; i++) { try { s.push(b[i]); } catch (e) { s.push(e.name); } }
    let b = [5, 6];
    for (let i = 0; i < 2; i++) s.push(b[i]);
  }
  return s;
}
show("lexical", lexical());
function* walk(a) {
  for (var i = 0; i < a.length; i++) yield a[i];
}
var g = walk([1, 2, 3]);
show("generator", [g.next().value, g.next().value, g.next().value, g.next().done]);
function labelled(rows) {
  var n = 0;
  outer: for (var r = 0; r < rows.length; r++) {
    var row = rows[r];
    for (var c = 0; c < row.length; c++) {
      if (row[c] < 0) continue outer;
      if (row[c] > 100) break outer;
      n += row[c];
    }
  }
  return n;
}
show("labelled", labelled([[1, 2], [3, -1, 50], [4], [200, 7], [8]]));
