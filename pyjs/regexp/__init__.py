"""pyjs.regexp: ECMAScript regular expressions with exact JavaScript semantics.

API (strings are Python ``str`` of UTF-16 code units, indices count code units)::

    prog = compile_regexp(pattern, flags)    # RegExpSyntaxError(message) on early errors
    prog.group_count                         # number of capturing groups
    prog.group_names                         # [None, name-or-None for group 1, ...]
    prog.match(s, index, budget=None)        # anchored at index, or None
    prog.search(s, index, budget=None)       # first match at or after index, or None
    regexp_escape(s)                         # RegExp.escape

A successful match is a list with one entry per group (entry 0 is the whole
match): ``(start, end)``, or None for a group that did not participate.

``budget`` is an object with ``tick(n)``, or a callable taking ``n``; it is
called every few thousand backtracking steps with the steps done since the
last call, and may raise to abort the match (the exception propagates).

Modules: ``parser`` (grammar and early errors; ``classes`` for the v flag's
set notation), ``unicode`` (properties, Canonicalize, generated tables in
``_unicode_data``), ``compiler`` (matcher construction), ``vm`` (backtracking
interpreter), ``pyre`` (translation to Python's ``re``), ``codepoints`` (code
point strings and index maps for it), ``analysis`` (search prefilters),
``escape``.

With u or v, matching is by code points; for inputs with no surrogate code
units that is identical to matching by code units, so such inputs use the
code-unit instruction stream and only inputs containing surrogates pay for
code point decoding.  Patterns that ``pyre`` translates run on Python's
``re`` instead of the VM: over the input itself, or with u/v over its code
point string (``codepoints``), with indices mapped back to code units.

Where V8 (Node 20) and the specification differ, this follows the spec:
u/v matches never start between the halves of a surrogate pair (V8 tries
such positions for empty matches), v-flag operands are case folded before
set operations (``/[\\p{Lu}--K]/vi`` does not match "k"), and
``\\p{sc=Hrkt}`` (listed in PropertyValueAliases.txt) is accepted.
"""

import re

from . import analysis, pyre
from .charset import MAX_CODE_UNIT, CharSet
from .codepoints import code_point_text
from .compiler import class_regex, compile_program
from .escape import regexp_escape
from .parser import RegExpSyntaxError, parse_pattern, validate_flags
from .vm import make_matcher

__all__ = ["compile_regexp", "note_valid", "RegExpSyntaxError", "RegExpProgram", "regexp_escape"]

_SURROGATE = re.compile("[\ud800-\udfff]")
# Worst-case steps (FastPattern's cost units) allowed for one uninterruptible call into
# Python's re under a budget: on quadratic and cubic worst cases re takes 0.1-3 ns a unit,
# so this keeps a call (which Ctrl-C or a deadline cannot stop) well under 0.1 s.
FAST_PATH_LIMIT = 20_000_000
_UNSET = object()

# re's span of a group that did not participate -> None, any other span -> itself:
# ``list(map(_SPAN, regs, regs))`` converts a match's ``regs`` without a Python loop
_SPAN = {(-1, -1): None}.get


