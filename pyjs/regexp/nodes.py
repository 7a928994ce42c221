"""Parse tree of a regular expression pattern, shaped after the spec's productions.

Flags that the spec reads from the RegExp record at match time (IgnoreCase,
Multiline, DotAll) are stored on each node that depends on them, because
modifiers ``(?i:...)`` can change them for part of a pattern.
https://tc39.es/ecma262/#sec-regexp-modifiers
"""



class _Factory:
    """A default made fresh for each instance (``dataclasses.field(default_factory=...)``)."""

    def __init__(self, make):
        self.make = make


def field(default_factory):
    return _Factory(default_factory)


def dataclass(cls):
    """Give ``cls`` the ``__init__``, ``__repr__`` and ``__eq__`` of a plain dataclass.

    A small stand-in for :func:`dataclasses.dataclass`: importing :mod:`dataclasses`
    pulls in ``inspect``, ``ast``, ``dis`` and ``tokenize`` (about 10 ms), paid by
    every process that compiles its first RegExp.  Fields are the class's
    annotations in order; a class attribute of the same name is its default.
    """
    names = tuple(cls.__dict__.get("__annotations__", {}))
    defaults = {n: cls.__dict__[n] for n in names if n in cls.__dict__}
    for n, d in defaults.items():
        if type(d) is _Factory:
            delattr(cls, n)

    def __init__(self, *args, **kwargs):
        if len(args) > len(names):
            raise TypeError(f"{cls.__name__}() takes {len(names)} arguments")
        for n, v in zip(names, args):
            setattr(self, n, v)
        for n in names[len(args):]:
            if n in kwargs:
                v = kwargs.pop(n)
            elif n in defaults:
                v = defaults[n]
                if type(v) is _Factory:
                    v = v.make()
            else:
                raise TypeError(f"{cls.__name__}() missing argument {n!r}")
            setattr(self, n, v)
        if kwargs:
            raise TypeError(f"{cls.__name__}() got unexpected arguments {sorted(kwargs)}")

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in names) + ")"

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in names)

    cls.__init__, cls.__repr__, cls.__eq__, cls.__hash__ = __init__, __repr__, __eq__, None
    cls.__match_args__ = names
    return cls


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
