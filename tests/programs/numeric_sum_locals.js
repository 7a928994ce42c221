// A local that starts as a Number and only has Numerics added to it (the value of
// - * / % ** & | ^ << >>, unary - and ~, ++ and --) holds a Number: a BigInt among
// them throws instead (pyjs/interp/codegen/number_locals.py), so the generated code
// reads it with no type test.  Here the operands are Strings, objects with valueOf,
// BigInts, -0, NaN, Infinity, and every such value reaches the sum.  Each case runs
// several times, so that the generated body (not only the closure tier) computes it.

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

function dot(a, b) {
  var s = 0;
  for (var k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}
run("dot numbers", dot, [1, 2, 3], [4, 5, 6]);
run("dot strings", dot, ["1", "2", "3"], ["4", "5", "6"]);
run("dot valueOf", dot, [{ valueOf() { return 3; } }, 2], [4, { valueOf() { return "5"; } }]);
run("dot BigInt", dot, [1n, 2n], [3n, 4n]);
run("dot mixed BigInt", dot, [1, 2n], [3, 4n]);
run("dot -0", dot, [-0], [5]);
run("dot NaN", dot, [NaN, 1], [1, 1]);
run("dot Infinity", dot, [Infinity, -Infinity], [1, 1]);
run("dot holes", dot, [1, , 3], [1, 1, 1]);
run("dot undefined", dot, [1, 2], [1]);

function sums(xs) {
  let s = -0, t = 0, u = 0, v = 0, w = 0, z = 0;
  for (let x of xs) {
    s = s + (x - 1);
    t = (x / 2) + t;
    u += -x;
    v += ~x;
    w = w + (x % 3) + (x ** 2);
    z += x++ + (x <<= 1) + (x >> 1) + (x & 7) + (x | 1) + (x ^ 5);
  }
  return [s, t, u, v, w, z, typeof s];
}
run("sums numbers", sums, [1, 2, 3.5]);
run("sums strings", sums, ["1", "2", "x"]);
run("sums empty", sums, []);
run("sums -0", sums, [-0]);
run("sums objects", sums, [{ valueOf() { return 7; } }, [4], [], null, true]);
run("sums BigInt", sums, [1n]);
run("sums symbol", sums, [Symbol("s")]);

function decrements(n) {
  let s = 0, i = n;
  while (i > 0) s += i--;
  let t = 0;
  for (let j = 0; j < 3; j++) t = --n + t;
  return [s, t, i, n];
}
run("decrements", decrements, 5);
run("decrements string", decrements, "4");
run("decrements BigInt", decrements, 3n);

function notNumeric(xs) {
  // + and = of values that may be Strings keep the sum a String
  let s = 0, t = 0;
  for (const x of xs) { s += x; t = t + (x, "!"); }
  return [s, t];
}
run("not numeric", notNumeric, [1, "2", 3]);

function caught(xs) {
  let s = 0, log = [];
  for (const x of xs) {
    try { s += x * 2; } catch (e) { log.push(e.constructor.name); }
  }
  return [s, log.join()];
}
run("caught", caught, [1, 2n, 3, 4n]);
