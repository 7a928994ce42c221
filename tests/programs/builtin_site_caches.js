// Built-in call sites that keep their answer (the String method or the Math / String
// function is the realm's built-in) until a watched object changes: every change made
// between two calls, by the loop itself or by a function it calls, must be seen at the
// next call; receivers and arguments that are not the fast path's take the general one.
function show(v) {
  if (typeof v === "string") return JSON.stringify(v);
  if (Object.is(v, -0)) return "-0";
  return String(v);
}

function run(name, f) {
  let out;
  try {
    out = f();
  } catch (e) {
    out = "threw " + e.constructor.name + ": " + e.message;
  }
  console.log(name + ": " + out);
}

// one site per built-in, called from loops (hot enough for generated code)
function codes(s, n, hook) {
  const out = [];
  for (let i = 0; i < n; i++) {
    if (hook) hook(i);
    out.push(s.charCodeAt(i));
  }
  return out.map(show).join(",");
}
function chars(s, idx) {
  const out = [];
  for (let k = 0; k < idx.length; k++) out.push(show(s.charCodeAt(idx[k])) + "/" + show(s.charAt(idx[k])));
  return out.join(",");
}
function pieces(s, hook) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    if (hook) hook(i);
    out.push(show(s.substring(i, i + 2)) + show(s.slice(i)) + show(s.indexOf("b", i)) + show(s.toUpperCase()));
  }
  return out.join(" ");
}
function fromCodes(xs, hook) {
  let s = "";
  for (let i = 0; i < xs.length; i++) {
    if (hook) hook(i);
    s += String.fromCharCode(xs[i]);
  }
  return show(s);
}
function floors(xs, hook) {
  const out = [];
  for (let i = 0; i < xs.length; i++) {
    if (hook) hook(i);
    out.push(show(Math.floor(xs[i])) + "|" + show(Math.max(xs[i], 1, 2)));
  }
  return out.join(",");
}
function floorsOf(m, xs) {
  const out = [];
  for (let i = 0; i < xs.length; i++) out.push(show(m.floor(xs[i])));
  return out.join(",");
}

for (let r = 0; r < 30; r++) { codes("warm", 4); chars("ab", [0]); pieces("abcabc"); fromCodes([65]); floors([1.5]); floorsOf(Math, [2.5]); }

// indexes and receivers the fast path leaves to the built-in
run("charCodeAt indexes", () => chars("a\ud83d\ude00b", [0, 1, 2, 3, 4, -1, -0, 0.9, 1.5, NaN, Infinity, "2", undefined, null, true, 2 ** 32]));
run("charCodeAt String object", () => codes(new String("xyz"), 4));
run("charCodeAt number with a method", () => {
  Number.prototype.charCodeAt = function (i) { return "num" + this + ":" + i; };
  try { return codes(42, 2); } finally { delete Number.prototype.charCodeAt; }
});
run("charCodeAt undefined receiver", () => codes(undefined, 1));

// String.prototype methods changed between calls
const origCharCodeAt = String.prototype.charCodeAt;
run("charCodeAt replaced mid-loop", () => codes("abcdef", 6, (i) => {
  if (i === 2) String.prototype.charCodeAt = function (k) { return "mine" + k; };
  if (i === 4) String.prototype.charCodeAt = origCharCodeAt;
}));
run("charCodeAt deleted mid-loop", () => {
  try {
    return codes("abcdef", 6, (i) => { if (i === 3) delete String.prototype.charCodeAt; });
  } finally {
    String.prototype.charCodeAt = origCharCodeAt;
  }
});
run("charCodeAt restored", () => codes("abc", 3));
run("charCodeAt as getter", () => {
  Object.defineProperty(String.prototype, "charCodeAt", {
    configurable: true, writable: true, enumerable: false, value: origCharCodeAt,
  });
  const hits = [];
  const r = codes("ab", 2, (i) => {
    if (i === 1) Object.defineProperty(String.prototype, "charCodeAt", {
      configurable: true, get() { hits.push("get"); return () => 7; },
    });
  });
  Object.defineProperty(String.prototype, "charCodeAt", {
    configurable: true, writable: true, enumerable: false, value: origCharCodeAt,
  });
  return r + " " + hits.join("");
});
run("charCodeAt shadowed by Object.prototype? no: own String.prototype wins", () => {
  Object.prototype.charCodeAt = () => "object";
  try { return codes("ab", 2); } finally { delete Object.prototype.charCodeAt; }
});
run("charCodeAt after an unrelated prototype change", () => codes("ab", 2, (i) => {
  function C() {}
  C.prototype.x = i;
  new C();
}));
const origSubstring = String.prototype.substring, origUpper = String.prototype.toUpperCase;
run("substring/slice/indexOf/toUpperCase", () => pieces("abcabc"));
run("substring and toUpperCase replaced mid-loop", () => {
  try {
    return pieces("abcabc", (i) => {
      if (i === 1) String.prototype.substring = function (a, b) { return "sub" + a + b; };
      if (i === 2) String.prototype.toUpperCase = () => "UP";
      if (i === 3) String.prototype.substring = origSubstring;
    });
  } finally {
    String.prototype.substring = origSubstring;
    String.prototype.toUpperCase = origUpper;
  }
});

