"""WeakMap and WeakSet (ECMA-262 §24.3, §24.4).

https://tc39.es/ecma262/#sec-weakmap-objects

Keys are objects or non-registered symbols (CanBeHeldWeakly).  Entries are
held strongly in a dict keyed by the key itself (JS objects and symbols hash
by identity): JSObject has ``__slots__`` without ``__weakref__``, so Python
weak references to arbitrary keys are not available.  That is allowed — an
implementation may keep any object alive, and no JS code can observe whether
a weakly held key was collected (nothing enumerates these collections).
"""
from ..interp.ops import describe, get_prototype_from_constructor, is_callable
from ..interp.values import (
    CONFIGURABLE, MISSING, SYM_TO_STRING_TAG, JSObject, JSSymbol, Prop, null, type_error,
)
from ._helpers import arg, install_global, make_constructor, method
from .collections import add_entries_from_iterable, add_values_from_iterable


def can_be_held_weakly(v):
    """https://tc39.es/ecma262/#sec-canbeheldweakly"""
    if isinstance(v, JSObject):
        return True
    return type(v) is JSSymbol and not v.registered


class WeakMapObject(JSObject):
    __slots__ = ("weakmap_data",)
    class_name = "WeakMap"

    def __init__(self, proto):
        super().__init__(proto)
        self.weakmap_data = {}


class WeakSetObject(JSObject):
    __slots__ = ("weakset_data",)
    class_name = "WeakSet"

    def __init__(self, proto):
        super().__init__(proto)
        self.weakset_data = {}


def _this_data(this, cls, what, name):
    """RequireInternalSlot(this, [[WeakMapData]] / [[WeakSetData]]): the entries dict."""
    if not isinstance(this, cls):
        raise type_error(f"Method {what}.prototype.{name} called on incompatible receiver {describe(this)}")
    return this.weakmap_data if cls is WeakMapObject else this.weakset_data


def setup_weak_map(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%WeakMap.prototype%"] = proto

    def call_(this, args):
        raise type_error("Constructor WeakMap requires 'new'")

    def construct(args, new_target):
        """https://tc39.es/ecma262/#sec-weakmap-iterable"""
        m = WeakMapObject(get_prototype_from_constructor(new_target, "%WeakMap.prototype%"))
        iterable = arg(args, 0)
        if iterable is None or iterable is null:
            return m
        adder = m.get("set", m)
        if not is_callable(adder):
            raise type_error("'set' returned for property 'set' of object is not callable")
        return add_entries_from_iterable(m, iterable, adder)

    ctor = make_constructor(realm, "WeakMap", 0, call_, construct, proto)

    def data(this, name):
        return _this_data(this, WeakMapObject, "WeakMap", name)

    @method(realm, proto, "delete", 1)
    def delete(this, args):
        """https://tc39.es/ecma262/#sec-weakmap.prototype.delete"""
        return data(this, "delete").pop(arg(args, 0), MISSING) is not MISSING

    @method(realm, proto, "get", 1)
    def get(this, args):
        """https://tc39.es/ecma262/#sec-weakmap.prototype.get"""
        d = data(this, "get")
        key = arg(args, 0)
        return d.get(key) if can_be_held_weakly(key) else None

    @method(realm, proto, "has", 1)
    def has(this, args):
        """https://tc39.es/ecma262/#sec-weakmap.prototype.has"""
        d = data(this, "has")
        key = arg(args, 0)
        return can_be_held_weakly(key) and key in d

    @method(realm, proto, "set", 2)
    def set_(this, args):
        """https://tc39.es/ecma262/#sec-weakmap.prototype.set"""
        d = data(this, "set")
        key = arg(args, 0)
        if not can_be_held_weakly(key):
            raise type_error(f"Invalid value used as weak map key: {describe(key)}")
        d[key] = arg(args, 1)
        return this

    proto.props[SYM_TO_STRING_TAG] = Prop("WeakMap", CONFIGURABLE)
    install_global(realm, "WeakMap", ctor)


def setup_weak_set(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%WeakSet.prototype%"] = proto

    def call_(this, args):
        raise type_error("Constructor WeakSet requires 'new'")

    def construct(args, new_target):
        """https://tc39.es/ecma262/#sec-weakset-iterable"""
        s = WeakSetObject(get_prototype_from_constructor(new_target, "%WeakSet.prototype%"))
        iterable = arg(args, 0)
        if iterable is None or iterable is null:
            return s
        adder = s.get("add", s)
        if not is_callable(adder):
            raise type_error("'add' returned for property 'add' of object is not callable")
        return add_values_from_iterable(s, iterable, adder)

    ctor = make_constructor(realm, "WeakSet", 0, call_, construct, proto)

    def data(this, name):
        return _this_data(this, WeakSetObject, "WeakSet", name)

    @method(realm, proto, "add", 1)
    def add(this, args):
        """https://tc39.es/ecma262/#sec-weakset.prototype.add"""
        d = data(this, "add")
        value = arg(args, 0)
        if not can_be_held_weakly(value):
            raise type_error(f"Invalid value used in weak set: {describe(value)}")
        d[value] = True
        return this

    @method(realm, proto, "delete", 1)
    def delete(this, args):
        """https://tc39.es/ecma262/#sec-weakset.prototype.delete"""
        return data(this, "delete").pop(arg(args, 0), MISSING) is not MISSING

    @method(realm, proto, "has", 1)
    def has(this, args):
        """https://tc39.es/ecma262/#sec-weakset.prototype.has"""
        d = data(this, "has")
        value = arg(args, 0)
        return can_be_held_weakly(value) and value in d

    proto.props[SYM_TO_STRING_TAG] = Prop("WeakSet", CONFIGURABLE)
    install_global(realm, "WeakSet", ctor)


def setup(realm):
    setup_weak_map(realm)
    setup_weak_set(realm)
