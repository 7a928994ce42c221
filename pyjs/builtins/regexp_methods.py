"""RegExp.prototype[@@match / @@matchAll / @@replace / @@search / @@split] and
%RegExpStringIteratorPrototype% (ECMA-262 §22.2.6, §22.2.9).

https://tc39.es/ecma262/#sec-properties-of-the-regexp-prototype-object

Each method follows its spec algorithm through Get/RegExpExec, which lets
subclasses and user ``exec`` methods observe every step.  When the receiver
(or, for @@split, the splitter) is pristine (regexp_exec.is_pristine), the
``flags`` and ``exec`` lookups reach the original builtins, so the methods
skip them and the match arrays nobody can see, and work on capture spans;
every step that can run user code (ToString of arguments, ToLength of
lastIndex, the species constructor, replacer callbacks) still happens, in
the spec's order.
"""
from ..interp.ops import (is_callable, length_of_array_like, same_value, species_constructor,
                          to_integer_or_infinity, to_object, to_string, to_uint32, create_iter_result)
from ..interp.values import (ACCESSOR, CONFIGURABLE, WELL_KNOWN_SYMBOLS, WRITABLE, JSObject, Prop,
                             SYM_SPECIES, SYM_TO_STRING_TAG, null, type_error)
from ._helpers import arg, method
from .regexp import FLAG_PROPERTIES, regexp_create
from ..interp.agent import state
from .regexp_exec import (STEP_BUDGET, advance_string_index, get_last_index_length, invalidate_legacy_statics,
                          is_pristine, make_groups_object, matcher_budget, originals_hold, regexp_builtin_exec,
                          regexp_builtin_match, regexp_exec, set_last_index)
from .string_ops import check_string_length, get_substitution

SYM_MATCH = WELL_KNOWN_SYMBOLS["match"]
SYM_MATCH_ALL = WELL_KNOWN_SYMBOLS["matchAll"]
SYM_REPLACE = WELL_KNOWN_SYMBOLS["replace"]
SYM_SEARCH = WELL_KNOWN_SYMBOLS["search"]
SYM_SPLIT = WELL_KNOWN_SYMBOLS["split"]

_MAX_UINT32 = 4294967295


def _this_object(this, name):
    """Steps 1-2 of every method here: the this value must be an Object."""
    if not isinstance(this, JSObject):
        raise type_error(f"RegExp.prototype[{name}] called on a non-object")
    return this


def _canonical_flags(rx):
    """What the original flags getter returns for a pristine RegExp: [[OriginalFlags]] in "dgimsuvy" order."""
    flags = rx.flags
    return "".join(letter for letter, _ in FLAG_PROPERTIES if letter in flags)


def _get_flags(rx, proto):
    """ToString(? Get(rx, "flags")), without the eight getter calls when rx is pristine."""
    if is_pristine(rx, proto):
        return _canonical_flags(rx)
    return to_string(rx.get("flags", rx))


def _advance_after_empty_match(rx, s, full_unicode):
    """The shared step of @@match, @@replace and the matchAll iterator after an empty match:
    move lastIndex past it (Get, ToLength, AdvanceStringIndex, Set)."""
    this_index = get_last_index_length(rx)
    set_last_index(rx, float(advance_string_index(s, this_index, full_unicode)))


def _all_match_spans(rx, s):
    """The matching loop of @@match/@@replace for a pristine global rx: spans of every match."""
    set_last_index(rx, 0.0)
    if not rx.sticky:
        # The whole loop in the matcher; nothing can observe lastIndex meanwhile, and
        # the final failing RegExpBuiltinExec leaves it at 0 (it is writable: set above).
        found = rx.prog.all_matches(s, matcher_budget())
        if found is not None:
            if found:
                if rx.legacy is not None:
                    rx.legacy.update(s, found[-1])
                else:
                    invalidate_legacy_statics()
            return found
    found = []
    full_unicode = rx.full_unicode
    while True:
        spans = regexp_builtin_match(rx, s)
        if spans is None:
            return found
        found.append(spans)
        start, end = spans[0]
        if start == end:
            _advance_after_empty_match(rx, s, full_unicode)


