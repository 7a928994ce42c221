"""Number <-> String conversions: Number::toString, StringToNumber, parseInt,
parseFloat and the digit generation of toFixed / toExponential / toPrecision.

Values follow the engine's conventions: a JS number is a Python ``float``, a
JS string is a Python ``str`` of UTF-16 code units.

Where the spec leaves a choice to the implementation we do what V8 does, so
that output matches Node byte for byte:

* Number::toString with a radix other than 10 is "implementation-approximated";
  ``_double_to_radix_string`` is a port of V8's ``DoubleToRadixCString``
  (v8/src/numbers/conversions.cc), floating-point steps and all.
* parseInt with radix 10 uses the exact decimal value of every digit (the
  spec allows dropping digits after the 20th; V8 does not).  Every other radix
  also converts exactly and rounds once - the spec allows an approximation for
  radixes that are not powers of two, and V8's approximation differs from the
  correctly rounded value only for integers above 2**53.

Exactness comes from Python itself: ``repr(float)`` yields the shortest digit
string that round-trips (ties broken toward the closer decimal, as V8 does),
``float(str)`` and ``float(int)`` are correctly rounded, and
``float.as_integer_ratio()`` gives the exact binary value for the fixed-digit
formats.
"""
import math
import re

_NAN = math.nan
_INF = math.inf
_TWO_53 = 9007199254740992.0
_MIN_SUBNORMAL = 5e-324
_DIGIT_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"

# WhiteSpace (https://tc39.es/ecma262/#sec-white-space) - TAB VT FF ZWNBSP and
# every Unicode "Zs" code point (stable since Unicode 6.3 moved U+180E out) -
# plus LineTerminator (https://tc39.es/ecma262/#sec-line-terminators).
# Python's str.strip() without arguments is wrong here: it also strips
# U+001C..U+001F and U+0085 and does not strip U+FEFF.
WHITESPACE_CHARS = (
    "\t\v\f \xa0\ufeff"
    "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
    "\n\r\u2028\u2029"
)

_STR_DECIMAL_LITERAL = re.compile(
    r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)"
)
_NON_DECIMAL_INTEGER_LITERAL = re.compile(r"0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)")
_PREFIX_BASE = {"x": 16, "X": 16, "o": 8, "O": 8, "b": 2, "B": 2}


def trim_string(s: str, where: str = "start+end") -> str:
    """TrimString: strip JS WhiteSpace and LineTerminator code units.

    https://tc39.es/ecma262/#sec-trimstring

    ``where`` is "start", "end" or "start+end" as in the spec.  Shared with
    String.prototype.trim* so the whitespace set is defined once.
    """
    if where == "start":
        return s.lstrip(WHITESPACE_CHARS)
    if where == "end":
        return s.rstrip(WHITESPACE_CHARS)
    return s.strip(WHITESPACE_CHARS)


# --------------------------------------------------------------------------
# Number -> String


# The strings of the small integral Numbers, the commonest in keys and concatenations
# (a float key finds its integer's entry; -0 is 0's, "0"; NaN finds nothing).
_SMALL_INTEGER_STRINGS = {float(i): str(i) for i in range(1024)}


def number_to_string(x: float, radix: int = 10) -> str:
    """Number::toString(x, radix).

    https://tc39.es/ecma262/#sec-numeric-types-number-tostring

    Hot path (string concatenation, property keys): integral values below
    2**53 are checked first - for them every digit is significant, so the
    shortest round-trip form is simply the integer's digits.
    """
    if radix == 10:
        s = _SMALL_INTEGER_STRINGS.get(x)
        if s is not None:
            return s
        if x.is_integer() and -_TWO_53 < x < _TWO_53:
            return str(int(x))
        return _number_to_decimal_string(x)
    if x != x:
        return "NaN"
    if x == _INF:
        return "Infinity"
    if x == -_INF:
        return "-Infinity"
    if x.is_integer() and -_TWO_53 < x < _TWO_53:
        return _int_to_radix_string(int(x), radix)
    return _double_to_radix_string(x, radix)


