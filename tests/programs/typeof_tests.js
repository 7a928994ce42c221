// typeof x === "number" / "string" / "boolean" / "bigint" (and ==, !==, swapped) as type
// tests, the names typeof must not throw for, and unary + on every kind of value
function kinds(v) {
  return [typeof v === "number", typeof v == "string", "boolean" === typeof v, typeof v !== "bigint",
          typeof v === "object", typeof v === "undefined", typeof v === "function", typeof v === "symbol",
          typeof v === "Number", typeof (v) === "string"].map(function (b) { return b ? 1 : 0; }).join("");
}
function plus(v) { try { return String(+v); } catch (e) { return e.constructor.name; } }
var vals = [0, -0, NaN, 1.5, "", "12", " 0x1F ", "abc", true, false, null, undefined, 5n, Symbol("s"), {}, [],
            [7], function () {}, { valueOf: function () { return 3; } }, new Number(4), new String("s")];
for (var rep = 0; rep < 3; rep++) {
  console.log(vals.map(kinds).join(" "));
  console.log(vals.map(plus).join(" "));
}
console.log(typeof notDeclaredAnywhere === "undefined", typeof notDeclaredAnywhere === "number");
function tdz() { try { return typeof later === "number"; } catch (e) { return e.constructor.name; } let later = 1; }
console.log(tdz());
var g = 1;
console.log(typeof g === "number", (function () { var local = "x"; return typeof local === "string"; })());
