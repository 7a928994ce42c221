"""Runtime helpers that compiled code calls (shared by every compiler tier).

Fast paths for the common case sit first; everything else defers to the
spec-shaped operations in :mod:`pyjs.interp.ops`.
"""
from .agent import state
from .arrays import HOLE, JSArray
from . import ops
from .ops import (get_v, set_v, set_failure_error, to_property_key, describe, key_display, to_object,
                  get_iterator, IteratorRecord, iterator_close, ordinary_has_instance)
from .values import (ACCESSOR, MISSING, NAMED_PROPS_CLASSES, JSError, JSObject, JSSymbol, Prop, WRITABLE,
                     SYM_HAS_INSTANCE, SYM_ITERATOR, null, type_error)
from .numconv import number_to_string
from .proto_cache import INHERITED, NO_ENTRY, WatchedProps, remember


# Exotic object classes whose instances take a Number key directly: ``get_float_index(k)``
# and ``set_float_index(k, value)`` (receiver = the object itself) implement [[Get]] and
# [[Set]] for the key ToString(k).  The TypedArray family registers its classes here, so
# ``ta[i]`` neither builds the string key nor parses it back.  ``iteration_values()``
# returns the list that iterating the object would produce when that iteration is the
# built-in one (and runs no user code), else None.  Generated code also reads their
# ``element_view``, ``store_min``/``store_max``/``store_type`` and ``pristine_length()``
# (see TypedArrayObject in pyjs/builtins/typed_array_core.py).
NUMERIC_INDEXED = set()


class ShortCircuit(Exception):
    """Raised at a ``?.`` whose base is null/undefined; caught by the ChainExpression."""


SHORT_CIRCUIT = ShortCircuit()


def get_member(o, key):
    """``o.key`` for a constant string/symbol key.

    An own data property of an ordinary object is its [[Get]]'s answer; builtin
    methods are such properties (non-enumerable, so stored as a Prop) of
    constructors, namespaces and prototypes: ``String.fromCharCode``, ``Math.floor``.
    """
    if type(o) is JSObject:
        v = o.props.get(key, MISSING)
        if v is not MISSING:
            if type(v) is not Prop:
                return v
            if not v.flags & ACCESSOR:
                return v.value
        return o.get(key, o)
    if isinstance(o, JSObject):
        if not o.exotic:
            v = o.props.get(key, MISSING)
            if v is MISSING:
                # A method of the prototype (a Map's get, a RegExp's exec): one more level.
                p = o.proto
                if p is not None and not p.exotic:
                    v = p.props.get(key, MISSING)
                    if type(v) is Prop and not v.flags & ACCESSOR:
                        return v.value
                    v = MISSING
            if v is not MISSING:
                if type(v) is not Prop:
                    return v
                if not v.flags & ACCESSOR:
                    return v.value
        return o.get(key, o)
    if type(o) is str and type(key) is str and key != "length" and not key.isdigit():
        # A String.prototype method: what GetV finds when the key names no code unit.
        proto = "%String.prototype%"
    elif type(o) is float:
        # A Number.prototype method (toFixed, toString): a Number has no own property.
        proto = "%Number.prototype%"
    else:
        return get_v(o, key)
    v = state.realm.intrinsics[proto].props.get(key, MISSING)
    if v is not MISSING:
        if type(v) is not Prop:
            return v
        if not v.flags & ACCESSOR:
            return v.value
    return get_v(o, key)


def get_named(o, key):
    """``o.name`` where ``name`` is an identifier (never an array index nor "length").

    Plain objects and dense arrays keep such properties in ``props``; what the
    name resolves to through the prototype chain is cached per prototype
    (pyjs.interp.proto_cache), and otherwise the chain is walked here directly
    until an object with other behaviour (a Proxy, a String object...) takes over.
    """
    if key == "length":
        return get_member(o, key)
    t = type(o)
    if t is JSObject or t is JSArray:
        return get_named_ordinary(o, key)
    return o.get(key, o)


