// A Number's members resolve from Number.prototype: built-in methods, methods put
// there or replaced, getters (which see the primitive or its wrapper), symbols, and
// what is inherited from Object.prototype.
function hexes(n) { let s = ""; for (let i = 0; i < n; i++) s += (i * 37).toString(16) + (i / 7).toFixed(2) + (i - 3).toString(2) + ","; return s; }
function members(x) { return [typeof x.toFixed, typeof x.hasOwnProperty, x.constructor === Number, x.foo, x.bar, x[Symbol.toPrimitive], x.valueOf(), x.toString()].join("|"); }
function run(label, f, ...args) {
  let r;
  for (let i = 0; i < 30; i++) r = f(...args);
  console.log(label, JSON.stringify(r));
}
run("hexes", hexes, 12);
run("members", members, 2.5);
run("members nan", members, NaN);
run("members -0", members, -0);
Number.prototype.foo = function () { return "foo"; };
Object.defineProperty(Number.prototype, "bar", { get() { "use strict"; return typeof this + ":" + this; }, configurable: true });
run("members added", members, 4);
Object.defineProperty(Number.prototype, "bar", { get() { return typeof this; }, configurable: true });
run("sloppy getter", members, 4);
const origFixed = Number.prototype.toFixed;
Number.prototype.toFixed = function (d) { return "fixed" + d; };
run("replaced", hexes, 3);
Number.prototype.toFixed = origFixed;
run("restored", hexes, 3);
Object.prototype.baz = 9;
function inherited(x) { return x.baz + (x.qux === undefined ? 0 : 1); }
run("inherited", inherited, 1);
delete Object.prototype.baz;
run("deleted", inherited, 1);
function bad(x) { try { return x.toFixed(101); } catch (e) { return e.constructor.name; } }
run("range", bad, 1.5);
function radix(x, r) { try { return x.toString(r); } catch (e) { return e.constructor.name; } }
run("radix 36", radix, 255.5, 36);
run("radix 1", radix, 255, 1);
run("radix str", radix, 255, "8");
