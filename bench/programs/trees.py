def make(d):
    return {"left": None, "right": None} if d == 0 else {"left": make(d - 1), "right": make(d - 1)}
def check(t):
    return 1 if t["left"] is None else 1 + check(t["left"]) + check(t["right"])
total = 0
for i in range(8):
    total += check(make(12))
lst = None
for j in range(30000):
    lst = {"value": j, "next": lst}
s = 0
while lst is not None:
    s += lst["value"]; lst = lst["next"]
result = total + s
