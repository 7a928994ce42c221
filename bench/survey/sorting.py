from functools import cmp_to_key
seed = 42
def rand():
    global seed
    seed = (seed * 16807) % 2147483647
    return seed
people = []
for i in range(6000):
    people.append({"name": "p" + str(rand() % 1000), "age": rand() % 90, "score": rand() % 10000})
by_age = sorted(people, key=cmp_to_key(lambda a, b: (a["age"] - b["age"]) or (b["score"] - a["score"])))
by_name = sorted(people, key=cmp_to_key(lambda a, b: -1 if a["name"] < b["name"] else 1 if a["name"] > b["name"] else a["score"] - b["score"]))
nums = list(map(lambda p: p["score"], people))
nums.sort(key=cmp_to_key(lambda a, b: a - b))
def mergesort(a):
    if len(a) < 2:
        return a
    mid = len(a) >> 1
    l, r = mergesort(a[:mid]), mergesort(a[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    while i < len(l):
        out.append(l[i]); i += 1
    while j < len(r):
        out.append(r[j]); j += 1
    return out
ms = mergesort(list(map(lambda p: p["age"] * 10000 + p["score"], people)))
adults = list(filter(lambda p: p["age"] >= 18, people))
from functools import reduce
total = reduce(lambda s, p: s + p["score"], adults, 0)
result = by_age[0]["score"] + by_age[5999]["age"] + by_name[0]["score"] + nums[3000] + ms[100] + total
