"""Wrapper objects for primitive values (Boolean, Number, String, Symbol, BigInt objects)."""
from ..interp.values import (JSObject, JSSymbol, Prop, ENUMERABLE, is_array_index, ordered_keys,
                             validate_and_apply, ordinary_set)


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
    """String exotic object (https://tc39.es/ecma262/#sec-string-exotic-objects).

    ``primitive`` is the [[StringData]].  The index properties and "length"
    are not stored in ``props``: they are computed from the string (they can
    never change, being non-writable and non-configurable), so wrapping a
    string for a method call costs one small object.
    """

    __slots__ = ("primitive",)
    class_name = "String"
    exotic = True

    def __init__(self, proto, s):
        super().__init__(proto)
        self.primitive = s

    def string_get_own_property(self, key):
        """StringGetOwnProperty (https://tc39.es/ecma262/#sec-stringgetownproperty), plus "length".

        Only a canonical array-index string below the length names a code
        unit; "-0", "1.0" and the like are ordinary keys.  "length" is the
        own data property StringCreate defines ({writable: false,
        enumerable: false, configurable: false}).
        """
        if type(key) is str:
            if key == "length":
                return Prop(float(len(self.primitive)), 0)
            if key and key[0].isdigit() and is_array_index(key):
                i = int(key)
                if i < len(self.primitive):
                    return Prop(self.primitive[i], ENUMERABLE)
        return None

    def get_own_property(self, key):
        """https://tc39.es/ecma262/#sec-string-exotic-objects-getownproperty-p"""
        p = JSObject.get_own_property(self, key)
        if p is not None:
            return p
        return self.string_get_own_property(key)

    def define_own_property(self, key, desc):
        """https://tc39.es/ecma262/#sec-string-exotic-objects-defineownproperty-p-desc

        A string property can only be "redefined" compatibly (IsCompatiblePropertyDescriptor).
        """
        sp = self.string_get_own_property(key)
        if sp is not None:
            return validate_and_apply(None, key, False, desc, sp)
        return JSObject.define_own_property(self, key, desc)

    def get(self, key, receiver):
        """OrdinaryGet, with the computed properties answered first (they are own and data)."""
        sp = self.string_get_own_property(key)
        if sp is not None:
            return sp.value
        return JSObject.get(self, key, receiver)

    def has_property(self, key):
        """OrdinaryHasProperty over the exotic [[GetOwnProperty]]."""
        if self.string_get_own_property(key) is not None or key in self.props:
            return True
        p = self.proto
        return p is not None and p.has_property(key)

    def set(self, key, value, receiver):
        return ordinary_set(self, key, value, receiver)

    def delete(self, key):
        """OrdinaryDelete: the computed properties are non-configurable."""
        if self.string_get_own_property(key) is not None:
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self):
        """https://tc39.es/ecma262/#sec-string-exotic-objects-ownpropertykeys

        The code unit indices, then other integer indices ascending, then
        "length" (created first by StringCreate), then the remaining strings
        and symbols in creation order.
        """
        keys = [str(i) for i in range(len(self.primitive))]
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
