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


def test_loops_run_whole_after_a_budget_stopped_one():
    """Generated loops draw their step ticks from one iterator per agent
    (agent.step_ticks); the charge that stops a loop must leave it usable."""
    r = Realm()
    src = "function count(n) { let s = 0; for (let i = 0; i < n; i++) { if (i < 0) break; s += i; } " \
          "let w = 0; while (w < n) w++; return s + w; }"
    r.evaluate(src + "for (let k = 0; k < 5; k++) count(50);")
    for _ in range(2):
        with pytest.raises(Terminated):
            r.evaluate("count(1e9)", budget=Budget(max_steps=20_000))
        assert r.evaluate("count(1000)") == 499500 + 1000


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


@pytest.mark.parametrize("source", [
    # builtins looping over JS functions that neither call nor loop (leaf functions,
    # whose generated [[Call]] counts no step of its own)
    "var it = { [Symbol.iterator]() { return this; }, next() { return { done: false, value: 1 }; } };"
    " Array.from(it)",
    "Array.prototype.forEach.call({ length: 2 ** 40 }, function (x) { return x; })",
    # a dense Array's calls of a callback once compiled (array_callbacks.dense_calls)
    # (split makes the Array without counting a step per element)
    "var f = function (x) { return x; }; for (var i = 0; i < 200; i++) [1, 2].forEach(f);"
    " 'x'.repeat(1e6).split('').forEach(f)",
    "var f = function (x) { return x > 1; }; for (var i = 0; i < 200; i++) [1, 2].some(f);"
    " 'x'.repeat(1e6).split('').some(f)",
    "var o = {}; Object.defineProperty(o, 'x', { get() { return 1; } });"
    " for (var i = 0; ; i++) o.x",
])
def test_builtin_loops_over_leaf_functions_stay_within_the_budget(source):
    r = Realm()
    with pytest.raises(Terminated):
        r.evaluate(source, budget=Budget(max_steps=200_000))


def test_recursion_through_getters_of_leaf_functions_is_a_range_error():
    r = Realm()
    assert r.evaluate("""
        var o = {};
        Object.defineProperty(o, 'x', { get() { return this.x; } });
        var caught;
        try { o.x; } catch (e) { caught = e instanceof RangeError; }
        caught""") is True
    assert r.evaluate("1 + 1") == 2.0


MAX_DEPTH_PROBE = "var d = 0; function f(n) { d = n; f(n + 1); } try { f(1) } catch (e) {} d"


def test_the_depth_limit_stays_exact_however_calls_unwind():
    """The depth is counted from the frames running JS calls (agent.call_depth), from
    where the last count left anchors: every way out of a call (return, throw,
    finally, catch and rethrow, a host's Terminated) must leave the count exact, or
    the limit would drift after each overflow."""
    from pyjs.interp.agent import MAX_CALL_DEPTH
    r = Realm()
    assert r.evaluate(MAX_DEPTH_PROBE) == MAX_CALL_DEPTH
    r.evaluate("""
        function a() { try { return a(); } finally { } }
        function b() { try { return b(); } catch (e) { throw e; } }
        function c(n) { try { return c(n + 1); } catch (e) { return n; } }
        function C() { new C(); }
        var o = { get x() { return this.x; } };
        for (var i = 0; i < 5; i++) {
            for (var f of [a, b, () => c(0), () => new C(), () => o.x, () => [1].map(a)]) {
                try { f(); } catch (e) {}
            }
        }""")
    with pytest.raises(Terminated):
        r.evaluate("function deep(n) { if (n > 0) deep(n - 1); else for (;;) {} } deep(2000)",
                   budget=Budget(max_steps=100_000))
    assert r.evaluate(MAX_DEPTH_PROBE) == MAX_CALL_DEPTH


def test_steps_are_function_entries_and_loop_iterations():
    """Budget's contract: a call's entry is one step (a leaf callee, which can neither
    call nor loop, is charged to its caller's), a loop iteration one more (a generated
    loop charges them in batches of 64)."""
    r = Realm()
    r.evaluate("var n = 0; function leaf() { return 1; } function g() { n++; return leaf(); }")
    with pytest.raises(Terminated):
        r.evaluate("for (;;) g();", budget=Budget(max_steps=60_000))
    # two steps an iteration on generated code, three where leaf() counts its own
    assert 60_000 / 3 - 64 <= r.evaluate("n") <= 60_000 / 2 + 64


@pytest.mark.parametrize("start, n, exit, bound", [(0, 100, "", "n"), (0, 5000, "", "n"), (0.5, 1000, "", "n"),
                                                   (0, 1000, "if (i < 0) break;", "n"), (0, 100, "", "100"),
                                                   (3, 200, "", "203")])
def test_a_counting_loop_is_charged_a_step_an_iteration(start, n, exit, bound):
    """A ``for (i = a; i < n; i++)`` loop that can only end at its test is charged
    as it starts (a short range at once, a long one a batch at a time, a loop on
    non-integers each iteration, one whose literal bounds made its counts a constant
    of the generated code too); one with a ``break`` counts in its body, where a
    function's first 64 iterations go uncounted."""
    r = Realm()
    r.evaluate(f"var k = 0; function f(n) {{ var s = 0; for (var i = {start}; i < {bound}; i++) {{ s += i; {exit} }} "
               "return s; }")
    with pytest.raises(Terminated):
        r.evaluate(f"for (;;) {{ f({n}); k++; }}", budget=Budget(max_steps=400_000))
    per_call = n + 2        # the iterations, the call, the outer iteration
    uncounted = 64 if exit else 0
    assert 0.98 * 400_000 / per_call <= r.evaluate("k") <= 1.02 * 400_000 / (per_call - uncounted)


def test_call_depth_is_not_anchored_on_a_generator_frame():
    """agent.call_depth reuses the depths it found at frames of the last count; a
    generator's frame resumes at another depth, so it must never serve as one.
    The generator is first run deep (at every position modulo the anchor spacing)
    and then resumed shallow, where the count must see only the shallow frames."""
    from pyjs.interp import agent

    def counted(n, fn):
        return fn() if n == 0 else counted(n - 1, fn)
    agent.count_frames_of(counted.__code__)

    def nested(k):
        return agent.call_depth() if k == 0 else nested(k - 1)

    def gen(k):
        while True:
            yield nested(k)

    for k in range(20):
        g = gen(k)
        assert counted(60, lambda: next(g)) == 61
        assert counted(2, lambda: next(g)) == 3
