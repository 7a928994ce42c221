// Reads, stores and compound assignments o.p through a variable that holds one object,
// then others (plain, array, class instance, function, primitives), across prototype
// changes, accessors, freezing, deletes and reassignment inside the right-hand side.
function sum(list) {
  var t = 0, o;
  for (var i = 0; i < list.length; i++) {
    o = list[i];
    t += o.x + o.y;
  }
  return t;
}
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.y = 100;
var fn = function () {}; fn.x = 3; fn.y = 4;
var arr = [1, 2]; arr.x = 5; arr.y = 6;
var inst = new Point(7);
delete inst.y;
console.log(sum([{ x: 1, y: 2 }, { x: 1, y: 2 }, arr, fn, inst, { x: "a", y: "b" }, "str", 5, true]));

function update(o, other) {
  o.n += 1; o.n *= 3; o.n -= 1; o.n++; ++o.n; o.n--;
  o.s += "!";
  o.n += (o = other).n;           // stores into the first object, reads the second
  o.n += 10;
  return o.n;
}
var a = { n: 1, s: "s" }, b = { n: 100, s: "t" };
console.log(update(a, b), a.n, a.s, b.n, b.s);

function protoChange() {
  var o = { x: 1, y: 2 };
  var r = [o.x, o.y];
  var child = Object.create(o);   // o becomes a prototype: its property dict is replaced
  o.x = 10; o.y += 5;
  r.push(o.x, o.y, child.x, child.y);
  o.z = 3; o.z += 1;
  r.push(o.z, child.z);
  return r.join();
}
console.log(protoChange());

function accessors() {
  var o = { v: 1, w: 2 };
  var log = [];
  log.push(o.v, o.w);
  Object.defineProperty(o, "v", { get: function () { log.push("get"); return 41; },
                                  set: function (x) { log.push("set" + x); }, configurable: true });
  log.push(o.v, o.w);
  o.v += 1;
  o.w += (Object.defineProperty(o, "w", { value: 0, writable: false }), 5);
  log.push(o.w);
  delete o.v;
  o.v = 7; o.v *= 2;
  log.push(o.v);
  return log.join(" ");
}
console.log(accessors());

function frozen() {
  "use strict";
  var o = Object.freeze({ k: 1, j: 2 });
  var msgs = [o.k + o.j];
  try { o.k += 1; } catch (e) { msgs.push(e.constructor.name); }
  try { o.j++; } catch (e) { msgs.push(e.constructor.name); }
  try { o.q = 1; } catch (e) { msgs.push(e.constructor.name); }
  var p = Object.seal({ k: 1 });
  p.k += 5;
  try { p.q = 1; } catch (e) { msgs.push(e.constructor.name); }
  msgs.push(p.k, p.q);
  return msgs.join();
}
console.log(frozen());

function sloppyFrozen() {
  var o = Object.freeze({ k: 1 });
  o.k += 1; o.k++; o.z = 2;
  return [o.k, o.z].join();
}
console.log(sloppyFrozen());

function nullish(list) {
  var out = [];
  for (var i = 0; i < list.length; i++) {
    var o = list[i];
    try { out.push(o.x, o.y); } catch (e) { out.push(e.constructor.name); }
  }
  return out.join();
}
console.log(nullish([{ x: 1, y: 2 }, null, undefined, { x: 3, y: 4 }, 0]));

function* gen(o) {
  var got = o.a;
  yield o.a + o.b;
  o.a += 1;
  yield o.a + o.b;
  o = { a: 50, b: 60 };
  yield o.a + o.b + got;
}
var go = { a: 1, b: 2 };
var it = gen(go);
var first = it.next().value;
go.b = 20;
console.log(first, it.next().value, it.next().value, go.a);

function lets() {
  var out = [];
  for (let k = 0; k < 3; k++) {
    let o = { x: k, y: k * 2 };
    out.push(o.x + o.y);
    if (k === 1) { let o = { x: 100, y: 200 }; out.push(o.x + o.y); }
    out.push(o.x);
  }
  return out.join();
}
console.log(lets());

function shadowArrow(o) {
  var f = (o) => o.x + o.x;
  return f({ x: 2 }) + o.x + o.x;
}
console.log(shadowArrow({ x: 5 }));

class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  get len2() { return this.x * this.x + this.y * this.y; }
}
function vecs() {
  var v = new Vec(3, 4), w = new Vec(1, 1);
  v.x += w.x; v.y -= w.y;
  return [v.len2, v.len2, w.len2, v.x, v.y].join();
}
console.log(vecs());

var g = { p: 1, q: 2 };
for (var gi = 0; gi < 3; gi++) { g.p += g.q; g.q = g.p - g.q; }
console.log(g.p, g.q);
g = [3, 4]; g.p = 9;
console.log(g.p + g.p, g.q);