// String.fromCharCode: an own property of the String constructor
const origFromCharCode = String.fromCharCode;
run("fromCharCode values", () => fromCodes([72, 105.9, 0x10041, -1, NaN, 0xd83d, 0xde00, "66", -0]));
run("fromCharCode replaced mid-loop", () => {
  try {
    return fromCodes([65, 66, 67, 68], (i) => {
      if (i === 1) String.fromCharCode = (c) => "<" + c + ">";
      if (i === 3) String.fromCharCode = origFromCharCode;
    });
  } finally {
    String.fromCharCode = origFromCharCode;
  }
});
run("fromCharCode deleted mid-loop", () => {
  try {
    return fromCodes([65, 66, 67], (i) => { if (i === 2) delete String.fromCharCode; });
  } finally {
    String.fromCharCode = origFromCharCode;
  }
});
run("fromCharCode on a replaced String global", () => {
  const S = String;
  try {
    return fromCodes([65, 66, 67], (i) => {
      if (i === 1) String = { fromCharCode: (c) => "obj" + c };
      if (i === 2) String = S;
    });
  } finally {
    String = S;
  }
});
run("fromCharCode made a getter", () => {
  try {
    return fromCodes([65, 66], (i) => {
      if (i === 1) Object.defineProperty(String, "fromCharCode", { configurable: true, get: () => () => "g" });
    });
  } finally {
    Object.defineProperty(String, "fromCharCode", { configurable: true, writable: true, value: origFromCharCode });
  }
});
run("fromCharCode restored", () => fromCodes([65, 66]));

// Math functions: own properties of the Math object
const origFloor = Math.floor, origMax = Math.max;
run("floor values", () => floors([1.5, -1.5, -0, 0.2, -0.2, NaN, Infinity, "3.7", null, 2 ** 53 + 0.5]));
run("floor replaced mid-loop", () => {
  try {
    return floors([1.5, 2.5, 3.5, 4.5], (i) => {
      if (i === 1) Math.floor = (x) => "f" + x;
      if (i === 2) Math.max = () => "m";
      if (i === 3) Math.floor = origFloor;
    });
  } finally {
    Math.floor = origFloor;
    Math.max = origMax;
  }
});
run("floor deleted mid-loop", () => {
  try {
    return floors([1.5, 2.5], (i) => { if (i === 1) delete Math.floor; });
  } finally {
    Math.floor = origFloor;
  }
});
run("floor of other holders", () => [
  floorsOf(Math, [1.5, -2.5]),
  floorsOf({ floor: Math.floor }, [1.5]),
  floorsOf(Object.create(Math), [3.5]),
  floorsOf({ floor: (x) => "own" + x }, [4.5]),
  floorsOf(Math, [5.5]),
].join(" "));
run("Math becomes a prototype", () => {
  const child = Object.create(Math);
  const r = floorsOf(child, [1.5]);
  Math.floor = (x) => "after" + x;
  try { return r + " " + floorsOf(child, [2.5]) + " " + floorsOf(Math, [3.5]); } finally { Math.floor = origFloor; }
});
run("Math global replaced", () => {
  const M = Math;
  try {
    return floors([1.5, 2.5, 3.5], (i) => {
      if (i === 1) Math = { floor: (x) => "fake" + x, max: () => "fakemax" };
      if (i === 2) Math = M;
    });
  } finally {
    Math = M;
  }
});
run("floor restored", () => floors([6.5, -6.5]));
run("Math frozen mid-loop", () => floors([1.5, 2.5, 3.5], (i) => {
  if (i === 1) Object.freeze(Math);
  if (i === 2) Math.floor = () => "ignored";
}));

