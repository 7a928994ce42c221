words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
for i in range(60000):
    w = words[(i * 7) % 8] + str(i % 50)
    counts[w] = counts.get(w, 0) + 1
mx = 0
for k in counts:
    if counts[k] > mx:
        mx = counts[k]
result = len(counts) * 1000 + mx
