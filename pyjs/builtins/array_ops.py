"""Abstract operations shared by the Array builtins (ECMA-262 §23.1, §10.4.2).

The Array methods are written against the generic internal methods so that
the observable order of [[HasProperty]]/[[Get]]/[[Set]]/[[Delete]] matches the
spec (test262 checks it through Proxies and getters).  The helpers here add
the fast paths that are *unobservable*:

* an element of a dense :class:`JSArray` that is not a hole is an own plain
  data property, so HasProperty is true and Get returns it without running
  any JS code (:func:`get_index`, :func:`has_index`, :func:`present_value`);
  holes and everything else go through the real internal methods;
* an array the method creates itself with ArrayCreate cannot be observed
  until the method returns, so :func:`array_species_create` with
  ``lazy=True`` answers None for it and the caller collects the elements in a
  Python list and wraps it at the end (:func:`new_array`).
"""
from ..interp.agent import state, check_steps, current_realm
from ..interp.arrays import JSArray, HOLE, MAX_DENSE_GAP, proto_has_index, protos_index_free
from ..interp.functions import NativeFunction, ScriptFunction
from ..interp.proto_cache import INHERITED, NO_ENTRY, WatchedProps, remember
from ..interp.ops import (to_integer_or_infinity, is_callable, is_constructor, describe,
                          get_function_realm, to_boolean, create_data_property_or_throw,
                          length_of_array_like as _length_of_array_like)
from ..interp.values import (JSObject, MISSING, Prop, ACCESSOR, Descriptor, null, type_error, range_error,
                             is_array_index,
                             SYM_SPECIES, SYM_IS_CONCAT_SPREADABLE)
from .object import is_array

MAX_SAFE_INTEGER = 9007199254740991
MAX_ARRAY_LENGTH = 4294967295
# ArrayCreate (``new Array(n)``) keeps a list of holes up to this length: code
# that preallocates and then fills its arrays gets the dense representation.
DENSE_CREATE_LIMIT = 1 << 20


def tick():
    """Count one step of a long native loop against the host's step budget
    (loops over array-likes can be 2^53 long and run no JS code)."""
    st = state
    st.call_limit -= 1
    if st.calls > st.call_limit:
        check_steps()


def require_callable(f):
    """The "If IsCallable(callbackfn) is false, throw a TypeError" step."""
    if not is_callable(f):
        raise type_error(f"{describe(f)} is not a function")
    return f


def positional_caller(f):
    """A Python function ``call(this, *args)`` that is Call(f, this, args) for a callable
    ``f`` a native method calls many times (a sort's comparefn, a reduce callback).
    A function the code generator compiled is entered through its positional
    [[Call]] (``code.fast``, counting a leaf's step as ScriptFunction.call does),
    without building an argument list per call; until it is compiled, and for any
    other callable, through [[Call]]."""
    if type(f) is not ScriptFunction:
        call = f.call
        return lambda this, *args: call(this, list(args))
    st = state
    code = f.code
    fast, leaf = code.fast, code.leaf      # final once set (tier-up sets them once)

    def positional(this, *args):
        nonlocal fast, leaf
        if fast is None:
            v = f.call(this, list(args))
            fast, leaf = code.fast, code.leaf
            return v
        if leaf:
            st.call_limit -= 1
            if st.calls > st.call_limit:
                check_steps()
        return fast(f, this, *args)
    return positional


def length_of_array_like(o):
    """LengthOfArrayLike (https://tc39.es/ecma262/#sec-lengthofarraylike), an int.
    An Array's "length" is an own data property (never an accessor), whose
    value the JSArray keeps as an int: read it without the Get and ToLength."""
    if type(o) is JSArray:
        return o.length
    return _length_of_array_like(o)


# -- element access with the dense fast path -------------------------------------------


def get_index(o, i):
    """Get(O, ! ToString(𝔽(i))) (https://tc39.es/ecma262/#sec-get-o-p)."""
    if type(o) is JSArray:
        els = o.elements
        if els is not None and i < len(els):
            v = els[i]
            if v is not HOLE:
                return v
    return o.get(str(i), o)


