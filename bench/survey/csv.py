def make_csv(rows):
    lines = ["id,name,dept,salary,score"]
    seed = 5
    depts = ["eng", "ops", "sales", "hr", "legal"]
    for i in range(rows):
        seed = (seed * 16807) % 2147483647
        lines.append(",".join([str(i), "emp" + str(seed % 997), depts[seed % 5], str(30000 + seed % 70000),
                               "%.1f" % ((seed % 1000) / 10)]))
    return "\n".join(lines)
def fmt(x):
    return str(int(x)) if x == int(x) else repr(x)
def analyse(text):
    header, *rows = text.split("\n")
    cols = header.split(",")
    def rec(line):
        f = line.split(",")
        o = {}
        for i, c in enumerate(cols):
            o[c] = f[i]
        return o
    recs = list(map(rec, rows))
    by_dept = {}
    for r in recs:
        d = by_dept.get(r["dept"])
        if d is None:
            d = by_dept[r["dept"]] = {"n": 0, "pay": 0, "top": 0}
        d["n"] += 1
        d["pay"] += int(r["salary"], 10)
        sc = float(r["score"])
        if sc > d["top"]:
            d["top"] = sc
    good = len([r for r in recs if float(r["score"]) >= 50])
    keys = sorted(by_dept.keys())
    return "|".join(f"{k}:{by_dept[k]['n']}:{by_dept[k]['pay'] / by_dept[k]['n']:.2f}:{fmt(by_dept[k]['top'])}" for k in keys) + "#" + str(good)
out = analyse(make_csv(15000))
h = 0
for i in range(len(out)):
    h = (h * 31 + ord(out[i])) % 1000000007
result = h
