"""Differential tests: pyjs.regexp against Node's V8 (one node process per batch).

Node 20 lacks modifiers and duplicate named groups, and V8 departs from the
spec in two places these tests avoid or filter: u/v matches starting inside
a surrogate pair (see ``v8_mid_pair_divergence``) and v-flag case folding of
set operands (``[\\p{Lu}--K]/vi``); both are covered by spec-based tests in
test_regexp_engine.py instead.
"""

import random

import pytest

from regexp_node_oracle import NODE, mismatches

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

PATTERNS = [
    "a|ab", "((a)|(ab))((c)|(bc))", "a[a-z]{2,4}", "a[a-z]{2,4}?", "(aa|aabaac|ba|b|c)*",
    "(z)((a+)?(b+)?(c))*", "(a*)*", "(a*)b\\1+", "(?=(a+))", "(?=(a+))a*b\\1",
    "(.*?)a(?!(a+)b\\2c)\\2(.*)", "(?<=\\$)\\d+(\\.\\d*)?", "(?<!\\$)\\d+", "(?<=(\\d+)(\\d+))$",
    "(?<=\\1(a))b", "(?<=(?<a>\\w){3})f", "(?<a>.)\\k<a>", "\\k<a>(?<a>x)", "\\1(a)", "[\\b]",
    "\\bfoo\\b", "\\Bo\\B", "^abc$", "^$", "$", ".", "[^a]", "\\w+", "\\W", "[a-z]+", "ſ", "\\u212a",
    "ß", "ẞ", "[^k]", "\\u0390", "\\u1fd3", "(a)|b", "(?:(a)|b)+", "(a)?\\1", "(?:a|b)*?c", "a{0}",
    "(a){0}\\1", "\\c", "\\cA", "[\\c]", "[\\c_]", "[\\c1]", "\\c1", "\\0", "\\08", "\\012", "\\377",
    "\\400", "\\8", "[\\8]", "[\\1]", "\\2(a)", "a{", "a{1", "a{1,", "}", "]", "{", "x{2,1}", "{1}",
    "\\u{4}", "\\u{1F600}", "\\ud83d\\ude00", "\\ud83d", "\\x4", "\\x41", "\\p{L}+", "\\P{L}", "\\p{Lu}",
    "\\p{Script=Greek}+", "\\p{scx=Grek}", "\\p{ASCII}+", "\\p{Any}", "\\p{Foo}", "\\p{RGI_Emoji}",
    "[\\p{L}--[a-z]]", "[\\w&&\\d]+", "[\\q{abc|d}]", "[\\q{abc|ab|a}]", "[^\\q{ab}]", "[a-z--aeiou]+",
    "[[a-z]--[aeiou]]+", "[\\p{ASCII}&&\\p{L}]+", "[a&&&b]", "[a--b&&c]", "[(]", "[\\(]", "[a-]",
    "[\\q{KK}]", "[^\\P{Lu}]", "\\P{Lu}", "(?<a>a)(?<a>b)", "(?<$>a)\\k<$>", "(?<\\u0061>x)\\k<a>",
    "(?<a\\u{1d4d1}>x)", "\\k<a>", "\\k", "(?<a>.)\\k", "(?=a)*", "(?=a)+b", "(?<=a)*", "^*", "a**",
    "[z-a]", "[\\d-z]", "[a-\\d]", "[--0]", "[\\-]", "\\-", "(", ")", "(?", "(?x)", "[", "\\\\",
    "(a+)+$", "x*y+$", "(?:a|ab)(?:c|bcd)(d*)", "(?!a|b)|c", "\\s+", "\\S+", "\\d+", "\\D", "[\\s\\S]",
    "[^\\s\\S]", "[]", "[^]", "\\u{10FFFF}", "\\u{110000}", "[\\u{1F600}-\\u{1F64F}]", "^[😀]$",
    "(?:)", "a|", "|a", "a??", "a+?b", "(a|b)*?b", "(?:(?=(\\w))\\1)*", "(\\2a|(b))+", "(?:(a)|(b))*",
    "((a)|b)+", "[^\\W]", "[\\W]", "\\b", "\\B", "[\\w-a]", "\\u0130", "\\u0131", "i", "I",
    "\\u03a3", "\\u03c2", "\\u1e9e", "[^\\x00-\\x7f]", "\\u00b5", "\\u039c", "[\\u00e0-\\u00ff]+",
    "(?<=^|,)\\w*", "(?<![a-z])\\d{2,}(?!\\d)", "((?:a|b)*?)\\1$", "(?:a{2}|b){2,3}?", "(.)(?=\\1)",
    # quantified groups that run on Python's re (non-empty body; captures only when at most once)
    "(?:ab)+", "(?:a|bc)*d", "\"(?:[^\"\\\\]|\\\\.)*\"", "(\\d+(?:\\.\\d+)?)", "(?:a(b))?c", "(?:(a)b)?",
    "(?:a|ab)+c", "(?:ab|a)*?b", "(?:a(?=b))+", "(?:\\w+\\s)*x", "(?:x|\\d){2,3}", "(?:ab){2}",
    "(?:(a)|b)?c", "(?:(?:ab)+c)+", "\\s*(?:(\\d+)|([a-z]\\w*)|(\\/\\/[^\\n]*))", "(?:a[bc]){1,2}?",
]
FLAGS = ["", "i", "m", "s", "u", "iu", "v", "iv", "imsu"]
INPUTS = [
    "", "a", "ab", "abc", "aabaac", "zaacbbbcac", "baaabac", "baaabaac", "$10.53", "€12 $34", "1053",
    "abcdef", "aab", "foo bar", "xabcx\nabc", "\n", "A", "ſ", "S", "k", "K", "\u212a", "ß", "ẞ", "SS",
    "\u0390\u1fd3", "\\c", "\x01", "\x1f", "\x08", "\\c1", "\x00", "\x008", "\xff", "8", "\x02a", "a{1,",
    "}]{", "uuuu", "u{4}", "😀", "\ud83d", "x😀y", "\ude00", "x41", "Hello World", "αβγ ΑΒΓ", "abc123",
    "KKkk\u212a\u212a", "aaaaaaaaaaaa!", "xxyy", "\t \u00a0\u2028\ufeff", "\u180e", "ab  ab",
    "\U0010ffff", "Ii\u0130\u0131", "σςΣ", "µμΜ", "ÀÿŸ", "1,22,333", "abab", "aaaa",
]


