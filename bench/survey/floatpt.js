// pyperformance "float": Point objects, sin/cos/sqrt, normalize in place, maximize over a list
class Point {
  constructor(i) {
    this.x = Math.sin(i);
    this.y = Math.cos(i) * 3;
    this.z = (this.x * this.x) / 2;
  }
  toString() { return "<Point: x=" + this.x + ", y=" + this.y + ", z=" + this.z + ">"; }
  normalize() {
    const x = this.x, y = this.y, z = this.z;
    const norm = Math.sqrt(x * x + y * y + z * z);
    this.x /= norm; this.y /= norm; this.z /= norm;
  }
  maximize(other) {
    this.x = this.x > other.x ? this.x : other.x;
    this.y = this.y > other.y ? this.y : other.y;
    this.z = this.z > other.z ? this.z : other.z;
    return this;
  }
}
function maximize(points) {
  let next = points[0];
  for (const p of points.slice(1)) next = next.maximize(p);
  return next;
}
function benchmark(n) {
  const points = [];
  for (let i = 0; i < n; i++) points.push(new Point(i));
  for (const p of points) p.normalize();
  return maximize(points);
}
let last;
for (let r = 0; r < 3; r++) last = benchmark(20000);
result = last.toString();
