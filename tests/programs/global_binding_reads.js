// Reads of global bindings from functions, through each reference site's caches:
// builtins (configurable properties of the global object) reassigned, redefined as
// accessors, deleted and re-added; const, let and class bindings; var bindings.
var log = [];
const K = 3;
let counter = 0;
class Point { constructor(x) { this.x = x; } }
var plain = 7;

function readMath(x) { return Math.floor(x); }
function readString(c) { return String.fromCharCode(c); }
function readJSON() { return typeof JSON; }
function readK() { return K * 2; }
function bump() { counter++; counter += 2; return counter; }
function make(x) { return new Point(x).x; }
function readPlain() { return plain; }
function readLate() { return late; }

for (var i = 0; i < 30; i++) {
  readMath(i + 0.5); readString(65 + i); readJSON(); readK(); bump(); make(i); readPlain();
}
log.push(readMath(2.5), readString(66), readJSON(), readK(), bump(), make(4), readPlain());

// a builtin assigned (same property, new value), then restored
var realMath = Math;
Math = { floor: function (x) { return "fake " + x; } };
log.push(readMath(1.5));
Math = realMath;
log.push(readMath(1.5));

// redefined as an accessor, then as a data property again
var gets = 0;
Object.defineProperty(globalThis, "Math", { get: function () { gets++; return realMath; }, configurable: true });
log.push(readMath(3.5), readMath(4.5), gets);
Object.defineProperty(globalThis, "Math", { value: { floor: function () { return "data"; } }, configurable: true, writable: true });
log.push(readMath(1), gets);
Object.defineProperty(globalThis, "Math", { value: realMath });
log.push(readMath(9.9));

// deleted, then created again by assignment (a plain property) and by defineProperty
var realString = String;
delete globalThis.String;
try { readString(67); } catch (e) { log.push(e.constructor === ReferenceError, e.message); }
globalThis.String = { fromCharCode: function (c) { return "c" + c; } };
log.push(readString(68));
delete globalThis.String;
Object.defineProperty(globalThis, "String", { value: realString, configurable: true, writable: true });
log.push(readString(69));
delete globalThis.JSON;
log.push(readJSON());
globalThis.JSON = 1;
log.push(readJSON());

// the global object made a prototype (its props dict is replaced by a watched one)
var heir = Object.create(globalThis);
log.push(readMath(5.5), readString(70), heir.Math === realMath);
Math = { floor: function () { return "after watch"; } };
log.push(readMath(1));
Math = realMath;

// const: TDZ before, cached after; assignments throw
try { K = 4; } catch (e) { log.push(e.constructor.name); }
log.push(readK());

// let and class bindings change
counter = 100;
log.push(bump());
Point = function (x) { this.x = -x; };
log.push(make(5));

// var binding
plain = "p";
log.push(readPlain());

// a name that is not defined yet, then a global property
for (var j = 0; j < 3; j++) { try { readLate(); } catch (e) { if (j === 0) log.push(e.name); } }
globalThis.late = "here";
log.push(readLate());
Object.defineProperty(globalThis, "late", { get: function () { return "getter"; }, configurable: true });
log.push(readLate());

console.log(log.join("|"));
