"""Source text to ESTree: the layer around the esprima-fork package.

``parse(source, module=False)`` returns a :class:`~pyjs.parser.nodes.Node`
tree or raises :class:`ParseError` (turned into a JS ``SyntaxError`` by the
engine) carrying the file, 1-based line and 0-based column of the offending
token.  ``parse_cached`` (or ``parse(..., cache=True)``) keeps parsed trees on
disk (see ``cache.py``).

``source`` may be Python text or a JS string (UTF-16 code units, astral
characters as surrogate pairs).  Positions are UTF-16 code units, like JS
strings: ``node.start``/``node.end`` index ``to_utf16(source)``, and columns
count UTF-16 units.  They equal Python indices into ``source`` unless it has
characters above U+FFFF.

The cyclic garbage collector is paused while a tree is built or loaded: the
parser allocates hundreds of thousands of small objects that are all still
alive, so every collection is wasted work (it makes parsing ~40 % and
unpickling ~5x slower).
"""
import gc
import re
import threading
from contextlib import contextmanager

from ..interp.deep import run_deep
from .early_errors import EarlyError, check_early_errors
from .nodes import Node, astral_offsets, convert, to_utf16

# Sources at least this long (characters) that come from files (modules, the CLI's
# script) go through the on-disk cache: a 300 KB bundle parses in ~1.2 s and loads from
# the cache in ~0.1 s; below a few KB, hashing and reading an entry gains nothing, and
# ``Realm.evaluate`` strings (tests, eval) never fill the cache.
CACHE_MIN_SOURCE = 8192

__all__ = ["parse", "parse_cached", "CACHE_MIN_SOURCE", "ParseError", "EvalContext", "Node", "to_utf16", "line_column"]


class ParseError(Exception):
    """A syntax error in JS source, with a position usable in a JS stack.

    ``index`` is the UTF-16 offset of the offending token (``None`` if unknown).
    """

    def __init__(self, message, filename="<anonymous>", line=0, column=0, index=None):
        super().__init__(message)
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.index = index

    def __str__(self):
        return f"{self.message} ({self.filename}:{self.line}:{self.column})"


_LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")


def line_column(source16, index):
    """1-based line and 0-based column of UTF-16 offset ``index`` in ``source16``."""
    line, line_start = 1, 0
    for m in _LINE_BREAK.finditer(source16, 0, max(index, 0)):
        if m.end() > index:  # index between CR and LF
            break
        line += 1
        line_start = m.end()
    return line, index - line_start


_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = False


@contextmanager
def gc_paused():
    """Pause the cyclic GC (shared by concurrent callers; restored by the last)."""
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                # Not age_tracked_objects() on every pause: see there.
                gc.enable()


def age_tracked_objects():
    """Move every object the cyclic GC tracks into its oldest generation, unexamined.

    For the end of a large load, inside a pause, once its tree is dropped: what the
    load made then either lives as long as its realm (functions, their lazily
    compiled code) or is freed by reference counting when the top level has run
    (its compiled closures).  Left young, every one of them is examined twice on its
    way to the oldest generation, by the first collections after the pause, while
    the top level runs (300 KB bundle: ~80,000 objects, 25-40 ms).  Not for every
    pause: the moved objects (garbage cycles made before the pause included) are not
    counted towards the oldest generation's next collection, so doing this on each
    small compile (a test262 worker, ``eval`` in a loop) would put off collecting
    cycles indefinitely; once per large source loaded, the next full collection
    comes as it otherwise would, triggered by the objects promoted later.
    """
    gc.freeze()
    gc.unfreeze()


def _parse(source, module, eval_context=None):
    """Parse on the deep thread; return ``("tree", tree)`` or an error record.

    Syntax errors are returned, not raised: a traceback from deep in the
    parser holds up to ~100,000 frames in a reference cycle that only a slow
    full GC pass would free.
    """
    from .backend import EsprimaError, parse_program
    try:
        with gc_paused():
            tree = parse_program(source, module, eval_context)
            watched = []
            tree = convert(tree, astral_offsets(source), watched)
        check_early_errors(watched)
        if module:
            tree.has_top_level_await = _has_top_level_await(tree, source)
    except EsprimaError as e:
        return ("error", _strip_message(e.message or str(e)), e.index or 0, None)
    except EarlyError as e:
        return ("error", e.message, e.node.start, e.node)
    except RecursionError:
        return ("error", "Maximum nesting depth exceeded", 0, None)
    return ("tree", tree)


def _has_top_level_await(program, source):
    """Does a module's top level (outside functions) hold an ``await``, ``for await`` or
    ``await using``, so that its body is async (https://tc39.es/ecma262/#sec-module-semantics)?
    Stored as the Program's ``has_top_level_await``, found once per parse rather than at
    each compile of a cached module.  The keyword cannot be escaped, so a statement
    without it in its text is not walked (most statements of a bundle)."""
    from ..interp.compiler.scope import contains_suspend
    source16 = to_utf16(source)
    return any(source16.find("await", s.start, s.end) >= 0 and contains_suspend(s)
               for s in program.body)


def __getattr__(name):
    # EvalContext lives with the esprima backend, imported only when something is parsed
    # (~10 ms of a start whose sources all come from the parse cache)
    if name == "EvalContext":
        from .backend import EvalContext
        return EvalContext
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse(source: str, module: bool = False, filename: str = "<anonymous>",
          cache: bool = False, eval_context=None) -> Node:
    """Parse a script or module; ``eval_context`` parses eval code in its caller's
    context (see :class:`EvalContext`).  Deep nesting runs on a large-stack thread."""
    if cache and eval_context is None:
        return parse_cached(source, module, filename)
    result = run_deep(_parse, source, module, eval_context)
    if result[0] == "tree":
        return result[1]
    _, message, index, node = result
    if node is not None:
        line, column = node.line, node.column
    else:
        line, column = line_column(to_utf16(source), index)
    raise ParseError(message, filename, line, column, index=index)


def _strip_message(msg: str) -> str:
    if msg.startswith("Line ") and ": " in msg:
        return msg.split(": ", 1)[1]
    return msg


def parse_cached(source: str, module: bool = False, filename: str = "<anonymous>",
                 cache_dir=None) -> Node:
    """``parse``, reusing the tree stored on disk for the same source and mode."""
    from .cache import cached_parse
    return cached_parse(parse, ParseError, source, module, filename, cache_dir)