def get_named_ordinary(o, key):
    """:func:`get_named` for a receiver whose named properties are ordinary (a class
    of NAMED_PROPS_CLASSES; a JSArray only for names other than "length").  A name
    is never an array index, so an Array's ``props`` answers for it in either mode
    (a sparse Array keeps its elements there too)."""
    v = o.props.get(key, MISSING)
    if v is MISSING:
        proto = o.proto
        entry = INHERITED.get(proto)
        if entry is not None:
            v = entry.get(key, MISSING)
        if v is MISSING:
            v = inherited_named(o, proto, key)
    if type(v) is Prop:
        if v.flags & ACCESSOR:
            return None if v.getter is None else v.getter.call(o, [])
        return v.value
    return v


def cached_value(found):
    """What the inherited-lookup cache holds for a property found on a prototype
    (its plain value or its Prop): a data property's value, but an accessor or a
    read-only data property holding undefined as its Prop.  So a cached None means
    that the name is absent or a writable data property holding undefined: either
    way, [[Set]] through that prototype adds an own data property to an extensible
    ordinary receiver (see :func:`set_adds_own`)."""
    if type(found) is Prop:
        if found.flags & ACCESSOR or found.value is None and not found.flags & WRITABLE:
            return found
        return found.value
    return found


def inherited_data(o, key):
    """The value of the data property ``key`` that [[Get]] on ``o`` finds, read without
    running anything; MISSING when it finds an accessor or nothing, or the chain
    reaches an object with other behaviour (a Proxy): a caller then takes the general
    path, which runs those once."""
    if o.exotic:
        return MISSING
    v = o.props.get(key, MISSING)
    if v is MISSING:
        proto = o.proto
        v = INHERITED.get(proto, NO_ENTRY).get(key, MISSING)
        if v is MISSING:
            v = _walk_data(proto, key)
    if type(v) is Prop:
        return MISSING if v.flags & ACCESSOR else v.value
    return MISSING if v is None else v


def _walk_data(proto, key):
    """inherited_data's walk from ``proto`` up: what the inherited-lookup cache would
    hold (remembered when every object on the way is watched), or MISSING past an
    object with other behaviour."""
    p = proto
    watched = True
    while p is not None:
        if p.exotic:
            return MISSING
        props = p.props
        watched = watched and isinstance(props, WatchedProps)
        v = props.get(key, MISSING)
        if v is not MISSING:
            v = cached_value(v)
            break
        p = p.proto
    else:
        v = None
    if watched:
        remember(proto, key, v)
    return v


def inherited_named(o, proto, key):
    """What ``key`` (a name, as for :func:`get_named_ordinary`) resolves to for ``o``
    from its prototype ``proto`` up: the stored value (a Prop if it is one) or None
    when absent, cached when every object on the way is watched; or, past an
    object with other behaviour, its [[Get]].  Array.prototype, a sparse Array,
    is walked like any other: its methods are cached."""
    p = proto
    watched = True
    while p is not None:
        if type(p) not in NAMED_PROPS_CLASSES:
            return p.get(key, o)
        props = p.props
        if watched and not isinstance(props, WatchedProps):
            watched = False
        v = props.get(key, MISSING)
        if v is not MISSING:
            if watched:
                remember(proto, key, cached_value(v))
            return v
        p = p.proto
    if watched and proto is not None:
        remember(proto, key, None)
    return None


def get_string_named(s, key):
    """``s.key`` for a String ``s`` and a name that is neither "length" nor an array
    index, so that no own property of the String answers it: GetV's [[Get]] on
    %String.prototype% with ``s`` as the receiver.  What the name resolves to there is
    remembered in the inherited-lookup cache under %String.prototype% (watched from
    its creation) when found in its own properties, where generated code reads it
    (ExpressionGenerator.method_is_script)."""
    proto = state.realm.string_prototype
    v = proto.props.get(key, MISSING)
    if v is MISSING:
        p = proto.proto
        return None if p is None else p.get(key, s)
    if type(proto.props) is WatchedProps:
        remember(proto, key, cached_value(v))
    if type(v) is Prop:
        if v.flags & ACCESSOR:
            return None if v.getter is None else v.getter.call(s, [])
        return v.value
    return v


