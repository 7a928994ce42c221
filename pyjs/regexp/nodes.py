"""Parse tree of a regular expression pattern, shaped after the spec's productions.

Flags that the spec reads from the RegExp record at match time (IgnoreCase,
Multiline, DotAll) are stored on each node that depends on them, because
modifiers ``(?i:...)`` can change them for part of a pattern.
https://tc39.es/ecma262/#sec-regexp-modifiers
"""

from dataclasses import dataclass, field


@dataclass
class Disjunction:
    alternatives: list


@dataclass
class Alternative:
    terms: list


@dataclass
class Char:
    """A single literal character (code unit, or code point with u/v)."""
    value: int
    ignore_case: bool


@dataclass
class CharClass:
    """A set of characters, possibly with multi-character strings (v flag).

    ``invert`` is the CharacterSetMatcher's invert flag (non-v ``[^...]``);
    v-mode complements are already applied to ``chars``.
    """
    chars: object
    invert: bool
    ignore_case: bool
    strings: tuple = ()


@dataclass
class Dot:
    dot_all: bool


@dataclass
class Assertion:
    kind: str          # "^", "$", "\\b", "\\B"
    multiline: bool = False
    ignore_case: bool = False


@dataclass
class Look:
    behind: bool
    negate: bool
    body: object


@dataclass
class Group:
    index: int
    name: object       # str (UTF-16) or None
    body: object


@dataclass
class Quantifier:
    body: object
    min: int
    max: object        # int or None for infinity
    greedy: bool
    first_group: int   # parenIndex: groups to the left of the atom
    group_count: int   # parenCount: groups inside the atom


@dataclass
class Backref:
    indices: list      # one index, or every group with the name (\k<name>)
    ignore_case: bool
    name: object = None


@dataclass
class Empty:
    pass


@dataclass
class ParsedPattern:
    body: object
    group_count: int
    group_names: list = field(default_factory=list)   # index -> name or None (index 0 unused)
    unicode_mode: bool = False
    unicode_sets: bool = False
