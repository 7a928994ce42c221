"""Abstract operations shared by the compiler tiers and the builtins (ECMA-262 §7).

Every semantic decision about conversions, operators and object access lives
here, so the closure compiler and any later code generator cannot drift apart.
"""
import math

from .numconv import number_to_string, string_to_number
from .values import (
    ACCESSOR, CONFIGURABLE, ENUMERABLE, MISSING, SYM_HAS_INSTANCE, SYM_ITERATOR,
    SYM_ASYNC_ITERATOR, SYM_SPECIES, SYM_TO_PRIMITIVE, WRITABLE, Descriptor, JSError,
    JSNull, JSObject, JSSymbol, Prop, data_desc, null, ordered_keys, range_error, type_error, watch_chain,
)
from .agent import current_realm, state
from .arrays import JSArray as _JSArray
from .arguments import MappedArguments, UnmappedArguments, array_like_values

NAN = math.nan
INF = math.inf

# -- type tests -----------------------------------------------------------------


def type_of(v):
    """The ``typeof`` operator (https://tc39.es/ecma262/#sec-typeof-operator)."""
    t = type(v)
    if t is str:
        return "string"
    if t is float:
        return "number"
    if v is None:
        return "undefined"
    if t is bool:
        return "boolean"
    if v is null:
        return "object"
    if t is int:
        return "bigint"
    if t is JSSymbol:
        return "symbol"
    if v.callable:
        return "function"
    if getattr(v, "is_htmldda", False):
        return "undefined"
    return "object"


def is_callable(v):
    return isinstance(v, JSObject) and v.callable


def is_constructor(v):
    return isinstance(v, JSObject) and v.is_constructor


def is_object(v):
    return isinstance(v, JSObject)


def describe(v):
    """A short description of a value for error messages (never runs JS code)."""
    t = type(v)
    if t is str:
        return '"' + (v if len(v) < 40 else v[:37] + "...") + '"'
    if t is float:
        return number_to_string(v)
    if v is None:
        return "undefined"
    if t is bool:
        return "true" if v else "false"
    if v is null:
        return "null"
    if t is int:
        return f"{v}n"
    if t is JSSymbol:
        return f"Symbol({v.description or ''})"
    if v.callable:
        return "function"
    return "object"


# -- conversions (§7.1) ---------------------------------------------------------


def to_primitive(v, hint="default"):
    """https://tc39.es/ecma262/#sec-toprimitive"""
    if not isinstance(v, JSObject):
        return v
    exotic = get_method(v, SYM_TO_PRIMITIVE)
    if exotic is not None:
        r = exotic.call(v, [hint])
        if isinstance(r, JSObject):
            raise type_error("Cannot convert object to primitive value")
        return r
    return ordinary_to_primitive(v, "number" if hint == "default" else hint)


def ordinary_to_primitive(o, hint):
    """https://tc39.es/ecma262/#sec-ordinarytoprimitive"""
    names = ("toString", "valueOf") if hint == "string" else ("valueOf", "toString")
    for name in names:
        m = o.get(name, o)
        if is_callable(m):
            r = m.call(o, [])
            if not isinstance(r, JSObject):
                return r
    raise type_error("Cannot convert object to primitive value")


def to_boolean(v):
    """https://tc39.es/ecma262/#sec-toboolean"""
    t = type(v)
    if t is bool:
        return v
    if t is float:
        return not (v == 0.0 or v != v)
    if t is str:
        return len(v) > 0
    if v is None or v is null:
        return False
    if t is int:
        return v != 0
    if t is JSSymbol:
        return True
    return not getattr(v, "is_htmldda", False)


def to_number(v):
    """https://tc39.es/ecma262/#sec-tonumber"""
    t = type(v)
    if t is float:
        return v
    if t is str:
        return string_to_number(v)
    if t is bool:
        return 1.0 if v else 0.0
    if v is None:
        return NAN
    if v is null:
        return 0.0
    if t is int:
        raise type_error("Cannot convert a BigInt value to a number")
    if t is JSSymbol:
        raise type_error("Cannot convert a Symbol value to a number")
    return to_number(to_primitive(v, "number"))


def to_numeric(v):
    """https://tc39.es/ecma262/#sec-tonumeric : a float or a BigInt (int)."""
    t = type(v)
    if t is float or t is int:
        return v
    if isinstance(v, JSObject):
        v = to_primitive(v, "number")
        if type(v) is int:
            return v
    return to_number(v)


def to_integer_or_infinity(v):
    """https://tc39.es/ecma262/#sec-tointegerorinfinity (returns int, or ±inf float)."""
    n = v if type(v) is float else to_number(v)
    if n != n:
        return 0
    if n in (INF, -INF):
        return n
    return int(n)


