class Node:
    __slots__ = ("key", "value", "left", "right")
    def __init__(self, key, value):
        self.key = key; self.value = value; self.left = None; self.right = None
class SplayTree:
    def __init__(self):
        self.root = None; self.size = 0
    def splay(self, key):
        if self.root is None:
            return
        dummy = Node(0, None)
        left = right = dummy
        current = self.root
        while True:
            if key < current.key:
                if current.left is None:
                    break
                if key < current.left.key:
                    tmp = current.left; current.left = tmp.right; tmp.right = current; current = tmp
                    if current.left is None:
                        break
                right.left = current; right = current; current = current.left
            elif key > current.key:
                if current.right is None:
                    break
                if key > current.right.key:
                    tmp = current.right; current.right = tmp.left; tmp.left = current; current = tmp
                    if current.right is None:
                        break
                left.right = current; left = current; current = current.right
            else:
                break
        left.right = current.left; right.left = current.right
        current.left = dummy.right; current.right = dummy.left
        self.root = current
    def insert(self, key, value):
        if self.root is None:
            self.root = Node(key, value); self.size += 1; return
        self.splay(key)
        if self.root.key == key:
            return
        node = Node(key, value)
        if key > self.root.key:
            node.left = self.root; node.right = self.root.right; self.root.right = None
        else:
            node.right = self.root; node.left = self.root.left; self.root.left = None
        self.root = node; self.size += 1
    def find(self, key):
        if self.root is None:
            return None
        self.splay(key)
        return self.root if self.root.key == key else None
    def remove(self, key):
        node = self.find(key)
        if node is None:
            return None
        if self.root.left is None:
            self.root = self.root.right
        else:
            right = self.root.right; self.root = self.root.left; self.splay(key); self.root.right = right
        self.size -= 1
        return node
seed = 49734321
def rand():
    global seed
    seed = (seed * 16807) % 2147483647
    return seed
tree = SplayTree()
found = removed = 0
for i in range(8000):
    tree.insert(rand() % 100000, {"id": i, "tag": "n" + str(i)})
for rnd in range(6):
    for i in range(2000):
        k = rand() % 100000
        if tree.find(k) is not None:
            found += 1
        if i % 3 == 0 and tree.remove(rand() % 100000) is not None:
            removed += 1
        tree.insert(rand() % 100000, {"id": i, "tag": "r" + str(rnd)})
depth_sum = 0
def walk(n, d):
    global depth_sum
    if n is None:
        return
    depth_sum += d; walk(n.left, d + 1); walk(n.right, d + 1)
import sys
sys.setrecursionlimit(10000)
walk(tree.root, 0)
result = tree.size * 1000003 + found * 1009 + removed * 17 + depth_sum % 100000
