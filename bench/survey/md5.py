import math
S = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
     5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
     4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
     6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]
K = [int(abs(math.sin(i + 1)) * 4294967296) & 0xFFFFFFFF for i in range(64)]
M = 0xFFFFFFFF
def md5(s):
    n = len(s)
    total = (((n + 8) >> 6) + 1) * 16
    words = [0] * total
    for i in range(n):
        words[i >> 2] |= (ord(s[i]) & 255) << ((i % 4) * 8)
    words[n >> 2] |= 0x80 << ((n % 4) * 8)
    words[total - 2] = n * 8
    a0, b0, c0, d0 = 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476
    for blk in range(0, total, 16):
        a, b, c, d = a0, b0, c0, d0
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d); g = i
            elif i < 32:
                f = (d & b) | (~d & c); g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d; g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & M)); g = (7 * i) % 16
            tmp = d; d = c; c = b
            x = (a + f + K[i] + words[blk + g]) & M
            b = (b + (((x << S[i]) | (x >> (32 - S[i]))) & M)) & M
            a = tmp
        a0 = (a0 + a) & M; b0 = (b0 + b) & M; c0 = (c0 + c) & M; d0 = (d0 + d) & M
    out = ""
    for v in (a0, b0, c0, d0):
        for i in range(4):
            out += format((v >> (i * 8)) & 255, "02x")
    return out
check = 0
text = ""
for i in range(300):
    text += chr(97 + (i * 7) % 26)
    h = md5(text)
    check = (check * 31 + int(h[:8], 16)) % 1000000007
result = check if md5("The quick brown fox jumps over the lazy dog") == "9e107d9d372bb6826bd81d3542a419d6" else -1
