// f.apply(this, arguments): the list is read from the arguments object as CreateListFromArrayLike
// would, whatever was done to it (mapped parameters reassigned, length changed, indices deleted
// or made accessors, Object.prototype indices), in sloppy and strict functions.
function show() { return Array.prototype.map.call(arguments, String).join(",") + "#" + arguments.length; }
function plain(a, b) { return show.apply(null, arguments); }
function reassigned(a, b) { a = "A"; return show.apply(null, arguments); }
function strictReassigned(a, b) { "use strict"; a = "A"; return show.apply(null, arguments); }
function longer() { arguments.length = 5; return show.apply(null, arguments); }
function shorter() { arguments.length = 1; return show.apply(null, arguments); }
function fractional() { arguments.length = 1.5; return show.apply(null, arguments); }
function stringLength() { arguments.length = "2"; return show.apply(null, arguments); }
function objectLength() { arguments.length = { valueOf() { return 2; } }; return show.apply(null, arguments); }
function deleted(a, b) { delete arguments[0]; return show.apply(null, arguments); }
function accessor(a) { Object.defineProperty(arguments, "1", { get() { return "got"; } }); return show.apply(null, arguments); }
function readOnly(a, b) { Object.defineProperty(arguments, "0", { writable: false }); a = "later"; return show.apply(null, arguments); }
function extra(a) { a = 9; return show.apply(null, arguments); }
function duplicate(a, a) { return show.apply(null, arguments); }
function viaReflect(a, b) { b = "B"; return Reflect.apply(show, null, arguments); }
function viaNew() { return new (function () { this.v = show.apply(null, arguments); })(...arguments).v; }
for (let round = 0; round < 3; round++) {
  console.log(plain(1, 2), reassigned(1, 2), strictReassigned(1, 2), reassigned(1));
  console.log(longer(1, 2), shorter(1, 2), fractional(1, 2), stringLength(1, 2, 3), objectLength(1, 2, 3));
  console.log(deleted(1, 2), accessor(1, 2), readOnly(1, 2), extra(1, 2, 3), duplicate(1, 2), viaReflect(1, 2, 3), viaNew(4, 5));
  Object.prototype[0] = "proto";
  console.log(deleted(1, 2), longer(1));
  delete Object.prototype[0];
}
var Class = { create: function () { return function () { this.initialize.apply(this, arguments); }; } };
var Vec = Class.create();
Vec.prototype = { initialize: function (x, y) { this.x = x || 0; this.y = y || 0; } };
var s = 0;
for (var i = 0; i < 300; i++) { var v = new Vec(i, 2); s += v.x * v.y; }
console.log(s);
