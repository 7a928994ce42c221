"""String.prototype methods that do not take patterns (ECMA-262 §22.1.3, Annex B.2.2).

https://tc39.es/ecma262/#sec-properties-of-the-string-prototype-object

The pattern-dispatching methods (match, matchAll, replace, replaceAll,
search, split) are in string_patterns.py; the iterator is in string.py.

Positions follow the spec's arithmetic on ToIntegerOrInfinity results (an int
or a ±inf float), clamped before they index a Python str, so infinities never
reach a slice.
"""
import re

from ..interp.numconv import trim_string
from ..interp.ops import (length_of_array_like, to_integer_or_infinity, to_length, to_number,
                          to_object, to_string, to_uint16)
from ..interp.values import HIDDEN, MISSING, Prop, range_error, type_error
from ._helpers import arg, lazy_module, method
from .string_ops import (check_string_length, this_string_value, string_to_code_points,
                         code_points_to_string, code_point_at, is_string_well_formed_unicode,
                         to_well_formed, string_index_of, string_last_index_of, is_reg_exp)

# needed only by non-ASCII strings: imported by the first such call
unicodedata = lazy_module("unicodedata")
_string_case_data = lazy_module("pyjs.builtins._string_case_data")

_NORMALIZATION_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def _clamp(x, lower, upper):
    """The spec's "the result of clamping x between lower and upper"."""
    return lower if x < lower else upper if x > upper else x


def _relative_position(value, size):
    """The slice/substr start-or-end rule: negative counts from the end, then clamp to [0, size]."""
    rel = to_integer_or_infinity(value)
    if rel < 0:
        return max(size + rel, 0)
    return min(rel, size)


