"""Shared helpers for the Web API tests: a realm with the Web APIs, and running async JS to completion."""
import json

from pyjs import JSError, Realm
from pyjs.webapi._text import to_text
from pyjs.webapi.install import install_web_apis


def make_realm(**options):
    realm = Realm()
    install_web_apis(realm, **options)
    return realm


def run_async(realm, body, filename="<test>"):
    """Run ``body`` as the body of an async function, drain the microtasks, return its result.

    A rejection is raised as a JSError; a promise still pending afterwards is an
    AssertionError (nothing in these tests waits on timers).
    """
    outcome = {}
    realm.define_function("__ok", lambda this, args: outcome.setdefault("value", args[0] if args else None))
    realm.define_function("__fail", lambda this, args: outcome.setdefault("error", args[0] if args else None))
    realm.evaluate(f"(async () => {{\n{body}\n}})().then(__ok, __fail);", filename)
    realm.run_jobs()
    if "error" in outcome:
        raise JSError(outcome["error"])
    assert "value" in outcome, "the async test body did not settle"
    return outcome["value"]


def has_binary(realm):
    return "%Uint8Array%" in realm.intrinsics


def from_json(js_string):
    """Parse a JSON string produced by JS (UTF-16 code units) into Python values."""
    return json.loads(to_text(js_string))


def eval_json(realm, expression):
    """Evaluate ``expression`` and return ``JSON.stringify`` of it as Python values."""
    return from_json(realm.evaluate(f"JSON.stringify({expression})"))


def run_json(realm, body):
    """:func:`run_async` for a body that returns ``JSON.stringify(...)``."""
    return from_json(run_async(realm, body))
