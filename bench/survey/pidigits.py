def pi_digits(n):
    q, r, t, k, nn, l = 1, 0, 1, 1, 3, 3
    digits = ""
    while len(digits) < n:
        if 4 * q + r - t < nn * t:
            digits += str(nn)
            nr = 10 * (r - nn * t)
            nn = (10 * (3 * q + r)) // t - 10 * nn
            q *= 10
            r = nr
        else:
            nr = (2 * q + r) * l
            tn = (q * (7 * k) + 2 + r * l) // (t * l)
            q *= k
            t *= l
            l += 2
            k += 1
            nn = tn
            r = nr
    return digits
d = pi_digits(600)
h = 0
for i in range(len(d)):
    h = (h * 10 + (ord(d[i]) - 48)) % 1000000007
result = h
