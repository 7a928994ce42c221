IM, IA, IC = 139968, 3877, 29573
last = 42
def random(mx):
    global last
    last = (last * IA + IC) % IM
    return mx * last / IM
ALU = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGG"
IUB = [["a", 0.27], ["c", 0.12], ["g", 0.12], ["t", 0.27], ["B", 0.02], ["D", 0.02], ["H", 0.02], ["K", 0.02],
       ["M", 0.02], ["N", 0.02], ["R", 0.02], ["S", 0.02], ["V", 0.02], ["W", 0.02], ["Y", 0.02]]
def make_cumulative(table):
    p = 0
    out = []
    for i in range(len(table)):
        p += table[i][1]
        out.append({"c": table[i][0], "p": p})
    return out
def repeat_fasta(src, n):
    lines = []
    k = 0
    while n > 0:
        ln = n if n < 60 else 60
        line = ""
        for i in range(ln):
            line += src[k]
            k = (k + 1) % len(src)
        lines.append(line)
        n -= ln
    return lines
def random_fasta(table, n):
    lines = []
    while n > 0:
        ln = n if n < 60 else 60
        chars = []
        for i in range(ln):
            r = random(1.0)
            j = 0
            while table[j]["p"] < r and j < len(table) - 1:
                j += 1
            chars.append(table[j]["c"])
        lines.append("".join(chars))
        n -= ln
    return lines
out = repeat_fasta(ALU, 24000) + random_fasta(make_cumulative(IUB), 48000)
h = 0
for i in range(len(out)):
    s = out[i]
    for j in range(len(s)):
        h = (h * 31 + ord(s[j])) % 1000000007
result = h