def _number_to_decimal_string(x: float) -> str:
    """Steps 1-12 of Number::toString for radix 10, outside the integer fast path.

    https://tc39.es/ecma262/#sec-numeric-types-number-tostring
    """
    r = repr(x)
    if "e" not in r and "n" not in r and not r.endswith(".0"):
        # Python prints 1e-4 <= |x| < 1e16 positionally with exactly the
        # shortest digits, which is already the JS form for non-integers.
        return r
    if x != x:
        return "NaN"
    if x == 0:
        return "0"
    if x < 0:
        return "-" + _number_to_decimal_string(-x)
    if x == _INF:
        return "Infinity"
    digits, n = _shortest_digits(x)
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * -n + digits
    e = n - 1
    exponent = ("+" if e >= 0 else "-") + str(abs(e))
    if k == 1:
        return digits + "e" + exponent
    return digits[0] + "." + digits[1:] + "e" + exponent


def _shortest_digits(x: float) -> tuple[str, int]:
    """The spec's s (as its k decimal digits) and n for a positive finite x.

    x = s * 10**(n-k) with k as small as possible; Python's repr picks the
    same s as V8 when several k-digit strings round-trip (the closest one).
    """
    mantissa, _, exp = repr(x).partition("e")
    int_part, _, frac_part = mantissa.partition(".")
    digits = (int_part + frac_part).lstrip("0")
    last_digit_exp = (int(exp) if exp else 0) - len(frac_part)
    trimmed = digits.rstrip("0")
    last_digit_exp += len(digits) - len(trimmed)
    return trimmed, last_digit_exp + len(trimmed)


def _int_to_radix_string(i: int, radix: int) -> str:
    """Exact digits of an integer in ``radix`` (what V8 prints below 2**53)."""
    if radix == 16:
        return format(i, "x")
    if radix == 2:
        return format(i, "b")
    if radix == 8:
        return format(i, "o")
    sign = ""
    if i < 0:
        sign, i = "-", -i
    out = []
    while True:
        i, d = divmod(i, radix)
        out.append(_DIGIT_CHARS[d])
        if not i:
            break
    return sign + "".join(reversed(out))


def _double_to_radix_string(value: float, radix: int) -> str:
    """V8's DoubleToRadixCString, step for step in IEEE double arithmetic.

    Fraction digits are produced until the digits written identify the double
    uniquely (``delta`` is half the gap to the next double, scaled with the
    digits), rounding the last digit half-to-even; integer digits beyond
    double precision are written as zeros.  Python floats are IEEE doubles,
    so every intermediate rounds exactly as it does in C++.
    """
    negative = value < 0
    if negative:
        value = -value
    integer = float(math.floor(value))
    fraction = value - integer
    delta = max(_MIN_SUBNORMAL, 0.5 * (math.nextafter(value, _INF) - value))
    frac_digits: list[int] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac_digits.append(digit)
            fraction -= digit
            if fraction > 0.5 or (fraction == 0.5 and digit & 1):
                if fraction + delta > 1:
                    # Round up, carrying through digits that overflow the radix.
                    while True:
                        if not frac_digits:
                            integer += 1
                            break
                        last = frac_digits.pop() + 1
                        if last < radix:
                            frac_digits.append(last)
                            break
                    break
            if not fraction >= delta:
                break
    int_digits: list[str] = []
    while integer / radix >= _TWO_53:
        integer /= radix
        int_digits.append("0")
    while True:
        remainder = math.fmod(integer, radix)
        int_digits.append(_DIGIT_CHARS[int(remainder)])
        integer = (integer - remainder) / radix
        if not integer > 0:
            break
    result = "".join(reversed(int_digits))
    if frac_digits:
        result += "." + "".join(_DIGIT_CHARS[d] for d in frac_digits)
    return "-" + result if negative else result


# --------------------------------------------------------------------------
# String -> Number


def string_to_number(s: str) -> float:
    """StringToNumber: the MV of a StringNumericLiteral, or NaN.

    https://tc39.es/ecma262/#sec-stringtonumber

    The grammar is checked with an ASCII-only regex before handing the text to
    Python's float()/int(), which would otherwise also accept "inf", "nan",
    "1_000" and non-ASCII digits.
    """
    if s.isdigit() and s.isascii():
        return float(s)
    text = s.strip(WHITESPACE_CHARS)
    if not text:
        return 0.0
    if _STR_DECIMAL_LITERAL.fullmatch(text):
        return _str_decimal_literal_value(text)
    if _NON_DECIMAL_INTEGER_LITERAL.fullmatch(text):
        return _int_to_double(int(text[2:], _PREFIX_BASE[text[1]]))
    return _NAN


