"""TypedArray element types and the numeric <-> raw byte conversions (ECMA-262 §25.1.3, Table 71).

https://tc39.es/ecma262/#table-the-typedarray-constructors

One :class:`ElementType` per row of Table 71 holds everything the rest of the
binary-data family needs to know about an element type: its size, whether it
holds BigInts, and the functions that read and write one element of a
``bytearray``.  Every TypedArray kind, DataView accessor and Atomics operation
goes through these objects, so the twelve kinds share one implementation.

Encoding is done with :mod:`struct` (IEEE binary16/32/64 via the ``e``/``f``/
``d`` formats, which round ties-to-even like NumericToRawBytes requires).
Integer types are written by reducing the value modulo 2^bits (ToInt8,
ToUint16, ... all reduce to "truncate, then modulo") and packing the result
unsigned; they are read back with the signed or unsigned format.  The
agent's [[LittleEndian]] is ``true``: TypedArrays always use little-endian
byte order whatever the host machine is, which keeps buffers portable.
"""
import math
import struct

INF = math.inf


# -- conversion operations (§7.1) ------------------------------------------------------

def _truncate_modulo(v, bits):
    """ℝ(truncate(v)) modulo 2^bits for a Number ``v`` (NaN and ±∞ give 0)."""
    if v != v or v == INF or v == -INF:
        return 0
    return int(v) & ((1 << bits) - 1)


def _signed(n, bits):
    return n - (1 << bits) if n >= 1 << (bits - 1) else n


def to_int8(v):
    """https://tc39.es/ecma262/#sec-toint8 (on a Number)."""
    return _signed(_truncate_modulo(v, 8), 8)


def to_uint8(v):
    """https://tc39.es/ecma262/#sec-touint8 (on a Number)."""
    return _truncate_modulo(v, 8)


def to_uint8_clamp(v):
    """https://tc39.es/ecma262/#sec-touint8clamp : clamp to 0..255, round half to even.

    Python's ``round`` on a float rounds half to even exactly as the spec's
    steps do (floor, then compare with f + 0.5)."""
    if not v > 0:           # NaN, -0, +0, negatives
        return 0
    if v >= 255:
        return 255
    return round(v)


def to_int16(v):
    """https://tc39.es/ecma262/#sec-toint16"""
    return _signed(_truncate_modulo(v, 16), 16)


def to_uint16(v):
    """https://tc39.es/ecma262/#sec-touint16"""
    return _truncate_modulo(v, 16)


def to_int32(v):
    """https://tc39.es/ecma262/#sec-toint32"""
    return _signed(_truncate_modulo(v, 32), 32)


def to_uint32(v):
    """https://tc39.es/ecma262/#sec-touint32"""
    return _truncate_modulo(v, 32)


def to_big_int64(n):
    """https://tc39.es/ecma262/#sec-tobigint64 (on a BigInt)."""
    return _signed(n & 0xFFFFFFFFFFFFFFFF, 64)


def to_big_uint64(n):
    """https://tc39.es/ecma262/#sec-tobiguint64 (on a BigInt)."""
    return n & 0xFFFFFFFFFFFFFFFF


# -- element types ------------------------------------------------------------------------

