"""The Array constructor and Array.prototype (https://tc39.es/ecma262/#sec-array-objects).

This module builds the constructor, its static methods and the prototype
object; the prototype methods live in sibling modules, by kind:

* array_methods.py   – reading methods: at, concat, includes, indexOf, join, slice, with, ...
* array_callbacks.py – methods taking a callback: every, filter, find*, flat*, forEach, map, reduce*
* array_mutators.py  – methods that change the array: push, pop, shift, splice, reverse, fill, ...
* array_sort.py      – sort and toSorted
* array_ops.py       – the shared abstract operations (ArraySpeciesCreate, ...)
"""
from ..interp.arrays import JSArray, watch_prototype_indices
from ..interp.proto_cache import WatchedProps
from ..interp.ops import (to_object, get_prototype_from_constructor, to_uint32, get_method,
                          get_iterator, iterator_step_value, iterator_close,
                          create_data_property_or_throw, is_constructor)
from ..interp.runtime import _array_iteration_pristine as array_iteration_pristine
from ..interp.values import (JSObject, JSError, Prop, HIDDEN, CONFIGURABLE, MISSING, type_error,
                             range_error, SYM_ITERATOR, SYM_SPECIES, SYM_UNSCOPABLES)
from ._helpers import arg, method, getter, make_constructor, install_global
from .iteration import create_array_iterator
from .object import is_array
from .array_ops import (array_create, require_callable, set_length, get_index, tick, length_of_array_like,
                        is_intrinsic_array_constructor, MAX_SAFE_INTEGER)
from . import array_methods, array_callbacks, array_mutators, array_sort

# The names in Array.prototype[@@unscopables]
# (https://tc39.es/ecma262/#sec-array.prototype-%symbol.unscopables%)
UNSCOPABLES = ("at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
               "findLastIndex", "flat", "flatMap", "includes", "keys", "toReversed", "toSorted",
               "toSpliced", "values")


def setup(realm):
    proto = JSArray(realm.object_prototype)
    realm.array_prototype = proto
    realm.intrinsics["%Array.prototype%"] = proto
    watch_prototype_indices(proto, realm.object_prototype)

    def array_construct(args, new_target):
        """Array ( ...values ) (https://tc39.es/ecma262/#sec-array)."""
        p = proto if new_target is None else \
            get_prototype_from_constructor(new_target, "%Array.prototype%")
        if len(args) != 1:
            return JSArray(p, list(args))
        n = args[0]
        if type(n) is not float:
            return JSArray(p, [n])
        int_len = to_uint32(n)
        if int_len != n:
            raise range_error("Invalid array length")
        return array_create(int_len, p)

    ctor = make_constructor(realm, "Array", 1, lambda this, args: array_construct(args, None),
                            array_construct, proto)
    install_global(realm, "Array", ctor)

    @method(realm, ctor, "isArray", 1)
    def is_array_(this, args):
        """Array.isArray (https://tc39.es/ecma262/#sec-array.isarray)."""
        return is_array(arg(args, 0))

    @method(realm, ctor, "from", 1)
    def from_(this, args):
        """Array.from (https://tc39.es/ecma262/#sec-array.from)."""
        return array_from(this, arg(args, 0), arg(args, 1), arg(args, 2))

    @method(realm, ctor, "of", 0)
    def of(this, args):
        """Array.of (https://tc39.es/ecma262/#sec-array.of)."""
        n = len(args)
        if is_intrinsic_array_constructor(this):
            return JSArray(this.realm.array_prototype, list(args))
        a = this.construct([float(n)], this) if is_constructor(this) else array_create(n)
        for k, v in enumerate(args):
            create_data_property_or_throw(a, str(k), v)
        set_length(a, n)
        return a

    @getter(realm, ctor, SYM_SPECIES)
    def species(this, args):
        """get Array [ @@species ] (https://tc39.es/ecma262/#sec-get-array-%symbol.species%):
        returns this, so subclasses create instances of themselves."""
        return this
    realm.intrinsics["%Array[@@species]%"] = ctor.props[SYM_SPECIES].getter
    # watched like a prototype, so that array_ops.species_is_intrinsic_array may remember its answer
    ctor.props = WatchedProps(ctor.props)

    def iter_method(kind):
        def m(this, args):
            """Array.prototype.keys / values / entries
            (https://tc39.es/ecma262/#sec-array.prototype.values): CreateArrayIterator."""
            return create_array_iterator(realm, to_object(this), kind)
        return m
    method(realm, proto, "keys", 0)(iter_method("key"))
    method(realm, proto, "entries", 0)(iter_method("key+value"))
    method(realm, proto, "values", 0)(iter_method("value"))
    values = proto.props["values"].value
    proto.props[SYM_ITERATOR] = Prop(values, HIDDEN)
    realm.intrinsics["%Array.prototype.values%"] = values

    for mod in (array_methods, array_callbacks, array_mutators, array_sort):
        mod.install(realm, proto)

    unscopables = JSObject(None)
    for name in UNSCOPABLES:
        unscopables.props[name] = True
    proto.props[SYM_UNSCOPABLES] = Prop(unscopables, CONFIGURABLE)