def _str_decimal_literal_value(text: str) -> float:
    """MV of a string already known to match StrDecimalLiteral, rounded once.

    https://tc39.es/ecma262/#sec-runtime-semantics-mv-s
    """
    if text[-1] == "y":
        return -_INF if text[0] == "-" else _INF
    return float(text)


def _int_to_double(n: int) -> float:
    """𝔽(n) for an exact mathematical integer: round half to even, overflow to ±∞."""
    try:
        return float(n)
    except OverflowError:
        return _INF if n > 0 else -_INF


_radix_digit_patterns: dict[int, re.Pattern] = {}


def _radix_digits_pattern(radix: int) -> re.Pattern:
    pattern = _radix_digit_patterns.get(radix)
    if pattern is None:
        if radix <= 10:
            cls = "0-%d" % (radix - 1)
        else:
            last = chr(ord("a") + radix - 11)
            cls = "0-9a-%sA-%s" % (last, last.upper())
        pattern = _radix_digit_patterns[radix] = re.compile("[%s]*" % cls)
    return pattern


def parse_int(s: str, radix: int) -> float:
    """parseInt(string, radix) after ToString(string) and ToInt32(radix).

    https://tc39.es/ecma262/#sec-parseint-string-radix

    The integer is converted exactly and rounded once, so results are correctly
    rounded in every radix (required for 2, 4, 8, 10, 16 and 32; allowed for
    the rest).
    """
    text = s.lstrip(WHITESPACE_CHARS)
    sign = 1
    if text[:1] == "-":
        sign = -1
    if text[:1] in ("-", "+"):
        text = text[1:]
    strip_prefix = True
    if radix != 0:
        if radix < 2 or radix > 36:
            return _NAN
        if radix != 16:
            strip_prefix = False
    else:
        radix = 10
    if strip_prefix and text[:2] in ("0x", "0X"):
        text = text[2:]
        radix = 16
    digits = _radix_digits_pattern(radix).match(text).group()
    if not digits:
        return _NAN
    if radix == 10:
        value = float(digits)
    else:
        value = _int_to_double(_digits_to_int(digits, radix))
    return -value if sign < 0 else value


def _digits_to_int(digits: str, radix: int) -> int:
    """Exact integer value of ``digits`` in ``radix``, whatever its length.

    int(str, base) refuses long inputs in bases that are not powers of two
    (CVE-2020-10735 limit), so long strings are split and recombined; a value
    certain to overflow a double is cut short since only its infinity matters.
    """
    digits = digits.lstrip("0")
    if not digits:
        return 0
    if (len(digits) - 1) * math.log2(radix) > 1030:
        return 1 << 1100
    if radix & (radix - 1) == 0 or len(digits) <= 4000:
        return int(digits, radix)
    half = len(digits) // 2
    high = _digits_to_int(digits[:-half], radix)
    low = _digits_to_int(digits[-half:], radix)
    return high * radix**half + low


def parse_float(s: str) -> float:
    """parseFloat(string) after ToString(string).

    https://tc39.es/ecma262/#sec-parsefloat-string

    The value of the longest prefix that is a StrDecimalLiteral; the regex's
    greedy optional parts yield exactly that longest prefix ("1.e" -> "1.").
    """
    match = _STR_DECIMAL_LITERAL.match(s.lstrip(WHITESPACE_CHARS))
    if match is None:
        return _NAN
    return _str_decimal_literal_value(match.group())


# --------------------------------------------------------------------------
# toFixed / toExponential / toPrecision
#
# Each takes a digit count the caller has already range-checked.  NaN and
# ±Infinity are answered here with Number::toString(x), as the spec does;
# the caller only has to keep the spec's order of that check relative to its
# RangeError (toFixed checks the range first, the other two check finiteness
# first).