def has_index(o, i):
    """HasProperty(O, ! ToString(𝔽(i))) (https://tc39.es/ecma262/#sec-hasproperty)."""
    if type(o) is JSArray:
        els = o.elements
        if els is not None and i < len(els) and els[i] is not HOLE:
            return True
    return o.has_property(str(i))


def present_value(o, i):
    """The "kPresent = HasProperty(O, Pk); if kPresent, kValue = Get(O, Pk)"
    pair every iterating method performs: the value, or MISSING when absent."""
    if type(o) is JSArray:
        els = o.elements
        if els is not None and i < len(els):
            v = els[i]
            if v is not HOLE:
                return v
    k = str(i)
    if o.has_property(k):
        return o.get(k, o)
    return MISSING


# A sparse array iteration over a range at least this long lists the array's
# own indices instead of asking HasProperty for each one.
SPARSE_SKIP_MIN = 64


def _index_range(lo, hi, descending):
    return range(hi - 1, lo - 1, -1) if descending else range(lo, hi)


def present_elements(o, lo, hi, descending=False):
    """Yield (k, Get(O, k)) for the k in [lo, hi) (walking down with
    ``descending``) for which HasProperty(O, k) is true when k is reached —
    the loop of every method that skips holes.

    Callers run JS code between steps, which may change O; every step looks
    at O afresh.  On a sparse JSArray whose prototypes have no elements the
    absent indices are skipped without asking (their HasProperty would be
    false and runs no JS code) until an element is added or a prototype
    gains one.
    """
    ks = _index_range(lo, hi, descending)
    if type(o) is not JSArray:
        yield from _each_present(o, ks)
        return
    for k in ks:
        els = o.elements
        if els is not None:
            if k < len(els):
                v = els[k]
                if v is not HOLE:
                    yield k, v
                    continue
        elif hi - lo > SPARSE_SKIP_MIN:
            lo, hi = (lo, k + 1) if descending else (k, hi)
            yield from _sparse_present_elements(o, lo, hi, descending)
            return
        tick()
        key = str(k)
        if o.has_property(key):
            yield k, o.get(key, o)


def _each_present(o, ks):
    """The plain loop of present_elements: HasProperty, then Get, for each k."""
    for k in ks:
        tick()
        key = str(k)
        if o.has_property(key):
            yield k, o.get(key, o)


def _sparse_present_elements(o, lo, hi, descending):
    """present_elements for a sparse JSArray: visit only its listed indices."""
    while lo < hi:
        if o.elements is not None or not _protos_have_no_elements(o):
            yield from _each_present(o, _index_range(lo, hi, descending))
            return
        adds = o.sparse_adds
        listed = sorted(i for i in map(int, filter(is_array_index, o.props)) if lo <= i < hi)
        if descending:
            listed.reverse()
        for k in listed:
            tick()
            key = str(k)
            if o.has_property(key):
                yield k, o.get(key, o)
            if descending:
                hi = k
            else:
                lo = k + 1
            if o.sparse_adds != adds or o.elements is not None or not _protos_have_no_elements(o):
                break
        else:
            return


def _protos_have_no_elements(o):
    """No object on O's prototype chain has an array-index property (and
    none is an exotic object that could answer for one)."""
    p = o.proto
    if protos_index_free(p):
        return True
    while p is not None:
        if type(p) is JSArray:
            els = p.elements
            if els is not None:
                if any(v is not HOLE for v in els):
                    return False
            elif any(map(is_array_index, p.props)):
                return False
        elif p.exotic or any(map(is_array_index, p.props)):
            return False
        p = p.proto
    return True


def set_or_throw(o, key, v):
    """Set(O, P, V, true) (https://tc39.es/ecma262/#sec-set-o-p-v-throw)."""
    if not o.set(key, v, o):
        from ..interp.ops import set_failure_error
        raise set_failure_error(o, key)


