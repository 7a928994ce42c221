// JSON round trip of a document
var doc = [];
for (var i = 0; i < 4000; i++) {
  doc.push({ id: i, name: "item" + i, tags: ["a", "b", "c"], price: i * 1.5 + 0.25, nested: { ok: i % 2 === 0, n: null } });
}
var total = 0;
for (var r = 0; r < 5; r++) {
  var text = JSON.stringify(doc);
  var back = JSON.parse(text);
  total += text.length + back.length;
}
result = total;
