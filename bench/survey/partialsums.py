import math
def partial(n):
    a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = 0.0
    twothirds = 2 / 3
    alt = -1.0
    for k in range(1, n + 1):
        k = float(k)
        k2 = k * k; k3 = k2 * k; sk = math.sin(k); ck = math.cos(k)
        alt = -alt
        a1 += math.pow(twothirds, k - 1)
        a2 += math.pow(k, -0.5)
        a3 += 1 / (k * (k + 1))
        a4 += 1 / (k3 * sk * sk)
        a5 += 1 / (k3 * ck * ck)
        a6 += 1 / k
        a7 += 1 / k2
        a8 += alt / k
        a9 += alt / (2 * k - 1)
    return a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9
total = 0.0
i = 1024
while i <= 65536:
    total += partial(i)
    i *= 2
result = math.floor(total * 1e6 + 0.5)
