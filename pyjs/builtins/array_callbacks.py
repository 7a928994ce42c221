"""Array.prototype methods that call a function per element: every, some,
forEach, map, filter, find, findIndex, findLast, findLastIndex, reduce,
reduceRight, flat, flatMap (https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object).

The callback may change the array while it is being walked, so the loops
look at the elements afresh on every step (array_ops.present_elements,
call_on_present); the length is read once, at the start, as the spec says.
"""
from itertools import repeat

from ..interp.agent import state
from ..interp.arrays import JSArray, HOLE
from ..interp.functions import ScriptFunction
from ..interp.ops import to_object, to_boolean, to_integer_or_infinity
from ..interp.values import type_error
from ._helpers import arg, method
from .array_ops import (length_of_array_like, get_index, require_callable, array_species_create, ResultArray,
                        present_elements, positional_caller, MAX_SAFE_INTEGER)
from .object import is_array


def install(realm, proto):
    for name, length, fn in (
            ("every", 1, every), ("some", 1, some), ("forEach", 1, for_each), ("map", 1, map_),
            ("filter", 1, filter_), ("find", 1, find), ("findIndex", 1, find_index),
            ("findLast", 1, find_last), ("findLastIndex", 1, find_last_index),
            ("reduce", 1, reduce), ("reduceRight", 1, reduce_right), ("flat", 0, flat),
            ("flatMap", 1, flat_map)):
        method(realm, proto, name, length)(fn)


def _prologue(this, args):
    """The first steps of every callback method: O = ToObject(this),
    len = LengthOfArrayLike(O), and the IsCallable check of the callback."""
    o = to_object(this)
    n = length_of_array_like(o)
    return o, n, require_callable(arg(args, 0)), arg(args, 1)


def dense_calls(o, n, cb, this_arg, until=None, values=None):
    """The first calls of forEach, map, filter, every and some, while they need none of
    the spec's steps between them: O is a dense JSArray whose element k is present (an
    own data property, so HasProperty and Get run no JS code and it is read straight
    from the list) and the callback a function the code generator compiled, entered
    through its positional [[Call]] (``code.fast``) without an argument list; a leaf,
    which does not count its own call, is counted as a step by the loop, in batches
    (agent.step_ticks).  From k = 0 on, as long as that holds, and until a result whose
    ToBoolean is ``until`` (True or False: some and every stop there).  Returns ``(k,
    results)``: the results of the calls for 0 .. k - 1, whose kValues are appended to
    the list ``values`` when one is given; call_on_present takes over from k."""
    results = []
    if type(o) is not JSArray or type(cb) is not ScriptFunction or (fast := cb.code.fast) is None:
        return 0, results
    add = results.append
    for k, _ in zip(range(n), state.ticks if cb.code.leaf else repeat(None)):
        try:        # elements None (no longer dense) or shorter than k: no exception else
            v = o.elements[k]
        except (TypeError, IndexError):
            return k, results
        if v is HOLE:
            return k, results
        r = fast(cb, this_arg, v, float(k), o)
        add(r)
        if values is not None:
            values.append(v)
        if until is not None and (r is until or r is not (not until) and to_boolean(r) is until):
            return k + 1, results
    return n, results


def call_on_present(o, k, n, cb, this_arg):
    """Yield ``(k, kValue, Call(callbackfn, thisArg, « kValue, 𝔽(k), O »))`` for each
    k in [k, n) for which HasProperty(O, k) is true when k is reached: the loop of
    forEach, map, filter, every and some, from where dense_calls stopped."""
    call = cb.call
    for k, v in present_elements(o, k, n):
        yield k, v, call(this_arg, [v, float(k), o])


def every(this, args):
    """Array.prototype.every (https://tc39.es/ecma262/#sec-array.prototype.every)."""
    o, n, cb, this_arg = _prologue(this, args)
    k, results = dense_calls(o, n, cb, this_arg, until=False)
    if results and not to_boolean(results[-1]):
        return False
    for k, v, r in call_on_present(o, k, n, cb, this_arg):
        if r is not True and (r is False or not to_boolean(r)):
            return False
    return True


def some(this, args):
    """Array.prototype.some (https://tc39.es/ecma262/#sec-array.prototype.some)."""
    o, n, cb, this_arg = _prologue(this, args)
    k, results = dense_calls(o, n, cb, this_arg, until=True)
    if results and to_boolean(results[-1]):
        return True
    for k, v, r in call_on_present(o, k, n, cb, this_arg):
        if r is True or r is not False and to_boolean(r):
            return True
    return False


def for_each(this, args):
    """Array.prototype.forEach (https://tc39.es/ecma262/#sec-array.prototype.foreach)."""
    o, n, cb, this_arg = _prologue(this, args)
    k, _ = dense_calls(o, n, cb, this_arg)
    for _ in call_on_present(o, k, n, cb, this_arg):
        pass
    return None


def map_(this, args):
    """Array.prototype.map (https://tc39.es/ecma262/#sec-array.prototype.map)."""
    o, n, cb, this_arg = _prologue(this, args)
    out = ResultArray(array_species_create(o, n, lazy=True))
    k = 0
    if out.own:     # its elements go to a list: when they are added is unobservable
        k, results = dense_calls(o, n, cb, this_arg)
        out.extend(results)
    add = out.add
    for k, v, r in call_on_present(o, k, n, cb, this_arg):
        add(k, r)
    return out.finish(n, spec_sets_length=False)


