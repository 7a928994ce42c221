"""TypedArray instances: the exotic object and the abstract operations on it.

* TypedArray exotic objects (integer-indexed): https://tc39.es/ecma262/#sec-typedarray-exotic-objects
* abstract operations: https://tc39.es/ecma262/#sec-abstract-operations-for-typedarray-objects
* the _TypedArray_ constructors: https://tc39.es/ecma262/#sec-typedarray-constructors

:class:`TypedArrayObject` holds the internal slots: [[ViewedArrayBuffer]]
(``viewed_array_buffer``), [[ByteOffset]] (``byte_offset``) and
[[ArrayLength]] (``fixed_length``; ``None`` is ~auto~, a length-tracking view
of a resizable buffer).  [[ByteLength]] is always [[ArrayLength]] ×
element size, so it is not stored.  Each of the twelve kinds is a tiny
subclass made by :func:`typed_array_class` that only sets class attributes
(``class_name`` is the [[TypedArrayName]], ``element_type`` the Table 71
row), so all kinds share every line of code.

Buffer witness records (MakeTypedArrayWithBufferWitnessRecord) exist in the
spec so that a racing SharedArrayBuffer grow is read once; with one agent per
process the buffer length cannot change between two reads, so the
operations read the length directly.

Fast paths: ``get_index``/``set_index`` take an int index, and the
interpreter's computed member access calls ``get_float_index`` /
``set_float_index`` with a float key (see ``NUMERIC_INDEXED`` in
pyjs/interp/runtime.py), so ``ta[i]`` never builds the string key;
``ta.length`` skips the accessor call while the prototype chain is the
built-in one (``pristine_length``), and spreading a TypedArray whose
iteration is the built-in one decodes all elements at once
(``iteration_values``).  Methods decode and encode runs of elements with
one ``struct`` call (``read_values`` / ``write_values``) whenever no user
code can run in between.
"""
import math
import sys
from weakref import ref

from ..interp.agent import current_realm
from ..interp.arrays import JSArray
from ..interp.ops import (
    canonical_numeric_index_string,
    get_method,
    get_prototype_from_constructor,
    iterate_to_list,
    length_of_array_like,
    species_constructor,
    to_big_int,
    to_index,
    to_number,
)
from ..interp.proto_cache import INHERITED, NO_ENTRY, WatchedProps, remember
from ..interp.runtime import _array_iteration_pristine, cached_value
from ..interp.values import (
    ACCESSOR,
    DEFAULT_FLAGS,
    MISSING,
    SYM_ITERATOR,
    JSObject,
    JSSymbol,
    Prop,
    ordinary_set,
    range_error,
    type_error,
    validate_and_apply,
)
from .array_buffer import (
    ArrayBufferObject,
    ArrayBufferView,
    clone_array_buffer,
    new_array_buffer,
)
from .element_types import ELEMENT_TYPES

INF = math.inf
_NUMERIC_START = frozenset("0123456789-IN")


def numeric_index(key):
    """CanonicalNumericIndexString (https://tc39.es/ecma262/#sec-canonicalnumericindexstring)
    reduced to what the exotic internal methods need.

    None when ``key`` is not a canonical numeric string (an ordinary
    property key); otherwise an int: the integer index it names, or -1 for a
    numeric key that can never be a valid index (``"-0"``, ``"1.5"``,
    ``"-1"``, ``"NaN"``, ``"Infinity"``).  Only strings starting with a
    digit, ``-``, ``I`` or ``N`` can be canonical numeric strings, so other
    keys ("length", "constructor"...) cost one set lookup.
    """
    if type(key) is not str or not key or key[0] not in _NUMERIC_START:
        return None
    if key.isdigit() and len(key) < 16 and key.isascii():
        if key[0] == "0" and len(key) > 1:
            return None             # "01": ToString(ToNumber("01")) is "1"
        return int(key)
    n = canonical_numeric_index_string(key)
    if n is None:
        return None
    if n != n or n == INF or n == -INF or key == "-0":
        return -1
    i = int(n)
    return i if i == n and i >= 0 else -1


