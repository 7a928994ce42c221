"""String.prototype methods that dispatch on a pattern: match, matchAll, replace,
replaceAll, search, split (ECMA-262 §22.1.3).

https://tc39.es/ecma262/#sec-properties-of-the-string-prototype-object

Each first looks for the pattern's Symbol.match/matchAll/replace/search/split
method, so RegExp objects (and any user object) handle their own semantics.
That lookup happens only when the pattern is an Object: test262 follows the
normative change (ecma262 PR #3009, after ES2025) that stopped reading these
symbols from primitives, e.g. ``Number.prototype[Symbol.split]`` is never
consulted for ``"a1b".split(1)``.

String patterns for replace/replaceAll/split work without RegExp; match,
matchAll and search on a non-object pattern need RegExpCreate.
"""
from ..interp.arrays import JSArray
from ..interp.ops import get_method, invoke, is_callable, require_object_coercible, to_string, to_uint32
from ..interp.values import JSObject, WELL_KNOWN_SYMBOLS, type_error
from ._helpers import method
from .string_ops import (check_string_length, get_substitution, is_reg_exp, regexp_create,
                         require_this_coercible, string_index_of)

SYM_MATCH = WELL_KNOWN_SYMBOLS["match"]
SYM_MATCH_ALL = WELL_KNOWN_SYMBOLS["matchAll"]
SYM_REPLACE = WELL_KNOWN_SYMBOLS["replace"]
SYM_SEARCH = WELL_KNOWN_SYMBOLS["search"]
SYM_SPLIT = WELL_KNOWN_SYMBOLS["split"]

_MAX_UINT32 = 4294967295


def _require_global_flag(regexp, method_name):
    """matchAll/replaceAll step 2.b: a RegExp argument must have the g flag."""
    if is_reg_exp(regexp):
        flags = regexp.get("flags", regexp)
        require_object_coercible(flags, "flags")
        if "g" not in to_string(flags):
            raise type_error(f"String.prototype.{method_name} called with a non-global RegExp argument")


def _custom_method(realm, value, symbol):
    """Step 2 of the pattern methods: the argument's own @@symbol method, as a Python
    callable ``f(this, args)``, or None.

    A pristine RegExp of this realm (regexp_exec.is_pristine) gets the original
    method's steps without the Get, which is unobservable then (RegExpOriginals).
    """
    if isinstance(value, JSObject):
        original = realm.original_regexp_methods
        if original is not None and original.is_pristine(value, original.proto):
            return original.steps[symbol]
        found = get_method(value, symbol)
        if found is not None:
            return found.call
    return None


def _replacement(search_string, position, string, replace_value, functional_replace):
    """The replacement text for one string match (replace step 12-13, replaceAll step 14.b-c)."""
    if functional_replace:
        return to_string(replace_value.call(None, [search_string, float(position), string]))
    return get_substitution(search_string, string, position, [], None, replace_value)


