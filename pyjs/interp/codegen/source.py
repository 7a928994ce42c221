"""What the code generator knows of the source it writes: how an operand's source may
be reused, the array index a float literal's source spells, and the signal that a
body cannot be generated."""
import re

from .tree_facts import NOT_AN_INDEX


class Unsupported(Exception):
    """The body cannot be generated; it stays on the closure compiler."""


# purity of a generated operand: may it be evaluated again, or later than written?
CONST, PURE, EFFECT = 0, 1, 2

SPELL_TWICE = 160       # longest argument source a call site writes in both of its branches


def constant_index(src):
    """The integer of a generated float literal that is an array index, else None."""
    try:
        f = float(src)
    except ValueError:
        return None
    if f.is_integer() and 0 <= f < 2 ** 31 and repr(f) == src:
        return int(f)
    return None


def is_name(src):
    """Is the source ``src`` a temporary or a binding's token (ExpressionGenerator.binding),
    which reading again costs nothing and yields the same value?"""
    return src.isidentifier() or _BINDING.fullmatch(src) is not None


_BINDING = re.compile("\x01\\d+\x02")


class OwnRead(str):
    """The source of a named property read ``o.name`` that may end at an own data
    property stored bare, which a consumer testing the value's Python type (for a
    Number, an object) can test straight from the own-properties dict: the read's
    ``probe`` evaluates the receiver and leaves in the local ``v`` the dict's entry
    (a bare value, or a Prop or the absent marker, which no such test passes);
    ``again`` is the whole read of the receiver already evaluated.  ``test``
    evaluates the read, leaving its value in ``v``, and tests its type; the read is
    finished only when the entry fails the test and is not a bare value (a String
    read where a Number is tested first), and a dict lookup runs no code, so
    reading the entry twice is not observable.  As a string it is the read itself."""

    def __new__(cls, src, v, probe, again):
        self = super().__new__(cls, src)
        self.v, self.probe, self.again = v, probe, again
        return self

    def bound(self):
        """The read, leaving its value in ``v``, as operands() keeps an operand."""
        return OwnRead(f"({self.v} := {self})", self.v, self.probe, self.again)

    def test(self, op, types):
        """``type(value) op types`` (``is`` a type, ``in`` a collection of types)."""
        v = self.v
        return f"(type({self.probe}) {op} {types} or type({v}) is Prop and type({v} := {self.again}) {op} {types})"


def type_test(first, op, types):
    """``type(first) op types`` (op ``is``/``in``): through an OwnRead's own entry
    when ``first`` is one."""
    if type(first) is OwnRead:
        return first.test(op, types)
    return f"type({first}) {op} {types}"


def key_tests(k0, k, number_key, length):
    """``(first, in_range)`` of a Number key read as an index below ``length``: the
    test that evaluates the key ``k0`` (read again as ``k``) and is a Number (none
    when ``number_key`` says it is one and it is read in place), and the range test."""
    if not number_key:
        return type_test(k0, 'is', 'float'), f"0.0 <= {k} < {length}"
    if k0 == k:
        return "", f"0.0 <= {k} < {length}"
    return f"0.0 <= {k0}", f"{k} < {length}"      # a Number: not negative (NaN is not either)


def index_twin(var):
    """Source of the int twin of the variable ``var`` used as a key: its value when
    that is an integral Number that is an array index, else -NOT_AN_INDEX, which no
    fast path takes (see ExpressionGenerator.int_key)."""
    return (f"int({var}) if type({var}) is float and 0.0 <= {var} < 4294967295.0 "
            f"and {var}.is_integer() else -{NOT_AN_INDEX}")


TWIN_LIMIT = 2 ** 32     # a twin computed by arithmetic is kept when within it in magnitude


def clamped_twin(key, t):
    """Source of an int twin made from ``key``, an int key of twins, literals and scaled
    twins (ExpressionGenerator.int_key), ``t`` a temporary: the key when within
    TWIN_LIMIT in magnitude, where it is the exact value of the key's expression
    (every twin it read was its variable's value), else -NOT_AN_INDEX.  Every twin
    stays an exact value or far below zero however often such twins feed each
    other (``i = m; m = 2 * i + 1`` in a loop), so sums of them are keys again."""
    return f"({t} if -{TWIN_LIMIT} < ({t} := {key}) < {TWIN_LIMIT} else -{NOT_AN_INDEX})"
