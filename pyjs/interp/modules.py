"""Source text module records: loading, linking, evaluation, namespaces (§16.2).

Modules load from files relative to the importer (``./x.js``, ``../y.mjs``,
absolute paths); a host can supply its own loader (``realm.module_loader``:
``(specifier, referrer) -> (filename, source)``).  Evaluation runs each
module once, dependencies first; a module with top-level await is driven as
an async function and its dependents wait for it.
"""
import os

from ..parser import CACHE_MIN_SOURCE, ParseError, parse
from .agent import state
from .compiler.scope import TDZ
from .deep import run_deep
from .values import (JSError, JSObject, Prop, MISSING, WRITABLE, ENUMERABLE, null, type_error,
                     SYM_TO_STRING_TAG, Descriptor, validate_and_apply)

UNLINKED, LINKING, LINKED, EVALUATING, EVALUATED = range(5)


class ImportCell:
    """An import binding: a live view of another module's binding."""

    __slots__ = ("env", "slot", "name")

    def __init__(self, env, slot, name):
        self.env = env
        self.slot = slot
        self.name = name

    def get(self):
        v = self.env[self.slot]
        if v is TDZ:
            raise JSError.make("ReferenceError", f"Cannot access '{self.name}' before initialization")
        return v


class ModuleRecord:
    def __init__(self, realm, filename, code):
        self.realm = realm
        self.filename = filename
        self.code = code
        self.status = UNLINKED
        self.env = None
        self.namespace = None
        self.error = MISSING
        self.deps = {}              # specifier -> ModuleRecord
        self.promise = None         # evaluation promise for async graphs
        self.synthetic_value = MISSING

    # https://tc39.es/ecma262/#sec-resolveexport
    def resolve_export(self, name, seen=None):
        if seen is None:
            seen = set()
        key = (id(self), name)
        if key in seen:
            return None
        seen.add(key)
        code = self.code
        if name in code.local_exports:
            return (self, code.local_exports[name])
        if name in code.indirect_exports:
            spec, imp = code.indirect_exports[name]
            m = self.deps[spec]
            if imp == "*":
                return (m, "*namespace*")
            return m.resolve_export(imp, seen)
        if name == "default":
            return None
        star = None
        for spec in code.star_exports:
            r = self.deps[spec].resolve_export(name, seen)
            if r == "ambiguous":
                return r
            if r is not None:
                if star is None:
                    star = r
                elif star[0] is not r[0] or star[1] != r[1]:
                    return "ambiguous"
        return star

    def exported_names(self, seen=None):
        if seen is None:
            seen = set()
        if id(self) in seen:
            return []
        seen.add(id(self))
        code = self.code
        names = list(code.local_exports) + list(code.indirect_exports)
        for spec in code.star_exports:
            for n in self.deps[spec].exported_names(seen):
                if n != "default" and n not in names:
                    names.append(n)
        return names


class SyntheticModuleCode:
    """A JSON module (or any host value) as a module with one default export."""

    def __init__(self):
        self.requests = []
        self.imports = []
        self.local_exports = {"default": 1}
        self.indirect_exports = {}
        self.star_exports = []
        self.is_async = False
        self.functions = []
        self.template = [None, None]
        self.meta_slot = None


