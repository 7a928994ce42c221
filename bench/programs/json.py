import json
doc = []
for i in range(4000):
    doc.append({"id": i, "name": "item" + str(i), "tags": ["a", "b", "c"], "price": i * 1.5 + 0.25,
                "nested": {"ok": i % 2 == 0, "n": None}})
total = 0
for r in range(5):
    text = json.dumps(doc, separators=(",", ":"))
    back = json.loads(text)
    total += len(text) + len(back)
result = total
