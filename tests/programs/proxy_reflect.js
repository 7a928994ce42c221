// Proxy and Reflect: validation, logging, default values, negative array indices, revocation.
const log = [];
const target = { name: 'box', size: 3 };
const logged = new Proxy(target, {
  get(t, k, r) { log.push(`get ${String(k)}`); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push(`set ${String(k)}=${v}`); return Reflect.set(t, k, v, r); },
  has(t, k) { log.push(`has ${String(k)}`); return k in t; },
  deleteProperty(t, k) { log.push(`delete ${String(k)}`); return Reflect.deleteProperty(t, k); },
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
});
logged.size += 1;
'name' in logged;
delete logged.name;
Object.keys(logged);
console.log(log, target);

const validator = new Proxy({}, {
  set(obj, prop, value) {
    if (prop === 'age' && (!Number.isInteger(value) || value < 0)) throw new TypeError(`Invalid age: ${value}`);
    obj[prop] = value;
    return true;
  },
});
validator.age = 30;
for (const bad of [-1, 2.5, 'old']) {
  try { validator.age = bad; } catch (e) { console.log(e.message); }
}
console.log(validator.age, JSON.stringify(validator));

const withDefault = (obj, dflt) => new Proxy(obj, { get: (t, k) => (k in t ? t[k] : dflt) });
const counts = withDefault({}, 0);
for (const ch of 'mississippi') counts[ch] = counts[ch] + 1;
console.log(JSON.stringify(counts), counts.zzz);

const negArray = (arr) => new Proxy(arr, {
  get(t, k, r) { if (typeof k === 'string' && /^-\d+$/.test(k)) k = String(t.length + Number(k)); return Reflect.get(t, k, r); },
});
const na = negArray([10, 20, 30, 40]);
console.log(na[-1], na[-4], na[0], na.length, na.slice(1), Array.isArray(na));

const fnProxy = new Proxy(function add(a, b) { return a + b; }, {
  apply(t, thisArg, args) { return t(...args) * 10; },
  construct(t, args) { return { constructed: args }; },
});
console.log(fnProxy(1, 2), new fnProxy(1, 2), typeof fnProxy, fnProxy.name, fnProxy.length);

const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
console.log(proxy.a);
revoke();
try { proxy.a; } catch (e) { console.log(e.constructor.name, e.message); }

console.log(Reflect.ownKeys({ b: 1, a: 2, 1: 'x', [Symbol('s')]: 3 }), Reflect.has({ x: 1 }, 'x'));
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.construct(Date, [0]).getTime());
const o = {};
console.log(Reflect.defineProperty(o, 'fixed', { value: 1 }), Reflect.set(o, 'fixed', 2), o.fixed, Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.set(o, 'n', 1));
console.log(Reflect.getOwnPropertyDescriptor(o, 'fixed'));
class Base { constructor() { this.kind = new.target.name; } }
class Derived extends Base {}
console.log(Reflect.construct(Base, [], Derived), Reflect.construct(Base, [], Derived) instanceof Derived);
const readOnly = (obj) => new Proxy(obj, { set() { return false; }, deleteProperty() { return false; } });
const ro = readOnly({ v: 1 });
ro.v = 2;
console.log(ro.v, delete ro.v);
(function () { 'use strict'; try { ro.v = 3; } catch (e) { console.log(e.constructor.name, e.message); } })();
const observed = [];
const observe = (obj) => new Proxy(obj, { set(t, k, v) { observed.push([k, t[k], v]); t[k] = v; return true; } });
const state = observe({ count: 0 });
state.count++; state.count++; state.label = 'x';
console.log(observed);
console.log(Object.keys(new Proxy({}, { ownKeys: () => ['a', 'b'], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }) })));