class TypedArrayObject(ArrayBufferView):
    """A TypedArray (https://tc39.es/ecma262/#sec-typedarray-exotic-objects).

    ``element_view`` is a ``memoryview`` of exactly the elements, cast to the
    element format, when :func:`attach_element_view` could make one, else None.
    Indexing it reads a Number's value (an int for the integer kinds) and
    ``element_view[i] = store_type(x)`` writes a Number ``x`` with
    ``store_min <= x <= store_max`` exactly as NumericToRawBytes would; the
    bounds exclude NaN and every value whose conversion needs more than a
    truncation (modulo, clamping, rounding to ±Infinity).
    """

    __slots__ = ("fixed_length", "element_view", "__weakref__")
    exotic = True
    class_name = "TypedArray"
    element_type = None         # set by each kind's subclass
    element_size = 0
    content_bigint = False      # [[ContentType]] is ~bigint~
    _read = None                # element_type.get / .set, as staticmethods
    _write = None
    view_format = None          # the memoryview format of element_view; None: never one
    store_min = INF             # the Numbers element_view takes directly (none by default)
    store_max = -INF
    store_type = float

    def __init__(self, proto):
        super().__init__(proto)
        self.viewed_array_buffer = None
        self.byte_offset = 0
        self.fixed_length = 0
        self.element_view = None

    # -- length and validity ------------------------------------------------------------
    def current_length(self):
        """TypedArrayLength, or -1 when IsTypedArrayOutOfBounds (detached included)."""
        data = self.viewed_array_buffer.data
        if data is None:
            return -1
        n = len(data)
        off = self.byte_offset
        fl = self.fixed_length
        if fl is not None:
            return fl if off + fl * self.element_size <= n else -1
        if off > n:
            return -1
        return (n - off) // self.element_size

    def element_view_of(self):
        """A memoryview of exactly the elements as the buffer now holds them, or None
        when out of bounds (see :func:`attach_element_view`)."""
        n = self.current_length()
        if n < 0:
            return None
        start = self.byte_offset
        return memoryview(self.viewed_array_buffer.data)[start:start + n * self.element_size].cast(self.view_format)

    def typed_array_length(self):
        """The length %ArrayIteratorPrototype%.next reads: TypeError when out of bounds
        (https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next step b)."""
        n = self.current_length()
        if n < 0:
            raise type_error("Cannot perform %ArrayIteratorPrototype%.next on a detached or out-of-bounds TypedArray")
        return n

    @property
    def array_length(self):
        """The current length, 0 when out of bounds (for host inspection)."""
        return max(self.current_length(), 0)

    def is_valid_index(self, i):
        """IsValidIntegerIndex (https://tc39.es/ecma262/#sec-isvalidintegerindex) for an int."""
        return 0 <= i < self.current_length()

    # -- element access ----------------------------------------------------------------
    def get_index(self, i):
        """TypedArrayGetElement (https://tc39.es/ecma262/#sec-typedarraygetelement):
        the element, or None (undefined) when ``i`` is not a valid integer index."""
        m = self.element_view
        if m is not None:
            return float(m[i]) if 0 <= i < len(m) else None
        data = self.viewed_array_buffer.data
        if data is None or i < 0:
            return None
        size = self.element_size
        off = self.byte_offset
        fl = self.fixed_length
        if fl is not None:
            if i >= fl or off + fl * size > len(data):
                return None
        elif off + (i + 1) * size > len(data):
            return None
        return self._read(data, off + i * size)

    def set_index(self, i, num):
        """The write of TypedArraySetElement: ``num`` is already a Number/BigInt;
        an invalid index writes nothing."""
        m = self.element_view
        if m is not None:
            if 0 <= i < len(m):
                if self.store_min <= num <= self.store_max:
                    m[i] = self.store_type(num)
                else:
                    self._write(self.viewed_array_buffer.data, self.byte_offset + i * self.element_size, num)
            return
        data = self.viewed_array_buffer.data
        if data is None or i < 0:
            return
        size = self.element_size
        off = self.byte_offset
        fl = self.fixed_length
        if fl is not None:
            if i >= fl or off + fl * size > len(data):
                return
        elif off + (i + 1) * size > len(data):
            return
        self._write(data, off + i * size, num)

    def to_numeric_value(self, value):
        """ToBigInt or ToNumber per [[ContentType]] (may run user code)."""
        if self.content_bigint:
            return value if type(value) is int else to_big_int(value)
        return value if type(value) is float else to_number(value)

    def get_float_index(self, k):
        """``ta[k]`` for a Number ``k``: ToString(k) is always canonical numeric.
        An index inside a fixed-length array that fits its buffer (the common case)
        is read here at once."""
        m = self.element_view
        if m is not None:
            if 0.0 <= k < len(m):
                i = int(k)
                if i == k:
                    return float(m[i])
            return None
        fl = self.fixed_length
        if fl is not None and 0.0 <= k < fl:
            i = int(k)
            data = self.viewed_array_buffer.data
            if i == k and data is not None and self.byte_offset + fl * self.element_size <= len(data):
                return self._read(data, self.byte_offset + i * self.element_size)
        try:
            i = int(k)
        except (ValueError, OverflowError):     # NaN, ±Infinity
            return None
        return self.get_index(i) if i == k else None

    def set_float_index(self, k, value):
        """``ta[k] = value`` for a Number ``k`` (receiver is the TypedArray itself);
        a Number into an array in bounds is written here."""
        num = value if type(value) is float and not self.content_bigint else self.to_numeric_value(value)
        m = self.element_view
        if m is not None:
            if 0.0 <= k < len(m):
                i = int(k)
                if i == k:
                    if self.store_min <= num <= self.store_max:
                        m[i] = self.store_type(num)
                    else:
                        self.set_index(i, num)
            return
        fl = self.fixed_length
        if fl is not None and 0.0 <= k < fl:
            i = int(k)
            data = self.viewed_array_buffer.data
            if i == k and data is not None and self.byte_offset + fl * self.element_size <= len(data):
                self._write(data, self.byte_offset + i * self.element_size, num)
            return
        try:
            i = int(k)
        except (ValueError, OverflowError):
            return
        if i == k:
            self.set_index(i, num)

    def iteration_values(self):
        """The elements ``for-of``/spread would produce, when the iteration is the built-in
        %TypedArray%.prototype.values with the original %ArrayIteratorPrototype%.next and
        the array is in bounds (then no user code can run while iterating); else None.
        The prototype chain is inspected without [[Get]], so no getter runs."""
        realm = current_realm()
        o = self
        while True:
            v = o.props.get(SYM_ITERATOR, MISSING)
            if v is not MISSING:
                break
            o = o.proto
            if type(o) is not JSObject:         # the end, or an exotic object (a Proxy)
                return None
        if (type(v) is not Prop or v.flags & ACCESSOR
                or v.value is not realm.intrinsics.get("%TypedArray.prototype.values%")):
            return None
        nxt = realm.intrinsics["%ArrayIteratorPrototype%"].props.get("next")
        if (nxt.value if type(nxt) is Prop else nxt) is not realm.intrinsics.get(
                "%ArrayIteratorPrototype.next%"):
            return None
        n = self.current_length()
        return read_values(self, 0, n) if n >= 0 else None

    # -- internal methods (§10.4.5.1 - §10.4.5.7) ------------------------------------------
    def get_own_property(self, key):
        i = numeric_index(key)
        if i is None:
            v = self.props.get(key, MISSING)
            if v is MISSING:
                return None
            return v if type(v) is Prop else Prop(v, DEFAULT_FLAGS)
        v = self.get_index(i)
        return None if v is None else Prop(v, DEFAULT_FLAGS)

    def has_property(self, key):
        i = numeric_index(key)
        if i is not None:
            return self.is_valid_index(i)
        if key in self.props:
            return True
        p = self.proto
        return p is not None and p.has_property(key)

    def define_own_property(self, key, desc):
        i = numeric_index(key)
        if i is None:
            return validate_and_apply(self, key, self.extensible, desc,
                                      JSObject.get_own_property(self, key))
        if not self.is_valid_index(i):
            return False
        if (desc.configurable is False or desc.enumerable is False or desc.is_accessor()
                or desc.writable is False):
            return False
        if desc.value is not MISSING:
            typed_array_set_element(self, i, desc.value)
        return True

    def get(self, key, receiver):
        if key == "length" and receiver is self:
            n = self.pristine_length()
            if n is not None:
                return n
        i = numeric_index(key)
        if i is not None:
            return self.get_index(i)
        v = self.props.get(key, MISSING)
        if v is not MISSING:
            if type(v) is Prop:
                if v.flags & ACCESSOR:
                    return None if v.getter is None else v.getter.call(receiver, [])
                return v.value
            return v
        p = self.proto
        return None if p is None else p.get(key, receiver)

    def pristine_length(self):
        """``o.length`` without the accessor call when the lookup reaches the original
        %TypedArray%.prototype getter (the common case): the getter's result, computed
        directly; else None.  What "length" resolves to from the prototype is read
        from the inherited-lookup cache (pyjs.interp.proto_cache) when it is there."""
        if "length" in self.props:
            return None
        d = INHERITED.get(self.proto, NO_ENTRY).get("length", MISSING)
        if d is MISSING:
            d = _inherited_length(self.proto)
        if type(d) is not Prop or getattr(d.getter, "fn", None) is not get_length:
            return None
        m = self.element_view
        return float(len(m) if m is not None else max(self.current_length(), 0))

    def set(self, key, value, receiver):
        i = numeric_index(key)
        if i is not None:
            if receiver is self:
                typed_array_set_element(self, i, value)
                return True
            if not self.is_valid_index(i):
                return True
        return ordinary_set(self, key, value, receiver)

    def delete(self, key):
        i = numeric_index(key)
        if i is not None:
            return not self.is_valid_index(i)
        return JSObject.delete(self, key)

    def own_property_keys(self):
        n = self.current_length()
        keys = [str(i) for i in range(n)] if n > 0 else []
        syms = []
        for k in self.props:
            if type(k) is str:
                keys.append(k)
            elif type(k) is JSSymbol:
                syms.append(k)
        return keys + syms

    def prevent_extensions(self):
        """[[PreventExtensions]]: refused while the element count can change."""
        if not is_typed_array_fixed_length(self):
            return False
        self.extensible = False
        return True



