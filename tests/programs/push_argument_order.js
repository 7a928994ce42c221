// out.push(<argument with effects or long source>): the method is read, then the
// argument evaluated once, then the push runs (EvaluateCall's order), on every receiver
// logs are Strings: an Array's push or index store would meet the patched prototype
var log = "";
function add(s) { log += s + ";"; }
function note(x) { add("arg " + x); return x; }
function pushLong(out, l, k) {
  // an argument long enough that the call site cannot write it twice
  out.push(l[k] <= l[k + 1] ? (l[k] * 3 + l[k + 1] * 5 + l[k] * l[k + 1] - l[(k + 2) % l.length]) / 2 : l[k + 1] - l[k] + l[(k + 3) % l.length] * 7);
  return out;
}
function pushEffect(out, x) { out.push(note(x)); return out; }
function pushIncrement(out, l) { var i = 0; while (i < l.length) out.push(l[i++]); return out; }
var data = [5, 3, 8, 1, 9, 2, 7];
for (var r = 0; r < 3; r++) {
  var a = [];
  for (var k = 0; k < 5; k++) pushLong(a, data, k);
  console.log("long", a.join(","));
  console.log("increment", pushIncrement([0], data).join(","));
  log = "";
  console.log("effect", pushEffect([1], 2).join(","), log);
}

// a getter for push on Array.prototype runs before the argument
var origPush = Array.prototype.push;
Object.defineProperty(Array.prototype, "push", {
  get: function () { add("get push"); return origPush; }, configurable: true,
});
log = "";
var g = pushEffect([], 1);
pushLong(g, data, 0);
Object.defineProperty(Array.prototype, "push", { value: origPush, writable: true, configurable: true });
console.log("getter", g.join(","), log);

// the argument replaces push: the method read before it is called
log = "";
function replacing(out) {
  out.push((Array.prototype.push = function (x) { add("replacement " + x); return 0; }, note(4)));
  return out;
}
var rep = replacing([]);
replacing(rep);
Array.prototype.push = origPush;
console.log("replaced by argument", rep.join(","), log);

// the argument freezes the array, or makes it sparse, or gives Array.prototype an index
var fr = [1];
try { fr.push((Object.freeze(fr), note(2))); } catch (e) { console.log("frozen", e instanceof TypeError, fr.length); }
var sp = [1, 2];
sp.push((sp[1000] = 5, note(3)));
console.log("sparse", sp.length, sp[1001]);
var setterLog = "";
var pi = [0, 1];
pi.push((Object.defineProperty(Array.prototype, "2", {
  set: function (v) { setterLog += "set 2 " + v; }, configurable: true }), note(5)));
delete Array.prototype[2];
console.log("index setter", pi.length, 2 in pi, setterLog);

// frozen, non-extensible and read-only-length arrays
for (var r = 0; r < 2; r++) {
  var f2 = Object.freeze([1, 2]);
  try { pushLong(f2, data, 0); } catch (e) { console.log("frozen long", e instanceof TypeError, f2.length); }
  var ro = [1];
  Object.defineProperty(ro, "length", { writable: false });
  try { pushEffect(ro, 6); } catch (e) { console.log("readonly length", e instanceof TypeError, ro.length); }
}

// non-array receivers: an array-like, a subclass, a Proxy, a String, undefined push
class Stack extends Array {}
var like = { length: 0, push: Array.prototype.push };
var trap = "";
var px = new Proxy([], { get: function (t, k, rcv) { trap += "get " + String(k) + ";"; return Reflect.get(t, k, rcv); } });
for (var r = 0; r < 2; r++) {
  log = ""; trap = "";
  pushLong(like, data, r);
  pushEffect(like, 7);
  var st = pushEffect(new Stack(), 8);
  pushEffect(px, 9);
  console.log("array-like", JSON.stringify(like), "subclass", st instanceof Stack, st.length, "proxy", px.length, trap, log);
  try { pushEffect("abc", 1); } catch (e) { console.log("string", e instanceof TypeError); }
  try { pushEffect({}, 1); } catch (e) { console.log("no push", e instanceof TypeError, log); }
  var own = [];
  own.push = function (x) { add("own push " + x); return 1; };
  pushEffect(own, 10);
  console.log("own", own.length, log);
}
