"""Realms: a global object, its intrinsics, and the host hooks (§9.3).

``Realm`` is also the public entry point for running code (``evaluate``,
``evaluate_module``, ``run_jobs``).
"""
import collections
import os

from ..parser import CACHE_MIN_SOURCE, ParseError, parse
from .agent import state, Terminated, Budget, use_budget
from .arrays import JSArray
from .values import (JSError, JSObject, JSSymbol, Prop, MISSING, HIDDEN, null, type_error,
                     CONFIGURABLE, SYM_ITERATOR, watch_chain)
from .deep import run_deep
from .proto_cache import INHERITED, NO_ENTRY, WatchedProps, remember


class _LazyRegExpLegacy:
    """Realm.regexp_legacy: RegExp's legacy static properties (builtins/regexp_legacy.py),
    None without RegExp.

    Reading them creates a still lazy RegExp family: the statics a match updates or
    invalidates are those of the realm current at the match, whether or not that
    realm's program has used RegExp yet.  The family's set-up assigns the attribute,
    which this non-data descriptor then leaves to the instance: a plain read after that
    (every RegExp literal's evaluation reads it).
    """

    def __get__(self, realm, owner=None):
        if realm is None:
            return self
        if "%RegExp%" in realm.intrinsics:
            return realm.__dict__.get("regexp_legacy")
        return None