def _inherited_length(proto):
    """What "length" resolves to from ``proto`` up, as the inherited-lookup cache holds
    it (an accessor as its Prop), remembered there when every object on the way is
    watched; MISSING when the walk meets an object that is not ordinary (its [[Get]]
    could run code) -- :meth:`TypedArrayObject.pristine_length` then gives up."""
    p = proto
    watched = True
    while p is not None:
        if type(p) is not JSObject:
            return MISSING
        props = p.props
        if watched and not isinstance(props, WatchedProps):
            watched = False
        v = props.get("length", MISSING)
        if v is not MISSING:
            if watched:
                remember(proto, "length", cached_value(v))
            return v
        p = p.proto
    if watched and proto is not None:
        remember(proto, "length", None)
    return None


def typed_array_class(name):
    """The instance class of the ``name``Array kind (``name`` is a Table 71 element type)."""
    et = ELEMENT_TYPES[name]
    attrs = {"__slots__": (), "class_name": name + "Array", "element_type": et,
             "element_size": et.size, "content_bigint": et.is_bigint,
             "_read": staticmethod(et.get), "_write": staticmethod(et.set)}
    attrs.update(_element_view_format(et))
    return type(name + "ArrayObject", (TypedArrayObject,), attrs)


# The largest finite Float32: NumericToRawBytes rounds it to itself; larger Numbers
# may round to Infinity, which struct and memoryview refuse to do.
_FLOAT32_MAX = 3.4028234663852886e38