def _modulo_int(v, bits):
    n = v if type(v) is float else to_number(v)
    if n != n or n in (INF, -INF):
        return 0
    return int(n) % (1 << bits)


def to_int32(v):
    """https://tc39.es/ecma262/#sec-toint32"""
    if type(v) is float and -2147483648.0 <= v <= 2147483647.0:
        i = int(v)
        return i
    i = _modulo_int(v, 32)
    return i - 4294967296 if i >= 2147483648 else i


def to_uint32(v):
    """https://tc39.es/ecma262/#sec-touint32"""
    if type(v) is float and 0.0 <= v <= 4294967295.0:
        return int(v)
    return _modulo_int(v, 32)


def to_uint16(v):
    return _modulo_int(v, 16)


def to_string(v):
    """https://tc39.es/ecma262/#sec-tostring"""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if v is None:
        return "undefined"
    if t is bool:
        return "true" if v else "false"
    if v is null:
        return "null"
    if t is int:
        return str(v)
    if t is JSSymbol:
        raise type_error("Cannot convert a Symbol value to a string")
    return to_string(to_primitive(v, "string"))


def to_object(v):
    """https://tc39.es/ecma262/#sec-toobject"""
    if isinstance(v, JSObject):
        return v
    if v is None or v is null:
        raise type_error(f"Cannot convert {describe(v)} to object")
    return current_realm().wrap_primitive(v)


def to_property_key(v):
    """https://tc39.es/ecma262/#sec-topropertykey"""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if t is JSSymbol:
        return v
    k = to_primitive(v, "string")
    if type(k) is JSSymbol:
        return k
    return to_string(k)


def to_length(v):
    """https://tc39.es/ecma262/#sec-tolength (an int)."""
    n = to_integer_or_infinity(v)
    if n <= 0:
        return 0
    return min(n, 9007199254740991)


def to_index(v):
    """https://tc39.es/ecma262/#sec-toindex"""
    if v is None:
        return 0
    i = to_integer_or_infinity(v)
    if i < 0 or i > 9007199254740991:
        raise range_error("Invalid index")
    return i


def require_object_coercible(v, what="value"):
    if v is None or v is null:
        raise type_error(f"Cannot convert {describe(v)} to object ({what})")
    return v


def canonical_numeric_index_string(s):
    """https://tc39.es/ecma262/#sec-canonicalnumericindexstring"""
    if s == "-0":
        return -0.0
    n = string_to_number(s)
    if number_to_string(n) == s:
        return n
    return None


def to_big_int(v):
    """https://tc39.es/ecma262/#sec-tobigint"""
    p = to_primitive(v, "number")
    t = type(p)
    if t is int:
        return p
    if t is bool:
        return 1 if p else 0
    if t is str:
        r = string_to_big_int(p)
        if r is None:
            raise JSError.make("SyntaxError", f"Cannot convert {p} to a BigInt")
        return r
    if p is None or p is null:
        raise type_error(f"Cannot convert {describe(p)} to a BigInt")
    if t is float:
        raise type_error(f"Cannot convert {describe(p)} to a BigInt")
    raise type_error("Cannot convert a Symbol value to a BigInt")


_WS = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def string_to_big_int(s):
    """https://tc39.es/ecma262/#sec-stringtobigint (None when not parseable)."""
    s = s.strip(_WS)
    if not s:
        return 0
    base = 10
    if len(s) > 2 and s[0] == "0" and s[1] in "xXoObB":
        base = {"x": 16, "o": 8, "b": 2}[s[1].lower()]
        digits = s[2:]
        sign = 1
    else:
        sign = 1
        digits = s
        if s[0] in "+-":
            sign = -1 if s[0] == "-" else 1
            digits = s[1:]
    if not digits or not digits.isascii() or not digits.isalnum():
        return None
    try:
        return sign * int(digits, base)
    except ValueError:
        return None


def number_to_big_int(n):
    if n != n or n in (INF, -INF) or n != int(n):
        raise range_error(f"The number {number_to_string(n)} cannot be converted to a BigInt because it is not an integer")
    return int(n)


# -- equality (§7.2) ------------------------------------------------------------


def same_value(x, y):
    """https://tc39.es/ecma262/#sec-samevalue"""
    if type(x) is float and type(y) is float:
        if x != x:
            return y != y
        if x == 0.0 and y == 0.0:
            return math.copysign(1, x) == math.copysign(1, y)
        return x == y
    return strict_equals(x, y)


def same_value_zero(x, y):
    """https://tc39.es/ecma262/#sec-samevaluezero"""
    if type(x) is float and type(y) is float and x != x:
        return y != y
    return strict_equals(x, y)


def strict_equals(x, y):
    """https://tc39.es/ecma262/#sec-isstrictlyequal"""
    tx = type(x)
    if tx is not type(y):
        return False
    if tx is float or tx is str or tx is int or tx is bool:
        return x == y
    return x is y


