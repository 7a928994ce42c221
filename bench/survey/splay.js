// splay tree: insert, find and remove with pseudo-random keys; node objects with key/value/left/right
class Node {
  constructor(key, value) { this.key = key; this.value = value; this.left = null; this.right = null; }
}
class SplayTree {
  constructor() { this.root = null; this.size = 0; }
  splay(key) {
    if (this.root === null) return;
    const dummy = new Node(0, null);
    let left = dummy, right = dummy, current = this.root;
    while (true) {
      if (key < current.key) {
        if (current.left === null) break;
        if (key < current.left.key) {
          const tmp = current.left; current.left = tmp.right; tmp.right = current; current = tmp;
          if (current.left === null) break;
        }
        right.left = current; right = current; current = current.left;
      } else if (key > current.key) {
        if (current.right === null) break;
        if (key > current.right.key) {
          const tmp = current.right; current.right = tmp.left; tmp.left = current; current = tmp;
          if (current.right === null) break;
        }
        left.right = current; left = current; current = current.right;
      } else break;
    }
    left.right = current.left; right.left = current.right;
    current.left = dummy.right; current.right = dummy.left;
    this.root = current;
  }
  insert(key, value) {
    if (this.root === null) { this.root = new Node(key, value); this.size++; return; }
    this.splay(key);
    if (this.root.key === key) return;
    const node = new Node(key, value);
    if (key > this.root.key) { node.left = this.root; node.right = this.root.right; this.root.right = null; }
    else { node.right = this.root; node.left = this.root.left; this.root.left = null; }
    this.root = node; this.size++;
  }
  find(key) {
    if (this.root === null) return null;
    this.splay(key);
    return this.root.key === key ? this.root : null;
  }
  remove(key) {
    const node = this.find(key);
    if (node === null) return null;
    if (this.root.left === null) this.root = this.root.right;
    else { const right = this.root.right; this.root = this.root.left; this.splay(key); this.root.right = right; }
    this.size--;
    return node;
  }
}
let seed = 49734321;
function rand() { seed = (seed * 16807) % 2147483647; return seed; }
const tree = new SplayTree();
let found = 0, removed = 0;
for (let i = 0; i < 8000; i++) tree.insert(rand() % 100000, { id: i, tag: "n" + i });
for (let round = 0; round < 6; round++) {
  for (let i = 0; i < 2000; i++) {
    const k = rand() % 100000;
    if (tree.find(k) !== null) found++;
    if (i % 3 === 0 && tree.remove(rand() % 100000) !== null) removed++;
    tree.insert(rand() % 100000, { id: i, tag: "r" + round });
  }
}
let depthSum = 0;
function walk(n, d) { if (n === null) return; depthSum += d; walk(n.left, d + 1); walk(n.right, d + 1); }
walk(tree.root, 0);
result = tree.size * 1000003 + found * 1009 + removed * 17 + depthSum % 100000;