def to_fixed(x: float, fraction_digits: int) -> str:
    """Digits of Number.prototype.toFixed(fractionDigits), steps 6-11.

    https://tc39.es/ecma262/#sec-number.prototype.tofixed

    n is x * 10**f rounded half up, computed on the exact binary value of x.
    """
    f = fraction_digits
    if not math.isfinite(x):
        return number_to_string(x)
    sign = ""
    if x < 0:
        sign, x = "-", -x
    if x >= 1e21:
        return sign + number_to_string(x)
    num, den = x.as_integer_ratio()
    n = (2 * num * 10**f + den) // (2 * den)
    m = str(n)
    if f != 0:
        k = len(m)
        if k <= f:
            m = "0" * (f + 1 - k) + m
            k = f + 1
        m = m[: k - f] + "." + m[k - f :]
    return sign + m


def to_exponential(x: float, fraction_digits: int | None) -> str:
    """Digits of Number.prototype.toExponential(fractionDigits), steps 4 and 6-13.

    https://tc39.es/ecma262/#sec-number.prototype.toexponential

    ``fraction_digits`` None stands for undefined: as many digits as needed to
    identify x uniquely (the shortest round-trip digits).
    """
    if not math.isfinite(x):
        return number_to_string(x)
    sign = ""
    if x < 0:
        sign, x = "-", -x
    if x == 0:
        f = fraction_digits or 0
        m = "0" * (f + 1)
        e = 0
    elif fraction_digits is None:
        m, n = _shortest_digits(x)
        f = len(m) - 1
        e = n - 1
    else:
        f = fraction_digits
        n, e = _round_to_significant_digits(x, f + 1)
        m = str(n)
    if f != 0:
        m = m[0] + "." + m[1:]
    exponent = ("+" if e >= 0 else "-") + str(abs(e))
    return sign + m + "e" + exponent


def to_precision(x: float, precision: int) -> str:
    """Digits of Number.prototype.toPrecision(precision), steps 4 and 6-13.

    https://tc39.es/ecma262/#sec-number.prototype.toprecision

    The caller handles precision undefined (that is ToString(x)).
    """
    p = precision
    if not math.isfinite(x):
        return number_to_string(x)
    sign = ""
    if x < 0:
        sign, x = "-", -x
    if x == 0:
        m = "0" * p
        e = 0
    else:
        n, e = _round_to_significant_digits(x, p)
        m = str(n)
        if e < -6 or e >= p:
            if p != 1:
                m = m[0] + "." + m[1:]
            exponent = ("+" if e > 0 else "-") + str(abs(e))
            return sign + m + "e" + exponent
    if e == p - 1:
        return sign + m
    if e >= 0:
        return sign + m[: e + 1] + "." + m[e + 1 :]
    return sign + "0." + "0" * -(e + 1) + m


def _round_to_significant_digits(x: float, p: int) -> tuple[int, int]:
    """Integers n, e with 10**(p-1) <= n < 10**p and n * 10**(e-p+1) closest
    to the exact value of x > 0, ties to the larger - the shared step of
    toExponential (with p = f + 1) and toPrecision.

    https://tc39.es/ecma262/#sec-number.prototype.toprecision (step 9.a)
    """
    num, den = x.as_integer_ratio()
    e = math.floor(math.log10(x))
    # log10 may be off by one near powers of ten; settle e exactly so that
    # 10**e <= num/den < 10**(e+1).
    while _compare_with_power_of_ten(num, den, e) < 0:
        e -= 1
    while _compare_with_power_of_ten(num, den, e + 1) >= 0:
        e += 1
    shift = e - p + 1
    if shift >= 0:
        den *= 10**shift
    else:
        num *= 10**-shift
    n = (2 * num + den) // (2 * den)
    if n == 10**p:
        n //= 10
        e += 1
    return n, e


def _compare_with_power_of_ten(num: int, den: int, e: int) -> int:
    """Sign of num/den - 10**e, in exact integer arithmetic."""
    if e >= 0:
        lhs, rhs = num, den * 10**e
    else:
        lhs, rhs = num * 10**-e, den
    return (lhs > rhs) - (lhs < rhs)
