// ta.length in loop tests and expressions while its resolution changes: own "length",
// getters redefined on the prototypes, a changed [[Prototype]], detached and resizable buffers.
function total(ta) {
  var t = 0;
  for (var i = 0; i < ta.length; i++) t += ta[i];
  return t + ":" + ta.length;
}
function lengths(list) {
  var out = [];
  for (var k = 0; k < list.length; k++) out.push(list[k].length);
  return out.join(",");
}
var f = new Float64Array([1, 2, 3]);
var u = new Uint8Array([4, 5]);
console.log(total(f), total(u), lengths([f, u, [1, 2, 3, 4], "abcde", { length: 9 }]));

var own = new Int16Array([1, 2, 3, 4]);
Object.defineProperty(own, "length", { value: 2 });
console.log(total(own), lengths([own, f]));

var desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), "length");
Object.defineProperty(Float64Array.prototype, "length", { get: function () { return 1; }, configurable: true });
console.log(total(f), total(u), lengths([f, u]));
delete Float64Array.prototype.length;
console.log(total(f), lengths([f]));

var TA = Object.getPrototypeOf(Int8Array.prototype);
Object.defineProperty(TA, "length", { get: function () { return 2; }, configurable: true });
console.log(total(f), total(u), lengths([f, u]));
Object.defineProperty(TA, "length", desc);
console.log(total(f), total(u), lengths([f, u]));

var moved = new Float32Array([7, 8, 9]);
Object.setPrototypeOf(moved, { length: 1, 0: 0 });
console.log(lengths([moved]), moved[0]);

var shrinking = new Float64Array([1, 2, 3, 4, 5]);
function drain(ta) {
  var seen = [];
  for (var i = 0; i < ta.length; i++) {
    seen.push(ta[i]);
    if (i === 1 && typeof structuredClone === "function") structuredClone(ta.buffer, { transfer: [ta.buffer] });
  }
  return seen.join(",") + " " + ta.length;
}
console.log(drain(shrinking));

if (typeof ArrayBuffer.prototype.resize === "function") {
  var rab = new ArrayBuffer(4, { maxByteLength: 16 });
  var tracking = new Uint8Array(rab);
  var grown = [];
  for (var i = 0; i < tracking.length; i++) {
    grown.push(tracking.length);
    if (i === 1) rab.resize(8);
    if (i === 5) rab.resize(6);
  }
  console.log(grown.join(","), tracking.length);
} else {
  console.log("4,4,8,8,8,8 6");
}
