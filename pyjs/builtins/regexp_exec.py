"""RegExp matching: RegExpBuiltinExec, RegExpExec, exec and test (ECMA-262 §22.2.7, §22.2.6).

https://tc39.es/ecma262/#sec-regexp-abstract-operations

RegExpBuiltinExec is split in two so callers that never expose the match
array can skip building it: ``regexp_builtin_match`` runs steps 1-16 (the
lastIndex protocol and the matcher) and returns the capture spans;
``make_match_array`` runs the remaining steps.  ``is_pristine`` tells the
symbol methods (regexp_methods.py) when a RegExp's ``exec`` and ``flags``
lookups would reach the original builtins, so that calling those builtins
through Get would be unobservable and they may use the spans directly.

lastIndex is always an own, non-configurable data property of a RegExp
instance (RegExpAlloc defines it so), which makes reading ``props`` and
assigning the Prop's value exactly Get and Set(..., true) on such objects.
"""
from ..interp.agent import Budget, state, take_steps
from ..interp.arrays import JSArray
from ..interp.ops import put_value, to_length, to_string
from ..interp.proto_cache import INHERITED, NO_ENTRY, WatchedProps, remember
from ..interp.values import WELL_KNOWN_SYMBOLS, JSObject, MISSING, WRITABLE, null, type_error
from ._helpers import method
from .regexp import RegExpObject

# Properties of RegExp.prototype whose original values the fast paths depend on: those
# RegExpExec and the flags getter read, and the symbol methods String.prototype calls.
PRISTINE_KEYS = ("exec", "flags", "hasIndices", "global", "ignoreCase", "multiline", "dotAll",
                 "unicode", "unicodeSets", "sticky", WELL_KNOWN_SYMBOLS["match"],
                 WELL_KNOWN_SYMBOLS["matchAll"], WELL_KNOWN_SYMBOLS["replace"],
                 WELL_KNOWN_SYMBOLS["search"], WELL_KNOWN_SYMBOLS["split"])
_MAX_SAFE = 9007199254740992.0


class _StepBudget:
    """The matcher's budget: backtracking steps count against the interpreter's step budget.

    ``tick(n)`` is called by the matching VM every few thousand steps, so a
    catastrophic pattern is stopped by the host's budget like a runaway loop;
    the ``re`` fast path ticks before each call with a bound on its work.
    A budget that limits no steps (the CLI's and the hosts' budgets only have
    an interrupt or a deadline) needs no count, only its own check once per
    slice of steps: cheaper than a step check, which also measures the call
    depth and would often cost more than the match.
    """

    __slots__ = ("unchecked",)

    def __init__(self):
        self.unchecked = 0      # steps ticked since the last check, for a budget without a step limit

    def tick(self, n):
        budget = state.budget
        if budget.remaining is not None:
            take_steps(n)
            return
        self.unchecked += n
        if self.unchecked >= Budget.SLICE:
            self.unchecked = 0
            budget.check()


STEP_BUDGET = _StepBudget()


def matcher_budget():
    """The budget to give the matcher: none when the host set no budget (nothing could stop it anyway)."""
    return STEP_BUDGET if state.budget is not None else None


def advance_string_index(s, index, unicode):
    """AdvanceStringIndex (https://tc39.es/ecma262/#sec-advancestringindex)."""
    if not unicode or index + 1 >= len(s):
        return index + 1
    if "\ud800" <= s[index] <= "\udbff" and "\udc00" <= s[index + 1] <= "\udfff":
        return index + 2
    return index + 1


def set_last_index(r, value):
    """Set(R, "lastIndex", value, true)."""
    if type(r) is RegExpObject:
        p = r.props["lastIndex"]
        if not p.flags & WRITABLE:
            raise type_error("Cannot assign to read only property 'lastIndex' of object")
        p.value = value
    else:
        put_value(r, "lastIndex", value)


def get_last_index_length(r):
    """ToLength(? Get(R, "lastIndex")), the read that @@match, @@replace and others share."""
    v = r.props["lastIndex"].value if type(r) is RegExpObject else r.get("lastIndex", r)
    if type(v) is float and 0.0 <= v < _MAX_SAFE:
        return int(v)
    return to_length(v)


