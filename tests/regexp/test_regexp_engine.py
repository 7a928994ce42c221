"""pyjs.regexp: spec behaviour, area by area (ECMA-262 §22.2 and Annex B.1.2)."""

import sys

import pytest

from pyjs.regexp import RegExpProgram, RegExpSyntaxError, compile_regexp, regexp_escape


@pytest.fixture(autouse=True, params=[True, False], ids=["re-fast-path", "vm-only"])
def fast_path(request, monkeypatch):
    """Every test runs twice: with the ``re`` fast path allowed, and on the VM alone."""
    monkeypatch.setattr(RegExpProgram, "fast_path_enabled", request.param)
    return request.param


def u16(s):
    """Python text -> UTF-16 code-unit string, as the engine stores JS strings."""
    return "".join(c if ord(c) <= 0xFFFF else
                   chr(0xD800 + ((ord(c) - 0x10000) >> 10)) + chr(0xDC00 + ((ord(c) - 0x10000) & 0x3FF))
                   for c in s)


def exec_(pattern, flags, s, index=0):
    """The substrings of the first match (None for non-participating groups), or None."""
    s = u16(s)
    m = compile_regexp(u16(pattern), flags).search(s, index)
    if m is None:
        return None
    return [None if g is None else s[g[0]:g[1]] for g in m]


def spans(pattern, flags, s, index=0):
    return compile_regexp(u16(pattern), flags).search(u16(s), index)


def syntax_error(pattern, flags=""):
    with pytest.raises(RegExpSyntaxError):
        compile_regexp(u16(pattern), flags)


# -- flags -----------------------------------------------------------------------

@pytest.mark.parametrize("flags", ["", "dgimsuy", "v", "gimsvyd"])
def test_valid_flags(flags):
    compile_regexp("a", flags)


@pytest.mark.parametrize("flags", ["gg", "x", "uv", "G", "ii", " "])
def test_invalid_flags(flags):
    syntax_error("a", flags)


# -- early errors ----------------------------------------------------------------

@pytest.mark.parametrize("pattern,flags", [
    ("a**", ""), ("+a", ""), ("?", ""), ("(", ""), (")", ""), ("[a", ""), ("(?x)", ""),
    ("a{2,1}", ""), ("{1}", ""), ("x|{1,2}", ""), ("^*", ""), ("$+", ""), ("\\b*", ""),
    ("(?<=a)*", ""), ("(?=a)*", "u"), ("[z-a]", ""), ("\\", ""),
    ("{", "u"), ("}", "u"), ("]", "u"), ("\\c", "u"), ("\\u{110000}", "u"), ("\\x4", "u"),
    ("\\1", "u"), ("(a)\\2", "u"), ("\\00", "u"), ("[\\1]", "u"), ("\\-", "u"), ("\\a", "u"),
    ("[\\d-z]", "u"), ("\\p{Foo}", "u"), ("\\p{gc=Foo}", "u"), ("\\p{General_Category}", "u"),
    ("\\p{Script}", "u"), ("\\p{ascii}", "u"), ("\\p{RGI_Emoji}", "u"), ("\\P{RGI_Emoji}", "v"),
    ("\\p{Block=Basic_Latin}", "u"), ("\\p{InBasic_Latin}", "u"), ("\\p{L", "u"), ("\\pL", "u"),
    ("(?<a>x)(?<a>y)", ""), ("(?<a>x)|(?<a>z)(?<a>w)", ""), ("((?<a>x))|(?<a>y)(?<a>z)", ""),
    ("\\k<b>(?<a>x)", ""), ("(?<a>x)\\k", ""), ("\\k<a>", "u"), ("(?<1a>x)", ""), ("(?<>x)", ""),
    ("(?<a>x)[\\k]", ""),
    ("[a&&&b]", "v"), ("[a--b&&c]", "v"), ("[ab&&c]", "v"), ("[(]", "v"), ("[a-z&&b]", "v"),
    ("[^\\q{ab}]", "v"), ("[^\\p{RGI_Emoji}]", "v"), ("[\\q{a]", "v"), ("[a!!b]", "v"),
    ("(?ii:a)", ""), ("(?i-i:a)", ""), ("(?-:a)", ""), ("(?I:a)", ""), ("(?u:a)", ""), ("(?i", ""),
])
def test_early_errors(pattern, flags):
    syntax_error(pattern, flags)


