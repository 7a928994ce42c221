"""Global code: the completion value of a script (what Realm.run_script returns) and
the caches of var bindings, on every tier.

The code generator drops the completion value of a statement that a later
statement's value always replaces (FunctionGenerator.script_statements), so that
top-level loops take the statement forms of ``a.push(x)``, ``o.n++``, ``s += x``.
Each case has a loop (scripts with loops are generated on the default tier too)
followed by statements that do or do not replace its value.  The expected values
are what Node's ``vm.runInThisContext`` returns for the same scripts.
"""
import pytest

from pyjs import Realm




LOOP = "var s = 0; for (var i = 0; i < 3; i++) s += i; "

CASES = [
    ("var a = []; for (var i = 0; i < 3; i++) a.push(i);", 3.0),
    ("var a = []; for (var i = 0; i < 3; i++) a.push(i); a.length;", 3.0),
    ("var o = {n: 0}; for (var i = 0; i < 3; i++) o.n++; var z = 1;", 2.0),
    ("var o = {n: 0}; for (var i = 0; i < 3; i++) o.n++; o.n * 10;", 30.0),
    ("var o = {n: 0}; for (var i = 0; i < 3; i++) { o.n += 2; } if (false) 1;", None),
    (LOOP + "while (false) {}", None),
    (LOOP + "l: for (;;) { 5; break l; }", 5.0),
    (LOOP + "do { 7; } while (false);", 7.0),
    (LOOP + "switch (s) { case 3: 'three'; }", "three"),
    (LOOP + "try { 'try'; } finally { 'fin'; }", "try"),
    (LOOP + "try { throw 1; } catch (e) { }", None),
    (LOOP + "for (var k in {}) 9;", None),
    (LOOP + "for (var v of []) 9;", None),
    (LOOP + "with ({}) {}", None),
    (LOOP + "with ({a: 4}) { a; }", 4.0),
    (LOOP + "l: with ({}) { 3; break l; }", 3.0),
    (LOOP + "{ } ; function f() {} let q = 1; class C {}", 3.0),
    ("var s = 0; for (var i = 0; i < 3; i++) { if (i == 1) break; s = 'b' + i; } var t;", None),
    ("var s = 0; for (var i = 0; i < 3; i++) { s = 'x' + i; } l: { 'blk'; break l; }", "blk"),
    ("var r = []; for (var i = 0; i < 2; i++) r.push(/a/g.lastIndex); r.join();", "0,0"),
]


@pytest.mark.parametrize("src, expected", CASES)
def test_completion_value(tier, src, expected):
    r = Realm()
    assert r.run_script(r.compile_script(src, "cv.js")) == expected


def test_redefined_global_var_is_read_through_the_caches(tier):
    """Object.defineProperty on a var binding (a non-configurable property of the global
    object) keeps its Prop, which the reference sites' caches hold (Node's vm agrees)."""
    r = Realm()
    src = """
        var x = 1, log = [];
        function rd() { return x; }
        for (var i = 0; i < 3; i++) rd();
        Object.defineProperty(globalThis, 'x', { value: 2 });
        log.push(rd(), x);
        Object.defineProperty(globalThis, 'x', { writable: false });
        x = 3;
        log.push(rd(), x);
        var o = Object.create(globalThis);
        Object.defineProperty(globalThis, 'i', { value: 7 });
        log.push(i, o.i);
        var y = 1;
        function ry() { return y; }
        for (var j = 0; j < 3; j++) ry();
        globalThis.y = 5;                   // OrdinarySet: [[DefineOwnProperty]] with a value
        log.push(ry(), y);
        log.join();
    """
    assert r.run_script(r.compile_script(src, "redefine.js")) == "2,2,2,2,7,7,5,5"


