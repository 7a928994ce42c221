"""Helpers that only generated code calls.

Everything with JS meaning lives in the shared runtime (``ops``, ``runtime``,
``refs``); these are the few glue pieces a Python expression cannot spell
inline: raising from an expression, and the slow halves of inline fast paths.
"""
import bisect

from ..ops import to_numeric, to_object
from ..values import JSError, JSObject, type_error, range_error, null
from ..compiler.refs import tdz_error


def not_function(text, args):
    """The callee of a call was not callable (raised after the arguments ran)."""
    raise type_error(f"{text} is not a function")


def not_constructor(text, args):
    raise type_error(f"{text} is not a constructor")


def tdz(name):
    raise tdz_error(name)


def numeric_step(old, delta):
    """``(ToNumeric(old), ToNumeric(old) + delta)`` for ``++``/``--`` on a non-float."""
    n = to_numeric(old)
    if type(n) is int:
        return n, n + int(delta)
    return n, n + delta


def throw_value(value, filename, line, col):
    err = JSError(value)
    err.js_stack = [("", filename, line, col)]
    return err


def stack_overflow():
    return range_error("Maximum call stack size exceeded")


def sloppy_this(this, realm):
    """OrdinaryCallBindThis for sloppy code: undefined/null become the global this."""
    if this is None or this is null:
        return realm.global_this
    return this if isinstance(this, JSObject) else to_object(this)


class LineTable:
    """Maps lines of a generated function's Python source back to JS positions,
    so an error passing through it records where in the JS it was."""

    __slots__ = ("py_lines", "js_positions", "name", "filename")

    def __init__(self, name, filename, entries):
        self.name = name
        self.filename = filename
        self.py_lines = [e[0] for e in entries]
        self.js_positions = [e[1] for e in entries]

    def annotate(self, err, start):
        """Record the JS position of the line ``err`` passed in a generated function
        whose body begins on Python line ``start``."""
        st = err.js_stack
        if st is None:
            st = err.js_stack = []
        if len(st) >= 20 or not self.py_lines:
            return
        tb = err.__traceback__
        line = tb.tb_lineno - start if tb is not None else 0
        i = bisect.bisect_right(self.py_lines, line) - 1
        js_line, js_col = self.js_positions[max(i, 0)]
        st.append((self.name, self.filename, js_line, js_col))
