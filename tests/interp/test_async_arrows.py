"""Async arrow functions whose concise body awaits (`async (c) => (await f(c)).res`).

Bundled libraries use this shape constantly (Hono's `app.route()` does); the compiler
used to compile such a body as a plain expression first, which raised "await outside an
async function" for the whole module.
"""
import pytest

from pyjs import Realm


@pytest.mark.parametrize("arrow, expected", [
    ("async () => await 1", 1.0),
    ("async (x) => (await Promise.resolve({res: x})).res", 7.0),
    ("async () => [await 2, await 3].join()", "2,3"),
    ("async () => (0, await 4)", 4.0),
    ("async (x, p = Promise.resolve(5)) => x + await p", 12.0),
])
def test_concise_async_arrow_body_awaits(arrow, expected):
    r = Realm()
    r.evaluate(f"var out; ({arrow})(7).then(v => {{ out = v; }});")
    r.run_jobs()
    assert r.evaluate("out") == expected


def test_concise_async_arrow_without_await_still_returns_a_promise():
    r = Realm()
    assert r.evaluate("(async () => 1)() instanceof Promise") is True
    r.evaluate("var order = []; (async () => order.push('body'))().then(() => order.push('then')); order.push('sync');")
    r.run_jobs()
    assert r.evaluate("order.join()") == "body,sync,then"


def test_await_in_a_plain_arrow_is_still_an_error():
    r = Realm()
    with pytest.raises(Exception) as e:
        r.evaluate("async function f() { return () => await 1; }")
    assert "SyntaxError" in str(e.value)
