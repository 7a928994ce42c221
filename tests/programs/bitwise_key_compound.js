// `o[tree] op= v` with a bitwise key (bits[j >> 5] &= ~(1 << (j & 31))): generated code
// keeps the key as a Python int (codegen/stores.py); and counters whose loop starts
// anywhere (j = i + i) feed int trees through their int twin (codegen/int_tree.py).
// Each case runs four times, so that the generated body (not only the closure tier)
// computes it: Arrays (holes, appends, inherited setters, frozen), TypedArrays, Strings,
// plain objects, null, negative and uint32 keys, BigInt keys, valueOf order, and
// counters that hold no index (negative, fractional, -0, Strings).

function show(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "bigint") return v + "n";
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return "[" + Array.from(v, show).join(", ") + "]";
  if (v && typeof v === "object") return "{" + Object.keys(v).map(k => k + ": " + show(v[k])).join(", ") + "}";
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

function sieve(n, start) {
  const bits = new Array((n + 31) >> 5).fill(0xffffffff);
  let count = 0;
  for (let i = start; i < n; i++) {
    if (bits[i >> 5] & 1 << (i & 31)) {
      for (let j = i + i; j < n; j += i) bits[j >> 5] &= ~(1 << (j & 31));
      count++;
    }
  }
  return [count, bits[0], bits[1], bits.length];
}
run("sieve", sieve, 200, 2);
run("sieve typed", (n) => {
  const bits = new Uint32Array((n + 31) >> 5).fill(0xffffffff);
  for (let i = 2; i * i < n; i++) for (let j = i * i; j < n; j += i) bits[j >> 5] &= ~(1 << (j & 31));
  return Array.from(bits);
}, 100);

function counts(keys, make) {
  const o = make();
  for (let i = 0; i < keys.length; i++) o[keys[i] & 3] += 1;
  for (let i = 0; i < keys.length; i++) o[keys[i] >>> 30] |= 8;
  return o;
}
run("counts array", counts, [1, 2, 5, 7, -1, 0.5, "6", null], () => [0, 0, 0, 0]);
run("counts holes", counts, [1, 2, 3, 9], () => [, 0, , 0]);
run("counts object", counts, [1, 2, 3, -1], () => ({ 0: 0, 1: 1 }));
run("counts short array", counts, [0, 1, 2, 3], () => [5]);
run("counts string", counts, [0, 1], () => "abcd");
run("counts strict string", (keys) => { "use strict"; const s = "abcd"; s[keys[0] & 1] += "x"; return s; }, [1]);
run("counts null", counts, [1], () => null);
run("counts typed", counts, [1, 2, 3, 6, -2], () => new Int8Array(4));

function negativeKeys(o) {
  o[~0] += 1;
  o[1 << 31] ^= 3;
  o[-1 >>> 0] -= 2;
  o[(2 ** 32 - 1) >>> 0] *= 2;
  return [o[-1], o[-2147483648], o[4294967295], o.length];
}
run("negative and uint32 keys", (a) => negativeKeys(a.slice()), [1, 2]);
run("negative keys object", (o) => negativeKeys({ ...o }), { "-1": 5, "4294967295": 7 });

function bigintKey() {
  const a = [1, 2, 3, 4, 5];
  a[1n << 2n] += 10;
  a[3n & 2n] *= 7;
  const o = { 12: 1 };
  o[3n << 2n] <<= 3;
  return [a, o];
}
run("BigInt keys", bigintKey);

function order() {
  const log = [];
  const k = { valueOf() { log.push("key"); return 3; } };
  const a = [0, 0, 0, 0, 0, 0, 0];
  a[k ^ 1] += (log.push("rhs"), 5);
  let n = null;
  try { n[(log.push("null key"), 1) & 1] += (log.push("never"), 1); } catch (e) { log.push(e.constructor.name); }
  const o = { get 2() { log.push("get 2"); return 40; }, set 2(v) { log.push("set 2 " + v); } };
  o[k & 2] += 2;
  return [a, log.join(", ")];
}
run("evaluation order", order);

function accessorsAndFrozen() {
  "use strict";
  const log = [];
  Object.defineProperty(Array.prototype, 5, {
    get() { log.push("get 5"); return 1; },
    set(v) { log.push("set 5 " + v); },
    configurable: true,
  });
  try {
    const a = [0, 0];
    a[5 & 7] += 1;
    const f = Object.freeze([1, 2]);
    try { f[1 & 1] |= 4; } catch (e) { log.push(e.constructor.name); }
    const sealed = Object.preventExtensions([1]);
    try { sealed[2 | 0] += 1; } catch (e) { log.push(e.constructor.name); }
    return [a.length, 5 in a, f[1], sealed.length, log.join(", ")];
  } finally {
    delete Array.prototype[5];
  }
}
run("inherited accessors, frozen", accessorsAndFrozen);

function counters(start, end) {
  const out = [];
  for (let j = start; j < end; j++) out.push(j >> 1, j & 3, ~j, (j | 0) + 1, j ^ 5);
  return out;
}
run("counter from 3", counters, 3, 7);
run("counter from -6", counters, -6, -2);
run("counter from -0", counters, -0, 2);
run("counter from 0.5", counters, 0.5, 3);
run("counter from '2'", counters, "2", 5);
run("counter past 2**31", counters, 2 ** 31 - 2, 2 ** 31 + 2);
run("counter past 2**32", counters, 2 ** 32 - 1, 2 ** 32 + 1);

function steppedCounter(start, step) {
  const out = [];
  for (let j = start; j < 40; j += step) out.push((j >> 2) * 3 + (j & 1), j ^ (j >>> 1));
  return out;
}
run("stepped counter", steppedCounter, 5, 7);
run("stepped by a fraction", steppedCounter, 30, 2.5);
run("stepped from negative", steppedCounter, -9, 6);

function histogram(data, make) {
  const c = make();
  for (let i = 0; i < data.length; i++) c[data[i] & 3]++;
  for (let i = 0; i < data.length; i++) c[i >>> 1 & 1]--;
  return c;
}
const bytes = [1, 2, 3, 5, -1, 0.5, "7", null, 2 ** 32 + 2];
run("histogram array", histogram, bytes, () => [0, 0, 0, 0]);
run("histogram holes", histogram, bytes, () => [, 1]);
run("histogram typed", histogram, bytes, () => new Uint8Array(4));
run("histogram object", histogram, bytes, () => ({ 1: 10 }));
run("histogram BigInt values", histogram, [1, 2], () => [0n, 5n, 7n]);
run("histogram string", histogram, [1], () => "ab");
run("histogram null", histogram, [1], () => null);
run("histogram valueOf", () => {
  const log = [];
  const c = [{ valueOf() { log.push("valueOf"); return 41; } }];
  c[{ valueOf() { log.push("key"); return 0; } } & 1]++;
  return [c[0], log.join(", ")];
});
run("histogram frozen (strict)", () => {
  "use strict";
  const c = Object.freeze([1, 2]);
  try { c[3 & 1]++; } catch (e) { return e.constructor.name + " " + c[1]; }
  return "no throw";
});
