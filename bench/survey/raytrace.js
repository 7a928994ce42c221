// a tiny raytracer: small vector class, spheres, diffuse shading
class Vec {
  constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o) { return new Vec(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(s) { return new Vec(this.x * s, this.y * s, this.z * s); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
  norm() { return this.scale(1 / Math.sqrt(this.dot(this))); }
}
class Sphere {
  constructor(c, r, shade) { this.c = c; this.r = r; this.shade = shade; }
  hit(orig, dir) {
    var oc = orig.sub(this.c), b = oc.dot(dir), c = oc.dot(oc) - this.r * this.r, disc = b * b - c;
    if (disc < 0) return -1;
    var t = -b - Math.sqrt(disc);
    return t > 1e-4 ? t : -1;
  }
}
var scene = [new Sphere(new Vec(0, -1000, 0), 999, 0.5), new Sphere(new Vec(0, 0, 5), 1, 0.9),
             new Sphere(new Vec(-2, 0.5, 6), 1.2, 0.7), new Sphere(new Vec(2, 0, 4), 0.6, 0.8)];
var light = new Vec(-1, 2, -1).norm();
function trace(orig, dir) {
  var best = Infinity, obj = null;
  for (var i = 0; i < scene.length; i++) {
    var t = scene[i].hit(orig, dir);
    if (t > 0 && t < best) { best = t; obj = scene[i]; }
  }
  if (obj === null) return 0.1;
  var p = orig.add(dir.scale(best)), n = p.sub(obj.c).norm();
  var l = n.dot(light);
  return l > 0 ? obj.shade * l : 0;
}
var W = 120, H = 90, sum = 0, eye = new Vec(0, 0, 0);
for (var y = 0; y < H; y++)
  for (var x = 0; x < W; x++)
    sum += trace(eye, new Vec((x - W / 2) / W, (H / 2 - y) / W, 1).norm());
result = Math.round(sum * 1000);
