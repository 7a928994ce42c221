"""Abstract operations on strings shared by String, String.prototype and RegExp.

Strings are Python ``str`` of UTF-16 code units (see ARCHITECTURE.md).  The
spec talks about code points in a few places (CodePointAt, StringToCodePoints,
case mapping, normalization); the helpers here convert between the two forms
at C speed (see _ucs4_typecode), keep lone surrogates as they are, and skip all
work for strings without surrogates, which is the common case.

GetSubstitution lives here rather than in string_patterns.py because
RegExp.prototype[Symbol.replace] needs it too.
"""
import sys
from functools import cache

from ..interp.ops import to_string, to_boolean
from ..interp.values import JSObject, null, range_error, type_error, WELL_KNOWN_SYMBOLS
from ._helpers import lazy_pattern

SYM_MATCH = WELL_KNOWN_SYMBOLS["match"]

# The longest string pyjs builds on request (repeat, padStart, ...).  The spec
# allows 2**53 - 1 code units; a Python process runs out of memory long before,
# so, like other engines, refuse absurd sizes with a RangeError up front.
MAX_STRING_LENGTH = (1 << 30) - 25

_SURROGATE = lazy_pattern("[\ud800-\udfff]")
_LONE_SURROGATE = lazy_pattern("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")
_ASTRAL = lazy_pattern("[\U00010000-\U0010ffff]")
_PAIR = lazy_pattern("[\ud800-\udbff][\udc00-\udfff]")


@cache
def _ucs4_typecode():
    """The array type code holding one code point in 4 bytes ('w' from 3.13, 'u' before), or None.

    Converting between UTF-16 units and code points goes through such an
    array and byte slicing: CPython's UTF-16 codec sends every surrogate
    through the (slow, per-character) error handler, and regex callbacks cost
    microseconds per pair, while this is a few C-level copies.  Asked by the
    first conversion that needs it: the array module is a shared library that
    most programs never load.
    """
    from array import array
    for code in ("w", "u"):
        try:
            if array(code).itemsize == 4:
                return code
        except ValueError:
            continue
    return None


_NATIVE_UTF16 = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"
_LOW = 0 if sys.byteorder == "little" else 2      # offset of a UCS4 item's low 16 bits


def check_string_length(n):
    """Refuse to build a string of ``n`` code units when it would exceed MAX_STRING_LENGTH."""
    if n > MAX_STRING_LENGTH:
        raise range_error("Invalid string length")


def require_this_coercible(this, method_name):
    """RequireObjectCoercible(this value) (https://tc39.es/ecma262/#sec-requireobjectcoercible).

    The message names the method, since that is what the user called on null/undefined.
    """
    if this is None or this is null:
        raise type_error(f"String.prototype.{method_name} called on null or undefined")
    return this


def this_string_value(this, method_name):
    """Steps 1-2 of most String.prototype methods: RequireObjectCoercible(this value), then ToString."""
    if type(this) is str:
        return this
    return to_string(require_this_coercible(this, method_name))


def has_surrogates(s):
    """True when ``s`` holds any surrogate code unit (so code points differ from code units)."""
    return not s.isascii() and _SURROGATE.search(s) is not None


