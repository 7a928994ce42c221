"""%TypedArray%.prototype methods that write elements: copyWithin, fill, reverse, set,
sort and toSorted.

https://tc39.es/ecma262/#sec-properties-of-the-%typedarrayprototype%-object

Argument conversions can run user code that detaches or shrinks the
buffer, so each method re-validates after them exactly where the spec does
and then works on the bytes directly (slice assignment on the
``bytearray``).  The default sort orders numerically with NaN last and -0
before +0 (CompareTypedArrayElements); a comparator sort reuses the Array
sort's comparator driver.
"""
import math

from ..interp.arrays import JSArray
from ..interp.ops import (
    is_callable,
    length_of_array_like,
    to_integer_or_infinity,
    to_object,
)
from ..interp.values import range_error, type_error
from ._helpers import arg, method
from .array_ops import relative_end, relative_start, tick
from .array_sort import sort_values
from .typed_array_core import (
    TypedArrayObject,
    read_values,
    typed_array_create_same_type,
    typed_array_set_element,
    validate_typed_array,
    write_values,
)
from .typed_array_methods import copy_bytes


def install(realm, proto):
    for name, length, fn in (
            ("copyWithin", 2, copy_within), ("fill", 1, fill), ("reverse", 0, reverse),
            ("set", 1, set_), ("sort", 1, sort), ("toSorted", 1, to_sorted)):
        method(realm, proto, name, length)(fn)


def copy_within(this, args):
    """%TypedArray%.prototype.copyWithin (https://tc39.es/ecma262/#sec-%typedarray%.prototype.copywithin).

    When argument coercion shrank the buffer, the count is re-clamped to both
    ranges' room below the new length and the copy is a plain memmove: this is
    what test262 (copyWithin/coerced-target-start-end-shrink.js) requires; the
    spec text's byte loop against bufferByteLimit gives a different answer for
    an overlapping downward copy."""
    n = validate_typed_array(this, "copyWithin")
    target = relative_start(arg(args, 0), n)
    start = relative_start(arg(args, 1), n)
    end = relative_end(arg(args, 2), n)
    count = min(end - start, n - target)
    if count > 0:
        n = this.current_length()
        if n < 0:
            raise type_error("%TypedArray%.prototype.copyWithin: the TypedArray was detached")
        # the length may have shrunk: copy only what still fits below the new end
        count = min(count, n - start, n - target)
        if count > 0:
            size = this.element_size
            offset = this.byte_offset
            to = target * size + offset
            frm = start * size + offset
            count_bytes = count * size
            data = this.viewed_array_buffer.data
            data[to:to + count_bytes] = data[frm:frm + count_bytes]
    return this