def _element_view_format(et):
    """The class attributes that let a kind's elements be read and written through a
    ``memoryview``: BigInts and Float16 have no native memoryview format, and
    memoryviews use the host's byte order while TypedArrays are little-endian.
    Clamped bytes are read through it but never written (they round, not truncate)."""
    if sys.byteorder != "little" or et.is_bigint or et.fmt == "e":
        return {}
    attrs = {"view_format": et.fmt}
    if et.clamped:
        return attrs
    if et.is_float:
        bound = INF if et.size == 8 else _FLOAT32_MAX
        attrs.update(store_min=-bound, store_max=bound, store_type=float)
    else:
        bits = et.size * 8
        low = -(1 << (bits - 1)) if not et.unsigned else 0
        attrs.update(store_min=float(low), store_max=float(low + (1 << bits) - 1), store_type=int)
    return attrs


def attach_element_view(o):
    """Give a TypedArray just set up its ``element_view`` (see TypedArrayObject) when
    its kind has a memoryview format, and register it with its buffer: a detach takes
    the views of a buffer away (:func:`pyjs.builtins.array_buffer.detach_array_buffer`)
    and a resize makes them anew for the new length (``resize_block`` there: a
    ``bytearray`` with a live memoryview cannot be resized).  The buffer holds them
    weakly in ``element_views``.  A growable SharedArrayBuffer's views get none: they
    are never registered, and another agent may grow it."""
    buf = o.viewed_array_buffer
    if o.view_format is None or buf.data is None or buf.shared and buf.max_byte_length is not None:
        return
    o.element_view = o.element_view_of()
    if buf.shared:                  # never detached, never resized
        return
    views = buf.element_views
    if views is None:
        buf.element_views = [ref(o)]
        return
    n = len(views)
    if n >= 16 and not n & (n - 1):     # at each power of two: forget the views gone
        views[:] = [r for r in views if r() is not None]
    views.append(ref(o))


