"""Families written by later work (RegExp, Date, collections, binary data, Proxy...).

Each is installed when its module exists, so the engine runs while they grow.
"""
import importlib

OPTIONAL = ("regexp", "date", "collections", "typed_arrays", "proxy", "weakref",
            "iterator_helpers", "intl", "annexb")


_modules = None


def _available():
    """The optional family modules that exist (imported once per process)."""
    global _modules
    if _modules is None:
        found = []
        for name in OPTIONAL:
            try:
                found.append(importlib.import_module(f"pyjs.builtins.{name}"))
            except ModuleNotFoundError as e:
                if e.name != f"pyjs.builtins.{name}":
                    _warn(name, e)
            except ImportError as e:
                _warn(name, e)
        _modules = found
    return _modules


def _warn(name, error):
    """A family that cannot be imported is left out, loudly (the test262 ratchet notices)."""
    import sys
    print(f"pyjs: built-in family {name!r} unavailable: {error}", file=sys.stderr)


def setup(realm):
    for mod in _available():
        mod.setup(realm)
