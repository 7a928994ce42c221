import functools
def build_tree(freq):
    nodes = [{"ch": ch, "n": n, "left": None, "right": None} for ch, n in freq.items()]
    def cmp(a, b):
        d = a["n"] - b["n"]
        if d:
            return d
        return -1 if a["ch"] < b["ch"] else 1
    nodes.sort(key=functools.cmp_to_key(cmp))
    while len(nodes) > 1:
        a = nodes.pop(0)
        b = nodes.pop(0)
        node = {"ch": a["ch"] + b["ch"], "n": a["n"] + b["n"], "left": a, "right": b}
        i = 0
        while i < len(nodes) and nodes[i]["n"] <= node["n"]:
            i += 1
        nodes.insert(i, node)
    return nodes[0]
def codes(node, prefix, table):
    if node["left"] is None:
        table[node["ch"]] = prefix or "0"
        return table
    codes(node["left"], prefix + "0", table)
    codes(node["right"], prefix + "1", table)
    return table
def make_text(n):
    words = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "huffman", "coding", "tree", "bits"]
    seed = 11
    parts = []
    for i in range(n):
        seed = (seed * 75 + 74) % 65537
        parts.append(words[seed % len(words)])
    return " ".join(parts)
text = make_text(6000)
freq = {}
for ch in text:
    freq[ch] = freq.get(ch, 0) + 1
tree = build_tree(freq)
table = codes(tree, "", {})
chunks = []
for ch in text:
    chunks.append(table[ch])
bits = "".join(chunks)
decoded = []
node = tree
for i in range(len(bits)):
    node = node["left"] if bits[i] == "0" else node["right"]
    if node["left"] is None:
        decoded.append(node["ch"])
        node = tree
result = len(bits) * 10 + (1 if "".join(decoded) == text else 0)