class ModuleNamespace(JSObject):
    """Module namespace exotic object (https://tc39.es/ecma262/#sec-module-namespace-exotic-objects)."""

    __slots__ = ("module", "exports")
    exotic = True

    def __init__(self, module, names):
        super().__init__(None)
        self.module = module
        self.exports = sorted(names, key=_utf16_key)
        self.extensible = False
        self.props[SYM_TO_STRING_TAG] = Prop("Module", 0)

    def _value(self, name):
        r = self.module.resolve_export(name)
        m, slot = r
        if slot == "*namespace*":
            return get_namespace(m)
        v = m.env[slot]
        if v is TDZ:
            raise JSError.make("ReferenceError", f"Cannot access '{name}' before initialization")
        return v

    def get_prototype_of(self):
        return None

    def set_prototype_of(self, v):
        return v is None

    def is_extensible(self):
        return False

    def prevent_extensions(self):
        return True

    def get_own_property(self, key):
        if type(key) is not str:
            return JSObject.get_own_property(self, key)
        if key not in self.exports:
            return None
        return Prop(self._value(key), WRITABLE | ENUMERABLE)

    def define_own_property(self, key, desc):
        if type(key) is not str:
            return JSObject.define_own_property(self, key, desc)
        cur = self.get_own_property(key)
        if cur is None:
            return False
        if desc.configurable is True or desc.enumerable is False or desc.is_accessor() \
                or desc.writable is False:
            return False
        if desc.value is not MISSING:
            from .ops import same_value
            return same_value(desc.value, cur.value)
        return True

    def has_property(self, key):
        if type(key) is not str:
            return key in self.props
        return key in self.exports

    def get(self, key, receiver):
        if type(key) is not str:
            return JSObject.get(self, key, receiver)
        if key not in self.exports:
            return None
        return self._value(key)

    def set(self, key, value, receiver):
        return False

    def delete(self, key):
        if type(key) is not str:
            return JSObject.delete(self, key)
        return key not in self.exports

    def own_property_keys(self):
        return list(self.exports) + [k for k in self.props]


def _utf16_key(s):
    return [ord(c) for c in s]


def get_namespace(m):
    """https://tc39.es/ecma262/#sec-getmodulenamespace"""
    if m.namespace is None:
        names = [n for n in m.exported_names() if isinstance(m.resolve_export(n), tuple)]
        m.namespace = ModuleNamespace(m, names)
    return m.namespace


# -- loading ------------------------------------------------------------------------------


def resolve_specifier(specifier, referrer):
    if os.path.isabs(specifier):
        return os.path.normpath(specifier)
    base = os.path.dirname(referrer) if referrer and not referrer.startswith("<") else os.getcwd()
    return os.path.normpath(os.path.join(base, specifier))


def _load(realm, specifier, referrer, attributes=None):
    loader = getattr(realm, "module_loader", None)
    if loader is not None:
        filename, source = loader(specifier, referrer)
    else:
        filename = resolve_specifier(specifier, referrer)
        try:
            with open(filename, encoding="utf-8") as f:
                source = f.read()
        except OSError:
            raise type_error(f"Cannot find module '{specifier}' imported from {referrer}") from None
    cached = realm.modules.get(filename)
    if cached is not None:
        return cached
    if (attributes or {}).get("type") == "json" or filename.endswith(".json") and attributes:
        return _json_module(realm, filename, source)
    return _compile(realm, source, filename)


def _json_module(realm, filename, source):
    json_parse = realm.intrinsics.get("%JSON.parse%")
    m = ModuleRecord(realm, filename, SyntheticModuleCode())
    realm.modules[filename] = m
    if json_parse is None:
        raise JSError.make("SyntaxError", "JSON modules need JSON.parse")
    m.synthetic_value = json_parse.call(None, [source])
    return m


def _compile(realm, source, filename):
    """Parse (through the on-disk cache for a large source) and compile a module.

    The cyclic GC is paused meanwhile (no JS code runs): a bundle's tree and
    compiled form are tens of thousands of objects that all stay alive, so each
    collection while they are made is wasted (~0.2 s for a 300 KB bundle); a large
    source's objects go to the oldest generation at once (age_tracked_objects).
    """
    from .compiler import Compiler, CompileError
    from .compiler.lazy import marker_path, is_checked, mark_checked
    from ..parser import gc_paused, age_tracked_objects
    cache = len(source) >= CACHE_MIN_SOURCE
    with gc_paused():
        try:
            tree = parse(source, module=True, filename=filename, cache=cache)
        except ParseError as e:
            raise realm.syntax_error_from(e) from None
        c = Compiler(source, filename)
        # a cached source that compiled without early errors before compiles its
        # function bodies on first call (see compiler/lazy.py)
        marker = marker_path(source, True) if cache else None
        c.lazy_functions = checked = is_checked(marker)
        try:
            code = run_deep(c.compile_module, tree)
        except CompileError as e:
            err = JSError.make("SyntaxError", str(e))
            err.position = (filename, getattr(e.node, "line", 0), getattr(e.node, "column", 0))
            raise err from None
        # the tree goes before the GC resumes (functions compiled on first call keep
        # their own nodes), so no collection walks it
        tree = None
        if cache:
            age_tracked_objects()
    if marker is not None and not checked:
        mark_checked(marker)
    m = ModuleRecord(realm, filename, code)
    realm.modules[filename] = m
    return m


