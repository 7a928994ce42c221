// class hierarchy: super calls, getters, static methods, instanceof, polymorphic dispatch
class Shape {
  constructor(name) { this.name = name; }
  get area() { return 0; }
  describe() { return this.name + ":" + Math.round(this.area); }
  static compare(a, b) { return a.area - b.area; }
}
class Rect extends Shape {
  constructor(w, h) { super("rect"); this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  scale(k) { return new Rect(this.w * k, this.h * k); }
}
class Square extends Rect {
  constructor(s) { super(s, s); this.name = "square"; }
  scale(k) { return new Square(this.w * k); }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  get area() { return 3.14159 * this.r * this.r; }
  scale(k) { return new Circle(this.r * k); }
  describe() { return "(" + super.describe() + ")"; }
}
let seed = 9;
const shapes = [];
for (let i = 0; i < 3000; i++) {
  seed = (seed * 16807) % 2147483647;
  const k = seed % 3, v = 1 + seed % 20;
  shapes.push(k === 0 ? new Rect(v, v + 1) : k === 1 ? new Square(v) : new Circle(v));
}
let total = 0, squares = 0, len = 0;
for (let round = 0; round < 8; round++) {
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i].scale(1 + round % 2);
    total += s.area;
    if (s instanceof Rect) squares += s instanceof Square ? 1 : 0;
    len += s.describe().length;
  }
}
shapes.sort(Shape.compare);
result = Math.round(total) % 1000000007 + squares * 7 + len + Math.round(shapes[0].area + shapes[shapes.length - 1].area);
