// Assignments to global bindings inside expressions: vars, implicit globals, read-only, strict, lexical, const.
var m, n = 0, s = [];
var re = /a(\d)/g, str = "a1 a2 a3";
while ((m = re.exec(str)) !== null) s.push(m[1]);
function f() { return (implicitG = 5) + 1; }
console.log(s.join(), m, f(), implicitG, (n = n + 2) * 10, n);
Object.defineProperty(globalThis, "ro", { value: 1, writable: false });
function g() { return (ro = 7); }
console.log(g(), ro);
function h() { "use strict"; try { return (undeclared = 3); } catch (e) { return e.constructor.name; } }
function k() { "use strict"; try { return (ro = 3); } catch (e) { return e.constructor.name; } }
console.log(h(), k(), typeof undeclared);
let lexG = 1; function l() { return (lexG = lexG + 1); } console.log(l(), lexG);
const cG = 1; function c() { try { return (cG = 2); } catch (e) { return e.constructor.name; } } console.log(c(), cG);
var fnName = function () {}; var anon; (anon = function () {}); console.log(anon.name, (anon2 = () => 1).name);