def setup_symbol_methods(realm, proto):
    regexp_ctor = realm.intrinsics["%RegExp%"]

    @method(realm, proto, SYM_MATCH, 1)
    def match(this, args):
        """RegExp.prototype[@@match] (https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.match%)."""
        rx = _this_object(this, "Symbol.match")
        s = to_string(arg(args, 0))
        if is_pristine(rx, proto):
            if not rx.global_:
                return regexp_builtin_exec(rx, s)
            found = _all_match_spans(rx, s)
            if not found:
                return null
            return realm.new_array([s[spans[0][0]:spans[0][1]] for spans in found])
        flags = to_string(rx.get("flags", rx))
        if "g" not in flags:
            return regexp_exec(rx, s)
        full_unicode = "u" in flags or "v" in flags
        set_last_index(rx, 0.0)
        a = []
        while True:
            result = regexp_exec(rx, s)
            if result is null:
                return realm.new_array(a) if a else null
            match_str = to_string(result.get("0", result))
            a.append(match_str)
            if match_str == "":
                _advance_after_empty_match(rx, s, full_unicode)

    @method(realm, proto, SYM_MATCH_ALL, 1)
    def match_all(this, args):
        """RegExp.prototype[@@matchAll] (https://tc39.es/ecma262/#sec-regexp-prototype-%symbol.matchall%)."""
        r = _this_object(this, "Symbol.matchAll")
        s = to_string(arg(args, 0))
        c = species_constructor(r, regexp_ctor)
        flags = to_string(r.get("flags", r))
        matcher = c.construct([r, flags], c)
        last_index = get_last_index_length(r)
        set_last_index(matcher, float(last_index))
        return RegExpStringIterator(iterator_proto, matcher, s, "g" in flags, "u" in flags or "v" in flags)

    @method(realm, proto, SYM_REPLACE, 2)
    def replace(this, args):
        """RegExp.prototype[@@replace] (https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.replace%)."""
        if len(args) == 2 and type(args[0]) is str and type(args[1]) is str and is_pristine(this, proto):
            return replace_pristine(this, args[0], args[1], False)     # steps 1-6 convert nothing
        rx = _this_object(this, "Symbol.replace")
        s = to_string(arg(args, 0))
        replace_value = arg(args, 1)
        functional_replace = is_callable(replace_value)
        if not functional_replace:
            replace_value = to_string(replace_value)
        if is_pristine(rx, proto):
            return replace_pristine(rx, s, replace_value, functional_replace)
        flags = to_string(rx.get("flags", rx))
        global_ = "g" in flags
        if global_:
            full_unicode = "u" in flags or "v" in flags
            set_last_index(rx, 0.0)
        results = []
        while True:
            result = regexp_exec(rx, s)
            if result is null:
                break
            results.append(result)
            if not global_:
                break
            match_str = to_string(result.get("0", result))
            if match_str == "":
                _advance_after_empty_match(rx, s, full_unicode)
        return _accumulate(s, _read_results(results, len(s)), replace_value, functional_replace)

    @method(realm, proto, SYM_SEARCH, 1)
    def search(this, args):
        """RegExp.prototype[@@search] (https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.search%)."""
        rx = _this_object(this, "Symbol.search")
        s = to_string(arg(args, 0))
        previous_last_index = rx.get("lastIndex", rx)
        if not same_value(previous_last_index, 0.0):
            set_last_index(rx, 0.0)
        if is_pristine(rx, proto):
            spans = regexp_builtin_match(rx, s)
            result = null if spans is None else float(spans[0][0])
        else:
            result = regexp_exec(rx, s)
        current_last_index = rx.get("lastIndex", rx)
        if not same_value(current_last_index, previous_last_index):
            set_last_index(rx, previous_last_index)
        if result is null:
            return -1.0
        if type(result) is float:
            return result
        return result.get("index", result)

    original_species = regexp_ctor.props[SYM_SPECIES]
    original_species_getter = original_species.getter

    def splitter_unobservable(rx):
        """Whether steps 4-10 of @@split, making the splitter, can run no user code.

        True for a pristine rx with no own property but lastIndex, when
        SpeciesConstructor finds %RegExp% through the original ``constructor``
        and @@species, and IsRegExp's Get(rx, @@match) finds no getter: the
        splitter is then a fresh %RegExp% instance with rx's source and flags
        plus "y", which the pristine loop only uses for its matcher (rx's own
        matches the same) and its legacy statics.
        """
        if len(rx.props) != 1 or not is_pristine(rx, proto):
            return False
        props = proto.props
        c = props.get("constructor")
        if type(c) is not Prop or c.flags & ACCESSOR or c.value is not regexp_ctor:
            return False
        species = regexp_ctor.props.get(SYM_SPECIES)
        if species is not original_species or species.getter is not original_species_getter:
            return False
        m = props.get(SYM_MATCH)
        return type(m) is not Prop or not m.flags & ACCESSOR

    @method(realm, proto, SYM_SPLIT, 2)
    def split(this, args):
        """RegExp.prototype[@@split] (https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.split%)."""
        rx = _this_object(this, "Symbol.split")
        s = to_string(arg(args, 0))
        limit = arg(args, 1)
        if s and splitter_unobservable(rx):
            lim = _MAX_UINT32 if limit is None else to_uint32(limit)
            if lim == 0:
                return realm.new_array([])
            return realm.new_array(_split_pristine(rx.prog, s, lim, rx.full_unicode, None, realm.regexp_legacy))
        c = species_constructor(rx, regexp_ctor)
        flags = _get_flags(rx, proto)
        unicode_matching = "u" in flags or "v" in flags
        new_flags = flags if "y" in flags else flags + "y"
        splitter = c.construct([rx, new_flags], c)
        lim = _MAX_UINT32 if limit is None else to_uint32(limit)
        if lim == 0:
            return realm.new_array([])
        size = len(s)
        if size == 0:
            z = regexp_exec(splitter, s)
            return realm.new_array([] if z is not null else [s])
        if is_pristine(splitter, proto) and splitter.props["lastIndex"].flags & WRITABLE:
            return realm.new_array(_split_pristine(splitter.prog, s, lim, unicode_matching, splitter,
                                                   splitter.legacy))
        a = []
        p = q = 0
        while q < size:
            set_last_index(splitter, float(q))
            z = regexp_exec(splitter, s)
            if z is null:
                q = advance_string_index(s, q, unicode_matching)
                continue
            e = min(get_last_index_length(splitter), size)
            if e == p:
                q = advance_string_index(s, q, unicode_matching)
                continue
            a.append(s[p:q])
            if len(a) == lim:
                return realm.new_array(a)
            p = e
            number_of_captures = max(length_of_array_like(z) - 1, 0)
            for i in range(1, number_of_captures + 1):
                a.append(z.get(str(i), z))
                if len(a) == lim:
                    return realm.new_array(a)
            q = p
        a.append(s[p:])
        return realm.new_array(a)

    iterator_proto = _setup_string_iterator(realm)


