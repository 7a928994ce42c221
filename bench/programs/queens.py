def queens(n):
    cols = [0] * n
    count = 0
    def ok(r, c):
        for i in range(r):
            d = cols[i] - c
            if d == 0 or d == r - i or d == i - r:
                return False
        return True
    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if ok(r, c):
                cols[r] = c
                place(r + 1)
    place(0)
    return count
def permutations(a, k):
    if k == len(a):
        return 1
    n = 0
    for i in range(k, len(a)):
        a[k], a[i] = a[i], a[k]
        n += permutations(a, k + 1)
        a[k], a[i] = a[i], a[k]
    return n
def hanoi(n, frm, to, via):
    return 0 if n == 0 else hanoi(n - 1, frm, via, to) + 1 + hanoi(n - 1, via, to, frm)
result = queens(8) + permutations([1, 2, 3, 4, 5, 6, 7, 8], 0) + hanoi(16, 1, 3, 2)