// arguments read as ints: literals and loop counters, in range or not
function piecesAt(s, i) {
  return show(s.substring(i, i + 2)) + show(s.slice(i)) + show(s.slice(0, i)) + show(s.indexOf("b", i)) +
    show(s.charAt(0)) + show(s.charCodeAt(0)) + show(String.fromCharCode(i + 64));
}
function counted(s, from, to) {
  const out = [];
  for (let i = from; i < to; i++) {
    out.push(show(s.substring(i, i + 2)) + show(s.slice(i)) + show(s.slice(0, i)) + show(s.indexOf("b", i)) +
      show(s.charAt(0)) + show(s.charCodeAt(0)) + show(String.fromCharCode(i + 64)));
  }
  return out.join(" ");
}
function stepped(s, from, to, step) {
  const out = [];
  for (let i = from; i < to; i += step) out.push(piecesAt(s, i));
  return out.join(" ");
}
function reordered(s) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    let j = i;
    out.push(show(s.substring(j, j++)) + show(s.slice(j, (j = 1))) + show(s.substring(j, i)) + j);
  }
  return out.join(" ");
}
function codePoints(from, n) {
  let s = "";
  for (let i = from; i < from + n; i++) s += String.fromCharCode(i);
  return [...s].map((c) => c.charCodeAt(0)).join(",");
}
for (let r = 0; r < 30; r++) { counted("ab", 0, 1); stepped("ab", 0, 1, 1); reordered("ab"); codePoints(65, 1); }
run("counters", () => counted("abcab", -2, 7));
run("counters from an empty string", () => counted("", -1, 2));
run("counters not integral", () => counted("abcab", 0.5, 3) + " " + counted("abcab", -0, 1));
run("fractional steps", () => stepped("abcab", 0, 3, 0.5) + " " + stepped("abcab", NaN, 3, 1) + stepped("abcab", "1", 3, 1));
run("arguments that change the counter", () => reordered("abcdef"));
run("fromCharCode counters", () => codePoints(65530, 12) + " " + codePoints(-3, 5));
function windows(s, k) {
  const out = [];
  for (var i = 0; i + k <= s.length; i++) out.push(show(s.substring(i, i + k)) + show(s.slice(i, i + k)) + show(s.indexOf("a", i)));
  return out.join(",");
}
for (let r = 0; r < 30; r++) windows("abc", 2);
run("windows", () => [windows("abcab", 2), windows("abcab", 0), windows("abc", -1).length, windows("abcab", 1.5), windows("abcab", "2")].join(" "));

// arguments known to be Numbers (written only with Numbers): no type test, the same edges
function numberLocals(s, n) {
  const out = [];
  let x = -1.5;
  for (let r = 0; r < n; r++) {
    out.push(show(s.charCodeAt(x)) + show(s.charAt(x)) + show(s.substring(x, x + 2)) + show(s.slice(x)) +
      show(String.fromCharCode(x + 66)) + show(Math.floor(x)) + show(Math.sqrt(x)) + show(Math.max(x, 0.5)) +
      show(Math.round(x)) + show(Math.abs(x)));
    x = r === 0 ? 0.5 : r === 1 ? 3.9 : r === 2 ? -0 : r === 3 ? 0 / 0 : r === 4 ? 1e300 : r === 5 ? -1 / 0 :
      r === 6 ? 65535.5 : r === 7 ? 2 : r === 8 ? 9007199254740994 : -1;
  }
  return out.join(" ");
}
for (let r = 0; r < 30; r++) numberLocals("ab", 1);
run("Number locals", () => numberLocals("abcd\ud83d\ude00", 11));
