"""Fast path: run a pattern with Python's ``re`` where the meaning is identical.

Without u/v the translation matches code units.  With u/v it matches code
points: the caller runs it on the input's code point string (see
``codepoints``; an input without surrogates is its own code point string)
and maps the indices back.  Only patterns made of these are translated:

* literal characters, classes (no strings) and ``.``, each written out as
  the exact set of characters the spec's CharacterSetMatcher accepts (with
  i, the set is closed under Canonicalize here, so Python's own case folding
  is never used);
* capturing and non-capturing groups and alternation (JS and Python number
  groups by their left parenthesis and try alternatives left to right);
* lookaheads (atomic in both; captures kept after a positive one, undefined
  after a negative one);
* ``^ $ \\b \\B`` written out as explicit lookarounds over the JS sets, so
  Python's own anchor and word rules (``$`` before a final newline, Unicode
  ``\\w``) never apply;
* quantifiers on single-character atoms;
* quantifiers on other atoms (groups) whose body cannot match the empty
  string and, if more than one iteration is allowed, contains no capturing
  group: JS's per-iteration capture reset and its empty-iteration rule
  (RepeatMatcher steps 2.b and 4) then never apply, and both engines
  backtrack through the iterations in the same order.

Excluded: backreferences (a JS reference to a non-participating group
matches empty, Python's fails), lookbehind (Python needs fixed width and
matches it forwards), the quantified groups above that fall outside the
rule, v-flag classes with strings.

``re`` cannot be interrupted, so the caller bounds its worst-case work:
with a step budget, a pattern is used only when it has at most one
quantifier with a variable count (one is linear per attempt), few
alternative combinations, and a bound on (input length)^k checked per call
(``FastPattern.budget_safe``).  Without a budget (nothing could stop the
VM either) any translated pattern is used except those whose backtracking
can be exponential (``FastPattern.exponential``): a repeated group whose
body can match one position in more than one way.

A variable quantifier does not multiply the work when it is *determined*
by what follows it (``_follow_through``): nothing follows at all (the match
then succeeds with the first count tried), or every continuation must start
with a character its body cannot start with (``\\d+\\.``, ``[^"]*"``, or
``\\d+$``): every count but one then fails at the continuation's first
character.  Such quantifiers add a linear term instead of a factor; when
all of them are followed by nothing (``[a-z]+``, ``\\s+``), an attempt can
only fail within a fixed width of its start, and a whole search is linear
(``FastPattern.search_cost``).
"""

import re
from functools import lru_cache

from . import nodes as N
from . import unicode as U
from .charset import MAX_CODE_POINT, MAX_CODE_UNIT, CharSet
from .analysis import _first
from .compiler import class_chars, dot_chars

_LT_CLASS = "[\\n\\r\\u2028\\u2029]"
_NOT_LT_CLASS = "[^\\n\\r\\u2028\\u2029]"
_WORD = "[A-Za-z0-9_]"
_MAX_COMBINATIONS = 64
_MAX_REPEAT = 100000


def _escape(c):
    if c < 0x80 and chr(c).isalnum():
        return chr(c)
    if c <= MAX_CODE_UNIT:
        return f"\\u{c:04x}"
    return f"\\U{c:08x}"


@lru_cache(maxsize=2048)
def set_source(cs):
    """A Python ``re`` character class matching exactly the members of ``cs``.

    Members above U+FFFF only ever meet the code point strings that u/v
    patterns run on.  ``re`` looks BMP characters up in a bitmap but tests
    the ranges above U+FFFF one after the other, in the order written, so
    these are written widest first: with a few hundred of them (``\\p{L}``,
    ``\\P{L}``) a code point is then usually found in the first few.
    """
    ranges = cs.ranges()
    astral = [r for r in ranges if r[1] > MAX_CODE_UNIT]
    if len(astral) > 1:
        astral.sort(key=lambda r: r[0] - r[1])
        ranges = [r for r in ranges if r[1] <= MAX_CODE_UNIT] + astral
    parts = []
    for lo, hi in ranges:
        parts.append(_escape(lo) if lo == hi else _escape(lo) + "-" + _escape(hi))
    if not parts:
        return "(?!)"
    return "[" + "".join(parts) + "]"


class NotTranslatable(Exception):
    pass


