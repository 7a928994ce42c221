"""Identifier references: compile-time resolution to closures that read/write.

A resolved reference becomes one of three shapes: a slot at a known depth, a
global name (global lexical declarations, then the global object), or a
dynamic lookup through ``with`` objects and sloppy-eval variable dicts that
falls back to one of the first two.
"""
from ..agent import state
from ..values import MISSING, Prop, JSError, SYM_UNSCOPABLES, JSObject, GlobalProps, ACCESSOR, WRITABLE, CONFIGURABLE
from ..ops import to_boolean
from .scope import TDZ


def tdz_error(name):
    return JSError.make("ReferenceError", f"Cannot access '{name}' before initialization")


def not_defined(name):
    return JSError.make("ReferenceError", f"{name} is not defined")


def const_error(name):
    return JSError.make("TypeError", f"Assignment to constant variable '{name}'.")


class Ref:
    """The compile-time result of resolving a name."""

    __slots__ = ("name", "depth", "binding", "checks", "is_global", "ready")

    def __init__(self, name, depth=0, binding=None, checks=(), is_global=False, ready=False):
        self.name = name
        self.depth = depth
        self.binding = binding
        self.checks = checks        # ((kind, depth, slot), ...) inner to outer
        self.is_global = is_global
        self.ready = ready          # the binding is past its TDZ whenever read from here

    @property
    def kind(self):
        return self.binding.kind if self.binding is not None else "global"


def walk(env, depth):
    for _ in range(depth):
        env = env[0]
    return env


# -- reads ------------------------------------------------------------------------


def local_getter(depth, slot, name, check_tdz):
    if check_tdz:
        if depth == 0:
            def get(env):
                v = env[slot]
                if v is TDZ:
                    raise tdz_error(name)
                return v
        elif depth == 1:
            def get(env):
                v = env[0][slot]
                if v is TDZ:
                    raise tdz_error(name)
                return v
        else:
            def get(env):
                for _ in range(depth):
                    env = env[0]
                v = env[slot]
                if v is TDZ:
                    raise tdz_error(name)
                return v
        return get
    if depth == 0:
        return lambda env: env[slot]
    if depth == 1:
        return lambda env: env[0][slot]
    if depth == 2:
        return lambda env: env[0][0][slot]
    if depth == 3:
        return lambda env: env[0][0][0][slot]

    def get(env):
        for _ in range(depth):
            env = env[0]
        return env[slot]
    return get


def global_lookup(name, missing=MISSING):
    """Value of a global name, or ``missing`` when unresolvable."""
    realm = state.realm
    cell = realm.global_lex.get(name)
    if cell is not None:
        v = cell.value
        if v is TDZ:
            raise tdz_error(name)
        return v
    g = realm.global_object
    p = g.props.get(name, MISSING)
    if p is not MISSING and type(p) is not Prop and not g.exotic:
        return p
    if g.has_property(name):
        return g.get(name, g)
    return missing


def global_getter(name):
    """Read a global name.

    Each reference site keeps two caches, per realm.  ``cache`` holds a Prop that
    stays the binding's for good: the Prop of a non-configurable data property of
    the global object (what ``var`` and function declarations create), which can
    never be deleted or become an accessor, or the cell of an initialized global
    lexical binding (globals_decl.lexical_cell), which is never removed, never
    returns to its TDZ, and whose name no later declaration can take (a const's
    cell is not WRITABLE, so the inline writes that test the flag leave it to the
    setter, which throws).  ``props_cache`` holds the Prop of a configurable data
    property (the builtins: ``Math``, ``String``) with the realm's ``global_token``
    when it was found: it is the binding's as long as the token is the realm's,
    since a configurable property that is redefined, deleted or shadowed gets a new
    Prop or none (values.validate_and_apply makes a new Prop for any change of kind,
    and GlobalDeclarationInstantiation gives a property a lexical declaration shadows
    a new one, see globals_decl.shadow_global_property), and the global object's
    ``props`` (values.GlobalProps) renews the token whenever a Prop leaves it.
    Assignments change the Prop's value in place, which both caches see.

    Generated code keeps copies of the caches in its globals, where a read is
    cheaper than in a list: ``mirrors`` holds the functions that refresh them,
    called whenever a cache is filled.
    """
    cache = [None, None]
    props_cache = [None, None]
    mirrors = []

    def get(env):
        realm = state.realm
        if realm is cache[0]:
            return cache[1].value
        if props_cache[0] is realm.global_token:
            return props_cache[1].value
        cell = realm.global_lex.get(name)
        if cell is None:
            g = realm.global_object
            v = g.props.get(name, MISSING)
            if v is not MISSING:
                if type(v) is not Prop:
                    return v
                if not v.flags & ACCESSOR:
                    if not g.exotic:
                        if not v.flags & CONFIGURABLE:
                            cache[0] = realm
                            cache[1] = v
                        elif isinstance(g.props, GlobalProps):
                            props_cache[0] = realm.global_token
                            props_cache[1] = v
                        for mirror in mirrors:
                            mirror()
                    return v.value
            if g.has_property(name):
                return g.get(name, g)
            raise not_defined(name)
        v = cell.value
        if v is TDZ:
            raise tdz_error(name)
        cache[0] = realm
        cache[1] = cell
        for mirror in mirrors:
            mirror()
        return v
    get.cache = cache       # generated code reads the cached Props inline
    get.props_cache = props_cache
    get.mirrors = mirrors
    return get


