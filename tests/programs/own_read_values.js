// Named property reads whose value a comparison or a call tests for a type:
// own Strings, Numbers, objects, accessors, read-only properties, inherited
// values and non-objects, read in hot functions (generated code).
function lt(a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : a.score - b.score; }
function eq(a, b) { return a.name === b.name; }
function looseEq(a, b) { return a.name == b.name; }
function isTwo(a) { return a.name === 2; }
function firstCode(p) { return p.src.charCodeAt(p.pos); }
function sub(a, b) { return a.score - b.score; }

var proto = { name: "inherited", score: 5 };
var getterCalls = 0;
var withGetter = { get name() { getterCalls++; return "g" + getterCalls; }, score: 1 };
var readOnly = Object.defineProperty({ score: 2 }, "name", { value: "ro", writable: false });
var readOnlyNum = Object.defineProperty({ score: 3 }, "name", { value: 7, writable: false });
var proxy = new Proxy({ name: "px", score: 4 }, {
  get: function (t, k) { return k === "name" ? "proxied" : t[k]; }
});
var valueOf = { name: { valueOf: function () { return 3; } }, score: 0 };
var values = [
  { name: "b", score: 1 }, { name: "a", score: 2 }, { name: 2, score: 3 }, { name: "2", score: 4 },
  { name: 10, score: 5 }, Object.create(proto), withGetter, readOnly, readOnlyNum, proxy,
  { name: NaN, score: 6 }, { name: -0, score: 7 }, { name: 0, score: 8 }, valueOf,
  { score: 9 }, { name: undefined, score: 10 }, { name: null, score: 11 }, { name: true, score: 12 },
  "str", 42, [1, 2]
];
var out = [];
for (var round = 0; round < 30; round++) {
  for (var i = 0; i < values.length; i++) {
    for (var j = 0; j < values.length; j++) {
      var a = values[i], b = values[j];
      if (round === 29) out.push([i, j, lt(a, b), eq(a, b), looseEq(a, b), isTwo(a), sub(a, b)].join(","));
      else { lt(a, b); eq(a, b); looseEq(a, b); isTwo(a); sub(a, b); }
    }
  }
}
console.log(out.join("\n"));
console.log("getter calls", getterCalls);

// this.src / this.pos in a parser-like class, with the string replaced by other values
function Reader(src) { this.src = src; this.pos = 0; }
Reader.prototype.code = function () { return this.src.charCodeAt(this.pos); };
Reader.prototype.at = function () { return this.src[this.pos]; };
var codes = [];
var r = new Reader("hello");
for (var k = 0; k < 200; k++) { r.pos = k % 6; codes.push(r.code(), r.at()); }
r.src = { charCodeAt: function (p) { return "own" + p; }, 2: "two" };
r.pos = 2; codes.push(r.code(), r.at());
String.prototype.charCodeAt = function (p) { return "patched" + p; };
r.src = "abc"; codes.push(r.code(), r.at());
Object.defineProperty(r, "src", { get: function () { return "xyz"; } });
codes.push(r.code(), r.at());
console.log(codes.slice(-12).join(" "), codes.length);
for (var f = 0; f < 20; f++) firstCode({ src: "q", pos: 0 });
console.log(firstCode({ src: "Q", pos: 0 }), firstCode(Object.create({ src: "inh", pos: 1 })));