def get_computed(o, k):
    """``o[k]``."""
    if type(k) is float:
        if type(o) is JSObject:     # an object used as a table with Number keys
            key = number_to_string(k)
            v = o.props.get(key, MISSING)
            if v is MISSING or type(v) is Prop:
                return o.get(key, o)
            return v
        if type(o) is JSArray:
            els = o.elements
            if els is not None:
                i = int(k) if k == k and k not in (float("inf"), float("-inf")) else -1
                if i == k and 0 <= i < len(els):
                    v = els[i]
                    if v is not HOLE:
                        return v
        elif type(o) is str:
            i = int(k) if k == k and abs(k) != float("inf") else -1
            if i == k and 0 <= i < len(o):
                return o[i]
        elif type(o) in NUMERIC_INDEXED:
            return o.get_float_index(k)
        key = number_to_string(k)
    elif type(k) is str or type(k) is JSSymbol:
        return get_member(o, k)
    else:
        if o is None or o is null:
            # a BigInt key (or an int tree's index, see ExpressionGenerator.int_tree_get) is
            # named as a Number key is; converting another key could run JS code
            reading = f" (reading '{k}')" if type(k) is int else ""
            raise type_error(f"Cannot read properties of {describe(o)}{reading}")
        key = to_property_key(k)
    if isinstance(o, JSObject):
        return o.get(key, o)
    return get_v(o, key)


def instance_of(v, target):
    """``v instanceof target`` (https://tc39.es/ecma262/#sec-instanceofoperator).  When
    GetMethod(target, @@hasInstance) finds, without running code, the running realm's
    %Function.prototype[@@hasInstance]% (a class or function that defines none), the
    call of that method is OrdinaryHasInstance(target, v), taken directly.  That
    method is found when the walk up from ``target`` reaches the realm's
    %Function.prototype% through ordinary objects without the key: the property
    there is neither writable nor configurable, so it always holds the intrinsic."""
    if isinstance(target, JSObject):
        function_prototype = state.realm.function_prototype
        o = target
        while o is not function_prototype:
            if o.exotic or SYM_HAS_INSTANCE in o.props:
                return ops.instance_of(v, target)
            o = o.proto
            if o is None:
                return ops.instance_of(v, target)
        return ordinary_has_instance(target, v)
    return ops.instance_of(v, target)


def set_member(o, key, value, strict):
    """PutValue of ``o.key``.  An ordinary object's own plain data property is
    written in place; a new property is added in place when the object is
    extensible and no object on its prototype chain (all ordinary, so their
    ``props`` are complete) has the key, so no inherited setter or read-only
    property has a say."""
    if type(o) is JSObject:
        props = o.props
        v = props.get(key, MISSING)
        if v is not MISSING:
            if type(v) is not Prop:
                props[key] = value
                return
        elif o.extensible and set_adds_own(o.proto, key):
            props[key] = value
            return
    set_v(o, key, value, strict)


def set_adds_own(proto, key, cache=True):
    """True when [[Set]] of ``key`` on an extensible ordinary object without an own
    ``key``, whose prototype is ``proto``, just adds an own data property: every
    object from ``proto`` up is non-exotic and none has ``key``, so no inherited
    setter or read-only property has a say.  The inherited-lookup cache answers when
    it knows (a cached None, see :func:`cached_value`); else the chain is walked and
    the answer remembered (unless ``cache`` is false: a Number key of an object used
    as a table, which would leave one entry per key) when every object on it is
    watched.  Generated stores (``this.x = v`` in a constructor) test the cache
    inline and come here on a miss."""
    entry = INHERITED.get(proto)
    if entry is not None:
        v = entry.get(key, MISSING)
        if v is not MISSING:
            return v is None
    p = proto
    watched = True
    while p is not None and not p.exotic and key not in p.props:
        if watched and not isinstance(p.props, WatchedProps):
            watched = False
        p = p.proto
    if p is not None:
        return False
    if watched and cache and proto is not None:
        remember(proto, key, None)
    return True


def set_computed(o, k, value, strict):
    if type(k) is float:
        if type(o) is JSArray:
            i = int(k) if k == k and abs(k) != float("inf") else -1
            if i == k and i >= 0:
                if o.set_index(i, value):
                    return
                if strict:
                    raise set_failure_error(o, str(i))
                return
        elif type(o) in NUMERIC_INDEXED:
            o.set_float_index(k, value)
            return
    if type(k) is str or type(k) is JSSymbol:
        set_member(o, k, value, strict)
        return
    set_v(o, to_property_key(k), value, strict)


