"""Array.prototype methods that change the array, and their copying twins:
push, pop, shift, unshift, splice, toSpliced, reverse, toReversed, copyWithin,
fill (https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object).

Each has a fast path for a dense JSArray where the spec's [[Get]]/[[Set]]/
[[Delete]] sequence provably runs no JS code and cannot fail (no holes, so
every read is an own data property; writable length; new indices with no
inherited element that a [[Set]] would consult) and then edits the Python
list directly; otherwise it follows the spec steps on the internal methods.
"""
from ..interp.arrays import JSArray, HOLE, protos_index_free
from ..interp.ops import to_object, to_integer_or_infinity
from ..interp.values import MISSING, type_error, range_error
from ._helpers import arg, method
from .array_ops import (length_of_array_like, get_index, has_index, present_value, present_elements, set_or_throw,
                        set_length, delete_or_throw, relative_start, relative_end, array_species_create,
                        ResultArray, new_array, is_packed, can_grow_in_place, tick,
                        MAX_SAFE_INTEGER, MAX_ARRAY_LENGTH)


def install(realm, proto):
    for name, length, fn in (
            ("push", 1, push), ("pop", 0, pop), ("shift", 0, shift), ("unshift", 1, unshift),
            ("splice", 2, splice), ("toSpliced", 2, to_spliced), ("reverse", 0, reverse),
            ("toReversed", 0, to_reversed), ("copyWithin", 2, copy_within), ("fill", 1, fill)):
        method(realm, proto, name, length, positional=fn in _POSITIONAL)(fn)
    # the property generated code checks before appending in place (ExpressionGenerator.push_statement);
    # from now on a store or delete of "push" clears push_in_place (arrays.PrototypeProps)
    realm.array_push = proto.props["push"]
    proto.props.push_in_place = proto.props.index_free


def push(this, args):
    """Array.prototype.push (https://tc39.es/ecma262/#sec-array.prototype.push)."""
    if type(this) is JSArray:
        els = this.elements
        # can_grow_in_place, with its O(1) common case spelled out: push is hot
        if els is not None and this.extensible and this.length_writable and (
                protos_index_free(this.proto) or can_grow_in_place(this, len(els), len(els) + len(args))):
            els += args
            n = this.length = len(els)
            return float(n)
    o = to_object(this)
    n = length_of_array_like(o)
    if n + len(args) > MAX_SAFE_INTEGER:
        raise type_error("Pushing elements past 2^53-1 length")
    for v in args:
        set_or_throw(o, str(n), v)
        n += 1
    set_length(o, n)
    return float(n)


def pop(this, *_):
    """Array.prototype.pop (https://tc39.es/ecma262/#sec-array.prototype.pop)."""
    if type(this) is JSArray and this.length_writable:
        els = this.elements
        if els and els[-1] is not HOLE:
            v = els.pop()
            this.length -= 1
            return v
    o = to_object(this)
    n = length_of_array_like(o)
    if n == 0:
        set_length(o, 0)
        return None
    key = str(n - 1)
    v = o.get(key, o)
    delete_or_throw(o, key)
    set_length(o, n - 1)
    return v


def shift(this, *_):
    """Array.prototype.shift (https://tc39.es/ecma262/#sec-array.prototype.shift)."""
    if type(this) is JSArray and this.length_writable and this.elements and is_packed(this):
        this.length -= 1
        return this.elements.pop(0)
    o = to_object(this)
    n = length_of_array_like(o)
    if n == 0:
        set_length(o, 0)
        return None
    first = get_index(o, 0)
    _move(o, 1, n, -1)
    delete_or_throw(o, str(n - 1))
    set_length(o, n - 1)
    return first


def _move(o, start, stop, delta):
    """The element-moving loops of shift/unshift/splice: for each ``from`` in
    [start, stop) (descending when ``delta`` > 0, so nothing is overwritten
    before it is read), move element ``from`` to ``from + delta``: Set it
    when present, DeletePropertyOrThrow the target when absent."""
    ks = range(start, stop) if delta < 0 else range(stop - 1, start - 1, -1)
    for k in ks:
        tick()
        to = str(k + delta)
        v = present_value(o, k)
        if v is MISSING:
            delete_or_throw(o, to)
        else:
            set_or_throw(o, to, v)


# taking their arguments as parameters (NativeFunction.pos)
_POSITIONAL = frozenset((pop, shift))


def unshift(this, args):
    """Array.prototype.unshift (https://tc39.es/ecma262/#sec-array.prototype.unshift)."""
    o = to_object(this)
    n = length_of_array_like(o)
    count = len(args)
    if count:
        if type(o) is JSArray and is_packed(o) and len(o.elements) == n \
                and can_grow_in_place(o, n, n + count):
            o.elements[0:0] = args
            o.length = len(o.elements)
            return float(o.length)
        if n + count > MAX_SAFE_INTEGER:
            raise type_error("unshift: length exceeds 2^53 - 1")
        _move(o, 0, n, count)
        for j, v in enumerate(args):
            set_or_throw(o, str(j), v)
    set_length(o, n + count)
    return float(n + count)


def _splice_counts(args, n):
    """The start / deleteCount steps of splice and toSpliced: (actualStart, actualCount)."""
    start = relative_start(arg(args, 0), n)
    if not args:
        count = 0
    elif len(args) == 1:
        count = n - start
    else:
        dc = to_integer_or_infinity(args[1])
        count = int(min(max(dc, 0), n - start))
    return start, count


