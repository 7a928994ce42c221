// string building
var parts = [];
var s = "";
for (var i = 0; i < 200000; i++) {
  s += String.fromCharCode(97 + i % 26);
  if (i % 100 === 99) { parts.push(s.toUpperCase()); s = ""; }
}
var joined = parts.join("|");
result = joined.length + joined.indexOf("XYZ");
