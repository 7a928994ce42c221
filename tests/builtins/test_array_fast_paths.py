"""Array fast paths must stay exact.

An element added by push, unshift, splice, ``a[i] = v`` or ``a[a.length] = v``
is a [[Set]] that consults the prototype chain, so a setter or a read-only
element on Array.prototype, Object.prototype or a replaced [[Prototype]] (a
plain object, a Proxy, a String or typed array, a subclass prototype) must be
seen, whether it appeared before the arrays and the generated code existed or
after.  slice/concat/map/filter/splice skip ArraySpeciesCreate's lookups only
while nothing could observe them, and copy holes only while no prototype has an
element to show through them.  The expected outputs are Node 20's, on every tier.
"""
import pytest

from pyjs import Realm




CASES = {
    "after_setter": (r"""
var log = "";
function fill(a, n) { for (var i = 0; i < n; i++) a.push(i); return a; }
function index(a, n) { for (var i = 0; i < n; i++) a[i] = i; return a; }
function append(a, n) { for (var i = 0; i < n; i++) a[a.length] = i; return a; }
var a = fill([], 300), a2 = index([], 300), a3 = append([], 300);
Object.defineProperty(Object.prototype, "5", {set: function (v) { log += "O5=" + v + ";"; }, configurable: true});
var b = fill([], 8), c = index([], 8), d = append([], 8);
log += [b.length, b.hasOwnProperty(5), c.length, c.hasOwnProperty(5), d.length, d.hasOwnProperty(5), d[6]].join() + ";";
var s = [0, 1, 2, 3, 4]; s.splice(5, 0, "x", "y"); log += s.length + "," + s.hasOwnProperty(5) + ";";
var u = [0, 1, 2, 3, 4]; u.unshift("z"); log += u.length + "," + u.hasOwnProperty(5) + ";";
delete Object.prototype[5];
var e = fill([], 8); log += e.hasOwnProperty(5) + "," + e[5] + ";";
result = log;
""",
        'O5=5;O5=5;O5=5;O5=6;O5=7;8,false,8,false,5,false,;O5=x;7,false;O5=4;6,false;true,5;'),
    "before_setter": (r"""
var log = "";
Object.defineProperty(Array.prototype, "0", {set: function (v) { log += "A0=" + v + ";"; }, get: function () { return "g0"; }, configurable: true});
var a = []; a.push(1, 2);
var b = [5, 6]; b.unshift(4);
var c = []; c.splice(0, 0, "s");
var d = [].concat([7]);
var e = []; e[0] = "w";
var f = Array.prototype.slice.call({length: 2, 1: "y"});
log += [a.length, a.hasOwnProperty(0), a[0], a[1], b.join(), c.length, c.hasOwnProperty(0), d.hasOwnProperty(0), d[0], e.hasOwnProperty(0), f.hasOwnProperty(0), f.hasOwnProperty(1)].join();
result = log;
""",
        'A0=1;A0=s;A0=w;2,false,g0,2,4,5,6,1,false,true,7,false,false,true'),
    "proto_changes": (r"""
var log = "";
function fill(a, n) { for (var i = 0; i < n; i++) a.push(i); return a; }
fill([], 100);
var saved = Object.getPrototypeOf(Array.prototype);
Object.setPrototypeOf(Array.prototype, {set 2(v) { log += "P2=" + v + ";"; }});
var a = fill([], 4); log += a.length + "," + a.hasOwnProperty(2) + ";";
Object.setPrototypeOf(Array.prototype, saved);
var b = fill([], 4); log += b.hasOwnProperty(2) + ";";
Array.prototype.push.call(Array.prototype, "x");
log += [, 1][0] + "," + Array.prototype.length + ";";
var c = fill([], 2); log += c.hasOwnProperty(0) + ";";
Object.defineProperty(Array.prototype, "0", {writable: false});
try { fill([], 2); log += "no error;"; } catch (e) { log += e.constructor.name + ";"; }
Array.prototype.length = 0;
var d = fill([], 2); log += d.hasOwnProperty(0) + ";";
var p = new Proxy({}, {set: function (t, k, v, r) { log += "P" + String(k) + ";"; return Reflect.set(t, k, v, r); }});
var e = []; Object.setPrototypeOf(e, p); Array.prototype.push.call(e, "a", "b");
log += e.length + "," + e.hasOwnProperty(1) + ";";
var f = []; Object.setPrototypeOf(f, new String("ab"));
try { Array.prototype.push.call(f, 1); log += "no error;"; } catch (err) { log += err.constructor.name + "," + f.length + ";"; }
var g = []; Object.setPrototypeOf(g, new Uint8Array(4));
Array.prototype.push.call(g, 7); log += g.length + "," + g.hasOwnProperty(0) + "," + Object.getPrototypeOf(g)[0] + ";";
class A extends Array {}
Object.defineProperty(A.prototype, "0", {set: function (v) { log += "A0=" + v + ";"; }});
var h = new A(); h.push(1); log += h.length + "," + h.hasOwnProperty(0) + ";";
var i = []; i.__proto__ = {1: "one", __proto__: Array.prototype}; i.push("a", "b"); log += i.hasOwnProperty(1) + ";";
var j = Object.create(Array.prototype); Array.prototype.push.call(j, 1); log += j.length + ";";
result = log;
""",
        'P2=2;4,false;true;x,1;true;TypeError;true;P0;P1;2,true;TypeError,0;1,true,0;A0=1;1,false;true;1;'),
    "read_only": (r"""
"use strict";
var result;
var log = "";
function fill(a, n) { for (var i = 0; i < n; i++) a.push(i); return a; }
fill([], 100);
Object.defineProperty(Array.prototype, "1", {value: "ro", writable: false, configurable: true});
try { fill([], 3); log += "no error;"; } catch (e) { log += e.constructor.name + ";"; }
var a = [0]; try { a[1] = 5; } catch (e) { log += e.constructor.name + ";"; }
log += a.length + "," + a[1] + ";";
try { [0].splice(1, 0, 9); } catch (e) { log += "splice " + e.constructor.name + ";"; }
try { [0, 1].concat([2]); log += "concat ok;"; } catch (e) { log += "concat " + e.constructor.name + ";"; }
delete Array.prototype[1];
Object.prototype[3] = "o3";
var b = [0, 1, 2]; b.push(9); log += b.hasOwnProperty(3) + "," + b[3] + ";";
Object.defineProperty(Object.prototype, "3", {writable: false});
try { [0, 1, 2].push(9); log += "no error;"; } catch (e) { log += e.constructor.name + ";"; }
try { new Array(3).fill(1); log += "fill ok;"; } catch (e) { log += "fill " + e.constructor.name + ";"; }
try { var f = [0, 1, 2, 3]; f.length = 3; f.push(1); } catch (e) { log += "after shrink " + e.constructor.name + ";"; }
result = log;
""",
        'TypeError;TypeError;1,ro;splice TypeError;concat ok;true,9;TypeError;fill ok;after shrink TypeError;'),
    "species": (r"""
var log = "";
function sl(a) { return a.slice(1, 3); }
for (var i = 0; i < 100; i++) sl([1, 2, 3, 4]);
var a = [1, 2, 3, 4];
Object.defineProperty(a, "constructor", {get: function () { log += "own ctor;"; return Array; }, configurable: true});
var r = sl(a).join(); log += r + ";";
var b = [1, 2, 3, 4]; b.constructor = {}; b.constructor[Symbol.species] = function (n) { log += "species " + n + ";"; return {}; };
r = JSON.stringify(sl(b)); log += r + ";";
class B extends Array {}
var c = B.from([1, 2, 3, 4]); log += (sl(c) instanceof B) + ";";
log += [1, , 3, 4].slice(0, 3).hasOwnProperty(1) + ";";
Array.prototype[1] = "p";
log += [1, , 3, 4].slice(0, 3).hasOwnProperty(1) + "," + [1, , 3].slice(1)[0] + ";";
delete Array.prototype[1];
Object.prototype[2] = "o";
log += [1, 2, , 4].slice(1).join() + "," + [1, 2, , 4].concat([5, , 7]).join() + ";";
delete Object.prototype[2];
var saved = Object.getOwnPropertyDescriptor(Array, Symbol.species);
Object.defineProperty(Array, Symbol.species, {get: function () { log += "get species;"; return undefined; }, configurable: true});
r = sl([1, 2, 3]).length; log += r + ";";
[1, 2].map(function (x) { return x; }); [1, 2].filter(Boolean); [1, 2].concat([3]); [1, 2].splice(0, 1);
Object.defineProperty(Array, Symbol.species, saved);
log += sl([1, 2, 3]).length + ";";
Array.prototype.constructor = function X() {};
Array.prototype.constructor[Symbol.species] = function (n) { log += "X species " + n + ";"; return [] };
sl([1, 2, 3]); [5].concat(6);
Array.prototype.constructor = Array;
Object.defineProperty(Array.prototype, "constructor", {get: function () { log += "proto getter;"; return Array; }, configurable: true});
sl([1, 2, 3]);
result = log;
""",
        'own ctor;2,3;species 2;{"0":2,"1":3,"length":2};true;false;true,p;2,o,4,1,2,o,4,5,,7;get species;2;get species;get species;get species;get species;2;X species 2;X species 0;proto getter;'),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_array_methods_observe_prototypes_like_node(name, tier):
    src, expected = CASES[name]
    r = Realm()
    r.evaluate(src)
    assert r.evaluate("result") == expected


@pytest.mark.parametrize("change", [
    "Object.prototype[7] = 1",
    "Object.defineProperty(Object.prototype, '0', {get() {}, configurable: true})",
    "Reflect.set(Array.prototype, '3', 1)",
    "Object.setPrototypeOf(Array.prototype, {})",
])
def test_index_freedom_is_per_realm_and_lost_for_good(change):
    """A fresh realm's arrays take the O(1) prototype check; an index key on
    either prototype (or a new [[Prototype]] of Array.prototype) turns it off in
    that realm only, and deleting the key again (which leaves a hole in
    Array.prototype's elements) does not turn it back on."""
    from pyjs.interp.arrays import protos_index_free
    r, other = Realm(), Realm()
    assert protos_index_free(r.array_prototype) and protos_index_free(r.object_prototype)
    r.evaluate(change)
    r.evaluate("delete Object.prototype[7]; delete Object.prototype[0]; delete Array.prototype[3];"
               "Object.setPrototypeOf(Array.prototype, Object.prototype)")
    assert not protos_index_free(r.array_prototype)
    assert protos_index_free(other.array_prototype)
    assert r.evaluate("var a = []; a.push(1, 2); a.length") == 2.0