def splice(this, args):
    """Array.prototype.splice (https://tc39.es/ecma262/#sec-array.prototype.splice)."""
    o = to_object(this)
    n = length_of_array_like(o)
    start, dc = _splice_counts(args, n)
    items = args[2:]
    count = len(items)
    new_len = n + count - dc
    if new_len > MAX_SAFE_INTEGER:
        raise type_error("splice: length exceeds 2^53 - 1")
    out = ResultArray(array_species_create(o, dc, lazy=True))
    if out.items is not None and type(o) is JSArray and is_packed(o) and len(o.elements) == n \
            and o.length_writable and (count <= dc or can_grow_in_place(o, n, new_len)):
        els = o.elements
        removed = els[start:start + dc]
        els[start:start + dc] = items
        o.length = len(els)
        return new_array(removed, holey=False)
    for k, v in present_elements(o, start, start + dc):
        out.add(k - start, v)
    a = out.finish(dc)
    if count < dc:
        _move(o, start + dc, n, count - dc)
        for k in range(n, new_len, -1):
            tick()
            delete_or_throw(o, str(k - 1))
    elif count > dc:
        _move(o, start + dc, n, count - dc)
    for k, v in enumerate(items, start):
        set_or_throw(o, str(k), v)
    set_length(o, new_len)
    return a


def to_spliced(this, args):
    """Array.prototype.toSpliced (https://tc39.es/ecma262/#sec-array.prototype.tospliced)."""
    o = to_object(this)
    n = length_of_array_like(o)
    start, skip = _splice_counts(args, n)
    items = args[2:]
    new_len = n + len(items) - skip
    if new_len > MAX_SAFE_INTEGER:
        raise type_error("toSpliced: length exceeds 2^53 - 1")
    if new_len > MAX_ARRAY_LENGTH:
        raise range_error("Invalid array length")
    out = []
    for i in range(start):
        tick()
        out.append(get_index(o, i))
    out.extend(items)
    for r in range(start + skip, n):
        tick()
        out.append(get_index(o, r))
    return new_array(out, holey=False)


def reverse(this, args):
    """Array.prototype.reverse (https://tc39.es/ecma262/#sec-array.prototype.reverse)."""
    o = to_object(this)
    if type(o) is JSArray and is_packed(o):
        o.elements.reverse()
        return o
    n = length_of_array_like(o)
    lower = 0
    middle = n // 2
    while lower != middle:
        tick()
        upper = n - lower - 1
        lower_key = str(lower)
        upper_key = str(upper)
        lower_exists = has_index(o, lower)
        if lower_exists:
            lower_value = o.get(lower_key, o)
        upper_exists = has_index(o, upper)
        if upper_exists:
            upper_value = o.get(upper_key, o)
        if lower_exists and upper_exists:
            set_or_throw(o, lower_key, upper_value)
            set_or_throw(o, upper_key, lower_value)
        elif upper_exists:
            set_or_throw(o, lower_key, upper_value)
            delete_or_throw(o, upper_key)
        elif lower_exists:
            delete_or_throw(o, lower_key)
            set_or_throw(o, upper_key, lower_value)
        lower += 1
    return o


def to_reversed(this, args):
    """Array.prototype.toReversed (https://tc39.es/ecma262/#sec-array.prototype.toreversed)."""
    o = to_object(this)
    n = length_of_array_like(o)
    if n > MAX_ARRAY_LENGTH:
        raise range_error("Invalid array length")
    if type(o) is JSArray and is_packed(o) and len(o.elements) == n:
        return new_array(o.elements[::-1], holey=False)
    out = []
    for k in range(n - 1, -1, -1):
        tick()
        out.append(get_index(o, k))
    return new_array(out, holey=False)


def copy_within(this, args):
    """Array.prototype.copyWithin (https://tc39.es/ecma262/#sec-array.prototype.copywithin)."""
    o = to_object(this)
    n = length_of_array_like(o)
    to = relative_start(arg(args, 0), n)
    frm = relative_start(arg(args, 1), n)
    final = relative_end(arg(args, 2), n)
    count = min(final - frm, n - to)
    if count <= 0:
        return o
    if type(o) is JSArray and is_packed(o) and len(o.elements) == n:
        els = o.elements
        els[to:to + count] = els[frm:frm + count]
        return o
    if frm < to < frm + count:
        direction = -1
        frm += count - 1
        to += count - 1
    else:
        direction = 1
    while count > 0:
        tick()
        v = present_value(o, frm)
        if v is MISSING:
            delete_or_throw(o, str(to))
        else:
            set_or_throw(o, str(to), v)
        frm += direction
        to += direction
        count -= 1
    return o


def fill(this, args):
    """Array.prototype.fill (https://tc39.es/ecma262/#sec-array.prototype.fill)."""
    o = to_object(this)
    n = length_of_array_like(o)
    value = arg(args, 0)
    k = relative_start(arg(args, 1), n)
    final = relative_end(arg(args, 2), n)
    if k >= final:
        return o
    # each Set overwrites an own data property, or fills a hole that no prototype answers
    # for, on an extensible Array: nothing runs, and the length stays
    if type(o) is JSArray and (els := o.elements) is not None and len(els) == n and (
            o.is_packed() or o.extensible and protos_index_free(o.proto)):
        els[k:final] = [value] * (final - k)
        return o
    for i in range(k, final):
        tick()
        set_or_throw(o, str(i), value)
    return o
