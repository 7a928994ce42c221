import re
words = ["let", "x1", "=", "42", "+", "foo_bar", "*", "(", "3.5", "-", "y", ")", ";", "\"str ing\"", "//note\n"]
parts = []
for i in range(30000):
    parts.append(words[(i * 7) % len(words)])
src = " ".join(parts)
lexer = re.compile(r'\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|("(?:[^"\\]|\\.)*")|(//[^\n]*)|([-+*/=();]))')
counts = {"num": 0, "ident": 0, "str": 0, "comment": 0, "punct": 0}
pos = 0
total = 0.0
while pos < len(src):
    m = lexer.match(src, pos)
    if m is None:
        break
    pos = m.end()
    if m.group(1) is not None:
        counts["num"] += 1; total += float(m.group(1))
    elif m.group(2) is not None:
        counts["ident"] += 1
    elif m.group(3) is not None:
        counts["str"] += 1
    elif m.group(4) is not None:
        counts["comment"] += 1
    else:
        counts["punct"] += 1
upper = re.sub(r"[a-z]+", lambda w: w.group(0).upper() if len(w.group(0)) > 2 else w.group(0), src)
fields = [f for f in re.split(r"\s+", upper) if re.match(r"^[A-Z_]+$", f)]
result = float(counts["num"] * 1000000 + counts["ident"] * 1000 + counts["punct"] + len(fields) + round(total))