# (script run before, script, value): global names used in loops, read and written through
# the Prop hoisted at entry (FunctionGenerator.hoist_global_cells) or, when there is none
# (a configurable property, a lexical binding, a name declared later), the general paths.
GLOBAL_CASES = [
    ('globalThis.q = 10;',
     'var q; var log = []; try { for (var i = 0; i < 3; i++) { q++; log.push(q); if (i == 1) delete globalThis.q; } } catch (e) { log.push(e.constructor.name); } log.push(typeof q); log.join();',
     '11,12,ReferenceError,undefined'),
    ('',
     "var x = 0, log = []; for (var i = 0; i < 4; i++) { x += 1; if (i == 1) Object.defineProperty(globalThis, 'x', { writable: false }); log.push(x); } log.join();",
     '1,2,2,2'),
    ('',
     "'use strict'; var x = 0, log = []; try { for (var i = 0; i < 4; i++) { x = x + 1; if (i == 1) Object.defineProperty(globalThis, 'x', { writable: false }); log.push(x); } } catch (e) { log.push(e.constructor.name); } log.join();",
     '1,2,TypeError'),
    ('',
     "var m, n = 0, src = 'aXbXc', re = /X/g; while ((m = re.exec(src)) !== null) n += m.index; n + ':' + m;",
     '4:null'),
    ('',
     "var m, log = []; Object.defineProperty(globalThis, 'w', { value: 1, writable: false }); for (var i = 0; i < 2; i++) log.push(w = i + 5, w); log.join();",
     '5,1,6,1'),
    ('let z = 5;',
     "var s = 0; for (var i = 0; i < 3; i++) { s += z; z++; } s + ',' + z;",
     '18,8'),
    ('',
     'var s = 0; for (var i = 0; i < 3; i++) { s += late === undefined ? 1 : 100; } var late; s;',
     3.0),
    ('',
     "var s = 0; for (var i = 0; i < 3; i++) { s += i; if (i == 0) (0, eval)('var ev = 7'); } s + ',' + ev;",
     '3,7'),
    ('',
     'var log = []; for (var i = 0; i < 3; i++) { try { log.push(lz); } catch (e) { log.push(e.constructor.name); } } let lz = 1; log.join();',
     'ReferenceError,ReferenceError,ReferenceError'),
    ('',
     'var o = {num: 1}, num = 5, log = []; for (var i = 0; i < 2; i++) { log.push(o.num, ({num: num}).num, ({num}).num); } log.join();',
     '1,5,5,1,5,5'),
    # let, const and class declarations of the script itself: in _glex
    ('',
     "let s = 0, n = 0; for (var i = 0; i < 4; i++) { s += i; n++; } s + ',' + n;",
     '6,4'),
    ('',
     'var log = []; for (var i = 0; i < 2; i++) { try { lw = i; } catch (e) { log.push(e.constructor.name); } } let lw = 9; log.push(lw); log.join();',
     'ReferenceError,ReferenceError,9'),
    ('',
     'const c = 1; var log = []; for (var i = 0; i < 2; i++) { try { c = 2; } catch (e) { log.push(e.constructor.name); } try { c++; } catch (e) { log.push(e.constructor.name); } } log.push(c); log.join();',
     'TypeError,TypeError,TypeError,TypeError,1'),
    ('',
     'class K {} var log = []; for (var i = 0; i < 2; i++) { log.push(typeof K); K = i; } log.push(K); log.join();',
     'function,number,1'),
    ('',
     "let v = 1, s = 0; for (var i = 0; i < 3; i++) { let v = 10; s += v; } s + ',' + v;",
     '30,1'),
    ('',
     "let lx = 0, m = 0; while ((lx = lx + 1) < 5) m += lx; lx + ',' + m;",
     '5,10'),
    ('',
     'let f = function (x) { return x * 2; }, t = 0; for (let i = 0; i < 3; i++) { t += f(i); if (i == 1) f = function (x) { return -x; }; } t;',
     0.0),
    ('',
     'let q = 0; function bump() { q += 100; } for (var i = 0; i < 3; i++) { q++; bump(); } q;',
     303.0),
]


@pytest.mark.parametrize("before, src, expected", GLOBAL_CASES)
def test_global_names_in_loops(tier, before, src, expected):
    r = Realm()
    r.run_script(r.compile_script(before, "before.js"))
    assert r.run_script(r.compile_script(src, "globals.js")) == expected


