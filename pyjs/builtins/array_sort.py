"""Array.prototype.sort and Array.prototype.toSorted
(https://tc39.es/ecma262/#sec-array.prototype.sort).

The sort itself is Python's list.sort (a stable merge sort, as the spec
requires since ES2019).  With a comparator it runs through
``functools.cmp_to_key``: an exception thrown by the comparator propagates
out of list.sort, and an inconsistent comparator only yields an
implementation-defined order — list.sort never fails on one.  The list sorted
is a copy, so a comparator that changes the array cannot disturb the sort.
"""
import functools

from ..interp.agent import charge_steps
from ..interp.functions import ScriptFunction
from ..interp.arrays import JSArray
from ..interp.numconv import number_to_string
from ..interp.ops import to_object, to_number, to_string, is_callable
from ..interp.values import type_error, range_error, is_array_index
from ._helpers import arg, method
from .array_ops import (length_of_array_like, get_index, present_elements, set_or_throw, delete_or_throw, new_array, tick,
                        is_packed, positional_caller, MAX_ARRAY_LENGTH)


def install(realm, proto):
    method(realm, proto, "sort", 1)(sort)
    method(realm, proto, "toSorted", 1)(to_sorted)


def _comparefn_arg(args):
    """Step 1 of sort/toSorted: comparefn must be undefined or callable."""
    comparefn = arg(args, 0)
    if comparefn is not None and not is_callable(comparefn):
        raise type_error("The comparison function must be either a function or undefined")
    return comparefn


def sort(this, args):
    """Array.prototype.sort (https://tc39.es/ecma262/#sec-array.prototype.sort)."""
    comparefn = _comparefn_arg(args)
    obj = to_object(this)
    n = length_of_array_like(obj)
    items = sort_indexed_properties(obj, n, comparefn, skip_holes=True)
    if type(obj) is JSArray and is_packed(obj) and len(obj.elements) == n == len(items):
        obj.elements[:] = items         # overwriting own data elements runs no JS code
        return obj
    for j, v in enumerate(items):
        tick()
        set_or_throw(obj, str(j), v)
    if type(obj) is JSArray and obj.elements is None:
        # deleting an absent element of an array is a no-op: visit the present ones
        count = len(items)
        for j in sorted(i for i in map(int, filter(is_array_index, obj.props)) if count <= i < n):
            delete_or_throw(obj, str(j))
        return obj
    for j in range(len(items), n):
        tick()
        delete_or_throw(obj, str(j))
    return obj


def to_sorted(this, args):
    """Array.prototype.toSorted (https://tc39.es/ecma262/#sec-array.prototype.tosorted)."""
    comparefn = _comparefn_arg(args)
    o = to_object(this)
    n = length_of_array_like(o)
    if n > MAX_ARRAY_LENGTH:
        raise range_error("Invalid array length")
    return new_array(sort_indexed_properties(o, n, comparefn, skip_holes=False), holey=False)


def sort_indexed_properties(obj, n, comparefn, skip_holes):
    """SortIndexedProperties (https://tc39.es/ecma262/#sec-sortindexedproperties):
    read the elements (present ones only with ``skip_holes``, else every index
    through [[Get]]) and return them sorted by CompareArrayElements."""
    if type(obj) is JSArray and is_packed(obj) and len(obj.elements) == n:
        items = list(obj.elements)
    elif skip_holes:
        items = [v for _, v in present_elements(obj, 0, n)]
    else:
        items = []
        for k in range(n):
            tick()
            items.append(get_index(obj, k))
    return sort_values(items, comparefn)


def sort_values(items, comparefn):
    """Sort ``items`` as CompareArrayElements
    (https://tc39.es/ecma262/#sec-comparearrayelements) orders them: undefined
    last, then by ``comparefn`` or by the ToString of the values."""
    values = [v for v in items if v is not None]
    undefined_count = len(items) - len(values)
    if comparefn is None:
        values = _sort_by_string(values)
    else:
        values.sort(key=functools.cmp_to_key(comparator(comparefn)))
    if undefined_count:
        values.extend([None] * undefined_count)
    return values


def comparator(comparefn):
    """The cmp function of a sort by ``comparefn``: CompareArrayElements' Call and
    ToNumber.  NaN is left as it is: list.sort only asks cmp_to_key's keys
    whether one is less than another, ``cmp(x, y) < 0``, which NaN, like the +0
    the spec makes of it, is not.  A script function is entered as
    positional_caller enters it (its positional [[Call]] once generated), here in
    the cmp function's own frame: a sort makes n log n comparisons, and a second
    Python frame per comparison costs as much as a short comparefn.  A leaf's
    steps are charged as a generated loop charges its iterations, a batch ahead
    (agent.charge_steps)."""
    if type(comparefn) is not ScriptFunction:
        call = positional_caller(comparefn)

        def compare(x, y):
            v = call(None, x, y)
            return v if type(v) is float else to_number(v)
        return compare
    code = comparefn.code
    fast, leaf = code.fast, code.leaf      # final once set (tier-up sets them once)
    batch = 0

    def compare_script(x, y):
        nonlocal fast, leaf, batch
        if fast is None:
            v = comparefn.call(None, [x, y])
            fast, leaf = code.fast, code.leaf
        else:
            if leaf:
                batch -= 1
                if batch < 0:
                    batch = charge_steps()
            v = fast(comparefn, None, x, y)
        return v if type(v) is float else to_number(v)
    return compare_script


def _sort_by_string(values):
    """The comparefn-less order: by the code units of ToString(value).  Python
    compares str by code points, which for our UTF-16 code-unit strings is the
    code-unit order.  ToString runs once per value (an implementation-defined
    sequence of calls is allowed)."""
    if all(type(v) is str for v in values):
        return sorted(values)
    keyed = []
    for v in values:
        t = type(v)
        keyed.append((v if t is str else number_to_string(v) if t is float else to_string(v), v))
    keyed.sort(key=lambda p: p[0])
    return [p[1] for p in keyed]