def filter_(this, args):
    """Array.prototype.filter (https://tc39.es/ecma262/#sec-array.prototype.filter)."""
    o, n, cb, this_arg = _prologue(this, args)
    out = ResultArray(array_species_create(o, 0, lazy=True))
    k = to = 0
    if out.own:     # as in map_
        values = []
        k, results = dense_calls(o, n, cb, this_arg, values=values)
        out.extend([v for v, r in zip(values, results) if r is True or r is not False and to_boolean(r)])
        to = len(out.items)
    for k, v, r in call_on_present(o, k, n, cb, this_arg):
        if r is True or r is not False and to_boolean(r):
            out.add(to, v)
            to += 1
    return out.finish()


def find_via_predicate(o, n, ascending, predicate, this_arg):
    """FindViaPredicate (https://tc39.es/ecma262/#sec-findviapredicate):
    (index, value) of the first element the predicate accepts, or (-1, undefined).
    Every index is visited, holes included (Get without HasProperty)."""
    call = positional_caller(require_callable(predicate))
    for k in (range(n) if ascending else range(n - 1, -1, -1)):
        v = get_index(o, k)
        r = call(this_arg, v, float(k), o)
        if r is True or r is not False and to_boolean(r):
            return float(k), v
    return -1.0, None


def _find(this, args, ascending):
    o = to_object(this)
    n = length_of_array_like(o)
    return find_via_predicate(o, n, ascending, arg(args, 0), arg(args, 1))


def find(this, args):
    """Array.prototype.find (https://tc39.es/ecma262/#sec-array.prototype.find)."""
    return _find(this, args, True)[1]


def find_index(this, args):
    """Array.prototype.findIndex (https://tc39.es/ecma262/#sec-array.prototype.findindex)."""
    return _find(this, args, True)[0]


def find_last(this, args):
    """Array.prototype.findLast (https://tc39.es/ecma262/#sec-array.prototype.findlast)."""
    return _find(this, args, False)[1]


def find_last_index(this, args):
    """Array.prototype.findLastIndex (https://tc39.es/ecma262/#sec-array.prototype.findlastindex)."""
    return _find(this, args, False)[0]


def _reduce(this, args, ascending):
    """Array.prototype.reduce / reduceRight: the same steps, walking up or down."""
    o = to_object(this)
    n = length_of_array_like(o)
    cb = require_callable(arg(args, 0))
    if n == 0 and len(args) < 2:
        raise type_error("Reduce of empty array with no initial value")
    elements = present_elements(o, 0, n) if ascending else present_elements(o, 0, n, descending=True)
    if len(args) >= 2:
        acc = args[1]
    else:
        first = next(elements, None)
        if first is None:
            raise type_error("Reduce of empty array with no initial value")
        acc = first[1]
    call = positional_caller(cb)
    for k, v in elements:
        acc = call(None, acc, v, float(k), o)
    return acc


def reduce(this, args):
    """Array.prototype.reduce (https://tc39.es/ecma262/#sec-array.prototype.reduce)."""
    return _reduce(this, args, True)


def reduce_right(this, args):
    """Array.prototype.reduceRight (https://tc39.es/ecma262/#sec-array.prototype.reduceright)."""
    return _reduce(this, args, False)


def flatten_into_array(target, source, source_len, start, depth, mapper=None, this_arg=None):
    """FlattenIntoArray (https://tc39.es/ecma262/#sec-flattenintoarray); ``target``
    is a :class:`ResultArray`.  Returns the next target index."""
    target_index = start
    call = None if mapper is None else positional_caller(mapper)
    for k, element in present_elements(source, 0, source_len):
        if call is not None:
            element = call(this_arg, element, float(k), source)
        if depth > 0 and is_array(element):
            target_index = flatten_into_array(target, element, length_of_array_like(element),
                                              target_index, depth - 1)
        else:
            if target_index >= MAX_SAFE_INTEGER:
                raise type_error("flat: result length exceeds 2^53 - 1")
            target.add(target_index, element)
            target_index += 1
    return target_index


def flat(this, args):
    """Array.prototype.flat (https://tc39.es/ecma262/#sec-array.prototype.flat)."""
    o = to_object(this)
    n = length_of_array_like(o)
    depth = 1
    d = arg(args, 0)
    if d is not None:
        depth = to_integer_or_infinity(d)
        if depth < 0:
            depth = 0
    out = ResultArray(array_species_create(o, 0, lazy=True))
    flatten_into_array(out, o, n, 0, depth)
    return out.finish()


def flat_map(this, args):
    """Array.prototype.flatMap (https://tc39.es/ecma262/#sec-array.prototype.flatmap)."""
    o = to_object(this)
    n = length_of_array_like(o)
    mapper = require_callable(arg(args, 0))
    out = ResultArray(array_species_create(o, 0, lazy=True))
    flatten_into_array(out, o, n, 0, 1, mapper, arg(args, 1))
    return out.finish()