def loose_equals(x, y):
    """https://tc39.es/ecma262/#sec-islooselyequal"""
    tx, ty = type(x), type(y)
    if tx is ty:
        if tx is float or tx is str or tx is int or tx is bool:
            return x == y
        return x is y
    xn = x is None or x is null or getattr(x, "is_htmldda", False)
    yn = y is None or y is null or getattr(y, "is_htmldda", False)
    if xn or yn:
        return xn and yn
    if tx is float and ty is str:
        return x == string_to_number(y)
    if tx is str and ty is float:
        return string_to_number(x) == y
    if tx is int and ty is str:
        n = string_to_big_int(y)
        return n is not None and n == x
    if tx is str and ty is int:
        return loose_equals(y, x)
    if tx is bool:
        return loose_equals(1.0 if x else 0.0, y)
    if ty is bool:
        return loose_equals(x, 1.0 if y else 0.0)
    xo = isinstance(x, JSObject)
    yo = isinstance(y, JSObject)
    if yo and not xo:
        return loose_equals(x, to_primitive(y))
    if xo and not yo:
        return loose_equals(to_primitive(x), y)
    if (tx is int and ty is float) or (tx is float and ty is int):
        a, b = (x, y) if tx is float else (y, x)
        if a != a or a in (INF, -INF):
            return False
        return a == b
    return False


# -- operators (§13) --------------------------------------------------------------


def js_add(a, b):
    """The ``+`` operator (https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator)."""
    ta, tb = type(a), type(b)
    if ta is float and tb is float:
        return a + b
    if ta is str:
        if tb is str:
            return a + b
        if tb is float:
            return a + number_to_string(b)
    elif ta is float and tb is str:
        return number_to_string(a) + b
    a = to_primitive(a)
    b = to_primitive(b)
    ta, tb = type(a), type(b)
    if ta is str or tb is str:
        return (a if ta is str else to_string(a)) + (b if tb is str else to_string(b))
    a = to_numeric(a)
    b = to_numeric(b)
    if type(a) is not type(b):
        raise type_error("Cannot mix BigInt and other types, use explicit conversions")
    return a + b


def _numeric_pair(a, b):
    a = to_numeric(a)
    b = to_numeric(b)
    if type(a) is not type(b):
        raise type_error("Cannot mix BigInt and other types, use explicit conversions")
    return a, b


def js_sub(a, b):
    if type(a) is float and type(b) is float:
        return a - b
    a, b = _numeric_pair(a, b)
    return a - b


def js_mul(a, b):
    if type(a) is float and type(b) is float:
        return a * b
    a, b = _numeric_pair(a, b)
    if type(a) is float:
        return _float_mul(a, b)
    return a * b


def _float_mul(a, b):
    try:
        return a * b
    except OverflowError:
        return INF if (a > 0) == (b > 0) else -INF


def float_div(a, b):
    if b == 0.0:
        if a != a or a == 0.0:
            return NAN
        neg = (math.copysign(1, a) < 0) != (math.copysign(1, b) < 0)
        return -INF if neg else INF
    return a / b


def js_div(a, b):
    if type(a) is float and type(b) is float:
        return float_div(a, b)
    a, b = _numeric_pair(a, b)
    if type(a) is float:
        return float_div(a, b)
    if b == 0:
        raise range_error("Division by zero")
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def float_mod(a, b):
    if b == 0.0 or a != a or b != b or a in (INF, -INF):
        return NAN
    if b in (INF, -INF):
        return a
    if a == 0.0:
        return a
    r = math.fmod(a, b)
    if r == 0.0:
        return math.copysign(0.0, a)
    return r


def js_mod(a, b):
    if type(a) is float and type(b) is float:
        return float_mod(a, b)
    a, b = _numeric_pair(a, b)
    if type(a) is float:
        return float_mod(a, b)
    if b == 0:
        raise range_error("Division by zero")
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def float_pow(base, exponent):
    """Number::exponentiate (https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate)."""
    if exponent != exponent:
        return NAN
    if exponent == 0.0:
        return 1.0
    if base != base:
        return NAN
    if abs(base) == 1.0 and exponent in (INF, -INF):
        return NAN
    try:
        r = math.pow(base, exponent)
    except OverflowError:
        if base < 0 and exponent == int(exponent) and int(exponent) % 2 == 1:
            return -INF
        return INF
    except ValueError:
        if base == 0.0:
            if exponent < 0:
                if math.copysign(1, base) < 0 and exponent == int(exponent) and int(exponent) % 2 == 1:
                    return -INF
                return INF
        return NAN
    return r


def js_pow(a, b):
    if type(a) is float and type(b) is float:
        return float_pow(a, b)
    a, b = _numeric_pair(a, b)
    if type(a) is float:
        return float_pow(a, b)
    if b < 0:
        raise range_error("Exponent must be non-negative")
    if b > 10_000_000 and abs(a) > 1:
        raise range_error("Maximum BigInt size exceeded")
    return a ** b


