ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
DECODE = [-1] * 128
for i in range(64):
    DECODE[ord(ALPHA[i])] = i
def encode(s):
    out = []
    n = len(s)
    i = 0
    while i + 2 < n:
        v = (ord(s[i]) << 16) | (ord(s[i + 1]) << 8) | ord(s[i + 2])
        out.append(ALPHA[(v >> 18) & 63] + ALPHA[(v >> 12) & 63] + ALPHA[(v >> 6) & 63] + ALPHA[v & 63])
        i += 3
    if n - i == 1:
        v = ord(s[i]) << 16
        out.append(ALPHA[(v >> 18) & 63] + ALPHA[(v >> 12) & 63] + "==")
    elif n - i == 2:
        v = (ord(s[i]) << 16) | (ord(s[i + 1]) << 8)
        out.append(ALPHA[(v >> 18) & 63] + ALPHA[(v >> 12) & 63] + ALPHA[(v >> 6) & 63] + "=")
    return "".join(out)
def decode(s):
    out = ""
    buf = bits = 0
    for ch in s:
        c = ord(ch)
        if c == 61:
            break
        buf = (buf << 6) | DECODE[c]
        bits += 6
        if bits >= 8:
            bits -= 8
            out += chr((buf >> bits) & 255)
            buf &= (1 << bits) - 1
    return out
text = ""
for i in range(6000):
    text += chr(32 + (i * 37) % 90)
total = 0
for r in range(10):
    e = encode(text[r:])
    d = decode(e)
    total += len(e) + (1 if d == text[r:] else 0)
result = total