class Realm:
    """One JS global environment with its own intrinsics."""

    # %TypedArray%.prototype's "length" Prop, once the typed array family exists
    # (typed_array_methods.setup); MISSING is never what a property name resolves to
    typed_array_length = MISSING
    # renewed by the global object's props (values.GlobalProps) whenever a Prop leaves them;
    # this one is no realm's, so matches no cache filled before setup_intrinsics
    global_token = object()
    # the Map and Set methods generated code may compute in place (codegen/builtin_calls.py),
    # once their family is set up
    map_get = map_has = map_set = set_add = set_has = MISSING
    # %Math.imul%, once Math exists (math.setup): generated code inlines a call of it
    math_imul = MISSING
    # %Function.prototype.apply% and %Function.prototype.call%, once they exist (function.setup):
    # generated code calls past them (see arguments.LazyArguments, codegen function_call_call)
    function_apply = function_call = MISSING
    # the Math functions generated code may compute in place (codegen/builtin_calls.py)
    math_min = math_max = math_floor = math_ceil = math_trunc = math_round = math_abs = math_sqrt = MISSING
    math_pow = math_atan2 = math_exp = math_log = math_sin = math_cos = MISSING

    def __init__(self, host=None):
        from ..builtins.lazy import Intrinsics
        self.intrinsics = Intrinsics()
        self.adopting = None        # while a lazy builtin family is created: its shells (builtins/lazy.py)
        self.global_lex = {}        # name -> cell of a global let, const or class (globals_decl.lexical_cell)
        self.template_cache = {}
        self.iteration_parts = {}     # see iteration_pristine
        # builtins.regexp.RegExpOriginals, set by the RegExp family
        self.original_regexp_methods = None
        self.jobs = collections.deque()
        self.host = host
        self.modules = {}
        self.on_unhandled_rejection = None
        self.console_handler = None
        self.global_listeners = None    # the global object's EventTarget state (webapi/event.py)
        prev = state.realm
        state.realm = self
        try:
            from ..builtins import setup_intrinsics
            setup_intrinsics(self)
        finally:
            state.realm = prev if prev is not None else self

    regexp_legacy = _LazyRegExpLegacy()

    @property
    def detach_array_buffer(self):
        """DetachArrayBuffer(buffer, key=None) for hosts (test262's $262.detachArrayBuffer)."""
        from ..builtins.array_buffer import detach_array_buffer
        return detach_array_buffer

    # -- intrinsic shortcuts (hot paths) ------------------------------------------------
    def new_object(self):
        return JSObject(self.object_prototype)

    def new_array(self, items):
        return JSArray(self.array_prototype, list(items))

    def wrap_primitive(self, v):
        from ..builtins.primitives import wrap_primitive
        return wrap_primitive(self, v)

    def primitive_prototype(self, v):
        t = type(v)
        if t is str:
            return self.intrinsics["%String.prototype%"]
        if t is float:
            return self.intrinsics["%Number.prototype%"]
        if t is bool:
            return self.intrinsics["%Boolean.prototype%"]
        if t is int:
            return self.intrinsics["%BigInt.prototype%"]
        if t is JSSymbol:
            return self.intrinsics["%Symbol.prototype%"]
        raise type_error("not a primitive")

    def new_error(self, kind, message, exc=None):
        from ..builtins.error import create_error
        return create_error(self, kind or "Error", message, exc)

    def array_iteration_pristine(self):
        return self.iteration_pristine("%Array.prototype%", "%Array.prototype.values%",
                                       "%ArrayIteratorPrototype%", "%ArrayIteratorPrototype.next%")

    def iteration_pristine(self, proto, method, iterator_proto, next_method):
        """Do the intrinsic prototype ``proto``'s @@iterator and its iterators' ``next``
        still hold the intrinsics ``method`` and ``next_method``?  Then iterating an
        object inheriting from ``proto`` (with no @@iterator of its own) has steps
        nothing observes until a value comes out, so for-of and array patterns may
        take them without making the iterator and result objects (runtime.for_of_values).
        A yes is remembered in the inherited-lookup cache under ``proto`` with this realm
        as the key (no property key is a Realm), so a caller holding an object may test
        ``INHERITED.get(obj.proto, NO_ENTRY).get(realm) is True`` first: a true answer
        also says that the object's prototype is this realm's ``proto``."""
        parts = self.iteration_parts.get(method)
        if parts is None:
            i = self.intrinsics
            parts = self.iteration_parts[method] = (i[proto], i[method], i[iterator_proto], i[next_method])
            watch_chain(parts[2])       # its iterators' prototype, though none may ever be made
        proto, method, iterator_proto, next_method = parts
        if INHERITED.get(proto, NO_ENTRY).get(self) is True:
            return True
        it = proto.props.get(SYM_ITERATOR)
        if (it.value if type(it) is Prop else it) is not method:
            return False
        n = iterator_proto.props.get("next")
        if (n.value if type(n) is Prop else n) is not next_method:
            return False
        if isinstance(proto.props, WatchedProps) and isinstance(iterator_proto.props, WatchedProps):
            remember(proto, self, True)     # valid until either object changes (proto_cache)
        return True

    def regexp_create(self, pattern, flags):
        """RegExpCreate (builtins.regexp.regexp_create) in this realm, for hosts."""
        from ..builtins.regexp import regexp_create
        return regexp_create(self, pattern, flags)

    def get_template_object(self, cooked, raw):
        """https://tc39.es/ecma262/#sec-gettemplateobject"""
        from .ops import set_integrity_level
        raw_obj = self.new_array(raw)
        t = self.new_array(cooked)
        t.props["raw"] = Prop(raw_obj, 0)
        set_integrity_level(raw_obj, "frozen")
        set_integrity_level(t, "frozen")
        return t

    def create_async_from_sync_iterator(self, rec):
        from ..builtins.iteration import create_async_from_sync_iterator
        return create_async_from_sync_iterator(self, rec)

    # -- jobs ------------------------------------------------------------------------------
    def enqueue_job(self, job):
        self.jobs.append(job)
        hook = getattr(self.host, "on_job_enqueued", None) if self.host is not None else None
        if hook is not None:
            hook(self)

    def run_jobs(self):
        """Drain the microtask queue (HostEnqueuePromiseJob's queue)."""
        def drain():
            jobs = self.jobs
            prev = state.realm
            state.realm = self
            try:
                while jobs:
                    jobs.popleft()()
            finally:
                state.realm = prev
        run_deep(drain)

    # -- evaluation ------------------------------------------------------------------------
    def parse_script(self, source, filename, cache=False):
        """Parse a classic script; ``cache``: a file's text, worth the on-disk tree cache."""
        try:
            return parse(source, module=False, filename=filename,
                         cache=cache and len(source) >= CACHE_MIN_SOURCE)
        except ParseError as e:
            raise self.syntax_error_from(e) from None

    def syntax_error_from(self, e):
        err = JSError.make("SyntaxError", e.message)
        err.js_stack = [("", e.filename, e.line, e.column)]
        err.position = (e.filename, e.line, e.column)
        return err

    def compile_script(self, source, filename="<anonymous>", tree=None, cache=False):
        """Parse (``cache``: a file's text, see parse_script) and compile a classic script.

        A large cached source is loaded as a module is (modules._compile): with the
        cyclic GC paused, and its objects aged at once (age_tracked_objects).
        """
        from contextlib import nullcontext
        from ..parser import gc_paused, age_tracked_objects
        large = cache and tree is None and len(source) >= CACHE_MIN_SOURCE
        with gc_paused() if large else nullcontext():
            compiled, marker, checked = self._compile_script(source, filename, tree, cache)
            if large:
                age_tracked_objects()
        if marker is not None and not checked:
            from .compiler.lazy import mark_checked
            mark_checked(marker)
        return compiled

    def _compile_script(self, source, filename, tree, cache):
        """(compiled script, check marker or None, whether it was checked before)."""
        from .compiler import Compiler, CompileError
        marker = checked = None
        if tree is None:
            tree = self.parse_script(source, filename, cache)
            if cache and len(source) >= CACHE_MIN_SOURCE:
                # checked before: function bodies compile on first call (compiler/lazy.py)
                from .compiler.lazy import marker_path, is_checked
                marker = marker_path(source, False)
                checked = is_checked(marker)
        c = Compiler(source, filename)
        c.lazy_functions = bool(checked)
        try:
            return run_deep(c.compile_script, tree), marker, checked
        except CompileError as e:
            node = e.node
            err = JSError.make("SyntaxError", str(e))
            err.position = (filename, getattr(node, "line", 0), getattr(node, "column", 0))
            err.js_stack = [("", *err.position)]
            raise err from None

    def run_script(self, compiled):
        """ScriptEvaluation of a compiled script; returns the completion value."""
        instantiate, run = compiled

        def go():
            prev = state.realm
            state.realm = self
            saved_cv = state.cv if hasattr(state, "cv") else None
            state.cv = None
            try:
                env = [None]
                instantiate(self, env)
                sig = run(env)
                return state.cv
            finally:
                state.cv = saved_cv
                state.realm = prev
        return run_deep(go)

    def evaluate(self, source, filename="<eval>", budget=None):
        """Run ``source`` as a classic script; return its completion value."""
        with use_budget(budget):
            return self.run_script(self.compile_script(source, filename))

    def perform_eval(self, src, strict, scope, env, fn_state, in_params=False):
        """PerformEval for direct eval (https://tc39.es/ecma262/#sec-performeval)."""
        from .eval import perform_direct_eval
        return perform_direct_eval(self, src, strict, scope, env, fn_state, in_params)

    def evaluate_module(self, source, filename="<module>", budget=None):
        """Load, link and evaluate a module from source; returns its namespace object."""
        from .modules import evaluate_module_source
        with use_budget(budget):
            return evaluate_module_source(self, source, filename)

    def import_module(self, filename):
        """Load a module from a file, evaluate it, return its namespace (hosts)."""
        from .modules import evaluate_module_source
        with open(filename, encoding="utf-8") as f:
            source = f.read()
        return evaluate_module_source(self, source, os.path.abspath(filename))

    def dynamic_import(self, specifier, referrer, options=None):
        from .modules import dynamic_import
        return dynamic_import(self, specifier, referrer, options)

    # -- host conveniences -----------------------------------------------------------
    def set_global(self, name, value):
        self.global_object.props[name] = Prop(value, HIDDEN)

    def define_function(self, name, fn, length=0):
        """Install a Python callable ``fn(this, args)`` as a global function."""
        from .functions import NativeFunction
        f = NativeFunction(self, fn, name, length)
        self.set_global(name, f)
        return f