def set_length(o, n):
    """Set(O, "length", 𝔽(n), true)."""
    if not o.set("length", float(n), o):
        raise type_error("Cannot assign to read only property 'length' of object")


def delete_or_throw(o, key):
    """DeletePropertyOrThrow (https://tc39.es/ecma262/#sec-deletepropertyorthrow)."""
    if not o.delete(key):
        raise type_error(f"Cannot delete property '{key}' of object")


def is_packed(o):
    """A dense JSArray without holes: every index below length is an own data
    property, so reading or overwriting any of them runs no JS code."""
    return type(o) is JSArray and o.is_packed()


def can_grow_in_place(o, start, stop):
    """Whether Set(O, ToString(i), v, true) for every i in [start, stop) just
    defines the element on the dense array ``o``: extensible, writable length
    and no prototype that has (or may intercept) any of those indices."""
    if not (o.extensible and o.length_writable):
        return False
    proto = o.proto
    return protos_index_free(proto) or not any(proto_has_index(proto, i) for i in range(start, stop))


# -- relative indices ---------------------------------------------------------------------


def relative_start(v, length):
    """The clamp "If relative is -∞, 0; else if relative < 0, max(len + relative, 0);
    else min(relative, len)" used by slice, splice, fill, copyWithin, ..."""
    if type(v) is float and -1e308 < v < 1e308:       # finite (not NaN): ToIntegerOrInfinity truncates
        rel = int(v)
    else:
        rel = to_integer_or_infinity(v)
    if rel < 0:
        return 0 if rel == float("-inf") else max(length + rel, 0)
    return min(rel, length)


def relative_end(v, length):
    """Same clamp for an ``end`` argument, where undefined means ``len``."""
    if v is None:
        return length
    return relative_start(v, length)


# -- array creation -------------------------------------------------------------------------


def new_array(items, holey=True):
    """A fresh Array (of the current realm) whose elements are ``items``; the
    result of a lazily built ArrayCreate.  Pass ``holey=False`` when ``items``
    is known to contain no HOLE."""
    a = JSArray(current_realm().array_prototype, items)
    if not holey:
        a.holey = False
    return a


def array_create(length, proto=None):
    """ArrayCreate (https://tc39.es/ecma262/#sec-arraycreate)."""
    if length > MAX_ARRAY_LENGTH:
        raise range_error("Invalid array length")
    if proto is None:
        proto = current_realm().array_prototype
    if length <= DENSE_CREATE_LIMIT:
        return JSArray(proto, [HOLE] * length)
    a = JSArray(proto)
    a.array_set_length(Descriptor(value=float(length)))
    return a


def is_intrinsic_array_constructor(c):
    """Whether ``c`` is some realm's %Array%: constructing it makes a plain
    Array of that realm without observable steps (its "prototype" property is
    non-writable and non-configurable)."""
    return type(c) is NativeFunction and c.realm.intrinsics.get("%Array%") is c


def array_species_create(original, length, lazy=False):
    """ArraySpeciesCreate (https://tc39.es/ecma262/#sec-arrayspeciescreate).

    With ``lazy``, the ArrayCreate(length) outcome is returned as None (after
    its RangeError check): the caller builds the elements in a list and calls
    :func:`new_array` once done, which nothing can observe in between.
    """
    if type(original) is JSArray and species_is_intrinsic_array(original) or not is_array(original):
        return _array_create_or_lazy(length, lazy)
    c = original.get("constructor", original)
    if is_constructor(c):
        this_realm = current_realm()
        realm_c = get_function_realm(c)
        if realm_c is not this_realm and c is realm_c.intrinsics.get("%Array%"):
            c = None
    if isinstance(c, JSObject):
        if c is current_realm().intrinsics.get("%Array%") and _species_is_pristine(c):
            c = None
        else:
            c = c.get(SYM_SPECIES, c)
            if c is null:
                c = None
    if c is None:
        return _array_create_or_lazy(length, lazy)
    if not is_constructor(c):
        raise type_error("object.constructor[Symbol.species] is not a constructor")
    return c.construct([float(length)], c)


