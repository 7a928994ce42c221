"""Map and Set, their iterators, and the keyed-collection storage (ECMA-262 §24.1, §24.2).

https://tc39.es/ecma262/#sec-keyed-collections

Storage (:class:`KeyedStore`) follows the spec's model of [[MapData]] /
[[SetData]]: an append-only list of entries where a deletion leaves an
EMPTY marker, walked by index so that iteration sees entries added while it
runs and skips entries deleted before it reaches them.  A dict from the
normalized key to the entry's position makes lookups O(1).  To keep memory
bounded the list is compacted when markers outnumber live entries; every
live position into the list (a :class:`Cursor`, held by iterators, forEach
and the Set methods) is registered weakly with the store and shifted by the
compaction, so the observable order is exactly the spec's.

Keys compare with SameValueZero.  Python equality is not that (``True ==
1.0 == 1``, ``nan != nan``), so :func:`normalize_key` maps each key to a
dict key that is equal exactly when the JS keys are SameValueZero-equal.

Other modules: set_methods.py (union, intersection... of ES2025),
weak_collections.py (WeakMap, WeakSet), weakref.py (WeakRef,
FinalizationRegistry).
"""
import weakref

from ..interp.ops import (
    create_iter_result, get_iterator, get_prototype_from_constructor, is_callable, describe,
    iterator_close, iterator_step_value,
)
from ..interp.values import (
    CONFIGURABLE, HIDDEN, MISSING, SYM_ITERATOR, SYM_SPECIES, SYM_TO_STRING_TAG, JSError,
    JSObject, Prop, null, type_error,
)
from ..interp.agent import state
from .fast_builtins import register_builtins
from ..interp.runtime import FAST_ITERATION, BuiltinIteratorValues, register_iterator_class
from ._helpers import arg, getter, install_global, make_constructor, method

EMPTY = object()        # the spec's ~empty~ marker for a deleted entry
_NAN_KEY = ("number", "NaN")


def normalize_key(key):
    """A Python dict key that is equal for two JS values exactly when SameValueZero holds.

    Strings, numbers other than NaN, undefined, null, symbols and objects are
    their own keys (objects hash by identity; ``+0`` and ``-0`` are equal as
    floats); booleans and BigInts are tagged so that ``1``, ``true`` and ``1n``
    stay apart; NaN gets one key.  A String, or a Number other than NaN, is its own
    key, so the builtins' fast paths index the store with it directly (a -0 key
    finds +0; one being stored is made +0 first).
    """
    t = type(key)
    if t is str:
        return key
    if t is float:
        return _NAN_KEY if key != key else key
    if t is bool:
        return ("boolean", key)
    if t is int:
        return ("bigint", key)
    return key


def canonicalize_keyed_collection_key(key):
    """https://tc39.es/ecma262/#sec-canonicalizekeyedcollectionkey : -0 becomes +0."""
    if type(key) is float and key == 0.0:
        return 0.0
    return key


class Cursor:
    """A position in a store's entry list that survives compaction."""

    __slots__ = ("pos", "__weakref__")

    def __init__(self):
        self.pos = 0


