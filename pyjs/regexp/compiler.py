"""Compile a parsed pattern into instructions for the backtracking VM.

The instruction sequence follows the spec's matcher construction
(https://tc39.es/ecma262/#sec-compilepattern) closely:

* Disjunction -> SPLIT chains (left alternative first);
* Alternative -> terms in order, or in reverse order when direction is backward;
* capturing groups record both ends only when the group completes (OPEN keeps
  the entry position in a temporary register), so a backreference inside its
  own group sees the old value, as in the spec;
* quantifiers -> RepeatMatcher: LOOP_HEAD/LOOP_ENTER/LOOP_TAIL with a counter
  register, the capture reset of each iteration and the empty check
  ("min = 0 and y's endIndex = x's endIndex -> failure");
* a quantified single-character atom (forward) -> one STAR instruction, which
  consumes a run in one step and gives characters back one at a time: the
  same results as RepeatMatcher because such an atom has no captures and
  never matches empty.

Two instruction streams can be made from one pattern: code-unit mode (any
pattern without u/v, and u/v patterns on inputs without surrogates, where
code points and code units coincide) and code-point mode.
"""

import re
from functools import lru_cache

from . import nodes as N
from . import opcodes as O
from . import unicode as U
from .charset import MAX_CODE_POINT, MAX_CODE_UNIT, CharSet

LINE_TERMINATOR_CHARS = frozenset("\n\r\u2028\u2029")
_SMALL_SET = 256


@lru_cache(maxsize=2048)
def class_regex_source(cs):
    """A Python ``re`` character class matching exactly the BMP members of ``cs``."""
    parts = []
    for lo, hi in cs.clip(MAX_CODE_UNIT).ranges():
        if lo == hi:
            parts.append(f"\\u{lo:04x}")
        else:
            parts.append(f"\\u{lo:04x}-\\u{hi:04x}")
    if not parts:
        return "[^\\x00-\\uffff]"
    return "[" + "".join(parts) + "]"


@lru_cache(maxsize=2048)
def class_regex(cs, suffix=""):
    return re.compile(class_regex_source(cs) + suffix)


def class_chars(n, unicode_mode):
    """The characters a CharClass node matches: case closure, then the invert flag.

    CharacterSetMatcher accepts ch iff some member a has Canonicalize(a) =
    Canonicalize(ch) (xor invert); the closure turns that into membership.
    https://tc39.es/ecma262/#sec-runtime-semantics-charactersetmatcher-abstract-operation
    """
    chars = n.chars
    if n.ignore_case:
        chars = U.case_closure(chars, unicode_mode)
    if n.invert:
        chars = chars.complement(MAX_CODE_POINT if unicode_mode else MAX_CODE_UNIT)
    return chars


def dot_chars(n, unicode_mode):
    top = MAX_CODE_POINT if unicode_mode else MAX_CODE_UNIT
    if n.dot_all:
        return CharSet((0, top + 1))
    return U.LINE_TERMINATORS.complement(top)


class Program:
    """Compiled instructions plus the register layout."""

    def __init__(self, code, nregs, ncaptures):
        self.code = code
        self.nregs = nregs
        self.ncaptures = ncaptures


