import sys
sys.setrecursionlimit(10000)
def tak(x, y, z):
    return z if y >= x else tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
def ack(m, n):
    return n + 1 if m == 0 else ack(m - 1, 1) if n == 0 else ack(m - 1, ack(m, n - 1))
def hanoi(n, frm, to, via, moves):
    if n == 0:
        return
    hanoi(n - 1, frm, via, to, moves)
    moves.append(frm * 10 + to)
    hanoi(n - 1, via, to, frm, moves)
def subsets(items, i, acc, out):
    if i == len(items):
        out.append(sum(acc)); return
    subsets(items, i + 1, acc, out)
    acc.append(items[i]); subsets(items, i + 1, acc, out); acc.pop()
t = tak(18, 12, 6)
a = ack(2, 300) + ack(3, 5)
moves = []
hanoi(14, 1, 3, 2, moves)
h = 0
for m in moves:
    h = (h * 7 + m) % 1000003
sums = []
subsets([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8], 0, [], sums)
s = 0
for x in sums:
    s += x * x
result = t * 1000000 + a * 1000 + h + s
