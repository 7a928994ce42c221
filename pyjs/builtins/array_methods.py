"""Array.prototype methods that read the array and make strings or new arrays:
at, concat, includes, indexOf, lastIndexOf, join, toString, toLocaleString,
slice, with (https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object).
"""
from ..interp.arrays import JSArray, HOLE, protos_index_free
from ..interp.numconv import number_to_string
from ..interp.ops import (to_object, to_string, to_integer_or_infinity,
                          strict_equals, same_value_zero, invoke, is_callable)
from ..interp.values import null, type_error, range_error
from ._helpers import arg, method
from .array_ops import (length_of_array_like, get_index, present_elements, relative_start, relative_end, tick,
                        array_species_create, is_concat_spreadable, new_array, ResultArray,
                        MAX_SAFE_INTEGER)


def install(realm, proto):
    for name, length, fn in (
            ("at", 1, at), ("concat", 1, concat), ("includes", 1, includes),
            ("indexOf", 1, index_of), ("lastIndexOf", 1, last_index_of), ("join", 1, join),
            ("toLocaleString", 0, to_locale_string), ("slice", 2, slice_), ("with", 2, with_)):
        method(realm, proto, name, length, positional=fn in _POSITIONAL)(fn)

    def to_string_(this, args):
        """Array.prototype.toString (https://tc39.es/ecma262/#sec-array.prototype.tostring):
        calls this.join, falling back to %Object.prototype.toString%."""
        a = to_object(this)
        f = a.get("join", a)
        if not is_callable(f):
            f = realm.intrinsics["%Object.prototype.toString%"]
        return f.call(a, [])
    method(realm, proto, "toString", 0)(to_string_)


def at(this, args):
    """Array.prototype.at (https://tc39.es/ecma262/#sec-array.prototype.at)."""
    o = to_object(this)
    n = length_of_array_like(o)
    rel = to_integer_or_infinity(arg(args, 0))
    k = rel if rel >= 0 else n + rel
    if k < 0 or k >= n:
        return None
    return get_index(o, int(k))


def concat(this, args):
    """Array.prototype.concat (https://tc39.es/ecma262/#sec-array.prototype.concat)."""
    o = to_object(this)
    out = ResultArray(array_species_create(o, 0, lazy=True))
    n = 0
    for e in (o, *args):
        if is_concat_spreadable(e):
            ln = length_of_array_like(e)
            if n + ln > MAX_SAFE_INTEGER:
                raise type_error("concat: result length exceeds 2^53 - 1")
            if out.items is not None and len(out.items) == n and type(e) is JSArray \
                    and e.elements is not None and len(e.elements) == ln:
                # no JS code can run while copying; holes stay holes when no
                # prototype has an element to show through them
                packed = e.is_packed()
                if packed or protos_index_free(e.proto):
                    out.items.extend(e.elements)
                    out.holey = out.holey or not packed
                    n += ln
                    continue
            for k, v in present_elements(e, 0, ln):
                out.add(n + k, v)
            n += ln
        else:
            if n >= MAX_SAFE_INTEGER:
                raise type_error("concat: result length exceeds 2^53 - 1")
            out.add(n, e)
            n += 1
    return out.finish(n)


def _search_start(from_index, n):
    """The fromIndex steps of indexOf/includes: the first index to look at,
    or None when the search must find nothing (fromIndex is +∞)."""
    k = to_integer_or_infinity(from_index)
    if k == float("inf"):
        return None
    if k < 0:
        k = 0 if k == float("-inf") else max(n + k, 0)
    return k


def _packed_find(o, target, k, n, same_value_zero_nan):
    """Search a dense array's elements for ``target`` from index k when that
    runs no JS code: no hole in [k, min(n, len)) (a hole would consult the
    prototype chain).  Returns the index found, -1 for not found, or None when
    the generic loop must do (or finish) the search.

    list.index compares with Python ==, which also matches 1.0 == True == 1
    (a BigInt), so each hit's type is checked; NaN never equals itself for
    IsStrictlyEqual, and equals NaN for SameValueZero (``same_value_zero_nan``).
    """
    els = o.elements
    end = min(n, len(els))
    if k >= end or not o.is_packed():
        return None
    t = type(target)
    if t is float and target != target:
        if same_value_zero_nan:
            for i in range(k, end):
                v = els[i]
                if type(v) is float and v != v:
                    return i
    else:
        index = els.index
        while True:
            try:
                i = index(target, k, end)
            except ValueError:
                break
            if type(els[i]) is t:
                return i
            k = i + 1
    return -1 if n <= len(els) else None


def index_of(this, target=None, from_index=None, *_):
    """Array.prototype.indexOf (https://tc39.es/ecma262/#sec-array.prototype.indexof)."""
    o = to_object(this)
    n = length_of_array_like(o)
    if n == 0:
        return -1.0
    k = _search_start(from_index, n)
    if k is None:
        return -1.0
    if type(o) is JSArray and o.elements is not None:
        i = _packed_find(o, target, k, n, False)
        if i is not None:
            return float(i)
    for i, v in present_elements(o, k, n):
        if strict_equals(target, v):
            return float(i)
    return -1.0