def _read_result(result, length_s):
    """Steps 15.a-j of @@replace for one match result: (matched, position, captures, namedCaptures)."""
    result_length = length_of_array_like(result)
    n_captures = max(result_length - 1, 0)
    matched = to_string(result.get("0", result))
    position = to_integer_or_infinity(result.get("index", result))
    position = int(max(min(position, length_s), 0))
    captures = []
    for n in range(1, n_captures + 1):
        cap_n = result.get(str(n), result)
        if cap_n is not None:
            cap_n = to_string(cap_n)
        captures.append(cap_n)
    named_captures = result.get("groups", result)
    return matched, position, captures, named_captures


def _read_results(results, length_s):
    """Each result is read just before its replacement is computed, as the spec interleaves them."""
    for result in results:
        yield _read_result(result, length_s)


def _accumulate(s, matches, replace_value, functional_replace):
    """Steps 13-17 of @@replace: the replacements spliced into s.

    ``matches`` yields (matched, position, captures, namedCaptures) per result.
    """
    accumulated = []
    total = 0
    next_source_position = 0
    for matched, position, captures, named_captures in matches:
        if functional_replace:
            replacer_args = [matched, *captures, float(position), s]
            if named_captures is not None:
                replacer_args.append(named_captures)
            replacement = to_string(replace_value.call(None, replacer_args))
        else:
            if named_captures is not None:
                named_captures = to_object(named_captures)
            replacement = get_substitution(matched, s, position, captures, named_captures, replace_value)
        if position >= next_source_position:
            accumulated.append(s[next_source_position:position])
            accumulated.append(replacement)
            total += position - next_source_position + len(replacement)
            check_string_length(total)
            next_source_position = position + len(matched)
    if next_source_position < len(s):
        accumulated.append(s[next_source_position:])
    return "".join(accumulated)