def _afford(fast, cost, budget):
    """Whether the ``re`` translation ``fast`` may do up to ``cost`` under ``budget``; if
    so, that work, scaled down to steps, is charged to the budget first."""
    if budget is None:
        return True
    if not fast.budget_safe or cost > FAST_PATH_LIMIT:
        return False
    _tick_function(budget)(1 + cost // 64)
    return True


def _tick_function(budget):
    if budget is None:
        return None
    tick = getattr(budget, "tick", None)
    if tick is not None:
        return tick
    if callable(budget):
        return budget
    raise TypeError("budget must have a tick(n) method or be callable")


class RegExpProgram:
    """A checked pattern: the spec's matcher plus the data RegExpBuiltinExec needs.

    Construction parses (which finds every early error and the groups); the
    matcher (``compile_program``) and the search prefilters (``analysis``) are
    built on first use: a bundle's top level creates many RegExp literals that
    run later or never, and most patterns match through Python's ``re``
    (``pyre``) without ever needing the VM program.  A pattern already known to
    be valid (see :func:`note_valid`) is not even parsed until it first runs,
    unless it may have named groups (``named_groups`` is needed up front).
    """

    #: Whether match/search may use the Python ``re`` translation (tests turn it off).
    fast_path_enabled = True

    def __init__(self, pattern, flags, parsed):
        self.pattern = pattern
        self.flags = flags
        if parsed is not None:
            self._adopt(parsed)
        else:
            self.named_groups = None
        self._programs = {}
        self._last_string = None
        self._last_has_surrogates = False
        self._first_rx = {}
        self._fast = _UNSET
        self._matcher_key = None
        self._matcher_string = None
        self._matcher = None

    def _adopt(self, parsed):
        self.parsed = parsed
        self.group_count = parsed.group_count
        self.group_names = list(parsed.group_names)
        #: group_names, or None when no group has a name (a RegExp's ``groups`` is then undefined)
        self.named_groups = self.group_names if any(self.group_names) else None
        self.unicode = parsed.unicode_mode

    def __getattr__(self, attr):
        # only reached while the pattern is not parsed or the prefilters not computed yet
        if attr in ("parsed", "group_count", "group_names", "unicode"):
            try:
                self._adopt(parse_pattern(self.pattern, validate_flags(self.flags)))
            except RecursionError:
                raise RegExpSyntaxError("Regular expression too large") from None
            return self.__dict__[attr]
        if attr in ("_prefix", "_anchored", "_first"):
            self._prefix = analysis.literal_prefix(self.parsed)
            self._anchored = analysis.anchored_at_start(self.parsed)
            self._first = analysis.first_chars(self.parsed)
            return self.__dict__[attr]
        raise AttributeError(attr)

    def __repr__(self):
        return f"<RegExpProgram /{self.pattern}/{self.flags}>"

    def _code_point_mode(self, s):
        if not self.unicode:
            return False
        if s is not self._last_string:
            self._last_string = s
            self._last_has_surrogates = _SURROGATE.search(s) is not None
        return self._last_has_surrogates

    def _program(self, cp_mode):
        prog = self._programs.get(cp_mode)
        if prog is None:
            prog = self._programs[cp_mode] = compile_program(self.parsed, cp_mode)
        return prog

    def _attempt_function(self, s, cp_mode, budget):
        """The VM matcher for this input, reused across calls on the same string.

        Builtins such as @@split call the matcher at many indices of one
        string; building the closures once per string keeps that cheap.
        """
        key = (cp_mode, budget)
        if self._matcher is not None and self._matcher_key == key and self._matcher_string is s:
            return self._matcher
        attempt = make_matcher(self._program(cp_mode), s, _tick_function(budget))
        self._matcher_key = key
        self._matcher_string = s
        self._matcher = attempt
        return attempt

    def _result(self, regs):
        if regs is None:
            return None
        out = []
        for i in range(self.group_count + 1):
            end = regs[2 * i + 1]
            out.append(None if end == -1 else (regs[2 * i], end))
        return out

    def _fast_pattern(self):
        if self._fast is _UNSET:
            self._fast = pyre.translate(self.parsed)
        return self._fast if self.fast_path_enabled else None

    def _fast_result(self, m, text):
        if m is None:
            return None
        if text is None or not text.has_astral:
            return [None if m.start(i) < 0 else m.span(i) for i in range(self.group_count + 1)]
        unit = text.to_code_unit
        start, end = m.span()
        start_unit = unit(start)
        spans = [(start_unit, start_unit if end == start else unit(end))]
        for i in range(1, self.group_count + 1):
            a, b = m.span(i)
            spans.append(None if a < 0 else (unit(a), unit(b)))
        return spans

    def _try_fast(self, s, index, budget, scanning, cp_mode):
        """Run the ``re`` translation if allowed; returns (done, result).

        Allowed when the pattern is translatable and (with a budget) its cost
        bound is sound and the worst-case work is below FAST_PATH_LIMIT; that work, scaled down, is
        charged to the budget.  In code point mode the translation runs on
        the code point string of ``s`` (``index`` must not split a surrogate
        pair), where a search tries the same start positions as the VM's
        code point by code point scan.
        """
        fast = self._fast_pattern()
        if fast is None:
            return False, None
        text = None
        if cp_mode:
            text = code_point_text(s)
            s = text.text
            index = text.to_code_point(index)
        if budget is not None:
            length = len(s) - index
            cost = fast.search_cost(length) if scanning else fast.attempt_cost(length)
            if not _afford(fast, cost, budget):
                return False, None
        m = fast.regex.search(s, index) if scanning else fast.regex.match(s, index)
        return True, self._fast_result(m, text)

    def match(self, s, index, budget=None):
        """The matcher at exactly ``index`` (what RegExpBuiltinExec calls per position).

        With u/v, an ``index`` between the halves of a surrogate pair stands for
        the code point containing it (the spec's "character that was obtained
        from element lastIndex"), so matching starts at the pair's first half.
        """
        if index > len(s) or index < 0:
            return None
        if not self.unicode:
            # The common case of _try_fast: code units.
            fast = self._fast if self._fast is not _UNSET else self._fast_pattern()
            if fast is not None and self.fast_path_enabled and (
                    budget is None or _afford(fast, fast.attempt_cost(len(s) - index), budget)):
                m = fast.regex.match(s, index)
                return None if m is None else list(map(_SPAN, m.regs, m.regs))
        cp_mode = self._code_point_mode(s)
        if cp_mode:
            index = _code_point_start(s, index)
        done, result = self._try_fast(s, index, budget, False, cp_mode)
        if done:
            return result
        return self._result(self._attempt_function(s, cp_mode, budget)(index))

    def search(self, s, index, budget=None):
        """First match starting at ``index`` or later, trying positions in order.

        Equivalent to calling ``match`` at index, index+1, ... (advancing by
        code points with u/v, as AdvanceStringIndex does), but skips positions
        where no match can start.
        """
        n = len(s)
        if index > n or index < 0:
            return None
        if not self.unicode and not self._anchored:
            fast = self._fast if self._fast is not _UNSET else self._fast_pattern()
            if fast is not None and self.fast_path_enabled and (
                    budget is None or _afford(fast, fast.search_cost(n - index), budget)):
                m = fast.regex.search(s, index)
                return None if m is None else list(map(_SPAN, m.regs, m.regs))
        cp_mode = self._code_point_mode(s)
        if cp_mode:
            index = _code_point_start(s, index)
        if self._anchored:
            return self.match(s, index, budget) if index == 0 else None
        done, result = self._try_fast(s, index, budget, True, cp_mode)
        if done:
            return result
        attempt = self._position_matcher(s, index, budget, cp_mode)
        prefix = self._prefix
        first = self._first_regex(cp_mode) if len(prefix) < 2 else None
        pos = index
        while pos <= n:
            if prefix:
                pos = s.find(prefix, pos)
                if pos < 0:
                    return None
            elif first is not None:
                m = first.search(s, pos)
                if m is None:
                    return None
                pos = m.start()
                if cp_mode and pos > 0 and _is_pair(s, pos - 1):
                    pos += 1
                    continue
            spans = attempt(pos)
            if spans is not None:
                return spans
            if cp_mode and _is_pair(s, pos):
                pos += 2
            else:
                pos += 1
        return None

    def _position_matcher(self, s, index, budget, cp_mode):
        """The attempt at one start position (its spans or None) for a search from ``index``
        that one ``re`` call cannot afford: under a budget, the translation anchored at
        the position if one such attempt is affordable (each is charged, so the budget
        sees the search progress and can stop it), else the VM."""
        fast = None if cp_mode or budget is None else self._fast_pattern()
        if fast is not None and fast.budget_safe:
            cost = fast.attempt_cost(len(s) - index)
            if cost <= FAST_PATH_LIMIT:
                tick = _tick_function(budget)
                steps = 1 + cost // 64
                match = fast.regex.match

                def attempt(pos):
                    tick(steps)
                    m = match(s, pos)
                    return None if m is None else list(map(_SPAN, m.regs, m.regs))
                return attempt
        vm_attempt = self._attempt_function(s, cp_mode, budget)
        return lambda pos: self._result(vm_attempt(pos))

    def _whole_string_pattern(self, s, budget):
        """The ``re`` translation for a loop over all of ``s`` by code units, when there is one
        and ``budget`` affords the whole loop at once (its cost is charged); else None."""
        if self.unicode or not self.fast_path_enabled:
            return None
        fast = self._fast if self._fast is not _UNSET else self._fast_pattern()
        if fast is None or budget is not None and not _afford(fast, fast.search_cost(len(s)), budget):
            return None
        return fast

    def can_match_empty(self):
        """Whether a match may be empty (True when unsure)."""
        return self._first is None

    def all_matches(self, s, budget=None):
        """Every match of a global, non-sticky search loop from index 0, or None if not available here.

        The loop of @@match/@@replace: search from lastIndex, continue at the
        match's end, or one code unit further after an empty match.  Only for
        patterns that run on ``re`` by code units, within ``budget`` (see
        _whole_string_pattern); others return None and the caller loops itself.
        """
        fast = self._whole_string_pattern(s, budget)
        if fast is None:
            return None
        search = fast.regex.search
        found = []
        pos = 0
        n = len(s)
        while pos <= n:
            m = search(s, pos)
            if m is None:
                break
            regs = m.regs
            found.append(list(map(_SPAN, regs, regs)))
            start, pos = regs[0]
            if start == pos:
                pos += 1
        return found

    def replace_all(self, s, template, budget=None):
        """(result, count): every match of a global search loop replaced by ``template``
        as is, or None if not available here.

        Only for patterns ``re`` runs by code units within ``budget`` (as all_matches)
        and that cannot match the empty string (they have a first-character set):
        the loop then continues at each match's end, which is exactly how ``re.subn`` scans.
        """
        if self.unicode or self._first is None:
            return None
        fast = self._whole_string_pattern(s, budget)
        if fast is None:
            return None
        return fast.regex.subn(template.replace("\\", "\\\\"), s)

    def last_match(self, s):
        """The spans of the last match of a global search loop over ``s`` (one that
        ``replace_all`` replaced: there is one, and none is empty)."""
        last = None
        pos = 0
        while (spans := self.search(s, pos)) is not None:
            last = spans
            pos = spans[0][1]
        return last

    def _first_regex(self, cp_mode):
        if self._first is None:
            return None
        rx = self._first_rx.get(cp_mode)
        if rx is None:
            cs = self._first
            if cp_mode and cs.r and cs.r[-1] > MAX_CODE_UNIT + 1:
                cs = cs.union(CharSet((0xD800, 0xDC00)))
            rx = self._first_rx[cp_mode] = class_regex(cs.clip(MAX_CODE_UNIT))
        return rx


def _is_pair(s, i):
    return (i + 1 < len(s) and "\ud800" <= s[i] <= "\udbff" and "\udc00" <= s[i + 1] <= "\udfff")


def _code_point_start(s, index):
    if 0 < index < len(s) and _is_pair(s, index - 1):
        return index - 1
    return index


_CACHE = {}
_CACHE_LIMIT = 512
# (pattern, flags) pairs known to have no early error, see note_valid
_VALID = set()
_VALID_LIMIT = 100_000


def note_valid(pairs):
    """Record (pattern, flags) pairs that passed :func:`compile_regexp` before: the
    RegExp literals of a source the parser checked (``pyjs.parser.cache`` notes
    those of a tree it loads, which was checked when it was stored, by this same
    code: the cache key covers this package).  Compiling one of them later skips
    the parse until the pattern runs: a bundle's top level makes many literals."""
    if len(_VALID) > _VALID_LIMIT:
        _VALID.clear()
    _VALID.update(pairs)


def _may_name_groups(pattern):
    """Could ``pattern`` have a named group?  (Only with "(?<" not followed by = or !.)"""
    i = pattern.find("(?<")
    while i >= 0:
        if pattern[i + 3:i + 4] not in ("=", "!"):
            return True
        i = pattern.find("(?<", i + 3)
    return False


def compile_regexp(pattern, flags=""):
    """Parse and check ``pattern`` with ``flags``; raise RegExpSyntaxError on an early error.

    Compiled programs are cached by (pattern, flags).
    https://tc39.es/ecma262/#sec-regexpinitialize
    """
    key = (pattern, flags)
    prog = _CACHE.get(key)
    if prog is not None:
        return prog
    if key in _VALID and not _may_name_groups(pattern):
        prog = RegExpProgram(pattern, flags, None)
    else:
        flag_set = validate_flags(flags)
        try:
            parsed = parse_pattern(pattern, flag_set)
            prog = RegExpProgram(pattern, flags, parsed)
        except RecursionError:
            raise RegExpSyntaxError("Regular expression too large") from None
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[key] = prog
    return prog