def _int32_op(a, b, op):
    a, b = _numeric_pair(a, b)
    if type(a) is int:
        return op(a, b)
    r = op(to_int32(a), to_int32(b)) & 0xFFFFFFFF
    return float(r - 4294967296 if r >= 2147483648 else r)


# For two finite Numbers, ToInt32/ToUint32 keep the low 32 bits of the truncated
# value, and Python's ints are two's complement to any width: the operator on
# int() and a wrap of the result to int32 (``+ 2**31 & 2**32-1, - 2**31``) give the
# answer without the general path (uint32 values such as CRC tables take it).

def js_bitand(a, b):
    if type(a) is float and type(b) is float and -1e309 < a < 1e309 > b > -1e309:
        return float((int(a) & int(b)) + 2147483648 & 4294967295) - 2147483648.0
    return _int32_op(a, b, lambda x, y: x & y)


def js_bitor(a, b):
    if type(a) is float and type(b) is float and -1e309 < a < 1e309 > b > -1e309:
        return float((int(a) | int(b)) + 2147483648 & 4294967295) - 2147483648.0
    return _int32_op(a, b, lambda x, y: x | y)


def js_bitxor(a, b):
    if type(a) is float and type(b) is float and -1e309 < a < 1e309 > b > -1e309:
        return float((int(a) ^ int(b)) + 2147483648 & 4294967295) - 2147483648.0
    return _int32_op(a, b, lambda x, y: x ^ y)


def js_shl(a, b):
    if type(a) is float and type(b) is float and -1e309 < a < 1e309 > b > -1e309:
        return float((int(a) << (int(b) & 31)) + 2147483648 & 4294967295) - 2147483648.0
    a, b = _numeric_pair(a, b)
    if type(a) is int:
        return _bigint_shift(a, b)
    r = (to_int32(a) << (to_uint32(b) & 31)) & 0xFFFFFFFF
    return float(r - 4294967296 if r >= 2147483648 else r)


def js_sar(a, b):
    if type(a) is float and type(b) is float and -1e309 < a < 1e309 > b > -1e309:
        return float(((int(a) + 2147483648 & 4294967295) - 2147483648) >> (int(b) & 31))
    a, b = _numeric_pair(a, b)
    if type(a) is int:
        return _bigint_shift(a, -b)
    return float(to_int32(a) >> (to_uint32(b) & 31))


def js_shr(a, b):
    if type(a) is float and type(b) is float and -1e309 < a < 1e309 > b > -1e309:
        return float((int(a) & 4294967295) >> (int(b) & 31))
    a, b = _numeric_pair(a, b)
    if type(a) is int:
        raise type_error("BigInts have no unsigned right shift, use >> instead")
    return float(to_uint32(a) >> (to_uint32(b) & 31))


def _bigint_shift(a, b):
    if b >= 0:
        if b > 1 << 30 and a != 0:
            raise range_error("Maximum BigInt size exceeded")
        return a << b
    return a >> (-b)


def js_neg(v):
    v = to_numeric(v)
    return -v


def js_bitnot(v):
    v = to_numeric(v)
    if type(v) is int:
        return ~v
    return float(~to_int32(v))


def is_less_than(x, y, left_first=True):
    """https://tc39.es/ecma262/#sec-islessthan : True, False or None (undefined)."""
    if left_first:
        px = to_primitive(x, "number")
        py = to_primitive(y, "number")
    else:
        py = to_primitive(y, "number")
        px = to_primitive(x, "number")
    tx, ty = type(px), type(py)
    if tx is str and ty is str:
        return px < py
    if tx is int and ty is str:
        ny = string_to_big_int(py)
        return None if ny is None else px < ny
    if tx is str and ty is int:
        nx = string_to_big_int(px)
        return None if nx is None else nx < py
    nx = to_numeric(px)
    ny = to_numeric(py)
    if type(nx) is type(ny):
        if nx != nx or ny != ny:
            return None
        return nx < ny
    if nx != nx or ny != ny:
        return None
    if nx in (INF, -INF) or ny in (INF, -INF):
        return (nx if type(nx) is float else 0.0) < (ny if type(ny) is float else 0.0) if (nx in (INF, -INF)) != (ny in (INF, -INF)) else False
    # exact comparison of an int with a finite float
    if type(nx) is float:
        return (math.floor(nx) < ny) if nx != int(nx) else int(nx) < ny
    return nx < (math.ceil(ny) if ny != int(ny) else int(ny))


def js_lt(a, b):
    if type(a) is float and type(b) is float:
        return a < b
    return is_less_than(a, b) is True


