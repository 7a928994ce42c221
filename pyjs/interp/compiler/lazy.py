"""Function bodies compiled on first call, for code whose early errors were checked.

A 300 KB bundle holds a couple of thousand functions, and a worker calls few of
them while it starts (most run only when a request needs them, many never).
Compiling every body when the module loads costs more than everything else
start-up does, so code that is known to be free of early errors compiles each
function body only when the function is first called (or constructed, or
otherwise needs its compiled form).

Early errors must still be reported before any code runs: a SyntaxError the
spec requires (a redeclaration, a duplicate parameter in strict code, ``break``
to an unknown label, ...) cannot wait for a call.  The closure compiler finds
those while compiling, so the first load of a source compiles everything
eagerly, as always, and when that succeeds it leaves a *check marker* next to
the source's parse-cache entry (:func:`mark_checked`).  A later load of the
same source (same parse-cache key: same text, goal and parser layer) whose
marker exists for the same compiler (the marker's name carries a digest of the
compiler's own source files, so a changed compiler checks again) may compile
lazily: the outcome of the check cannot differ, as compiling a module or script
depends on nothing but its tree.  Code without a cache entry (``evaluate``
strings, eval code, small sources) always compiles eagerly.

A :class:`LazyFunctionCode` carries what creating a function object needs (name,
length, kind, strictness, source text, whether it is a constructor) and leaves
the other slots of :class:`FunctionCode` unset; reading any of them (every
[[Call]] path reads one first) compiles the body into the same object, with the
compiler put back as it was where the function was defined (its scope chain and
strictness), then answers.  From then on it is an ordinary FunctionCode with no
cost per call.  The scope chain the body resolves against is the very chain of
compile-time :class:`Scope` objects, which are complete once their own
function was compiled (declarations are instantiated on entry), so names
resolve to the same (depth, slot) pairs as an eager compile would give them.
"""
import os
import threading

from .code import FunctionCode

_lock = threading.RLock()

# the FunctionCode slots the full compile fills (header slots are set up front)
_BODY_DEFAULTS = (("runner", None), ("entry", None), ("fast", None), ("leaf", False),
                  ("param_slots", None), ("param_defaults", ()), ("construct_fast", None))
_BODY_SLOTS = ("runner", "entry", "fast", "leaf", "plain_construct", "construct_fast", "param_slots",
               "param_defaults", "has_this",
               "setup", "body", "template", "slow_call")


class LazyFunctionCode(FunctionCode):
    """A FunctionCode whose body is compiled the first time it is needed."""

    __slots__ = ("lazy",)

    def __init__(self, lazy):
        # FunctionCode.__init__ is not called: the body slots stay unset until compiled
        self.lazy = lazy

    def __getattr__(self, attr):
        # only reached for a slot that is not set yet
        if attr.startswith("__") or self.lazy is None:
            raise AttributeError(attr)
        materialize(self)
        return object.__getattribute__(self, attr)


def materialize(code):
    """Compile the body of ``code`` (a :class:`LazyFunctionCode`) now."""
    with _lock:
        lazy = code.lazy
        if lazy is None:
            return
        code.lazy = None        # a read of an unset slot while compiling must not recurse
        compiler, scope, strict, node, name, is_method, class_ctor, derived, field_init = lazy
        kept = (code.source_text, code.is_constructor, code.name)     # callers may change these
        for attr, value in _BODY_DEFAULTS:
            setattr(code, attr, value)
        saved = (compiler.scope, compiler.fn, compiler.strict, compiler.track_completion,
                 compiler.pending_labels, compiler.eval_in_params)
        compiler.scope, compiler.strict = scope, strict
        compiler.eval_in_params = False
        try:
            compiler.compile_function(node, name=name, is_method=is_method, class_ctor=class_ctor,
                                      derived=derived, field_init=field_init, into=code)
        except BaseException as e:
            # leave it as it was (uncompiled) so a later use tries again
            for attr in _BODY_SLOTS:
                try:
                    delattr(code, attr)
                except AttributeError:
                    pass
            code.lazy = lazy
            code.source_text, code.is_constructor, code.name = kept
            from .core import CompileError
            if isinstance(e, CompileError):
                # cannot happen for checked code (see the module docstring); report it as
                # the SyntaxError it is rather than as an internal error
                from ..values import JSError
                err = JSError.make("SyntaxError", str(e))
                err.position = (compiler.filename, getattr(e.node, "line", 0),
                                getattr(e.node, "column", 0))
                raise err from None
            raise
        finally:
            (compiler.scope, compiler.fn, compiler.strict, compiler.track_completion,
             compiler.pending_labels, compiler.eval_in_params) = saved
        code.source_text, code.is_constructor, code.name = kept


# -- check markers --------------------------------------------------------------------------

_compiler_digest = None


def compiler_digest():
    """A digest of the compiler's source files: a marker left by another compiler
    does not count (it might not have found the same early errors)."""
    global _compiler_digest
    if _compiler_digest is None:
        from ...parser.cache import new_hash, hash_sources
        h = new_hash(b"pyjs-compiler\0")
        hash_sources(h, os.path.dirname(os.path.realpath(__file__)))
        _compiler_digest = h.hexdigest()[:16]
    return _compiler_digest


def marker_path(source, module):
    """Where the check marker of ``source`` lives (beside its parse-cache entry)."""
    from ...parser.cache import entry_path
    return entry_path(source, module)[:-len(".ast")] + ".ok-" + compiler_digest()


def is_checked(marker):
    return marker is not None and os.path.exists(marker)


def mark_checked(marker):
    """Record that the source compiled, every function included, without an early error."""
    try:
        os.makedirs(os.path.dirname(marker), mode=0o700, exist_ok=True)
        with open(marker, "wb"):
            pass
    except OSError:
        pass