class FastPattern:
    """A compiled ``re`` equivalent plus the numbers the cost gate needs."""

    def __init__(self, regex, variable_quantifiers, combinations, exponential=False,
                 determined=0, fail_width=None):
        self.regex = regex
        self.variable_quantifiers = variable_quantifiers
        self.combinations = combinations
        self.exponential = exponential
        #: variable quantifiers determined by what follows them (module docstring)
        self.determined = determined
        #: with every variable quantifier followed by nothing: how far past its start an attempt
        #: can look before it cannot fail any more; else None
        self.fail_width = fail_width
        #: Whether the per-call cost bound (attempt_cost) is sound enough to use under a step budget.
        self.budget_safe = (not exponential and variable_quantifiers <= 1
                            and combinations <= _MAX_COMBINATIONS)

    def attempt_cost(self, length):
        """Upper bound (in steps, up to a constant) of one anchored attempt."""
        cost = self.combinations * (length + 1) ** self.variable_quantifiers
        if self.determined:
            cost *= (self.determined + 1) * (length + 1)
        return cost

    def search_cost(self, length):
        """Upper bound (as attempt_cost) of trying every start position of a string
        of ``length``: one search, or a whole global match loop (its searches try
        each position at most once)."""
        if self.fail_width is not None:
            return self.combinations * (self.fail_width + 2) * (self.determined + 1) * (length + 1)
        return self.attempt_cost(length) * (length + 1)


def translate(parsed):
    """A FastPattern for ``parsed``, or None if the pattern is outside the safe subset."""
    t = _Translator(parsed.unicode_mode)
    try:
        source = t.node(parsed.body, ACCEPT)
    except NotTranslatable:
        return None
    if t.exponential:
        return None
    try:
        regex = re.compile(source)
    except (re.error, OverflowError, RecursionError):
        return None
    if regex.groups != parsed.group_count:
        return None
    fail_width = _width(parsed.body) if t.variable == 0 and not t.followed else None
    return FastPattern(regex, t.variable, t.combinations, determined=t.determined, fail_width=fail_width)


# What may follow a point of the pattern, for _follow_through: ACCEPT (nothing: the match
# succeeds there), a CharSet (every way on consumes a first character from it, or for ``$``
# needs one or the end of the input), or None (unknown).
ACCEPT = "accept"
_LINE_TERMINATORS = CharSet.of(0x0A, 0x0D, 0x2028, 0x2029)


def _follow_through(term, follow, unicode_mode):
    """What may follow the point before ``term``, given ``follow`` after it."""
    if type(term) is N.Assertion and term.kind == "$":
        return _LINE_TERMINATORS if term.multiline else CharSet()
    cs, nullable = _first(term, unicode_mode)
    if cs is None:
        return None
    if not nullable:
        return cs
    if follow is ACCEPT:
        return ACCEPT if _always_empty(term) else None
    return None if follow is None else cs.union(follow)


def _always_empty(n):
    """Whether ``n`` can match the empty string whatever the input (no assertion on the way)."""
    t = type(n)
    if t is N.Empty:
        return True
    if t is N.Quantifier:
        return n.min == 0 or _always_empty(n.body)
    if t is N.Group:
        return _always_empty(n.body)
    if t is N.Alternative:
        return all(_always_empty(x) for x in n.terms)
    if t is N.Disjunction:
        return any(_always_empty(x) for x in n.alternatives)
    return False


def _determined(body, follow, unicode_mode):
    """Whether a variable quantifier over ``body`` followed by ``follow`` is determined
    (module docstring): at most one of its counts gets past the continuation's first
    character.  A group body must match each position in one way (_deterministic),
    so that the iterations leave one end position."""
    if follow is ACCEPT:
        return True
    if follow is None or (type(body) not in (N.Char, N.CharClass, N.Dot)
                          and not _deterministic(body, unicode_mode)):
        return False
    cs, _ = _first(body, unicode_mode)
    return cs is not None and not cs.intersection(follow).r


def _width(n):
    """How many characters past its start an attempt can examine before it cannot fail any more,
    for a pattern whose variable quantifiers are all followed by nothing (their first ``min``
    iterations and one more can fail), at most."""
    t = type(n)
    if t in (N.Char, N.CharClass, N.Dot, N.Assertion):
        return 1
    if t in (N.Group, N.Look):
        return _width(n.body)
    if t is N.Alternative:
        return sum(_width(x) for x in n.terms)
    if t is N.Disjunction:
        return max(_width(x) for x in n.alternatives)
    if t is N.Quantifier:
        return (n.min + 1) * _width(n.body)
    return 0


def _nullable(n, unicode_mode):
    """Whether ``n`` may match the empty string (conservative: True when unsure)."""
    cs, nullable = _first(n, unicode_mode)
    return cs is None or nullable


def _deterministic(n, unicode_mode):
    """Whether ``n`` can match at a given position in at most one way.

    Fixed-count sequences of characters, classes, lookarounds and assertions,
    and disjunctions whose alternatives are non-empty and start with
    pairwise disjoint characters.  A repetition of such a body can then only
    vary in its number of iterations, like a quantified character.
    """
    t = type(n)
    if t in (N.Char, N.Dot, N.Assertion, N.Look, N.Empty):
        return True
    if t is N.CharClass:
        return not n.strings
    if t is N.Group:
        return _deterministic(n.body, unicode_mode)
    if t is N.Alternative:
        return all(_deterministic(x, unicode_mode) for x in n.terms)
    if t is N.Quantifier:
        return n.min == n.max and _deterministic(n.body, unicode_mode)
    if t is N.Disjunction:
        seen = None
        for alt in n.alternatives:
            if not _deterministic(alt, unicode_mode):
                return False
            cs, nullable = _first(alt, unicode_mode)
            if cs is None or nullable:
                return False
            if seen is not None and seen.intersection(cs).r:
                return False
            seen = cs if seen is None else seen.union(cs)
        return True
    return False