def test_fixed_batch_matches_node():
    cases = []
    for k, pattern in enumerate(PATTERNS):
        for flags in ("", FLAGS[1 + k % (len(FLAGS) - 1)], FLAGS[1 + (k + 4) % (len(FLAGS) - 1)]):
            for s in INPUTS:
                cases.append((pattern, flags, s, 0, "search"))
                if s:
                    cases.append((pattern, flags, s, 1, "match"))
    bad = mismatches(cases, both_paths=True)
    bad = [b for b in bad if not (b[0][0] in ("[\\p{Lu}--K]",) and "v" in b[0][1])]
    assert bad == [], bad[:10]


_ATOMS = ["a", "b", "c", "A", ".", "[ab]", "[^a]", "[a-c]", "\\w", "\\W", "\\s", "\\d", "[\\s\\S]",
          "\\u{1F600}", "😀", "ſ", "k", "K", "\\u212a", "ß", "[^\\W\\d]"]
_INPUT_CHARS = ["a", "b", "c", "A", "B", "\n", " ", "😀", "\ud83d", "ſ", "s", "S", "k", "K", "\u212a", "ß", "1"]


def _random_pattern(rnd, depth, groups):
    r = rnd.random()
    if depth > 3 or r < 0.35:
        return rnd.choice(_ATOMS)
    if r < 0.5:
        return _random_pattern(rnd, depth + 1, groups) + _random_pattern(rnd, depth + 1, groups)
    if r < 0.6:
        return _random_pattern(rnd, depth + 1, groups) + "|" + _random_pattern(rnd, depth + 1, groups)
    if r < 0.75:
        q = rnd.choice(["*", "+", "?", "{2}", "{1,3}", "{0,2}", "{2,}"]) + ("?" if rnd.random() < 0.3 else "")
        if rnd.random() < 0.5:
            return "(?:" + _random_pattern(rnd, depth + 1, groups) + ")" + q
        return rnd.choice(_ATOMS) + q
    if r < 0.85:
        groups[0] += 1
        return "(" + _random_pattern(rnd, depth + 1, groups) + ")"
    if r < 0.9:
        return rnd.choice(["(?=", "(?!", "(?<=", "(?<!"]) + _random_pattern(rnd, depth + 1, groups) + ")"
    if r < 0.95 and groups[0]:
        return "\\" + str(rnd.randint(1, groups[0]))
    return rnd.choice(["^", "$", "\\b", "\\B"])


@pytest.mark.parametrize("seed", [1, 2])
def test_random_patterns_match_node(seed):
    rnd = random.Random(seed)
    cases = []
    for _ in range(600):
        pattern = _random_pattern(rnd, 0, [0])
        flags = "".join(f for f in "ims" if rnd.random() < 0.3) + rnd.choice(["", "", "u", "v"])
        for _ in range(3):
            s = "".join(rnd.choice(_INPUT_CHARS) for _ in range(rnd.randint(0, 8)))
            cases.append((pattern, flags, s, rnd.randint(0, 1) if s else 0, rnd.choice(["search", "match"])))
    bad = mismatches(cases, both_paths=True)
    assert bad == [], bad[:10]