def test_builtin_and_const_caches_follow_a_later_lexical_declaration(tier):
    """A reference site caches a configurable global property's Prop (a builtin) and an
    initialized const's value: a later script's let/const of a builtin's name shadows
    the property from then on (GlobalDeclarationInstantiation gives the property a new
    Prop, which the sites' caches no longer find there)."""
    r = Realm()
    r.run_script(r.compile_script("""
        const C = 'c1';
        function m(x) { return Math.floor(x); }
        function k() { return typeof JSON; }
        function c() { return C; }
        for (var i = 0; i < 30; i++) { m(1.5); k(); c(); }
    """, "a.js"))
    src = "let Math = { floor: function () { return 'lexical'; } }; const JSON = 5; [m(1), k(), c()].join();"
    assert r.run_script(r.compile_script(src, "b.js")) == "lexical,number,c1"


def test_global_read_caches_are_per_realm(tier):
    """One compiled script run in two realms: each realm's builtins, consts, lets and
    vars, also when calls alternate between the realms' functions."""
    src = """
        const C = typeof marker === 'undefined' ? 'first' : marker;
        let L = C + '!';
        var V = C + '?';
        function m(x) { return Math.floor(x); }
        function c() { return C + L + V; }
        var s;
        for (var i = 0; i < 30; i++) s = m(i + 0.5) + c();
        s;
    """
    r1 = Realm()
    compiled = r1.compile_script(src, "shared.js")
    assert r1.run_script(compiled) == "29firstfirst!first?"
    r2 = Realm()
    r2.run_script(r2.compile_script(
        "var marker = 'second'; Math = { floor: function (x) { return 'r2:'; } };", "setup.js"))
    assert r2.run_script(compiled) == "r2:secondsecond!second?"
    assert r1.run_script(r1.compile_script("m(2.5) + c()", "again.js")) == "2firstfirst!first?"
    call = r1.compile_script("m(3.5) + c()", "call.js")
    seen = [r.run_script(call) for _ in range(3) for r in (r1, r2)]
    assert seen == ["3firstfirst!first?", "r2:secondsecond!second?"] * 3


def run(realm, src, name="s.js"):
    return realm.run_script(realm.compile_script(src, name))


def test_lexical_cells_across_scripts(tier):
    """A global let/const/class binding is a cell that reference sites cache once it is
    initialized: functions of one script read and write the bindings a later script
    declares (also one shadowing a property of the global object), a binding whose
    initialization threw stays in its TDZ for good, and GlobalDeclarationInstantiation
    rejects a redeclaration before creating anything.  Expected values: Node's
    vm.runInThisContext, except ``typeof fresh``, where V8 leaves ``fresh`` in its TDZ
    although the spec checks every name before it creates a binding."""
    r = Realm()
    assert run(r, """
        function show(f) { try { return String(f()); } catch (e) { return e.constructor.name; } }
        function rl() { return later; }
        function wl(v) { later = v; return later; }
        function rk() { return K; }
        function rs() { return stuck; }
        function ts() { return typeof stuck; }
        globalThis.later = 'prop';
        var seen = [];
        for (var i = 0; i < 30; i++) seen.push(show(rl), show(rk), show(rs), show(ts));
        seen.slice(-4).join();
    """) == "prop,ReferenceError,ReferenceError,undefined"
    assert run(r, "let later = 'lex'; const K = 1; [rl(), rk(), wl('w'), later, globalThis.later].join();") \
        == "lex,1,w,w,prop"
    assert run(r, "for (var i = 0; i < 30; i++) wl(i); [rl(), show(() => { K = 2; }), rk()].join();") \
        == "29,TypeError,1"
    assert run(r, "show(() => (0, eval)('let stuck = 1; stuck'));") == "1"     # not a global binding
    for redeclaration in ("let later = 1;", "var later;", "function later() {}", "class K {}",
                          "let fresh = 1; var K;"):
        with pytest.raises(Exception) as info:
            run(r, redeclaration)
        assert "SyntaxError" in str(info.value)
    assert run(r, "typeof fresh;") == "undefined"
    with pytest.raises(Exception) as info:
        run(r, "let stuck = (() => { throw new Error('init'); })();")
    assert "init" in str(info.value)
    assert run(r, "var out = []; for (var i = 0; i < 30; i++) out = [show(rs), show(ts), show(() => stuck = 1)]; "
                  "out.join();") == "ReferenceError,ReferenceError,ReferenceError"
    with pytest.raises(Exception) as info:
        run(r, "let stuck = 2;")
    assert "SyntaxError" in str(info.value)
    assert run(r, "[(0, eval)('later'), (0, eval)('later = 5'), rl(), show(() => (0, eval)('var later')), "
                  "show(() => (0, eval)('K = 3')), new Function('return later + K')(), "
                  "(0, eval)('let later = 6; later'), rl(), 'later' in globalThis].join();") \
        == "29,5,5,SyntaxError,TypeError,6,6,5,true"


