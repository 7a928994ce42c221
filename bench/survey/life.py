W = H = 64
def make_grid():
    g = []
    for y in range(H):
        row = []
        for x in range(W):
            row.append(0)
        g.append(row)
    return g
def step(g):
    n = make_grid()
    for y in range(H):
        up, row, down = g[(y + H - 1) % H], g[y], g[(y + 1) % H]
        for x in range(W):
            l, r = (x + W - 1) % W, (x + 1) % W
            c = up[l] + up[x] + up[r] + row[l] + row[r] + down[l] + down[x] + down[r]
            n[y][x] = 1 if c == 3 or (c == 2 and row[x] == 1) else 0
    return n
g = make_grid()
seed = 7
for y in range(H):
    for x in range(W):
        seed = (seed * 69069 + 1) % 4294967296
        g[y][x] = 1 if seed % 3 == 0 else 0
for i in range(60):
    g = step(g)
alive = 0
for row in g:
    for v in row:
        alive += v
result = alive
