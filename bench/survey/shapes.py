import functools
def js_round(x):
    import math
    return math.floor(x + 0.5)
class Shape:
    def __init__(self, name):
        self.name = name
    @property
    def area(self):
        return 0
    def describe(self):
        return self.name + ":" + str(js_round(self.area))
    @staticmethod
    def compare(a, b):
        return a.area - b.area
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h
    def scale(self, k):
        return Rect(self.w * k, self.h * k)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def scale(self, k):
        return Square(self.w * k)
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    @property
    def area(self):
        return 3.14159 * self.r * self.r
    def scale(self, k):
        return Circle(self.r * k)
    def describe(self):
        return "(" + super().describe() + ")"
seed = 9
shapes = []
for i in range(3000):
    seed = (seed * 16807) % 2147483647
    k, v = seed % 3, 1 + seed % 20
    shapes.append(Rect(v, v + 1) if k == 0 else Square(v) if k == 1 else Circle(v))
total = 0
squares = 0
ln = 0
for rnd in range(8):
    for i in range(len(shapes)):
        s = shapes[i].scale(1 + rnd % 2)
        total += s.area
        if isinstance(s, Rect):
            squares += 1 if isinstance(s, Square) else 0
        ln += len(s.describe())
shapes.sort(key=functools.cmp_to_key(lambda a, b: (a.area > b.area) - (a.area < b.area)))
result = js_round(total) % 1000000007 + squares * 7 + ln + js_round(shapes[0].area + shapes[-1].area)