def get_length(this, args):
    """get %TypedArray%.prototype.length (https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.length)."""
    if not isinstance(this, TypedArrayObject):
        raise type_error("%TypedArray%.prototype.length called on a value that is not a TypedArray")
    return float(max(this.current_length(), 0))


# -- abstract operations ------------------------------------------------------------------

def is_typed_array_out_of_bounds(o):
    """https://tc39.es/ecma262/#sec-istypedarrayoutofbounds"""
    return o.current_length() < 0


def is_typed_array_fixed_length(o):
    """https://tc39.es/ecma262/#sec-istypedarrayfixedlength"""
    if o.fixed_length is None:
        return False
    buf = o.viewed_array_buffer
    return buf.max_byte_length is None or buf.shared


def typed_array_byte_length(o):
    """https://tc39.es/ecma262/#sec-typedarraybytelength (0 when out of bounds)."""
    n = o.current_length()
    return n * o.element_size if n > 0 else 0


def typed_array_set_element(o, index, value):
    """TypedArraySetElement (https://tc39.es/ecma262/#sec-typedarraysetelement): convert
    first (user code may detach or shrink the buffer), then write if still valid.
    ``index`` -1 stands for a numeric key that is never a valid index."""
    num = o.to_numeric_value(value)
    if index >= 0:
        o.set_index(index, num)


def validate_typed_array(o, what="method"):
    """ValidateTypedArray (https://tc39.es/ecma262/#sec-validatetypedarray): returns the length."""
    if not isinstance(o, TypedArrayObject):
        raise type_error(f"%TypedArray%.prototype.{what} called on a value that is not a TypedArray")
    n = o.current_length()
    if n < 0:
        raise type_error(f"%TypedArray%.prototype.{what} called on a detached or out-of-bounds TypedArray")
    return n


def intrinsic_constructor_of(o):
    """The running realm's constructor for ``o``'s [[TypedArrayName]] (Table 71)."""
    return current_realm().intrinsics[f"%{o.class_name}%"]


def typed_array_create_from_constructor(constructor, args):
    """TypedArrayCreateFromConstructor (https://tc39.es/ecma262/#sec-typedarraycreatefromconstructor)."""
    new = constructor.construct(args, constructor)
    n = validate_typed_array(new, "constructor")
    if len(args) == 1 and type(args[0]) is float and n < args[0]:
        raise type_error("The TypedArray constructor returned a too short TypedArray")
    return new


def typed_array_species_create(exemplar, args):
    """TypedArraySpeciesCreate (https://tc39.es/ecma262/#typedarray-species-create)."""
    default = intrinsic_constructor_of(exemplar)
    c = species_constructor(exemplar, default)
    result = typed_array_create_from_constructor(c, args)
    if result.content_bigint != exemplar.content_bigint:
        raise type_error("TypedArray species constructor returned an array with a different content type")
    return result


def typed_array_create_same_type(exemplar, length):
    """TypedArrayCreateSameType (https://tc39.es/ecma262/#sec-typedarray-create-same-type)."""
    return typed_array_create_from_constructor(intrinsic_constructor_of(exemplar), [float(length)])


# -- the _TypedArray_ constructors (§23.2.5) -----------------------------------------------------

def typed_array_construct(cls, args, new_target):
    """_TypedArray_ ( ...args ) (https://tc39.es/ecma262/#sec-typedarray)."""
    proto_name = f"%{cls.class_name}.prototype%"
    if not args:
        return allocate_typed_array(cls, new_target, proto_name, 0)
    first = args[0]
    if not isinstance(first, JSObject):
        element_length = to_index(first)
        return allocate_typed_array(cls, new_target, proto_name, element_length)
    o = allocate_typed_array(cls, new_target, proto_name)
    if isinstance(first, TypedArrayObject):
        initialize_typed_array_from_typed_array(o, first)
    elif isinstance(first, ArrayBufferObject):
        initialize_typed_array_from_array_buffer(
            o, first, args[1] if len(args) > 1 else None, args[2] if len(args) > 2 else None)
    else:
        using_iterator = get_method(first, SYM_ITERATOR)
        if using_iterator is not None:
            if (type(first) is JSArray and first.is_packed()
                    and using_iterator is current_realm().intrinsics["%Array.prototype.values%"]
                    and _array_iteration_pristine(first)):
                values = list(first.elements)       # what IteratorToList would read
            else:
                values = iterate_to_list(first, using_iterator)
            initialize_typed_array_from_list(o, values)
        else:
            initialize_typed_array_from_array_like(o, first)
    return o


