# tag cloud: tokenize text, count tags in a dict, sort, build HTML
import re
from urllib.parse import quote
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]
seed = 7
def rnd(n):
    global seed
    seed = (seed * 16807) % 2147483647
    return seed % n
parts = []
for i in range(30000):
    w = WORDS[rnd(len(WORDS))]
    parts.append(w.upper() + "," if rnd(7) == 0 else w)
text = " ".join(parts)
NON_ALPHA = re.compile(r"[^a-z]")
def build_cloud(text):
    counts = {}
    for raw in text.split(" "):
        tag = NON_ALPHA.sub("", raw.lower())
        if not tag:
            continue
        counts[tag] = counts.get(tag, 0) + 1
    tags = [{"name": name, "count": counts[name]} for name in counts]
    tags.sort(key=lambda t: (-t["count"], t["name"]))
    mx = tags[0]["count"]; mn = tags[-1]["count"]
    html = []
    for t in tags:
        x = 10 + 20 * (t["count"] - mn) / ((mx - mn) or 1)
        size = int(x + 0.5) if x == x else x
        html.append(f'<a href="/tag/{quote(t["name"], safe="")}" style="font-size:{size}px">{t["name"]} ({t["count"]})</a>')
    return "\n".join(html)
out = ""
for r in range(3):
    out = build_cloud(text)
result = str(len(out)) + ":" + out[:80]