def string_pad(s, max_length, fill_string, placement):
    """StringPad (https://tc39.es/ecma262/#sec-stringpad)."""
    string_length = len(s)
    if max_length <= string_length or fill_string == "":
        return s
    check_string_length(max_length)
    fill_len = max_length - string_length
    repeats = -(-fill_len // len(fill_string))
    truncated_string_filler = (fill_string * repeats)[:fill_len]
    if placement == "start":
        return truncated_string_filler + s
    return s + truncated_string_filler


def string_padding_builtins_impl(o, max_length, fill_string, placement, method_name):
    """StringPaddingBuiltinsImpl (https://tc39.es/ecma262/#sec-stringpaddingbuiltinsimpl)."""
    s = this_string_value(o, method_name)
    int_max_length = to_length(max_length)
    if int_max_length <= len(s):
        return s
    fill_string = " " if fill_string is None else to_string(fill_string)
    return string_pad(s, int_max_length, fill_string, placement)


def _no_reg_exp(search_string, method_name):
    """The IsRegExp check of startsWith/endsWith/includes: a RegExp argument is a TypeError."""
    if is_reg_exp(search_string):
        raise type_error(f"First argument to String.prototype.{method_name} must not be a regular expression")
    return to_string(search_string)


def create_html(string, tag, attribute, value):
    """CreateHTML (https://tc39.es/ecma262/#sec-createhtml), for the Annex B HTML methods."""
    s = this_string_value(string, "<" + tag + ">")
    p1 = "<" + tag
    if attribute:
        v = to_string(value)
        escaped_v = v.replace('"', "&quot;")
        p1 = p1 + " " + attribute + '="' + escaped_v + '"'
    return p1 + ">" + s + "</" + tag + ">"


# B.2.2.2 - B.2.2.14: method name -> (tag, attribute); attribute "" means none.
_HTML_METHODS = {
    "anchor": ("a", "name"), "big": ("big", ""), "blink": ("blink", ""), "bold": ("b", ""),
    "fixed": ("tt", ""), "fontcolor": ("font", "color"), "fontsize": ("font", "size"),
    "italics": ("i", ""), "link": ("a", "href"), "small": ("small", ""),
    "strike": ("strike", ""), "sub": ("sub", ""), "sup": ("sup", ""),
}


def setup_prototype_methods(realm, proto):
    """Install the non-pattern String.prototype methods on ``proto``."""

    @method(realm, proto, "at", 1)
    def at(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.at"""
        s = this_string_value(this, "at")
        length = len(s)
        relative_index = to_integer_or_infinity(arg(args, 0))
        k = relative_index if relative_index >= 0 else length + relative_index
        if k < 0 or k >= length:
            return None
        return s[k]

    @method(realm, proto, "charAt", 1, positional=True)
    def char_at(this, pos=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.charat"""
        if type(this) is str and type(pos) is float and 0.0 <= pos < len(this):
            return this[int(pos)]
        s = this_string_value(this, "charAt")
        position = to_integer_or_infinity(pos)
        if position < 0 or position >= len(s):
            return ""
        return s[position]

    @method(realm, proto, "charCodeAt", 1, positional=True)
    def char_code_at(this, pos=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.charcodeat"""
        if type(this) is str and type(pos) is float and 0.0 <= pos < len(this):     # (NaN fails the test)
            return float(ord(this[int(pos)]))
        s = this_string_value(this, "charCodeAt")
        position = to_integer_or_infinity(pos)
        if position < 0 or position >= len(s):
            return float("nan")
        return float(ord(s[position]))

    @method(realm, proto, "codePointAt", 1)
    def code_point_at_(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.codepointat"""
        s = this_string_value(this, "codePointAt")
        position = to_integer_or_infinity(arg(args, 0))
        if position < 0 or position >= len(s):
            return None
        return float(code_point_at(s, position)[0])

    @method(realm, proto, "concat", 1)
    def concat(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.concat"""
        s = this_string_value(this, "concat")
        parts = [s]
        total = len(s)
        for next_ in args:
            next_string = to_string(next_)
            total += len(next_string)
            check_string_length(total)
            parts.append(next_string)
        return "".join(parts)

    @method(realm, proto, "endsWith", 1, positional=True)
    def ends_with(this, search_string=None, end_position=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.endswith"""
        if type(this) is str and type(search_string) is str and end_position is None:
            return this.endswith(search_string)
        s = this_string_value(this, "endsWith")
        search_str = _no_reg_exp(search_string, "endsWith")
        length = len(s)
        pos = length if end_position is None else to_integer_or_infinity(end_position)
        end = _clamp(pos, 0, length)
        search_length = len(search_str)
        if search_length == 0:
            return True
        start = end - search_length
        if start < 0:
            return False
        return s[start:end] == search_str

    @method(realm, proto, "includes", 1, positional=True)
    def includes(this, search_string=None, position=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.includes"""
        if type(this) is str and type(search_string) is str and position is None:
            return search_string in this
        s = this_string_value(this, "includes")
        search_str = _no_reg_exp(search_string, "includes")
        pos = to_integer_or_infinity(position)
        start = _clamp(pos, 0, len(s))
        return string_index_of(s, search_str, start) != -1

    @method(realm, proto, "indexOf", 1, positional=True)
    def index_of(this, search_string=None, position=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.indexof"""
        if type(this) is str and type(search_string) is str and position is None:
            return float(this.find(search_string))
        s = this_string_value(this, "indexOf")
        search_str = to_string(search_string)
        pos = to_integer_or_infinity(position)
        start = _clamp(pos, 0, len(s))
        return float(string_index_of(s, search_str, start))

    @method(realm, proto, "isWellFormed", 0)
    def is_well_formed(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.iswellformed"""
        return is_string_well_formed_unicode(this_string_value(this, "isWellFormed"))

    @method(realm, proto, "lastIndexOf", 1)
    def last_index_of(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.lastindexof"""
        s = this_string_value(this, "lastIndexOf")
        search_str = to_string(arg(args, 0))
        num_pos = to_number(arg(args, 1))
        pos = float("inf") if num_pos != num_pos else to_integer_or_infinity(num_pos)
        length = len(s)
        search_len = len(search_str)
        if search_len > length:
            return -1.0
        start = _clamp(pos, 0, length - search_len)
        return float(string_last_index_of(s, search_str, start))

    @method(realm, proto, "localeCompare", 1)
    def locale_compare(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.localecompare

        Without Intl the comparison is implementation-defined, but canonically
        equivalent strings must compare equal, so both sides are compared in
        NFD by code point.
        """
        s = this_string_value(this, "localeCompare")
        that_value = to_string(arg(args, 0))
        a = unicodedata.normalize("NFD", string_to_code_points(s))
        b = unicodedata.normalize("NFD", string_to_code_points(that_value))
        return 0.0 if a == b else -1.0 if a < b else 1.0

    @method(realm, proto, "normalize", 0)
    def normalize(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.normalize

        UTF-16 -> code points -> unicodedata.normalize -> UTF-16; lone
        surrogates pass through unchanged.  The normalization data is the
        interpreter's (Unicode 14.0 for Python 3.11): characters added since
        then are left as they are.
        """
        s = this_string_value(this, "normalize")
        form = arg(args, 0)
        f = "NFC" if form is None else to_string(form)
        if f not in _NORMALIZATION_FORMS:
            raise range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
        if s.isascii():
            return s
        return code_points_to_string(unicodedata.normalize(f, string_to_code_points(s)))

    @method(realm, proto, "padEnd", 1)
    def pad_end(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.padend"""
        return string_padding_builtins_impl(this, arg(args, 0), arg(args, 1), "end", "padEnd")

    @method(realm, proto, "padStart", 1)
    def pad_start(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.padstart"""
        return string_padding_builtins_impl(this, arg(args, 0), arg(args, 1), "start", "padStart")

    @method(realm, proto, "repeat", 1)
    def repeat(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.repeat"""
        s = this_string_value(this, "repeat")
        n = to_integer_or_infinity(arg(args, 0))
        if n < 0 or n == float("inf"):
            raise range_error(f"Invalid count value: {to_string(float(n))}")
        if n == 0 or s == "":
            return ""
        check_string_length(len(s) * n)
        return s * n

    @method(realm, proto, "slice", 2, positional=True)
    def slice_(this, start=None, end=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.slice"""
        if type(this) is str and type(start) is float and 0.0 <= start < 9007199254740992.0 and (
                end is None or (type(end) is float and 0.0 <= end < 9007199254740992.0)):
            # Non-negative integers: Python's slice clamps exactly as the spec does.
            return this[int(start):] if end is None else this[int(start):int(end)]
        s = this_string_value(this, "slice")
        length = len(s)
        from_ = _relative_position(start, length)
        to = length if end is None else _relative_position(end, length)
        if from_ >= to:
            return ""
        return s[from_:to]

    @method(realm, proto, "startsWith", 1, positional=True)
    def starts_with(this, search_string=None, position=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.startswith"""
        if type(this) is str and type(search_string) is str and position is None:
            return this.startswith(search_string)
        s = this_string_value(this, "startsWith")
        search_str = _no_reg_exp(search_string, "startsWith")
        length = len(s)
        pos = 0 if position is None else to_integer_or_infinity(position)
        start = _clamp(pos, 0, length)
        search_length = len(search_str)
        if search_length == 0:
            return True
        end = start + search_length
        if end > length:
            return False
        return s[start:end] == search_str

    @method(realm, proto, "substring", 2, positional=True)
    def substring(this, start=None, end=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.substring"""
        if type(this) is str and type(start) is float and 0.0 <= start < 9007199254740992.0 and (
                end is None or (type(end) is float and 0.0 <= end < 9007199254740992.0)):
            if end is None:
                return this[int(start):]
            a, b = int(start), int(end)
            return this[a:b] if a <= b else this[b:a]
        s = this_string_value(this, "substring")
        length = len(s)
        int_start = to_integer_or_infinity(start)
        int_end = length if end is None else to_integer_or_infinity(end)
        final_start = _clamp(int_start, 0, length)
        final_end = _clamp(int_end, 0, length)
        return s[min(final_start, final_end):max(final_start, final_end)]

    def case_mapping(name, convert, table):
        """toLowerCase / toUpperCase and their locale forms: Unicode Default Case Conversion.

        https://tc39.es/ecma262/#sec-string.prototype.tolowercase
        Python's str.lower/upper on the code-point string apply the full
        UnicodeData + SpecialCasing mappings (ß -> SS, İ -> i̇, final sigma),
        which is the locale-insensitive algorithm the spec asks for; the
        generated _string_case_data tables bring the interpreter's Unicode
        version up to date.  (Characters newer than the interpreter's Unicode
        do not count as "cased" for the final-sigma context.)  Without Intl,
        the locale forms ignore their locales argument.  ``table`` names the
        _string_case_data mapping.
        """
        newer = newer_mappings = None   # built by the first non-ASCII call

        def newer_mapping(m):
            return newer_mappings[ord(m.group())]

        def mapper(this, *_):
            nonlocal newer, newer_mappings
            s = this if type(this) is str else this_string_value(this, name)
            if s.isascii():
                return convert(s)
            if newer is None:
                newer_mappings = getattr(_string_case_data, table)
                newer = re.compile("[" + "".join(re.escape(chr(cp)) for cp in newer_mappings) + "]")
            return code_points_to_string(newer.sub(newer_mapping, convert(string_to_code_points(s))))
        mapper.__doc__ = case_mapping.__doc__
        method(realm, proto, name, 0, positional=True)(mapper)

    case_mapping("toLocaleLowerCase", str.lower, "LOWER")
    case_mapping("toLocaleUpperCase", str.upper, "UPPER")
    case_mapping("toLowerCase", str.lower, "LOWER")
    case_mapping("toUpperCase", str.upper, "UPPER")

    @method(realm, proto, "toWellFormed", 0)
    def to_well_formed_(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.towellformed"""
        return to_well_formed(this_string_value(this, "toWellFormed"))

    def trim_method(name, where):
        """trim / trimStart / trimEnd: TrimString(this value, where).

        https://tc39.es/ecma262/#sec-trimstring
        """
        def trimmer(this, args):
            return trim_string(this_string_value(this, name), where)
        trimmer.__doc__ = trim_method.__doc__
        method(realm, proto, name, 0)(trimmer)

    trim_method("trim", "start+end")
    trim_method("trimEnd", "end")
    trim_method("trimStart", "start")

    setup_annex_b_methods(realm, proto)


def setup_annex_b_methods(realm, proto):
    """Annex B.2.2: substr, trimLeft/trimRight and the HTML methods.

    https://tc39.es/ecma262/#sec-additional-properties-of-the-string.prototype-object
    """

    @method(realm, proto, "substr", 2)
    def substr(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.substr"""
        s = this_string_value(this, "substr")
        size = len(s)
        int_start = _relative_position(arg(args, 0), size)
        length = arg(args, 1)
        int_length = size if length is None else to_integer_or_infinity(length)
        int_length = _clamp(int_length, 0, size)
        int_end = min(int_start + int_length, size)
        return s[int_start:int_end]

    # B.2.2.15 / B.2.2.16: the initial values are the same function objects as trimStart/trimEnd
    proto.props["trimLeft"] = Prop(proto.props["trimStart"].value, HIDDEN)
    proto.props["trimRight"] = Prop(proto.props["trimEnd"].value, HIDDEN)

    def html_method(name, tag, attribute):
        """The HTML methods (https://tc39.es/ecma262/#sec-string.prototype.anchor and following)."""
        def html(this, args):
            # RequireObjectCoercible + ToString here first, so the error names the method
            return create_html(this_string_value(this, name), tag, attribute, arg(args, 0))
        html.__doc__ = html_method.__doc__
        method(realm, proto, name, 1 if attribute else 0)(html)

    for name, (tag, attribute) in _HTML_METHODS.items():
        html_method(name, tag, attribute)


def setup_static_methods(realm, ctor):
    """String.fromCharCode, String.fromCodePoint, String.raw (§22.1.2)."""

    @method(realm, ctor, "fromCharCode", 1, positional=True)
    def from_char_code(this, code=MISSING, *more):
        """https://tc39.es/ecma262/#sec-string.fromcharcode"""
        if type(code) is float and 0.0 <= code < 65536.0 and not more:
            return chr(int(code))
        codes = () if code is MISSING else (code, *more)
        return "".join([chr(int(c)) if type(c) is float and 0.0 <= c < 65536.0 else chr(to_uint16(c))
                        for c in codes])

    @method(realm, ctor, "fromCodePoint", 1)
    def from_code_point(this, args):
        """https://tc39.es/ecma262/#sec-string.fromcodepoint"""
        fast = _code_points_of_floats(args)
        if fast is not None:
            return code_points_to_string("".join(map(chr, fast)))
        result = []
        for next_ in args:
            next_cp = to_number(next_)
            # not an integral Number (NaN, ±inf, fractions) or out of range: both RangeErrors
            if not 0 <= next_cp <= 0x10FFFF or next_cp != int(next_cp):
                raise range_error(f"Invalid code point {to_string(next_cp)}")
            result.append(chr(int(next_cp)))
        return code_points_to_string("".join(result))

    @method(realm, ctor, "raw", 1)
    def raw(this, args):
        """https://tc39.es/ecma262/#sec-string.raw"""
        substitutions = args[1:]
        substitution_count = len(substitutions)
        cooked = to_object(arg(args, 0))
        literals = to_object(cooked.get("raw", cooked))
        literal_count = length_of_array_like(literals)
        if literal_count <= 0:
            return ""
        r = []
        total = 0
        next_index = 0
        while True:
            next_literal = to_string(literals.get(str(next_index), literals))
            r.append(next_literal)
            total += len(next_literal)
            if next_index + 1 == literal_count:
                return "".join(r)
            if next_index < substitution_count:
                next_sub = to_string(substitutions[next_index])
                r.append(next_sub)
                total += len(next_sub)
            check_string_length(total)
            next_index += 1


def _code_points_of_floats(args):
    """The code points of an argument list of Numbers that are all valid code
    points, or None (anything else takes String.fromCodePoint's checked loop)."""
    for a in args:
        if type(a) is not float:
            return None
    try:
        cps = [int(a) for a in args]
    except (ValueError, OverflowError):
        return None
    if cps and (min(cps) < 0 or max(cps) > 0x10FFFF or cps != args):
        return None
    return cps
