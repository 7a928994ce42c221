"""Environments of functions, eval and Annex B block functions.

Each case is a semantic the compiler's scope layout has to reproduce: parameter
expressions do not see the body's vars (a separate var environment), a named
function expression's name is immutable, sloppy duplicate parameters bind the last
one, eval code inherits strictness and may use super/new.target inside methods, and
sloppy block functions get a var binding only where a var would not clash.
"""
import pytest

from pyjs import JSError, Realm


def run(src):
    return Realm().evaluate(src)


@pytest.mark.parametrize("src, expected", [
    # parameter closures see the parameters' environment, not the body's vars
    ("var x = 'outer'; function f(a = () => x) { var x = 'inner'; return a(); } f()", "outer"),
    ("function g(a, b = () => a) { var a; a = 2; return [a, b()].join(); } g(1)", "2,1"),
    # a body var named like a parameter starts with the parameter's value
    ("function h(a, b = 0) { var a; return a; } h(7)", 7.0),
    # eval in parameters puts its vars outside the body's var environment
    ("function k(a = eval('var z = 1'), b = () => z) { var z = 2; return b(); } k()", 1.0),
    # the arguments object is still made when the body declares a lexical `arguments`
    ("var args; function m(x = args = arguments) { let arguments; } m(); typeof args", "object"),
])
def test_parameter_expressions_get_their_own_environment(src, expected):
    assert run(src) == expected


def test_named_function_expression_binding_is_immutable():
    assert run("var g = function h() { h = 1; return typeof h; }; g()") == "function"
    assert run("var g = function h() { 'use strict'; try { h = 1; } catch (e) { return e.name; } }; g()") \
        == "TypeError"


def test_sloppy_duplicate_parameters_bind_the_last_one():
    assert run("function f(x, a, b, x) { return x; } String(f(1, 2)) + f(1, 2, 3, 4)") == "undefined4"


@pytest.mark.parametrize("src", [
    "'use strict'; eval('var f = function (eval) {}')",
    "'use strict'; eval('with ({}) {}')",
    "'use strict'; eval('010')",
    "function f(a = eval('var a = 1')) {} f()",
    "(function () { let x; eval('var x'); })()",
])
def test_eval_early_errors_in_the_callers_context(src):
    with pytest.raises(JSError) as e:
        run(src)
    assert e.value.name == "SyntaxError"


def test_eval_in_methods_may_use_super_and_new_target():
    assert run("""
        class A { m() { return 1; } }
        class B extends A { m() { return eval('super.m() + 1'); } }
        new B().m()""") == 2.0
    assert run("function F() { return eval('new.target'); } new F() === F") is True
    with pytest.raises(JSError) as e:
        run("function f() { eval('super.x'); } f()")
    assert e.value.name == "SyntaxError"


@pytest.mark.parametrize("src, expected", [
    # B.3.3: a var binding is created and set when the declaration is evaluated
    ("(function () { var before = typeof f; { function f() {} } return before + ',' + typeof f; })()",
     "undefined,function"),
    # ... but not when a var would clash with an enclosing lexical declaration
    ("(function () { { let f = 1; { function f() {} } } return typeof f; })()", "undefined"),
    ("(function () { for (let f; ;) { { function f() {} } break; } return typeof f; })()", "undefined"),
    # a simple catch parameter does not block it (B.3.4), a pattern does
    ("(function () { try { throw 0; } catch (f) { { function f() {} } } return typeof f; })()", "function"),
    ("(function () { try { throw [0]; } catch ([f]) { { function f() {} } } return typeof f; })()",
     "undefined"),
    # B.3.4: a function declaration as an if branch is block-scoped like one in a block
    ("(function () { if (true) function f() { return 1; } return typeof f; })()", "function"),
    # inside a sloppy direct eval in a function: the eval's var, not a global
    ("(function () { eval('{ function g() {} }'); return typeof g; })() + typeof g", "functionundefined"),
])
def test_annex_b_block_functions(src, expected):
    assert run(src) == expected


def test_eval_sees_enclosing_private_names_but_not_arguments_in_field_initializers():
    r = Realm()
    assert r.evaluate("class A { #m = 5; f() { return eval('this.#m'); } } new A().f()") == 5.0
    for src in ("class B { y = eval('arguments'); } new B()",
                "class C { y = () => eval('arguments'); } new C().y()",
                "eval('this.#q')"):
        with pytest.raises(JSError) as e:
            r.evaluate(src)
        assert e.value.name == "SyntaxError"


@pytest.mark.parametrize("src, expected", [
    # a with-object getter that deletes its binding: the write goes back to that object
    ("var x = 0, s = { get x() { delete this.x; return 2; } }; with (s) { x++; } [s.x, x].join()", "3,0"),
    ("var y = 0, t = { get y() { delete this.y; return 2; } }; with (t) { y += 5; } [t.y, y].join()", "7,0"),
    # super[k] = v: the base is read before the key converts, the key converts after v
    ("""var log = []; var o = { __proto__: { set p(v) { log.push('proto ' + v); } },
        m() { super[{ toString() { log.push('key'); return 'p'; } }] = (log.push('rhs'), 1); } };
        o.m(); log.join()""", "rhs,key,proto 1"),
])
def test_references_are_resolved_once(src, expected):
    assert run(src) == expected
