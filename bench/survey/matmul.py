def matrix(n, seed):
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            seed = (seed * 16807) % 2147483647
            row.append((seed % 1000) / 100)
        m.append(row)
    return m
def transpose(a):
    n = len(a)
    t = []
    for i in range(n):
        row = [None] * n
        for j in range(n):
            row[j] = a[j][i]
        t.append(row)
    return t
def mul(a, b):
    n = len(a)
    bt = transpose(b)
    c = []
    for i in range(n):
        ai = a[i]
        row = [None] * n
        for j in range(n):
            bj = bt[j]
            s = 0
            for k in range(n):
                s += ai[k] * bj[k]
            row[j] = s
        c.append(row)
    return c
a, b = matrix(80, 1), matrix(80, 2)
c = mul(mul(a, b), a)
tr = 0
for i in range(len(c)):
    tr += c[i][i]
result = round(tr)