def array_from(c, items, mapfn, this_arg):
    """Array.from ( items [ , mapper [ , thisArg ] ] ) (https://tc39.es/ecma262/#sec-array.from)."""
    mapping = mapfn is not None
    if mapping:
        require_callable(mapfn)
    using_iterator = get_method(items, SYM_ITERATOR)
    fast_target = is_intrinsic_array_constructor(c)
    if using_iterator is not None:
        if fast_target and not mapping and type(items) is JSArray and items.elements is not None \
                and array_iteration_pristine(items):
            return _from_pristine_array(c, items)
        if fast_target:
            a = None
            out = []
        else:
            a = c.construct([], c) if is_constructor(c) else array_create(0)
        rec = get_iterator(items, "sync", using_iterator)
        k = 0
        while True:
            if k >= MAX_SAFE_INTEGER:
                err = type_error("Array.from: too many elements")
                iterator_close(rec, err)
                raise err
            v = iterator_step_value(rec)
            if v is MISSING:
                if a is None:
                    return _packed_array(c.realm, out)
                set_length(a, k)
                return a
            try:
                if mapping:
                    v = mapfn.call(this_arg, [v, float(k)])
                if a is None:
                    out.append(v)
                else:
                    create_data_property_or_throw(a, str(k), v)
            except JSError as e:
                iterator_close(rec, e)
                raise
            k += 1
    array_like = to_object(items)
    n = length_of_array_like(array_like)
    if fast_target:
        if n > 4294967295:
            raise range_error("Invalid array length")
        a = None
        out = []
    else:
        a = c.construct([float(n)], c) if is_constructor(c) else array_create(n)
    for k in range(n):
        tick()
        v = get_index(array_like, k)
        if mapping:
            v = mapfn.call(this_arg, [v, float(k)])
        if a is None:
            out.append(v)
        else:
            create_data_property_or_throw(a, str(k), v)
    if a is None:
        return _packed_array(c.realm, out)
    set_length(a, n)
    return a


def _from_pristine_array(c, items):
    """Array.from(array) without a mapper when the array's iteration is the
    built-in one: %ArrayIteratorPrototype%.next reads the length and Get(index)
    on every step, which only a hole (a getter on the prototype chain) can
    observe, so a hole-free array is copied and otherwise the steps are
    replayed without the iterator objects."""
    if items.is_packed():
        return _packed_array(c.realm, list(items.elements))
    out = []
    k = 0
    while k < items.length:
        out.append(get_index(items, k))
        k += 1
    return _packed_array(c.realm, out)


def _packed_array(realm, values):
    """A new Array of ``realm`` holding ``values`` (no holes)."""
    a = JSArray(realm.array_prototype, values)
    a.holey = False
    return a
