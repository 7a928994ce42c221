"""Number constructor and Number.prototype (https://tc39.es/ecma262/#sec-number-objects).

All digit generation lives in pyjs/interp/numconv.py; the methods here only
do what the spec puts around it: thisNumberValue, argument coercion, and the
range checks in the order the spec performs them (that order is observable:
an argument's valueOf runs, or not, before a RangeError).

parseInt and parseFloat are created here rather than in global_functions.py
because Number.parseInt / Number.parseFloat must be the very same function
objects as the globals (https://tc39.es/ecma262/#sec-number.parseint); they are
registered as %parseInt% / %parseFloat% and global_functions.py installs them.
"""
import math
import sys

from ..interp.numconv import (number_to_string, to_fixed, to_exponential, to_precision,
                              parse_int, parse_float)
from ..interp.ops import to_numeric, to_string, to_int32, to_integer_or_infinity, \
    get_prototype_from_constructor
from ..interp.values import range_error
from ._helpers import arg, method, native, value, constant, make_constructor, install_global
from .primitives import PrimitiveObject, this_primitive

_INF = math.inf
_MAX_SAFE_INTEGER = 9007199254740991.0


def number_value_of_numeric(prim):
    """𝔽(ℝ(prim)) for a Numeric: BigInts round to nearest, overflowing to ±∞.

    https://tc39.es/ecma262/#sec-number-constructor-number-value (step 1.b)
    """
    if type(prim) is not int:
        return prim
    try:
        return float(prim)
    except OverflowError:
        return _INF if prim > 0 else -_INF


def this_number_value(this, what):
    """https://tc39.es/ecma262/#sec-thisnumbervalue"""
    return this_primitive(this, float, what)


def is_integral_number(x):
    """https://tc39.es/ecma262/#sec-isintegralnumber"""
    return type(x) is float and math.isfinite(x) and x.is_integer()


def _fraction_digits_in_range(f, low, high, what):
    """The RangeError step shared by toFixed / toExponential / toPrecision.

    ``f`` is a ToIntegerOrInfinity result (int or ±inf); every bound check in
    those methods is ``low <= f <= high``, which also rejects the infinities.
    """
    if not low <= f <= high:
        raise range_error(f"{what} argument must be between {low} and {high}")
    return f


def group_thousands(int_digits):
    """Insert en-US grouping separators every three integer digits ("1234567" -> "1,234,567")."""
    head = len(int_digits) % 3 or 3
    parts = [int_digits[:head]]
    parts.extend(int_digits[i:i + 3] for i in range(head, len(int_digits), 3))
    return ",".join(parts)


def format_locale_number(x):
    """The en-US default Intl.NumberFormat output that Node gives toLocaleString.

    https://tc39.es/ecma402/#sec-formatnumericdigits (without Intl: fixed
    locale "en-US", minimumFractionDigits 0, maximumFractionDigits 3).

    Like ICU, rounding is applied to the shortest round-trip decimal of x
    (1.0005 -> "1.001", although the double lies just below 1.0005), half
    away from zero; the sign survives rounding to zero ("-0").
    """
    if x != x:
        return "NaN"
    negative = math.copysign(1.0, x) < 0
    if math.isinf(x):
        body = "∞"
    else:
        from decimal import Decimal, ROUND_HALF_UP     # here, not at start-up (~3 ms)
        d = Decimal(repr(abs(x))).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
        int_part, _, frac = format(d, "f").partition(".")
        frac = frac.rstrip("0")
        body = group_thousands(int_part) + ("." + frac if frac else "")
    return "-" + body if negative else body