def setup_pattern_methods(realm, proto):
    """Install match, matchAll, replace, replaceAll, search and split on ``proto``."""

    def regexp_method(name, symbol, flags):
        """match / search / (after its flags check) matchAll: defer to the pattern, else RegExpCreate.

        https://tc39.es/ecma262/#sec-string.prototype.match
        https://tc39.es/ecma262/#sec-string.prototype.search
        https://tc39.es/ecma262/#sec-string.prototype.matchall
        """
        def regexp_dispatch(this, regexp=None, *_):
            o = require_this_coercible(this, name)
            if isinstance(regexp, JSObject):
                if flags == "g":
                    _require_global_flag(regexp, name)
                matcher = _custom_method(realm, regexp, symbol)
                if matcher is not None:
                    return matcher(regexp, [o])
            s = to_string(o)
            rx = regexp_create(realm, regexp, flags)
            return invoke(rx, symbol, [s])
        regexp_dispatch.__doc__ = regexp_method.__doc__
        method(realm, proto, name, 1, positional=True)(regexp_dispatch)

    regexp_method("match", SYM_MATCH, None)
    regexp_method("matchAll", SYM_MATCH_ALL, "g")

    @method(realm, proto, "replace", 2, positional=True)
    def replace(this, search_value=None, replace_value=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.replace"""
        if type(this) is str and type(replace_value) is str:
            if type(search_value) is str:
                if "$" not in replace_value:
                    # No pattern method, no conversions, and GetSubstitution returns the template as is.
                    position = this.find(search_value)
                    if position == -1:
                        return this
                    check_string_length(len(this) - len(search_value) + len(replace_value))
                    return this[:position] + replace_value + this[position + len(search_value):]
            elif (original := realm.original_regexp_methods) is not None and original.is_pristine(
                    search_value, original.proto):
                return original.replace_pristine(search_value, this, replace_value, False)
        o = require_this_coercible(this, "replace")
        replacer = _custom_method(realm, search_value, SYM_REPLACE)
        if replacer is not None:
            return replacer(search_value, [o, replace_value])
        string = to_string(o)
        search_string = to_string(search_value)
        functional_replace = is_callable(replace_value)
        if not functional_replace:
            replace_value = to_string(replace_value)
        search_length = len(search_string)
        position = string_index_of(string, search_string, 0)
        if position == -1:
            return string
        preceding = string[:position]
        following = string[position + search_length:]
        replacement = _replacement(search_string, position, string, replace_value, functional_replace)
        check_string_length(len(preceding) + len(replacement) + len(following))
        return preceding + replacement + following

    @method(realm, proto, "replaceAll", 2, positional=True)
    def replace_all(this, search_value=None, replace_value=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.replaceall"""
        o = require_this_coercible(this, "replaceAll")
        if isinstance(search_value, JSObject):
            _require_global_flag(search_value, "replaceAll")
            replacer = _custom_method(realm, search_value, SYM_REPLACE)
            if replacer is not None:
                return replacer(search_value, [o, replace_value])
        string = to_string(o)
        search_string = to_string(search_value)
        functional_replace = is_callable(replace_value)
        if not functional_replace:
            replace_value = to_string(replace_value)
        search_length = len(search_string)
        advance_by = max(1, search_length)
        match_positions = []
        position = string_index_of(string, search_string, 0)
        while position != -1:
            match_positions.append(position)
            position = string_index_of(string, search_string, position + advance_by)
        end_of_last_match = 0
        result = []
        total = 0
        for p in match_positions:
            preserved = string[end_of_last_match:p]
            replacement = _replacement(search_string, p, string, replace_value, functional_replace)
            result.append(preserved)
            result.append(replacement)
            total += len(preserved) + len(replacement)
            check_string_length(total)
            end_of_last_match = p + search_length
        if end_of_last_match < len(string):
            result.append(string[end_of_last_match:])
        return "".join(result)

    regexp_method("search", SYM_SEARCH, None)

    @method(realm, proto, "split", 2, positional=True)
    def split(this, separator=None, limit=None, *_):
        """https://tc39.es/ecma262/#sec-string.prototype.split"""
        if type(this) is str and type(separator) is str and limit is None:
            # A string separator and no limit (steps 3-14 without conversions).
            return JSArray(realm.array_prototype, this.split(separator) if separator else list(this))
        o = require_this_coercible(this, "split")
        splitter = _custom_method(realm, separator, SYM_SPLIT)
        if splitter is not None:
            return splitter(separator, [o, limit])
        s = to_string(o)
        lim = _MAX_UINT32 if limit is None else to_uint32(limit)
        r = to_string(separator)
        if lim == 0:
            return realm.new_array([])
        if separator is None:
            return realm.new_array([s])
        if r == "":
            return realm.new_array(list(s[:lim]))
        if s == "":
            return realm.new_array([s])
        # str.split finds the same non-overlapping left-to-right matches as the spec's loop
        return realm.new_array(s.split(r, lim)[:lim])