def _replace_all_at_once(rx, s, template):
    """A global, non-sticky replace by a template without ``$`` in one ``re.subn``, when
    the matcher can (see RegExpProgram.replace_all); else None.  The observable effects
    are the search loop's: lastIndex 0, and the legacy statics of its last match."""
    last_index = rx.props["lastIndex"]
    if last_index.flags & WRITABLE:
        last_index.value = 0.0
    else:
        set_last_index(rx, 0.0)     # throws
    replaced = rx.prog.replace_all(s, template, STEP_BUDGET if state.budget is not None else None)
    if replaced is None:
        return None
    result, count = replaced
    if count:
        if rx.legacy is not None:
            rx.legacy.update_last_match(s, rx.prog)
        else:
            invalidate_legacy_statics()
        check_string_length(len(result))
    return result


class LiteralReplace:
    """``s.replace(/literal/flags, template)`` with a String ``s`` and template, at one
    call site of generated code (BuiltinCallGenerator, METHODS["replace"]), where the
    call's callee is the running realm's String.prototype.replace.

    The RegExp the literal evaluates to is new (no own property but lastIndex, 0),
    and while that realm's %RegExp.prototype% holds its original methods it is
    pristine (regexp_exec.is_pristine), so replace comes to replace_pristine, which
    neither calls JS code nor keeps or returns the RegExp: no code can ever see it.
    One RegExp per realm then stands for all of them, its lastIndex set back to 0
    as a new one's is.  None when the methods were changed: the caller then makes
    the RegExp and calls replace."""

    __slots__ = ("pattern", "flags", "realm", "rx")

    def __init__(self, pattern, flags):
        self.pattern, self.flags = pattern, flags
        self.realm = self.rx = None

    def replace(self, s, template, realm):
        original = realm.original_regexp_methods
        if original is None or not originals_hold(original.proto):
            return None
        if self.realm is realm:
            rx = self.rx
            rx.props["lastIndex"].value = 0.0
        else:
            rx = self.rx = regexp_create(realm, self.pattern, self.flags)
            self.realm = realm
        return replace_pristine(rx, s, template, False)


def replace_pristine(rx, s, replace_value, functional_replace):
    """@@replace from step 7 on for a pristine rx: the same matches, read from capture spans."""
    if rx.global_ and not rx.sticky and not functional_replace and "$" not in replace_value:
        replaced = _replace_all_at_once(rx, s, replace_value)
        if replaced is not None:
            return replaced
    if rx.global_:
        found = _all_match_spans(rx, s)
    else:
        spans = regexp_builtin_match(rx, s)
        found = [] if spans is None else [spans]
    if not found:
        return s
    if not functional_replace and "$" not in replace_value:
        # GetSubstitution returns the template itself: splice it in (steps 14-16 of @@replace).
        accumulated = []
        total = 0
        next_source_position = 0
        for spans in found:
            position, end = spans[0]
            if position >= next_source_position:
                accumulated.append(s[next_source_position:position])
                accumulated.append(replace_value)
                total += position - next_source_position + len(replace_value)
                next_source_position = end
        check_string_length(total)
        if next_source_position < len(s):
            accumulated.append(s[next_source_position:])
        return "".join(accumulated)
    names = rx.group_names
    if names is not None and not functional_replace and "$<" not in replace_value:
        names = None        # GetSubstitution would not look at the groups object

    def matches():
        for spans in found:
            values = [None if span is None else s[span[0]:span[1]] for span in spans]
            groups = make_groups_object(names, values)[0] if names is not None else None
            yield values[0], spans[0][0], values[1:], groups

    return _accumulate(s, matches(), replace_value, functional_replace)


