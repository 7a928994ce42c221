"""Helpers that only generated code calls.

Everything with JS meaning lives in the shared runtime (``ops``, ``runtime``,
``refs``); these are the few glue pieces a Python expression cannot spell
inline: raising from an expression, and the slow halves of inline fast paths.
"""
import bisect
import re
from itertools import chain
from math import ceil as _ceil, floor as _floor, copysign as _copysign

from ..agent import take_steps
from ..ops import to_numeric, to_object, to_uint32, js_add, js_le, js_lt
from ...builtins.math import math_imul as imul_of_uint32
from ..values import JSError, JSObject, Prop, type_error, range_error, null
from ..proto_cache import INHERITED, NO_ENTRY, WatchedProps, fill_builtin_site
from ..compiler.refs import tdz_error, global_var_cell
from ..runtime import ArrayValues, StringValues
from .tree_facts import NOT_AN_INDEX


class NotAnArray:
    """What a loop's hoisted Array local holds when its variable is no Array: its
    ``elements`` is None, as a sparse Array's, and its ``proto`` None, so every inline
    element access or ``push`` falls back to the general path on the variable itself
    (FunctionGenerator.hoist_arrays).  Its ``element_view`` is None, as a detached
    TypedArray's: it is also what the hoisted TypedArray local holds for anything
    else."""
    __slots__ = ()
    elements = None
    proto = None
    element_view = None


NOT_ARRAY = NotAnArray()


def iterated_array(values):
    """What a for-of loop reads its values from while for_of_values' ``values``
    steps an Array or a String: the Array itself, or StringChars of a String in
    which every code unit is a code point (no high surrogate); else NOT_ARRAY.
    The loop reads each present element straight from its ``elements``, as
    ArrayValues.step or StringValues.step would, and hands ``values`` its index
    and every step from the first hole, sparse Array or end on (see
    BreakableGenerator.for_in_of)."""
    t = type(values)
    if t is ArrayValues:
        return values.array
    if t is StringValues and ((s := values.string).isascii() or _HIGH_SURROGATE.search(s) is None):
        return StringChars(s)
    return NOT_ARRAY


_HIGH_SURROGATE = re.compile("[\ud800-\udbff]")


class StringChars:
    """What a loop's hoisted Array local holds when its variable is a String and the
    loop stores no element through it (``a[i] = v`` would write into ``elements``):
    its ``elements`` is the String itself, whose items are the code units that
    ``s[i]`` reads, as an Array's elements are its values (a str holds no HOLE);
    ``length`` is its length and ``proto`` None, so a ``push`` falls back to the
    general path (FunctionGenerator.hoist_arrays)."""
    __slots__ = ("elements", "length")
    proto = None

    def __init__(self, string):
        self.elements = string
        self.length = len(string)


def string_builtin(site, realm):
    """Does a String's method ``key`` resolve to ``realm``'s built-in (the Realm attribute
    ``attr``)?  The slow half of a built-in call site's receiver test
    (BuiltinCallGenerator.receiver_test): a yes read from the inherited-lookup cache
    holds until the cache is emptied, so the site's global ``name`` keeps ``realm``
    until then, and the next calls in that realm only compare it."""
    ns, name, key, attr = site
    if INHERITED.get(realm.string_prototype, NO_ENTRY).get(key) is not getattr(realm, attr):
        return False
    fill_builtin_site(ns, name, realm)
    return True


def adds_own(site, proto):
    """Does [[Set]] of each of the site's names on a new plain object with the prototype
    ``proto`` add an own data property (the inherited-lookup cache holds None for each:
    see StoreGenerator.constructor_adds)?  A yes read from the cache holds until the
    cache is emptied, so the site's global ``name`` keeps ``proto`` until then, and the
    next constructions of that prototype's instances only compare it."""
    ns, name, keys = site
    entry = INHERITED.get(proto, NO_ENTRY)
    if not all(k in entry and entry[k] is None for k in keys):
        return False
    fill_builtin_site(ns, name, proto)
    return True


def own_builtin(site, realm, o):
    """Is ``o`` of the exact type ``kind`` with an own data property ``key`` holding
    ``realm``'s built-in ``attr``?  The slow half of the receiver test of a function that
    ignores ``this`` (String.fromCharCode, Math.floor): when ``o``'s properties are
    watched (Math and String are, from their setup) the yes holds until a watched
    object changes, so the site's globals ``name`` and ``realm_name`` keep ``o`` and
    ``realm`` until then."""
    ns, name, realm_name, key, attr, kind = site
    if type(o) is not kind or type(p := o.props.get(key)) is not Prop or p.value is not getattr(realm, attr):
        return False
    if isinstance(o.props, WatchedProps):
        ns[realm_name] = realm
        fill_builtin_site(ns, name, o)
    return True


