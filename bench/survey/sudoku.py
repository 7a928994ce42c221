def solve(g):
    for i in range(81):
        if g[i] == 0:
            r, c = i // 9, i % 9
            br, bc = r - r % 3, c - c % 3
            for v in range(1, 10):
                ok = True
                k = 0
                while k < 9 and ok:
                    if g[r * 9 + k] == v or g[k * 9 + c] == v or g[(br + k // 3) * 9 + bc + k % 3] == v:
                        ok = False
                    k += 1
                if ok:
                    g[i] = v
                    if solve(g):
                        return True
                    g[i] = 0
            return False
    return True
puzzles = [
    "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
    "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
    "030050040008010500460000012070502080000603000040109030250000098001020600080060020"]
s = 0
for p in range(len(puzzles)):
    g = [int(ch) for ch in puzzles[p]]
    solve(g)
    s = s * 7 + len("".join(str(x) for x in g[0:9])) + g[0] * 100 + g[40] * 10 + g[80]
result = s
