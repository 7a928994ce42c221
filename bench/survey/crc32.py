TABLE = []
for n in range(256):
    c = n
    for k in range(8):
        c = 0xEDB88320 ^ (c >> 1) if c & 1 else c >> 1
    TABLE.append(c)
def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc = TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
def fnv1a(data):
    h = 0x811c9dc5
    for b in data:
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h
data = [(i * 31 + (i >> 3)) & 255 for i in range(20000)]
acc = 0
for r in range(10):
    data[r] = r
    acc = (acc + crc32(data) + fnv1a(data)) % 1000000007
result = acc