def js_gt(a, b):
    if type(a) is float and type(b) is float:
        return a > b
    return is_less_than(b, a, False) is True


def js_le(a, b):
    if type(a) is float and type(b) is float:
        return a <= b
    r = is_less_than(b, a, False)
    return r is False


def js_ge(a, b):
    if type(a) is float and type(b) is float:
        return a >= b
    r = is_less_than(a, b)
    return r is False


def instance_of(v, target):
    """https://tc39.es/ecma262/#sec-instanceofoperator"""
    if not isinstance(target, JSObject):
        raise type_error("Right-hand side of 'instanceof' is not an object")
    handler = get_method(target, SYM_HAS_INSTANCE)
    if handler is not None:
        return to_boolean(handler.call(target, [v]))
    if not target.callable:
        raise type_error("Right-hand side of 'instanceof' is not callable")
    return ordinary_has_instance(target, v)


def ordinary_has_instance(c, o):
    """https://tc39.es/ecma262/#sec-ordinaryhasinstance"""
    if not (isinstance(c, JSObject) and c.callable):      # IsCallable, inline
        return False
    target = getattr(c, "bound_target", None)
    if target is not None:
        return instance_of(o, target)
    if not isinstance(o, JSObject):
        return False
    # Get(C, "prototype"): an own data property (as a function's is) read in place
    p = c.props.get("prototype", MISSING) if not c.exotic else MISSING
    if type(p) is Prop:
        p = p.value if not p.flags & ACCESSOR else MISSING
    if p is MISSING:
        p = c.get("prototype", c)
    if not isinstance(p, JSObject):
        raise type_error("Function has non-object prototype in instanceof check")
    # [[GetPrototypeOf]] is ordinary except for a Proxy or a module namespace (exotic both)
    o = o.proto if not o.exotic else o.get_prototype_of()
    while o is not None:
        if o is p:
            return True
        o = o.proto if not o.exotic else o.get_prototype_of()
    return False


def js_in(key, obj):
    if not isinstance(obj, JSObject):
        raise type_error(f"Cannot use 'in' operator to search for a key in {describe(obj)}")
    return obj.has_property(to_property_key(key))


# -- object operations (§7.3) ---------------------------------------------------


def get_v(v, key):
    """https://tc39.es/ecma262/#sec-getv : property read on any value."""
    if isinstance(v, JSObject):
        return v.get(key, v)
    if type(v) is str:
        if key == "length":
            return float(len(v))
        if type(key) is str and key.isdigit() and is_canonical_index(key) and int(key) < len(v):
            return v[int(key)]
        # A method of %String.prototype%: an own data property in its props (its
        # [[StringData]] is "", so no computed property other than "length" exists).
        proto = state.realm.intrinsics["%String.prototype%"]
        p = proto.props.get(key, MISSING)
        if p is not MISSING:
            if type(p) is not Prop:
                return p
            if not p.flags & ACCESSOR:
                return p.value
        return proto.get(key, v)
    if v is None or v is null:
        raise type_error(f"Cannot read properties of {describe(v)} (reading '{key_display(key)}')")
    proto = current_realm().primitive_prototype(v)
    return proto.get(key, v)


def is_canonical_index(k):
    return k == "0" or k[0] != "0"


def key_display(key):
    if type(key) is JSSymbol:
        return f"Symbol({key.description or ''})"
    return key


def get_method(v, key):
    """https://tc39.es/ecma262/#sec-getmethod"""
    f = get_v(v, key)
    if f is None or f is null:
        return None
    if not is_callable(f):
        raise type_error(f"{describe(f)} is not a function")
    return f


def put_value(o, key, value, strict=True):
    """Set on an object; throw in strict mode when the set fails."""
    ok = o.set(key, value, o)
    if not ok and strict:
        raise set_failure_error(o, key)
    return ok


def set_failure_error(o, key):
    """The TypeError a strict-mode assignment ``o[key] = v`` throws when [[Set]] returned
    false, with V8's message for the cause (read-only data property, getter without a
    setter, non-extensible object, or a proxy trap that returned false)."""
    k = key_display(key)
    if o.class_name == "Proxy":
        return type_error(f"'set' on proxy: trap returned falsish for property '{k}'")
    p, hops = o, 0
    try:
        while p is not None and hops < 10_000:
            if p.class_name == "Proxy":
                break                   # describing the failure must not run a trap
            d = p.get_own_property(key)
            if d is not None:
                if d.flags & ACCESSOR:
                    return type_error(f"Cannot set property {k} of {_v8_object_name(o)} "
                                      "which has only a getter")
                break
            p, hops = p.get_prototype_of(), hops + 1
        else:
            if not o.is_extensible():
                return type_error(f"Cannot add property {k}, object is not extensible")
    except JSError:
        pass
    what = "[object Array]" if o.class_name == "Array" else _v8_object_name(o)
    return type_error(f"Cannot assign to read only property '{k}' of object '{what}'")


