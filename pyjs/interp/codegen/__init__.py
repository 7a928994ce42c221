"""Tier 2: compiling JS function bodies to Python source.

The closure compiler (tier 1) turns every AST node into a Python closure, so
``a + b`` costs three Python calls.  This tier writes one Python function per
JS function body instead, with the same fast paths spelled inline
(``a + b if type(a) is type(b) is float else js_add(a, b)``), and runs it with
``exec``.  It shares everything else with tier 1: the scope analysis (slots,
environment lists, TDZ markers), FunctionDeclarationInstantiation, and the
runtime helpers that carry the semantics.  Whatever it does not spell itself
(destructuring, classes, object literals with accessors, ...) it asks the
closure compiler for, and calls that closure from the generated code, so a
function never has to be all-or-nothing; only a few shapes (a fallback
statement with a jump out of it) make a whole body stay on tier 1.

``PYJS_TIER=closure`` in the environment turns this tier off (see
:func:`set_enabled`), which is how test262 checks that both tiers agree.
"""
import os

_enabled = os.environ.get("PYJS_TIER", "codegen") != "closure"
_dump = bool(os.environ.get("PYJS_CODEGEN_DUMP"))     # print each generated body to stderr


def enabled():
    return _enabled


def set_enabled(on):
    """Switch tier 2 on or off for functions compiled from now on."""
    global _enabled
    _enabled = bool(on)


def generate_body(compiler, stmts, concise, code):
    """A Python function ``body(env)`` for a function's statements (or its concise
    arrow body), or None when the body must stay on the closure compiler.  Its
    ``entry`` attribute, when not None, is a whole [[Call]] for ``code``."""
    from .generator import FunctionGenerator, Unsupported
    gen = FunctionGenerator(compiler)
    try:
        body = gen.build(stmts, concise, code)
    except Unsupported:
        return None
    if _dump:
        import sys
        print(body.source, file=sys.stderr)
    return body
