// Huffman coding: frequency Map, sorted node list, tree of objects, code table, encode/decode
function buildTree(freq) {
  let nodes = [...freq.entries()].map(([ch, n]) => ({ ch, n, left: null, right: null }));
  nodes.sort((a, b) => a.n - b.n || (a.ch < b.ch ? -1 : 1));
  while (nodes.length > 1) {
    const a = nodes.shift(), b = nodes.shift();
    const node = { ch: a.ch + b.ch, n: a.n + b.n, left: a, right: b };
    let i = 0;
    while (i < nodes.length && nodes[i].n <= node.n) i++;
    nodes.splice(i, 0, node);
  }
  return nodes[0];
}
function codes(node, prefix, table) {
  if (node.left === null) { table.set(node.ch, prefix || "0"); return table; }
  codes(node.left, prefix + "0", table); codes(node.right, prefix + "1", table);
  return table;
}
function makeText(n) {
  const words = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "huffman", "coding", "tree", "bits"];
  let seed = 11, parts = [];
  for (let i = 0; i < n; i++) { seed = (seed * 75 + 74) % 65537; parts.push(words[seed % words.length]); }
  return parts.join(" ");
}
const text = makeText(6000);
const freq = new Map();
for (const ch of text) freq.set(ch, (freq.get(ch) || 0) + 1);
const tree = buildTree(freq), table = codes(tree, "", new Map());
let bits = "";
const chunks = [];
for (const ch of text) chunks.push(table.get(ch));
bits = chunks.join("");
let decoded = [], node = tree;
for (let i = 0; i < bits.length; i++) {
  node = bits[i] === "0" ? node.left : node.right;
  if (node.left === null) { decoded.push(node.ch); node = tree; }
}
result = bits.length * 10 + (decoded.join("") === text ? 1 : 0);