def assign_computed(o, k, value, strict):
    """PutValue for ``o[k] = value`` once all three are evaluated: a Number key on an
    Array or typed array is used directly, any other key is converted only now, after
    the base is checked (https://tc39.es/ecma262/#sec-evaluate-property-access-with-expression-key)."""
    if type(k) is float:
        if type(o) is JSArray:
            set_computed(o, k, value, strict)
            return
        if type(o) in NUMERIC_INDEXED:
            o.set_float_index(k, value)
            return
        if type(o) is JSObject:     # an object used as a table with Number keys
            key = number_to_string(k)
            props = o.props
            v = props.get(key, MISSING)
            if v is MISSING and o.extensible and set_adds_own(o.proto, key, cache=False) \
                    or v is not MISSING and type(v) is not Prop:
                props[key] = value
                return
            set_v(o, key, value, strict)
            return
    if o is None or o is null:
        raise type_error(f"Cannot set properties of {describe(o)}")
    set_computed(o, property_key_for(o, k), value, strict)


def new_object(props):
    """An object literal whose properties are all plain data (``props`` in source order)."""
    o = JSObject(state.realm.object_prototype)
    o.props = props
    return o


def with_props(o, props):
    """The object literal ``o`` (new_object's, then extended by a spread) with the plain
    data properties ``props`` added in source order: a key it holds already keeps its
    place, as CreateDataPropertyOrThrow redefining it does."""
    o.props.update(props)
    return o


def property_key_for(o, k):
    """Evaluate a computed key in the order the spec requires (base checked first)."""
    if o is None or o is null:
        raise type_error(f"Cannot read properties of {describe(o)} (reading '{describe(k)}')")
    return k if (type(k) is str or type(k) is JSSymbol) else to_property_key(k)


def computed_key(o, k):
    """:func:`property_key_for`, except that a Number key on an Array or a NUMERIC_INDEXED
    object stays a Number: get_computed/set_computed take it directly (ToPropertyKey of a
    Number has no side effects, so converting later is unobservable)."""
    if type(k) is float and (type(o) is JSArray or type(o) in NUMERIC_INDEXED):
        return k
    return property_key_for(o, k)


def not_callable(value, text):
    return type_error(f"{text} is not a function")


def call_value(f, this, args, text):
    if isinstance(f, JSObject) and f.callable:
        return f.call(this, args)
    raise type_error(f"{text} is not a function")


def construct_value(f, args, text):
    if isinstance(f, JSObject) and f.is_constructor:
        return f.construct(args, f)
    raise type_error(f"{text} is not a constructor")


def spread_values(value):
    """A new list of the values ``...value`` spreads into an argument list or an array
    literal (generated code writes ``*spread_values(x)`` in a Python call or list)."""
    out = []
    spread_into(out, value)
    return out


def spread_into(out, value):
    """Append the elements of an iterable (``...value``) to ``out``."""
    if type(value) is JSArray and value.elements is not None and _array_iteration_pristine(value):
        if value.is_packed():
            out.extend(value.elements)
            return
        # a hole reads through the prototype chain, where a getter may even
        # change the array: step exactly as %ArrayIteratorPrototype%.next does
        k = 0
        while k < value.length:
            els = value.elements
            v = els[k] if els is not None and k < len(els) else HOLE
            out.append(value.get(str(k), value) if v is HOLE else v)
            k += 1
        return
    if type(value) in NUMERIC_INDEXED:
        items = value.iteration_values()
        if items is not None:
            out.extend(items)
            return
    rec = for_of_values(value)
    while True:
        v = rec.step()
        if v is MISSING:
            return
        out.append(v)


class ArrayValues:
    """What a for-of or an array pattern sees of an Array when array iteration is
    untouched (``Array.prototype[Symbol.iterator]`` and ``%ArrayIteratorPrototype%.next``
    are the originals): the steps of %ArrayIteratorPrototype%.next, without making
    the iterator and result objects, which nothing can observe.  ``step``/``close``/
    ``done`` as an IteratorRecord's."""

    __slots__ = ("array", "index", "done")

    def __init__(self, array):
        self.array = array
        self.index = 0
        self.done = False

    def step(self):
        """IteratorStepValue: the next element, or MISSING when done."""
        a = self.array
        i = self.index
        els = a.elements
        if els is not None and i < len(els):
            v = els[i]
            self.index = i + 1
            if v is not HOLE:
                return v
        elif i < a.length:
            self.index = i + 1
        else:
            self.done = True
            return MISSING
        self.done = True            # a read that throws ends the iteration
        v = get_computed(a, float(i))
        self.done = False
        return v

    def close(self, exc=None):
        close_unmade_iterator(ARRAY_VALUES, self.array, exc)