def last_index_of(this, args):
    """Array.prototype.lastIndexOf (https://tc39.es/ecma262/#sec-array.prototype.lastindexof)."""
    o = to_object(this)
    n = length_of_array_like(o)
    if n == 0:
        return -1.0
    if len(args) > 1:
        k = to_integer_or_infinity(args[1])
        if k == float("-inf"):
            return -1.0
        k = min(k, n - 1) if k >= 0 else n + k
    else:
        k = n - 1
    target = arg(args, 0)
    for i, v in present_elements(o, 0, k + 1, descending=True):
        if strict_equals(target, v):
            return float(i)
    return -1.0


def includes(this, target=None, from_index=None, *_):
    """Array.prototype.includes (https://tc39.es/ecma262/#sec-array.prototype.includes)."""
    o = to_object(this)
    n = length_of_array_like(o)
    if n == 0:
        return False
    k = _search_start(from_index, n)
    if k is None:
        return False
    if type(o) is JSArray and o.elements is not None:
        i = _packed_find(o, target, k, n, True)
        if i is not None:
            return i >= 0
    while k < n:
        tick()
        if same_value_zero(target, get_index(o, k)):
            return True
        k += 1
    return False


# Arrays being joined right now: a cyclic array joins as "" where it recurs
# (what every engine does; the spec would recurse until the stack overflows).
_joining = []


def _join_elements(o, n, sep, convert):
    """The loop shared by join and toLocaleString: for k < n, Get(O, k), ""
    for undefined/null, ``convert(element)`` otherwise; joined by ``sep``."""
    for seen in _joining:
        if seen is o:
            return ""
    _joining.append(o)
    try:
        parts = []
        for k in range(n):
            els = o.elements if type(o) is JSArray else None
            if els is not None and k < len(els) and els[k] is not HOLE:
                v = els[k]
            else:
                tick()
                v = o.get(str(k), o)
            parts.append("" if v is None or v is null else convert(v))
        return sep.join(parts)
    finally:
        _joining.pop()


def _element_string(v):
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    return to_string(v)


def _element_locale_string(v):
    return to_string(invoke(v, "toLocaleString", []))


_NOT_SIMPLE = object()      # in join's list of element strings: an element that is no String or Number


def join(this, separator=None, *_):
    """Array.prototype.join (https://tc39.es/ecma262/#sec-array.prototype.join)."""
    if type(this) is JSArray:
        els = this.elements
        sep = "," if separator is None else separator
        if els is not None and len(els) == this.length and type(sep) is str:
            try:
                return sep.join(els)        # every element a string: nothing else to look at
            except TypeError:               # a hole or a non-string element
                parts = [v if type(v) is str else number_to_string(v) if type(v) is float else _NOT_SIMPLE
                         for v in els]
                if _NOT_SIMPLE not in parts:    # Strings and Numbers: no ToString runs code
                    return sep.join(parts)
                # something else: the general loop
    o = to_object(this)
    n = length_of_array_like(o)
    sep = "," if separator is None else to_string(separator)
    return _join_elements(o, n, sep, _element_string)


# taking their arguments as parameters (NativeFunction.pos)
_POSITIONAL = frozenset((index_of, includes, join))


def to_locale_string(this, args):
    """Array.prototype.toLocaleString (https://tc39.es/ecma262/#sec-array.prototype.tolocalestring):
    each element's own toLocaleString(), joined by the list separator ","."""
    a = to_object(this)
    return _join_elements(a, length_of_array_like(a), ",", _element_locale_string)


def slice_(this, args):
    """Array.prototype.slice (https://tc39.es/ecma262/#sec-array.prototype.slice)."""
    o = to_object(this)
    n = length_of_array_like(o)
    k = relative_start(arg(args, 0), n)
    final = relative_end(arg(args, 1), n)
    count = max(final - k, 0)
    a = array_species_create(o, count, lazy=True)
    if a is None and type(o) is JSArray and o.elements is not None and final <= len(o.elements):
        # Holes stay holes when no prototype has an element to show through them.
        part = o.elements[k:final]
        if not o.holey:
            return new_array(part, holey=False)
        if protos_index_free(o.proto) or HOLE not in part:
            return new_array(part)
    out = ResultArray(a)
    for i, v in present_elements(o, k, final):
        out.add(i - k, v)
    return out.finish(count)


def with_(this, args):
    """Array.prototype.with (https://tc39.es/ecma262/#sec-array.prototype.with)."""
    o = to_object(this)
    n = length_of_array_like(o)
    rel = to_integer_or_infinity(arg(args, 0))
    actual = rel if rel >= 0 else n + rel
    if actual >= n or actual < 0:
        raise range_error("Invalid index")
    value = arg(args, 1)
    if n > 4294967295:
        raise range_error("Invalid array length")
    items = []
    for k in range(n):
        tick()
        items.append(value if k == actual else get_index(o, k))
    return new_array(items, holey=False)