def _v8_object_name(o):
    """``#<Foo>``: V8's short name of an object, from its prototype chain's constructor."""
    p, hops = o, 0
    while p is not None and hops < 10_000:
        d = p.props.get("constructor", MISSING)
        if d is not MISSING:
            f = d.value if type(d) is Prop else d
            if type(d) is not Prop or not d.flags & ACCESSOR:
                name = f.props.get("name") if isinstance(f, JSObject) else None
                name = name.value if type(name) is Prop else name
                if type(name) is str and name:
                    return f"#<{name}>"
            break
        p, hops = p.proto, hops + 1
    return "#<Object>"


def set_v(v, key, value, strict):
    """PutValue for a property reference whose base is any value."""
    if isinstance(v, JSObject):
        if not v.set(key, value, v) and strict:
            raise set_failure_error(v, key)
        return
    if v is None or v is null:
        raise type_error(f"Cannot set properties of {describe(v)} (setting '{key_display(key)}')")
    proto = current_realm().primitive_prototype(v)
    ok = proto.set(key, value, v)
    if not ok and strict:
        raise type_error(f"Cannot create property '{key_display(key)}' on {type_of(v)} '{to_display_primitive(v)}'")


def to_display_primitive(v):
    try:
        return to_string(v)
    except JSError:
        return describe(v)


def create_data_property(o, key, value):
    return o.define_own_property(key, data_desc(value))


def create_data_property_or_throw(o, key, value):
    if not o.define_own_property(key, data_desc(value)):
        raise type_error(f"Cannot define property {key_display(key)}")


def define_property_or_throw(o, key, desc):
    if not o.define_own_property(key, desc):
        raise type_error(f"Cannot redefine property: {key_display(key)}")


def delete_property_or_throw(o, key):
    if not o.delete(key):
        raise type_error(f"Cannot delete property '{key_display(key)}' of object")


def has_own_property(o, key):
    return o.get_own_property(key) is not None


def length_of_array_like(o):
    """https://tc39.es/ecma262/#sec-lengthofarraylike (an int)."""
    return to_length(o.get("length", o))


_ARGUMENTS = (MappedArguments, UnmappedArguments)


def create_list_from_array_like(o, types=None):
    if not isinstance(o, JSObject):
        raise type_error("CreateListFromArrayLike called on non-object")
    if types is None:
        if type(o) is _JSArray and o.is_packed():
            return list(o.elements)             # reading a packed array's elements runs no code
        if type(o) in _ARGUMENTS and (values := array_like_values(o)) is not None:
            return values
    n = length_of_array_like(o)
    out = []
    for i in range(n):
        v = o.get(str(i), o)
        if types is not None and not _type_matches(v, types):
            raise type_error(f"{describe(v)} is not a valid property name")
        out.append(v)
    return out


def _type_matches(v, types):
    return (type(v) is str and "string" in types) or (type(v) is JSSymbol and "symbol" in types)


def call(f, this, args):
    """https://tc39.es/ecma262/#sec-call"""
    if not (isinstance(f, JSObject) and f.callable):
        raise type_error(f"{describe(f)} is not a function")
    return f.call(this, args)


def construct(f, args, new_target=None):
    """https://tc39.es/ecma262/#sec-construct"""
    if new_target is None:
        new_target = f
    return f.construct(args, new_target)


def invoke(v, key, args):
    f = get_v(v, key)
    if not (isinstance(f, JSObject) and f.callable):
        raise type_error(f"{key_display(key)} is not a function")
    return f.call(v, args)


def species_constructor(o, default):
    """https://tc39.es/ecma262/#sec-speciesconstructor"""
    c = o.get("constructor", o)
    if c is None:
        return default
    if not isinstance(c, JSObject):
        raise type_error("object.constructor is not an object")
    s = c.get(SYM_SPECIES, c)
    if s is None or s is null:
        return default
    if is_constructor(s):
        return s
    raise type_error("object.constructor[Symbol.species] is not a constructor")


def get_function_realm(f):
    """https://tc39.es/ecma262/#sec-getfunctionrealm"""
    realm = getattr(f, "realm", None)
    if realm is not None:
        return realm
    target = getattr(f, "bound_target", None)
    if target is not None:
        return get_function_realm(target)
    if getattr(f, "proxy_handler", MISSING) is not MISSING:
        if f.proxy_handler is None:
            raise type_error("Cannot perform operation on a revoked proxy")
        return get_function_realm(f.proxy_target)
    return current_realm()


