// ++/-- and = on global bindings inside expressions, from functions and from global code:
// var, let, const, class, configurable and accessor properties of the global object,
// non-writable ones, undeclared names, and values that are not Numbers.
var log = [];
var id = 0, big = 10n, str = "5", obj = { valueOf: function () { log.push("valueOf"); return 41; } };
let count = 0;
const fixed = 1;
class Klass {}
globalThis.conf = 100;
Object.defineProperty(globalThis, "ro", { value: 7, writable: false, configurable: true });
var accessed = 0;
Object.defineProperty(globalThis, "acc", { get: function () { return accessed; }, set: function (v) { log.push("set " + v); accessed = v * 10; }, configurable: true });

function nextId() { return ++id; }
function postId() { return id++; }
function downCount() { return [count--, --count]; }
function grow() { return [big++, ++big, str++, str, obj++, typeof obj]; }
function bumpConf() { return conf++ + ++conf; }
function bumpRo() { return [ro++, ++ro, ro]; }
function bumpAcc() { return [acc++, ++acc, accessed]; }
function assignChain() { var r = (id = count = conf = 3); return [r, id, count, conf]; }
function strictRo() { "use strict"; try { ro++; } catch (e) { return e.constructor.name; } return "no error"; }
function bumpFixed() { try { return fixed++; } catch (e) { return e.constructor.name + " " + fixed; } }
function bumpKlass() { var before = typeof Klass; var r = Klass++; return [before, r, Klass]; }
function bumpMissing() { try { return missingName++; } catch (e) { return e.constructor.name; } }
function strictMissing() { "use strict"; try { undeclared2 = 1; } catch (e) { return e.constructor.name; } return "no error"; }
function tdz() { try { return later++; } catch (e) { return e.constructor.name; } }

var ids = [];
for (var i = 0; i < 30; i++) { ids.push(nextId(), postId()); }
log.push(ids.slice(-4).join(), id);
for (var j = 0; j < 30; j++) downCount();
log.push(downCount().join(), count);
log.push(grow().map(String).join(), typeof big, typeof str);
log.push(bumpConf(), conf);
for (var k = 0; k < 3; k++) var r = bumpRo();
log.push(r.join(), strictRo());
log.push(bumpAcc().join());
log.push(assignChain().join());
log.push(bumpFixed(), bumpKlass().join(), bumpMissing(), tdz(), strictMissing());
delete globalThis.conf;
try { bumpConf(); } catch (e) { log.push(e.constructor.name, typeof conf); }
globalThis.conf = 1;
log.push(bumpConf());

// global code: expressions in a loop
var g = 0, seen = [];
let lg = 0;
for (var n = 0; n < 4; n++) { seen.push(g++, ++lg, (g = g + 1)); }
log.push(seen.join(), g, lg);
let later = 5;
log.push(tdz(), later);
console.log(log.join("\n"));
