"""The Math object (https://tc39.es/ecma262/#sec-math-object).

Most functions map onto CPython's ``math`` module, which calls the platform
libm on IEEE doubles - the same functions V8 approximates (the spec lets the
transcendental ones be implementation-approximated).  What differs is the
error reporting: CPython raises ValueError for a domain error (JS: NaN, or
±∞ for a pole such as log(0)) and OverflowError for a finite argument whose
result overflows (JS: ±∞).  ``_libm`` translates those once for every
function; the few results the spec fixes where libm and JS disagree are
handled in the individual functions, next to the spec step that demands them.

The rounding functions return NaN, ±∞ and integral values (every |x| >=
2**52, and ±0) unchanged, so only true fractions pass through a Python int,
which is then small and exact; the sign of a zero result is set explicitly
(Math.ceil(-0.5) is -0).
"""
import math
import random as _random
import struct

from ..interp.ops import to_number, to_uint32, float_pow
from ..interp.values import SYM_TO_STRING_TAG, CONFIGURABLE
from .fast_builtins import register_builtins
from ._helpers import method, value, constant, install_global, namespace_object

_INF = math.inf
_NAN = math.nan
_TINY = 2.0 ** -27


def _libm(fn, x):
    """fn(x) with CPython's exceptions turned into the IEEE results JS expects.

    ValueError (a domain error) becomes NaN; poles, where JS wants an
    infinity, are answered by the callers before they get here.
    OverflowError becomes +∞, or -∞ for sinh of a large negative x - the only
    function here whose overflow can be negative.
    """
    try:
        return fn(x)
    except ValueError:
        return _NAN
    except OverflowError:
        return math.copysign(_INF, x) if fn is math.sinh else _INF


def _numbers(args):
    """ToNumber of every argument, in order, before any is inspected.

    Math.max, Math.min and Math.hypot coerce all arguments first, so a
    valueOf later in the list still runs after an earlier NaN.
    """
    if list(map(type, args)).count(float) == len(args):
        return args
    return [a if type(a) is float else to_number(a) for a in args]


# -- rounding (exact: no libm) ---------------------------------------------


def math_floor(x):
    """https://tc39.es/ecma262/#sec-math.floor"""
    if not math.isfinite(x) or x.is_integer():
        return x  # NaN, ±∞, ±0 and integers (including every |x| >= 2**52)
    return float(math.floor(x))  # a fraction never floors to -0


def math_ceil(x):
    """https://tc39.es/ecma262/#sec-math.ceil : -1 < x < 0 gives -0."""
    if not math.isfinite(x) or x.is_integer():
        return x
    if -1 < x < 0:
        return -0.0
    return float(math.ceil(x))


def math_trunc(x):
    """https://tc39.es/ecma262/#sec-math.trunc : the sign of x survives (-0.5 -> -0)."""
    if not math.isfinite(x) or x.is_integer():
        return x
    return math.copysign(float(math.trunc(x)), x)


def math_round(x):
    """https://tc39.es/ecma262/#sec-math.round

    The integer closest to x, ties toward +∞; results in [-0.5, 0) are -0.
    ``x + 0.5`` then floor would be wrong (0.49999999999999994 + 0.5 rounds
    to 1 in double arithmetic), so the fraction is compared instead: for
    |x| < 2**52, ``x - floor(x)`` is exact.
    """
    if not math.isfinite(x) or x.is_integer():
        return x
    if -0.5 <= x < 0:
        return -0.0
    n = math.floor(x)
    return float(n + 1 if x - n >= 0.5 else n)


def math_sign(x):
    """https://tc39.es/ecma262/#sec-math.sign : NaN and ±0 are returned as they are."""
    if x != x or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


# -- poles, and results the platform libm gets wrong -------------------------


def _log_family(fn, pole):
    """Math.log/log2/log10/log1p: x == pole gives -∞; below the pole, NaN.

    https://tc39.es/ecma262/#sec-math.log (and log1p, log10, log2)
    """
    def log(x):
        if x == pole:
            return -_INF
        return _libm(fn, x)
    return log


def math_atanh(x):
    """https://tc39.es/ecma262/#sec-math.atanh : ±1 are poles (±∞), not domain errors."""
    if x == 1 or x == -1:
        return math.copysign(_INF, x)
    return _atanh(x)


def math_cbrt(x):
    """https://tc39.es/ecma262/#sec-math.cbrt, correctly rounded.

    The platform cbrt (math.cbrt, CPython >= 3.11) keeps -0 and the
    infinities but is off by one ulp for about half of all inputs (glibc);
    V8 is much closer.  Since the cube root is algebraic, the nearest double
    can be settled exactly: y is right when x lies between the cubes of the
    midpoints to y's neighbours (never equal to either - a midpoint's cube
    needs more than 53 bits).
    """
    if not math.isfinite(x) or x == 0:
        return x
    # cbrt(a * 2**(3k)) = cbrt(a) * 2**k, and every cube root is a normal
    # double, so scaling to a in [1/8, 8) changes no rounding and keeps the
    # integers below small.
    k = math.frexp(x)[1] // 3
    a = math.ldexp(abs(x), -3 * k)
    y = math.cbrt(a)
    while True:
        below = math.nextafter(y, 0.0)
        if _compare_with_midpoint_cubed(a, below, y) < 0:
            y = below
            continue
        above = math.nextafter(y, _INF)
        if _compare_with_midpoint_cubed(a, y, above) > 0:
            y = above
            continue
        return math.copysign(math.ldexp(y, k), x)


