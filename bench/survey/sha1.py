# SHA-1 on 32-bit signed words, as the JS version (rotates, adds mod 2^32)
def i32(v):
    v &= 0xFFFFFFFF
    return v - 0x100000000 if v >= 0x80000000 else v
def rol(num, cnt):
    return i32((num << cnt) | ((num & 0xFFFFFFFF) >> (32 - cnt)))
def safe_add(x, y):
    lsw = (x & 0xFFFF) + (y & 0xFFFF)
    msw = (x >> 16) + (y >> 16) + (lsw >> 16)
    return i32((msw << 16) | (lsw & 0xFFFF))
def ft(t, b, c, d):
    if t < 20: return (b & c) | (~b & d)
    if t < 40: return b ^ c ^ d
    if t < 60: return (b & c) | (b & d) | (c & d)
    return b ^ c ^ d
def kt(t):
    return 1518500249 if t < 20 else 1859775393 if t < 40 else -1894007588 if t < 60 else -899497514
def str_to_words(s):
    words = []
    for i in range(0, len(s) * 8, 8):
        k = i >> 5
        while len(words) <= k: words.append(0)
        words[k] = i32(words[k] | ((ord(s[i // 8]) & 255) << (24 - i % 32)))
    return words
def core_sha1(x, length):
    k = length >> 5
    while len(x) <= k: x.append(0)
    x[k] = i32(x[k] | (0x80 << (24 - length % 32)))
    last = ((length + 64 >> 9) << 4) + 15
    while len(x) <= last: x.append(0)
    x[last] = length
    w = [0] * 80
    a, b, c, d, e = 1732584193, -271733879, -1732584194, 271733878, -1009589776
    for i in range(0, len(x), 16):
        olda, oldb, oldc, oldd, olde = a, b, c, d, e
        for j in range(80):
            if j < 16: w[j] = x[i + j]
            else: w[j] = rol(w[j - 3] ^ w[j - 8] ^ w[j - 14] ^ w[j - 16], 1)
            t = safe_add(safe_add(rol(a, 5), ft(j, b, c, d)), safe_add(safe_add(e, w[j]), kt(j)))
            e = d; d = c; c = rol(b, 30); b = a; a = t
        a = safe_add(a, olda); b = safe_add(b, oldb); c = safe_add(c, oldc); d = safe_add(d, oldd); e = safe_add(e, olde)
    return [a, b, c, d, e]
def hexs(words):
    digits = "0123456789abcdef"
    s = ""
    for i in range(len(words) * 4):
        byte = words[i >> 2] >> ((3 - i % 4) * 8)
        s += digits[(byte >> 4) & 0xF] + digits[byte & 0xF]
    return s
def sha1(s):
    return hexs(core_sha1(str_to_words(s), len(s) * 8))
text = ""
for i in range(300): text += "The quick brown fox " + str(i) + " jumps over the lazy dog. "
out = ""
for r in range(4): out = sha1(text + str(r) + out)
result = out