def regexp_builtin_match(r, s):
    """Steps 1-16 of RegExpBuiltinExec (https://tc39.es/ecma262/#sec-regexpbuiltinexec).

    Returns None on failure, else one (start, end) or None per group; entry 0
    starts at the spec's lastIndex (with u/v a lastIndex inside a surrogate
    pair matches from the pair's start, but the match still "starts" at
    lastIndex).  Updates lastIndex as the spec does.
    """
    last_index_prop = r.props["lastIndex"]
    v = last_index_prop.value
    if type(v) is float and 0.0 <= v < _MAX_SAFE:
        last_index = int(v)
    else:
        last_index = to_length(v)       # may run user code (valueOf), even recompile r
        last_index_prop = r.props["lastIndex"]
    global_ = r.global_
    sticky = r.sticky
    if not global_ and not sticky:
        last_index = 0
    elif last_index > len(s):
        set_last_index(r, 0.0)
        return None
    st = state
    budget = STEP_BUDGET if st.budget is not None else None
    if sticky:
        spans = r.prog.match(s, last_index, budget)
    else:
        spans = r.prog.search(s, last_index, budget)
    if spans is None:
        if global_ or sticky:
            set_last_index(r, 0.0)
        return None
    start, e = spans[0]
    if start < last_index:
        spans = list(spans)
        spans[0] = (last_index, e)
    if global_ or sticky:
        if last_index_prop.flags & WRITABLE:
            last_index_prop.value = float(e)
        else:
            set_last_index(r, float(e))
    legacy = r.legacy
    if legacy is not None:
        if legacy.realm is st.realm:        # UpdateLegacyRegExpStaticProperties, inline
            legacy.valid = True
            legacy.input = legacy.string = s
            legacy.spans = spans
            legacy.pending = None
        else:
            legacy.update(s, spans)
    else:
        invalidate_legacy_statics()
    return spans


def invalidate_legacy_statics():
    """InvalidateLegacyRegExpStaticProperties for the current realm (a subclass instance matched)."""
    legacy = getattr(state.realm, "regexp_legacy", None)
    if legacy is not None:
        legacy.invalidate()


def make_match_array(r, s, spans):
    """Steps 17-34 of RegExpBuiltinExec: the match array, with groups and (flag d) indices.

    https://tc39.es/ecma262/#sec-regexpbuiltinexec
    """
    realm = state.realm
    values = [None if span is None else s[span[0]:span[1]] for span in spans]
    a = JSArray(realm.array_prototype, values)
    if r.group_names is None:
        a.props = props = {"index": float(spans[0][0]), "input": s, "groups": None}
        groups = group_names = None
    else:
        props = a.props
        props["index"] = float(spans[0][0])
        props["input"] = s
        groups, group_names = make_groups_object(r.group_names, values)
        props["groups"] = groups
    if r.has_indices:
        props["indices"] = make_match_indices_index_pair_array(realm, spans, group_names, groups is not None)
    return a


def make_groups_object(names, values):
    """Steps 29-32 of RegExpBuiltinExec for the groups object: (groups, groupNames).

    ``names`` is the program's group name list (None when the pattern has no
    GroupName: then groups is undefined); ``values`` the captured strings.
    Among groups sharing a name (allowed in different alternatives), the
    property is created by the first and holds the value of the one that
    participated; groupNames lists the name only where it was taken.
    https://tc39.es/ecma262/#sec-regexpbuiltinexec
    """
    if names is None:
        return None, None
    groups = JSObject(None)
    group_names = [None] * len(values)
    matched = set()
    gp = groups.props
    for i in range(1, len(values)):
        name = names[i]
        if name is None or name in matched:
            continue
        if values[i] is not None:
            matched.add(name)
        gp[name] = values[i]
        group_names[i] = name
    return groups, group_names


def make_match_indices_index_pair_array(realm, indices, group_names, has_groups):
    """MakeMatchIndicesIndexPairArray (https://tc39.es/ecma262/#sec-makematchindicesindexpairarray)."""
    pairs = [None if m is None else realm.new_array([float(m[0]), float(m[1])]) for m in indices]
    a = JSArray(realm.array_prototype, pairs)
    groups = None
    if has_groups:
        groups = JSObject(None)
        for i in range(1, len(indices)):
            name = group_names[i]
            if name is not None:
                groups.props[name] = pairs[i]
    a.props["groups"] = groups
    return a


