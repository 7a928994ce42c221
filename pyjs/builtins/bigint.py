"""BigInt constructor and BigInt.prototype (https://tc39.es/ecma262/#sec-bigint-objects).

BigInts are Python ints.  Two implementation limits stand in for the spec's
unbounded integers, where a literal reading would exhaust memory:
``asUintN`` of a negative value with a huge bit count (the result has that
many bits) throws a RangeError as V8 does, and ``bigint_to_string`` converts
long values piecewise because CPython refuses ``str(int)`` beyond 4300 digits.
"""
import math

from ..interp.ops import (to_primitive, to_big_int, number_to_big_int, to_index,
                          to_integer_or_infinity)
from ..interp.values import JSObject, SYM_TO_STRING_TAG, CONFIGURABLE, type_error, range_error
from ._helpers import arg, method, value, make_constructor, install_global
from .number import group_thousands
from .primitives import this_primitive

_DIGIT_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"
# The largest BigInt built on purpose (V8's limit is 2**30 bits).
MAX_BIGINT_BITS = 1 << 30
# Below this size CPython's own conversion is fast and within its digit limit.
_SMALL_BITS = 8000


def bigint_to_string(i, radix=10):
    """BigInt::toString(x, radix) (https://tc39.es/ecma262/#sec-numeric-types-bigint-tostring).

    Large values are split at a power of the radix near their middle and
    converted half by half, which keeps CPython's 4300-digit str() limit out
    of the way and makes the conversion sub-quadratic.
    """
    if i < 0:
        return "-" + bigint_to_string(-i, radix)
    if i.bit_length() <= _SMALL_BITS:
        return _small_to_string(i, radix)
    k = int(i.bit_length() / (2 * math.log2(radix)))  # about half of i's digits
    high, low = divmod(i, radix ** k)
    return bigint_to_string(high, radix) + bigint_to_string(low, radix).rjust(k, "0")


def _small_to_string(i, radix):
    if radix == 10:
        return str(i)
    if radix == 16:
        return format(i, "x")
    if radix == 2:
        return format(i, "b")
    if radix == 8:
        return format(i, "o")
    out = []
    while True:
        i, d = divmod(i, radix)
        out.append(_DIGIT_CHARS[d])
        if not i:
            return "".join(reversed(out))


def this_big_int_value(this, what):
    """https://tc39.es/ecma262/#sec-thisbigintvalue"""
    return this_primitive(this, int, what)


def setup(realm):
    proto = JSObject(realm.object_prototype)  # an ordinary object, not a BigInt wrapper
    realm.intrinsics["%BigInt.prototype%"] = proto

    def call(this, args):
        """https://tc39.es/ecma262/#sec-bigint-constructor-number-value (NewTarget undefined)"""
        prim = to_primitive(arg(args, 0), "number")
        if type(prim) is float:
            return number_to_big_int(prim)
        return to_big_int(prim)

    def construct(args, new_target):
        """Step 1 of BigInt(): with a NewTarget, throw - but BigInt is a constructor."""
        raise type_error("BigInt is not a constructor")

    ctor = make_constructor(realm, "BigInt", 1, call, construct, proto)
    install_global(realm, "BigInt", ctor)

    @method(realm, ctor, "asIntN", 2)
    def as_int_n(this, args):
        """https://tc39.es/ecma262/#sec-bigint.asintn

        The result is x itself whenever -2**(bits-1) <= x < 2**(bits-1), which
        is decided from the bit length so huge ``bits`` build no huge power.
        """
        bits = to_index(arg(args, 0))
        x = to_big_int(arg(args, 1))
        if bits == 0:
            return 0
        if x.bit_length() < bits:
            return x
        mod = x & ((1 << bits) - 1)
        return mod - (1 << bits) if mod >> (bits - 1) else mod

    @method(realm, ctor, "asUintN", 2)
    def as_uint_n(this, args):
        """https://tc39.es/ecma262/#sec-bigint.asuintn"""
        bits = to_index(arg(args, 0))
        x = to_big_int(arg(args, 1))
        if x >= 0 and x.bit_length() <= bits:
            return x
        if bits > MAX_BIGINT_BITS:
            raise range_error("Maximum BigInt size exceeded")
        return x & ((1 << bits) - 1)

    @method(realm, proto, "toLocaleString", 0)
    def to_locale_string(this, args):
        """https://tc39.es/ecma262/#sec-bigint.prototype.tolocalestring

        Without ECMA-402: Node's default en-US grouping ("1,234,567").
        """
        x = this_big_int_value(this, "BigInt.prototype.toLocaleString")
        s = group_thousands(bigint_to_string(abs(x)))
        return "-" + s if x < 0 else s

    @method(realm, proto, "toString", 0)
    def to_string_(this, args):
        """https://tc39.es/ecma262/#sec-bigint.prototype.tostring"""
        x = this_big_int_value(this, "BigInt.prototype.toString")
        radix = arg(args, 0)
        r = 10 if radix is None else to_integer_or_infinity(radix)
        if not 2 <= r <= 36:
            raise range_error("toString() radix must be between 2 and 36")
        return bigint_to_string(x, int(r))

    @method(realm, proto, "valueOf", 0)
    def value_of(this, args):
        """https://tc39.es/ecma262/#sec-bigint.prototype.valueof"""
        return this_big_int_value(this, "BigInt.prototype.valueOf")

    # https://tc39.es/ecma262/#sec-bigint.prototype-%symbol.tostringtag%
    value(proto, SYM_TO_STRING_TAG, "BigInt", CONFIGURABLE)
