"""pyjs: a JavaScript engine in pure Python.

Public API::

    from pyjs import Realm, JSError
    realm = Realm()
    realm.evaluate("var x = 40 + 2")
    realm.evaluate("x")                      # -> 42.0
    ns = realm.evaluate_module("export default 7", filename="m.mjs")
    realm.run_jobs()
"""
from .interp.values import JSError, JSObject, JSSymbol, null
from .interp.realm import Realm
from .interp.agent import Budget, Terminated

__all__ = ["Realm", "JSError", "JSObject", "JSSymbol", "null", "Budget", "Terminated"]
