// Methods called on String primitives while String.prototype and Object.prototype change:
// added, replaced, deleted, accessor-valued and inherited methods, and absent ones.
function codes(s) {
  var t = 0;
  for (var i = 0; i < s.length; i++) t += s.charCodeAt(i);
  for (var j = 0; j <= s.length - 2; j++) t += s.charAt(j) === "b" ? 1000 : 0;
  return t + "|" + s.slice(1, 3) + "|" + s.indexOf("c") + "|" + s.toUpperCase();
}
function calls(s) {
  var out = [];
  try { out.push(s.shout()); } catch (e) { out.push(e.constructor.name); }
  try { out.push(s.hasOwnProperty("length"), s.hasOwnProperty("x")); } catch (e) { out.push(e.constructor.name); }
  try { out.push(s.tag()); } catch (e) { out.push(e.constructor.name); }
  out.push(s.trim().length, s.concat("!", 1), s.at(-1), s.split("").length);
  return out.join(",");
}
console.log(codes("abcabc"), calls(" abc "));

String.prototype.shout = function () { return this.toUpperCase() + "!"; };
String.prototype.tag = function () { "use strict"; return typeof this; };
console.log(codes("abcabc"), calls(" abc "));

var original = String.prototype.charCodeAt;
String.prototype.charCodeAt = function (i) { return 1; };
console.log(codes("abcabc"));
String.prototype.charCodeAt = original;
console.log(codes("abcabc"));

Object.defineProperty(String.prototype, "shout", {
  get: function () { var self = this; return function () { return typeof self + ":" + self; }; },
  configurable: true
});
console.log(calls(" abc "));
delete String.prototype.shout;
delete String.prototype.tag;
Object.prototype.shout = function () { return "object " + typeof this; };
console.log(calls(" abc "));
Object.prototype.hasOwnProperty = function () { return "replaced"; };
console.log(calls(" abc "));
delete Object.prototype.shout;

var proto = String.prototype;
Object.setPrototypeOf(proto, { shout: function () { return "new chain"; }, hasOwnProperty: Object.hasOwn });
console.log(calls("xy"));
Object.setPrototypeOf(proto, Object.prototype);
console.log(calls("xy"));

function each(list) {
  var out = [];
  for (var k = 0; k < list.length; k++) {
    var v = list[k];
    try { out.push(v.toString(), v.valueOf()); } catch (e) { out.push(e.constructor.name); }
  }
  return out.join(" ");
}
String.prototype.toString = function () { return "S"; };
console.log(each(["str", 5, true, { a: 1 }, null, new String("boxed"), [1, 2]]));