@pytest.mark.parametrize("pattern,flags", [
    ("a{", ""), ("a{1", ""), ("a{1,", ""), ("}", ""), ("]", ""), ("{", ""), ("x{a}", ""),
    ("\\c", ""), ("\\u{4}", ""), ("\\x4", ""), ("\\1", ""), ("\\8", ""), ("\\k", ""),
    ("(?=a)*", ""), ("[\\d-z]", ""), ("\\p{Foo}", ""), ("(?<a>x)|(?<a>y)", ""),
    ("(?:(?<a>x)|(?<a>y))\\k<a>", ""), ("(?<$𐒤>a)", ""), ("(?<\\u{1d4d1}>a)", ""),
    ("(?<a\\uD835\\uDCD1>.)", "u"), ("[\\q{}]", "v"), ("[\\p{RGI_Emoji}--\\q{x}]", "v"),
    ("(?i:a)", ""), ("(?i-ms:a)", ""), ("(?-s:a)", "s"), ("[\\-]", "u"), ("[&]", "v"),
])
def test_valid_patterns(pattern, flags):
    compile_regexp(u16(pattern), flags)


# -- Annex B web-compat grammar ----------------------------------------------------

def test_annex_b_control_escapes():
    assert exec_("\\c", "", "x\\c") == ["\\c"]
    assert exec_("\\c1", "", "\\c1") == ["\\c1"]
    assert exec_("\\cJ", "", "\n") == ["\n"]
    assert exec_("[\\c_]", "", "\x1f") == ["\x1f"]
    assert exec_("[\\c1]", "", "\x11") == ["\x11"]
    assert exec_("^[\\c]+$", "", "c\\") == ["c\\"]


def test_annex_b_octal_and_identity_escapes():
    assert exec_("\\012", "", "a\nb") == ["\n"]
    assert exec_("\\377", "", "\xff") == ["\xff"]
    assert exec_("^\\400$", "", "\x200") == ["\x200"]
    assert exec_("^\\08$", "", "\x008") == ["\x008"]
    assert exec_("\\8", "", "8") == ["8"]
    assert exec_("\\2(a)", "", "\x02a") == ["\x02a", "a"]
    assert exec_("[\\1]", "", "\x01") == ["\x01"]
    assert exec_("\\k", "", "k") == ["k"]
    assert exec_("\\x4", "", "x4") == ["x4"]
    assert exec_("^\\u{4}$", "", "uuuu") == ["uuuu"]


def test_annex_b_braces_and_brackets_are_literals():
    assert exec_("a{", "", "a{") == ["a{"]
    assert exec_("a{1,", "", "a{1,") == ["a{1,"]
    assert exec_("]", "", "]") == ["]"]
    assert exec_("x{a}", "", "x{a}") == ["x{a}"]


def test_annex_b_class_escape_in_range_is_union():
    assert exec_("^[\\d-z]+$", "", "1-z") == ["1-z"]
    assert exec_("[\\d-z]", "", "y") is None


def test_annex_b_quantified_lookahead():
    assert exec_("(?=(a))?a", "", "a") == ["a", None]
    assert exec_("(?=(a))+a", "", "a") == ["a", "a"]


# -- captures, alternation, quantifiers ------------------------------------------------

def test_spec_examples():
    assert exec_("a[a-z]{2,4}", "", "abcdefghi") == ["abcde"]
    assert exec_("a[a-z]{2,4}?", "", "abcdefghi") == ["abc"]
    assert exec_("(aa|aabaac|ba|b|c)*", "", "aabaac") == ["aaba", "ba"]
    assert exec_("(z)((a+)?(b+)?(c))*", "", "zaacbbbcac") == ["zaacbbbcac", "z", "ac", "a", None, "c"]
    assert exec_("(a*)*", "", "b") == ["", None]
    assert exec_("(a*)b\\1+", "", "baaaac") == ["b", ""]
    assert exec_("(?=(a+))", "", "baaabac") == ["", "aaa"]
    assert exec_("(?=(a+))a*b\\1", "", "baaabac") == ["aba", "a"]
    assert exec_("(.*?)a(?!(a+)b\\2c)\\2(.*)", "", "baaabaac") == ["baaabaac", "ba", None, "abaac"]


