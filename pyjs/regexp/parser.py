"""Pattern parser: ECMAScript regular expression source -> ``nodes`` tree.

One recursive-descent parser covers the three grammars of §22.2.1:

* ``[~UnicodeMode]`` with the Annex B web-compatibility extensions (B.1.2):
  ``]``, ``{``, ``}`` as literals, ``\\c`` without a control letter meaning a
  backslash, legacy octal escapes, ``\\8``/``\\9`` and out-of-range
  ``\\N`` as identity or octal escapes, ranges with class escapes as unions,
  quantified lookaheads;
* ``[+UnicodeMode]`` (flag u): strict escapes, ``\\u{...}``, ``\\p{...}``;
* ``[+UnicodeSetsMode]`` (flag v): set notation inside classes.

``NamedCaptureGroups`` is decided the way ParsePattern does: without u/v it is
on only if the pattern contains a group name (found by a quick pre-scan,
which also counts capturing groups for DecimalEscape).
https://tc39.es/ecma262/#sec-patterns
https://tc39.es/ecma262/#sec-regular-expressions-patterns (Annex B)
"""

from . import nodes as N
from .charset import MAX_CODE_POINT, MAX_CODE_UNIT, CharSet
from . import unicode as U
from . import classes as C


class RegExpSyntaxError(Exception):
    """An early error of the pattern or flags; ``message`` is meant for a SyntaxError."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


SYNTAX_CHARACTERS = frozenset(map(ord, "^$\\.*+?()[]{}|"))
_CONTROL_ESCAPES = {ord("f"): 0x0C, ord("n"): 0x0A, ord("r"): 0x0D, ord("t"): 0x09, ord("v"): 0x0B}
_HEX = frozenset(map(ord, "0123456789abcdefABCDEF"))
_DIGITS = frozenset(map(ord, "0123456789"))
_OCTAL = frozenset(map(ord, "01234567"))
_ASCII_LETTERS = frozenset(list(range(0x41, 0x5B)) + list(range(0x61, 0x7B)))
_CLASS_ESCAPE_LETTERS = frozenset(map(ord, "dDsSwW"))


def _to_code_points(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = ord(s[i])
        if 0xD800 <= c <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
            out.append(0x10000 + ((c - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00))
            i += 2
        else:
            out.append(c)
            i += 1
    return out


def code_points_to_utf16(cps):
    out = []
    for c in cps:
        if c > 0xFFFF:
            c -= 0x10000
            out.append(chr(0xD800 + (c >> 10)))
            out.append(chr(0xDC00 + (c & 0x3FF)))
        else:
            out.append(chr(c))
    return "".join(out)


def validate_flags(flags):
    """The flag checks of RegExpInitialize (duplicates, unknown letters, u with v).

    https://tc39.es/ecma262/#sec-regexpinitialize
    """
    seen = set()
    for f in flags:
        if f not in "dgimsuvy" or f in seen:
            raise RegExpSyntaxError(f"Invalid flags supplied to RegExp constructor '{flags}'")
        seen.add(f)
    if "u" in seen and "v" in seen:
        raise RegExpSyntaxError(f"Invalid flags supplied to RegExp constructor '{flags}'")
    return seen


def prescan(src, unicode_sets):
    """CountLeftCapturingParensWithin the pattern, and whether it has a GroupName."""
    count = 0
    named = False
    i = 0
    n = len(src)
    depth = 0
    while i < n:
        c = src[i]
        if c == 0x5C:
            i += 2
            continue
        if depth:
            if c == 0x5D:
                depth -= 1
            elif c == 0x5B and unicode_sets:
                depth += 1
            i += 1
            continue
        if c == 0x5B:
            depth = 1
            i += 1
            if i < n and src[i] == 0x5E:
                i += 1
            if i < n and src[i] == 0x5D and not unicode_sets:
                i += 1
                depth = 0
            continue
        if c == 0x28:
            if i + 1 < n and src[i + 1] == 0x3F:
                if i + 2 < n and src[i + 2] == 0x3C and i + 3 < n and src[i + 3] not in (0x3D, 0x21):
                    count += 1
                    named = True
            else:
                count += 1
        i += 1
    return count, named


class Parser:
    def __init__(self, pattern, flags):
        self.u = "u" in flags or "v" in flags
        self.v = "v" in flags
        self.ignore_case = "i" in flags
        self.multiline = "m" in flags
        self.dot_all = "s" in flags
        self.src = _to_code_points(pattern) if self.u else [ord(c) for c in pattern]
        self.pos = 0
        self.total_groups, has_names = prescan(self.src, self.v)
        self.named_groups = self.u or has_names
        self.group_index = 0
        self.group_names = [None]
        self.name_paths = []          # (name, alternative path) per named group
        self.named_refs = []          # names used by \k, checked at the end
        self.alt_path = []
        self.disjunction_counter = 0
        self.max_char = MAX_CODE_POINT if self.u else MAX_CODE_UNIT

    # -- helpers ----------------------------------------------------------------
    def error(self, message):
        raise RegExpSyntaxError(message)

    def peek(self, k=0):
        i = self.pos + k
        return self.src[i] if i < len(self.src) else -1

    def eat(self, c):
        if self.peek() == c:
            self.pos += 1
            return True
        return False

    def at_end(self):
        return self.pos >= len(self.src)

    # -- Pattern / Disjunction / Alternative ------------------------------------
    def parse(self):
        body = self.parse_disjunction()
        if not self.at_end():
            self.error("Unmatched ')'" if self.peek() == 0x29 else "Unexpected character")
        self.check_names()
        return N.ParsedPattern(body, self.group_index, self.group_names, self.u, self.v)

    def parse_disjunction(self):
        self.disjunction_counter += 1
        entry = [self.disjunction_counter, 0]
        self.alt_path.append(entry)
        alternatives = [self.parse_alternative()]
        while self.eat(0x7C):
            entry[1] += 1
            alternatives.append(self.parse_alternative())
        self.alt_path.pop()
        if len(alternatives) == 1:
            return alternatives[0]
        return N.Disjunction(alternatives)

    def parse_alternative(self):
        terms = []
        while not self.at_end() and self.peek() not in (0x7C, 0x29):
            terms.append(self.parse_term())
        if len(terms) == 1:
            return terms[0]
        if not terms:
            return N.Empty()
        return N.Alternative(terms)

    # -- Term -------------------------------------------------------------------
    def parse_term(self):
        c = self.peek()
        if c == 0x5E:
            self.pos += 1
            return N.Assertion("^", multiline=self.multiline)
        if c == 0x24:
            self.pos += 1
            return N.Assertion("$", multiline=self.multiline)
        if c == 0x5C and self.peek(1) in (0x62, 0x42):
            self.pos += 2
            return N.Assertion("\\b" if self.src[self.pos - 1] == 0x62 else "\\B",
                               ignore_case=self.ignore_case)
        if c == 0x28 and self.peek(1) == 0x3F:
            k = self.peek(2)
            behind = k == 0x3C and self.peek(3) in (0x3D, 0x21)
            if k in (0x3D, 0x21) or behind:
                self.pos += 4 if behind else 3
                negate = self.src[self.pos - 1] == 0x21
                first_group = self.group_index
                body = self.parse_disjunction()
                if not self.eat(0x29):
                    self.error("Unterminated group")
                node = N.Look(behind, negate, body)
                if behind or self.u:
                    return node
                return self.parse_quantifier(node, first_group)
        first_group = self.group_index
        atom = self.parse_atom()
        return self.parse_quantifier(atom, first_group)

    def try_braced_quantifier(self):
        """Parse ``{n}``, ``{n,}`` or ``{n,m}`` at pos; return (min, max) or None (pos unchanged)."""
        start = self.pos
        if not self.eat(0x7B):
            return None
        lo = self.parse_decimal()
        if lo is None:
            self.pos = start
            return None
        hi = lo
        if self.eat(0x2C):
            hi = self.parse_decimal()
        if not self.eat(0x7D):
            self.pos = start
            return None
        return lo, hi

    def parse_decimal(self):
        start = self.pos
        while self.peek() in _DIGITS:
            self.pos += 1
        if self.pos == start:
            return None
        return int("".join(chr(c) for c in self.src[start:self.pos]))

    def parse_quantifier(self, atom, first_group):
        c = self.peek()
        if c == 0x2A:
            lo, hi = 0, None
            self.pos += 1
        elif c == 0x2B:
            lo, hi = 1, None
            self.pos += 1
        elif c == 0x3F:
            lo, hi = 0, 1
            self.pos += 1
        elif c == 0x7B:
            q = self.try_braced_quantifier()
            if q is None:
                if self.u:
                    self.error("Incomplete quantifier")
                return atom
            lo, hi = q
            if hi is not None and hi < lo:
                self.error("numbers out of order in {} quantifier")
        else:
            return atom
        greedy = not self.eat(0x3F)
        return N.Quantifier(atom, lo, hi, greedy, first_group, self.group_index - first_group)

    # -- Atom -------------------------------------------------------------------
    def parse_atom(self):
        c = self.peek()
        if c == 0x2E:
            self.pos += 1
            return N.Dot(self.dot_all)
        if c == 0x28:
            return self.parse_group()
        if c == 0x5B:
            return self.parse_class()
        if c == 0x5C:
            self.pos += 1
            return self.parse_atom_escape()
        if c in (0x2A, 0x2B, 0x3F):
            self.error("Nothing to repeat")
        if c == 0x7B:
            if self.u:
                self.error("Lone quantifier brackets" if self.try_braced_quantifier() is None else "Nothing to repeat")
            if self.try_braced_quantifier() is not None:
                self.error("Nothing to repeat")
        elif c in (0x7D, 0x5D) and self.u:
            self.error("Lone quantifier brackets")
        self.pos += 1
        return N.Char(c, self.ignore_case)

    def parse_group(self):
        self.pos += 1
        if self.eat(0x3F):
            if self.eat(0x3A):
                return self.finish_group(None)
            if self.peek() == 0x3C:
                self.pos += 1
                name = self.parse_group_name()
                self.group_index += 1
                index = self.group_index
                self.group_names.append(name)
                self.name_paths.append((name, [tuple(e) for e in self.alt_path]))
                return N.Group(index, name, self.finish_group(None))
            return self.parse_modifiers_group()
        self.group_index += 1
        index = self.group_index
        self.group_names.append(None)
        return N.Group(index, None, self.finish_group(None))

    def finish_group(self, flags):
        saved = (self.ignore_case, self.multiline, self.dot_all)
        if flags is not None:
            self.ignore_case, self.multiline, self.dot_all = flags
        body = self.parse_disjunction()
        self.ignore_case, self.multiline, self.dot_all = saved
        if not self.eat(0x29):
            self.error("Unterminated group")
        return body

    def parse_modifiers_group(self):
        """``(?ims-ims: Disjunction )``: https://tc39.es/ecma262/#sec-regexp-modifiers"""
        add = self.parse_modifier_letters()
        remove = ""
        has_dash = self.eat(0x2D)
        if has_dash:
            remove = self.parse_modifier_letters()
            if not add and not remove:
                self.error("Invalid group")
        if not self.eat(0x3A):
            self.error("Invalid group")
        if set(add) & set(remove):
            self.error("Repeated flag in modifiers")
        flags = [self.ignore_case, self.multiline, self.dot_all]
        for letter, value in [(x, True) for x in add] + [(x, False) for x in remove]:
            flags["ims".index(letter)] = value
        return self.finish_group(tuple(flags))

    def parse_modifier_letters(self):
        letters = ""
        while self.peek() in (0x69, 0x6D, 0x73):
            ch = chr(self.src[self.pos])
            if ch in letters:
                self.error("Repeated flag in modifiers")
            letters += ch
            self.pos += 1
        return letters

    # -- group names ------------------------------------------------------------
    def parse_group_name(self):
        """``< RegExpIdentifierName >`` (after the ``<``), returned as a UTF-16 string."""
        cps = []
        while True:
            if self.at_end():
                self.error("Invalid capture group name")
            c = self.src[self.pos]
            if c == 0x3E:
                self.pos += 1
                break
            if c == 0x5C:
                self.pos += 1
                if not self.eat(0x75):
                    self.error("Invalid capture group name")
                c = self.parse_unicode_escape_body(True)
                if c is None:
                    self.error("Invalid Unicode escape")
            else:
                self.pos += 1
                if (not self.u and 0xD800 <= c <= 0xDBFF and 0xDC00 <= self.peek() <= 0xDFFF):
                    c = 0x10000 + ((c - 0xD800) << 10) + (self.src[self.pos] - 0xDC00)
                    self.pos += 1
            ok = U.is_id_continue(c) if cps else U.is_id_start(c)
            if not ok:
                self.error("Invalid capture group name")
            cps.append(c)
        if not cps:
            self.error("Invalid capture group name")
        return code_points_to_utf16(cps)

    def check_names(self):
        """Duplicate names only in different alternatives; every ``\\k`` names a group."""
        seen = {}
        for name, path in self.name_paths:
            for other in seen.get(name, ()):
                if self.might_both_participate(path, other):
                    self.error("Duplicate capture group name")
            seen.setdefault(name, []).append(path)
        for node in self.named_refs:
            if node.name not in seen:
                self.error("Invalid named capture referenced")
            node.indices = [i for i, n in enumerate(self.group_names) if n == node.name]

    @staticmethod
    def might_both_participate(p1, p2):
        """MightBothParticipate: false iff some Disjunction holds them in different alternatives."""
        for (d1, a1), (d2, a2) in zip(p1, p2):
            if d1 != d2:
                return True
            if a1 != a2:
                return False
        return True

    # -- escapes ----------------------------------------------------------------
    def parse_atom_escape(self):
        """AtomEscape after the backslash."""
        if self.at_end():
            self.error("\\ at end of pattern")
        c = self.src[self.pos]
        if c in _DIGITS and c != 0x30:
            start = self.pos
            n = self.parse_decimal()
            if n <= self.total_groups:
                return N.Backref([n], self.ignore_case)
            if self.u:
                self.error("Invalid escape")
            self.pos = start
            return N.Char(self.parse_legacy_octal_or_identity(), self.ignore_case)
        if c == 0x6B and self.named_groups:
            self.pos += 1
            if not self.eat(0x3C):
                self.error("Invalid named reference")
            node = N.Backref([], self.ignore_case, name=self.parse_group_name())
            self.named_refs.append(node)
            return node
        if c in _CLASS_ESCAPE_LETTERS or (self.u and c in (0x70, 0x50)):
            return self.class_from_set(*self.parse_character_class_escape())
        if c == 0x63 and not (self.peek(1) in _ASCII_LETTERS) and not self.u:
            return N.Char(0x5C, self.ignore_case)
        return N.Char(self.parse_character_escape(in_class=False), self.ignore_case)

    def class_from_set(self, chars, strings):
        return N.CharClass(chars, False, self.ignore_case, strings)

    def parse_character_class_escape(self):
        """CharacterClassEscape (d D s S w W p{} P{}) -> (CharSet, strings)."""
        c = self.src[self.pos]
        self.pos += 1
        if c in (0x70, 0x50):
            return self.parse_property_escape(negate=c == 0x50)
        if c in (0x64, 0x44):
            base = U.DIGITS
        elif c in (0x73, 0x53):
            base = U.white_space()
        else:
            base = U.word_characters(self.u, self.ignore_case)
            base = self.maybe_fold(base)
        if c in (0x44, 0x53, 0x57):
            return self.complement(base), ()
        return base, ()

    def maybe_fold(self, cs):
        """MaybeSimpleCaseFolding: only with v and i."""
        if self.v and self.ignore_case:
            return U.simple_fold_set(cs)
        return cs

    def complement(self, cs):
        """CharacterComplement(rer, S) over AllCharacters(rer)."""
        if self.v and self.ignore_case:
            return U.scf_fixed_points().difference(cs)
        return cs.complement(self.max_char)

    def parse_property_escape(self, negate):
        if not self.eat(0x7B):
            self.error("Invalid property name")
        start = self.pos
        while self.peek() in _ASCII_LETTERS or self.peek() == 0x5F:
            self.pos += 1
        name = "".join(chr(x) for x in self.src[start:self.pos])
        value = None
        if self.eat(0x3D):
            vstart = self.pos
            while self.peek() in _ASCII_LETTERS or self.peek() in _DIGITS or self.peek() == 0x5F:
                self.pos += 1
            value = "".join(chr(x) for x in self.src[vstart:self.pos])
            if not value:
                self.error("Invalid property name")
        if not self.eat(0x7D) or not name:
            self.error("Invalid property name")
        if value is None and self.v and name in U.string_property_names():
            if negate:
                self.error("Invalid property name")
            chars, strings = U.string_property(name)
            if self.ignore_case:
                chars = U.simple_fold_set(chars)
                strings = tuple({C.fold_string(s) for s in strings})
            return chars, strings
        try:
            cs = U.property_set(name, value)
        except U.PropertyError:
            self.error("Invalid property name")
        cs = self.maybe_fold(cs)
        if negate:
            cs = self.complement(cs)
        return cs, ()

    def parse_legacy_octal_or_identity(self):
        """Annex B LegacyOctalEscapeSequence, or the identity escapes ``\\8`` ``\\9``."""
        c = self.src[self.pos]
        if c not in _OCTAL:
            self.pos += 1
            return c
        value = c - 0x30
        self.pos += 1
        if self.peek() in _OCTAL:
            value = value * 8 + self.src[self.pos] - 0x30
            self.pos += 1
            if c <= 0x33 and self.peek() in _OCTAL:
                value = value * 8 + self.src[self.pos] - 0x30
                self.pos += 1
        return value

    def parse_character_escape(self, in_class):
        """CharacterEscape (and, in classes, the extra ClassEscape forms); returns a code point."""
        c = self.src[self.pos]
        self.pos += 1
        if c in _CONTROL_ESCAPES:
            return _CONTROL_ESCAPES[c]
        if c == 0x63:
            if self.peek() in _ASCII_LETTERS:
                self.pos += 1
                return self.src[self.pos - 1] % 32
            if in_class and not self.u and (self.peek() in _DIGITS or self.peek() == 0x5F):
                self.pos += 1
                return self.src[self.pos - 1] % 32
            if self.u:
                self.error("Invalid unicode escape")
            self.pos -= 1       # "\" [lookahead = c]: the backslash stands for itself
            return 0x5C
        if c == 0x30 and self.peek() not in _DIGITS:
            return 0
        if c in _DIGITS:
            if self.u:
                self.error("Invalid class escape" if in_class else "Invalid decimal escape")
            self.pos -= 1
            return self.parse_legacy_octal_or_identity()
        if c == 0x78:
            if self.peek() in _HEX and self.peek(1) in _HEX:
                value = int(chr(self.src[self.pos]) + chr(self.src[self.pos + 1]), 16)
                self.pos += 2
                return value
            if self.u:
                self.error("Invalid escape")
            return c
        if c == 0x75:
            value = self.parse_unicode_escape_body(self.u)
            if value is None:
                if self.u:
                    self.error("Invalid Unicode escape")
                return c
            return value
        if self.u:
            if c in SYNTAX_CHARACTERS or c == 0x2F or (in_class and c == 0x2D):
                return c
            self.error("Invalid escape")
        if c == 0x6B and self.named_groups:
            self.error("Invalid named reference")
        return c

    def parse_unicode_escape_body(self, unicode_mode):
        """RegExpUnicodeEscapeSequence after ``\\u``; None (pos restored) if malformed."""
        start = self.pos
        if unicode_mode and self.eat(0x7B):
            digits_start = self.pos
            while self.peek() in _HEX:
                self.pos += 1
            if self.pos == digits_start or not self.eat(0x7D):
                self.pos = start
                return None
            value = int("".join(chr(x) for x in self.src[digits_start:self.pos - 1]), 16)
            if value > MAX_CODE_POINT:
                self.error("Invalid Unicode escape")
            return value
        value = self.hex4()
        if value is None:
            self.pos = start
            return None
        if unicode_mode and 0xD800 <= value <= 0xDBFF and self.peek() == 0x5C and self.peek(1) == 0x75:
            save = self.pos
            self.pos += 2
            trail = self.hex4()
            if trail is not None and 0xDC00 <= trail <= 0xDFFF:
                return 0x10000 + ((value - 0xD800) << 10) + (trail - 0xDC00)
            self.pos = save
        return value

    def hex4(self):
        if all(self.peek(k) in _HEX for k in range(4)):
            value = int("".join(chr(x) for x in self.src[self.pos:self.pos + 4]), 16)
            self.pos += 4
            return value
        return None

    # -- character classes ------------------------------------------------------
    def parse_class(self):
        self.pos += 1
        negate = self.eat(0x5E)
        if self.v:
            chars, strings, may_strings = C.parse_class_set_contents(self)
            if negate:
                if may_strings:
                    self.error("Negated character class may contain strings")
                return N.CharClass(self.complement(chars), False, self.ignore_case)
            return N.CharClass(chars, False, self.ignore_case, tuple(sorted(strings, key=len, reverse=True)))
        chars = self.parse_class_ranges()
        return N.CharClass(chars, negate, self.ignore_case)

    def parse_class_ranges(self):
        """NonemptyClassRanges (with Annex B's CharacterRangeOrUnion), up to and including ``]``."""
        ranges = []
        sets = []
        while True:
            if self.at_end():
                self.error("Unterminated character class")
            if self.eat(0x5D):
                break
            a = self.parse_class_atom()
            if self.peek() == 0x2D and self.peek(1) not in (0x5D, -1):
                self.pos += 1
                b = self.parse_class_atom()
                if isinstance(a, CharSet) or isinstance(b, CharSet):
                    if self.u:
                        self.error("Invalid character class")
                    for x in (a, b):
                        if isinstance(x, CharSet):
                            sets.append(x)
                        else:
                            ranges.append((x, x))
                    ranges.append((0x2D, 0x2D))
                    continue
                if a > b:
                    self.error("Range out of order in character class")
                ranges.append((a, b))
            elif isinstance(a, CharSet):
                sets.append(a)
            else:
                ranges.append((a, a))
        out = CharSet.from_ranges(ranges)
        for s in sets:
            out = out.union(s)
        return out

    def parse_class_atom(self):
        """ClassAtom: a code point (int) or, for a class escape, a CharSet."""
        c = self.src[self.pos]
        if c != 0x5C:
            self.pos += 1
            return c
        self.pos += 1
        if self.at_end():
            self.error("\\ at end of pattern")
        c = self.src[self.pos]
        if c == 0x62:
            self.pos += 1
            return 0x08
        if self.u and c == 0x2D:
            self.pos += 1
            return 0x2D
        if c in _CLASS_ESCAPE_LETTERS or (self.u and c in (0x70, 0x50)):
            return self.parse_character_class_escape()[0]
        if not self.u and c == 0x6B and not self.named_groups:
            self.pos += 1
            return c
        return self.parse_character_escape(in_class=True)


def parse_pattern(pattern, flags):
    """ParsePattern: https://tc39.es/ecma262/#sec-parsepattern"""
    return Parser(pattern, flags).parse()
