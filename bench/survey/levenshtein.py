def lev(a, b):
    m, n = len(a), len(b)
    d = []
    for i in range(m + 1):
        d.append([None] * (n + 1))
        d[i][0] = i
    for j in range(n + 1):
        d[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    return d[m][n]
def lcs(a, b):
    m, n = len(a), len(b)
    t = []
    for i in range(m + 1):
        row = []
        for j in range(n + 1):
            row.append(0)
        t.append(row)
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            t[i][j] = t[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(t[i - 1][j], t[i][j - 1])
    return t[m][n]
def gen(seed, length):
    s = ""
    for i in range(length):
        seed = (seed * 16807) % 2147483647
        s += "ACGT"[seed % 4]
    return s
a, b = gen(1, 300), gen(2, 280)
result = lev(a, b) * 1000 + lcs(a, b)
