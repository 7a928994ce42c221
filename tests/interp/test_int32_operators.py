"""The integer operators' shared helpers (ops.js_bitand ... js_shr) against
ToInt32/ToUint32 written from the spec with exact integer arithmetic, for any
pair of Numbers: both tiers fall back to these helpers outside int32 range."""
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from pyjs.interp import ops


def to_uint32(v):
    """https://tc39.es/ecma262/#sec-touint32, on exact integers."""
    if not math.isfinite(v):
        return 0
    return int(v) % 2 ** 32


def to_int32(v):
    u = to_uint32(v)
    return u - 2 ** 32 if u >= 2 ** 31 else u


EXPECTED = {
    ops.js_bitand: lambda a, b: to_int32(a) & to_int32(b),
    ops.js_bitor: lambda a, b: to_int32(a) | to_int32(b),
    ops.js_bitxor: lambda a, b: to_int32(a) ^ to_int32(b),
    ops.js_shl: lambda a, b: to_int32(to_int32(a) << (to_uint32(b) & 31)),
    ops.js_sar: lambda a, b: to_int32(a) >> (to_uint32(b) & 31),
    ops.js_shr: lambda a, b: to_uint32(a) >> (to_uint32(b) & 31),
}

numbers = st.one_of(
    st.floats(),
    st.integers(-2 ** 34, 2 ** 34).map(float),
    st.sampled_from([0.0, -0.0, 2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0,
                     4294967295.0, 4294967296.0, 1e300, -1e300, 0.5, -0.5]))


@settings(max_examples=400, deadline=None)
@given(numbers, numbers)
def test_integer_operators_match_the_spec(a, b):
    for helper, expected in EXPECTED.items():
        got = helper(a, b)
        assert type(got) is float
        assert got == expected(a, b), (helper.__name__, a, b, got)
        assert math.copysign(1.0, got) == 1.0 or got != 0, "an integer operator never gives -0"
