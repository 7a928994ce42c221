"""%TypedArray%.prototype methods that read the array: accessors, searching, iteration with
callbacks, and the methods that build a new TypedArray (map, filter, slice, subarray,
toReversed, with).

https://tc39.es/ecma262/#sec-properties-of-the-%typedarrayprototype%-object

Each method follows its spec steps; where the steps only read elements
("! Get(O, Pk)", which runs no user code on a TypedArray) the elements are
decoded in bulk with ``read_values``.  A callback may detach or shrink the
buffer, so loops that call user code read each element through ``get_index``
(undefined once the index is no longer valid), exactly like the spec's Get.

The mutating methods (copyWithin, fill, reverse, set, sort, toSorted) are in
typed_array_mutators.py.
"""
from ..interp.numconv import number_to_string
from ..interp.ops import invoke, to_boolean, to_integer_or_infinity, to_string
from ..interp.values import null, range_error, type_error
from ._helpers import arg, getter, method
from .array_ops import relative_end, relative_start, require_callable, tick
from .iteration import create_array_iterator
from .typed_array_core import (
    TypedArrayObject,
    get_length,
    read_values,
    typed_array_byte_length,
    typed_array_create_same_type,
    typed_array_set_element,
    typed_array_species_create,
    validate_typed_array,
)


def _this_typed_array(this, what):
    """RequireInternalSlot(O, [[TypedArrayName]])."""
    if not isinstance(this, TypedArrayObject):
        raise type_error(f"%TypedArray%.prototype.{what} called on a value that is not a TypedArray")
    return this


def element_to_string(v):
    """! ToString of an element (a Number or a BigInt)."""
    return number_to_string(v) if type(v) is float else str(v)


def install(realm, proto):
    for name, length, fn in (
            ("at", 1, at), ("every", 1, every), ("filter", 1, filter_), ("find", 1, find),
            ("findIndex", 1, find_index), ("findLast", 1, find_last),
            ("findLastIndex", 1, find_last_index), ("forEach", 1, for_each),
            ("includes", 1, includes), ("indexOf", 1, index_of), ("join", 1, join),
            ("lastIndexOf", 1, last_index_of), ("map", 1, map_), ("reduce", 1, reduce_),
            ("reduceRight", 1, reduce_right), ("slice", 2, slice_), ("some", 1, some),
            ("subarray", 2, subarray), ("toLocaleString", 0, to_locale_string),
            ("toReversed", 0, to_reversed), ("with", 2, with_)):
        method(realm, proto, name, length)(fn)

    def iterator_method(kind, what):
        def m(this, args):
            """%TypedArray%.prototype.keys / values / entries
            (https://tc39.es/ecma262/#sec-%typedarray%.prototype.values)."""
            validate_typed_array(this, what)
            return create_array_iterator(realm, this, kind)
        return m
    method(realm, proto, "entries", 0)(iterator_method("key+value", "entries"))
    method(realm, proto, "keys", 0)(iterator_method("key", "keys"))
    method(realm, proto, "values", 0)(iterator_method("value", "values"))

    getter(realm, proto, "buffer")(get_buffer)
    getter(realm, proto, "byteLength")(get_byte_length)
    getter(realm, proto, "byteOffset")(get_byte_offset)
    getter(realm, proto, "length")(get_length)
    # generated code compares what "length" resolves to with this Prop (see
    # ExpressionGenerator.typed_length): a configurable property redefined gets a new
    # Prop, and a non-configurable accessor keeps its getter
    realm.typed_array_length = proto.props["length"]


# -- accessors -----------------------------------------------------------------------------

def get_buffer(this, args):
    """https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.buffer"""
    return _this_typed_array(this, "buffer").viewed_array_buffer


def get_byte_length(this, args):
    """https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.bytelength"""
    return float(typed_array_byte_length(_this_typed_array(this, "byteLength")))


def get_byte_offset(this, args):
    """https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.byteoffset"""
    o = _this_typed_array(this, "byteOffset")
    return 0.0 if o.current_length() < 0 else float(o.byte_offset)


def get_to_string_tag(this, args):
    """https://tc39.es/ecma262/#sec-get-%typedarray%.prototype-%symbol.tostringtag%"""
    return this.class_name if isinstance(this, TypedArrayObject) else None


# -- reading and searching -------------------------------------------------------------------

