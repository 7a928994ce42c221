"""Static facts about a pattern that let ``search`` skip hopeless start positions.

None of this changes what matches: a start position is skipped only when no
match can begin there (its first character is outside the pattern's first
set, the literal prefix is absent, or ``^`` cannot hold).
"""

from . import nodes as N
from . import unicode as U
from .charset import EMPTY, CharSet
from .compiler import class_chars, dot_chars


def first_chars(parsed):
    """Over-approximation of the characters a non-empty match can start with.

    Returns a CharSet, or None when unknown or when the pattern can match the
    empty string (then every position is a candidate).
    """
    cs, nullable = _first(parsed.body, parsed.unicode_mode)
    if cs is None or nullable:
        return None
    return cs


def _first(n, unicode_mode):
    t = type(n)
    if t is N.Char:
        if n.ignore_case:
            return CharSet.from_iterable(U.case_variants(n.value, unicode_mode)), False
        return CharSet.of(n.value), False
    if t is N.CharClass:
        cs = class_chars(n, unicode_mode)
        nullable = False
        firsts = set()
        for s in n.strings:
            if not s:
                nullable = True
            else:
                firsts.update(U.case_variants(s[0], unicode_mode) if n.ignore_case else (s[0],))
        return cs.union(CharSet.from_iterable(firsts)), nullable
    if t is N.Dot:
        return dot_chars(n, unicode_mode), False
    if t in (N.Assertion, N.Look, N.Empty):
        return EMPTY, True
    if t is N.Group:
        return _first(n.body, unicode_mode)
    if t is N.Backref:
        return None, True
    if t is N.Quantifier:
        if n.max == 0:
            return EMPTY, True
        cs, nullable = _first(n.body, unicode_mode)
        return cs, nullable or n.min == 0
    if t is N.Alternative:
        out = EMPTY
        for term in n.terms:
            cs, nullable = _first(term, unicode_mode)
            if cs is None:
                return None, True
            out = out.union(cs)
            if not nullable:
                return out, False
        return out, True
    if t is N.Disjunction:
        out = EMPTY
        any_nullable = False
        for alt in n.alternatives:
            cs, nullable = _first(alt, unicode_mode)
            if cs is None:
                return None, True
            out = out.union(cs)
            any_nullable = any_nullable or nullable
        return out, any_nullable
    return None, True


def literal_prefix(parsed):
    """The case-sensitive BMP literal text every match starts with ('' if none)."""
    body = parsed.body
    terms = body.terms if type(body) is N.Alternative else [body]
    out = []
    for term in terms:
        if type(term) is not N.Char or term.ignore_case:
            break
        c = term.value
        if c > 0xFFFF or 0xD800 <= c <= 0xDFFF:
            break
        out.append(chr(c))
    return "".join(out)


def anchored_at_start(parsed):
    """True if the pattern begins with a non-multiline ``^`` (only position 0 can match)."""
    body = parsed.body
    first = body.terms[0] if type(body) is N.Alternative else body
    return type(first) is N.Assertion and first.kind == "^" and not first.multiline