def test_quantifier_resets_captures_each_iteration():
    assert exec_("(?:(a)|b)+", "", "ab") == ["ab", None]
    assert exec_("((a)|b)+", "", "ab") == ["ab", "b", None]
    assert exec_("(?:(a)|(b))*", "", "ab") == ["ab", None, "b"]


def test_empty_check_after_minimum():
    assert exec_("(a*)+b", "", "b") == ["b", ""]
    assert exec_("(?:a?)*?b", "", "ab") == ["ab"]
    assert exec_("(a|)*b", "", "aab") == ["aab", "a"]
    assert exec_("(?:(?=(\\w))\\1)*", "", "ab") == ["ab", "b"]


def test_lazy_and_greedy():
    assert exec_("a+?b", "", "aaab") == ["aaab"]
    assert exec_("(a|b)*?b", "", "aab") == ["aab", "a"]
    assert exec_("a??", "", "a") == [""]
    assert exec_("x*y+$", "", "xxyy") == ["xxyy"]


def test_backreferences():
    assert exec_("\\1(a)", "", "aa") == ["a", "a"]
    assert exec_("(a)|\\1b", "", "b") == ["b", None]
    assert exec_("(a)?\\1", "", "b") == ["", None]
    assert exec_("(\\w)\\1", "i", "aA") == ["aA", "a"]
    assert exec_("(a)\\1", "", "aA") is None
    assert exec_("(?<x>.)\\k<x>", "", "abcc") == ["cc", "c"]
    assert exec_("\\k<x>(?<x>b)", "", "ab") == ["b", "b"]


def test_duplicate_named_groups():
    prog = compile_regexp("(?<y>\\d{4})-\\d\\d|\\d\\d-(?<y>\\d{4})", "")
    assert prog.group_names == [None, "y", "y"]
    assert prog.group_count == 2
    assert exec_("(?:(?<a>x)|(?<a>y))\\k<a>", "", "yy") == ["yy", None, "y"]
    assert exec_("(?:(?<a>x)|(?<a>y))\\k<a>", "", "xx") == ["xx", "x", None]


def test_group_names():
    prog = compile_regexp("(a)(?<first>b)(?<$\\u0061>c)", "")
    assert prog.group_names == [None, None, "first", "$a"]
    assert compile_regexp(u16("(?<\\u{1d4d1}>.)"), "").group_names[1] == u16("\U0001d4d1")


# -- assertions -------------------------------------------------------------------------

def test_line_anchors():
    assert spans("^b", "", "a\nb") is None
    assert spans("^b", "m", "a\nb") == [(2, 3)]
    assert spans("a$", "m", "a\u2028b") == [(0, 1)]
    assert spans("a$", "", "a\n") is None
    assert spans("$", "", "ab") == [(2, 2)]


def test_word_boundaries():
    assert exec_("\\bfoo\\b", "", "a foo.") == ["foo"]
    assert spans("\\Bo\\B", "", "foo") == [(1, 2)]
    assert spans("\\b", "iu", "\u017f") == [(0, 0)]
    assert spans("\\b", "i", "\u017f") is None
    assert spans("\\b", "u", "\u212a") is None


def test_lookbehind():
    assert exec_("(?<=\\$)\\d+(\\.\\d*)?", "", "cost $10.53") == ["10.53", ".53"]
    assert exec_("(?<!\\$)\\d+", "", "$10 20") == ["0"]
    assert exec_("(?<=(\\d+)(\\d+))$", "", "1053") == ["", "1", "053"]
    assert exec_("(?<=\\1(a))b", "", "aab") == ["b", "a"]
    assert exec_("(?<=(?<a>\\w){3})f", "", "abcdef") == ["f", "c"]
    assert exec_("(?<=^a*)b", "", "aaab") == ["b"]
    assert exec_("(?<=a(?=b)b)c", "", "abc") == ["c"]
    assert exec_("(?<!(a))b", "", "ab cb") == ["b", None]


