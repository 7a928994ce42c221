import math
class Vec:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z
    def add(self, o): return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def sub(self, o): return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def scale(self, s): return Vec(self.x * s, self.y * s, self.z * s)
    def dot(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def norm(self): return self.scale(1 / math.sqrt(self.dot(self)))
class Sphere:
    def __init__(self, c, r, shade):
        self.c = c; self.r = r; self.shade = shade
    def hit(self, orig, d):
        oc = orig.sub(self.c)
        b = oc.dot(d)
        c = oc.dot(oc) - self.r * self.r
        disc = b * b - c
        if disc < 0:
            return -1
        t = -b - math.sqrt(disc)
        return t if t > 1e-4 else -1
scene = [Sphere(Vec(0, -1000, 0), 999, 0.5), Sphere(Vec(0, 0, 5), 1, 0.9),
         Sphere(Vec(-2, 0.5, 6), 1.2, 0.7), Sphere(Vec(2, 0, 4), 0.6, 0.8)]
light = Vec(-1, 2, -1).norm()
def trace(orig, d):
    best = math.inf
    obj = None
    for s in scene:
        t = s.hit(orig, d)
        if t > 0 and t < best:
            best = t; obj = s
    if obj is None:
        return 0.1
    p = orig.add(d.scale(best))
    n = p.sub(obj.c).norm()
    l = n.dot(light)
    return obj.shade * l if l > 0 else 0
W, H = 120, 90
total = 0
eye = Vec(0, 0, 0)
for y in range(H):
    for x in range(W):
        total += trace(eye, Vec((x - W / 2) / W, (H / 2 - y) / W, 1).norm())
result = round(total * 1000)