def get_prototype_from_constructor(new_target, default_name):
    """https://tc39.es/ecma262/#sec-getprototypefromconstructor"""
    proto = MISSING
    if not new_target.exotic:       # an own data property (a function's "prototype") read in place
        proto = new_target.props.get("prototype", MISSING)
        if type(proto) is Prop:
            proto = MISSING if proto.flags & ACCESSOR else proto.value
    if proto is MISSING:
        proto = new_target.get("prototype", new_target)
    if not isinstance(proto, JSObject):
        proto = get_function_realm(new_target).intrinsics[default_name]
    elif type(proto.props) is dict and type(proto) is JSObject:
        watch_chain(proto)      # it becomes a prototype: lookups through it can be cached
    return proto


def ordinary_create_from_constructor(new_target, default_name, cls=JSObject):
    o = cls(get_prototype_from_constructor(new_target, default_name))
    return o


def set_integrity_level(o, level):
    """https://tc39.es/ecma262/#sec-setintegritylevel"""
    if not o.prevent_extensions():
        return False
    keys = o.own_property_keys()
    if level == "sealed":
        for k in keys:
            define_property_or_throw(o, k, Descriptor(configurable=False))
    else:
        for k in keys:
            cur = o.get_own_property(k)
            if cur is not None:
                if cur.flags & ACCESSOR:
                    desc = Descriptor(configurable=False)
                else:
                    desc = Descriptor(configurable=False, writable=False)
                define_property_or_throw(o, k, desc)
    return True


def test_integrity_level(o, level):
    if o.is_extensible():
        return False
    for k in o.own_property_keys():
        cur = o.get_own_property(k)
        if cur is not None:
            if cur.flags & CONFIGURABLE:
                return False
            if level == "frozen" and not cur.flags & ACCESSOR and cur.flags & WRITABLE:
                return False
    return True


def enumerable_own_properties(o, kind):
    """https://tc39.es/ecma262/#sec-enumerableownproperties

    An ordinary object's data properties are read from its dict: until a getter
    runs (a "value" or "entry" read of an accessor), nothing can change them.
    """
    out = []
    keys = o.own_property_keys()
    done = 0
    if type(o) is JSObject:
        props = o.props
        new_array = current_realm().new_array
        for k in keys:
            if type(k) is not str:
                break       # the Symbols come last
            v = props[k]
            if type(v) is Prop:
                if v.flags & ACCESSOR and kind != "key":
                    break
                if not v.flags & ENUMERABLE:
                    done += 1
                    continue
                v = v.value
            out.append(k if kind == "key" else v if kind == "value" else new_array([k, v]))
            done += 1
        else:
            return out
    for k in keys[done:]:
        if type(k) is not str:
            continue
        d = o.get_own_property(k)
        if d is not None and d.flags & ENUMERABLE:
            if kind == "key":
                out.append(k)
            else:
                v = o.get(k, o)
                if kind == "value":
                    out.append(v)
                else:
                    out.append(current_realm().new_array([k, v]))
    return out


def to_property_descriptor(obj):
    """https://tc39.es/ecma262/#sec-topropertydescriptor"""
    if not isinstance(obj, JSObject):
        raise type_error(f"Property description must be an object: {describe(obj)}")
    d = Descriptor()
    if obj.has_property("enumerable"):
        d.enumerable = to_boolean(obj.get("enumerable", obj))
    if obj.has_property("configurable"):
        d.configurable = to_boolean(obj.get("configurable", obj))
    if obj.has_property("value"):
        d.value = obj.get("value", obj)
    if obj.has_property("writable"):
        d.writable = to_boolean(obj.get("writable", obj))
    if obj.has_property("get"):
        g = obj.get("get", obj)
        if g is not None and not is_callable(g):
            raise type_error(f"Getter must be a function: {describe(g)}")
        d.get = g
    if obj.has_property("set"):
        s = obj.get("set", obj)
        if s is not None and not is_callable(s):
            raise type_error(f"Setter must be a function: {describe(s)}")
        d.set = s
    if (d.get is not MISSING or d.set is not MISSING) and (d.value is not MISSING or d.writable is not MISSING):
        raise type_error("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute")
    return d


def from_property_descriptor(p):
    """https://tc39.es/ecma262/#sec-frompropertydescriptor (p is a stored Prop or None)."""
    if p is None:
        return None
    realm = current_realm()
    o = realm.new_object()
    if p.flags & ACCESSOR:
        o.props["get"] = p.getter
        o.props["set"] = p.setter
    else:
        o.props["value"] = p.value
        o.props["writable"] = bool(p.flags & WRITABLE)
    o.props["enumerable"] = bool(p.flags & ENUMERABLE)
    o.props["configurable"] = bool(p.flags & CONFIGURABLE)
    return o


def complete_descriptor_from_partial(d):
    return d


# -- iterators (§7.4) -------------------------------------------------------------


class IteratorRecord:
    __slots__ = ("iterator", "next_method", "done")

    def __init__(self, iterator, next_method):
        self.iterator = iterator
        self.next_method = next_method
        self.done = False

    def step(self):
        return iterator_step_value(self)

    def close(self, exc=None):
        iterator_close(self, exc)


