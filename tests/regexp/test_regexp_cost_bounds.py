"""The cost bounds of the ``re`` translation (pyre.FastPattern), which decide when a call
may run on ``re`` under a step budget: quantifiers determined by what follows them add a
linear term, not a factor, and a whole search is linear when all of them end the pattern."""
import pytest

from pyjs.regexp import RegExpProgram, compile_regexp


def fast(pattern, flags=""):
    return compile_regexp(pattern, flags)._fast_pattern()


@pytest.mark.parametrize("pattern,variable,determined,linear_search", [
    (r"[a-z]+", 0, 1, True),                    # followed by nothing
    (r"\/\d+", 0, 1, True),
    (r"(\d+)(?:\.(\d+))?", 0, 2, True),         # followed by what can always match empty
    (r"\d+\.\d+", 0, 2, False),                 # by a character it cannot match, then nothing
    (r"\d+$", 0, 1, False),                     # by the end
    (r"^\d+$", 0, 1, False),
    (r'"(?:[^"\\]|\\.)*"', 0, 1, False),        # a group with disjoint alternatives
    (r"(?:\d+,)+", 0, 2, False),
    (r"\d+\d", 1, 0, False),                    # by something it can match
    (r"\w+\d", 1, 0, False),
    (r"a*a*b", 1, 1, False),
    (r"a+(?=b)", 1, 0, False),                  # by a lookahead: unknown
    (r"(?:a|b)+c", 0, 1, False),                # a group body matching one place in one way
    (r"[^a-z]", 0, 0, True),
])
def test_quantifiers_determined_by_what_follows(pattern, variable, determined, linear_search):
    f = fast(pattern)
    assert (f.variable_quantifiers, f.determined) == (variable, determined)
    assert (f.fail_width is not None) == linear_search
    assert f.budget_safe


def test_multiline_end_determines_only_a_quantifier_over_non_terminators():
    assert fast(r"\d+$", "m").determined == 1
    assert fast(r"[\s\S]+$", "m").variable_quantifiers == 1


def test_search_cost_is_linear_only_when_attempts_fail_near_their_start():
    assert fast(r"[a-z]+").search_cost(10_000) < 10 ** 6
    assert fast(r"\d+x").search_cost(10_000) > 10 ** 8       # '1111...1' really is quadratic
    assert fast(r"a*a*b").search_cost(1_000) > 10 ** 9


def test_repeated_group_determined_inside_is_not_exponential():
    assert fast(r"(?:\d+,)+").exponential is False
    assert fast(r"(?:\d+\w)+") is None


@pytest.mark.parametrize("pattern", [r"(?:\d+,)+", r"\d+\.\d+", r'"(?:[^"\\]|\\.)*"', r"(\d+)(?:\.(\d+))?$",
                                     r"\d*?\.", r"[a-z]*\d", r"x*$"])
@pytest.mark.parametrize("text", ["", "1,22,333,x", "1.2.33.", '"a\\"b" "c', "12.5 7.", "xx", "abc9xx"])
def test_newly_translated_and_bounded_patterns_match_like_the_vm(pattern, text, monkeypatch):
    prog = compile_regexp(pattern, "g")
    found = [prog.search(text, i) for i in range(len(text) + 1)]
    monkeypatch.setattr(RegExpProgram, "fast_path_enabled", False)
    assert found == [prog.search(text, i) for i in range(len(text) + 1)]
