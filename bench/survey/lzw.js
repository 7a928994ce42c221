// LZW compression and decompression with a Map dictionary
function compress(s) {
  var dict = new Map(), next = 256, w = "", out = [];
  for (var i = 0; i < 256; i++) dict.set(String.fromCharCode(i), i);
  for (var i = 0; i < s.length; i++) {
    var c = s[i], wc = w + c;
    if (dict.has(wc)) w = wc;
    else { out.push(dict.get(w)); dict.set(wc, next++); w = c; }
  }
  if (w !== "") out.push(dict.get(w));
  return out;
}
function decompress(codes) {
  var dict = [], next = 256;
  for (var i = 0; i < 256; i++) dict[i] = String.fromCharCode(i);
  var w = dict[codes[0]], out = [w];
  for (var i = 1; i < codes.length; i++) {
    var k = codes[i];
    var entry = k < next ? dict[k] : w + w[0];
    out.push(entry);
    dict[next++] = w + entry[0];
    w = entry;
  }
  return out.join("");
}
var words = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "cat"];
var parts = [];
for (var i = 0; i < 60000; i++) parts.push(words[(i * i + 3 * i) % 10]);
var text = parts.join(" ");
var codes = compress(text);
result = codes.length * 10 + (decompress(codes) === text ? 1 : 0);
