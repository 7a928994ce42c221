// Top-level loops whose statements' completion values are dead (a later statement
// replaces them): push, o.n++, s += x and regex literals in their statement forms,
// fast paths and fall-backs.
var log = [];
var arr = [], notArray = { items: [], push: function (x) { this.items.push(x * 2); return 0; } };
var frozen = Object.freeze({ n: 1 });
var counts = { num: 0, ident: 0 };
var withGetter = { get n() { log.push("get"); return 5; }, set n(v) { log.push("set " + v); } };
var proto = { n: 10 };
var child = Object.create(proto);
var str = "abc";
for (var i = 0; i < 6; i++) {
  arr.push(i);
  notArray.push(i);
  counts.num++;
  counts.ident += i;
  frozen.n++;
  child.n++;
  if (i === 2) withGetter.n++;
  str.len++;
  --counts.ident;
}
var originalPush = Array.prototype.push;
Object.defineProperty(Array.prototype, "push", { value: function (x) { log[log.length] = "patched " + x; return 0; },
  configurable: true, writable: true });
for (var j = 0; j < 2; j++) arr.push(j);
Array.prototype.push = originalPush;
var m, tokens = [], lexer = /\s*(\d+|[a-z]+|\S)/y, src = "ab 12 + cd";
while (lexer.lastIndex < src.length && (m = lexer.exec(src)) !== null) tokens[tokens.length] = m[1];
var literals = [];
for (var k = 0; k < 3; k++) {
  var re = /x(y)?/g;
  re.exec("xx");
  literals[k] = re;
}
var fields = "AB cd EF".split(/\s+/).filter(function (f) { return /^[A-Z]+$/.test(f); });
var upper = "ab cde f".replace(/[a-z]+/g, function (w) { return w.length > 2 ? w.toUpperCase() : w; });
RegExp.prototype.exec = function () { log.push("own exec"); return null; };
var tested = [];
for (var q = 0; q < 2; q++) tested[q] = /a/.test("a");
console.log(JSON.stringify(arr), JSON.stringify(notArray.items), JSON.stringify(counts));
console.log(frozen.n, child.n, proto.n, Object.keys(child), str.len);
console.log(log.join("|"));
console.log(tokens.join(","), literals[0] !== literals[1], literals.map(function (r) { return r.lastIndex; }).join());
console.log(fields.join(), upper, tested.join());
// the script's own let, const and class bindings used in loops
let total = 0; const step = 2; class Box {}
for (let n = 0; n < 4; n++) { total += step; Box = Box; }
var tdz = [];
for (var z = 0; z < 2; z++) { try { later++; } catch (e) { tdz.push(e.constructor.name); } }
let later = 1;
try { for (;;) { total++; step++; } } catch (e) { tdz.push(e.constructor.name, total); }
console.log(total, tdz.join(), typeof Box, later);
