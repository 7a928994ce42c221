"""Sets of code points (the spec's CharSet) as sorted half-open ranges.

A CharSet is immutable: a tuple ``(lo0, hi0, lo1, hi1, ...)`` of non-adjacent,
non-overlapping half-open ranges.  Membership is a ``bisect``; union,
intersection and difference are linear merges.  This keeps huge sets such as
``[^a]`` or ``\\P{L}`` (a million code points) as small as their boundary count.

https://tc39.es/ecma262/#sec-charset
"""

from bisect import bisect_right

MAX_CODE_POINT = 0x10FFFF
MAX_CODE_UNIT = 0xFFFF


class CharSet:
    """An immutable set of code points stored as flat half-open ranges."""

    __slots__ = ("r", "_hash")

    def __init__(self, flat=()):
        self.r = tuple(flat)
        self._hash = None

    @classmethod
    def from_ranges(cls, ranges):
        """Build from any iterable of inclusive ``(lo, hi)`` pairs (unsorted ok)."""
        items = sorted((lo, hi + 1) for lo, hi in ranges if hi >= lo)
        flat = []
        for lo, hi in items:
            if flat and lo <= flat[-1]:
                if hi > flat[-1]:
                    flat[-1] = hi
            else:
                flat.append(lo)
                flat.append(hi)
        return cls(flat)

    @classmethod
    def of(cls, *code_points):
        return cls.from_ranges((c, c) for c in code_points)

    @classmethod
    def from_iterable(cls, code_points):
        return cls.from_ranges((c, c) for c in code_points)

    def __contains__(self, c):
        return bisect_right(self.r, c) & 1 == 1

    def __bool__(self):
        return bool(self.r)

    def __eq__(self, other):
        return isinstance(other, CharSet) and self.r == other.r

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self.r)
        return self._hash

    def __repr__(self):
        parts = []
        r = self.r
        for i in range(0, len(r), 2):
            lo, hi = r[i], r[i + 1] - 1
            parts.append(f"{lo:X}" if lo == hi else f"{lo:X}-{hi:X}")
        return f"CharSet({', '.join(parts)})"

    def ranges(self):
        """Inclusive ``(lo, hi)`` pairs."""
        r = self.r
        return [(r[i], r[i + 1] - 1) for i in range(0, len(r), 2)]

    def size(self):
        r = self.r
        return sum(r[i + 1] - r[i] for i in range(0, len(r), 2))

    def code_points(self):
        r = self.r
        for i in range(0, len(r), 2):
            yield from range(r[i], r[i + 1])

    def single(self):
        """The only member if the set has exactly one, else None."""
        r = self.r
        if len(r) == 2 and r[1] - r[0] == 1:
            return r[0]
        return None

    def _merge(self, other, keep):
        """Generic sweep over both boundary lists; ``keep(in_a, in_b)`` decides."""
        a, b = self.r, other.r
        points = sorted(set(a) | set(b))
        flat = []
        inside = False
        for p in points:
            now = keep(bisect_right(a, p) & 1 == 1, bisect_right(b, p) & 1 == 1)
            if now != inside:
                if flat and flat[-1] == p:
                    flat.pop()
                else:
                    flat.append(p)
                inside = now
        return CharSet(flat)

    def union(self, other):
        if not other.r:
            return self
        if not self.r:
            return other
        return self._merge(other, lambda x, y: x or y)

    def intersection(self, other):
        if not self.r or not other.r:
            return EMPTY
        return self._merge(other, lambda x, y: x and y)

    def difference(self, other):
        if not self.r or not other.r:
            return self
        return self._merge(other, lambda x, y: x and not y)

    def complement(self, max_code_point):
        return CharSet((0, max_code_point + 1)).difference(self)

    def clip(self, max_code_point):
        """Members not above ``max_code_point``."""
        if not self.r or self.r[-1] <= max_code_point + 1:
            return self
        return self.intersection(CharSet((0, max_code_point + 1)))


EMPTY = CharSet()


def union_all(sets):
    flat_ranges = []
    for s in sets:
        flat_ranges.extend(s.ranges())
    return CharSet.from_ranges(flat_ranges)