def test_negative_lookahead_resets_captures():
    assert exec_("(?!(a)b)a(.)", "", "ac") == ["ac", None, "c"]


# -- characters, classes, dot ---------------------------------------------------------

def test_dot_and_dotall():
    assert spans(".", "", "\n\r\u2028\u2029x") == [(4, 5)]
    assert spans(".", "s", "\n") == [(0, 1)]
    assert spans("[^]", "", "\n") == [(0, 1)]
    assert spans("[]", "", "abc") is None


def test_class_escapes():
    assert exec_("\\s+", "", "a \t\u00a0\u1680\u2028\ufeffb") == [" \t\u00a0\u1680\u2028\ufeff"]
    assert spans("\\s", "", "\u180e") is None
    assert exec_("\\w+", "", "\u00e9ab_9-") == ["ab_9"]
    assert exec_("\\d+", "u", "\u0661 12") == ["12"]
    assert exec_("[\\b]", "", "a\bb") == ["\b"]
    assert exec_("[^\\W]+", "", "--ab--") == ["ab"]


def test_case_insensitive_without_u_uses_uppercase():
    assert spans("\u017f", "i", "s") is None
    assert spans("\u212a", "i", "k") is None
    assert spans("\u00df", "i", "SS") is None
    assert spans("\u00b5", "i", "\u039c") == [(0, 1)]
    assert spans("\u03c3", "i", "\u03c2") == [(0, 1)]
    assert spans("[a-z]", "i", "\u212a") is None
    assert spans("i", "i", "\u0130") is None


def test_case_insensitive_with_u_uses_simple_case_folding():
    assert spans("\u017f", "iu", "S") == [(0, 1)]
    assert spans("\u212a", "iu", "k") == [(0, 1)]
    assert spans("\u1e9e", "iu", "\u00df") == [(0, 1)]
    assert spans("\u1fd3", "iu", "\u0390") == [(0, 1)]
    assert spans("[a-z]", "iu", "\u212a") == [(0, 1)]
    assert spans("[^k]", "iu", "\u212a") is None
    assert spans("\\W", "iu", "S") is None
    assert spans("\U00010400", "iu", u16("\U00010428")) == [(0, 2)]


def test_unicode_mode_matches_code_points():
    s = u16("a\U0001F600b")
    assert spans(".", "u", s, 1) == [(1, 3)]
    assert spans(".", "", s, 1) == [(1, 2)]
    assert spans("^.$", "u", u16("\U0001F600")) == [(0, 2)]
    assert spans("\\ud83d", "u", u16("\U0001F600")) is None
    assert spans("\\ud83d", "", u16("\U0001F600")) == [(0, 1)]
    assert spans("\\udf06", "u", "\ud834\udf06") is None
    assert spans("[\\ud83d\\ude00]", "u", u16("\U0001F600")) == [(0, 2)]
    assert spans("^[\U0001F600]$", "", "\ud83d") == [(0, 1)]
    assert spans("[\U0001F600-\U0001F64F]", "u", u16("x\U0001F601")) == [(1, 3)]
    assert spans("\\u{1F600}", "u", u16("\U0001F600")) == [(0, 2)]
    assert spans("(?<=\U0001F600)x", "u", u16("\U0001F600x")) == [(2, 3)]
    assert spans("\\ud83d\\ude00", "u", u16("\U0001F600")) == [(0, 2)]
    assert spans("[^a]", "u", "\ud83d") == [(0, 1)]
    # An index inside a pair stands for the whole code point.
    assert compile_regexp(".", "u").match(u16("\U0001F600"), 1) == [(0, 2)]


