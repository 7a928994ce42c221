// MD5 of generated strings: 32-bit additions and rotations, charCodeAt, hex formatting
const S = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
  5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
  4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
  6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21];
const K = [];
for (let i = 0; i < 64; i++) K.push(Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0);
function md5(str) {
  const n = str.length, words = [];
  const total = (((n + 8) >> 6) + 1) * 16;
  for (let i = 0; i < total; i++) words.push(0);
  for (let i = 0; i < n; i++) words[i >> 2] |= (str.charCodeAt(i) & 255) << ((i % 4) * 8);
  words[n >> 2] |= 0x80 << ((n % 4) * 8);
  words[total - 2] = n * 8;
  let a0 = 0x67452301, b0 = 0xefcdab89 | 0, c0 = 0x98badcfe | 0, d0 = 0x10325476;
  for (let blk = 0; blk < total; blk += 16) {
    let a = a0, b = b0, c = c0, d = d0;
    for (let i = 0; i < 64; i++) {
      let f, g;
      if (i < 16) { f = (b & c) | (~b & d); g = i; }
      else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
      else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
      else { f = c ^ (b | ~d); g = (7 * i) % 16; }
      const tmp = d; d = c; c = b;
      const x = (a + f + K[i] + words[blk + g]) | 0;
      b = (b + ((x << S[i]) | (x >>> (32 - S[i])))) | 0;
      a = tmp;
    }
    a0 = (a0 + a) | 0; b0 = (b0 + b) | 0; c0 = (c0 + c) | 0; d0 = (d0 + d) | 0;
  }
  let hex = "";
  for (const v of [a0, b0, c0, d0])
    for (let i = 0; i < 4; i++) hex += ((v >>> (i * 8)) & 255).toString(16).padStart(2, "0");
  return hex;
}
let check = 0, text = "";
for (let i = 0; i < 300; i++) {
  text += String.fromCharCode(97 + (i * 7) % 26);
  const h = md5(text);
  check = (check * 31 + parseInt(h.slice(0, 8), 16)) % 1000000007;
}
result = md5("The quick brown fox jumps over the lazy dog") === "9e107d9d372bb6826bd81d3542a419d6" ? check : -1;
