"""Object constructor and Object.prototype (https://tc39.es/ecma262/#sec-object-objects)."""
from ..interp.arrays import JSArray
from ..interp.ops import (
    to_object, to_property_key, to_property_descriptor, from_property_descriptor,
    define_property_or_throw, same_value, set_integrity_level, test_integrity_level,
    enumerable_own_properties, get_function_realm, ordinary_create_from_constructor,
    create_data_property_or_throw, require_object_coercible, get_iterator, iterator_step_value,
    iterator_close, is_callable, call, describe, to_string, get_v, copy_data_properties,
)
from ..interp.values import (
    JSObject, JSSymbol, JSError, Prop, HIDDEN, MISSING, ACCESSOR, ENUMERABLE, null, type_error,
    SYM_TO_STRING_TAG, Descriptor, is_array_index,
)
from ._helpers import arg, method, getter, make_constructor, install_global, native


class ImmutablePrototypeObject(JSObject):
    """Object.prototype: its [[Prototype]] can never change (§10.4.7)."""

    __slots__ = ()

    def set_prototype_of(self, v):
        return v is self.proto


def _proto_arg(v):
    if v is null:
        return None
    if isinstance(v, JSObject):
        return v
    raise type_error(f"Object prototype may only be an Object or null: {describe(v)}")


def object_define_properties(o, props):
    """https://tc39.es/ecma262/#sec-objectdefineproperties"""
    p = to_object(props)
    descs = []
    for k in p.own_property_keys():
        d = p.get_own_property(k)
        if d is not None and d.flags & ENUMERABLE:
            descs.append((k, to_property_descriptor(p.get(k, p))))
    for k, d in descs:
        define_property_or_throw(o, k, d)
    return o


def builtin_tag(o):
    from ..interp.ops import is_callable
    if isinstance(o, JSArray) or _is_array(o):
        return "Array"
    cls = getattr(o, "class_name", "Object")
    if cls in ("Arguments", "Error", "Boolean", "Number", "String", "Date", "RegExp"):
        return cls
    if o.callable:
        return "Function"
    return "Object"


def _is_array(o):
    t = getattr(o, "proxy_target", MISSING)
    if t is not MISSING:
        if o.proxy_handler is None:
            raise type_error("Cannot perform 'IsArray' on a proxy that has been revoked")
        return isinstance(t, JSArray) or _is_array(t)
    return False


def is_array(v):
    """https://tc39.es/ecma262/#sec-isarray"""
    if isinstance(v, JSArray):
        return True
    if isinstance(v, JSObject):
        return _is_array(v)
    return False