class KeyedStore:
    """The entries of a Map or Set: [[MapData]] / [[SetData]] (values are None for a Set)."""

    __slots__ = ("index", "keys", "values", "live", "cursors")

    def __init__(self):
        self.index = {}         # normalized key -> position in keys/values
        self.keys = []          # JS keys, EMPTY where deleted
        self.values = []
        self.live = 0
        self.cursors = None     # weakref.WeakSet of Cursors, made on first use

    def __len__(self):
        return self.live

    def find(self, key):
        """The entry position of ``key`` or -1."""
        return self.index.get(normalize_key(key), -1)

    def has(self, key):
        return normalize_key(key) in self.index

    def get(self, key):
        pos = self.index.get(normalize_key(key), -1)
        return None if pos < 0 else self.values[pos]

    def set(self, key, value=None):
        """Update the entry for ``key`` or append a new one (key already canonicalized)."""
        nk = normalize_key(key)
        pos = self.index.get(nk, -1)
        if pos >= 0:
            self.values[pos] = value
            return
        self.index[nk] = len(self.keys)
        self.keys.append(key)
        self.values.append(value)
        self.live += 1

    def delete(self, key):
        pos = self.index.pop(normalize_key(key), -1)
        if pos < 0:
            return False
        self.keys[pos] = EMPTY
        self.values[pos] = None
        self.live -= 1
        dead = len(self.keys) - self.live
        if dead > 32 and dead > self.live:
            self.compact()
        return True

    def clear(self):
        """Every entry becomes EMPTY; with nothing live left the list can restart at 0."""
        self.index = {}
        self.keys = []
        self.values = []
        self.live = 0
        for c in self.cursors or ():
            c.pos = 0

    def compact(self):
        """Drop EMPTY markers, moving every registered cursor to the same logical place."""
        keys, values = self.keys, self.values
        new_pos = []            # new_pos[i]: live entries before old position i
        nk, nv, index = [], [], {}
        for i, k in enumerate(keys):
            new_pos.append(len(nk))
            if k is not EMPTY:
                index[normalize_key(k)] = len(nk)
                nk.append(k)
                nv.append(values[i])
        new_pos.append(len(nk))
        for c in self.cursors or ():
            c.pos = new_pos[min(c.pos, len(keys))]
        self.keys, self.values, self.index = nk, nv, index

    def cursor(self):
        c = Cursor()
        if self.cursors is None:
            self.cursors = weakref.WeakSet()
        self.cursors.add(c)
        return c

    def advance(self, cursor):
        """The next non-EMPTY position at or after ``cursor`` (moving past it), or -1 at the end.

        The list length is read on every call: entries appended meanwhile are
        visited (the "Set numEntries to the number of elements" steps).
        """
        keys = self.keys
        pos = cursor.pos
        n = len(keys)
        while pos < n:
            if keys[pos] is not EMPTY:
                cursor.pos = pos + 1
                return pos
            pos += 1
        cursor.pos = pos
        return -1

    def entries(self):
        """Iterate (key, value) live, tolerating mutation between steps (for builtins' loops)."""
        c = self.cursor()
        while True:
            pos = self.advance(c)
            if pos < 0:
                return
            yield self.keys[pos], self.values[pos]

    def snapshot_keys(self):
        return [k for k in self.keys if k is not EMPTY]


class MapObject(JSObject):
    __slots__ = ("map_data",)
    class_name = "Map"

    def __init__(self, proto):
        super().__init__(proto)
        self.map_data = KeyedStore()


class SetObject(JSObject):
    __slots__ = ("set_data",)
    class_name = "Set"

    def __init__(self, proto):
        super().__init__(proto)
        self.set_data = KeyedStore()


class KeyedIterator(JSObject):
    """A Map or Set iterator: its store (None once done), a cursor, and the kind of result
    ("key", "value", "key+value", or "key+key" for Set entries)."""

    __slots__ = ("store", "cursor", "kind")

    def __init__(self, proto, store, kind):
        super().__init__(proto)
        self.store = store
        self.cursor = store.cursor()
        self.kind = kind


class MapIterator(KeyedIterator):
    __slots__ = ()
    class_name = "Map Iterator"


class SetIterator(KeyedIterator):
    __slots__ = ()
    class_name = "Set Iterator"


def this_map(this, name):
    """RequireInternalSlot(M, [[MapData]])."""
    if not isinstance(this, MapObject):
        raise type_error(f"Method Map.prototype.{name} called on incompatible receiver {describe(this)}")
    return this.map_data


def this_set(this, name):
    """RequireInternalSlot(S, [[SetData]])."""
    if not isinstance(this, SetObject):
        raise type_error(f"Method Set.prototype.{name} called on incompatible receiver {describe(this)}")
    return this.set_data


