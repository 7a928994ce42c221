parts = []
s = ""
for i in range(200000):
    s += chr(97 + i % 26)
    if i % 100 == 99:
        parts.append(s.upper()); s = ""
joined = "|".join(parts)
result = len(joined) + joined.find("XYZ")
