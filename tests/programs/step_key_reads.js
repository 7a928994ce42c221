// Element reads keyed by an update of a local (a[i++], a[--sp], s[++p], o[k--]):
// generated code takes the stepped Number as the key with no second type test.
// Hot loops over Arrays (holes, inherited and getter indices), TypedArrays, Strings,
// plain objects; variables holding no Number (Strings, undefined, BigInts, objects
// with valueOf), NaN, -0, negative and fractional values; the variable captured and
// changed by a getter; the object being the variable itself; reads that throw after
// the update.
function drain(a) { var out = "", i = 0; while (i < a.length) out += a[i++] + ","; return out; }
function drainBack(a) { var out = "", sp = a.length; while (sp > 0) out += a[--sp] + ","; return out; }
function pairs(s) { var out = "", p = -1; while (p < s.length - 2) { out += s[++p] + s[p++ + 1]; } return out; }
function countDown(o, k) { var out = ""; for (var n = 0; n < 6; n++) out += String(o[k--]) + ","; return out + " k=" + String(k); }
function stack() {
  var st = [], sp = 0;
  for (var r = 0; r < 50; r++) { st[sp++] = r; st[sp++] = r * 2; var b = st[--sp], a = st[--sp]; st[sp++] = a + b; }
  return st.join(",").length + ":" + st[sp - 1] + ":" + sp;
}
console.log(drain([1, 2, 3, 4, 5]), drainBack([1, 2, 3]), pairs("abcdefgh"), stack());
var holey = [1, , 3, , 5];
Array.prototype[3] = "proto3";
console.log(drain(holey), drainBack(holey));
Object.defineProperty(Array.prototype, 1, { get: function () { return "get1:" + this.length; }, configurable: true });
console.log(drain(holey), drainBack(holey));
delete Array.prototype[1]; delete Array.prototype[3];
console.log(drain(new Int8Array([1, -2, 3])), drainBack(new Float64Array([0.5, -0, 2])), drain("héllo"));
var detached = new Uint8Array(new ArrayBuffer(4));
structuredClone(detached.buffer, { transfer: [detached.buffer] });
console.log(countDown(detached, 3), countDown(new Uint16Array([7, 8, 9]), 4));
var obj = { 0: "a", 1: "b", 2: "c", "-1": "minus", "1.5": "frac", NaN: "nan", "1": "one", undefined: "undef", x: "x" };
console.log(countDown(obj, 2), countDown(obj, 1.5), countDown(obj, NaN), countDown(obj, -0));
console.log(countDown(obj, "2"), countDown(obj, "x"), countDown(obj, undefined), countDown(obj, null));
console.log(countDown([10, 20, 30], 2n), countDown(obj, true), countDown([5, 6, 7], { valueOf: function () { return 2; } }));
console.log(countDown("xyz", 2), countDown([1, 2, 3], Infinity), countDown([1, 2, 3], 2 ** 53));

function captured() {
  var i = 0, a = [];
  Object.defineProperty(a, 0, { get: function () { return "i was " + i; } });
  a[1] = "one";
  var first = a[i++], second = a[i++], third = a[--i];
  return [first, second, third, i].join();
}
console.log(captured(), captured());
function self(x) { var out = []; for (var n = 0; n < 3; n++) out.push(String(x[x++])); return out.join() + ":" + x; }
console.log(self(0), self("0"), self([0]));
function throws(o) { var i = 0; try { return o[i++]; } catch (e) { return e.constructor.name + " i=" + i; } }
function throwsBack(o) { var i = 1; try { return o[--i]; } catch (e) { return e.constructor.name + " i=" + i; } }
for (var r = 0; r < 3; r++) console.log(throws(undefined), throws(null), throwsBack(null), throws([9]), throwsBack("q"));
var px = new Proxy([4, 5, 6], { get: function (t, k) { return k === "length" ? t.length : typeof k + ":" + String(t[k]); } });
console.log(drain(px));
function letStep() { let j = 0; const a = [3, 4]; let s = a[j++]; { let j = 5; s += a[j--] + ":" + j; } return s + ":" + j; }
console.log(letStep(), letStep());
function pre(o, k) { var s = ""; for (var n = 0; n < 3; n++) s += String(o[++k]) + "/" + String(o[--k]) + "/" + String(k) + ","; return s; }
var vlog = [];
var counted = { valueOf: function () { vlog.push("valueOf"); return 0; } };
console.log(pre(["a", "b", "c"], "0"), pre({ 1: "x", NaN: "n" }, undefined), pre([5, 6], 0n), pre([7, 8, 9], counted), vlog.join());
console.log(pre("str", null), pre(new Int32Array([4, 5]), true), pre([1, 2], -1), pre([1, 2], -0.5));