def global_var_cell(realm, name):
    """The Prop of the global var binding ``name`` when global code may read and write
    it directly for as long as it runs, else None.

    As for global_getter's cache: a non-configurable data property of an ordinary
    global object that no global lexical declaration shadows stays one (it can be
    neither deleted nor turned into an accessor, a later lexical declaration of its
    name is an error, and a redefinition updates the same Prop); only ``writable``
    can change, which writers test.
    """
    if name in realm.global_lex:
        return None
    g = realm.global_object
    if g.exotic:
        return None
    p = g.props.get(name)
    if type(p) is Prop and not p.flags & (ACCESSOR | CONFIGURABLE):
        return p
    return None


def with_has_binding(obj, name):
    """HasBinding of an object environment record (§9.1.1.2.1), incl. @@unscopables."""
    if not obj.has_property(name):
        return False
    uns = obj.get(SYM_UNSCOPABLES, obj)
    if isinstance(uns, JSObject):
        if to_boolean(uns.get(name, uns)):
            return False
    return True


def dynamic_find(env, name, checks):
    """Search the dynamic scopes of a reference: (kind, container) or None."""
    for kind, depth, slot in checks:
        e = walk(env, depth)
        if kind == "with":
            obj = e[1]
            if with_has_binding(obj, name):
                return ("with", obj)
        else:
            d = e[slot]
            if d is not None and name in d:
                return ("eval", d)
    return None


def with_get_binding_value(obj, name, strict):
    """GetBindingValue of a ``with`` object environment (https://tc39.es/ecma262/#sec-object-environment-records-getbindingvalue-n-s):
    the binding may have gone since it was found."""
    if not obj.has_property(name):
        if strict:
            raise JSError.make("ReferenceError", f"{name} is not defined")
        return None
    return obj.get(name, obj)


def with_set_mutable_binding(obj, name, value, strict):
    """SetMutableBinding of a ``with`` object environment (https://tc39.es/ecma262/#sec-object-environment-records-setmutablebinding-n-v-s)."""
    if not obj.has_property(name) and strict:
        raise JSError.make("ReferenceError", f"{name} is not defined")
    if not obj.set(name, value, obj) and strict:
        raise JSError.make("TypeError", f"Cannot assign to read only property '{name}' of object")


def dynamic_reference(ref, strict, check_tdz=True):
    """``(find, get, put)`` for an identifier that with/eval scopes may shadow.

    ``find(env)`` resolves the reference once (the spec's Reference Record: a
    ``with`` object, an eval-created var, or None for the static binding);
    ``get(env, found)`` and ``put(env, found, v)`` then read and write that same
    binding, so ``x++`` or ``x += 1`` writes back where it read even when the read
    (a getter on the ``with`` object) deleted the binding.
    """
    name, checks = ref.name, ref.checks
    base_get = _static_getter(ref, check_tdz)
    base_set = _static_setter(ref, strict, False)

    def find(env):
        return dynamic_find(env, name, checks)

    def get(env, found):
        if found is None:
            return base_get(env)
        kind, c = found
        return with_get_binding_value(c, name, strict) if kind == "with" else c[name]

    def put(env, found, v):
        if found is None:
            base_set(env, v)
            return
        kind, c = found
        if kind == "with":
            with_set_mutable_binding(c, name, v, strict)
        else:
            c[name] = v
    return find, get, put


def make_getter(ref, check_tdz=True, strict=False):
    """A closure ``get(env)`` for reading the reference (``strict``: of strict code)."""
    if not ref.checks:
        return _static_getter(ref, check_tdz)
    find, get, _ = dynamic_reference(ref, strict, check_tdz)
    return lambda env: get(env, find(env))


def _static_getter(ref, check_tdz):
    if ref.is_global:
        return global_getter(ref.name)
    b = ref.binding
    needs = check_tdz and b.kind in ("let", "const", "class", "tdzparam") and not ref.ready
    if b.kind == "import":
        slot, depth = b.slot, ref.depth

        def get(env):
            cell = walk(env, depth)[slot]
            v = cell.get()
            return v
        return get
    return local_getter(ref.depth, b.slot, ref.name, needs)