def setup(realm):
    proto = PrimitiveObject(realm.object_prototype, 0.0)
    realm.intrinsics["%Number.prototype%"] = proto

    def number_value(args):
        """Steps 1-2 of Number(value): ToNumeric, BigInts converted to their Number value."""
        if not args:
            return 0.0
        return number_value_of_numeric(to_numeric(args[0]))

    def call(this, args):
        """https://tc39.es/ecma262/#sec-number-constructor-number-value (NewTarget undefined)"""
        return number_value(args)

    def construct(args, new_target):
        """https://tc39.es/ecma262/#sec-number-constructor-number-value (steps 3-5)"""
        n = number_value(args)
        return PrimitiveObject(get_prototype_from_constructor(new_target, "%Number.prototype%"), n)

    ctor = make_constructor(realm, "Number", 1, call, construct, proto)
    install_global(realm, "Number", ctor)

    # -- value properties (https://tc39.es/ecma262/#sec-properties-of-the-number-constructor)
    constant(ctor, "EPSILON", 2.0 ** -52)
    constant(ctor, "MAX_SAFE_INTEGER", _MAX_SAFE_INTEGER)
    constant(ctor, "MAX_VALUE", sys.float_info.max)
    constant(ctor, "MIN_SAFE_INTEGER", -_MAX_SAFE_INTEGER)
    constant(ctor, "MIN_VALUE", 5e-324)
    constant(ctor, "NaN", math.nan)
    constant(ctor, "NEGATIVE_INFINITY", -_INF)
    constant(ctor, "POSITIVE_INFINITY", _INF)

    # -- static predicates: unlike the global isNaN/isFinite they never coerce
    @method(realm, ctor, "isFinite", 1, positional=True)
    def is_finite(this, n=None, *_):
        """https://tc39.es/ecma262/#sec-number.isfinite"""
        return type(n) is float and math.isfinite(n)

    @method(realm, ctor, "isInteger", 1, positional=True)
    def is_integer(this, n=None, *_):
        """https://tc39.es/ecma262/#sec-number.isinteger"""
        return is_integral_number(n)

    @method(realm, ctor, "isNaN", 1, positional=True)
    def is_nan(this, n=None, *_):
        """https://tc39.es/ecma262/#sec-number.isnan"""
        return type(n) is float and n != n

    @method(realm, ctor, "isSafeInteger", 1, positional=True)
    def is_safe_integer(this, n=None, *_):
        """https://tc39.es/ecma262/#sec-number.issafeinteger"""
        return is_integral_number(n) and abs(n) <= _MAX_SAFE_INTEGER

    # -- parseInt / parseFloat, shared with the global object
    def parse_int_(this, string=None, radix=None, *_):
        """https://tc39.es/ecma262/#sec-parseint-string-radix (ToString before ToInt32)"""
        s = to_string(string)
        return parse_int(s, to_int32(radix))

    def parse_float_(this, string=None, *_):
        """https://tc39.es/ecma262/#sec-parsefloat-string"""
        return parse_float(to_string(string))

    for name, fn, length in (("parseInt", parse_int_, 2), ("parseFloat", parse_float_, 1)):
        f = native(realm, fn, name, length, positional=True)
        realm.intrinsics["%" + name + "%"] = f
        value(ctor, name, f)

    # -- Number.prototype (https://tc39.es/ecma262/#sec-properties-of-the-number-prototype-object)
    @method(realm, proto, "toExponential", 1)
    def to_exponential_(this, args):
        """https://tc39.es/ecma262/#sec-number.prototype.toexponential

        ToIntegerOrInfinity(fractionDigits) runs before the finiteness check,
        and the RangeError comes only for finite x.
        """
        x = this_number_value(this, "Number.prototype.toExponential")
        fraction_digits = arg(args, 0)
        f = to_integer_or_infinity(fraction_digits)
        if not math.isfinite(x):
            return number_to_string(x)
        _fraction_digits_in_range(f, 0, 100, "toExponential()")
        return to_exponential(x, None if fraction_digits is None else f)

    @method(realm, proto, "toFixed", 1)
    def to_fixed_(this, args):
        """https://tc39.es/ecma262/#sec-number.prototype.tofixed

        Unlike toExponential, the RangeError is checked before finiteness:
        NaN.toFixed(101) throws.
        """
        x = this_number_value(this, "Number.prototype.toFixed")
        f = to_integer_or_infinity(arg(args, 0))
        _fraction_digits_in_range(f, 0, 100, "toFixed() digits")
        return to_fixed(x, f)

    @method(realm, proto, "toLocaleString", 0)
    def to_locale_string(this, args):
        """https://tc39.es/ecma262/#sec-number.prototype.tolocalestring

        Without ECMA-402 the format is implementation-defined; we match Node's
        default en-US output (see format_locale_number). Arguments are ignored.
        """
        return format_locale_number(this_number_value(this, "Number.prototype.toLocaleString"))

    @method(realm, proto, "toPrecision", 1)
    def to_precision_(this, args):
        """https://tc39.es/ecma262/#sec-number.prototype.toprecision"""
        x = this_number_value(this, "Number.prototype.toPrecision")
        precision = arg(args, 0)
        if precision is None:
            return number_to_string(x)
        p = to_integer_or_infinity(precision)
        if not math.isfinite(x):
            return number_to_string(x)
        _fraction_digits_in_range(p, 1, 100, "toPrecision()")
        return to_precision(x, p)

    @method(realm, proto, "toString", 1)
    def to_string_(this, args):
        """https://tc39.es/ecma262/#sec-number.prototype.tostring"""
        x = this_number_value(this, "Number.prototype.toString")
        radix = arg(args, 0)
        r = 10 if radix is None else to_integer_or_infinity(radix)
        if not 2 <= r <= 36:
            raise range_error("toString() radix must be between 2 and 36")
        return number_to_string(x, int(r))

    @method(realm, proto, "valueOf", 0)
    def value_of(this, args):
        """https://tc39.es/ecma262/#sec-number.prototype.valueof"""
        return this_number_value(this, "Number.prototype.valueOf")
