"""Class set expressions of the v flag: nested classes, ``--``, ``&&``, ``\\q{...}``.

A class operand is a pair (CharSet of single code points, set of strings),
strings being tuples of code points of any length other than one (``\\q{}``
contributes the empty string).  MayContainStrings is tracked statically,
from the syntax, as the early errors require.
https://tc39.es/ecma262/#sec-compiletocharset
https://tc39.es/ecma262/#sec-static-semantics-maycontainstrings
"""

from .charset import CharSet, EMPTY
from . import unicode as U

_SYNTAX = frozenset(map(ord, "()[]{}/-\\|"))
_RESERVED_PUNCTUATORS = frozenset(map(ord, "&-!#%,:;<=>@`~"))
_DOUBLE_PUNCTUATORS = frozenset(map(ord, "&!#$%*+,.:;<=>?@^`~"))
_CLASS_ESCAPES = frozenset(map(ord, "dDsSwWpP"))


def fold_string(s):
    scf = U.simple_case_folding()
    return tuple(scf.get(c, c) for c in s)


def parse_class_set_contents(p):
    """ClassContents[+UnicodeSetsMode] up to and including ``]``.

    Returns (chars, strings, may_contain_strings).
    """
    if p.eat(0x5D):
        return EMPTY, set(), False
    chars, strings, may, is_range = parse_operand_or_range(p)
    if p.peek() == 0x26 and p.peek(1) == 0x26:
        if is_range:
            p.error("Invalid set operation in character class")
        while p.peek() == 0x26 and p.peek(1) == 0x26:
            p.pos += 2
            if p.peek() == 0x26:
                p.error("Invalid character in character class")
            c2, s2, m2 = parse_operand(p)
            chars = chars.intersection(c2)
            strings = strings & s2
            may = may and m2
        expect_close(p)
        return chars, strings, may
    if p.peek() == 0x2D and p.peek(1) == 0x2D:
        if is_range:
            p.error("Invalid set operation in character class")
        while p.peek() == 0x2D and p.peek(1) == 0x2D:
            p.pos += 2
            c2, s2, _ = parse_operand(p)
            chars = chars.difference(c2)
            strings = strings - s2
        expect_close(p)
        return chars, strings, may
    while not p.eat(0x5D):
        if p.at_end():
            p.error("Unterminated character class")
        c2, s2, m2, _ = parse_operand_or_range(p)
        chars = chars.union(c2)
        strings = strings | s2
        may = may or m2
    return chars, strings, may


def expect_close(p):
    if not p.eat(0x5D):
        p.error("Unterminated character class" if p.at_end() else "Invalid set operation in character class")


def parse_operand(p):
    chars, strings, may, is_range = parse_operand_or_range(p, allow_range=False)
    return chars, strings, may


def parse_operand_or_range(p, allow_range=True):
    """ClassSetOperand, or (where a union allows it) ClassSetRange."""
    if p.at_end():
        p.error("Unterminated character class")
    c = p.peek()
    if c == 0x5B:
        p.pos += 1
        negate = p.eat(0x5E)
        chars, strings, may = parse_class_set_contents(p)
        if negate:
            if may:
                p.error("Negated character class may contain strings")
            return p.complement(chars), set(), False, False
        return chars, strings, may, False
    if c == 0x5C:
        nxt = p.peek(1)
        if nxt in _CLASS_ESCAPES:
            p.pos += 1
            chars, strings = p.parse_character_class_escape()
            return chars, set(strings), bool(strings), False
        if nxt == 0x71:
            p.pos += 2
            return parse_class_string_disjunction(p) + (False,)
    first = parse_class_set_character(p)
    if allow_range and p.peek() == 0x2D and p.peek(1) != 0x2D:
        p.pos += 1
        last = parse_class_set_character(p)
        if first > last:
            p.error("Range out of order in character class")
        return p.maybe_fold(CharSet.from_ranges([(first, last)])), set(), False, True
    return p.maybe_fold(CharSet.of(first)), set(), False, False


def parse_class_set_character(p):
    """ClassSetCharacter -> code point."""
    if p.at_end():
        p.error("Unterminated character class")
    c = p.peek()
    if c == 0x5C:
        p.pos += 1
        if p.at_end():
            p.error("\\ at end of pattern")
        e = p.peek()
        if e in _RESERVED_PUNCTUATORS:
            p.pos += 1
            return e
        if e == 0x62:
            p.pos += 1
            return 0x08
        return p.parse_character_escape(in_class=True)
    if c in _SYNTAX:
        p.error("Invalid character in character class")
    if c in _DOUBLE_PUNCTUATORS and p.peek(1) == c:
        p.error("Invalid set operation in character class")
    p.pos += 1
    return c


def parse_class_string_disjunction(p):
    """``\\q{ ClassString | ... }`` after ``\\q``: (chars, strings, may_contain_strings)."""
    if not p.eat(0x7B):
        p.error("Invalid escape")
    fold = p.ignore_case
    singles = []
    strings = set()
    may = False
    current = []
    while True:
        if p.at_end():
            p.error("Unterminated class string disjunction")
        c = p.peek()
        if c in (0x7D, 0x7C):
            p.pos += 1
            s = fold_string(current) if fold else tuple(current)
            if len(s) == 1:
                singles.append(s[0])
            else:
                strings.add(s)
                may = True
            current = []
            if c == 0x7D:
                break
            continue
        current.append(parse_class_set_character(p))
    return CharSet.from_iterable(singles), strings, may