def _split_pristine(prog, s, lim, unicode_matching, splitter, legacy):
    """The loop of @@split (steps 17-22) for a pristine splitter, with one search per piece.

    The spec sets lastIndex to q and runs the sticky splitter at q, q+1, ...
    until a match; searching from q finds the same first match.  Nothing
    observes lastIndex meanwhile, so it is set once at the end to the value
    the last exec would have left (0 after a failure, else the match end),
    and the legacy statics get the last successful match.  ``splitter`` is
    None when it was never made (nothing could see it): ``prog`` is then the
    original RegExp's matcher and ``legacy`` the statics the splitter would have.
    """
    search = _split_search(prog, s)
    size = len(s)
    a = []
    p = q = 0
    final_last_index = 0.0
    last_spans = None
    try:
        while q < size:
            spans = search(q)
            if spans is None or spans[0][0] >= size:
                final_last_index = 0.0
                break
            q, e = spans[0]
            last_spans = spans
            final_last_index = float(e)
            e = min(e, size)
            if e == p:
                q = advance_string_index(s, q, unicode_matching)
                continue
            a.append(s[p:q])
            if len(a) == lim:
                return a
            p = e
            for span in spans[1:]:
                a.append(None if span is None else s[span[0]:span[1]])
                if len(a) == lim:
                    return a
            q = p
        a.append(s[p:])
        return a
    finally:
        if splitter is not None:
            splitter.props["lastIndex"].value = final_last_index
        if last_spans is not None and legacy is not None:
            legacy.update(s, last_spans)


def _split_search(prog, s):
    """The search from q of _split_pristine's loop.  For a pattern that cannot match the empty
    string, the loop searches from 0 and then from each match's end, as a global search loop
    does: its matches then come from the matcher all at once (RegExpProgram.all_matches)."""
    budget = matcher_budget()
    found = None if prog.can_match_empty() else prog.all_matches(s, budget)
    if found is None:
        return lambda q: prog.search(s, q, budget)
    following = iter(found)
    return lambda q: next(following, None)


class RegExpStringIterator(JSObject):
    """A RegExp String Iterator (https://tc39.es/ecma262/#sec-createregexpstringiterator).

    The spec defines it as a generator closure; its state is kept here
    explicitly.  As with a generator, an exception thrown while producing a
    value finishes the iterator.
    """

    __slots__ = ("iterating_regexp", "iterated_string", "global_", "unicode", "done")
    class_name = "RegExp String Iterator"

    def __init__(self, proto, regexp, string, global_, unicode):
        super().__init__(proto)
        self.iterating_regexp = regexp
        self.iterated_string = string
        self.global_ = global_
        self.unicode = unicode
        self.done = False


def _setup_string_iterator(realm):
    """%RegExpStringIteratorPrototype% (https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%-object)."""
    iterator_proto = JSObject(realm.intrinsics["%IteratorPrototype%"])
    realm.intrinsics["%RegExpStringIteratorPrototype%"] = iterator_proto
    iterator_proto.props[SYM_TO_STRING_TAG] = Prop("RegExp String Iterator", CONFIGURABLE)

    @method(realm, iterator_proto, "next", 0)
    def next_(this, args):
        """%RegExpStringIteratorPrototype%.next (https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%.next)."""
        if not isinstance(this, RegExpStringIterator):
            raise type_error("%RegExpStringIterator%.next called on an incompatible receiver")
        if this.done:
            return create_iter_result(None, True)
        r = this.iterating_regexp
        s = this.iterated_string
        try:
            match = regexp_exec(r, s)
            if match is null:
                this.done = True
                return create_iter_result(None, True)
            if not this.global_:
                this.done = True
                return create_iter_result(match, False)
            match_str = to_string(match.get("0", match))
            if match_str == "":
                _advance_after_empty_match(r, s, this.unicode)
        except BaseException:
            this.done = True
            raise
        return create_iter_result(match, False)

    return iterator_proto


__all__ = ["RegExpStringIterator", "replace_pristine", "setup_symbol_methods"]
