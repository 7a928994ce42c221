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

``PYJS_TIER`` in the environment picks the tiers (see :func:`set_tier`):
``codegen`` (the default), ``eager`` (generate every function at once, which
is how the tests exercise the generator on all code) or ``closure`` (tier 1
alone); test262 runs green on each.
"""
import os

TIERS = ("codegen", "eager", "closure")
_tier = os.environ.get("PYJS_TIER", "codegen")
if _tier not in TIERS:
    _tier = "codegen"
_dump = bool(os.environ.get("PYJS_CODEGEN_DUMP"))     # print each generated body to stderr


def enabled():
    return _tier != "closure"


def eager():
    return _tier == "eager"


def set_tier(tier):
    """Pick the tiers for code compiled from now on (one of TIERS)."""
    global _tier
    if tier not in TIERS:
        raise ValueError(f"unknown tier {tier!r}")
    _tier = tier


TIER_UP_CALLS = 2


def has_loop(nodes):
    """Does code (not counting nested functions) contain a loop?  Such code is
    generated when it first runs; the rest only when it runs again (see
    tier_up_entry)."""
    from ..compiler.scope import iter_children
    from .tree_facts import LOOPS, NESTED
    stack = list(nodes)
    while stack:
        n = stack.pop()
        t = n.type
        if t in LOOPS:
            return True
        if t not in NESTED:
            stack.extend(iter_children(n))
    return False


def has_direct_eval(nodes):
    """Does code (not counting nested functions) call eval directly?  Script code
    that does stays on the closure tier, as such functions do."""
    from ..compiler.scope import iter_children
    from .tree_facts import NESTED
    stack = list(nodes)
    while stack:
        n = stack.pop()
        t = n.type
        if t == "CallExpression" and n.callee.type == "Identifier" and n.callee.name == "eval":
            return True
        if t not in NESTED:
            stack.extend(iter_children(n))
    return False


def tier_up_entry(compiler, fs, code):
    """A ``code.entry`` that runs the closure-compiled body until the function's
    call number ``fs.lazy[2]`` (1 for a function with a loop, else TIER_UP_CALLS),
    then generates its Python body and runs that.

    Most functions of a large program run once or never (a bundle's module
    set-up); generating them up front would only slow the start."""
    stmts, concise, threshold = fs.lazy
    calls = 0

    def entry(fobj, this, args):
        nonlocal calls
        calls += 1
        if calls >= threshold and code.entry is entry:
            code.entry = None
            body = _generate_later(compiler, fs, code, stmts, concise)
            if body is not None:
                code.body = body
                code.template = _template(fs, code)
                code.entry = body.entry
                code.fast = body.fast
                code.leaf = body.leaf
                if body.entry is not None:
                    return body.entry(fobj, this, args)
        return fobj.call_closure_tier(this, args)
    return entry


def tier_up_body(compiler, fs, code):
    """The same for functions whose calls go through ``code.body`` (generators,
    async functions, class constructors): a ``body(env)`` that swaps in the
    generated body.  The environment of the call at hand was made from the old
    template; it serves the generated body unless generating added slots."""
    stmts, concise, threshold = fs.lazy
    closure_body = code.body
    calls = 0

    def body(env):
        nonlocal calls
        calls += 1
        if calls >= threshold and code.body is body:
            code.body = closure_body
            generated = _generate_later(compiler, fs, code, stmts, concise)
            if generated is not None:
                code.template = _template(fs, code)     # for the calls to come
                code.body = generated
                if code.is_class_constructor:      # its [[Construct]]; the caller counts a leaf's step
                    code.construct_fast, code.leaf = generated.fast, generated.leaf
                elif generated.fast is not None:      # an async or generator function's whole [[Call]]
                    code.entry, code.fast, code.leaf = generated.entry, generated.fast, generated.leaf
                if len(code.template) == len(env):
                    return generated(env)
        return closure_body(env)
    return body


def _template(fs, code):
    t = fs.scope.make_template()
    if code.derived and code.is_class_constructor:
        from ..compiler.scope import TDZ
        t[1] = TDZ          # this is bound by super()
    return t


def _generate_later(c, fs, code, stmts, concise):
    """Generate a body with the compiler put back as it was inside that function."""
    saved = (c.scope, c.fn, c.strict, c.track_completion, c.pending_labels, c.eval_in_params)
    c.scope, c.fn, c.strict = fs.scope, fs, code.strict
    c.track_completion, c.pending_labels, c.eval_in_params = False, (), False
    try:
        return generate_body(c, stmts, concise, code)
    finally:
        c.scope, c.fn, c.strict, c.track_completion, c.pending_labels, c.eval_in_params = saved


def generate_body(compiler, stmts, concise, code):
    """A Python function ``body(env)`` for a function's statements (or its concise
    arrow body), or None when the body must stay on the closure compiler.  Its
    ``entry`` attribute, when not None, is a whole [[Call]] for ``code``."""
    from .generator import FunctionGenerator, Unsupported, LazyArgumentsEscaped, IntLocalsEscaped
    lazy, ints = True, True
    while True:
        try:
            body = FunctionGenerator(compiler, lazy, ints).build(stmts, concise, code)
            break
        except LazyArgumentsEscaped:
            lazy = False
        except IntLocalsEscaped:
            ints = False
        except Unsupported:
            return None
    if _dump:
        import sys
        print(body.source, file=sys.stderr)
    return body