def _compare_with_midpoint_cubed(a, p, q):
    """Sign of a - ((p + q) / 2)**3, exactly, in integer arithmetic (no Fraction gcds)."""
    an, ad = a.as_integer_ratio()
    pn, pd = p.as_integer_ratio()
    qn, qd = q.as_integer_ratio()
    num = pn * qd + qn * pd
    den = 2 * pd * qd
    lhs, rhs = an * den ** 3, num ** 3 * ad
    return (lhs > rhs) - (lhs < rhs)


def _odd_near_zero(fn):
    """fn(x) for an odd function whose Taylor series is x + c*x**3 + ... with |c| <= 1/3.

    For |x| < 2**-27 the cubic term is below a quarter ulp of x, so the
    correctly rounded result is x itself (and -0 stays -0).  Returning it
    directly matches V8 (fdlibm does the same), where some platform libms
    (glibc's tanh) come back one ulp off for such tiny arguments.
    """
    def f(x):
        if -_TINY < x < _TINY:
            return x
        return _libm(fn, x)
    return f


# -- the float formats -----------------------------------------------------


def _round_through(fmt, x):
    """x rounded (ties to even) to the binary format ``fmt`` of struct, and back.

    CPython packs by correct rounding and raises OverflowError exactly when
    the rounded value is out of the format's range, i.e. when it rounds to ±∞.
    """
    try:
        return struct.unpack(fmt, struct.pack(fmt, x))[0]
    except OverflowError:
        return math.copysign(_INF, x)


def math_fround(x):
    """https://tc39.es/ecma262/#sec-math.fround : the nearest binary32 value."""
    return _round_through("<f", x)


def math_f16round(x):
    """https://tc39.es/ecma262/#sec-math.f16round : the nearest binary16 value."""
    return _round_through("<e", x)


# -- variadic --------------------------------------------------------------


def math_max(values):
    """https://tc39.es/ecma262/#sec-math.max : NaN wins; +0 is larger than -0.
    Python's max agrees when no value is NaN (their sum is not NaN) and the
    result is not a zero (whose sign max would take from the first zero)."""
    if values and (r := max(values)) != 0.0 and (t := sum(values)) == t:
        return r
    result = -_INF
    for v in values:
        if v != v:
            return _NAN
        if v > result or (v == 0 and result == 0 and math.copysign(1.0, result) < 0):
            result = v
    return result


def math_min(values):
    """https://tc39.es/ecma262/#sec-math.min : NaN wins; -0 is smaller than +0.
    Python's min agrees under the same conditions as in math_max."""
    if values and (r := min(values)) != 0.0 and (t := sum(values)) == t:
        return r
    result = _INF
    for v in values:
        if v != v:
            return _NAN
        if v < result or (v == 0 and result == 0 and math.copysign(1.0, v) < 0):
            result = v
    return result


def math_hypot(values):
    """https://tc39.es/ecma262/#sec-math.hypot

    Any infinity gives +∞ even when a NaN is present; all zeros give +0.
    CPython's multi-argument hypot (3.8+) implements exactly these rules and
    scales to avoid intermediate overflow and underflow.
    """
    return math.hypot(*values)


def math_clz32(n):
    """https://tc39.es/ecma262/#sec-math.clz32 (n is ToUint32(x))."""
    return float(32 - n.bit_length())


def math_imul(a, b):
    """https://tc39.es/ecma262/#sec-math.imul (a, b are ToUint32 results)."""
    product = (a * b) & 0xFFFFFFFF
    return float(product - 0x100000000 if product & 0x80000000 else product)


_atanh = _odd_near_zero(math.atanh)

