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

    def _merge(self, other, op):
        """Linear sweep over both boundary lists; op 0 = union, 1 = intersection, 2 = difference."""
        a, b = self.r, other.r
        la, lb = len(a), len(b)
        i = j = 0
        in_a = in_b = inside = False
        flat = []
        while i < la or j < lb:
            if j >= lb or (i < la and a[i] <= b[j]):
                p = a[i]
            else:
                p = b[j]
            while i < la and a[i] == p:
                in_a = not in_a
                i += 1
            while j < lb and b[j] == p:
                in_b = not in_b
                j += 1
            if op == 0:
                now = in_a or in_b
            elif op == 1:
                now = in_a and in_b
            else:
                now = in_a and not in_b
            if now != inside:
                flat.append(p)
                inside = now
        return CharSet(flat)

    def union(self, other):
        if not other.r:
            return self
        if not self.r:
            return other
        return self._merge(other, 0)

    def intersection(self, other):
        if not self.r or not other.r:
            return EMPTY
        return self._merge(other, 1)

    def difference(self, other):
        if not self.r or not other.r:
            return self
        return self._merge(other, 2)

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