def species_is_intrinsic_array(o):
    """Whether ArraySpeciesCreate(O, n) is ArrayCreate(n) with no observable
    step on the way, for the Array ``o``: it is an Array of the current realm
    with no own "constructor", Array.prototype.constructor is still the
    intrinsic %Array% as a data property, and %Array%[@@species] is still the
    original getter (which returns this).  The spec's Get(O, "constructor")
    and Get(C, @@species) then run no JS code and lead to ArrayCreate, so
    they are looked up in the property dicts instead."""
    ap = o.proto
    if INHERITED.get(ap, NO_ENTRY).get(_SPECIES_INTRINSIC) is True:
        return "constructor" not in o.props
    realm = current_realm()
    if ap is not realm.array_prototype or "constructor" in o.props:
        return False
    c = ap.props.get("constructor")
    if type(c) is Prop:
        if c.flags & ACCESSOR:
            return False
        c = c.value
    if c is not realm.intrinsics["%Array%"] or not _species_is_pristine(c):
        return False
    if isinstance(ap.props, WatchedProps) and isinstance(c.props, WatchedProps):
        # Valid while both stay unchanged (proto_cache), and in any realm: another realm's
        # pristine %Array% also leads to ArrayCreate in the current one (step 4.b).
        remember(ap, _SPECIES_INTRINSIC, True)
    return True


_SPECIES_INTRINSIC = object()       # INHERITED key (never a property key), see above


def _array_create_or_lazy(length, lazy):
    if lazy:
        if length > MAX_ARRAY_LENGTH:
            raise range_error("Invalid array length")
        return None
    return array_create(length)


def _species_is_pristine(array_ctor):
    """%Array%[@@species] is still the original getter (which returns this)."""
    p = array_ctor.props.get(SYM_SPECIES)
    return type(p) is Prop and p.getter is not None and \
        p.getter is array_ctor.realm.intrinsics["%Array[@@species]%"]


def is_concat_spreadable(o):
    """IsConcatSpreadable (https://tc39.es/ecma262/#sec-isconcatspreadable)."""
    if not isinstance(o, JSObject):
        return False
    spreadable = o.get(SYM_IS_CONCAT_SPREADABLE, o)
    if spreadable is not None:
        return to_boolean(spreadable)
    return is_array(o)


class ResultArray:
    """The array a method fills with CreateDataPropertyOrThrow, in order.

    When the method made it with ArrayCreate (``obj`` None) the elements go
    to a Python list and the Array is built at the end (or as soon as a huge
    gap makes a list unfit); otherwise (a species constructor's result) each
    one is defined on the object as the spec says.
    """

    __slots__ = ("obj", "items", "own", "holey")

    def __init__(self, obj):
        self.obj = obj
        self.own = obj is None
        self.items = [] if obj is None else None
        self.holey = False

    def add(self, n, v):
        """CreateDataPropertyOrThrow(A, ! ToString(𝔽(n)), v), n being the next
        index or a later one (holes in between)."""
        items = self.items
        if items is not None:
            gap = n - len(items)
            if gap == 0:
                items.append(v)
                return
            if gap <= MAX_DENSE_GAP:
                items.extend([HOLE] * gap)
                items.append(v)
                self.holey = True
                return
            self.obj = new_array(items, self.holey)
            self.items = None
        create_data_property_or_throw(self.obj, str(n), v)

    def extend(self, values):
        """add() of each of ``values``, at the next indices from 0 on, to an array this
        makes (``own``, nothing added yet)."""
        self.items.extend(values)

    def finish(self, length=MISSING, spec_sets_length=True):
        """The finished array.  ``length`` is its final length: set by
        Set(A, "length", length, true) when ``spec_sets_length``, else the
        length ArrayCreate gave it (only needed for an array made here)."""
        a = self.obj
        if self.items is not None:
            a = new_array(self.items, self.holey)
        if length is not MISSING:
            if self.own:
                if length > a.length:
                    a.array_set_length(Descriptor(value=float(length)))
            elif spec_sets_length:
                set_length(a, length)
        return a
