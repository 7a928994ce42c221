// CRC-32 table and FNV-1a hash: uint32 bit ops (>>> 0, ^, Math.imul)
var TABLE = [];
for (var n = 0; n < 256; n++) {
  var c = n;
  for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  TABLE.push(c >>> 0);
}
function crc32(bytes) {
  var crc = 0xFFFFFFFF;
  for (var i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8);
  return (crc ^ 0xFFFFFFFF) >>> 0;
}
function fnv1a(bytes) {
  var h = 0x811c9dc5;
  for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 16777619) >>> 0; }
  return h;
}
var data = [];
for (var i = 0; i < 20000; i++) data.push((i * 31 + (i >> 3)) & 255);
var acc = 0;
for (var r = 0; r < 10; r++) { data[r] = r; acc = (acc + crc32(data) + fnv1a(data)) % 1000000007; }
result = acc;