def setup(realm):
    op = realm.object_prototype
    op.__class__ = ImmutablePrototypeObject

    def object_call(this, args):
        v = arg(args, 0)
        if v is None or v is null:
            return JSObject(realm.object_prototype)
        return to_object(v)

    def object_construct(args, new_target):
        if new_target is not ctor:
            return ordinary_create_from_constructor(new_target, "%Object.prototype%")
        return object_call(None, args)

    ctor = make_constructor(realm, "Object", 1, object_call, object_construct, op)
    install_global(realm, "Object", ctor)

    @method(realm, ctor, "assign", 2)
    def assign(this, args):
        to = to_object(arg(args, 0))
        for src in args[1:]:
            if src is None or src is null:
                continue
            f = to_object(src)
            for k in f.own_property_keys():
                d = f.get_own_property(k)
                if d is not None and d.flags & ENUMERABLE:
                    v = f.get(k, f)
                    if not to.set(k, v, to):
                        raise type_error(f"Cannot assign to read only property '{k}' of object")
        return to

    @method(realm, ctor, "create", 2)
    def create(this, args):
        o = JSObject(_proto_arg(arg(args, 0)))
        props = arg(args, 1)
        if props is not None:
            object_define_properties(o, props)
        return o

    @method(realm, ctor, "defineProperty", 3)
    def define_property(this, args):
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            raise type_error("Object.defineProperty called on non-object")
        key = to_property_key(arg(args, 1))
        define_property_or_throw(o, key, to_property_descriptor(arg(args, 2)))
        return o

    @method(realm, ctor, "defineProperties", 2)
    def define_properties(this, args):
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            raise type_error("Object.defineProperties called on non-object")
        return object_define_properties(o, arg(args, 1))

    @method(realm, ctor, "entries", 1)
    def entries(this, args):
        return realm.new_array(enumerable_own_properties(to_object(arg(args, 0)), "key+value"))

    @method(realm, ctor, "keys", 1)
    def keys(this, args):
        return realm.new_array(enumerable_own_properties(to_object(arg(args, 0)), "key"))

    @method(realm, ctor, "values", 1)
    def values(this, args):
        return realm.new_array(enumerable_own_properties(to_object(arg(args, 0)), "value"))

    @method(realm, ctor, "freeze", 1)
    def freeze(this, args):
        o = arg(args, 0)
        if isinstance(o, JSObject) and not set_integrity_level(o, "frozen"):
            raise type_error("Cannot freeze")
        return o

    @method(realm, ctor, "seal", 1)
    def seal(this, args):
        o = arg(args, 0)
        if isinstance(o, JSObject) and not set_integrity_level(o, "sealed"):
            raise type_error("Cannot seal")
        return o

    @method(realm, ctor, "preventExtensions", 1)
    def prevent_extensions(this, args):
        o = arg(args, 0)
        if isinstance(o, JSObject) and not o.prevent_extensions():
            raise type_error("Cannot prevent extensions")
        return o

    @method(realm, ctor, "isFrozen", 1)
    def is_frozen(this, args):
        o = arg(args, 0)
        return not isinstance(o, JSObject) or test_integrity_level(o, "frozen")

    @method(realm, ctor, "isSealed", 1)
    def is_sealed(this, args):
        o = arg(args, 0)
        return not isinstance(o, JSObject) or test_integrity_level(o, "sealed")

    @method(realm, ctor, "isExtensible", 1)
    def is_extensible(this, args):
        o = arg(args, 0)
        return isinstance(o, JSObject) and o.is_extensible()

    @method(realm, ctor, "fromEntries", 1)
    def from_entries(this, args):
        iterable = require_object_coercible(arg(args, 0))
        o = JSObject(realm.object_prototype)
        rec = get_iterator(iterable)
        while True:
            entry = iterator_step_value(rec)
            if entry is MISSING:
                return o
            try:
                if not isinstance(entry, JSObject):
                    raise type_error(f"Iterator value {describe(entry)} is not an entry object")
                k = entry.get("0", entry)
                v = entry.get("1", entry)
                create_data_property_or_throw(o, to_property_key(k), v)
            except JSError as e:
                iterator_close(rec, e)
                raise

    @method(realm, ctor, "getOwnPropertyDescriptor", 2)
    def gopd(this, args):
        o = to_object(arg(args, 0))
        key = to_property_key(arg(args, 1))
        return from_property_descriptor(o.get_own_property(key))

    @method(realm, ctor, "getOwnPropertyDescriptors", 1)
    def gopds(this, args):
        o = to_object(arg(args, 0))
        out = JSObject(realm.object_prototype)
        for k in o.own_property_keys():
            d = from_property_descriptor(o.get_own_property(k))
            if d is not None:
                create_data_property_or_throw(out, k, d)
        return out

    @method(realm, ctor, "getOwnPropertyNames", 1)
    def gopn(this, args):
        o = to_object(arg(args, 0))
        return realm.new_array([k for k in o.own_property_keys() if type(k) is str])

    @method(realm, ctor, "getOwnPropertySymbols", 1)
    def gops(this, args):
        o = to_object(arg(args, 0))
        return realm.new_array([k for k in o.own_property_keys() if type(k) is JSSymbol])

    @method(realm, ctor, "getPrototypeOf", 1)
    def get_prototype_of(this, args):
        p = to_object(arg(args, 0)).get_prototype_of()
        return null if p is None else p

    @method(realm, ctor, "setPrototypeOf", 2)
    def set_prototype_of(this, args):
        o = require_object_coercible(arg(args, 0))
        proto = _proto_arg(arg(args, 1))
        if not isinstance(o, JSObject):
            return o
        if not o.set_prototype_of(proto):
            raise type_error("Cannot set prototype: object is not extensible or the chain would be cyclic")
        return o

    @method(realm, ctor, "hasOwn", 2)
    def has_own(this, args):
        o = to_object(arg(args, 0))
        return o.get_own_property(to_property_key(arg(args, 1))) is not None

    @method(realm, ctor, "is", 2)
    def is_(this, args):
        return same_value(arg(args, 0), arg(args, 1))

    @method(realm, ctor, "groupBy", 2)
    def group_by(this, args):
        from .iteration import group_by as _group_by
        groups = _group_by(arg(args, 0), arg(args, 1), "property")
        o = JSObject(None)
        for k, items in groups:
            create_data_property_or_throw(o, k, realm.new_array(items))
        return o

    # -- Object.prototype ------------------------------------------------------------
    @method(realm, op, "hasOwnProperty", 1)
    def has_own_property(this, args):
        key = to_property_key(arg(args, 0))
        return to_object(this).get_own_property(key) is not None

    @method(realm, op, "isPrototypeOf", 1)
    def is_prototype_of(this, args):
        v = arg(args, 0)
        if not isinstance(v, JSObject):
            return False
        o = to_object(this)
        v = v.get_prototype_of()
        while v is not None:
            if v is o:
                return True
            v = v.get_prototype_of()
        return False

    @method(realm, op, "propertyIsEnumerable", 1)
    def property_is_enumerable(this, args):
        key = to_property_key(arg(args, 0))
        d = to_object(this).get_own_property(key)
        return d is not None and bool(d.flags & ENUMERABLE)

    @method(realm, op, "toLocaleString", 0)
    def to_locale_string(this, args):
        f = get_v(this, "toString")
        return call(f, this, [])

    @method(realm, op, "toString", 0)
    def object_to_string(this, args):
        if this is None:
            return "[object Undefined]"
        if this is null:
            return "[object Null]"
        o = to_object(this)
        tag = builtin_tag(o)
        t = o.get(SYM_TO_STRING_TAG, o)
        if type(t) is str:
            tag = t
        return f"[object {tag}]"
    realm.intrinsics["%Object.prototype.toString%"] = op.props["toString"].value

    @method(realm, op, "valueOf", 0)
    def value_of(this, args):
        return to_object(this)

    def proto_get(this, args):
        o = to_object(this)
        p = o.get_prototype_of()
        return null if p is None else p

    def proto_set(this, args):
        require_object_coercible(this)
        proto = arg(args, 0)
        if not (isinstance(proto, JSObject) or proto is null):
            return None
        if not isinstance(this, JSObject):
            return None
        if not this.set_prototype_of(None if proto is null else proto):
            raise type_error("Object.prototype.__proto__ setter failed")
        return None
    getter(realm, op, "__proto__", proto_set)(proto_get)

    def define_getter(this, args):
        o = to_object(this)
        g = arg(args, 1)
        if not is_callable(g):
            raise type_error("Object.prototype.__defineGetter__: Expecting function")
        define_property_or_throw(o, to_property_key(arg(args, 0)),
                                 Descriptor(get=g, enumerable=True, configurable=True))

    def define_setter(this, args):
        o = to_object(this)
        s = arg(args, 1)
        if not is_callable(s):
            raise type_error("Object.prototype.__defineSetter__: Expecting function")
        define_property_or_throw(o, to_property_key(arg(args, 0)),
                                 Descriptor(set=s, enumerable=True, configurable=True))

    def lookup(which):
        def look(this, args):
            o = to_object(this)
            key = to_property_key(arg(args, 0))
            while o is not None:
                d = o.get_own_property(key)
                if d is not None:
                    if d.flags & ACCESSOR:
                        return d.getter if which == "get" else d.setter
                    return None
                o = o.get_prototype_of()
            return None
        return look
    method(realm, op, "__defineGetter__", 2)(define_getter)
    method(realm, op, "__defineSetter__", 2)(define_setter)
    method(realm, op, "__lookupGetter__", 1)(lookup("get"))
    method(realm, op, "__lookupSetter__", 1)(lookup("set"))
