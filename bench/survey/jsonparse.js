// recursive-descent parser over a string (a JSON subset), then a tree walk
function Parser(src) { this.src = src; this.pos = 0; }
Parser.prototype.ws = function () {
  var c;
  while (this.pos < this.src.length && ((c = this.src[this.pos]) === " " || c === "\n")) this.pos++;
};
Parser.prototype.value = function () {
  this.ws();
  var c = this.src[this.pos];
  if (c === "{") return this.object();
  if (c === "[") return this.array();
  if (c === '"') return this.string();
  return this.number();
};
Parser.prototype.object = function () {
  var o = {};
  this.pos++; this.ws();
  if (this.src[this.pos] === "}") { this.pos++; return o; }
  while (true) {
    this.ws();
    var k = this.string();
    this.ws(); this.pos++;
    o[k] = this.value();
    this.ws();
    if (this.src[this.pos++] === "}") return o;
  }
};
Parser.prototype.array = function () {
  var a = [];
  this.pos++; this.ws();
  if (this.src[this.pos] === "]") { this.pos++; return a; }
  while (true) {
    a.push(this.value());
    this.ws();
    if (this.src[this.pos++] === "]") return a;
  }
};
Parser.prototype.string = function () {
  var start = ++this.pos;
  while (this.src[this.pos] !== '"') this.pos++;
  return this.src.substring(start, this.pos++);
};
Parser.prototype.number = function () {
  var start = this.pos, c;
  while (this.pos < this.src.length && (c = this.src.charCodeAt(this.pos)) >= 45 && c <= 57) this.pos++;
  return +this.src.substring(start, this.pos);
};
function walk(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string") return v.length;
  var s = 0;
  if (Array.isArray(v)) { for (var i = 0; i < v.length; i++) s += walk(v[i]); return s; }
  for (var k in v) s += walk(v[k]);
  return s;
}
var items = [];
for (var i = 0; i < 1000; i++)
  items.push('{"id": ' + i + ', "name": "item' + i + '", "tags": ["a", "bb", "ccc"], "pos": [' + (i % 17) + ', -' + (i % 5) + ', 2.5]}');
var text = "[" + items.join(",\n ") + "]";
var total = 0;
for (var r = 0; r < 3; r++) total += walk(new Parser(text).value());
result = total;