def test_property_escapes():
    assert exec_("\\p{Lu}+", "u", "abcDEFg") == ["DEF"]
    assert exec_("\\p{General_Category=Decimal_Number}+", "u", "x\u0661\u0662") == ["\u0661\u0662"]
    assert exec_("\\p{Script=Greek}+", "u", "abc\u03b1\u03b2") == ["\u03b1\u03b2"]
    assert exec_("\\p{sc=Latn}+", "u", "\u03b1ab") == ["ab"]
    assert spans("\\p{scx=Deva}", "u", "\u0964") == [(0, 1)]
    assert spans("\\p{sc=Deva}", "u", "\u0964") is None
    assert spans("\\p{ASCII_Hex_Digit}", "u", "g") is None
    assert spans("\\P{ASCII}", "u", "a\u0100") == [(1, 2)]
    assert spans("\\p{Any}", "u", u16("\U0010FFFF")) == [(0, 2)]
    assert spans("\\p{Lu}", "iu", "a") == [(0, 1)]
    assert spans("\\P{Lu}", "iu", "A") == [(0, 1)]
    assert spans("\\p{Emoji_Presentation}", "u", u16("x\U0001F600")) == [(1, 3)]
    assert spans("\\p{L}", "", "p{L}") == [(0, 4)]


def test_v_flag_set_notation():
    assert exec_("[\\p{L}--[a-z]]+", "v", "abcDEF") == ["DEF"]
    assert exec_("[\\w&&\\d]+", "v", "ab12") == ["12"]
    assert exec_("[[a-z]--[aeiou]]+", "v", "aebcd") == ["bcd"]
    assert exec_("[\\q{abc|ab|a}]", "v", "abc") == ["abc"]
    assert exec_("^[\\q{abc|ab|a}]c$", "v", "abc") == ["abc"]
    assert exec_("[\\q{}]", "v", "x") == [""]
    assert exec_("[\\q{KK}]", "vi", "k\u212a") == ["k\u212a"]
    assert spans("[\\p{Lu}--K]", "vi", "k") is None
    assert spans("[^\\P{Lu}]", "vi", "a") == [(0, 1)]
    emoji = u16("\U0001F468\u200D\u2764\uFE0F\u200D\U0001F468")
    assert spans("^\\p{RGI_Emoji}$", "v", emoji) == [(0, len(emoji))]
    assert spans("^\\p{RGI_Emoji_Flag_Sequence}$", "v", u16("\U0001F1FA\U0001F1F8")) == [(0, 4)]
    assert spans("^\\p{Emoji_Keycap_Sequence}$", "v", "1\ufe0f\u20e3") == [(0, 3)]


def test_modifiers():
    assert exec_("(?i:a)b", "", "Ab") == ["Ab"]
    assert exec_("(?i:a)b", "", "AB") is None
    assert exec_("(?-i:a)b", "i", "aB") == ["aB"]
    assert exec_("(?-i:a)b", "i", "AB") is None
    assert exec_("(?m:^b)", "", "a\nb") == ["b"]
    assert exec_("(?s:.).", "", "\n\n") is None
    assert exec_("(?s:.).", "", "\nx") == ["\nx"]
    assert spans("(?i:\\b)", "u", "\u017f") == [(0, 0)]
    assert spans("(?-i:\\b)", "iu", "\u017f") is None
    assert exec_("(?i:[a-z]+)", "u", "\u212aA") == ["\u212aA"]


# -- API details -------------------------------------------------------------------------

def test_match_is_anchored_search_scans():
    prog = compile_regexp("b+", "")
    assert prog.match("abb", 0) is None
    assert prog.match("abb", 1) == [(1, 3)]
    assert prog.search("abb", 0) == [(1, 3)]
    assert prog.search("abb", 3) is None
    assert prog.search("abb", 4) is None
    assert compile_regexp("", "").search("ab", 2) == [(2, 2)]


def test_group_count():
    assert compile_regexp("(a)(?:b)(?<n>c)(?=(d))", "").group_count == 3


@pytest.fixture
def default_recursion_limit():
    """Run with Python's default recursion limit.

    Running JS elsewhere in the same process raises the limit (pyjs.interp.deep);
    these tests are about the regexp engine's own behaviour at the default.
    """
    saved = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    try:
        yield
    finally:
        sys.setrecursionlimit(saved)


