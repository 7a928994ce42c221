"""Tests for pyjs.interp.numconv: spec examples, properties, and a comparison
with Node (V8) on a few thousand generated inputs in a single node process."""
import json
import math
import random
import shutil
import struct
import subprocess
import unicodedata
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyjs.interp.numconv import (
    WHITESPACE_CHARS,
    number_to_string,
    parse_float,
    parse_int,
    string_to_number,
    to_exponential,
    to_fixed,
    to_precision,
    trim_string,
)

NAN = math.nan
INF = math.inf


def same(a: float, b: float) -> bool:
    """SameValue on numbers: NaN equals NaN, +0 and -0 differ."""
    if a != a:
        return b != b
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


# --------------------------------------------------------------------------
# Number::toString


@pytest.mark.parametrize(
    "x, expected",
    [
        (0.0, "0"),
        (-0.0, "0"),
        (NAN, "NaN"),
        (INF, "Infinity"),
        (-INF, "-Infinity"),
        (3.0, "3"),
        (-42.0, "-42"),
        (0.1, "0.1"),
        (0.1 + 0.2, "0.30000000000000004"),
        (123.456, "123.456"),
        (1e21, "1e+21"),
        (999999999999999900000.0, "999999999999999900000"),
        (2.0**69, "590295810358705700000"),
        (1e-7, "1e-7"),
        (1.5e-7, "1.5e-7"),
        (0.000001, "0.000001"),
        (1.2345e-6, "0.0000012345"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (-1.5e300, "-1.5e+300"),
        (9007199254740993.0, "9007199254740992"),
        (2.0**53 + 2, "9007199254740994"),
        (1e16, "10000000000000000"),
        (123e18, "123000000000000000000"),
    ],
)
def test_number_to_string_decimal(x, expected):
    assert number_to_string(x) == expected


@pytest.mark.parametrize(
    "x, radix, expected",
    [
        (255.0, 16, "ff"),
        (-255.0, 2, "-11111111"),
        (0.5, 2, "0.1"),
        (0.1, 2, "0.0001100110011001100110011001100110011001100110011001101"),
        (0.1, 3, "0.0022002200220022002200220022002201"),
        (123.456, 36, "3f.gez4w97ry"),
        (-0.0, 7, "0"),
        (NAN, 2, "NaN"),
        (-INF, 16, "-Infinity"),
        (2.0**60, 2, "1" + "0" * 60),
        (1e21, 36, "5v1j4f4ds7c000"),
        (35.0, 36, "z"),
    ],
)
def test_number_to_string_radix(x, radix, expected):
    # Expected values are Node 20's output.
    assert number_to_string(x, radix) == expected


finite_floats = st.floats(allow_nan=False, allow_infinity=False)


@given(finite_floats)
def test_decimal_round_trip(x):
    assert same(string_to_number(number_to_string(x)), abs(x) if x == 0 else x)


@given(finite_floats)
def test_decimal_form_is_the_spec_shape(x):
    s = number_to_string(x)
    if x == 0 or 1e-6 <= abs(x) < 1e21:
        assert "e" not in s
    else:
        assert "e+" in s or "e-" in s
    assert not s.endswith(".") and not s.startswith("+")


def _parse_radix_exactly(s: str, radix: int) -> Fraction:
    negative = s.startswith("-")
    int_part, _, frac_part = s.lstrip("-").partition(".")
    value = Fraction(int(int_part, radix))
    if frac_part:
        value += Fraction(int(frac_part, radix), radix ** len(frac_part))
    return -value if negative else value


def _nearest_double(q: Fraction) -> float:
    try:
        return q.numerator / q.denominator
    except OverflowError:
        return INF if q > 0 else -INF


@given(finite_floats, st.sampled_from([2, 4, 8, 16, 32]))
def test_power_of_two_radix_round_trips_exactly(x, radix):
    s = number_to_string(x, radix)
    assert set(s) <= set("-.0123456789abcdefghijklmnopqrstuv"[: radix + 2] + "-.")
    assert same(_nearest_double(_parse_radix_exactly(s, radix)), abs(x) if x == 0 else x)
    # The integer part is exact for these radixes at every magnitude.
    assert parse_int(s, radix) == float(math.trunc(x))


@given(finite_floats.filter(lambda v: v != 0), st.integers(2, 36).filter(lambda r: r != 10))
def test_any_radix_output_is_within_a_few_ulps(x, radix):
    # V8's algorithm accumulates double rounding errors for radixes that are
    # not powers of two, so only near-round-tripping is promised there.
    printed = _parse_radix_exactly(number_to_string(x, radix), radix)
    assert abs(printed - Fraction(x)) <= 64 * Fraction(math.ulp(x))


@given(st.integers(-(2**53) + 1, 2**53 - 1), st.integers(2, 36))
def test_safe_integers_print_exactly_in_every_radix(i, radix):
    s = number_to_string(float(i), radix)
    assert int(s, radix) == i


# --------------------------------------------------------------------------
# StringToNumber


@pytest.mark.parametrize(
    "s, expected",
    [
        ("", 0.0),
        ("   \n\t ", 0.0),
        ("42", 42.0),
        (" 42 ", 42.0),
        ("\ufeff\u3000 -1.5e3\u2029", -1500.0),
        ("\u00a0\u1680\u2000\u200a\u202f\u205f1\u2028", 1.0),
        ("-0", -0.0),
        ("+0", 0.0),
        ("1.", 1.0),
        (".5", 0.5),
        ("+.5e1", 5.0),
        ("1e5", 1e5),
        ("1E-3", 1e-3),
        ("1e1000", INF),
        ("-1e1000", -INF),
        ("1e-1000", 0.0),
        ("Infinity", INF),
        ("+Infinity", INF),
        ("-Infinity", -INF),
        ("0x10", 16.0),
        ("0XfF", 255.0),
        ("0o17", 15.0),
        ("0B101", 5.0),
        ("0x" + "f" * 300, INF),
        ("0x20000000000001", 9007199254740992.0),
        ("0x20000000000003", 9007199254740996.0),
        ("0x1" + "0" * 254 + "1", 2.0**1020),
        ("00012", 12.0),
        ("0.1e-0", 0.1),
    ],
)
def test_string_to_number_valid(s, expected):
    assert same(string_to_number(s), expected)


@pytest.mark.parametrize(
    "s",
    [
        "abc", "1a", "inf", "-inf", "nan", "NaN", "infinity", "INFINITY", "1_000",
        "1__0", "0x", "-0x10", "+0x10", "0x1g", "0o8", "0b2", "0b", ".", "e5", "1e",
        "1e+", "++1", "-+1", "1 2", "\u0661", "١٢", "\uff11", "1.2.3", "0x1.8",
        "\x1c1", "1\x85", "\u180e1", "1n", "0_1", "Infinityx", "- 1",
    ],
)
def test_string_to_number_invalid(s):
    assert math.isnan(string_to_number(s))


def test_whitespace_set_is_js_whitespace():
    zs = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"}
    assert set(WHITESPACE_CHARS) == zs | set("\t\v\f\ufeff\n\r\u2028\u2029")
    assert trim_string("\u2028 a b \ufeff", "start") == "a b \ufeff"
    assert trim_string("\u2028 a b \ufeff", "end") == "\u2028 a b"
    assert trim_string("\x85a\x1f") == "\x85a\x1f"


decimal_literals = st.from_regex(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?", fullmatch=True)
js_whitespace = st.text(alphabet=WHITESPACE_CHARS, max_size=3)


@given(js_whitespace, decimal_literals, js_whitespace)
def test_string_to_number_reads_decimal_literals(before, literal, after):
    assert same(string_to_number(before + literal + after), float(literal))


@given(decimal_literals, st.data())
def test_string_to_number_rejects_separators_and_junk(literal, data):
    cut = data.draw(st.integers(0, len(literal)))
    junk = data.draw(st.sampled_from(["_", "n", "$", "1 1", "\x85", "\u0660", "inf"]))
    assert math.isnan(string_to_number(literal[:cut] + junk + literal[cut:]))


# --------------------------------------------------------------------------
# parseInt / parseFloat


@pytest.mark.parametrize(
    "s, radix, expected",
    [
        ("  123abc", 0, 123.0),
        ("-0", 0, -0.0),
        ("-0x1F", 0, -31.0),
        ("0x1F", 16, 31.0),
        ("0x1F", 10, 0.0),
        ("0x", 16, NAN),
        ("ff", 16, 255.0),
        ("z", 36, 35.0),
        ("Z", 37, NAN),
        ("1", 1, NAN),
        ("10", 2, 2.0),
        ("12", 2, 1.0),
        ("", 10, NAN),
        ("-", 10, NAN),
        ("+-1", 10, NAN),
        ("\u00a0\ufeff 7", 0, 7.0),
        ("1e3", 10, 1.0),
        ("9007199254740993", 10, 9007199254740992.0),
        ("9007199254740995", 10, 9007199254740996.0),
        ("9007199254740993000000000000001", 10, 9.007199254740993e30),
        ("1" * 400, 10, INF),
        ("20000000000001", 16, 9007199254740992.0),
        ("20000000000001" + "0" * 10 + "1", 16, float(0x20000000000002 << 44)),
        ("1" + "0" * 1024, 2, INF),
        ("1" + "0" * 1023, 2, 2.0**1023),
        ("٣", 10, NAN),
        ("１", 10, NAN),
    ],
)
def test_parse_int(s, radix, expected):
    assert same(parse_int(s, radix), expected)


def test_parse_int_long_strings_in_every_radix():
    # Beyond the int() digit limit and beyond double range.
    assert parse_int("1" * 5000, 3) == INF
    assert parse_int("0" * 6000 + "21", 3) == 7.0
    assert parse_int("0" * 6000 + "21" + "!" * 10, 7) == 15.0
    long_zero_padded = "0" * 5000 + "1" * 600
    assert parse_int(long_zero_padded, 3) == float(int("1" * 600, 3))


@pytest.mark.parametrize(
    "s, expected",
    [
        ("3.14abc", 3.14),
        ("  -.5", -0.5),
        ("-0", -0.0),
        ("1.e5x", 1e5),
        ("1e", 1.0),
        ("1e+", 1.0),
        ("1e+2e3", 100.0),
        (".e1", NAN),
        (".", NAN),
        ("", NAN),
        ("Infinityx", INF),
        ("-Infinity", -INF),
        ("Inf", NAN),
        ("0x10", 0.0),
        ("1_000", 1.0),
        ("\u2029\t12", 12.0),
        ("\x8512", NAN),
        ("+", NAN),
    ],
)
def test_parse_float(s, expected):
    assert same(parse_float(s), expected)


@given(finite_floats)
def test_parse_float_reads_back_number_to_string(x):
    s = number_to_string(x)
    assert same(parse_float(s + "xyz"), string_to_number(s))


# --------------------------------------------------------------------------
# toFixed / toExponential / toPrecision


@pytest.mark.parametrize(
    "x, f, expected",
    [
        (1.005, 2, "1.00"),
        (1.45, 1, "1.4"),
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (0.5, 0, "1"),
        (1.25, 1, "1.3"),
        (-0.0, 2, "0.00"),
        (-0.0000001, 2, "-0.00"),
        (0.000001, 7, "0.0000010"),
        (123.456, 0, "123"),
        (1e21, 2, "1e+21"),
        (-1.5e21, 3, "-1.5e+21"),
        (999999999999999900000.0, 1, "999999999999999868928.0"),
        (0.1, 20, "0.10000000000000000555"),
        (NAN, 2, "NaN"),
        (-INF, 2, "-Infinity"),
    ],
)
def test_to_fixed(x, f, expected):
    assert to_fixed(x, f) == expected


@pytest.mark.parametrize(
    "x, f, expected",
    [
        (123456.0, 2, "1.23e+5"),
        (0.0, None, "0e+0"),
        (-0.0, 2, "0.00e+0"),
        (1.25, 1, "1.3e+0"),
        (0.00015, None, "1.5e-4"),
        (1.0, 0, "1e+0"),
        (9.5, 0, "1e+1"),
        (99.96, 2, "1.00e+2"),
        (-5e-324, 3, "-4.941e-324"),
        (1.7976931348623157e308, None, "1.7976931348623157e+308"),
        (INF, 2, "Infinity"),
    ],
)
def test_to_exponential(x, f, expected):
    assert to_exponential(x, f) == expected


@pytest.mark.parametrize(
    "x, p, expected",
    [
        (123.456, 2, "1.2e+2"),
        (123.456, 4, "123.5"),
        (0.000001234, 2, "0.0000012"),
        (0.0000001234, 2, "1.2e-7"),
        (1e21, 3, "1.00e+21"),
        (99.99, 3, "100"),
        (99.99, 2, "1.0e+2"),
        (25.0, 1, "3e+1"),
        (0.0, 3, "0.00"),
        (-0.0, 1, "0"),
        (123.0, 3, "123"),
        (-1.5, 1, "-2"),
        (NAN, 3, "NaN"),
    ],
)
def test_to_precision(x, p, expected):
    assert to_precision(x, p) == expected


@given(finite_floats, st.integers(0, 100))
def test_to_fixed_is_exact_round_half_up(x, f):
    s = to_fixed(x, f)
    if abs(x) >= 1e21:
        assert s == number_to_string(x)
        return
    exact = abs(Fraction(x)) * 10**f
    n = int(s.lstrip("-").replace(".", ""))
    assert exact - Fraction(1, 2) < n <= exact + Fraction(1, 2)
    assert s.startswith("-") == (x < 0)
    assert len(s.partition(".")[2]) == f


@given(finite_floats.filter(lambda v: v != 0), st.integers(1, 100))
def test_to_precision_matches_to_exponential_digits(x, p):
    e_form = to_exponential(x, p - 1)
    mantissa, _, exp = e_form.partition("e")
    digits = mantissa.lstrip("-").replace(".", "")
    assert len(digits) == p
    value = Fraction(int(digits)) * Fraction(10) ** (int(exp) - p + 1)
    assert abs(value - abs(Fraction(x))) <= Fraction(10) ** (int(exp) - p + 1) / 2
    assert same(string_to_number(to_precision(x, p)), string_to_number(e_form))


# --------------------------------------------------------------------------
# Comparison with Node

NODE_SCRIPT = r"""
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const f64 = new Float64Array(1), u64 = new BigUint64Array(f64.buffer);
const num = (h) => { u64[0] = BigInt('0x' + h); return f64[0]; };
const bits = (v) => { f64[0] = v; return u64[0].toString(16); };
const out = cases.map(([op, a, b]) => {
  switch (op) {
    case 'toString': return num(a).toString(b);
    case 'toFixed': return num(a).toFixed(b);
    case 'toExponential': return num(a).toExponential(b === null ? undefined : b);
    case 'toPrecision': return num(a).toPrecision(b);
    case 'parseInt': return bits(parseInt(a, b));
    case 'parseFloat': return bits(parseFloat(a));
    case 'Number': return bits(Number(a));
  }
});
process.stdout.write(JSON.stringify(out));
"""


def _bits(x: float) -> str:
    return "%x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def _from_bits(h: str) -> float:
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def _sample_doubles(rnd: random.Random, count: int) -> list[float]:
    values = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
              1e21, 1e-7, 9.5, 0.5, 1.5, 2.5, 1.005, 1.45, 2.0**53, 2.0**53 + 2, 1e-6]
    while len(values) < count:
        kind = rnd.randrange(6)
        if kind == 0:
            x = struct.unpack("<d", rnd.getrandbits(64).to_bytes(8, "little"))[0]
            if not math.isfinite(x):
                continue
        elif kind == 1:
            x = round(rnd.uniform(-1000, 1000), rnd.randrange(0, 6))
        elif kind == 2:
            x = float(rnd.randrange(-(2**60), 2**60)) / 2 ** rnd.randrange(0, 8)
        elif kind == 3:
            x = rnd.uniform(-1, 1) * 10.0 ** rnd.randrange(-30, 30)
        elif kind == 4:
            x = float(rnd.randrange(1, 10**6)) + rnd.choice([0.5, 0.25, 0.125, 0.05, 0.005])
        else:
            x = math.ldexp(rnd.random(), rnd.randrange(-1074, 1024))
        values.append(x)
    return values


def _sample_strings(rnd: random.Random, doubles: list[float]) -> list[str]:
    ws = ["", " ", "\t", "\n", "\u00a0", "\ufeff", "\u2028", "\u3000", "\x85", "\u180e"]
    junk = ["", "", "x", "e", "e+", "e5", ".", "..", "_1", "n", " 1", "0x1", "Infinity", "\u0661"]
    pieces = ["0x1F", "0X", "0o17", "0b1011", "-0x10", "Infinity", "-Infinity", "+Infinity",
              "inf", "nan", "NaN", "1_000", ".5", "5.", "+.5", "-.5e-3", "1e309", "1e-400",
              "0.0000001", "00017", "0x" + "f" * 20, "0b" + "1" * 70, "12345678901234567890123",
              "9007199254740993", "0.1", "", "-", "+", "e1", "1e", "0x1g", "0o9"]
    out = []
    for _ in range(1500):
        r = rnd.random()
        if r < 0.4:
            body = number_to_string(rnd.choice(doubles))
        elif r < 0.6:
            body = rnd.choice(pieces)
        elif r < 0.8:
            body = "".join(rnd.choice("0123456789") for _ in range(rnd.randrange(1, 40)))
            if rnd.random() < 0.5:
                body = body[: rnd.randrange(len(body) + 1)] + "." + body
            if rnd.random() < 0.3:
                body += rnd.choice("eE") + rnd.choice(["", "+", "-"]) + str(rnd.randrange(400))
            body = rnd.choice(["", "", "-", "+"]) + body
        else:
            body = "".join(rnd.choice("0123456789abcdefxXoObBeE.+- ") for _ in range(rnd.randrange(1, 12)))
        out.append(rnd.choice(ws) + body + rnd.choice(junk) + rnd.choice(ws))
    return out


def _parse_int_cases(rnd: random.Random) -> list[tuple[str, int]]:
    cases = []
    for _ in range(1200):
        radix = rnd.choice([0, 10, 16, 2, 8, 32, 4, 36, 3, 7, 1, 37, -5])
        alphabet = _radix_alphabet(radix)
        if radix in (0, 10, 2, 4, 8, 16, 32):
            length = rnd.choice([1, 3, 10, 17, 20, 25, 60, 400])
        else:
            # V8 approximates other radixes above 2**53; stay below it.
            length = max(1, int(52 / math.log2(max(radix, 2))) - 1)
            length = rnd.randrange(1, length + 1)
        digits = "".join(rnd.choice(alphabet) for _ in range(length))
        if radix in (0, 16) and rnd.random() < 0.3:
            digits = rnd.choice(["0x", "0X"]) + "".join(rnd.choice("0123456789abcdefABCDEF") for _ in range(rnd.randrange(0, 30)))
        s = rnd.choice(["", " ", "\u00a0", "\n"]) + rnd.choice(["", "", "-", "+"]) + digits + rnd.choice(["", "z", "!", ".5", " 1"])
        cases.append((s, radix))
    return cases


def _radix_alphabet(radix: int) -> str:
    r = 10 if radix == 0 else min(max(radix, 2), 36)
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"[:r]
    return chars + chars[10:].upper()


@pytest.fixture(scope="module")
def node_comparison():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    rnd = random.Random(20240607)
    doubles = _sample_doubles(rnd, 1200)
    cases: list[list] = []
    for x in doubles:
        cases.append(["toString", _bits(x), 10])
        cases.append(["toString", _bits(x), rnd.choice([r for r in range(2, 37) if r != 10])])
        cases.append(["toFixed", _bits(x), rnd.choice([0, 0, 1, 2, 3, 5, 10, 20, rnd.randrange(101)])])
        cases.append(["toExponential", _bits(x), rnd.choice([None, None, 0, 1, 2, 5, 15, 16, 20, rnd.randrange(101)])])
        cases.append(["toPrecision", _bits(x), rnd.choice([1, 2, 3, 6, 15, 16, 17, 21, rnd.randrange(1, 101)])])
    for x in (NAN, INF, -INF):
        cases.append(["toString", _bits(x), 16])
        cases.append(["toString", _bits(x), 10])
    for s in _sample_strings(rnd, doubles):
        cases.append(["parseFloat", s, None])
        cases.append(["Number", s, None])
    for s, radix in _parse_int_cases(rnd):
        cases.append(["parseInt", s, radix])
    result = subprocess.run(
        [node, "-e", NODE_SCRIPT], input=json.dumps(cases), capture_output=True,
        text=True, encoding="utf-8", timeout=60, check=True,
    )
    return list(zip(cases, json.loads(result.stdout)))


def _ours(op: str, a, b) -> str:
    if op in ("toString", "toFixed", "toExponential", "toPrecision"):
        x = _from_bits(a)
        fn = {"toString": number_to_string, "toFixed": to_fixed,
              "toExponential": to_exponential, "toPrecision": to_precision}[op]
        return fn(x, b)
    if op == "parseInt":
        return _bits(parse_int(a, b))
    if op == "parseFloat":
        return _bits(parse_float(a))
    return _bits(string_to_number(a))


@pytest.mark.parametrize(
    "op", ["toString", "toFixed", "toExponential", "toPrecision", "parseInt", "parseFloat", "Number"]
)
def test_matches_node(node_comparison, op):
    checked = 0
    mismatches = []
    for (case_op, a, b), expected in node_comparison:
        if case_op != op:
            continue
        checked += 1
        got = _ours(case_op, a, b)
        if got != expected:
            mismatches.append((a, b, got, expected))
    assert checked >= 1000
    assert mismatches[:5] == []