class _Translator:
    def __init__(self, unicode_mode):
        self.unicode = unicode_mode
        self.max_char = MAX_CODE_POINT if unicode_mode else MAX_CODE_UNIT
        self.variable = 0           # variable quantifiers not determined by what follows them
        self.determined = 0         # determined ones (_determined)
        self.followed = False       # whether one of those is followed by something
        self.combinations = 1
        self.exponential = False

    def node(self, n, follow=None):
        """The ``re`` source for ``n``; ``follow``: what may follow it (see _follow_through)."""
        t = type(n)
        if t is N.Char:
            return self.char(n)
        if t is N.CharClass:
            if n.strings:
                raise NotTranslatable
            return self.char_set(class_chars(n, self.unicode))
        if t is N.Dot:
            return self.char_set(dot_chars(n, self.unicode))
        if t is N.Alternative:
            return self.sequence(n.terms, follow)
        if t is N.Disjunction:
            self.combinations *= len(n.alternatives)
            return "(?:" + "|".join(self.node(a, follow) for a in n.alternatives) + ")"
        if t is N.Group:
            return "(" + self.node(n.body, follow) + ")"
        if t is N.Empty:
            return ""
        if t is N.Look:
            if n.behind:
                raise NotTranslatable
            return ("(?!" if n.negate else "(?=") + self.node(n.body) + ")"
        if t is N.Assertion:
            return self.assertion(n)
        if t is N.Quantifier:
            return self.quantifier(n, follow)
        raise NotTranslatable

    def sequence(self, terms, follow):
        follows = []
        for term in reversed(terms):
            follows.append(follow)
            follow = _follow_through(term, follow, self.unicode)
        return "".join(self.node(x, f) for x, f in zip(terms, reversed(follows)))

    def count_variable(self, body, follow):
        """Count a quantifier with a variable number of iterations."""
        if _determined(body, follow, self.unicode):
            self.determined += 1
            self.followed = self.followed or follow is not ACCEPT
        else:
            self.variable += 1

    def char(self, n):
        """A literal: the character itself, or with i every character with its Canonicalize value."""
        if n.ignore_case:
            variants = U.case_variants(n.value, self.unicode)
            if len(variants) > 1:
                return self.char_set(CharSet.from_iterable(variants))
        if n.value > self.max_char:
            return "(?!)"
        return _escape(n.value)

    def char_set(self, cs):
        return set_source(cs.clip(self.max_char))

    def assertion(self, n):
        if n.kind == "^":
            return f"(?<!{_NOT_LT_CLASS})" if n.multiline else "(?<![\\s\\S])"
        if n.kind == "$":
            return f"(?!{_NOT_LT_CLASS})" if n.multiline else "(?![\\s\\S])"
        words = U.word_characters(self.unicode, n.ignore_case)
        w = _WORD if words == U.BASIC_WORD else set_source(words)
        if n.kind == "\\b":
            return f"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))"
        return f"(?:(?<={w})(?={w})|(?<!{w})(?!{w}))"

    def quantifier(self, n, follow):
        body = n.body
        lo, hi = n.min, n.max
        if lo > _MAX_REPEAT or (hi is not None and hi > _MAX_REPEAT):
            raise NotTranslatable
        if type(body) not in (N.Char, N.CharClass, N.Dot):
            return self.group_quantifier(n, follow)
        atom = self.node(body)
        if not atom.startswith("["):
            atom = "(?:" + atom + ")"
        if hi != lo:
            self.count_variable(body, follow)
        suffix = "{%d,%s}" % (lo, "" if hi is None else hi)
        return atom + suffix + ("" if n.greedy else "?")

    def group_quantifier(self, n, follow):
        """A quantified group, lookaround or other compound atom (see the module docstring)."""
        body = n.body
        lo, hi = n.min, n.max
        if hi == 0 or _nullable(body, self.unicode):
            raise NotTranslatable
        repeats = hi is None or hi > 1
        if repeats and n.group_count:
            raise NotTranslatable
        variable, combinations = self.variable, self.combinations
        atom = "(?:" + self.node(body, None if repeats else follow) + ")"
        if repeats:
            if (self.variable != variable or self.combinations != combinations) \
                    and not _deterministic(body, self.unicode):
                self.exponential = True
            # The body is counted once; its repetition is one more variable count.
            if hi != lo:
                self.count_variable(body, follow)
        elif hi != lo:
            self.combinations *= 2
        suffix = "{%d,%s}" % (lo, "" if hi is None else hi)
        return atom + suffix + ("" if n.greedy else "?")
