"""Wrapper objects for primitive values (Boolean, Number, String, Symbol, BigInt objects)."""
from ..interp.values import (JSObject, JSSymbol, Prop, DEFAULT_FLAGS, ENUMERABLE, MISSING,
                             is_array_index, ordered_keys, validate_and_apply, ordinary_set)


class PrimitiveObject(JSObject):
    """An object with a [[BooleanData]]/[[NumberData]]/[[SymbolData]]/[[BigIntData]] slot."""

    __slots__ = ("primitive",)

    def __init__(self, proto, primitive):
        super().__init__(proto)
        self.primitive = primitive

    @property
    def class_name(self):
        t = type(self.primitive)
        return {bool: "Boolean", float: "Number", int: "BigInt", JSSymbol: "Symbol"}.get(t, "Object")


class StringObject(JSObject):
    """String exotic object (https://tc39.es/ecma262/#sec-string-exotic-objects)."""

    __slots__ = ("primitive",)
    class_name = "String"
    exotic = True

    def __init__(self, proto, s):
        super().__init__(proto)
        self.primitive = s

    def _string_prop(self, key):
        if type(key) is str:
            if key == "length":
                return Prop(float(len(self.primitive)), 0)
            if key and key[0].isdigit() and is_array_index(key):
                i = int(key)
                if i < len(self.primitive):
                    return Prop(self.primitive[i], ENUMERABLE)
        return None

    def get_own_property(self, key):
        p = JSObject.get_own_property(self, key)
        if p is not None:
            return p
        return self._string_prop(key)

    def define_own_property(self, key, desc):
        sp = self._string_prop(key)
        if sp is not None:
            return validate_and_apply(None, key, False, desc, sp)
        return JSObject.define_own_property(self, key, desc)

    def get(self, key, receiver):
        sp = self._string_prop(key)
        if sp is not None:
            return sp.value
        return JSObject.get(self, key, receiver)

    def has_property(self, key):
        if self._string_prop(key) is not None or key in self.props:
            return True
        p = self.proto
        return p is not None and p.has_property(key)

    def set(self, key, value, receiver):
        return ordinary_set(self, key, value, receiver)

    def delete(self, key):
        if self._string_prop(key) is not None:
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self):
        n = len(self.primitive)
        keys = [str(i) for i in range(n)]
        rest = ordered_keys(self.props)
        ints = [k for k in rest if type(k) is str and is_array_index(k)]
        others = [k for k in rest if not (type(k) is str and is_array_index(k))]
        return keys + ints + ["length"] + others


def wrap_primitive(realm, v):
    proto = realm.primitive_prototype(v)
    if type(v) is str:
        return StringObject(proto, v)
    return PrimitiveObject(proto, v)


def this_primitive(this, pytype, what):
    """thisBooleanValue / thisNumberValue / ... : the primitive or a TypeError."""
    if type(this) is pytype:
        return this
    if isinstance(this, (PrimitiveObject, StringObject)) and type(this.primitive) is pytype:
        return this.primitive
    from ..interp.values import type_error
    raise type_error(f"{what} requires that 'this' be a {pytype_name(pytype)}")


def pytype_name(t):
    return {bool: "Boolean", float: "Number", str: "String", int: "BigInt", JSSymbol: "Symbol"}[t]
