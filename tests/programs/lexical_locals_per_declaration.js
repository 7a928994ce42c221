// Number facts per lexical declaration (pyjs/interp/codegen/number_locals.py): a name
// declared by several `let`/`const` (two `for (let i ...)` loops, a shadowing block) is
// one binding per declaration, and `let x;` is past its TDZ without a typed value.
// Everything here must keep the general path: a binding of the same name holding a
// String, reads of a shadowed name, reads in the TDZ, reads of `let x;` before an
// assignment (undefined), in every iteration of a loop, in a switch, and names that
// a closure captures.  Each case runs several times, so that the generated body (not
// only the closure tier) computes it.

function show(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
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

// -- several declarations of one name ---------------------------------------------------
function twoLoops(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i * 2;
  for (let i = n; i > 0; i--) s -= i / 2;
  for (const i of ["a", "b"]) s += i;
  return s;
}
run("two loops then a string loop", twoLoops, 5);

function stringThenNumber(n) {
  const out = [];
  { let x = "s"; out.push(x + 1, x * 2); }
  { let x = n; out.push(x + 1, x * 2, -x); }
  { let x = -0; out.push(x * 1, x + 0); }
  { let x = NaN; out.push(x + 1, x === x); }
  return out;
}
run("string then number in sibling blocks", stringThenNumber, 3);

function shadowing(n) {
  let x = n;
  const out = [x + 1];
  out.push(typeof x === "number");
  {
    let x = "inner";
    out.push(x + 1);
    {
      let x = 2 ** 31;
      out.push(x | 0, x >>> 0, x + 1);
    }
    out.push(x + 2);
  }
  out.push(x * 3);
  return out;
}
run("shadowing", shadowing, 4);

function tdzOfShadow(n) {
  let x = n;
  {
    let y = x + 1;
    try { x + 1; } catch (e) { return "caught"; }
    return y;
  }
}
run("outer read in a block", tdzOfShadow, 1);

function tdzInner(n) {
  let x = n;
  {
    const out = [];
    try { out.push(x + 1); } catch (e) { out.push(e.constructor.name); }
    let x = 10;
    out.push(x + 1);
    return out;
  }
}
run("inner TDZ", tdzInner, 1);

function loopShadowsLoop(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    let i2 = i;
    for (let i = "x"; i.length < 3; i += "y") out.push(i + i2);
    out.push(i * 10);
  }
  return out;
}
run("loop variable shadowed in its body", loopShadowsLoop, 2);

function forBodyRedeclares(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    let i = "body";
    out.push(i);
  }
  return out;
}
run("for body redeclares its variable", forBodyRedeclares, 2);

function switchCases(k) {
  let v = 1;
  switch (k) {
    case 0: { let v = "zero"; return v + 1; }
    case 1: { let v = 5; return v * 2; }
    default: return v + 1;
  }
}
run("switch 0", switchCases, 0);
run("switch 1", switchCases, 1);
run("switch 2", switchCases, 2);

function switchScope(k) {
  switch (k) {
    case 0:
      let w = 3;
      return w + 1;
    case 1:
      try { return w + 1; } catch (e) { return e.constructor.name; }
  }
  { let w = "after"; return w + 1; }
}
run("switch scope 0", switchScope, 0);
run("switch scope 1", switchScope, 1);
run("switch scope 2", switchScope, 2);

function capturedOnce(n) {
  const fs = [];
  for (let i = 0; i < n; i++) fs.push(() => i);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += i + fs[i]();
  return sum;
}
run("one declaration captured", capturedOnce, 4);

// -- let x; -------------------------------------------------------------------------------
function declaredThenAssigned(c) {
  let f, g;
  const before = [f + 1, g === undefined, typeof f];
  if (c) { f = 1; g = 2; } else { f = 3; g = 4.5; }
  return before.concat([f + g, f * g, -f]);
}
run("let x; then both branches assign", declaredThenAssigned, true);
run("let x; then both branches assign (false)", declaredThenAssigned, false);

function declaredOneBranch(c) {
  let f;
  if (c) f = 2;
  return [f + 1, f * 2, f === undefined];
}
run("let x; one branch (true)", declaredOneBranch, true);
run("let x; one branch (false)", declaredOneBranch, false);

function declaredInLoop(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    let f;
    out.push(f + 1);          // undefined again in every iteration
    if (i % 2) f = i;
    out.push(f * 2);
    f = i + 0.5;
    out.push(f + 1);
  }
  return out;
}
run("let x; in a loop body", declaredInLoop, 3);

function declaredInLoopMd5(n) {
  let a = 1, b = 2;
  for (let i = 0; i < n; i++) {
    let f, g;
    if (i < 2) { f = (a & b) | (~a & 3); g = i; }
    else if (i < 4) { f = a ^ b; g = (5 * i + 1) % 16; }
    else { f = "s" + i; g = i; }
    a = (a + f + g) | 0;
    b = (b + (f << 3)) | 0;
  }
  return [a, b];
}
run("let f, g; assigned in every branch", declaredInLoopMd5, 6);

function declaredReadInTry() {
  let x;
  try {
    x = 1;
    throw new Error("e");
  } catch (e) {
    return x + 1;
  }
}
run("let x; assigned in try, read in catch", declaredReadInTry);

function declaredNeverAssigned() {
  let x;
  return [x, x + 1, typeof x, x === undefined];
}
run("let x; never assigned", declaredNeverAssigned);

function declaredReassignedString(n) {
  let x;
  x = n;
  const a = x + 1;
  x = "str";
  return [a, x + 1];
}
run("let x; a Number then a String", declaredReassignedString, 2);

function declaredInSwitch(k) {
  let r;
  switch (k) {
    case 0: r = 1; break;
    case 1: r = 2;
  }
  return [r + 1, r];
}
run("let x; switch 0", declaredInSwitch, 0);
run("let x; switch 1", declaredInSwitch, 1);
run("let x; switch 2", declaredInSwitch, 2);

function declaredCaptured() {
  let x;
  const get = () => x;
  const before = get();
  x = 3;
  return [before, get() + 1];
}
run("let x; captured", declaredCaptured);
