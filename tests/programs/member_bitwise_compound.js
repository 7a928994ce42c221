// `o[k] op= v` and `o.p op= v` for a bitwise op (pyjs/interp/codegen/stores.py
// combine_old): the member's old value is the first leaf of a fused int tree.  Here what
// must take the general path: old values that are no Int32 (fractions, NaN, -0, 2**32,
// Strings, undefined from holes, BigInts, objects with valueOf, whose calls must come in
// the spec's order), getters and setters, proxies, typed arrays, and right-hand sides
// that change the member first.  Each case runs several times, so that the generated
// body (not only the closure tier) computes it.

function show(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "bigint") return v + "n";
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return "[" + v.map(show).join(", ") + "]";
  return String(v);
}

function run(name, f, ...args) {
  let first;
  for (let i = 0; i < 4; i++) {
    let out;
    try {
      out = show(f(...args));
    } catch (e) {
      out = "threw " + (e && e.constructor ? e.constructor.name : e);
    }
    if (i === 0) first = out;
    else if (out !== first) out += " (differs from the first call: " + first + ")";
    if (i === 3) console.log(name + ": " + out);
  }
}

function sieve(n) {
  const bits = new Array((n + 31) >> 5).fill(0xffffffff);
  let count = 0;
  for (let i = 2; i < n; i++) {
    if (bits[i >> 5] & 1 << (i & 31)) {
      for (let j = i + i; j < n; j += i) bits[j >> 5] &= ~(1 << (j & 31));
      count++;
    }
  }
  return [count, bits[0], bits[1]];
}
run("sieve", sieve, 100);

function elements(values) {
  const a = values.slice();
  for (let i = 0; i < a.length; i++) a[i] &= 0xFF;
  const b = values.slice();
  for (let i = 0; i < b.length; i++) b[i] |= 0;
  const c = values.slice();
  for (let i = 0; i < c.length; i++) c[i] >>>= 1;
  const d = values.slice();
  for (let i = 0; i < d.length; i++) d[i] <<= 31;
  const e = values.slice();
  for (let i = 0; i < e.length; i++) e[i] ^= -1;
  const f = values.slice();
  for (let i = 0; i < f.length; i++) f[i] >>= 1;
  return [a, b, c, d, e, f];
}
run("elements", elements, [1, -1, 0.5, -0, NaN, Infinity, 2 ** 32, 2 ** 31, -(2 ** 31) - 1, 0xFFFFFFFF, "12", "x", null, true, undefined]);

function holes() {
  const a = [1, , 3];
  a[1] |= 4;
  a[5] ^= 2;
  return [a.length, a[1], a[5], 3 in a, 4 in a];
}
run("holes", holes);

function bigints() {
  const a = [5n, 6n];
  a[0] &= 3n;
  a[1] <<= 2n;
  const out = [a[0], a[1]];
  try { a[0] |= 1; } catch (e) { out.push(e.constructor.name); }
  try { a[1] >>>= 1n; } catch (e) { out.push(e.constructor.name); }
  return out;
}
run("bigints", bigints);

function valueOfOrder() {
  const log = [];
  const obj = { valueOf() { log.push("old"); return 6; } };
  const a = [obj];
  a[0] |= { valueOf() { log.push("right"); return 1; } };
  const o = { p: { valueOf() { log.push("p"); return 12; } } };
  o.p &= (log.push("rhs"), { valueOf() { log.push("rhs valueOf"); return 10; } });
  return [a[0], o.p, log.join(" ")];
}
run("valueOf order", valueOfOrder);

function accessors() {
  const log = [];
  let stored = 0xF0;
  const o = {
    get p() { log.push("get"); return stored; },
    set p(v) { log.push("set " + v); stored = v; },
  };
  o.p |= 0x0F;
  o.p >>>= 4;
  o["p"] ^= 1;
  return [stored, log.join(", ")];
}
run("accessors", accessors);

function proxies() {
  const log = [];
  const target = { n: 7, 0: 3 };
  const p = new Proxy(target, {
    get(t, k) { log.push("get " + String(k)); return t[k]; },
    set(t, k, v) { log.push("set " + String(k) + "=" + v); t[k] = v; return true; },
  });
  p.n &= 5;
  p[0] <<= 2;
  return [target.n, target[0], log.join(", ")];
}
run("proxies", proxies);

function typedArrays() {
  const u = new Uint32Array([0xFFFFFFFF, 1, 2]);
  u[0] >>>= 1;
  u[1] |= 0x80000000;
  u[2] ^= -1;
  const s = new Int8Array([127, -128, 5]);
  s[0] <<= 1;
  s[1] >>= 1;
  s[2] &= 0x1FF;
  const f = new Float64Array([2.5, -0.5]);
  f[0] |= 0;
  f[1] ^= 0;
  return [u[0], u[1], u[2], s[0], s[1], s[2], f[0], f[1]];
}
run("typed arrays", typedArrays);

function rightChangesMember() {
  const a = [1, 2];
  a[0] |= (a[0] = 8, 2);
  const o = { p: 1 };
  o.p ^= (o.p = 100, 3);
  const b = [5];
  b[0] &= (b.length = 0, 7);
  return [a[0], o.p, b[0], b.length];
}
run("right-hand side changes the member", rightChangesMember);

function stringKeys() {
  const o = { a: 3, b: "5", c: 2.5 };
  for (const k of ["a", "b", "c", "d"]) o[k] |= 16;
  return [o.a, o.b, o.c, o.d];
}
run("string keys", stringKeys);

function frozenTarget() {
  "use strict";
  const a = Object.freeze([1]);
  try { a[0] |= 2; } catch (e) { return e.constructor.name + " " + a[0]; }
  return "no throw";
}
run("frozen (strict)", frozenTarget);

function namedMembers(n) {
  const o = { h: 0x811c9dc5 };
  for (let i = 0; i < n; i++) {
    o.h ^= i;
    o.h = Math.imul(o.h, 16777619);
    o.h >>>= 0;
  }
  return o.h;
}
run("named members", namedMembers, 10);
