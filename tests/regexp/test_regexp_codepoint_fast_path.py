"""The ``re`` fast path in code point mode (flags u/v) against the VM.

Patterns run on Python's ``re`` over the input's code point string, with
indices mapped back to code units; the VM decodes surrogates itself.  Both
must agree on every result (spans of the match and of each group), for
inputs with astral characters, lone surrogates and start indices inside a
surrogate pair.
"""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyjs.regexp import RegExpSyntaxError, compile_regexp, vm
from pyjs.regexp.codepoints import BLOCK, CodePointText, code_point_text, string_to_code_points

# Code units and surrogate pairs the inputs are made of (lone surrogates too).
_UNITS = ["a", "A", "\ud83d\ude00", "\ud83d\ude02", "\ud835\udc00", "\ud83d", "\ude00", "\ud800",
          "\udfff", "k", "K", "\u212a", "\u017f", "s", " ", "\n", "1", "_"]


def _utf16(s):
    """``s`` with astral characters as surrogate pairs (how the engine stores strings)."""
    out = []
    for ch in s:
        c = ord(ch)
        if c > 0xFFFF:
            c -= 0x10000
            out.append(chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF)))
        else:
            out.append(ch)
    return "".join(out)


_ATOMS = ["a", "k", "s", "\U0001F600", "\\u{1F602}", "\\ud83d", "\\ude00", "\\ud83d\\ude00", ".",
          "[^a]", "[\U0001F600-\U0001F602]", "\\P{ASCII}", "\\p{L}", "\\p{Lu}", "[\\ud800-\\udfff]",
          "\\S", "\\s", "\\w", "\\W", "\\d", "[^\\W\\d]", "\\b", "\\B", "^", "$", "\\u212a", "\u017f",
          "[a-z]", "[^\U0001F600]", "\\u{1D400}"]
_QUANTIFIERS = ["*", "+", "?", "{2}", "{0,2}", "{1,3}", "{2,}", "*?", "+?", "??", "{1,2}?"]
_QUANTIFIABLE = [a for a in _ATOMS if a not in ("\\b", "\\B", "^", "$")]


def _patterns():
    atom = st.one_of(
        st.sampled_from(_ATOMS),
        st.tuples(st.sampled_from(_QUANTIFIABLE), st.sampled_from(_QUANTIFIERS)).map("".join))

    def extend(inner):
        return st.one_of(
            st.lists(inner, min_size=2, max_size=3).map("".join),
            st.tuples(inner, inner).map("|".join),
            inner.map(lambda x: "(" + x + ")"),
            inner.map(lambda x: "(?:" + x + ")"),
            st.tuples(st.sampled_from(["(?=", "(?!"]), inner).map(lambda t: t[0] + t[1] + ")"),
        )

    return st.recursive(atom, extend, max_leaves=6)


def _run(prog, text, index, mode, fast):
    prog.fast_path_enabled = fast
    try:
        return prog.match(text, index) if mode == "match" else prog.search(text, index)
    finally:
        del prog.fast_path_enabled


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pattern=_patterns(),
       flags=st.sampled_from(["u", "iu", "mu", "su", "v", "iv", "imsu"]),
       text=st.lists(st.sampled_from(_UNITS), max_size=10).map("".join),
       index=st.integers(0, 12),
       mode=st.sampled_from(["search", "match"]))
def test_fast_path_agrees_with_vm(pattern, flags, text, index, mode):
    pattern = _utf16(pattern)
    try:
        prog = compile_regexp(pattern, flags)
    except RegExpSyntaxError:
        return
    index = min(index, len(text))
    assert _run(prog, text, index, mode, True) == _run(prog, text, index, mode, False)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pattern=_patterns(),
       flags=st.sampled_from(["", "i", "m", "s", "im"]),
       text=st.lists(st.sampled_from(_UNITS), max_size=10).map("".join),
       index=st.integers(0, 12),
       mode=st.sampled_from(["search", "match"]))
def test_fast_path_agrees_with_vm_without_u(pattern, flags, text, index, mode):
    """Code unit mode, now also with i (case closure written into the classes)."""
    pattern = _utf16(pattern)
    try:
        prog = compile_regexp(pattern, flags)
    except RegExpSyntaxError:
        return
    index = min(index, len(text))
    assert _run(prog, text, index, mode, True) == _run(prog, text, index, mode, False)


@pytest.mark.parametrize("pattern,flags", [
    ("^\\P{ASCII}+$", "u"), ("^\\p{L}+$", "u"), ("[\U0001F600-\U0001F602]+", "u"), ("(.)(\\P{L})", "u"),
    ("\\w+", "iu"), ("[^a]+", "v"), ("(?:a|\U0001F600)", "u"), ("K", "iu"), ("\\b\\w", "iu"),
])
def test_code_point_patterns_take_the_fast_path(pattern, flags, monkeypatch):
    prog = compile_regexp(_utf16(pattern), flags)

    def no_vm(*args):
        raise AssertionError("the VM was used")

    monkeypatch.setattr(type(prog), "_attempt_function", no_vm)
    text = _utf16("a\U0001F600\ud800b\U0001F602\u212a\n")
    prog.search(text, 0)
    prog.match(text, 2)


def test_long_inputs_map_indices_across_blocks():
    rng = random.Random(7)
    for _ in range(20):
        text = "".join(rng.choice(_UNITS + ["x"] * 4) for _ in range(rng.randint(BLOCK, 3 * BLOCK)))
        cpt = CodePointText(text)
        cps = vm._code_points(text)
        assert [ord(c) for c in cpt.text] == cps
        unit = 0
        for k, c in enumerate(cps):
            assert cpt.to_code_unit(k) == unit
            assert cpt.to_code_point(unit) == k
            unit += 2 if c > 0xFFFF else 1
        assert cpt.to_code_unit(len(cps)) == len(text)
        assert cpt.to_code_point(len(text)) == len(cps)


def test_long_input_search_agrees_with_vm():
    rng = random.Random(11)
    text = "".join(rng.choice(_UNITS) for _ in range(5000))
    for pattern, flags in [("\\P{ASCII}{3}", "u"), ("(\\p{L})(.)", "u"), ("k[^\\ud800]", "iu"),
                           ("\U0001F602(.)", "u"), ("$", "u")]:
        prog = compile_regexp(_utf16(pattern), flags)
        for index in range(0, len(text), 97):
            assert _run(prog, text, index, "search", True) == _run(prog, text, index, "search", False)


def test_string_to_code_points_joins_only_valid_pairs():
    assert string_to_code_points("\ud83d\ude00") == "\U0001F600"
    assert string_to_code_points("\ude00\ud83d") == "\ude00\ud83d"
    assert string_to_code_points("\ud83d\ud83d\ude00\ud83d") == "\ud83d\U0001F600\ud83d"
    assert string_to_code_points("") == ""


def test_code_point_text_is_cached_by_identity():
    s = "x\ud83d\ude00" * 10
    assert code_point_text(s) is code_point_text(s)