def load_graph(m, seen=None):
    """Load every module ``m`` requests, transitively (HostLoadImportedModule)."""
    stack = [m]
    while stack:
        cur = stack.pop()
        for spec, attrs in cur.code.requests:
            if spec in cur.deps:
                continue
            dep = _load(cur.realm, spec, cur.filename, attrs)
            cur.deps[spec] = dep
            if dep.status == UNLINKED and not dep.deps:
                stack.append(dep)


# -- linking ------------------------------------------------------------------------------


def link(m):
    """Link (https://tc39.es/ecma262/#sec-moduledeclarationlinking): create environments, bind imports."""
    order = []
    _post_order(m, set(), order)
    for r in order:
        if r.status == UNLINKED:
            r.env = r.code.template.copy()
            r.status = LINKING
    try:
        for r in order:
            if r.status == LINKING:
                _initialize_environment(r)
    except JSError:
        for r in order:
            if r.status == LINKING:
                r.status = UNLINKED
                r.env = None
        raise
    for r in order:
        if r.status == LINKING:
            r.status = LINKED


def _post_order(m, seen, out):
    if id(m) in seen:
        return
    seen.add(id(m))
    for spec, _ in m.code.requests:
        _post_order(m.deps[spec], seen, out)
    out.append(m)


def _initialize_environment(m):
    """InitializeEnvironment (https://tc39.es/ecma262/#sec-source-text-module-record-initialize-environment)."""
    code = m.code
    for name in code.indirect_exports:
        r = m.resolve_export(name)
        if not isinstance(r, tuple):
            raise JSError.make("SyntaxError", f"The requested module does not provide an export named '{name}'"
                               if r is None else f"Ambiguous export '{name}'")
    env = m.env
    if isinstance(code, SyntheticModuleCode):
        env[1] = m.synthetic_value
        return
    for spec, imp, slot in code.imports:
        dep = m.deps[spec]
        if imp == "*":
            env[slot] = get_namespace(dep)
            continue
        r = dep.resolve_export(imp)
        if not isinstance(r, tuple):
            raise JSError.make("SyntaxError",
                               f"The requested module '{spec}' does not provide an export named '{imp}'"
                               if r is None else f"The requested module '{spec}' contains conflicting star exports for name '{imp}'")
        target, tslot = r
        if tslot == "*namespace*":
            env[slot] = _NamespaceCell(target)
        else:
            env[slot] = ImportCell(target.env, tslot, imp)
    from .compiler.code import make_function
    realm = m.realm
    prev = state.realm
    state.realm = realm
    try:
        for slot, fcode in code.functions:
            env[slot] = make_function(fcode, env, realm)
    finally:
        state.realm = prev


class _NamespaceCell:
    __slots__ = ("module",)

    def __init__(self, module):
        self.module = module

    def get(self):
        return get_namespace(self.module)


# -- evaluation ---------------------------------------------------------------------------


