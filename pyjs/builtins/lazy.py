"""Builtin families created on first use, invisibly to JS.

Creating a realm used to import and set up every builtin family; most programs never
touch typed arrays, Proxy, WeakRef or even Date, and a process's first realm paid
for importing all of their modules.  A *lazy family* is instead represented at
realm creation by **shells**: the very objects its global properties (and the
non-global objects reachable from them without reading a property, such as
%TypedArray%, the [[Prototype]] of the typed array constructors) will hold, with
their final [[Prototype]], [[Extensible]], realm and constructor-ness, installed on
the global object at the position and with the attributes eager setup gives them.
Everything else about them is created when the family is first needed.

A shell's class is a subclass of its final class (:func:`shell_class`) whose
``props`` (and, for functions, ``fn``/``ctor``/``pos``) are properties: the first read of
one of them — any property access, call or construct, from any code path —
materializes the family: each shell gets its final class back (``__class__``
assignment; a shell adds no slots) and the family module's ordinary ``setup(realm)``
runs, which adopts the shells instead of allocating new objects
(:func:`new_builtin`) and does not touch the global object again (the
properties are there already and the program may have changed them).  A shell
stores its pending family record in its own (otherwise unused) ``props`` slot, so
nothing outside the shells refers to a realm.

The realm's intrinsic table is an :class:`Intrinsics` dict that materializes the
family owning a ``%Name%`` on its first lookup (``[]``, ``get`` or ``in``), so
internal uses (``%Uint8Array%`` from TextEncoder, %RegExp% from a regex literal)
see the same objects as JS does.

What JS can observe without reading a shell's properties — identity, typeof,
[[GetPrototypeOf]], [[IsExtensible]], [[PreventExtensions]], the global object's
keys and descriptors — is the final state already, and the values set by such
operations before materialization are kept.  tests/builtins/test_lazy_families.py
compares lazy and eager realms object by object.
"""
import sys

from ..interp.agent import state
from ..interp.functions import NativeFunction
from ..interp.values import HIDDEN, MISSING, JSObject, Prop


def load_module(name):
    """``importlib.import_module(name)`` for an absolute name, without importing
    importlib (and the warnings module it imports): ~0.8 ms of a process's first realm."""
    __import__(name)
    return sys.modules[name]


CONSTRUCTOR = "constructor"     # a NativeFunction with [[Construct]], [[Prototype]] %Function.prototype%
FUNCTION = "function"           # a NativeFunction without [[Construct]] (structuredClone)
NAMESPACE = "namespace"         # an ordinary object with [[Prototype]] %Object.prototype% (Math, JSON)

_TYPED_ARRAYS = ("Int8", "Uint8", "Uint8Clamped", "Int16", "Uint16", "Int32", "Uint32",
                 "BigInt64", "BigUint64", "Float16", "Float32", "Float64")

# family -> its shells in the order its setup installs their globals:
# (global name or None, intrinsic, kind, [[Prototype]] intrinsic or None for the kind's default)
LAZY_FAMILIES = {
    "math": (("Math", "%Math%", NAMESPACE, None),),
    "json": (("JSON", "%JSON%", NAMESPACE, None),),
    "reflect": (("Reflect", "%Reflect%", NAMESPACE, None),),
    "regexp": (("RegExp", "%RegExp%", CONSTRUCTOR, None),),
    "date": (("Date", "%Date%", CONSTRUCTOR, None),),
    "collections": tuple((n, f"%{n}%", CONSTRUCTOR, None) for n in ("Map", "Set", "WeakMap", "WeakSet")),
    "typed_arrays": (
        ("ArrayBuffer", "%ArrayBuffer%", CONSTRUCTOR, None),
        ("SharedArrayBuffer", "%SharedArrayBuffer%", CONSTRUCTOR, None),
        (None, "%TypedArray%", CONSTRUCTOR, None),
        *((f"{k}Array", f"%{k}Array%", CONSTRUCTOR, "%TypedArray%") for k in _TYPED_ARRAYS),
        ("DataView", "%DataView%", CONSTRUCTOR, None),
        ("Atomics", "%Atomics%", NAMESPACE, None),
    ),
    "proxy": (("Proxy", "%Proxy%", CONSTRUCTOR, None),),
    "weakref": tuple((n, f"%{n}%", CONSTRUCTOR, None) for n in ("WeakRef", "FinalizationRegistry")),
    "intl": (("Intl", "%Intl%", NAMESPACE, None),),
}