def make_ref_base_getter(ref):
    """For calls: ``get(env) -> (value, this)``; ``this`` is the with-object when found there."""
    base = _static_getter(ref, True)
    name, checks = ref.name, ref.checks

    def get(env):
        found = dynamic_find(env, name, checks)
        if found is None:
            return base(env), None
        kind, c = found
        if kind == "with":
            return with_get_binding_value(c, name, False), c
        return c[name], None
    return get


def make_typeof_getter(ref):
    """Like a getter, but an unresolvable reference yields undefined (for ``typeof``)."""
    if not ref.is_global and not ref.checks:
        return _static_getter(ref, True)
    name, checks = ref.name, ref.checks

    def get(env):
        if checks:
            found = dynamic_find(env, name, checks)
            if found is not None:
                kind, c = found
                return with_get_binding_value(c, name, False) if kind == "with" else c[name]
        if ref.is_global:
            return global_lookup(name, None)
        return _static_getter(ref, True)(env)
    return get


# -- writes -----------------------------------------------------------------------


def local_setter(depth, slot, name, kind, init=False, strict=True, ready=False):
    """``set(env, value)``; ``init`` marks a declaration's initialization, ``ready`` a
    binding known past its TDZ (Ref.ready).

    A named function expression's own name (kind ``fname``) is an immutable
    binding: assigning it throws in strict code and does nothing in sloppy code."""
    if not init and kind == "fname":
        def set_(env, value):
            if strict:
                raise const_error(name)
        return set_
    if not init and kind == "const":
        def set_(env, value):
            e = walk(env, depth)
            if e[slot] is TDZ:
                raise tdz_error(name)
            raise const_error(name)
        return set_
    if not init and not ready and kind in ("let", "class", "tdzparam"):
        if depth == 0:
            def set_(env, value):
                if env[slot] is TDZ:
                    raise tdz_error(name)
                env[slot] = value
        elif depth == 1:
            def set_(env, value):
                e = env[0]
                if e[slot] is TDZ:
                    raise tdz_error(name)
                e[slot] = value
        else:
            def set_(env, value):
                e = walk(env, depth)
                if e[slot] is TDZ:
                    raise tdz_error(name)
                e[slot] = value
        return set_
    if kind == "import" and not init:
        def set_(env, value):
            raise const_error(name)
        return set_
    if depth == 0:
        def set_(env, value):
            env[slot] = value
    elif depth == 1:
        def set_(env, value):
            env[0][slot] = value
    else:
        def set_(env, value):
            walk(env, depth)[slot] = value
    return set_


def global_setter(name, strict):
    """Write a global name.  ``cache`` holds the Prop of a var or the cell of a let
    or class binding, of one realm, once a write has found it writable (as
    global_getter's ``cache``: generated code writes it inline when its flags still
    say WRITABLE, through copies that ``mirrors`` refresh)."""
    cache = [None, None]
    mirrors = []

    def remember(realm, p):
        cache[0] = realm
        cache[1] = p
        for mirror in mirrors:
            mirror()

    def set_(env, value):
        realm = state.realm
        if realm is cache[0]:
            p = cache[1]
            if p.flags & WRITABLE:
                p.value = value
                return
        cell = realm.global_lex.get(name)
        if cell is not None:
            if cell.value is TDZ:
                raise tdz_error(name)
            if not cell.flags & WRITABLE:
                raise const_error(name)
            cell.value = value
            remember(realm, cell)
            return
        g = realm.global_object
        if not g.exotic:
            p = g.props.get(name, MISSING)
            if p is not MISSING:
                if type(p) is not Prop:
                    g.props[name] = value
                    return
                if p.flags & (WRITABLE | ACCESSOR) == WRITABLE:
                    p.value = value
                    if not p.flags & CONFIGURABLE:
                        remember(realm, p)
                    return
        if strict and not g.has_property(name):
            raise not_defined(name)
        ok = g.set(name, value, g)
        if not ok and strict:
            raise JSError.make("TypeError", f"Cannot assign to read only property '{name}' of object")
    set_.cache = cache
    set_.mirrors = mirrors
    return set_


def make_setter(ref, strict, init=False):
    if not ref.checks or init:
        return _static_setter(ref, strict, init)
    find, _, put = dynamic_reference(ref, strict)
    return lambda env, value: put(env, find(env), value)


def _static_setter(ref, strict, init):
    """The setter of the binding scope analysis found (ignoring with/eval shadowing)."""
    if ref.is_global:
        return global_init(ref.name) if init else global_setter(ref.name, strict)
    return local_setter(ref.depth, ref.binding.slot, ref.name, ref.binding.kind, init, strict, ref.ready)


def global_init(name):
    """Initialize a global lexical declaration (let/const/class at script top level)."""
    def init(env, value):
        state.realm.global_lex[name].value = value
    return init
