"""Iterator prototypes, array iterators and async-from-sync iterators (§27.1)."""
from ..interp.agent import state
from ..interp.arrays import HOLE, JSArray
from ..interp.ops import (create_iter_result, length_of_array_like, to_object, get_iterator,
                          iterator_step_value, iterator_close, call, to_property_key,
                          get_method, is_callable, describe, iterator_next, iterator_complete,
                          iterator_value)
from ..interp.values import (JSObject, JSError, Prop, HIDDEN, MISSING, type_error, null,
                             SYM_ITERATOR, SYM_ASYNC_ITERATOR, SYM_TO_STRING_TAG, CONFIGURABLE)
from ..interp.runtime import register_iterator_class
from ._helpers import arg, method, native


class ArrayIterator(JSObject):
    __slots__ = ("iterated", "index", "kind")
    class_name = "Array Iterator"

    def __init__(self, proto, iterated, kind):
        super().__init__(proto)
        self.iterated = iterated
        self.index = 0
        self.kind = kind


def array_iterator_step(it):
    """The steps of %ArrayIteratorPrototype%.next on ``it``: its next value, or
    MISSING once it is done."""
    a = it.iterated
    if a is None:
        return MISSING
    i = it.index
    if type(a) is JSArray:
        n = a.length
    else:
        ta_len = getattr(a, "typed_array_length", None)
        n = ta_len() if ta_len is not None else length_of_array_like(a)
    if i >= n:
        it.iterated = None
        return MISSING
    it.index = i + 1
    kind = it.kind
    if kind == "key":
        return float(i)
    els = a.elements if type(a) is JSArray else None
    if els is not None and i < len(els) and els[i] is not HOLE:
        v = els[i]
    else:
        v = a.get(str(i), a)
    if kind == "value":
        return v
    return state.realm.new_array([float(i), v])


register_iterator_class(ArrayIterator, "%ArrayIteratorPrototype.next%", array_iterator_step)


def create_array_iterator(realm, o, kind):
    return ArrayIterator(realm.intrinsics["%ArrayIteratorPrototype%"], o, kind)


def group_by(items, callback, key_coercion):
    """GroupBy (https://tc39.es/ecma262/#sec-groupby): list of (key, [values])."""
    from ..interp.ops import require_object_coercible, same_value, to_property_key
    require_object_coercible(items)
    if not is_callable(callback):
        raise type_error(f"{describe(callback)} is not a function")
    groups = []
    index = {}
    rec = get_iterator(items)
    k = 0
    while True:
        v = iterator_step_value(rec)
        if v is MISSING:
            return groups
        try:
            key = callback.call(None, [v, float(k)])
            if key_coercion == "property":
                key = to_property_key(key)
            elif type(key) is float and key == 0.0:
                key = 0.0
        except JSError as e:
            iterator_close(rec, e)
            raise
        hk = _hash_key(key)
        if hk in index:
            groups[index[hk]][1].append(v)
        else:
            index[hk] = len(groups)
            groups.append((key, [v]))
        k += 1


def _hash_key(key):
    t = type(key)
    if t is float and key != key:
        return ("nan",)
    if t in (str, float, bool, int):
        return (t.__name__, key)
    return ("id", id(key))


def setup(realm):
    ip = JSObject(realm.object_prototype)
    realm.intrinsics["%IteratorPrototype%"] = ip
    f = native(realm, lambda this, args: this, "[Symbol.iterator]", 0)
    ip.props[SYM_ITERATOR] = Prop(f, HIDDEN)
    realm.intrinsics["%IteratorPrototype[@@iterator]%"] = f

    aip = JSObject(realm.object_prototype)
    realm.intrinsics["%AsyncIteratorPrototype%"] = aip
    f = native(realm, lambda this, args: this, "[Symbol.asyncIterator]", 0)
    aip.props[SYM_ASYNC_ITERATOR] = Prop(f, HIDDEN)

    arr_it = JSObject(ip)
    realm.intrinsics["%ArrayIteratorPrototype%"] = arr_it

    @method(realm, arr_it, "next", 0)
    def array_iterator_next(this, args):
        """%ArrayIteratorPrototype%.next (https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next)."""
        if not isinstance(this, ArrayIterator):
            raise type_error("next method called on incompatible receiver")
        v = array_iterator_step(this)
        return create_iter_result(None, True) if v is MISSING else create_iter_result(v, False)
    realm.intrinsics["%ArrayIteratorPrototype.next%"] = arr_it.props["next"].value
    arr_it.props[SYM_TO_STRING_TAG] = Prop("Array Iterator", CONFIGURABLE)

    # %AsyncFromSyncIteratorPrototype%
    afs = JSObject(aip)
    realm.intrinsics["%AsyncFromSyncIteratorPrototype%"] = afs

    def afs_method(name):
        def m(this, args):
            from .promise import new_promise_capability_intrinsic, promise_resolve_intrinsic, \
                perform_promise_then_native
            cap = new_promise_capability_intrinsic(realm)
            rec = this.sync_record
            it = rec.iterator
            try:
                if name == "next":
                    r = iterator_next(rec, *args[:1])
                else:
                    fn = get_method(it, name)
                    if fn is None:
                        if name == "return":
                            cap.resolve(create_iter_result(arg(args, 0), True))
                            return cap.promise
                        # throw without a throw method: close the sync iterator, reject
                        try:
                            iterator_close(rec)
                        except JSError as e:
                            cap.reject(e.value)
                            return cap.promise
                        cap.reject(realm.new_error("TypeError", "The iterator does not provide a 'throw' method"))
                        return cap.promise
                    r = fn.call(it, list(args[:1]))
                    if not isinstance(r, JSObject):
                        raise type_error("iterator result is not an object")
                done = iterator_complete(r)
                v = iterator_value(r)
                try:
                    p = promise_resolve_intrinsic(v)
                except JSError as e:
                    if not done and name != "return":
                        iterator_close(rec, e)
                    raise
            except JSError as e:
                cap.reject(e.value)
                return cap.promise

            def on_reject(reason):
                # closeIterator: IteratorClose(syncIteratorRecord, ThrowCompletion(reason)),
                # so whatever return() does, the promise rejects with ``reason``
                if not done and name != "return":
                    iterator_close(rec, JSError(reason))
                cap.reject(reason)
            perform_promise_then_native(p, lambda x: cap.resolve(create_iter_result(x, done)), on_reject)
            return cap.promise
        return m
    for name in ("next", "return", "throw"):
        method(realm, afs, name, 1)(afs_method(name))


class AsyncFromSyncIterator(JSObject):
    __slots__ = ("sync_record",)


def create_async_from_sync_iterator(realm, rec):
    """https://tc39.es/ecma262/#sec-createasyncfromsynciterator"""
    from ..interp.ops import IteratorRecord
    it = AsyncFromSyncIterator(realm.intrinsics["%AsyncFromSyncIteratorPrototype%"])
    it.sync_record = rec
    return IteratorRecord(it, it.get("next", it))