@pytest.mark.usefixtures("default_recursion_limit")
def test_long_inputs_do_not_recurse():
    assert compile_regexp("a*", "").match("a" * 100000, 0) == [(0, 100000)]
    assert compile_regexp("(?:ab)*", "").match("ab" * 50000, 0) == [(0, 100000)]
    assert compile_regexp("(a|b)*c", "").match("ab" * 20000 + "c", 0)[0] == (0, 40001)
    assert compile_regexp("(?:a|b)*?c", "").match("ab" * 20000 + "c", 0)[0] == (0, 40001)
    assert compile_regexp(".*foo", "s").search("x" * 100000 + "foo", 0) == [(0, 100003)]
    assert compile_regexp("a*", "u").match("a" * 50000 + "\ud83d\ude00", 0) == [(0, 50000)]
    assert compile_regexp("(?<=a*)b", "").search("a" * 20000 + "b", 0) == [(20000, 20001)]
    assert sys.getrecursionlimit() < 100000


class _Stop(Exception):
    pass


class _Budget:
    def __init__(self, limit):
        self.used = 0
        self.limit = limit

    def tick(self, n):
        self.used += n
        if self.used > self.limit:
            raise _Stop


def test_budget_stops_catastrophic_backtracking():
    budget = _Budget(50_000)
    with pytest.raises(_Stop):
        compile_regexp("(a+)+$", "").search("a" * 40 + "!", 0, budget=budget)
    assert budget.used > 50_000


def test_budget_accepts_a_callable_and_counts_work():
    calls = []
    m = compile_regexp("(a+)+$", "").search("a" * 12 + "!", 0, budget=calls.append)
    assert m is None
    assert sum(calls) > 4000


def test_budget_stops_huge_minimum_repetition():
    with pytest.raises(_Stop):
        compile_regexp("(?:a?){1000000000}", "").match("", 0, budget=_Budget(20_000))


# -- RegExp.escape -----------------------------------------------------------------------

@pytest.mark.parametrize("text,escaped", [
    ("foo", "\\x66oo"),
    ("1a", "\\x31a"),
    ("_x", "_x"),
    ("a.b*c", "\\x61\\.b\\*c"),
    ("^$\\.*+?()[]{}|/", "\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/"),
    (",-=<>#&!%:;@~'`\"", "\\x2c\\x2d\\x3d\\x3c\\x3e\\x23\\x26\\x21\\x25\\x3a\\x3b\\x40\\x7e\\x27\\x60\\x22"),
    ("\t\n\v\f\r ", "\\t\\n\\v\\f\\r\\x20"),
    ("\u00a0\u2028\ufeff", "\\xa0\\u2028\\ufeff"),
    ("\ud800x\udfff", "\\ud800x\\udfff"),
    (u16("\U0001F600"), u16("\U0001F600")),
    ("", ""),
])
def test_regexp_escape(text, escaped):
    assert regexp_escape(text) == escaped


def test_regexp_escape_round_trips():
    text = u16("The 1st $5 [deal] \U0001F600 \ud800 (a|b)?")
    m = compile_regexp(regexp_escape(text), "u").search(text, 0)
    assert m == [(0, len(text))]


@pytest.mark.usefixtures("default_recursion_limit")
def test_deep_nesting_is_a_syntax_error_not_a_crash():
    assert compile_regexp("(?:" * 40 + "a" + ")" * 40, "").search("xa", 0) == [(1, 2)]
    with pytest.raises(RegExpSyntaxError):
        compile_regexp("(" * 5000 + ")" * 5000, "")


def test_matcher_is_clean_after_an_interrupted_match():
    prog = compile_regexp("(a+)+$", "")
    text = "a" * 30 + "!"
    budget = _Budget(5_000)
    with pytest.raises(_Stop):
        prog.search(text, 0, budget=budget)
    budget.limit = 10 ** 12
    assert prog.match(text, 30, budget=budget) is None
    assert prog.match("aa", 0, budget=budget) == [(0, 2), (0, 2)]


def test_repeated_match_calls_on_one_string():
    prog = compile_regexp("(\\d+)|(,)", "")
    text = "12,345,6"
    found = []
    index = 0
    while index < len(text):
        m = prog.match(text, index)
        found.append(text[m[0][0]:m[0][1]])
        index = m[0][1]
    assert found == ["12", ",", "345", ",", "6"]