def allocate_typed_array(cls, new_target, default_proto, length=None):
    """AllocateTypedArray (https://tc39.es/ecma262/#sec-allocatetypedarray)."""
    proto = get_prototype_from_constructor(new_target, default_proto)
    obj = cls(proto)
    if length is None:
        obj.viewed_array_buffer = None
        obj.fixed_length = 0
    else:
        allocate_typed_array_buffer(obj, length)
    return obj


def allocate_typed_array_buffer(o, length):
    """AllocateTypedArrayBuffer (https://tc39.es/ecma262/#sec-allocatetypedarraybuffer)."""
    o.viewed_array_buffer = new_array_buffer(o.element_size * length)
    o.byte_offset = 0
    o.fixed_length = length
    attach_element_view(o)


def initialize_typed_array_from_typed_array(o, src):
    """https://tc39.es/ecma262/#sec-initializetypedarrayfromtypedarray"""
    src_data = src.viewed_array_buffer
    et = o.element_type
    src_type = src.element_type
    src_off = src.byte_offset
    n = src.current_length()
    if n < 0:
        raise type_error("Cannot construct a TypedArray from a detached or out-of-bounds TypedArray")
    byte_length = et.size * n
    if et is src_type:
        data = clone_array_buffer(src_data, src_off, byte_length)
    else:
        data = new_array_buffer(byte_length)
        if src.content_bigint != o.content_bigint:
            raise type_error("Cannot mix BigInt and other types in a TypedArray conversion")
        et.write_list(data.data, 0, src_type.read_list(src_data.data, src_off, n))
    o.viewed_array_buffer = data
    o.byte_offset = 0
    o.fixed_length = n
    attach_element_view(o)


def initialize_typed_array_from_array_buffer(o, buffer, byte_offset, length):
    """https://tc39.es/ecma262/#sec-initializetypedarrayfromarraybuffer"""
    size = o.element_size
    offset = to_index(byte_offset)
    if offset % size:
        raise range_error(f"start offset of {o.class_name} should be a multiple of {size}")
    fixed = buffer.max_byte_length is None
    new_length = None if length is None else to_index(length)
    if buffer.data is None:
        raise type_error("Cannot construct a TypedArray on a detached ArrayBuffer")
    buffer_byte_length = len(buffer.data)
    if length is None and not fixed:
        if offset > buffer_byte_length:
            raise range_error(f"Start offset {offset} is outside the bounds of the buffer")
        o.fixed_length = None
    else:
        if length is None:
            if buffer_byte_length % size:
                raise range_error(f"byte length of {o.class_name} should be a multiple of {size}")
            new_byte_length = buffer_byte_length - offset
            if new_byte_length < 0:
                raise range_error(f"Start offset {offset} is outside the bounds of the buffer")
        else:
            new_byte_length = new_length * size
            if offset + new_byte_length > buffer_byte_length:
                raise range_error(f"Invalid typed array length: {new_length}")
        o.fixed_length = new_byte_length // size
    o.viewed_array_buffer = buffer
    o.byte_offset = offset
    attach_element_view(o)


def initialize_typed_array_from_list(o, values):
    """https://tc39.es/ecma262/#sec-initializetypedarrayfromlist"""
    allocate_typed_array_buffer(o, len(values))
    write_values(o, 0, values)


def initialize_typed_array_from_array_like(o, array_like):
    """https://tc39.es/ecma262/#sec-initializetypedarrayfromarraylike"""
    n = length_of_array_like(array_like)
    allocate_typed_array_buffer(o, n)
    get = array_like.get
    for k in range(n):
        typed_array_set_element(o, k, get(str(k), array_like))


def write_values(o, start, values):
    """Set(O, start + k, values[k], true) for each k, in order.

    When every value already has the array's content type no conversion can
    run user code, so they are encoded in one go (elements past the current
    end are dropped, as TypedArraySetElement would)."""
    t = int if o.content_bigint else float
    if all(type(v) is t for v in values):
        n = o.current_length()
        if n > start:
            values = values[:n - start]
            o.element_type.write_list(o.viewed_array_buffer.data,
                                      o.byte_offset + start * o.element_size, values)
        return
    for k, v in enumerate(values, start):
        typed_array_set_element(o, k, v)


def read_values(o, start, end):
    """The elements start..end-1 (all valid indices) as a list of JS values."""
    return o.element_type.read_list(o.viewed_array_buffer.data,
                                    o.byte_offset + start * o.element_size, end - start)
