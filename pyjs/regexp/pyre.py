"""Fast path: run a pattern with Python's ``re`` where the meaning is identical.

The translation is used only in code-unit mode (no u/v, or u/v on an input
without surrogates) and only for patterns made of:

* literal characters, classes (no strings), ``.``, all case-sensitive;
* capturing and non-capturing groups and alternation (JS and Python number
  groups by their left parenthesis and try alternatives left to right);
* lookaheads (atomic in both; captures kept after a positive one, undefined
  after a negative one);
* ``^ $ \\b \\B`` written out as explicit lookarounds over the JS sets, so
  Python's own anchor and word rules (``$`` before a final newline, Unicode
  ``\\w``) never apply;
* quantifiers on single-character atoms only.

Excluded: i (Python's case folding differs), backreferences (a JS reference
to a non-participating group matches empty, Python's fails), lookbehind
(Python needs fixed width and matches it forwards), quantified groups (JS
resets captures per iteration and has its own empty-iteration rule).

``re`` cannot be interrupted, so a pattern is used here only when its
worst-case work is small: at most one quantifier with a variable count
(one is linear per attempt), few alternative combinations, and a bound on
(input length)^k checked by the caller per call.
"""

import re

from . import nodes as N
from . import unicode as U
from .charset import MAX_CODE_UNIT
from .compiler import class_chars, class_regex_source, dot_chars

_LT_CLASS = "[\\n\\r\\u2028\\u2029]"
_NOT_LT_CLASS = "[^\\n\\r\\u2028\\u2029]"
_WORD = "[A-Za-z0-9_]"
_MAX_COMBINATIONS = 64
_MAX_REPEAT = 100000


class NotTranslatable(Exception):
    pass


class FastPattern:
    """A compiled ``re`` equivalent plus the numbers the cost gate needs."""

    def __init__(self, regex, variable_quantifiers, combinations):
        self.regex = regex
        self.variable_quantifiers = variable_quantifiers
        self.combinations = combinations

    def attempt_cost(self, length):
        """Upper bound (in steps, up to a constant) of one anchored attempt."""
        return self.combinations * (length + 1) ** self.variable_quantifiers


def translate(parsed):
    """A FastPattern for ``parsed``, or None if the pattern is outside the safe subset."""
    t = _Translator(parsed.unicode_mode)
    try:
        source = t.node(parsed.body)
    except NotTranslatable:
        return None
    if t.variable > 1 or t.combinations > _MAX_COMBINATIONS:
        return None
    try:
        regex = re.compile(source)
    except (re.error, OverflowError, RecursionError):
        return None
    if regex.groups != parsed.group_count:
        return None
    return FastPattern(regex, t.variable, t.combinations)


class _Translator:
    def __init__(self, unicode_mode):
        self.unicode = unicode_mode
        self.variable = 0
        self.combinations = 1

    def node(self, n):
        t = type(n)
        if t is N.Char:
            if n.ignore_case:
                raise NotTranslatable
            return self.char(n.value)
        if t is N.CharClass:
            if n.ignore_case or n.strings:
                raise NotTranslatable
            return class_regex_source(class_chars(n, self.unicode).clip(MAX_CODE_UNIT))
        if t is N.Dot:
            return class_regex_source(dot_chars(n, self.unicode).clip(MAX_CODE_UNIT))
        if t is N.Alternative:
            return "".join(self.node(x) for x in n.terms)
        if t is N.Disjunction:
            self.combinations *= len(n.alternatives)
            return "(?:" + "|".join(self.node(a) for a in n.alternatives) + ")"
        if t is N.Group:
            return "(" + self.node(n.body) + ")"
        if t is N.Empty:
            return ""
        if t is N.Look:
            if n.behind:
                raise NotTranslatable
            return ("(?!" if n.negate else "(?=") + self.node(n.body) + ")"
        if t is N.Assertion:
            return self.assertion(n)
        if t is N.Quantifier:
            return self.quantifier(n)
        raise NotTranslatable

    def char(self, c):
        if c > MAX_CODE_UNIT:
            return "(?!)"
        if chr(c).isascii() and chr(c).isalnum():
            return chr(c)
        return f"\\u{c:04x}"

    def assertion(self, n):
        if n.kind == "^":
            return f"(?<!{_NOT_LT_CLASS})" if n.multiline else "(?<![\\s\\S])"
        if n.kind == "$":
            return f"(?!{_NOT_LT_CLASS})" if n.multiline else "(?![\\s\\S])"
        if U.word_characters(self.unicode, n.ignore_case) != U.BASIC_WORD:
            raise NotTranslatable
        if n.kind == "\\b":
            return f"(?:(?<={_WORD})(?!{_WORD})|(?<!{_WORD})(?={_WORD}))"
        return f"(?:(?<={_WORD})(?={_WORD})|(?<!{_WORD})(?!{_WORD}))"

    def quantifier(self, n):
        body = n.body
        if type(body) not in (N.Char, N.CharClass, N.Dot):
            raise NotTranslatable
        lo, hi = n.min, n.max
        if lo > _MAX_REPEAT or (hi is not None and hi > _MAX_REPEAT):
            raise NotTranslatable
        atom = self.node(body)
        if not atom.startswith("["):
            atom = "(?:" + atom + ")"
        if hi != lo:
            self.variable += 1
        suffix = "{%d,%s}" % (lo, "" if hi is None else hi)
        return atom + suffix + ("" if n.greedy else "?")
