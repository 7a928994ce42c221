// base64 encode/decode with charCodeAt / fromCharCode and bit ops
var ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var DECODE = [];
for (var i = 0; i < 128; i++) DECODE.push(-1);
for (var i = 0; i < 64; i++) DECODE[ALPHA.charCodeAt(i)] = i;
function encode(s) {
  var out = [], n = s.length, i = 0;
  for (; i + 2 < n; i += 3) {
    var v = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);
    out.push(ALPHA[(v >> 18) & 63] + ALPHA[(v >> 12) & 63] + ALPHA[(v >> 6) & 63] + ALPHA[v & 63]);
  }
  if (n - i === 1) {
    var v = s.charCodeAt(i) << 16;
    out.push(ALPHA[(v >> 18) & 63] + ALPHA[(v >> 12) & 63] + "==");
  } else if (n - i === 2) {
    var v = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8);
    out.push(ALPHA[(v >> 18) & 63] + ALPHA[(v >> 12) & 63] + ALPHA[(v >> 6) & 63] + "=");
  }
  return out.join("");
}
function decode(s) {
  var out = "", buf = 0, bits = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c === 61) break;
    buf = (buf << 6) | DECODE[c];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buf >> bits) & 255);
      buf &= (1 << bits) - 1;
    }
  }
  return out;
}
var text = "";
for (var i = 0; i < 6000; i++) text += String.fromCharCode(32 + (i * 37) % 90);
var total = 0;
for (var r = 0; r < 10; r++) {
  var e = encode(text.slice(r));
  var d = decode(e);
  total += e.length + (d === text.slice(r) ? 1 : 0);
}
result = total;