# intrinsic names a family registers besides its shells' roots (see intrinsic_root)
EXTRA_ROOTS = {
    "regexp": ("RegExpStringIteratorPrototype",),
    "collections": ("MapIteratorPrototype", "SetIteratorPrototype"),
    "intl": ("IntlSegmentsPrototype", "IntlSegmentIteratorPrototype"),
}


def intrinsic_root(name):
    """The identifier an intrinsic's name starts with: %Map.prototype.get% -> "Map"."""
    return name.strip("%").split(".", 1)[0].split("[", 1)[0]


# -- shells ---------------------------------------------------------------------------------

_PROPS_SLOT = JSObject.__dict__["props"]
_SHELL_CLASSES = {}


def _pending_of(shell):
    return _PROPS_SLOT.__get__(shell, type(shell))


def _lazy_props(self):
    _pending_of(self).materialize()
    return self.props


def _set_lazy_props(self, value):
    _pending_of(self).materialize()
    self.props = value


def _lazy_fn(self):
    _pending_of(self).materialize()
    return self.fn


def _lazy_ctor(self):
    _pending_of(self).materialize()
    return self.ctor


def _lazy_pos(self):
    _pending_of(self).materialize()
    return self.pos


def shell_class(base):
    """The shell subclass of ``base``: same layout, materializing attribute reads."""
    cls = _SHELL_CLASSES.get(base)
    if cls is None:
        ns = {"__slots__": (), "__doc__": f"A {base.__name__} of a family not created yet (lazy.py).",
              "props": property(_lazy_props, _set_lazy_props)}
        if issubclass(base, NativeFunction):
            ns["fn"] = property(_lazy_fn)
            ns["ctor"] = property(_lazy_ctor)
            ns["pos"] = property(_lazy_pos)
        cls = _SHELL_CLASSES[base] = type("Lazy" + base.__name__, (base,), ns)
    return cls