class ElementType:
    """A TypedArray element type: name (``"Int8"``), size, content type, conversions.

    ``get(data, offset)`` / ``set(data, offset, value)`` read and write one
    element in little-endian order; ``value`` must already be a Number (float)
    or, for the BigInt types, a BigInt (int): the callers perform ToNumber /
    ToBigInt first, as TypedArraySetElement does, because those conversions
    may run user code.
    """

    __slots__ = (
        "_raw_be",
        "_raw_le",
        "_val_be",
        "_val_le",
        "clamped",
        "conversion",
        "fmt",
        "get",
        "is_bigint",
        "is_float",
        "name",
        "set",
        "size",
        "unsigned",
    )

    def __init__(self, name, size, fmt, conversion, is_bigint=False, is_float=False,
                 clamped=False):
        self.name = name
        self.size = size
        self.fmt = fmt
        self.conversion = conversion
        self.is_bigint = is_bigint
        self.is_float = is_float
        self.clamped = clamped
        self.unsigned = fmt.isupper() and not is_float
        # integers are stored through their unsigned format (value reduced modulo 2^bits)
        raw = fmt if is_float else fmt.upper()
        self._raw_le = struct.Struct("<" + raw)
        self._raw_be = struct.Struct(">" + raw)
        self._val_le = struct.Struct("<" + fmt)
        self._val_be = struct.Struct(">" + fmt)
        self.get = self._make_getter()
        self.set = self._make_setter()

    def __repr__(self):
        return f"<ElementType {self.name}>"

    # -- raw <-> numeric --------------------------------------------------------------
    def encode(self, value, little=True):
        """NumericToRawBytes (https://tc39.es/ecma262/#sec-numerictorawbytes)."""
        st = self._raw_le if little else self._raw_be
        if self.is_float:
            try:
                return st.pack(value)
            except OverflowError:       # rounds to ±Infinity in the narrower format
                return st.pack(math.copysign(INF, value))
        if self.is_bigint:
            return st.pack(value & 0xFFFFFFFFFFFFFFFF)
        if self.clamped:
            return st.pack(to_uint8_clamp(value))
        return st.pack(_truncate_modulo(value, self.size * 8))

    def decode(self, raw, little=True):
        """RawBytesToNumeric (https://tc39.es/ecma262/#sec-rawbytestonumeric)."""
        v = (self._val_le if little else self._val_be).unpack(raw)[0]
        return v if self.is_bigint or self.is_float else float(v)

    def get_value(self, data, offset, little=True):
        """GetValueFromBuffer's read for any byte order (DataView)."""
        v = (self._val_le if little else self._val_be).unpack_from(data, offset)[0]
        return v if self.is_bigint or self.is_float else float(v)

    def set_value(self, data, offset, value, little=True):
        """SetValueInBuffer's write for any byte order (DataView)."""
        size = self.size
        data[offset:offset + size] = self.encode(value, little)

    # -- bulk conversions (no user code can run: values are already numeric) ------------
    def read_list(self, data, offset, count):
        """The ``count`` elements starting at byte ``offset``, as JS values."""
        if count <= 0:
            return []
        vals = struct.unpack_from(f"<{count}{self.fmt}", data, offset)
        if self.is_bigint or self.is_float:
            return list(vals)
        return [float(v) for v in vals]

    def write_list(self, data, offset, values):
        """Store numeric ``values`` (Numbers or BigInts per the type) from byte ``offset``."""
        n = len(values)
        if not n:
            return
        raw = self.fmt if self.is_float else self.fmt.upper()
        if self.is_float:
            try:
                packed = struct.pack(f"<{n}{raw}", *values)
            except OverflowError:
                packed = b"".join(self.encode(v) for v in values)
        elif self.is_bigint:
            packed = struct.pack(f"<{n}{raw}", *[v & 0xFFFFFFFFFFFFFFFF for v in values])
        elif self.clamped:
            packed = bytes(to_uint8_clamp(v) for v in values)
        else:
            bits = self.size * 8
            packed = struct.pack(f"<{n}{raw}", *[_truncate_modulo(v, bits) for v in values])
        data[offset:offset + len(packed)] = packed

    # -- the per-element hot path -----------------------------------------------------------
    def _make_getter(self):
        if self.fmt == "B":
            return lambda data, offset: float(data[offset])
        unpack = self._val_le.unpack_from
        if self.is_bigint or self.is_float:
            return lambda data, offset: unpack(data, offset)[0]
        return lambda data, offset: float(unpack(data, offset)[0])

    def _make_setter(self):
        if self.clamped:
            def set_clamped(data, offset, v):
                data[offset] = 0 if not v > 0 else 255 if v >= 255 else round(v)
            return set_clamped
        if self.fmt in ("B", "b"):
            def set_byte(data, offset, v):
                data[offset] = 0 if v != v or v in (INF, -INF) else int(v) & 0xFF
            return set_byte
        pack = self._raw_le.pack_into
        if self.is_float:
            def set_float(data, offset, v):
                try:
                    pack(data, offset, v)
                except OverflowError:
                    pack(data, offset, math.copysign(INF, v))
            return set_float
        if self.is_bigint:
            return lambda data, offset, v: pack(data, offset, v & 0xFFFFFFFFFFFFFFFF)
        mask = (1 << (self.size * 8)) - 1

        def set_int(data, offset, v):
            pack(data, offset, 0 if v != v or v in (INF, -INF) else int(v) & mask)
        return set_int


ELEMENT_TYPES = {et.name: et for et in (
    ElementType("Int8", 1, "b", to_int8),
    ElementType("Uint8", 1, "B", to_uint8),
    ElementType("Uint8Clamped", 1, "B", to_uint8_clamp, clamped=True),
    ElementType("Int16", 2, "h", to_int16),
    ElementType("Uint16", 2, "H", to_uint16),
    ElementType("Int32", 4, "i", to_int32),
    ElementType("Uint32", 4, "I", to_uint32),
    ElementType("BigInt64", 8, "q", to_big_int64, is_bigint=True),
    ElementType("BigUint64", 8, "Q", to_big_uint64, is_bigint=True),
    ElementType("Float16", 2, "e", None, is_float=True),
    ElementType("Float32", 4, "f", None, is_float=True),
    ElementType("Float64", 8, "d", None, is_float=True),
)}

# Table 71 order (the order the constructors are created in)
TYPED_ARRAY_KINDS = ("Int8", "Uint8", "Uint8Clamped", "Int16", "Uint16", "Int32", "Uint32",
                     "BigInt64", "BigUint64", "Float16", "Float32", "Float64")


def is_unclamped_integer_element_type(et):
    """https://tc39.es/ecma262/#sec-isunclampedintegerelementtype"""
    return not (et.is_float or et.is_bigint or et.clamped)