def add_entries_from_iterable(target, iterable, adder):
    """https://tc39.es/ecma262/#sec-add-entries-from-iterable"""
    rec = get_iterator(iterable)
    while True:
        nxt = iterator_step_value(rec)
        if nxt is MISSING:
            return target
        try:
            if not isinstance(nxt, JSObject):
                raise type_error(f"Iterator value {describe(nxt)} is not an entry object")
            k = nxt.get("0", nxt)
            v = nxt.get("1", nxt)
            adder.call(target, [k, v])
        except JSError as e:
            iterator_close(rec, e)
            raise


def add_values_from_iterable(target, iterable, adder):
    """The Set constructor's loop (https://tc39.es/ecma262/#sec-set-iterable steps 7-8)."""
    rec = get_iterator(iterable)
    while True:
        nxt = iterator_step_value(rec)
        if nxt is MISSING:
            return target
        try:
            adder.call(target, [nxt])
        except JSError as e:
            iterator_close(rec, e)
            raise


def new_set_from_keys(realm, keys):
    """OrdinaryObjectCreate(%Set.prototype%) with [[SetData]] holding ``keys`` (result of the Set methods)."""
    s = SetObject(realm.intrinsics["%Set.prototype%"])
    data = s.set_data
    for k in keys:
        data.set(k)
    return s


def keyed_step(it, pair=False):
    """The steps of %MapIteratorPrototype%.next / %SetIteratorPrototype%.next on the
    iterator ``it``: its next value, or MISSING once it is done.  ``pair``: an
    entry comes out as a (key, value) tuple (see runtime.pair_pattern_values).

    https://tc39.es/ecma262/#sec-%mapiteratorprototype%.next
    """
    store = it.store
    if store is None:
        return MISSING
    keys, cursor = store.keys, it.cursor
    pos = cursor.pos
    if pos < len(keys) and (key := keys[pos]) is not EMPTY:     # the usual step: no deleted entry to pass
        cursor.pos = pos + 1
    else:
        pos = store.advance(cursor)
        if pos < 0:
            it.store = None
            it.cursor = None
            return MISSING
        key = keys[pos]
    kind = it.kind
    if kind == "key":
        return key
    if kind == "value":
        return store.values[pos]
    value = key if kind == "key+key" else store.values[pos]
    return (key, value) if pair else state.realm.new_array([key, value])


def keyed_step_pair(it):
    return keyed_step(it, True)


def _iterator_next(realm, cls, what):
    def next_(this, args):
        if not isinstance(this, cls):
            raise type_error(f"{what}.next called on incompatible receiver {describe(this)}")
        v = keyed_step(this)
        return create_iter_result(None, True) if v is MISSING else create_iter_result(v, False)
    return next_


def _setup_iterator_prototype(realm, cls, name):
    proto = JSObject(realm.intrinsics["%IteratorPrototype%"])
    realm.intrinsics[f"%{name}IteratorPrototype%"] = proto
    method(realm, proto, "next", 0)(_iterator_next(realm, cls, f"%{name}IteratorPrototype%"))
    realm.intrinsics[f"%{name}IteratorPrototype.next%"] = proto.props["next"].value
    proto.props[SYM_TO_STRING_TAG] = Prop(f"{name} Iterator", CONFIGURABLE)
    return proto


def _fast_iteration(cls, iterator_cls, method_name, kind):
    """Let for_of_values step a Map's entries or a Set's values (keyed_step) through
    an iterator it makes itself, while the collection's iteration is untouched."""
    name = cls.class_name
    names = (f"%{name}.prototype%", f"%{name}.prototype.{method_name}%",
             f"%{name}IteratorPrototype%", f"%{name}IteratorPrototype.next%")
    register_iterator_class(iterator_cls, names[3], keyed_step, keyed_step_pair)

    def values(obj, pairs):
        realm = state.realm
        if SYM_ITERATOR in obj.props or obj.proto is not realm.intrinsics[names[0]] or \
                not realm.iteration_pristine(*names):
            return None
        store = obj.map_data if cls is MapObject else obj.set_data
        return BuiltinIteratorValues(iterator_cls(realm.intrinsics[names[2]], store, kind),
                                     keyed_step_pair if pairs else keyed_step)
    FAST_ITERATION[cls] = values


_fast_iteration(MapObject, MapIterator, "entries", "key+value")
_fast_iteration(SetObject, SetIterator, "values", "key")


