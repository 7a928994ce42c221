// o.p++ / this.p-- on plain, accessor, frozen, missing and BigInt-valued properties, on every tier.
var o = { a: 1, b: "x", c: 1n };
Object.defineProperty(o, "g", { get() { return 5; }, set(v) { this.log = (this.log || "") + v; }, configurable: true });
o.a++; o.b++; o.c++; o.g++; o.g--; o.n++;
var f = Object.freeze({ z: 1 }); f.z++;
class C { constructor() { this.k = 0; } bump() { this.k++; this.k++; this.m++; return this.k; } }
var c = new C(); c.bump();
function strictF() { "use strict"; var fr = Object.freeze({ z: 1 }); try { fr.z++; } catch (e) { return e.constructor.name; } }
console.log(o.a, o.b, o.n, o.log, f.z, c.k, c.m, strictF(), String(o.c));
