def sieve(n):
    flags = []
    for i in range(n + 1):
        flags.append(True)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= n:
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
        p += 1
    count = 0
    for k in range(n + 1):
        if flags[k]:
            count += 1
    return count
result = sieve(200000)
