"""A UTF-16 string seen as a string of code points, with index maps both ways.

Why: with the u or v flag a pattern matches code points (the spec's
"list of code points" of the input), which Python's ``re`` can do directly
on a ``str`` whose astral characters are single characters.  Matching there
and mapping the match indices back to code units replaces the VM's
per-character surrogate decoding.

The conversion is the one of StringToCodePoints: a high surrogate followed by
a low surrogate becomes one code point, every other code unit (lone
surrogates included) stays itself.  Decoding the code units as UTF-16 with
``surrogatepass`` does exactly that in C.
https://tc39.es/ecma262/#sec-stringtocodepoints

Index maps use a table of the UTF-16 index of every BLOCK-th code point, so
a conversion looks at less than a block, whatever the length of the string.
"""

import re
import sys
from array import array
from bisect import bisect_right

BLOCK = 256
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_CACHE_SIZE = 4
# Lead bytes of 4-byte UTF-8 sequences, i.e. of code points above U+FFFF.
_NOT_ASTRAL_LEAD = bytes(b for b in range(256) if not 0xF0 <= b <= 0xF4)
# Python 3.13 added "w" (UCS-4) and deprecated "u" (wchar_t).
_WIDE_TYPECODE = "w" if "w" in getattr(array, "typecodes", "") else "u"


def _utf16_le(units):
    """The code units of ``units`` as UTF-16-LE bytes.

    ``units.encode("utf-16-le", "surrogatepass")`` says the same but calls
    the error handler once per surrogate (about 1 µs each); copying the
    characters into a wide-character array and keeping the low two bytes of
    each stays in C.
    """
    try:
        wide = array(_WIDE_TYPECODE, units)
    except (ValueError, TypeError):
        return units.encode("utf-16-le", "surrogatepass")
    raw = wide.tobytes()
    size = wide.itemsize
    lo, hi = (0, 1) if sys.byteorder == "little" else (size - 1, size - 2)
    out = bytearray(2 * len(units))
    out[0::2] = raw[lo::size]
    out[1::2] = raw[hi::size]
    return out


def string_to_code_points(units):
    """StringToCodePoints as a ``str`` of code points (lone surrogates kept)."""
    return _utf16_le(units).decode("utf-16-le", "surrogatepass")


def _pair_count(units):
    """How many surrogate pairs the code units ``units`` hold."""
    return _PAIR.subn("", units)[1]


def _astral_count(cps):
    """How many code points of the code point string ``cps`` are above U+FFFF."""
    return len(cps.encode("utf-8", "surrogatepass").translate(None, _NOT_ASTRAL_LEAD))


class CodePointText:
    """``text``: the code points of ``units``; ``to_code_point`` / ``to_code_unit`` map indices.

    A conversion counts the surrogate pairs between the target and the
    nearest known position before it: the start of its block, or the last
    position converted (a global match, split or replace converts the end
    of one match and then starts the next search there).
    """

    __slots__ = ("units", "text", "has_astral", "_starts", "_last")

    def __init__(self, units):
        self.units = units
        self.text = text = string_to_code_points(units)
        self.has_astral = len(text) != len(units)
        self._starts = None
        self._last = (0, 0)
        if self.has_astral:
            # _starts[j]: the code unit index of code point j * BLOCK.
            starts = []
            total = 0
            for j in range(0, len(text), BLOCK):
                starts.append(total)
                block = text[j:j + BLOCK]
                total += len(block) + _astral_count(block)
            self._starts = starts

    def to_code_point(self, index):
        """The code point index of code unit ``index`` (which must not split a surrogate pair)."""
        if not self.has_astral:
            return index
        last_unit, last_point = self._last
        if last_unit == index:
            return last_point
        j = bisect_right(self._starts, index) - 1
        unit, point = self._starts[j], j * BLOCK
        if unit <= last_unit <= index:
            unit, point = last_unit, last_point
        between = self.units[unit:index]
        point += len(between) - _pair_count(between)
        self._last = (index, point)
        return point

    def to_code_unit(self, index):
        """The code unit index of code point ``index``."""
        if not self.has_astral:
            return index
        j = min(index // BLOCK, len(self._starts) - 1)
        unit, point = self._starts[j], j * BLOCK
        last_unit, last_point = self._last
        if point <= last_point <= index:
            unit, point = last_unit, last_point
        between = self.text[point:index]
        unit += len(between) + _astral_count(between)
        self._last = (unit, index)
        return unit


_cache = []


def code_point_text(s):
    """The CodePointText of ``s``, reused while ``s`` is one of the last few strings seen.

    Builtins match one string many times (a global replace, split, a test
    repeated over the same input); the cache is by identity so that a lookup
    never compares long strings.
    """
    for entry in _cache:
        if entry.units is s:
            return entry
    entry = CodePointText(s)
    _cache.insert(0, entry)
    del _cache[_CACHE_SIZE:]
    return entry