ARRAY_VALUES = "%Array.prototype.values%"


def close_unmade_iterator(method, iterated, exc=None):
    """IteratorClose for an iteration of ``iterated`` left early while its iteration
    is untouched (Realm.iteration_pristine), so that the iterator the intrinsic named
    ``method`` makes was never made: only a ``return`` method someone put on that
    iterator's prototype chain can observe it, so make a real iterator and close it
    when there may be one."""
    realm = state.realm
    iterator_proto = realm.iteration_parts[method][2]
    if INHERITED.get(iterator_proto, NO_ENTRY).get("return", MISSING) is None:
        return      # absent, or undefined: GetMethod finds no method either way
    p = iterator_proto
    watched = True
    while p is not None:
        if p.exotic or "return" in p.props:
            iterator_close(IteratorRecord(realm.intrinsics[method].call(iterated, []), None), exc)
            return
        watched = watched and isinstance(p.props, WatchedProps)
        p = p.proto
    if watched:
        remember(iterator_proto, "return", None)


class StringValues:
    """What a for-of or an array pattern sees of a String when String iteration is
    untouched (``String.prototype[Symbol.iterator]`` and ``%StringIteratorPrototype%.next``
    are the originals): its code points, as %StringIteratorPrototype%.next steps
    them, without making the iterator and result objects, which nothing can observe.
    ``step``/``close``/``done`` as an IteratorRecord's."""

    __slots__ = ("string", "index", "done")

    def __init__(self, string):
        self.string = string
        self.index = 0
        self.done = False

    def step(self):
        """IteratorStepValue: the next code point (a surrogate pair is one), or MISSING when done."""
        s = self.string
        i = self.index
        if i < len(s):
            c = s[i]
            j = i + 1
            if "\ud800" <= c <= "\udbff" and j < len(s) and "\udc00" <= s[j] <= "\udfff":
                self.index = j + 1
                return s[i:j + 1]
            self.index = j
            return c
        self.done = True
        return MISSING

    def close(self, exc=None):
        close_unmade_iterator(STRING_ITERATION[1], self.string, exc)


# the intrinsics whose places Realm.iteration_pristine checks for String iteration
STRING_ITERATION = ("%String.prototype%", "%String.prototype[@@iterator]%",
                    "%StringIteratorPrototype%", "%StringIteratorPrototype.next%")


# JSObject class -> function(obj, pairs) -> what for_of_values returns, or None when
# the object's iteration is not the untouched built-in one (registered by builtins).
FAST_ITERATION = {}


class BuiltinIteratorValues:
    """What a for-of or an array pattern sees of a built-in iterator object (a
    generator, a Map's or an Array's iterator) whose ``next`` and ``[Symbol.iterator]``
    are the built-in ones: ``step(iterator)`` runs the steps of that ``next`` without
    its result object.  ``step``/``close``/``done`` as an IteratorRecord's."""

    __slots__ = ("iterator", "step_value", "done")

    def __init__(self, iterator, step_value):
        self.iterator = iterator
        self.step_value = step_value
        self.done = False

    def step(self):
        self.done = True            # until a value comes out: a throw ends the iteration
        v = self.step_value(self.iterator)
        if v is not MISSING:
            self.done = False
        return v

    def close(self, exc=None):
        iterator_close(IteratorRecord(self.iterator, None), exc)


