// Which bindings of a function its nested functions close over (the rest live in Python
// locals of the generated code). Each nested function below either declares a name of its
// own (parameter, var, top-level let, loop head, catch parameter, its own name) or reads
// the outer binding of that name (a default parameter, a name used after an inner block's
// let or after a catch clause, an arrow's this): the outer function changes the binding
// after making the nested function, so reading a stale copy would show.
function params(n) {
  let node = "start", i = 0;
  const reads = () => node + i;
  const own = (node, i) => node + i;
  let out = "";
  for (let k = 0; k < n; k++) { node = "n" + k; i = k; out += reads() + own("p", k) + ";"; }
  return out;
}
function blocks(n) {
  let q = "outer-q", e = "outer-e", j = "outer-j";
  const afterBlock = () => { { let q = "inner"; } return q; };
  const afterCatch = () => { try { throw 1; } catch (e) { } return e; };
  const afterLoop = () => { let s = ""; for (let j of ["x", "y"]) s += j; return s + j; };
  const ownBlock = () => { let q = "own"; { let e = "own-e"; q += e; } return q; };
  let out = "";
  for (let k = 0; k < n; k++) {
    q = "q" + k; e = "e" + k; j = "j" + k;
    out += [afterBlock(), afterCatch(), afterLoop(), ownBlock()].join(",") + ";";
  }
  return out;
}
function defaults(n) {
  let b = "outer-b", c = "outer-c";
  const seesOuter = function (a = b) { var b = "body-b"; return a + "/" + b; };
  const seesParam = (c, a = c) => a;
  const named = function c() { return typeof c; };
  let out = "";
  for (let k = 0; k < n; k++) { b = "b" + k; c = "c" + k; out += seesOuter() + seesParam("param") + named() + ";"; }
  return out + c;
}
function thisAndArguments(n) {
  const o = { v: 1, run(m) {
    let total = 0;
    const arrow = () => this.v + arguments.length;
    const plain = function () { return this === undefined ? arguments.length : this.v; };
    for (let k = 0; k < m; k++) { total += arrow() + plain.call({ v: 100 }) + plain(); this.v++; }
    return total;
  } };
  return o.run(n) + "," + o.run(n, "extra");
}
function properties(n) {
  let x = 0, y = "y";
  const f = (o) => o.x + o["y"] + ({ x: 5 }).x + (({ y }) => y)({ y: "own" });
  let out = "";
  for (let k = 0; k < n; k++) { x = k; y = "y" + k; out += f({ x: k, y: "p" }) + "|" + x + y + ";"; }
  return out;
}
function labels(n) {
  let found = 0;
  const search = () => { outer: for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) if (a * b === 2) { found++; break outer; } };
  for (let k = 0; k < n; k++) search();
  return found;
}
for (let rep = 0; rep < 4; rep++) {
  console.log(params(3), blocks(2), defaults(2));
  console.log(thisAndArguments(3), properties(2), labels(3));
}