def regexp_builtin_exec(r, s):
    """RegExpBuiltinExec (https://tc39.es/ecma262/#sec-regexpbuiltinexec): a match array or null."""
    spans = regexp_builtin_match(r, s)
    if spans is None:
        return null
    return make_match_array(r, s, spans)


def regexp_exec(r, s, exec_=MISSING):
    """RegExpExec (https://tc39.es/ecma262/#sec-regexpexec): a user ``exec`` if callable, else the builtin.

    ``exec_`` is the result of step 1 when the caller has already done the Get.
    """
    if exec_ is MISSING:
        exec_ = r.get("exec", r)
    if isinstance(exec_, JSObject) and exec_.callable:
        result = exec_.call(r, [s])
        if result is not null and not isinstance(result, JSObject):
            raise type_error("The result of a RegExp exec method must be an object or null")
        return result
    if not isinstance(r, RegExpObject):
        raise type_error("RegExp exec method called on an incompatible receiver")
    return regexp_builtin_exec(r, s)


def is_pristine(rx, proto):
    """True when Get(rx, "exec"), Get(rx, "flags") and Get(rx, @@match / @@matchAll /
    @@replace / @@search / @@split) reach ``proto``'s original builtins.

    ``proto`` is the %RegExp.prototype% of the calling builtin's realm, so
    any error the skipped builtins could raise would come from that realm too.
    The flags getter then reads only the original flag getters, so
    [[OriginalFlags]] answers every question about flags, and RegExpExec
    calls RegExpBuiltinExec; String.prototype's pattern methods may call the
    symbol methods' steps without a lookup.
    """
    if type(rx) is not RegExpObject or rx.proto is not proto:
        return False
    own = rx.props
    if len(own) != 1:
        for key in PRISTINE_KEYS:
            if key in own:
                return False
    return originals_hold(proto)


def originals_hold(proto):
    """Does the %RegExp.prototype% ``proto`` hold its original PRISTINE_KEYS (is_pristine's
    test of the prototype: enough for a RegExp with no own property but lastIndex)?"""
    return INHERITED.get(proto, NO_ENTRY).get(_ORIGINALS) is True or _originals_intact(proto)


_ORIGINALS = object()       # INHERITED key (never a property key): the prototype's originals hold


def _originals_intact(proto):
    """Do ``proto``'s PRISTINE_KEYS hold their original Props?  A yes is remembered in the
    inherited-lookup cache, valid until the (watched) prototype changes (proto_cache)."""
    props = proto.props
    for key, original in proto.originals:
        if props.get(key) is not original:
            return False
    if isinstance(props, WatchedProps):
        remember(proto, _ORIGINALS, True)
    return True


def this_regexp_object(this, name):
    """RequireInternalSlot(R, [[RegExpMatcher]])."""
    if not isinstance(this, RegExpObject):
        raise type_error(f"RegExp.prototype.{name} called on an incompatible receiver")
    return this


def setup_exec(realm, proto):
    @method(realm, proto, "exec", 1, positional=True)
    def exec_(this, s=None, *_):
        """RegExp.prototype.exec (https://tc39.es/ecma262/#sec-regexp.prototype.exec)."""
        r = this if type(this) is RegExpObject else this_regexp_object(this, "exec")
        if type(s) is not str:
            s = to_string(s)
        return regexp_builtin_exec(r, s)

    @method(realm, proto, "test", 1, positional=True)
    def test(this, s=None, *_):
        """RegExp.prototype.test (https://tc39.es/ecma262/#sec-regexp.prototype.test).

        When ``exec`` is this realm's original (a pristine RegExp), RegExpExec
        would return a fresh array only to compare it with null: match without
        building it.
        """
        if not isinstance(this, JSObject):
            raise type_error("RegExp.prototype.test called on a non-object")
        if type(s) is not str:
            s = to_string(s)
        if is_pristine(this, proto):
            return regexp_builtin_match(this, s) is not None
        return regexp_exec(this, s) is not null


__all__ = ["advance_string_index", "get_last_index_length", "is_pristine", "make_groups_object",
           "make_match_array",
           "matcher_budget", "regexp_builtin_exec", "regexp_builtin_match", "regexp_exec",
           "set_last_index", "this_regexp_object"]
