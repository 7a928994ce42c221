# nsieve-bits: sieve over a bit array of 32-bit words (unsigned words, as Python ints)
def primes(is_prime, n):
    count = 0
    m = 10000 << n
    size = m + 31 >> 5
    for i in range(size):
        is_prime[i] = 0xffffffff
    for i in range(2, m):
        if is_prime[i >> 5] & (1 << (i & 31)):
            for j in range(i + i, m, i):
                is_prime[j >> 5] &= ~(1 << (j & 31))
            count += 1
    return count
def sieve():
    counts = []
    for i in range(4, 5):
        is_prime = [None] * ((10000 << i) + 31 >> 5)
        counts.append(primes(is_prime, i))
    return counts
r = []
for k in range(2):
    r = sieve()
result = ",".join(str(c) for c in r)
