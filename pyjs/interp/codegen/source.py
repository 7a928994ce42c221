"""What the code generator knows of the source it writes: how an operand's source may
be reused, the array index a float literal's source spells, and the signal that a
body cannot be generated."""
import re


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
