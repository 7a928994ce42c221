"""Limits and safety: runaway recursion, infinite loops under a budget, deep nesting, isolation."""
import time

import pytest

from pyjs import Budget, JSError, Realm, Terminated


def test_runaway_recursion_is_a_js_range_error():
    r = Realm()
    with pytest.raises(JSError) as e:
        r.evaluate("function f(n) { return f(n + 1) + 1; } f(0)")
    assert e.value.name == "RangeError"
    # the realm is still usable afterwards
    assert r.evaluate("1 + 1") == 2.0


def test_runaway_recursion_can_be_caught_in_js():
    r = Realm()
    assert r.evaluate("""
        function f() { return f(); }
        var caught;
        try { f(); } catch (e) { caught = e instanceof RangeError; }
        caught""") is True


def test_infinite_loop_is_stopped_by_a_time_budget():
    r = Realm()
    t0 = time.monotonic()
    with pytest.raises(Terminated):
        r.evaluate("for (;;) {}", budget=Budget(timeout=0.5))
    assert time.monotonic() - t0 < 10


def test_step_budget_cannot_be_caught_by_js():
    r = Realm()
    with pytest.raises(Terminated):
        r.evaluate("try { while (true) {} } catch (e) {} finally { }", budget=Budget(max_steps=50_000))
    with pytest.raises(Terminated):
        r.evaluate("function g() { g2(); } function g2() { for (;;) {} } try { g() } catch (e) {}",
                   budget=Budget(max_steps=50_000))


def test_deep_nesting_parses_and_runs():
    r = Realm()
    assert r.evaluate("(" * 1000 + "1" + ")" * 1000) == 1.0
    assert r.evaluate("+".join(["1"] * 5000)) == 5000.0
    assert r.evaluate("[" * 500 + "]" * 500 + ".length") == 1.0


def test_js_cannot_reach_python_objects():
    r = Realm()
    # no Python attribute reflection leaks through property access on any value
    for expr in ("(1).__class__", "''.__class__", "({}).__class__", "[].__class__",
                 "(function(){}).__globals__", "Object.__subclasses__", "this.__builtins__"):
        assert r.evaluate(expr) is None, expr
    assert r.evaluate("typeof Object.prototype.__proto__") == "object"