def test_lexical_cells_are_per_realm(tier):
    """One compiled script in two realms: a site that cached the first realm's
    initialized cell still finds the second realm's binding in its TDZ."""
    src = """
        var log = [];
        function show(f) { try { return String(f()); } catch (e) { return e.constructor.name; } }
        function f() { return L + C.name; }
        function g(v) { L = v; return L; }
        for (var i = 0; i < 30; i++) log.push(show(f) + show(() => g(i)));
        let L = typeof marker === 'undefined' ? 'one' : marker;
        class C {}
        for (var i = 0; i < 30; i++) log.push(show(f));
        log.push(show(() => g(L + '!')), show(f));
        log.slice(-4).join() + '/' + log.slice(0, 30).every(x => x === 'ReferenceErrorReferenceError');
    """
    r1 = Realm()
    compiled = r1.compile_script(src, "shared.js")
    assert r1.run_script(compiled) == "oneC,oneC,one!,one!C/true"
    r2 = Realm()
    run(r2, "var marker = 'two';")
    assert r2.run_script(compiled) == "twoC,twoC,two!,two!C/true"
    call = r1.compile_script("g(L + '.'); f();", "call.js")
    seen = [r.run_script(call) for _ in range(2) for r in (r1, r2)]
    assert seen == ["one!.C", "two!.C", "one!..C", "two!..C"]


PICK = """
    var A = 1, B = 2;
    function pick(xs, redefine) {
        var out = [];
        for (var i = 0; i < xs.length; i++) {
            switch (xs[i]) { case A: out.push('a'); break; case B: out.push('b'); break; default: out.push('-'); }
            if (i == 0 && redefine) Object.defineProperty(globalThis, 'A', { value: 3 });
        }
        return out.join('');
    }
    for (var k = 0; k < 5; k++) pick([1, 2]);
"""


def test_switch_case_globals_hoisted_at_entry(tier):
    """A function's case tests of global names read the var bindings' Props hoisted at
    its entry (FunctionGenerator.hoist_loop_globals): a redefinition and a store the
    binding ignores are seen through them.  The same script in another realm, where
    the name is an accessor, reads it through the getter every time."""
    r1 = Realm()
    compiled = r1.compile_script(PICK + "pick([1, 2, 3, 1], typeof n === 'undefined') + (typeof n == 'number' ? n : '')", "pick.js")
    assert r1.run_script(compiled) == "aba-"
    src = "Object.defineProperty(globalThis, 'B', { writable: false }); B = 7; pick([1, 2, 3], false);"
    assert run(r1, src) == "-ba"
    r2 = Realm()
    run(r2, "var n = 0; Object.defineProperty(globalThis, 'A', { get: function () { n++; return 2; } });")
    assert r2.run_script(compiled) == "-a--14"
    # the cells are kept for the realm that last ran the code (runtime.GlobalCells)
    assert run(r1, "pick([1, 2, 3], false)") == "-ba"
    assert run(r2, "pick([2], false) + n") == "a15"
    assert run(r1, "pick([3, 3], false)") == "aa"


LOOP_GLOBALS = """
var W = 4, calls = 0;
function tryWrite() { var out = []; for (var i = 0; i < 3; i++) { W = i + 10; out.push(W); } return out.join(); }
globalThis.U = 1;
Object.defineProperty(globalThis, "G", { get() { return ++calls; }, configurable: true });
eval("var E = 5");
function others() { var s = 0; for (var i = 0; i < 3; i++) { s += U + G + E; U++; E--; } return s + ":" + calls; }
function attempt() { try { return others(); } catch (e) { return e.constructor.name + ": " + e.message; } }
"""