def get_iterator(obj, kind="sync", method=MISSING):
    """https://tc39.es/ecma262/#sec-getiterator"""
    if kind == "async":
        if method is MISSING:
            method = get_method(obj, SYM_ASYNC_ITERATOR)
        if method is None:
            sync = get_iterator(obj, "sync")
            return current_realm().create_async_from_sync_iterator(sync)
    elif method is MISSING:
        method = get_method(obj, SYM_ITERATOR)
    if method is None:
        raise type_error(f"{describe(obj)} is not iterable")
    it = method.call(obj, [])
    if not isinstance(it, JSObject):
        raise type_error("Result of the Symbol.iterator method is not an object")
    return IteratorRecord(it, it.get("next", it))


def get_iterator_direct(obj):
    return IteratorRecord(obj, obj.get("next", obj))


def iterator_next(rec, value=MISSING):
    r = call(rec.next_method, rec.iterator, [] if value is MISSING else [value])
    if not isinstance(r, JSObject):
        raise type_error(f"Iterator result {describe(r)} is not an object")
    return r


def iterator_complete(r):
    return to_boolean(r.get("done", r))


def iterator_value(r):
    return r.get("value", r)


def iterator_step_value(rec):
    """https://tc39.es/ecma262/#sec-iteratorstepvalue : value or MISSING when done."""
    try:
        r = iterator_next(rec)
        done = to_boolean(r.get("done", r))
    except JSError:
        rec.done = True
        raise
    if done:
        rec.done = True
        return MISSING
    try:
        return r.get("value", r)
    except JSError:
        rec.done = True
        raise


def iterator_close(rec, exc=None):
    """https://tc39.es/ecma262/#sec-iteratorclose

    With ``exc`` (a pending throw completion), errors from ``return`` are
    swallowed and ``exc`` is re-raised by the caller.
    """
    it = rec.iterator
    try:
        ret = get_method(it, "return")
        if ret is None:
            return
        r = ret.call(it, [])
    except JSError:
        if exc is not None:
            return
        raise
    if exc is None and not isinstance(r, JSObject):
        raise type_error("iterator.return() did not return an object")


def iterate_to_list(obj, method=MISSING):
    rec = get_iterator(obj, "sync", method)
    out = []
    while True:
        v = iterator_step_value(rec)
        if v is MISSING:
            return out
        out.append(v)


def create_iter_result(value, done):
    realm = current_realm()
    o = JSObject(realm.object_prototype)
    o.props["value"] = value
    o.props["done"] = done
    return o


def safe_to_display(v):
    """Best-effort string for a thrown value, never raising (for hosts)."""
    try:
        if isinstance(v, JSObject):
            name = v.get("name", v)
            msg = v.get("message", v)
            if type(name) is str and type(msg) is str:
                return f"{name}: {msg}" if msg else name
        return to_string(v)
    except BaseException:
        return describe(v)


def copy_data_properties(target, source, excluded):
    """https://tc39.es/ecma262/#sec-copydataproperties

    From an ordinary object to an ordinary one (an object literal's spread, an
    object rest pattern), a property held as a plain value (a data property that
    is enumerable, writable and configurable) is stored in the target's dict in
    place, when the target holds no Prop under that key and is extensible: what
    [[GetOwnProperty]], [[Get]] and CreateDataPropertyOrThrow come to there.
    Each key is read afresh, as the spec's loop does, since a getter copied
    before it may have changed the source.  Into an empty object (``{...o}``),
    from a source holding only plain values (no Prop, no private element), that
    loop comes to copying the dict: the order of its keys is the order the loop
    stores them in, but for array indices, which OwnPropertyKeys sorts anyway."""
    if source is None or source is null:
        return target
    src = to_object(source)
    if type(src) is JSObject and type(target) is JSObject:
        props, out = src.props, target.props
        if not out and not excluded and type(out) is dict and target.extensible:
            for k, v in props.items():
                if type(v) is Prop or type(k) is not str and type(k) is not JSSymbol:
                    break
            else:
                out.update(props)
                return target
        for k in ordered_keys(props):
            if k in excluded:
                continue
            v = props.get(k, MISSING)
            if v is MISSING:
                continue
            if type(v) is Prop or type(out.get(k)) is Prop or not target.extensible:
                _copy_data_property(target, src, k)
            else:
                out[k] = v
        return target
    for k in src.own_property_keys():
        if k not in excluded:
            _copy_data_property(target, src, k)
    return target


def _copy_data_property(target, src, k):
    """One step of CopyDataProperties' loop, for the key ``k``."""
    d = src.get_own_property(k)
    if d is not None and d.flags & ENUMERABLE:
        create_data_property_or_throw(target, k, src.get(k, src))