def at(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.at"""
    n = validate_typed_array(this, "at")
    rel = to_integer_or_infinity(arg(args, 0))
    k = rel if rel >= 0 else n + rel
    if k < 0 or k >= n:
        return None
    return this.get_index(int(k))


def _content_type(o):
    return int if o.content_bigint else float


def includes(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.includes"""
    n = validate_typed_array(this, "includes")
    if n == 0:
        return False
    k = _from_index(arg(args, 1), n)
    if k is None:
        return False
    search = arg(args, 0)
    cur = max(this.current_length(), 0)      # ToIntegerOrInfinity may have shrunk it
    if search is None:                       # elements past the end read as undefined
        return max(k, cur) < n
    if type(search) is not _content_type(this):
        return False
    vals = read_values(this, k, min(n, cur)) if k < cur else []
    if search != search:
        return any(v != v for v in vals)
    return search in vals


def _from_index(v, n):
    """The fromIndex steps of includes/indexOf: the start index, or None for +∞."""
    rel = to_integer_or_infinity(v)
    if rel == float("inf"):
        return None
    if rel < 0:
        return int(max(n + rel, 0)) if rel != float("-inf") else 0
    return rel


def index_of(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.indexof"""
    n = validate_typed_array(this, "indexOf")
    if n == 0:
        return -1.0
    k = _from_index(arg(args, 1), n)
    if k is None:
        return -1.0
    search = arg(args, 0)
    if type(search) is not _content_type(this) or search != search:
        return -1.0
    end = min(n, max(this.current_length(), 0))     # HasProperty is false past the end
    if k >= end:
        return -1.0
    vals = read_values(this, k, end)
    try:
        return float(k + vals.index(search))
    except ValueError:
        return -1.0


def last_index_of(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.lastindexof"""
    n = validate_typed_array(this, "lastIndexOf")
    if n == 0:
        return -1.0
    rel = to_integer_or_infinity(args[1]) if len(args) > 1 else n - 1
    if rel == float("-inf"):
        return -1.0
    k = int(min(rel, n - 1)) if rel >= 0 else n + rel
    search = arg(args, 0)
    if k < 0 or type(search) is not _content_type(this) or search != search:
        return -1.0
    end = min(k + 1, max(this.current_length(), 0))
    vals = read_values(this, 0, end) if end > 0 else []
    for i in range(len(vals) - 1, -1, -1):
        if vals[i] == search:
            return float(i)
    return -1.0


def join(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.join"""
    n = validate_typed_array(this, "join")
    sep = arg(args, 0)
    sep = "," if sep is None else to_string(sep)
    cur = min(n, max(this.current_length(), 0))      # elements past the end read as undefined
    parts = [element_to_string(v) for v in read_values(this, 0, cur)] if cur else []
    if n > cur:
        parts.extend([""] * (n - cur))
    return sep.join(parts)


def to_locale_string(this, args):
    """%TypedArray%.prototype.toLocaleString
    (https://tc39.es/ecma262/#sec-%typedarray%.prototype.tolocalestring): Array.prototype.toLocaleString
    with TypedArrayLength; each element's own toLocaleString is invoked."""
    n = validate_typed_array(this, "toLocaleString")
    parts = []
    for k in range(n):
        v = this.get_index(k)
        if v is None or v is null:
            parts.append("")
        else:
            parts.append(to_string(invoke(v, "toLocaleString", [])))
    return ",".join(parts)


# -- callbacks ----------------------------------------------------------------------------

def _callback_loop(this, args, what):
    """The common first steps of the callback methods: ValidateTypedArray, then
    IsCallable(callback); returns the length.  The loops read each element with
    get_index, since a callback may shrink or detach the buffer."""
    n = validate_typed_array(this, what)
    require_callable(arg(args, 0))
    return n


def every(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.every"""
    n = _callback_loop(this, args, "every")
    f, t = args[0], arg(args, 1)
    for k in range(n):
        if not to_boolean(f.call(t, [this.get_index(k), float(k), this])):
            return False
    return True


def some(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.some"""
    n = _callback_loop(this, args, "some")
    f, t = args[0], arg(args, 1)
    for k in range(n):
        if to_boolean(f.call(t, [this.get_index(k), float(k), this])):
            return True
    return False


def for_each(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.foreach"""
    n = _callback_loop(this, args, "forEach")
    f, t = args[0], arg(args, 1)
    for k in range(n):
        f.call(t, [this.get_index(k), float(k), this])


def find_via_predicate(o, n, ascending, predicate, this_arg):
    """FindViaPredicate (https://tc39.es/ecma262/#sec-findviapredicate): (index, value)."""
    require_callable(predicate)
    for k in (range(n) if ascending else range(n - 1, -1, -1)):
        v = o.get_index(k)
        if to_boolean(predicate.call(this_arg, [v, float(k), o])):
            return float(k), v
    return -1.0, None


def find(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.find"""
    n = validate_typed_array(this, "find")
    return find_via_predicate(this, n, True, arg(args, 0), arg(args, 1))[1]


def find_index(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.findindex"""
    n = validate_typed_array(this, "findIndex")
    return find_via_predicate(this, n, True, arg(args, 0), arg(args, 1))[0]


def find_last(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.findlast"""
    n = validate_typed_array(this, "findLast")
    return find_via_predicate(this, n, False, arg(args, 0), arg(args, 1))[1]


def find_last_index(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.findlastindex"""
    n = validate_typed_array(this, "findLastIndex")
    return find_via_predicate(this, n, False, arg(args, 0), arg(args, 1))[0]


def filter_(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.filter"""
    n = _callback_loop(this, args, "filter")
    f, t = args[0], arg(args, 1)
    kept = []
    for k in range(n):
        v = this.get_index(k)
        if to_boolean(f.call(t, [v, float(k), this])):
            kept.append(v)
    a = typed_array_species_create(this, [float(len(kept))])
    for i, v in enumerate(kept):
        typed_array_set_element(a, i, v)
    return a


def map_(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.map"""
    n = _callback_loop(this, args, "map")
    f, t = args[0], arg(args, 1)
    a = typed_array_species_create(this, [float(n)])
    for k in range(n):
        mapped = f.call(t, [this.get_index(k), float(k), this])
        typed_array_set_element(a, k, mapped)
    return a


def reduce_(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduce"""
    n = _callback_loop(this, args, "reduce")
    f = args[0]
    k = 0
    if len(args) > 1:
        acc = args[1]
    elif n == 0:
        raise type_error("Reduce of empty array with no initial value")
    else:
        acc = this.get_index(0)
        k = 1
    while k < n:
        acc = f.call(None, [acc, this.get_index(k), float(k), this])
        k += 1
    return acc


def reduce_right(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduceright"""
    n = _callback_loop(this, args, "reduceRight")
    f = args[0]
    k = n - 1
    if len(args) > 1:
        acc = args[1]
    elif n == 0:
        raise type_error("Reduce of empty array with no initial value")
    else:
        acc = this.get_index(k)
        k -= 1
    while k >= 0:
        acc = f.call(None, [acc, this.get_index(k), float(k), this])
        k -= 1
    return acc


# -- new arrays ---------------------------------------------------------------------------

def copy_bytes(dst, di, src, si, count):
    """CopyDataBlockBytes, byte by byte in ascending order as the spec's loops do.

    Slice assignment copies as if through a temporary; when source and target
    are the same block and the target starts inside the source range, the
    spec's ascending byte loop re-reads bytes it already wrote, so that case
    is replayed literally."""
    if count <= 0:
        return
    if dst is src and si < di < si + count:
        for j in range(count):
            dst[di + j] = src[si + j]
    else:
        dst[di:di + count] = src[si:si + count]


def slice_(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.slice"""
    n = validate_typed_array(this, "slice")
    start = relative_start(arg(args, 0), n)
    end = relative_end(arg(args, 1), n)
    count = max(end - start, 0)
    a = typed_array_species_create(this, [float(count)])
    if count > 0:
        cur = this.current_length()
        if cur < 0:
            raise type_error("%TypedArray%.prototype.slice: the TypedArray was detached")
        end = min(end, cur)
        count = max(end - start, 0)
        if a.element_type is this.element_type:
            size = this.element_size
            copy_bytes(a.viewed_array_buffer.data, a.byte_offset,
                       this.viewed_array_buffer.data, this.byte_offset + start * size, count * size)
        else:
            for i, k in enumerate(range(start, end)):
                typed_array_set_element(a, i, this.get_index(k))
    return a


def subarray(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.subarray"""
    o = _this_typed_array(this, "subarray")
    buffer = o.viewed_array_buffer
    src_length = max(o.current_length(), 0)
    start = relative_start(arg(args, 0), src_length)
    size = o.element_size
    begin_byte_offset = o.byte_offset + start * size
    end = arg(args, 1)
    if o.fixed_length is None and end is None:
        argument_list = [buffer, float(begin_byte_offset)]
    else:
        end_index = relative_end(end, src_length)
        new_length = max(end_index - start, 0)
        argument_list = [buffer, float(begin_byte_offset), float(new_length)]
    return typed_array_species_create(o, argument_list)


def to_reversed(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.toreversed"""
    n = validate_typed_array(this, "toReversed")
    a = typed_array_create_same_type(this, n)
    vals = read_values(this, 0, n)
    vals.reverse()
    a.element_type.write_list(a.viewed_array_buffer.data, a.byte_offset, vals)
    return a


def with_(this, args):
    """https://tc39.es/ecma262/#sec-%typedarray%.prototype.with"""
    n = validate_typed_array(this, "with")
    rel = to_integer_or_infinity(arg(args, 0))
    actual = rel if rel >= 0 else n + rel
    value = this.to_numeric_value(arg(args, 1))
    if actual == float("inf") or not this.is_valid_index(int(actual) if actual > -1 else -1):
        raise range_error("Invalid typed array index")
    actual = int(actual)
    a = typed_array_create_same_type(this, n)
    for k in range(n):
        tick()
        typed_array_set_element(a, k, value if k == actual else this.get_index(k))
    return a
