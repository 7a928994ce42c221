"""Small helpers for defining builtins concisely and uniformly."""
from ..interp.functions import NativeFunction
from ..interp.values import (CONFIGURABLE, HIDDEN, JSObject, Prop, JSSymbol, WRITABLE,
                             ACCESSOR, type_error)
from .lazy import load_module, new_builtin


def arg(args, i):
    """The i-th argument, or undefined."""
    return args[i] if i < len(args) else None


def native(realm, fn, name, length, ctor=None, proto=None, positional=False):
    """A builtin function object for ``fn(this, args)``, or with ``positional`` for
    ``fn(this, a=None, ...)`` (NativeFunction.pos)."""
    if positional:
        return NativeFunction(realm, None, name, length, ctor, proto, pos=fn)
    return NativeFunction(realm, fn, name, length, ctor, proto)


def _fn_name(key):
    if type(key) is JSSymbol:
        return "[" + (key.description or "") + "]"
    return key


def method(realm, obj, key, length, name=None, positional=False):
    """Decorator: define ``fn(this, args)`` as a builtin method ``obj[key]``; with
    ``positional``, ``fn(this, a=None, ...)`` taking the arguments as parameters
    (NativeFunction.pos)."""
    def deco(fn):
        name_ = name if name is not None else _fn_name(key)
        f = NativeFunction(realm, None, name_, length, pos=fn) if positional else \
            NativeFunction(realm, fn, name_, length)
        obj.props[key] = Prop(f, HIDDEN)
        return fn
    return deco


def getter(realm, obj, key, setter_fn=None, flags=CONFIGURABLE):
    """Decorator: define an accessor property with a builtin getter (and optional setter)."""
    def deco(fn):
        g = NativeFunction(realm, fn, "get " + _fn_name(key), 0)
        s = None
        if setter_fn is not None:
            s = NativeFunction(realm, setter_fn, "set " + _fn_name(key), 1)
        obj.props[key] = Prop(None, flags | ACCESSOR, g, s)
        return fn
    return deco


def value(obj, key, v, flags=HIDDEN):
    obj.props[key] = Prop(v, flags) if flags != 7 else v


def constant(obj, key, v):
    obj.props[key] = Prop(v, 0)


def make_constructor(realm, name, length, call, construct, prototype, parent=None, intrinsic=None):
    """Create a builtin constructor linked to ``prototype`` (both directions)."""
    intrinsic = intrinsic or "%" + name + "%"
    f = new_builtin(realm, intrinsic, NativeFunction, realm, call, name, length, construct, parent)
    f.props["prototype"] = Prop(prototype, 0)
    if prototype is not None:
        prototype.props["constructor"] = Prop(f, HIDDEN)
    realm.intrinsics[intrinsic] = f
    return f


def namespace_object(realm, intrinsic):
    """A namespace object such as Math: ordinary, [[Prototype]] %Object.prototype%."""
    obj = new_builtin(realm, intrinsic, JSObject, realm.object_prototype)
    realm.intrinsics[intrinsic] = obj
    return obj


def install_global(realm, name, v):
    """Define a global; a lazy family's globals were defined when the realm was made (lazy.py)."""
    if realm.adopting is None:
        realm.global_object.props[name] = Prop(v, HIDDEN)


def this_object_of(this, cls, what):
    """Require ``this`` to be an instance of a Python class (brand check)."""
    if not isinstance(this, cls):
        raise type_error(f"{what} called on incompatible receiver")
    return this


class lazy_pattern:
    """A regular expression compiled on first use: module-level patterns cost start-up time.

    The first method call compiles ``pattern`` and stores the compiled pattern's
    methods on the stand-in, so later calls cost what calling them on the
    compiled pattern does.
    """

    _METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, attr):
        import re
        compiled = re.compile(self.pattern, self.flags)
        for name in self._METHODS:
            setattr(self, name, getattr(compiled, name))
        return getattr(compiled, attr)


class lazy_module:
    """A module imported on first attribute access, for code that only method bodies use.

    Start-up imports every family module; the large implementation modules behind a
    few of them (Intl's formatters and locale data) are needed only once a program
    calls into them, so the family module refers to them through this stand-in.
    Each attribute read is cached on the stand-in after the first.
    """

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attr):
        value = getattr(load_module(self._name), attr)
        setattr(self, attr, value)
        return value
