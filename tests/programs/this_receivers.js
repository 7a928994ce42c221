// Methods that read and write this.x many times, called on plain objects, arrays,
// frozen objects, primitives and proxies: every tier must take the general path
// for a receiver that is not a plain object.
function P(x) { this.x = x; this.y = x; }
P.prototype.sum = function () { this.z = this.x + this.y; return this.z + this.x; };
var out = [];
for (var i = 0; i < 5; i++) {
  out.push(new P(i).sum());
  out.push(P.prototype.sum.call({x: 1, y: 2}));
  out.push(P.prototype.sum.call([1, 2]));
  out.push(String(P.prototype.sum.call(Object.freeze({x: 1, y: 1}))));
  try { out.push(P.prototype.sum.call(5)); } catch (e) { out.push(e.name); }
  out.push(P.prototype.sum.call(new Proxy({x: 3, y: 4}, {})));
}
console.log(out.join(","));