class GlobalRead:
    """What a hoisted global cell (FunctionGenerator.hoist_loop_globals) holds when
    the name had no var binding's Prop: ``value`` reads the name through its
    reference site's getter, every time, so a read of the cell is ``cell.value``
    either way (stores go through their own sites, which write the same Prop)."""
    __slots__ = ("get",)

    def __init__(self, get):
        self.get = get

    @property
    def value(self):
        return self.get(None)


def global_cell(realm, name, get):
    """The cell of a hoisted global read: the Prop of the var binding ``name``
    (refs.global_var_cell), else a GlobalRead of the site getter ``get``."""
    cell = global_var_cell(realm, name)
    return GlobalRead(get) if cell is None else cell


class GlobalCells:
    """A function's hoisted global cells (FunctionGenerator.hoist_loop_globals) for the
    realm that last ran it, so that a call in that realm takes them with one test:
    either kind of cell stays right for its realm for good (a var binding's Prop stays
    the binding; a GlobalRead reads through the site every time)."""
    __slots__ = ("names", "getters", "realm", "cells")

    def __init__(self, names, getters):
        self.names, self.getters = names, getters
        self.realm, self.cells = None, ()

    def refresh(self, realm):
        self.cells = tuple(global_cell(realm, n, g) for n, g in zip(self.names, self.getters))
        self.realm = realm
        return self.cells


def not_function(text, args):
    """The callee of a call was not callable (raised after the arguments ran)."""
    raise type_error(f"{text} is not a function")


def construct_other(text, f, *args):
    """``new f(...args)`` where ``f`` is not a script function that is a constructor:
    its [[Construct]] (new.target ``f``), or the TypeError naming the callee ``text``
    once the arguments are evaluated."""
    if isinstance(f, JSObject) and f.is_constructor:
        return f.construct(list(args), f)
    raise type_error(f"{text} is not a constructor")


def math_imul(a, b):
    """%Math.imul%'s steps on its two arguments (ToUint32 of each in order): the general
    form of a call an int tree inlined, once its callee was found to be %Math.imul%
    (int_tree.IntTreeGenerator.math_imul_guard)."""
    a = to_uint32(a)
    return imul_of_uint32(a, to_uint32(b))


def tdz(name):
    raise tdz_error(name)


def numeric_step(old, delta):
    """``(ToNumeric(old), ToNumeric(old) + delta)`` for ``++``/``--`` on a non-float."""
    n = to_numeric(old)
    if type(n) is int:
        return n, n + int(delta)
    return n, n + delta


def throw_value(value, filename, line, col):
    err = JSError(value)
    err.js_stack = [("", filename, line, col)]
    return err


def stack_overflow():
    return range_error("Maximum call stack size exceeded")


def sloppy_this(this, realm):
    """OrdinaryCallBindThis for sloppy code: undefined/null become the global this."""
    if this is None or this is null:
        return realm.global_this
    return this if isinstance(this, JSObject) else to_object(this)


class LineTable:
    """Maps lines of a generated function's Python source back to JS positions,
    so an error passing through it records where in the JS it was."""

    __slots__ = ("py_lines", "js_positions", "name", "filename")

    def __init__(self, name, filename, entries):
        self.name = name
        self.filename = filename
        self.py_lines = [e[0] for e in entries]
        self.js_positions = [e[1] for e in entries]

    def annotate(self, err, start):
        """Record the JS position of the line ``err`` passed in a generated function
        whose body begins on Python line ``start``."""
        st = err.js_stack
        if st is None:
            st = err.js_stack = []
        if len(st) >= 20 or not self.py_lines:
            return
        tb = err.__traceback__
        line = tb.tb_lineno - start if tb is not None else 0
        i = bisect.bisect_right(self.py_lines, line) - 1
        js_line, js_col = self.js_positions[max(i, 0)]
        st.append((self.name, self.filename, js_line, js_col))


