// Array.prototype.fill over holes, frozen, sealed and non-extensible arrays, index setters
// on prototypes, non-writable elements: the in-place path only where nothing runs.
const out = [];
function show(l, f) { try { out.push(l + "=" + JSON.stringify(f())); } catch (e) { out.push(l + "!" + e.constructor.name); } }
show("holes", () => { const a = []; a.length = 6; a.fill(7, 1, 4); return [a, 0 in a, 1 in a, a.length]; });
show("neg", () => { const a = [1, , 3, , 5]; a.fill(0, -3); return a; });
show("frozen", () => { const a = Object.freeze([1, 2]); a.fill(0); return a; });
show("frozen-holes", () => { const a = []; a.length = 3; Object.preventExtensions(a); a.fill(1); return a; });
show("sealed-holes", () => { const a = [1, , 3]; Object.seal(a); a.fill(9); return a; });
show("proto-setter", () => { const log = []; const a = []; a.length = 3; Object.defineProperty(Array.prototype, 1, { set(v) { log.push(v); }, configurable: true }); try { a.fill(5); } finally { delete Array.prototype[1]; } return [a, log, 1 in a]; });
show("own-proto", () => { const p = Object.create(Array.prototype); Object.defineProperty(p, 2, { set(v) { this.x = v; }, configurable: true }); const a = []; a.length = 4; Object.setPrototypeOf(a, p); a.fill(3); return [Array.from(a), a.x]; });
show("nonwritable", () => { const a = [1, 2, 3]; Object.defineProperty(a, 1, { writable: false }); a.fill(0); return a; });
show("obj-proto-index", () => { Object.prototype[0] = "p"; try { const a = []; a.length = 2; a.fill(4); return [a, Object.keys(a)]; } finally { delete Object.prototype[0]; } });
show("big", () => { const a = []; a.length = 10000; a.fill(7, 0); return [a.length, a[0], a[9999], a.indexOf(undefined)]; });
console.log(out.join("\n"));