def fill(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.fill"""
    n = validate_typed_array(this, "fill")
    value = this.to_numeric_value(arg(args, 0))
    start = relative_start(arg(args, 1), n)
    end = relative_end(arg(args, 2), n)
    n = this.current_length()
    if n < 0:
        raise type_error("%TypedArray%.prototype.fill: the TypedArray was detached")
    end = min(end, n)
    if start < end:
        size = this.element_size
        raw = this.element_type.encode(value)
        base = this.byte_offset
        this.viewed_array_buffer.data[base + start * size:base + end * size] = raw * (end - start)
    return this


def reverse(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.reverse"""
    n = validate_typed_array(this, "reverse")
    vals = read_values(this, 0, n)
    vals.reverse()
    this.element_type.write_list(this.viewed_array_buffer.data, this.byte_offset, vals)
    return this


# -- set ----------------------------------------------------------------------------------

def set_(this, args):
    """%TypedArray%.prototype.set (https://tc39.es/ecma262/#sec-%typedarray%.prototype.set)."""
    if not isinstance(this, TypedArrayObject):
        raise type_error("%TypedArray%.prototype.set called on a value that is not a TypedArray")
    source = arg(args, 0)
    target_offset = to_integer_or_infinity(arg(args, 1))
    if target_offset < 0:
        raise range_error("offset is out of bounds")
    if isinstance(source, TypedArrayObject):
        set_typed_array_from_typed_array(this, target_offset, source)
    else:
        set_typed_array_from_array_like(this, target_offset, source)


def set_typed_array_from_typed_array(target, target_offset, source):
    """https://tc39.es/ecma262/#sec-settypedarrayfromtypedarray"""
    target_length = target.current_length()
    if target_length < 0:
        raise type_error("%TypedArray%.prototype.set: the target TypedArray is detached or out of bounds")
    src_length = source.current_length()
    if src_length < 0:
        raise type_error("%TypedArray%.prototype.set: the source TypedArray is detached or out of bounds")
    if target_offset == math.inf or src_length + target_offset > target_length:
        raise range_error("offset is out of bounds")
    if target.content_bigint != source.content_bigint:
        raise type_error("Cannot mix BigInt and other types in %TypedArray%.prototype.set")
    src_data = source.viewed_array_buffer.data
    target_data = target.viewed_array_buffer.data
    src_index = source.byte_offset
    if src_data is target_data:
        # same buffer: CloneArrayBuffer first, so overlapping ranges read the original bytes
        src_data = bytes(src_data[src_index:src_index + src_length * source.element_size])
        src_index = 0
    target_index = target_offset * target.element_size + target.byte_offset
    if source.element_type is target.element_type:
        count = src_length * source.element_size
        copy_bytes(target_data, target_index, src_data, src_index, count)
    else:
        values = source.element_type.read_list(src_data, src_index, src_length)
        target.element_type.write_list(target_data, target_index, values)


def set_typed_array_from_array_like(target, target_offset, source):
    """https://tc39.es/ecma262/#sec-settypedarrayfromarraylike"""
    target_length = target.current_length()
    if target_length < 0:
        raise type_error("%TypedArray%.prototype.set: the target TypedArray is detached or out of bounds")
    src = to_object(source)
    src_length = length_of_array_like(src)
    if target_offset == math.inf or src_length + target_offset > target_length:
        raise range_error("offset is out of bounds")
    if type(src) is JSArray and src.is_packed() and len(src.elements) == src_length:
        t = int if target.content_bigint else float
        if all(type(v) is t for v in src.elements):
            write_values(target, target_offset, list(src.elements))   # no user code can run
            return
    get = src.get
    for k in range(src_length):
        tick()
        typed_array_set_element(target, target_offset + k, get(str(k), src))


# -- sort ---------------------------------------------------------------------------------

def _comparator_arg(args):
    comparator = arg(args, 0)
    if comparator is not None and not is_callable(comparator):
        raise type_error("The comparison function must be either a function or undefined")
    return comparator


def _number_sort_key(v):
    """CompareTypedArrayElements' order without a comparator: NaN last, -0 before +0."""
    if v != v:
        return (1, 0.0, 0.0)
    return (0, v, math.copysign(1.0, v))


def sort_typed_values(values, content_bigint, comparator):
    """SortIndexedProperties with CompareTypedArrayElements
    (https://tc39.es/ecma262/#sec-comparetypedarrayelements)."""
    if comparator is not None:
        return sort_values(values, comparator)
    if content_bigint:
        values.sort()
    else:
        values.sort(key=_number_sort_key)
    return values


def sort(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.sort"""
    comparator = _comparator_arg(args)
    n = validate_typed_array(this, "sort")
    values = sort_typed_values(read_values(this, 0, n), this.content_bigint, comparator)
    write_values(this, 0, values)       # ! Set: indices past a shrunk end are skipped
    return this


def to_sorted(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.tosorted"""
    comparator = _comparator_arg(args)
    n = validate_typed_array(this, "toSorted")
    a = typed_array_create_same_type(this, n)
    values = sort_typed_values(read_values(this, 0, n), this.content_bigint, comparator)
    write_values(a, 0, values)
    return a
