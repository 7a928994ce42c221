"""The ES2025 Set methods: union, intersection, difference, symmetricDifference,
isSubsetOf, isSupersetOf, isDisjointFrom (ECMA-262 §24.2.4).

https://tc39.es/ecma262/#sec-set.prototype.union

The argument is any "set-like" object, read once through GetSetRecord
(size, has, keys).  Where the spec walks ``O.[[SetData]]`` by index while
calling the other object's ``has`` (which may mutate this set), the walk uses
a store cursor so that it sees exactly what the spec's index would see.
Results are fresh %Set.prototype% objects: no species lookup.
"""
from ..interp.ops import (
    call, describe, get_iterator, is_callable, iterator_close, iterator_step_value,
    to_boolean, to_integer_or_infinity, to_number,
)
from ..interp.values import MISSING, JSObject, range_error, type_error
from ._helpers import method
from .collections import KeyedStore, canonicalize_keyed_collection_key, new_set_from_keys, this_set


class SetRecord:
    """https://tc39.es/ecma262/#sec-set-records"""

    __slots__ = ("set_object", "size", "has", "keys")

    def __init__(self, set_object, size, has, keys):
        self.set_object = set_object
        self.size = size
        self.has = has
        self.keys = keys

    def contains(self, e):
        """ToBoolean(Call(otherRec.[[Has]], otherRec.[[SetObject]], « e »))."""
        return to_boolean(call(self.has, self.set_object, [e]))

    def keys_iterator(self):
        """GetIteratorFromMethod(otherRec.[[SetObject]], otherRec.[[Keys]])."""
        return get_iterator(self.set_object, "sync", self.keys)


def get_set_record(obj):
    """https://tc39.es/ecma262/#sec-getsetrecord"""
    if not isinstance(obj, JSObject):
        raise type_error(f"{describe(obj)} is not a set-like object")
    num_size = to_number(obj.get("size", obj))
    if num_size != num_size:
        raise type_error("The 'size' property of a set-like object must be a number")
    int_size = to_integer_or_infinity(num_size)
    if int_size < 0:
        raise range_error("The 'size' property of a set-like object must not be negative")
    has = obj.get("has", obj)
    if not is_callable(has):
        raise type_error("The 'has' property of a set-like object must be a function")
    keys = obj.get("keys", obj)
    if not is_callable(keys):
        raise type_error("The 'keys' property of a set-like object must be a function")
    return SetRecord(obj, int_size, has, keys)


def _other_keys(rec):
    """Iterate the other set's keys (canonicalized), leaving the iterator record to the caller."""
    it = rec.keys_iterator()

    def gen():
        while True:
            nxt = iterator_step_value(it)
            if nxt is MISSING:
                return
            yield canonicalize_keyed_collection_key(nxt)
    return it, gen()


def _copy(data):
    """A new store with the live entries of ``data`` (the spec's "copy of O.[[SetData]]")."""
    out = KeyedStore()
    for k in data.snapshot_keys():
        out.set(k)
    return out


def setup(realm):
    proto = realm.intrinsics["%Set.prototype%"]

    @method(realm, proto, "union", 1)
    def union(this, args):
        """https://tc39.es/ecma262/#sec-set.prototype.union"""
        data = this_set(this, "union")
        rec = get_set_record(args[0] if args else None)
        _, keys = _other_keys(rec)
        result = _copy(data)
        for k in keys:
            if not result.has(k):
                result.set(k)
        return new_set_from_keys(realm, result.snapshot_keys())

    @method(realm, proto, "intersection", 1)
    def intersection(this, args):
        """https://tc39.es/ecma262/#sec-set.prototype.intersection"""
        data = this_set(this, "intersection")
        rec = get_set_record(args[0] if args else None)
        result = KeyedStore()
        if len(data) <= rec.size:
            for e, _ in data.entries():
                if rec.contains(e) and not result.has(e):
                    result.set(e)
        else:
            _, keys = _other_keys(rec)
            for k in keys:
                if data.has(k) and not result.has(k):
                    result.set(k)
        return new_set_from_keys(realm, result.snapshot_keys())

    @method(realm, proto, "difference", 1)
    def difference(this, args):
        """https://tc39.es/ecma262/#sec-set.prototype.difference"""
        data = this_set(this, "difference")
        rec = get_set_record(args[0] if args else None)
        result = _copy(data)
        if len(data) <= rec.size:
            for e in result.snapshot_keys():
                if rec.contains(e):
                    result.delete(e)
        else:
            _, keys = _other_keys(rec)
            for k in keys:
                result.delete(k)
        return new_set_from_keys(realm, result.snapshot_keys())

    @method(realm, proto, "symmetricDifference", 1)
    def symmetric_difference(this, args):
        """https://tc39.es/ecma262/#sec-set.prototype.symmetricdifference"""
        data = this_set(this, "symmetricDifference")
        rec = get_set_record(args[0] if args else None)
        _, keys = _other_keys(rec)
        result = _copy(data)
        for k in keys:
            in_result = result.has(k)
            if data.has(k):
                if in_result:
                    result.delete(k)
            elif not in_result:
                result.set(k)
        return new_set_from_keys(realm, result.snapshot_keys())

    @method(realm, proto, "isSubsetOf", 1)
    def is_subset_of(this, args):
        """https://tc39.es/ecma262/#sec-set.prototype.issubsetof"""
        data = this_set(this, "isSubsetOf")
        rec = get_set_record(args[0] if args else None)
        if len(data) > rec.size:
            return False
        for e, _ in data.entries():
            if not rec.contains(e):
                return False
        return True

    @method(realm, proto, "isSupersetOf", 1)
    def is_superset_of(this, args):
        """https://tc39.es/ecma262/#sec-set.prototype.issupersetof"""
        data = this_set(this, "isSupersetOf")
        rec = get_set_record(args[0] if args else None)
        if len(data) < rec.size:
            return False
        it, keys = _other_keys(rec)
        for k in keys:
            if not data.has(k):
                iterator_close(it)
                return False
        return True

    @method(realm, proto, "isDisjointFrom", 1)
    def is_disjoint_from(this, args):
        """https://tc39.es/ecma262/#sec-set.prototype.isdisjointfrom"""
        data = this_set(this, "isDisjointFrom")
        rec = get_set_record(args[0] if args else None)
        if len(data) <= rec.size:
            for e, _ in data.entries():
                if rec.contains(e):
                    return False
            return True
        it, keys = _other_keys(rec)
        for k in keys:
            if data.has(k):
                iterator_close(it)
                return False
        return True