class PendingFamily:
    """One realm's not yet created family: its shells and what to run after its setup.

    A family of ``LAZY_FAMILIES`` by default; a host's families (the Web APIs,
    ``pyjs.webapi.install``) pass their own ``specs`` (shells as in LAZY_FAMILIES),
    ``extra_roots`` (as in EXTRA_ROOTS) and ``module`` (whose ``setup(realm)`` creates
    the family).
    """

    __slots__ = ("realm", "family", "specs", "module", "shells", "roots", "hooks")

    def __init__(self, realm, family, specs=None, extra_roots=None, module=None):
        self.realm = realm
        self.family = family
        self.specs = LAZY_FAMILIES[family] if specs is None else specs
        self.module = f"{__package__}.{family}" if module is None else module
        self.shells = {}            # intrinsic name -> shell
        self.roots = {intrinsic_root(d[1]) for d in self.specs}
        self.roots.update(EXTRA_ROOTS.get(family, ()) if extra_roots is None else extra_roots)
        self.hooks = []             # callables run right after setup (with_intrinsic)

    def install_shells(self):
        """Create the shells and put the global ones on the global object (realm creation)."""
        realm = self.realm
        g = realm.global_object.props
        for global_name, intrinsic, kind, proto_name in self.specs:
            if kind == CONSTRUCTOR or kind == FUNCTION:
                shell = shell_class(NativeFunction).__new__(shell_class(NativeFunction))
                shell.realm = realm
                shell.is_constructor = kind == CONSTRUCTOR
                default_proto = realm.function_prototype
            else:
                shell = shell_class(JSObject).__new__(shell_class(JSObject))
                default_proto = realm.object_prototype
            shell.proto = default_proto if proto_name is None else self.shells[proto_name]
            shell.extensible = True
            _PROPS_SLOT.__set__(shell, self)
            self.shells[intrinsic] = shell
            if global_name is not None:
                g[global_name] = Prop(shell, HIDDEN)
        pending = realm.intrinsics.pending
        for root in self.roots:
            pending[root] = self

    def materialize(self):
        """Create the family now: give the shells their classes back and run its setup."""
        realm = self.realm
        intrinsics = realm.intrinsics
        if intrinsics.pending.get(next(iter(self.roots))) is not self:
            return                  # done (a shell read while its family was being set up)
        for root in self.roots:
            del intrinsics.pending[root]
        saved = []
        for shell in self.shells.values():
            saved.append((shell, type(shell), shell.proto, shell.extensible))
            shell.__class__ = type(shell).__base__
            shell.props = {}
            if isinstance(shell, NativeFunction):
                shell.fn = shell.ctor = shell.pos = None
        before = set(dict.keys(intrinsics))
        prev_realm, prev_adopting = state.realm, realm.adopting
        state.realm = realm
        realm.adopting = dict(self.shells)
        try:
            load_module(self.module).setup(realm)
            if realm.adopting:
                raise AssertionError(f"lazy family {self.family!r} did not create {sorted(realm.adopting)}")
            for hook in self.hooks:
                hook()
        except BaseException:
            self._roll_back(saved, before)
            raise
        finally:
            state.realm, realm.adopting = prev_realm, prev_adopting
        for shell, _, proto, extensible in saved:
            shell.proto = proto     # as they were: JS may have changed them before
            shell.extensible = extensible

    def _roll_back(self, saved, before):
        """Undo a setup that failed midway (say a RecursionError), so a later access retries."""
        intrinsics = self.realm.intrinsics
        for name in [k for k in dict.keys(intrinsics) if k not in before]:
            dict.__delitem__(intrinsics, name)
        for shell, cls, proto, extensible in saved:
            shell.__class__ = cls
            _PROPS_SLOT.__set__(shell, self)
            shell.proto = proto
            shell.extensible = extensible
        for root in self.roots:
            intrinsics.pending[root] = self


def new_builtin(realm, intrinsic, cls, *args):
    """``cls(*args)``, or the shell standing for ``intrinsic`` when its family is being created."""
    adopting = realm.adopting
    shell = adopting.pop(intrinsic, None) if adopting else None
    if shell is None:
        return cls(*args)
    assert type(shell) is cls, (intrinsic, cls)
    cls.__init__(shell, *args)
    return shell


def with_intrinsic(realm, name, fn):
    """Call ``fn(obj)`` for the realm's intrinsic ``name`` if it exists — right after its
    family's setup when that family is still lazy, so the family stays lazy and ends up as
    eager setup leaves it (Intl's Date.prototype.toLocaleString replaces Date's)."""
    intrinsics = realm.intrinsics
    family = intrinsics.pending.get(intrinsic_root(name))
    if family is not None:
        family.hooks.append(lambda: fn(dict.__getitem__(intrinsics, name)))
        return
    obj = dict.get(intrinsics, name)
    if obj is not None:
        fn(obj)


class Intrinsics(dict):
    """A realm's intrinsic table: %Name% -> object; a lookup of a lazy family's name creates it."""

    __slots__ = ("pending",)

    def __init__(self):
        super().__init__()
        self.pending = {}           # intrinsic_root -> PendingFamily

    def _family(self, name):
        if self.pending and type(name) is str:
            return self.pending.get(intrinsic_root(name))
        return None

    def __missing__(self, name):
        family = self._family(name)
        if family is None:
            raise KeyError(name)
        family.materialize()
        return dict.__getitem__(self, name)

    def get(self, name, default=None):
        v = dict.get(self, name, MISSING)
        if v is not MISSING:
            return v
        family = self._family(name)
        if family is None:
            return default
        family.materialize()
        return dict.get(self, name, default)

    def __contains__(self, name):
        if dict.__contains__(self, name):
            return True
        family = self._family(name)
        if family is None:
            return False
        family.materialize()
        return dict.__contains__(self, name)