def _species_getter(realm, ctor):
    """get Map[@@species] / get Set[@@species]: return the this value."""
    getter(realm, ctor, SYM_SPECIES)(lambda this, args: this)


def setup_map(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%Map.prototype%"] = proto
    iter_proto = _setup_iterator_prototype(realm, MapIterator, "Map")

    def map_call(this, args):
        raise type_error("Constructor Map requires 'new'")

    def map_construct(args, new_target):
        """https://tc39.es/ecma262/#sec-map-iterable"""
        m = MapObject(get_prototype_from_constructor(new_target, "%Map.prototype%"))
        iterable = arg(args, 0)
        if iterable is None or iterable is null:
            return m
        adder = m.get("set", m)
        if not is_callable(adder):
            raise type_error("'set' returned for property 'set' of object is not callable")
        return add_entries_from_iterable(m, iterable, adder)

    ctor = make_constructor(realm, "Map", 0, map_call, map_construct, proto)
    _species_getter(realm, ctor)

    @method(realm, ctor, "groupBy", 2)
    def group_by(this, args):
        """https://tc39.es/ecma262/#sec-map.groupby"""
        from .iteration import group_by as _group_by
        groups = _group_by(arg(args, 0), arg(args, 1), "zero")
        m = MapObject(proto)
        for k, items in groups:
            m.map_data.set(k, realm.new_array(items))
        return m

    @method(realm, proto, "clear", 0)
    def clear(this, args):
        """https://tc39.es/ecma262/#sec-map.prototype.clear"""
        this_map(this, "clear").clear()

    @method(realm, proto, "delete", 1)
    def delete(this, args):
        """https://tc39.es/ecma262/#sec-map.prototype.delete"""
        return this_map(this, "delete").delete(arg(args, 0))

    def iterator_method(kind, name):
        def m(this, args):
            """CreateMapIterator (https://tc39.es/ecma262/#sec-createmapiterator)."""
            return MapIterator(iter_proto, this_map(this, name), kind)
        return m

    method(realm, proto, "entries", 0)(iterator_method("key+value", "entries"))

    @method(realm, proto, "forEach", 1)
    def for_each(this, args):
        """https://tc39.es/ecma262/#sec-map.prototype.foreach"""
        data = this_map(this, "forEach")
        callback = arg(args, 0)
        if not is_callable(callback):
            raise type_error(f"{describe(callback)} is not a function")
        this_arg = arg(args, 1)
        for k, v in data.entries():
            callback.call(this_arg, [v, k, this])

    @method(realm, proto, "get", 1, positional=True)
    def get(this, key=None, *_):
        """https://tc39.es/ecma262/#sec-map.prototype.get"""
        if type(this) is MapObject and ((t := type(key)) is str or t is float and key == key):
            data = this.map_data
            pos = data.index.get(key, -1)
            return None if pos < 0 else data.values[pos]
        return this_map(this, "get").get(key)

    @method(realm, proto, "has", 1, positional=True)
    def has(this, key=None, *_):
        """https://tc39.es/ecma262/#sec-map.prototype.has"""
        if type(this) is MapObject and ((t := type(key)) is str or t is float and key == key):
            return key in this.map_data.index
        return this_map(this, "has").has(key)

    method(realm, proto, "keys", 0)(iterator_method("key", "keys"))

    @method(realm, proto, "set", 2, positional=True)
    def set_(this, key=None, value=None, *_):
        """https://tc39.es/ecma262/#sec-map.prototype.set"""
        if type(this) is MapObject and ((t := type(key)) is str or t is float and key == key):
            data = this.map_data
            pos = data.index.get(key, -1)
            if pos >= 0:
                data.values[pos] = value
                return this
            data.set(0.0 if key == 0.0 else key, value)
            return this
        this_map(this, "set").set(canonicalize_keyed_collection_key(key), value)
        return this

    @getter(realm, proto, "size")
    def size(this, args):
        """https://tc39.es/ecma262/#sec-get-map.prototype.size"""
        return float(len(this_map(this, "size")))

    method(realm, proto, "values", 0)(iterator_method("value", "values"))
    proto.props[SYM_ITERATOR] = Prop(proto.props["entries"].value, HIDDEN)
    realm.intrinsics["%Map.prototype.entries%"] = proto.props["entries"].value
    proto.props[SYM_TO_STRING_TAG] = Prop("Map", CONFIGURABLE)
    register_builtins(realm, "map", proto)
    install_global(realm, "Map", ctor)


def setup_set(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%Set.prototype%"] = proto
    iter_proto = _setup_iterator_prototype(realm, SetIterator, "Set")

    def set_call(this, args):
        raise type_error("Constructor Set requires 'new'")

    def set_construct(args, new_target):
        """https://tc39.es/ecma262/#sec-set-iterable"""
        s = SetObject(get_prototype_from_constructor(new_target, "%Set.prototype%"))
        iterable = arg(args, 0)
        if iterable is None or iterable is null:
            return s
        adder = s.get("add", s)
        if not is_callable(adder):
            raise type_error("'add' returned for property 'add' of object is not callable")
        return add_values_from_iterable(s, iterable, adder)

    ctor = make_constructor(realm, "Set", 0, set_call, set_construct, proto)
    _species_getter(realm, ctor)

    @method(realm, proto, "add", 1, positional=True)
    def add(this, value=None, *_):
        """https://tc39.es/ecma262/#sec-set.prototype.add"""
        if type(this) is SetObject and ((t := type(value)) is str or t is float and value == value):
            data = this.set_data
            if value not in data.index:
                data.set(0.0 if value == 0.0 else value)
            return this
        data = this_set(this, "add")
        key = canonicalize_keyed_collection_key(value)
        if not data.has(key):
            data.set(key)
        return this

    @method(realm, proto, "clear", 0)
    def clear(this, args):
        """https://tc39.es/ecma262/#sec-set.prototype.clear"""
        this_set(this, "clear").clear()

    @method(realm, proto, "delete", 1)
    def delete(this, args):
        """https://tc39.es/ecma262/#sec-set.prototype.delete"""
        return this_set(this, "delete").delete(arg(args, 0))

    def iterator_method(kind, name):
        def m(this, args):
            """CreateSetIterator (https://tc39.es/ecma262/#sec-createsetiterator)."""
            return SetIterator(iter_proto, this_set(this, name), kind)
        return m

    method(realm, proto, "entries", 0)(iterator_method("key+key", "entries"))

    @method(realm, proto, "forEach", 1)
    def for_each(this, args):
        """https://tc39.es/ecma262/#sec-set.prototype.foreach"""
        data = this_set(this, "forEach")
        callback = arg(args, 0)
        if not is_callable(callback):
            raise type_error(f"{describe(callback)} is not a function")
        this_arg = arg(args, 1)
        for k, _ in data.entries():
            callback.call(this_arg, [k, k, this])

    @method(realm, proto, "has", 1, positional=True)
    def has(this, value=None, *_):
        """https://tc39.es/ecma262/#sec-set.prototype.has"""
        if type(this) is SetObject and ((t := type(value)) is str or t is float and value == value):
            return value in this.set_data.index
        return this_set(this, "has").has(value)

    @getter(realm, proto, "size")
    def size(this, args):
        """https://tc39.es/ecma262/#sec-get-set.prototype.size"""
        return float(len(this_set(this, "size")))

    method(realm, proto, "values", 0)(iterator_method("key", "values"))
    values = proto.props["values"].value
    proto.props["keys"] = Prop(values, HIDDEN)
    proto.props[SYM_ITERATOR] = Prop(values, HIDDEN)
    realm.intrinsics["%Set.prototype.values%"] = values
    proto.props[SYM_TO_STRING_TAG] = Prop("Set", CONFIGURABLE)
    register_builtins(realm, "set", proto)
    install_global(realm, "Set", ctor)


def setup(realm):
    from . import set_methods, weak_collections
    setup_map(realm)
    setup_set(realm)
    set_methods.setup(realm)
    weak_collections.setup(realm)