def evaluate(m):
    """Evaluate ``m`` and its dependencies; returns a promise (§16.2.1.5.3)."""
    from ..builtins.promise import new_promise_capability_intrinsic
    realm = m.realm
    cap = new_promise_capability_intrinsic(realm)
    order = []
    _post_order(m, set(), order)
    pending = [r for r in order if r.status == LINKED]
    for r in order:
        if r.status == EVALUATED and r.error is not MISSING:
            cap.reject(r.error)
            return cap.promise

    def run_from(i):
        while i < len(pending):
            r = pending[i]
            i += 1
            if r.status != LINKED:
                if r.error is not MISSING:
                    cap.reject(r.error)
                    return
                continue
            r.status = EVALUATING
            if r.code.is_async:
                _run_async_module(r, lambda i=i: run_from(i), lambda e: fail(e))
                return
            try:
                _run_sync_module(r)
            except JSError as e:
                fail(e.value)
                return
        cap.resolve(None)

    def fail(error):
        for r in pending:
            if r.status == EVALUATING or r.status == LINKED:
                r.status = EVALUATED
                r.error = error
        cap.reject(error)
    run_from(0)
    return cap.promise


def _meta(r):
    if r.code.meta_slot is not None:
        meta = JSObject(None)
        meta.props["url"] = "file://" + r.filename if not r.filename.startswith("<") else r.filename
        r.env[r.code.meta_slot] = meta


def _take_body(r):
    """The module's body, which runs once: the record lets go of it, so the closures
    compiled for the top level (most of a bundle's compiled code) are freed after."""
    body = r.code.body
    r.code.body = None
    return body


def _run_sync_module(r):
    prev = state.realm
    state.realm = r.realm
    try:
        if not isinstance(r.code, SyntheticModuleCode):
            _meta(r)
            _take_body(r)(r.env)
        r.status = EVALUATED
    finally:
        state.realm = prev


def _run_async_module(r, on_done, on_error):
    from .generators import CallbackDriver
    _meta(r)

    def ok(_):
        r.status = EVALUATED
        on_done()

    def err(e):
        on_error(e)
    prev = state.realm
    state.realm = r.realm
    try:
        g = _take_body(r)(r.env)
        CallbackDriver(g, ok, err).step("next", None)
    finally:
        state.realm = prev


def load_and_link(realm, source, filename):
    m = realm.modules.get(filename)
    if m is None or source is not None:
        m = _compile(realm, source, filename)
    load_graph(m)
    link(m)
    return m


def evaluate_module_source(realm, source, filename):
    """Realm.evaluate_module: load, link and evaluate; errors surface as JSError."""
    def go():
        prev = state.realm
        state.realm = realm
        try:
            m = load_and_link(realm, source, filename)
            p = evaluate(m)
            realm.run_jobs()
            from ..builtins.promise import REJECTED
            if p.promise_state == REJECTED:
                p.is_handled = True
                raise JSError(p.result)
            return get_namespace(m)
        finally:
            state.realm = prev
    return run_deep(go)


def dynamic_import(realm, specifier, referrer, options=None):
    """import() (https://tc39.es/ecma262/#sec-import-calls)."""
    from ..builtins.promise import new_promise_capability_intrinsic, perform_promise_then_native
    from .ops import to_string
    cap = new_promise_capability_intrinsic(realm)
    try:
        spec = to_string(specifier)
        attrs = {}
        if options is not None:
            if not isinstance(options, JSObject):
                raise type_error("The second argument of import() must be an object")
            w = options.get("with", options)
            if w is not None:
                if not isinstance(w, JSObject):
                    raise type_error("The 'with' option must be an object")
                from .ops import enumerable_own_properties
                for entry in enumerable_own_properties(w, "key+value"):
                    k, v = entry.elements
                    if type(v) is not str:
                        raise type_error("Import attribute values must be strings")
                    attrs[k] = v
        m = _load(realm, spec, referrer, attrs)
        load_graph(m)
        link(m)
        p = evaluate(m)
    except JSError as e:
        cap.reject(e.value)
        return cap.promise
    perform_promise_then_native(p, lambda _: cap.resolve(get_namespace(m)), cap.reject)
    return cap.promise
