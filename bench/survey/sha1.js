// SHA-1 (SunSpider crypto-sha1 style): 32-bit words in an array, rotates, adds mod 2^32, hex output
function rol(num, cnt) { return (num << cnt) | (num >>> (32 - cnt)); }
function safeAdd(x, y) {
  const lsw = (x & 0xFFFF) + (y & 0xFFFF);
  const msw = (x >> 16) + (y >> 16) + (lsw >> 16);
  return (msw << 16) | (lsw & 0xFFFF);
}
function ft(t, b, c, d) {
  if (t < 20) return (b & c) | (~b & d);
  if (t < 40) return b ^ c ^ d;
  if (t < 60) return (b & c) | (b & d) | (c & d);
  return b ^ c ^ d;
}
function kt(t) { return t < 20 ? 1518500249 : t < 40 ? 1859775393 : t < 60 ? -1894007588 : -899497514; }
function strToWords(str) {
  const words = [];
  for (let i = 0; i < str.length * 8; i += 8) words[i >> 5] = (words[i >> 5] | 0) | ((str.charCodeAt(i / 8) & 255) << (24 - i % 32));
  return words;
}
function coreSha1(x, len) {
  x[len >> 5] = (x[len >> 5] | 0) | (0x80 << (24 - len % 32));
  const last = ((len + 64 >> 9) << 4) + 15;
  for (let i = x.length; i <= last; i++) x[i] = 0;
  x[last] = len;
  const w = new Array(80).fill(0);
  let a = 1732584193, b = -271733879, c = -1732584194, d = 271733878, e = -1009589776;
  for (let i = 0; i < x.length; i += 16) {
    const olda = a, oldb = b, oldc = c, oldd = d, olde = e;
    for (let j = 0; j < 80; j++) {
      if (j < 16) w[j] = x[i + j];
      else w[j] = rol(w[j - 3] ^ w[j - 8] ^ w[j - 14] ^ w[j - 16], 1);
      const t = safeAdd(safeAdd(rol(a, 5), ft(j, b, c, d)), safeAdd(safeAdd(e, w[j]), kt(j)));
      e = d; d = c; c = rol(b, 30); b = a; a = t;
    }
    a = safeAdd(a, olda); b = safeAdd(b, oldb); c = safeAdd(c, oldc); d = safeAdd(d, oldd); e = safeAdd(e, olde);
  }
  return [a, b, c, d, e];
}
function hex(words) {
  const digits = "0123456789abcdef";
  let s = "";
  for (let i = 0; i < words.length * 4; i++) {
    const byte = words[i >> 2] >> ((3 - i % 4) * 8);
    s += digits.charAt((byte >> 4) & 0xF) + digits.charAt(byte & 0xF);
  }
  return s;
}
function sha1(str) { return hex(coreSha1(strToWords(str), str.length * 8)); }
let text = "";
for (let i = 0; i < 300; i++) text += "The quick brown fox " + i + " jumps over the lazy dog. ";
let out = "";
for (let r = 0; r < 4; r++) out = sha1(text + r + out);
result = out;