# name -> Python function of one float; every one is ``f(ToNumber(x))``.
_UNARY = {
    "abs": math.fabs,
    "acos": lambda x: _libm(math.acos, x),
    "acosh": lambda x: _libm(math.acosh, x),
    "asin": _odd_near_zero(math.asin),
    "asinh": _odd_near_zero(math.asinh),
    "atan": _odd_near_zero(math.atan),
    "atanh": math_atanh,
    "cbrt": math_cbrt,
    "ceil": math_ceil,
    "cos": lambda x: _libm(math.cos, x),
    "cosh": lambda x: _libm(math.cosh, x),
    "exp": lambda x: _libm(math.exp, x),
    "expm1": lambda x: _libm(math.expm1, x),
    "floor": math_floor,
    "fround": math_fround,
    "f16round": math_f16round,
    "log": _log_family(math.log, 0.0),
    "log1p": _log_family(math.log1p, -1.0),
    "log10": _log_family(math.log10, 0.0),
    "log2": _log_family(math.log2, 0.0),
    "round": math_round,
    "sign": math_sign,
    "sin": _odd_near_zero(math.sin),
    "sinh": _odd_near_zero(math.sinh),
    "sqrt": lambda x: math.sqrt(x) if x >= 0.0 else _NAN,     # NaN fails the test; sqrt(-0) is -0
    "tan": _odd_near_zero(math.tan),
    "tanh": _odd_near_zero(math.tanh),
    "trunc": math_trunc,
}

# name -> the Python function of Numbers a Math function calls once its arguments are
# Numbers: generated code calls it in place (codegen/builtin_calls.py)
FLOAT_FUNCTIONS = {**_UNARY, "pow": float_pow, "atan2": math.atan2}

# https://tc39.es/ecma262/#sec-value-properties-of-the-math-object
_CONSTANTS = {
    "E": math.e,
    "LN10": math.log(10),
    "LN2": math.log(2),
    "LOG10E": math.log10(math.e),
    "LOG2E": math.log2(math.e),
    "PI": math.pi,
    "SQRT1_2": math.sqrt(0.5),
    "SQRT2": math.sqrt(2),
}


def _unary_method(realm, obj, name, fn):
    """Define Math[name] as ``fn(ToNumber(x))`` (length 1)."""
    def call(this, x=None, *_):
        return fn(x if type(x) is float else to_number(x))
    method(realm, obj, name, 1, positional=True)(call)


def setup(realm):
    m = namespace_object(realm, "%Math%")
    install_global(realm, "Math", m)

    for name, v in _CONSTANTS.items():
        constant(m, name, v)

    for name, fn in _UNARY.items():
        _unary_method(realm, m, name, fn)

    @method(realm, m, "atan2", 2, positional=True)
    def atan2(this, y=None, x=None, *_):
        """https://tc39.es/ecma262/#sec-math.atan2 (y coerced before x; C99 atan2 edge cases)"""
        y = to_number(y)
        return math.atan2(y, to_number(x))

    @method(realm, m, "hypot", 2)
    def hypot(this, args):
        """https://tc39.es/ecma262/#sec-math.hypot"""
        return math_hypot(_numbers(args))

    @method(realm, m, "imul", 2, positional=True)
    def imul(this, a=None, b=None, *_):
        """https://tc39.es/ecma262/#sec-math.imul: inline for Int32 or Uint32 Numbers,
        whose int() (a truncation) agrees with ToUint32 modulo 2**32, which is all
        the product's low 32 bits depend on."""
        if type(a) is float and type(b) is float and -2147483649.0 < a < 4294967296.0 and \
                -2147483649.0 < b < 4294967296.0:
            return float((int(a) * int(b) + 0x80000000 & 0xFFFFFFFF) - 0x80000000)
        a = to_uint32(a)
        return math_imul(a, to_uint32(b))

    realm.math_imul = m.props["imul"].value

    @method(realm, m, "clz32", 1, positional=True)
    def clz32(this, x=None, *_):
        """https://tc39.es/ecma262/#sec-math.clz32"""
        return math_clz32(to_uint32(x))

    @method(realm, m, "max", 2, positional=True)
    def max_(this, *args):
        """https://tc39.es/ecma262/#sec-math.max : of two Numbers, a strictly larger one
        is the result (no NaN compares so, and the sign of a zero cannot matter)."""
        if len(args) == 2:
            a, b = args
            if type(a) is float and type(b) is float:
                if a > b:
                    return a
                if b > a:
                    return b
        return math_max(_numbers(args))

    @method(realm, m, "min", 2, positional=True)
    def min_(this, *args):
        """https://tc39.es/ecma262/#sec-math.min : of two Numbers, a strictly smaller one
        is the result (as for Math.max)."""
        if len(args) == 2:
            a, b = args
            if type(a) is float and type(b) is float:
                if a < b:
                    return a
                if b < a:
                    return b
        return math_min(_numbers(args))

    @method(realm, m, "pow", 2, positional=True)
    def pow_(this, base=None, exponent=None, *_):
        """https://tc39.es/ecma262/#sec-math.pow : Number::exponentiate, shared with ``**``."""
        base = base if type(base) is float else to_number(base)
        return float_pow(base, exponent if type(exponent) is float else to_number(exponent))

    @method(realm, m, "random", 0)
    def random_(this, args):
        """https://tc39.es/ecma262/#sec-math.random : uniform in [0, 1)."""
        return _random.random()

    # https://tc39.es/ecma262/#sec-math-%symbol.tostringtag%
    value(m, SYM_TO_STRING_TAG, "Math", CONFIGURABLE)
    register_builtins(realm, "math", m)
