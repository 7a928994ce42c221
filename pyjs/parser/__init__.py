"""Source text to ESTree: the layer around the esprima-fork package.

``parse(source, module=False)`` returns a :class:`~pyjs.parser.nodes.Node`
tree or raises :class:`ParseError` (turned into a JS ``SyntaxError`` by the
engine) carrying the file, 1-based line and 0-based column.
"""
import esprima

from ..interp.deep import run_deep
from .nodes import Node, convert, to_utf16

__all__ = ["parse", "ParseError", "Node", "to_utf16"]


class ParseError(Exception):
    """A syntax error in JS source, with a position usable in a JS stack."""

    def __init__(self, message, filename="<anonymous>", line=0, column=0):
        super().__init__(message)
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column

    def __str__(self):
        return f"{self.message} ({self.filename}:{self.line}:{self.column})"


_OPTIONS = {"loc": True, "range": True}


def _strip_message(msg: str) -> str:
    if msg.startswith("Line ") and ": " in msg:
        return msg.split(": ", 1)[1]
    return msg


def _parse(source, module):
    fn = esprima.parseModule if module else esprima.parseScript
    return convert(fn(source, _OPTIONS))


def parse(source: str, module: bool = False, filename: str = "<anonymous>") -> Node:
    """Parse a script or module.  Deep nesting runs on a large-stack thread."""
    try:
        tree = run_deep(_parse, source, module)
    except esprima.Error as e:
        raise ParseError(_strip_message(e.message or str(e)), filename,
                         e.lineNumber or 0, max((e.column or 1) - 1, 0)) from None
    except RecursionError:
        raise ParseError("Maximum nesting depth exceeded", filename, 0, 0) from None
    from .early_errors import check_early_errors
    check_early_errors(tree, source, module, filename)
    return tree
