def compress(s):
    d = {chr(i): i for i in range(256)}
    nxt = 256
    w = ""
    out = []
    for c in s:
        wc = w + c
        if wc in d:
            w = wc
        else:
            out.append(d[w])
            d[wc] = nxt
            nxt += 1
            w = c
    if w != "":
        out.append(d[w])
    return out
def decompress(codes):
    d = [chr(i) for i in range(256)]
    nxt = 256
    w = d[codes[0]]
    out = [w]
    for k in codes[1:]:
        entry = d[k] if k < nxt else w + w[0]
        out.append(entry)
        d.append(w + entry[0])
        nxt += 1
        w = entry
    return "".join(out)
words = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "cat"]
parts = []
for i in range(60000):
    parts.append(words[(i * i + 3 * i) % 10])
text = " ".join(parts)
codes = compress(text)
result = len(codes) * 10 + (1 if decompress(codes) == text else 0)
