import math
seed = 3
parts = []
for i in range(40000):
    seed = (seed * 3877 + 29573) % 139968
    parts.append("ACGT"[math.floor(seed * 4 / 139968)])
seq = "".join(parts)
def frequencies(k):
    counts = {}
    for i in range(len(seq) - k + 1):
        key = seq[i:i + k]
        counts[key] = counts.get(key, 0) + 1
    return counts
score = 0
for k in range(1, 5):
    f = frequencies(k)
    entries = sorted(f.items(), key=lambda e: (-e[1], e[0]))
    score += entries[0][1] * k + len(entries)
f12 = frequencies(12)
result = score * 100 + f12.get("GGTATTTTAATT", 0) + len(f12)
