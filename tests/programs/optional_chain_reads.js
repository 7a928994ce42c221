// Optional chains of property reads in functions called often enough to be generated.
var log = [];
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
function f(x, k) {
  return [t(() => x?.a), t(() => x?.a.b), t(() => x?.a?.b), t(() => x.a?.[k]), t(() => x?.["a"]?.[k]?.length),
    t(() => (x?.a)?.b), t(() => (x?.a).b), x?.a?.b ?? "dflt", typeof x?.a, x?.a?.b === undefined];
}
var getter = { get a() { log.push("get a"); return { b: "gb" }; } };
var values = [{ a: { b: 1 } }, { a: null }, { a: { b: [1, 2] } }, null, undefined, 0, "str", getter, { a: "xy" }];
for (var i = 0; i < 30; i++) {
  var rows = values.map((v) => JSON.stringify(f(v, (log.push("key"), "b"))));
  if (i % 10 === 0) console.log(rows.join("\n"));
}
console.log(log.length, log.slice(0, 4).join());
function keyOrder(o, i) { return o?.[(log.push("k" + i), i)]; }
log.length = 0;
for (var i = 0; i < 30; i++) keyOrder(i % 2 ? null : [5, 6], i % 3);
console.log(log.join());
function deep(o) { return o?.a?.b?.c?.d; }
var d = 0; for (var i = 0; i < 30; i++) d += deep({ a: { b: { c: { d: i } } } }) ?? 0;
console.log(d, deep({ a: { b: null } }), deep(null));
