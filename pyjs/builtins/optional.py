"""Families written by later work (RegExp, Date, collections, binary data, Proxy...).

Each is installed when its module exists, so the engine runs while they grow.
"""
import importlib

OPTIONAL = ("regexp", "date", "collections", "typed_arrays", "proxy", "weakref",
            "iterator_helpers", "intl", "annexb")


def setup(realm):
    for name in OPTIONAL:
        try:
            mod = importlib.import_module(f"pyjs.builtins.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"pyjs.builtins.{name}":
                raise
            continue
        mod.setup(realm)