def register_iterator_class(cls, next_intrinsic, step_value, step_pair=None):
    """Let for_of_values step an iterator object of ``cls`` with ``step_value(it)``
    (a value, or MISSING when done) while the ``next`` it inherits is the intrinsic
    ``next_intrinsic`` and its ``[Symbol.iterator]`` is %IteratorPrototype%'s; with
    ``step_pair(it)`` instead for a loop whose pattern takes its values apart
    (for_of_values' ``pairs``): an entry it would make comes out as a tuple."""
    def values(it, pairs):
        # the usual iterator has no own property: its prototype's cache entry answers first
        entry = NO_ENTRY if it.props else INHERITED.get(it.proto, NO_ENTRY)
        intrinsics = state.realm.intrinsics
        if (entry.get(SYM_ITERATOR) or inherited_data(it, SYM_ITERATOR)) is \
                intrinsics["%IteratorPrototype[@@iterator]%"] and \
                (entry.get("next") or inherited_data(it, "next")) is intrinsics[next_intrinsic]:
            return BuiltinIteratorValues(it, step_pair if pairs and step_pair else step_value)
        return None
    FAST_ITERATION[cls] = values


def for_of_values(iterable, pairs=False):
    """GetIterator(iterable, sync) for a for-of loop or an array pattern, as an
    object with ``step()``, ``close(exc=None)`` and ``done`` (https://tc39.es/ecma262/#sec-runtime-semantics-forin-div-ofheadevaluation-tdznames-expr-iterationkind).
    ``pairs``: every value goes to pair_pattern_values, so a Map's or Set's entry may
    step out as a (key, value) tuple instead of the new Array holding them."""
    t = type(iterable)
    if t is JSArray:
        if _array_iteration_pristine(iterable):
            return ArrayValues(iterable)
    elif t is str:
        realm = state.realm
        if INHERITED.get(realm.string_prototype, NO_ENTRY).get(realm) is True or \
                realm.iteration_pristine(*STRING_ITERATION):
            return StringValues(iterable)
    else:
        fast = FAST_ITERATION.get(t)
        if fast is not None and (values := fast(iterable, pairs)) is not None:
            return values
    return get_iterator(iterable)


def array_pattern_values(value, n):
    """The ``n`` values an array pattern whose targets cannot run code (names stored
    directly) takes from ``value``: undefined past the end, and the iterator closed
    when the pattern leaves it unfinished (IteratorBindingInitialization)."""
    out = array_values_at_once(value, n)
    if out is not None:
        return out
    out = []
    with closed_unless_done(for_of_values(value)) as rec:
        for _ in range(n):
            v = None if rec.done else rec.step()
            out.append(None if v is MISSING else v)
    return out


def array_values_at_once(value, n):
    """The ``n`` values an array pattern takes from ``value`` when taking them is
    unobservable, so that they may be taken before its targets are evaluated and
    stored: a dense Array while array iteration is untouched, and, when the pattern
    leaves its iterator unfinished, no ``return`` method for IteratorClose to find
    (the inherited-lookup cache says none).  Else None: the caller steps the
    iterator between its targets (pattern_step)."""
    if type(value) is JSArray and (els := value.elements) is not None and \
            _array_iteration_pristine(value) and HOLE not in (out := els[:n]):
        if len(out) < n:
            out.extend([None] * (n - len(out)))     # a step found the end: nothing to close
            return out
        if INHERITED.get(state.realm.iteration_parts[ARRAY_VALUES][2], NO_ENTRY).get("return", MISSING) is None:
            return out
    return None


def pattern_step(rec):
    """IteratorStepValue of an array pattern's element: undefined once ``rec`` is done."""
    if rec.done:
        return None
    v = rec.step()
    return None if v is MISSING else v


def pair_pattern_values(value, n):
    """array_pattern_values for a value of a for_of_values(..., pairs=True) step: a
    (key, value) tuple is the entry Array that the Map or Set iterator would have made,
    which nothing else sees, so its two values are taken straight while array
    iteration is untouched and a pattern leaving the Array's iterator unfinished (one
    of fewer than three targets) would find no ``return`` method to call on it."""
    if type(value) is tuple:
        realm = state.realm
        if INHERITED.get(realm.array_prototype, NO_ENTRY).get(realm) is True and (n > 2 or INHERITED.get(
                realm.iteration_parts[ARRAY_VALUES][2], NO_ENTRY).get("return", MISSING) is None):
            return value if n == 2 else value[:n] + (None,) * (n - 2)
        value = realm.new_array(list(value))
    return array_pattern_values(value, n)


def pair_value(value):
    """The JS value of a for_of_values(..., pairs=True) step (see pair_pattern_values)."""
    return state.realm.new_array(list(value)) if type(value) is tuple else value


