"""Array constructor and Array.prototype (https://tc39.es/ecma262/#sec-array-objects)."""
from ..interp.arrays import JSArray, HOLE
from ..interp.ops import (to_object, length_of_array_like, to_string, get_prototype_from_constructor,
                          to_uint32, to_number)
from ..interp.values import JSObject, Prop, HIDDEN, null, type_error, range_error, SYM_ITERATOR
from ._helpers import arg, method, make_constructor, install_global
from .iteration import create_array_iterator
from .object import is_array


def array_create(realm, length, proto=None):
    """https://tc39.es/ecma262/#sec-arraycreate"""
    if length > 4294967295:
        raise range_error("Invalid array length")
    a = JSArray(proto if proto is not None else realm.array_prototype)
    if length:
        from ..interp.values import data_desc, Descriptor
        a.array_set_length(Descriptor(value=float(length)))
    return a


def setup(realm):
    proto = JSArray(realm.object_prototype)
    realm.array_prototype = proto
    realm.intrinsics["%Array.prototype%"] = proto

    def construct(args, new_target):
        p = get_prototype_from_constructor(new_target, "%Array.prototype%") if new_target is not None \
            else realm.array_prototype
        if len(args) == 1:
            n = args[0]
            if type(n) is not float:
                a = JSArray(p, [n])
                return a
            if to_uint32(n) != n:
                raise range_error("Invalid array length")
            return array_create(realm, int(n), p)
        return JSArray(p, list(args))

    ctor = make_constructor(realm, "Array", 1, lambda this, args: construct(args, None), construct, proto)
    install_global(realm, "Array", ctor)

    @method(realm, ctor, "isArray", 1)
    def is_array_(this, args):
        return is_array(arg(args, 0))

    def iter_method(kind):
        def m(this, args):
            return create_array_iterator(realm, to_object(this), kind)
        return m
    method(realm, proto, "keys", 0)(iter_method("key"))
    method(realm, proto, "entries", 0)(iter_method("key+value"))
    method(realm, proto, "values", 0)(iter_method("value"))
    values = proto.props["values"].value
    proto.props[SYM_ITERATOR] = Prop(values, HIDDEN)
    realm.intrinsics["%Array.prototype.values%"] = values

    @method(realm, proto, "push", 1)
    def push(this, args):
        if type(this) is JSArray and this.elements is not None and this.length_writable and this.extensible:
            this.elements.extend(args)
            this.length = len(this.elements)
            return float(this.length)
        o = to_object(this)
        n = length_of_array_like(o)
        if n + len(args) > 9007199254740991:
            raise type_error("Pushing elements past 2^53-1 length")
        for a in args:
            if not o.set(_key(n), a, o):
                raise type_error("Cannot add property, object is not extensible")
            n += 1
        if not o.set("length", float(n), o):
            raise type_error("Cannot assign to read only property 'length'")
        return float(n)

    @method(realm, proto, "join", 1)
    def join(this, args):
        o = to_object(this)
        n = length_of_array_like(o)
        sep = arg(args, 0)
        sep = "," if sep is None else to_string(sep)
        parts = []
        for i in range(n):
            v = o.get(_key(i), o)
            parts.append("" if v is None or v is null else to_string(v))
        return sep.join(parts)

    @method(realm, proto, "toString", 0)
    def to_string_(this, args):
        o = to_object(this)
        f = o.get("join", o)
        if f is not None and getattr(f, "callable", False):
            return f.call(o, [])
        return realm.intrinsics["%Object.prototype.toString%"].call(o, [])


def _key(i):
    return str(i)
