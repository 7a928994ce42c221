import re as _re
def make_log(n):
    lines = []
    seed = 3
    verbs = ["GET", "POST", "PUT", "DELETE"]
    for i in range(n):
        seed = (seed * 48271) % 2147483647
        lines.append(f'10.0.{seed % 256}.{(seed >> 8) % 256} - - [12/Mar/2024:10:{str(seed % 60).rjust(2, "0")}:00] "{verbs[seed % 4]} /api/v{seed % 3}/items/{seed % 1000}?q={seed % 77} HTTP/1.1" {200 if seed % 5 else 404} {seed % 5000}')
    return "\n".join(lines)
rx = _re.compile(r'^(\d+\.\d+\.\d+\.\d+) - - \[([^\]]+)\] "(\w+) ([^ ?]+)(?:\?([^ ]*))? HTTP/1\.1" (\d{3}) (\d+)$')
def analyse(text):
    counts = {}
    nbytes = 0
    not_found = 0
    for line in text.split("\n"):
        m = rx.match(line)
        if not m:
            continue
        path = _re.sub(r"/\d+", "/:id", m.group(4))
        key = m.group(3) + " " + path
        counts[key] = counts.get(key, 0) + 1
        nbytes += int(m.group(7))
        if _re.match(r"4", m.group(6)):
            not_found += 1
    masked = _re.sub(r"\d+\.\d+\.\d+\.\d+", lambda mm: "".join(str(len(p)) for p in mm.group(0).split(".")), text[:20000])
    return ";".join(k + "=" + str(counts[k]) for k in sorted(counts)) + "|" + str(nbytes) + "|" + str(not_found) + "|" + str(len(masked))
out = analyse(make_log(6000))
h = 0
for i in range(len(out)):
    h = (h * 31 + ord(out[i])) % 1000000007
result = h