def counting_loop(i, bound, step, inclusive, increment, with_int=False, charged=False):
    """The values of ``i`` in ``for (...; i < bound; i++)`` (or ``<=``, or ``i += step``)
    when the body writes none of ``i``, ``bound`` and ``step``: ``(values, final)``, an
    iterator and the value ``i`` holds once the test fails.

    With integral Numbers that the loop cannot push past 2**53 (and a start that is
    not -0, which the first iteration must see), that is a range of floats iterated
    in C (paired with the same ints when ``with_int``), and ``final`` is a float;
    anything else is a GenericCount, whose ``final`` is known at the end (``final``
    is then None).  A short loop over small integers (most inner loops) takes a
    slice of prebuilt values: building iterators would cost more than the loop.

    ``charged``: the loop runs to its end unless it throws (tree_facts.runs_to_end),
    so the values charge the step budget themselves, a batch at a time as it
    begins, and the generated body counts no steps."""
    if type(i) is float and type(bound) is float and type(step) is float and \
            -_SAFE < i < _SAFE and -_SAFE < bound < _SAFE and 0.0 < step < _SAFE and \
            i.is_integer() and step.is_integer() and (i or _copysign(1.0, i) > 0.0):
        start = int(i)
        end = _floor(bound) + 1 if inclusive else _ceil(bound)
        if end < start:
            end = start
        by = int(step)
        final = start + -(-(end - start) // by) * by
        if start >= 0 and end <= SMALL_COUNTS:
            values = (PAIRS if with_int else FLOATS)[start:end:by]
            if charged:
                take_steps(len(values))
            return values, float(final)
        r = range(start, end, by)
        if charged:
            return chain.from_iterable(_charged_batches(r, with_int)), float(final)
        return (zip(map(float, r), r) if with_int else map(float, r)), float(final)
    return GenericCount(i, bound, step, inclusive, increment, with_int, charged), None


def count_up(i, bound, inclusive, with_int=False, charged=False):
    """counting_loop for ``i++`` (step 1), with the commonest case, a loop over
    small non-negative integers, tested first: inner loops run it most often."""
    if type(i) is float and 0.0 <= i < SMALL_COUNTS and i.is_integer() and (i or _copysign(1.0, i) > 0.0):
        return count_from(int(i), bound, inclusive, PAIRS if with_int else FLOATS, charged)
    return counting_loop(i, bound, 1.0, inclusive, True, with_int, charged)


def count_from(start, bound, inclusive, table, charged):
    """count_up from ``start``, an int in [0, SMALL_COUNTS) that the counter holds (an
    integer literal's, when the code is generated), whose values are read from
    ``table`` (PAIRS or FLOATS, for count_up's ``with_int``): a bound below the
    table's end is the one thing left to test."""
    if type(bound) is float and 0.0 <= bound < SMALL_COUNTS:
        end = _floor(bound) + 1 if inclusive else _ceil(bound)
        if end < start:
            end = start
        if charged:
            take_steps(end - start)
        return table[start:end], float(end)
    return counting_loop(float(start), bound, 1.0, inclusive, True, table is PAIRS, charged)


_BATCH = 1024


def _charged_batches(r, with_int):
    """A long counting loop's values, a charged batch at a time: a loop that throws
    midway is charged at most one batch it did not run."""
    for k in range(0, len(r), _BATCH):
        batch = r[k:k + _BATCH]
        take_steps(len(batch))
        yield zip(map(float, batch), batch) if with_int else map(float, batch)


class GenericCount:
    """A counting loop on JS semantics (ToNumeric, valueOf calls, BigInts, string
    concatenation), running the test and update at the same points the loop would;
    with ``with_int`` each value is paired with its int when it is an integral Number
    in [0, 2**53), else with -NOT_AN_INDEX (not a usable index)."""

    __slots__ = ("values", "final")

    def __init__(self, i, bound, step, inclusive, increment, with_int, charged):
        self.final = None
        self.values = self._run(i, bound, step, inclusive, increment, with_int, charged)

    def __iter__(self):
        return self.values

    def _run(self, i, bound, step, inclusive, increment, with_int, charged):
        test = js_le if inclusive else js_lt
        while test(i, bound):
            if charged:
                take_steps(1)
            yield (i, int(i) if type(i) is float and i.is_integer() and 0.0 <= i < _SAFE else -NOT_AN_INDEX) \
                if with_int else i
            i = numeric_step(i, step)[1] if increment else js_add(i, step)
        self.final = i


_SAFE = 2.0 ** 53
SMALL_COUNTS = 256
FLOATS = tuple(float(k) for k in range(SMALL_COUNTS))
PAIRS = tuple(zip(FLOATS, range(SMALL_COUNTS)))
