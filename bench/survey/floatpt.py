# pyperformance "float"
from math import sin, cos, sqrt
def _num(v):
    r = repr(v)
    return r[:-2] if r.endswith(".0") else r
class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2
    def __repr__(self):
        return "<Point: x=" + _num(self.x) + ", y=" + _num(self.y) + ", z=" + _num(self.z) + ">"
    def normalize(self):
        x = self.x; y = self.y; z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm; self.y /= norm; self.z /= norm
    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self
def maximize(points):
    next = points[0]
    for p in points[1:]:
        next = next.maximize(p)
    return next
def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)
for r in range(3):
    last = benchmark(20000)
result = repr(last)