def test_loop_globals_follow_the_global_object(tier):
    """Globals read in a function's loops (FunctionGenerator.hoist_loop_globals) are read
    through the var binding's Prop hoisted at entry, or through the site when the name
    is no var binding: a var made read-only ignores the loop's stores, and undeclared
    globals, a getter on the global object and eval's (deletable) var are read anew
    each time, deletes included.  Expected values: Node's vm.runInThisContext."""
    r = Realm()
    run(r, LOOP_GLOBALS)
    assert run(r, "tryWrite() + ' ' + tryWrite()") == "10,11,12 10,11,12"
    run(r, 'W = 4; Object.defineProperty(globalThis, "W", { writable: false });')
    assert run(r, "[tryWrite(), tryWrite(), W].join(' ')") == "4,4,4 4,4,4 4"
    assert run(r, "attempt() + ' ' + attempt()") == "24:3 33:6"
    assert run(r, "delete globalThis.U; attempt()") == "ReferenceError: U is not defined"
    assert run(r, "delete globalThis.E; globalThis.U = 0; attempt()") == "ReferenceError: E is not defined"


def shared_in_two_realms(src):
    """Run one compiled script (ending in a loop of 30 that names ``who``) in a first realm
    and in a second one whose ``marker`` is 'second'; each sees its own ``who``."""
    r1 = Realm()
    compiled = r1.compile_script(src, "shared.js")
    assert r1.run_script(compiled) == "first29"
    r2 = Realm()
    run(r2, "var marker = 'second';", "setup.js")
    assert r2.run_script(compiled) == "second29"
    return r1, r2


def test_named_call_sites_across_realms(tier):
    """One compiled script run in two realms: a call of a global function caches the
    function it found (codegen CallGenerator.function_site_call), and each realm's
    run calls its own; a realm's global holding the other realm's function calls it
    in that realm (its globals), through the cache too."""
    src = """
        var who = typeof marker === 'undefined' ? 'first' : marker;
        function g(x) { return who + x; }
        function caller(n) { var s = ''; for (var i = 0; i < n; i++) s = g(i); return s; }
        caller(30);
    """
    r1, r2 = shared_in_two_realms(src)
    g1 = r1.global_object.get("g", r1.global_object)
    r2.global_object.set("g", g1, r2.global_object)
    assert run(r2, "caller(5) + caller(30)", "mixed.js") == "first4first29"
    seen = [run(r, "caller(3)", "again.js") for _ in range(3) for r in (r1, r2)]
    assert seen == ["first2", "first2"] * 3
    run(r2, "g = function (x) { return 'own' + x; };", "own.js")
    seen = [run(r, "caller(3)", "again.js") for _ in range(3) for r in (r1, r2)]
    assert seen == ["first2", "own2"] * 3


def test_new_sites_across_realms(tier):
    """A ``new C()`` site keeps the class it constructed (codegen x_NewExpression):
    run by another realm, or given another realm's class, it constructs each
    realm's class with that class's own prototype."""
    src = """
        var who = typeof marker === 'undefined' ? 'first' : marker;
        class P { constructor(x) { this.x = x; } tag() { return who + this.x; } }
        function make(n) { var s = ''; for (var i = 0; i < n; i++) s = new P(i).tag(); return s; }
        make(30);
    """
    r1, r2 = shared_in_two_realms(src)
    run(r2, "var Q = P;", "keep.js")
    assert run(r1, "globalThis.P1 = P; make(3)", "p1.js") == "first2"
    r2.global_object.set("P1", r1.global_object.get("P1", r1.global_object), r2.global_object)
    src2 = "function mk(C, n) { var o; for (var i = 0; i < n; i++) o = new C(i); return o; } "
    run(r2, src2, "mk.js")
    seen = [run(r2, f"var o = mk({c}, 20); o.tag() + (Object.getPrototypeOf(o) === {c}.prototype)", "x.js")
            for _ in range(2) for c in ("P1", "Q")]
    assert seen == ["first19true", "second19true"] * 2
