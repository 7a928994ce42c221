// Global let, const and class bindings read and written from functions (each reference
// site caches the binding's cell once it is initialized): reads and writes in the TDZ,
// from functions that were called (and made hot) before the declaration ran; const
// assignment; class bindings reassigned; typeof; direct eval; delete; globalThis.
var log = [];
function show(f) {   // (pyjs words the const assignment TypeError differently)
  try { return f(); } catch (e) { return e.constructor.name + (e instanceof TypeError ? "" : ": " + e.message); }
}

function readL() { return L; }
function writeL(v) { L = v; return L; }
function typeofL() { return typeof L; }
function readC() { return C; }
function writeC() { C = 2; }
function bumpC() { C++; }
function makeP(x) { return new P(x); }
function readP() { return P; }
function typeofUndeclared() { return typeof notDeclaredAnywhere; }
function readUndeclared() { return notDeclaredAnywhere; }

// hot calls while the bindings are in their TDZ: each throws a ReferenceError
var errs = {};
for (var i = 0; i < 40; i++) {
  [readL, function () { return writeL(i); }, typeofL, readC, writeC, bumpC, function () { return makeP(i); }, readP,
   readUndeclared].forEach(function (f, j) {
    var r = show(f);
    errs[j + ":" + r] = (errs[j + ":" + r] || 0) + 1;
  });
  typeofUndeclared();
}
log.push(JSON.stringify(errs));
log.push(typeofUndeclared());

let L = "l0";
const C = { n: 1 };
class P { constructor(x) { this.x = x; } }

// now initialized: the same sites read the values
var sum = 0;
for (var i = 0; i < 40; i++) {
  sum += makeP(i).x;
  writeL("l" + i);
}
log.push(sum, readL(), typeofL(), readC().n, readP().name, makeP(5) instanceof P);

// const assignment stays a TypeError after the site has cached the cell for reads
for (var i = 0; i < 30; i++) readC();
log.push(show(writeC), show(bumpC), readC().n, C.n);
C.n = 7;              // the object is mutable; the binding is not
log.push(readC().n);

// a class binding is mutable (a let), from global code and from functions
function replaceP(v) { P = v; }
var OldP = P;
replaceP(function Q(x) { this.x = -x; });
log.push(makeP(3).x, readP().name);
P = OldP;
log.push(makeP(4).x, readP() === OldP);

// writes from one function seen by reads in another, and by global code
for (var i = 0; i < 30; i++) writeL(i * 2);
log.push(L, readL(), typeof L);

// lexical bindings are not properties of the global object
log.push("L" in globalThis, globalThis.L, delete globalThis.L, typeof globalThis.C);
log.push(show(function () { return delete L; }));

// a direct eval in a function sees and assigns the bindings (indirect evals and new
// Function, which Node runs outside this file's scope, are in tests/interp/test_script_globals.py)
function viaEval(src) { return eval(src); }
log.push(viaEval("L + 1"), viaEval("L = 'ev'"), readL(), show(function () { return viaEval("C = 3"); }), readC().n);

// compound assignments and updates through the cells
function compound() { L = 10; L += 5; L *= 2; L++; ++L; L--; return L; }
for (var i = 0; i < 30; i++) compound();
log.push(compound(), L);

// destructuring assignment to global lexical bindings from a function
function destructure(o) { ({ a: L } = o); [L] = [L + "!"]; return L; }
for (var i = 0; i < 30; i++) destructure({ a: i });
log.push(destructure({ a: "d" }));
log.push(show(function () { ({ c: C } = { c: 1 }); }));

log.forEach(function (x) { console.log(x); });