class closed_unless_done:
    """``with closed_unless_done(rec) as rec:`` an array pattern's steps: IteratorClose
    when they leave the iterator unfinished, at the end or on a JS throw (which
    close(exc) then rethrows); not when the iterator itself ended them."""

    __slots__ = ("rec",)

    def __init__(self, rec):
        self.rec = rec

    def __enter__(self):
        return self.rec

    def __exit__(self, kind, exc, tb):
        rec = self.rec
        if not rec.done:
            if exc is None:
                rec.close()
            elif isinstance(exc, JSError):
                rec.close(exc)
        return False


def not_destructurable(value):
    """RequireObjectCoercible for an object pattern's value (null or undefined)."""
    raise type_error(f"Cannot destructure '{describe(value)}' as it is {describe(value)}.")


def _array_iteration_pristine(arr):
    realm = state.realm
    if INHERITED.get(arr.proto, NO_ENTRY).get(realm) is True:
        return not arr.props        # what Realm.iteration_pristine remembered still holds
    return (arr.proto is realm.array_prototype and realm.array_iteration_pristine()
            and not arr.props)


# -- private names (§6.2.12) ------------------------------------------------------


class PrivateName:
    """A class's private name; a new one per class evaluation."""

    __slots__ = ("description", "kind")

    def __init__(self, description, kind="field"):
        self.description = description
        self.kind = kind

    def __repr__(self):
        return self.description


def private_get(o, pn):
    """https://tc39.es/ecma262/#sec-privateget"""
    if isinstance(o, JSObject):
        v = o.props.get(pn, MISSING)
        if v is not MISSING:
            if type(v) is Prop:
                if v.flags & ACCESSOR:
                    if v.getter is None:
                        raise type_error(f"'{pn.description}' was defined without a getter")
                    return v.getter.call(o, [])
                return v.value
            return v
    raise type_error(f"Cannot read private member {pn.description} from an object whose class did not declare it")


def private_set(o, pn, value):
    """https://tc39.es/ecma262/#sec-privateset"""
    if isinstance(o, JSObject):
        v = o.props.get(pn, MISSING)
        if v is not MISSING:
            if type(v) is Prop:
                if v.flags & ACCESSOR:
                    if v.setter is None:
                        raise type_error(f"'{pn.description}' was defined without a setter")
                    v.setter.call(o, [value])
                    return
                if not v.flags & WRITABLE:
                    raise type_error(f"Private method {pn.description} is not writable")
                v.value = value
                return
            o.props[pn] = value
            return
    raise type_error(f"Cannot write private member {pn.description} to an object whose class did not declare it")


def private_in(pn, o):
    if not isinstance(o, JSObject):
        raise type_error(f"Cannot use 'in' operator to search for '{pn.description}' in {describe(o)}")
    return pn in o.props


def private_add(o, pn, value):
    """PrivateFieldAdd / PrivateMethodOrAccessorAdd."""
    if pn in o.props:
        raise type_error(f"Cannot initialize {pn.description} twice on the same object")
    o.props[pn] = value


# -- super -------------------------------------------------------------------------


def super_base(func):
    home = func.home_object if func is not None else None
    if home is None:
        raise JSError.make("SyntaxError", "'super' keyword unexpected here")
    return home.get_prototype_of()


def super_get(func, this, key):
    return super_get_on(super_base(func), this, key)


def super_get_on(proto, this, key):
    """[[Get]] of a super property reference whose base (the home object's prototype,
    read when the reference was made) is ``proto``."""
    if proto is None:
        raise type_error(f"Cannot read properties of null (reading '{key_display(key)}')")
    return proto.get(key, this)


def super_set(func, this, key, value, strict):
    super_set_on(super_base(func), this, key, value, strict)


def super_set_on(proto, this, key, value, strict):
    """PutValue on a super property reference whose base is ``proto``."""
    if proto is None:
        raise type_error(f"Cannot set properties of null (setting '{key_display(key)}')")
    ok = proto.set(key, value, this)
    if not ok and strict:
        raise set_failure_error(this, key) if isinstance(this, JSObject) else \
            type_error(f"Cannot assign to read only property '{key_display(key)}' of object")