def string_to_code_points(s):
    """StringToCodePoints (https://tc39.es/ecma262/#sec-stringtocodepoints), as a Python str.

    Each surrogate pair becomes one astral character; lone surrogates stay as
    they are, exactly as the spec's CodePointAt reports them.
    """
    if not has_surrogates(s):
        return s
    ucs4 = _ucs4_typecode()
    if ucs4 is None:
        return _PAIR.sub(_join_pair, s)
    from array import array
    # every unit as a 4-byte UCS4 item, keep its low two bytes: UTF-16 in native order
    wide = array(ucs4, s).tobytes()
    narrow = bytearray(len(wide) // 2)
    narrow[0::2] = wide[_LOW::4]
    narrow[1::2] = wide[_LOW + 1::4]
    return narrow.decode(_NATIVE_UTF16, "surrogatepass")


def code_points_to_string(text):
    """CodePointsToString (https://tc39.es/ecma262/#sec-codepointstostring): back to UTF-16 units."""
    if text.isascii() or _ASTRAL.search(text) is None:
        return text
    ucs4 = _ucs4_typecode()
    if ucs4 is None:
        return _ASTRAL.sub(_split_pair, text)
    from array import array
    # UTF-16 bytes, then each 2-byte unit widened to one UCS4 item (one char)
    narrow = text.encode(_NATIVE_UTF16, "surrogatepass")
    wide = bytearray(2 * len(narrow))
    wide[_LOW::4] = narrow[0::2]
    wide[_LOW + 1::4] = narrow[1::2]
    units = array(ucs4)
    units.frombytes(wide)
    return units.tounicode()


def _join_pair(m):
    g = m.group()
    return chr(0x10000 + ((ord(g[0]) - 0xD800) << 10) + (ord(g[1]) - 0xDC00))


def _split_pair(m):
    return utf16_encode_code_point(ord(m.group()))


def utf16_encode_code_point(cp):
    """UTF16EncodeCodePoint (https://tc39.es/ecma262/#sec-utf16encodecodepoint)."""
    if cp <= 0xFFFF:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def code_point_at(s, position):
    """CodePointAt (https://tc39.es/ecma262/#sec-codepointat).

    Returns (code point, code unit count, is unpaired surrogate).
    """
    first = ord(s[position])
    if first < 0xD800 or first > 0xDFFF:
        return first, 1, False
    if first >= 0xDC00 or position + 1 == len(s):
        return first, 1, True
    second = ord(s[position + 1])
    if second < 0xDC00 or second > 0xDFFF:
        return first, 1, True
    return ((first - 0xD800) << 10) + (second - 0xDC00) + 0x10000, 2, False


def is_string_well_formed_unicode(s):
    """IsStringWellFormedUnicode (https://tc39.es/ecma262/#sec-isstringwellformedunicode)."""
    return s.isascii() or _LONE_SURROGATE.search(s) is None


def to_well_formed(s):
    """The loop of String.prototype.toWellFormed: each lone surrogate becomes U+FFFD.

    https://tc39.es/ecma262/#sec-string.prototype.towellformed
    """
    if s.isascii():
        return s
    return _LONE_SURROGATE.sub("\ufffd", s)


def string_index_of(s, search_value, from_index):
    """StringIndexOf (https://tc39.es/ecma262/#sec-stringindexof); -1 stands for not-found.

    ``str.find`` has exactly the spec's semantics, including an empty search
    value found at ``from_index`` when ``from_index`` <= len(s).
    """
    return s.find(search_value, from_index)


def string_last_index_of(s, search_value, from_index):
    """StringLastIndexOf (https://tc39.es/ecma262/#sec-stringlastindexof); -1 for not-found.

    Looks for a match starting at or before ``from_index``.
    """
    return s.rfind(search_value, 0, from_index + len(search_value))


def is_reg_exp(argument):
    """IsRegExp (https://tc39.es/ecma262/#sec-isregexp).

    [[RegExpMatcher]] is recognised by ``class_name == "RegExp"``, the same
    convention Object.prototype.toString uses for its builtinTag.
    """
    if not isinstance(argument, JSObject):
        return False
    matcher = argument.get(SYM_MATCH, argument)
    if matcher is not None:
        return to_boolean(matcher)
    return getattr(argument, "class_name", None) == "RegExp"


def regexp_create(realm, pattern, flags):
    """RegExpCreate (https://tc39.es/ecma262/#sec-regexpcreate) through the realm's %RegExp%.

    String methods only reach this for a non-object pattern (``"abc".match("b")``);
    until the RegExp builtin is installed this is a clear TypeError.
    """
    ctor = realm.intrinsics.get("%RegExp%")
    if ctor is None:
        raise type_error("RegExp is not available in this realm")
    return ctor.construct([pattern, flags], ctor)


def get_substitution(matched, string, position, captures, named_captures, replacement_template):
    """GetSubstitution (https://tc39.es/ecma262/#sec-getsubstitution).

    ``captures`` is a list of strings or None (undefined); ``named_captures`` is
    a JS object or None.  Expands $$, $&, $`, $', $n, $nn and $<name>; any other
    ``$`` is literal.  Text between ``$`` signs is copied in one slice rather
    than one code unit per step, which is what the spec's loop amounts to.
    """
    if "$" not in replacement_template:
        return replacement_template
    string_length = len(string)
    template = replacement_template
    n = len(template)
    result = []
    i = 0
    while i < n:
        dollar = template.find("$", i)
        if dollar < 0:
            result.append(template[i:])
            break
        if dollar > i:
            result.append(template[i:dollar])
        i = dollar
        nxt = template[i + 1:i + 2]
        if nxt == "$":
            ref_len, replacement = 2, "$"
        elif nxt == "`":
            ref_len, replacement = 2, string[:position]
        elif nxt == "&":
            ref_len, replacement = 2, matched
        elif nxt == "'":
            tail_pos = position + len(matched)
            ref_len, replacement = 2, string[min(tail_pos, string_length):]
        elif "0" <= nxt <= "9":
            capture_len = len(captures)
            second = template[i + 2:i + 3]
            digit_count = 2 if "0" <= second <= "9" else 1
            index = int(template[i + 1:i + 1 + digit_count])
            if index > capture_len and digit_count == 2:
                # a two-digit reference past the last group is a one-digit one plus a literal digit
                digit_count = 1
                index = int(nxt)
            ref_len = 1 + digit_count
            if 1 <= index <= capture_len:
                capture = captures[index - 1]
                replacement = "" if capture is None else capture
            else:
                replacement = template[i:i + ref_len]
        elif nxt == "<":
            gt_pos = template.find(">", i)
            if gt_pos < 0 or named_captures is None:
                ref_len, replacement = 2, "$<"
            else:
                ref_len = gt_pos + 1 - i
                group_name = template[i + 2:gt_pos]
                capture = named_captures.get(group_name, named_captures)
                replacement = "" if capture is None else to_string(capture)
        else:
            ref_len, replacement = 1, "$"
        result.append(replacement)
        i += ref_len
    return "".join(result)