class Compiler:
    def __init__(self, parsed, cp_mode):
        self.parsed = parsed
        self.unicode = parsed.unicode_mode
        self.cp_mode = cp_mode
        self.code = []
        self.ncap_slots = 2 * (parsed.group_count + 1)
        self.next_reg = self.ncap_slots

    def new_reg(self):
        r = self.next_reg
        self.next_reg += 1
        return r

    def emit(self, *ins):
        self.code.append(list(ins))
        return len(self.code) - 1

    def here(self):
        return len(self.code)

    def compile(self):
        self.node(self.parsed.body, False)
        self.emit(O.MATCH)
        return Program([tuple(i) for i in self.code], self.next_reg, self.parsed.group_count + 1)

    # -- dispatch ---------------------------------------------------------------
    def node(self, n, back):
        t = type(n)
        if t is N.Char:
            self.char(n, back)
        elif t is N.Alternative:
            self.alternative(n.terms, back)
        elif t is N.Disjunction:
            self.disjunction([lambda a=a: self.node(a, back) for a in n.alternatives])
        elif t is N.CharClass:
            self.char_class(n, back)
        elif t is N.Dot:
            self.char_set(self.dot_set(n), back)
        elif t is N.Group:
            tmp = self.new_reg()
            self.emit(O.OPEN, tmp)
            self.node(n.body, back)
            self.emit(O.CLOSE_B if back else O.CLOSE, 2 * n.index, tmp)
        elif t is N.Quantifier:
            self.quantifier(n, back)
        elif t is N.Assertion:
            self.assertion(n)
        elif t is N.Look:
            look = self.emit(O.LOOK, n.behind, n.negate, None)
            self.node(n.body, n.behind)
            self.emit(O.MATCH)
            self.code[look][3] = self.here()
        elif t is N.Backref:
            canon = None
            if n.ignore_case:
                canon = U.simple_case_folding() if self.unicode else U._non_unicode_table()
            self.emit(O.BREF_B if back else O.BREF, [2 * i for i in n.indices], canon,
                      self.cp_mode)
        elif t is N.Empty:
            pass
        else:
            raise TypeError(f"unknown node {n!r}")

    def alternative(self, terms, back):
        seq = list(reversed(terms)) if back else list(terms)
        i = 0
        while i < len(seq):
            run = []
            while i < len(seq) and self.literal_code_units(seq[i]) is not None:
                run.append(seq[i])
                i += 1
            if len(run) >= 2:
                text = "".join(self.literal_code_units(c) for c in run)
                if back:
                    text = "".join(self.literal_code_units(c) for c in reversed(run))
                self.emit(O.STR_B if back else O.STR, text)
                continue
            if run:
                self.node(run[0], back)
                continue
            self.node(seq[i], back)
            i += 1

    def literal_code_units(self, n):
        """The code units of a case-sensitive literal Char usable in STR, else None."""
        if type(n) is not N.Char or n.ignore_case:
            return None
        c = n.value
        if 0xD800 <= c <= 0xDFFF:
            return chr(c) if not self.unicode else None
        if c > 0xFFFF:
            if not self.cp_mode:
                return None
            c -= 0x10000
            return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))
        return chr(c)

    def string_units(self, cps):
        """A class string as code units for STRSET, or None if it has a lone surrogate.

        The texts keep the spec's order (longest first); each match is one
        alternative of the class (https://tc39.es/ecma262/#sec-compileatom).
        """
        units = [self.literal_code_units(N.Char(c, False)) for c in cps]
        if any(u is None for u in units):
            return None
        return "".join(units)

    def disjunction(self, emitters):
        jumps = []
        for k, emit_alt in enumerate(emitters):
            if k < len(emitters) - 1:
                split = self.emit(O.SPLIT, None)
                emit_alt()
                jumps.append(self.emit(O.JMP, None))
                self.code[split][1] = self.here()
            else:
                emit_alt()
        for j in jumps:
            self.code[j][1] = self.here()

    # -- characters -------------------------------------------------------------
    def max_char(self):
        return MAX_CODE_POINT if self.unicode else MAX_CODE_UNIT

    def char(self, n, back):
        if n.ignore_case:
            members = U.case_variants(n.value, self.unicode)
            if len(members) > 1:
                self.char_set(CharSet.from_iterable(members), back)
                return
        lit = self.literal_code_units(N.Char(n.value, False))
        if lit is not None:
            if len(lit) == 1:
                self.emit(O.CHAR_B if back else O.CHAR, lit)
            else:
                self.emit(O.STR_B if back else O.STR, lit)
            return
        self.char_set(CharSet.of(n.value), back)

    def dot_set(self, n):
        return dot_chars(n, self.unicode)

    def class_chars(self, n):
        return class_chars(n, self.unicode)

    def char_class(self, n, back):
        chars = self.class_chars(n)
        if not n.strings:
            self.char_set(chars, back)
            return
        emitters = []
        texts = [self.string_units(s) for s in n.strings if s]
        if not n.ignore_case and all(t is not None for t in texts):
            table = {}
            for t in texts:
                table.setdefault(t[-1] if back else t[0], []).append(t)
            emitters.append(lambda: self.emit(O.STRSET_B if back else O.STRSET, table))
        else:
            for s in n.strings:
                if s:
                    atoms = [N.Char(c, n.ignore_case) for c in s]
                    emitters.append(lambda atoms=atoms: self.alternative(atoms, back))
        emitters.append(lambda: self.char_set(chars, back))
        if () in n.strings:
            emitters.append(lambda: None)
        self.disjunction(emitters)

    def char_set(self, cs, back):
        """Emit a CharacterSetMatcher for ``cs`` (already case-closed and inverted)."""
        if self.cp_mode:
            if cs == CharSet((0, MAX_CODE_POINT + 1)):
                self.emit(O.CP_ANY_B if back else O.CP_ANY)
            elif not cs:
                self.emit(O.FAIL)
            else:
                self.emit(O.CP_SET_B if back else O.CP_SET, cs)
            return
        cs = cs.clip(MAX_CODE_UNIT)
        size = cs.size()
        if size == 0:
            self.emit(O.FAIL)
        elif size == MAX_CODE_UNIT + 1:
            self.emit(O.ANY_B if back else O.ANY)
        elif size <= _SMALL_SET:
            if size == 1:
                self.emit(O.CHAR_B if back else O.CHAR, chr(cs.single()))
            else:
                self.emit(O.SET_IN_B if back else O.SET_IN, frozenset(map(chr, cs.code_points())))
        elif MAX_CODE_UNIT + 1 - size <= _SMALL_SET:
            out = cs.complement(MAX_CODE_UNIT)
            self.emit(O.SET_NOTIN_B if back else O.SET_NOTIN, frozenset(map(chr, out.code_points())))
        else:
            self.emit(O.SET_RX_B if back else O.SET_RX, class_regex(cs).match)

    def simple_atom_set(self, n):
        """The CharSet of a single-character atom (for STAR), or None."""
        t = type(n)
        if t is N.Char:
            if n.ignore_case:
                return CharSet.from_iterable(U.case_variants(n.value, self.unicode))
            return CharSet.of(n.value)
        if t is N.Dot:
            return self.dot_set(n)
        if t is N.CharClass and not n.strings:
            return self.class_chars(n)
        return None

    # -- assertions -------------------------------------------------------------
    def assertion(self, n):
        if n.kind == "^":
            self.emit(O.BOL, n.multiline)
        elif n.kind == "$":
            self.emit(O.EOL, n.multiline)
        else:
            words = U.word_characters(self.unicode, n.ignore_case)
            self.emit(O.WORDB, frozenset(map(chr, words.code_points())), n.kind == "\\B")

    # -- quantifiers ------------------------------------------------------------
    def quantifier(self, n, back):
        lo, hi = n.min, n.max
        if hi == 0:
            return
        if lo == 1 and hi == 1:
            self.node(n.body, back)
            return
        cs = None if back else self.simple_atom_set(n.body)
        if cs is not None:
            self.star(cs, lo, hi, n.greedy)
            return
        counter = self.new_reg()
        start = self.new_reg()
        self.emit(O.LOOP_INIT, counter)
        head = self.emit(O.LOOP_HEAD, counter, lo, hi, n.greedy, None)
        first_slot = 2 * (n.first_group + 1)
        end_slot = 2 * (n.first_group + n.group_count + 1)
        self.emit(O.LOOP_ENTER, start, first_slot, end_slot)
        self.node(n.body, back)
        self.emit(O.LOOP_TAIL, counter, start, lo, head)
        self.code[head][5] = self.here()

    def star(self, cs, lo, hi, greedy):
        pc = self.here()
        if self.cp_mode:
            if cs == CharSet((0, MAX_CODE_POINT + 1)):
                kind, arg = O.K_CP_ANY, None
            else:
                kind, arg = O.K_CP, cs
        else:
            cs = cs.clip(MAX_CODE_UNIT)
            if cs.size() == MAX_CODE_UNIT + 1:
                kind, arg = O.K_ANY, None
            else:
                kind, arg = O.K_RX, (class_regex(cs, "*"), class_regex(cs))
        self.emit(O.STAR, kind, arg, lo, hi, greedy, None, pc)


def compile_program(parsed, cp_mode):
    program = Compiler(parsed, cp_mode).compile()
    _resolve_hints(program.code)
    return program


def _resolve_hints(code):
    """Give each greedy STAR the literal code unit that must follow it, if any.

    A STAR always continues at the next instruction; if that is a literal, the
    VM gives characters back straight to the previous occurrence of its first
    code unit (``str.rfind``) instead of one at a time.
    """
    for i, ins in enumerate(code):
        if ins[0] == O.STAR and ins[5]:
            nxt = code[i + 1]
            hint = None
            if nxt[0] == O.CHAR:
                hint = nxt[1]
            elif nxt[0] == O.STR and not ("\ud800" <= nxt[1][0] <= "\udfff"):
                hint = nxt[1][0]
            code[i] = ins[:6] + (hint,) + ins[7:]
