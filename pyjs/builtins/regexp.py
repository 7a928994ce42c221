"""The RegExp constructor and the non-matching parts of RegExp.prototype (ECMA-262 §22.2.4-22.2.6).

https://tc39.es/ecma262/#sec-regexp-regular-expression-objects

The family is split by theme to keep modules small:
- regexp.py (here): RegExp objects (RegExpAlloc / RegExpInitialize / RegExpCreate),
  the constructor and its statics, the flag and source accessors, toString and
  the Annex B ``compile``;
- regexp_exec.py: RegExpBuiltinExec, RegExpExec, AdvanceStringIndex, ``exec``
  and ``test``, and the check that lets the symbol methods skip unobservable
  work on unmodified RegExps;
- regexp_methods.py: @@match, @@matchAll (with %RegExpStringIteratorPrototype%),
  @@replace, @@search and @@split.

Pattern parsing and matching belong to :mod:`pyjs.regexp`; a RegExp object
holds the compiled program in its [[RegExpMatcher]] slot (``prog``).  That
package (parser, compiler, VM, Unicode tables) is imported by the first pattern
compiled, not with this module: a program that never makes a RegExp does not
pay for it at start-up.
"""
from ..interp.proto_cache import WatchedProps
from ..interp.ops import get_prototype_from_constructor, to_boolean, to_string
from ..interp.values import WELL_KNOWN_SYMBOLS, JSError, JSObject, Prop, WRITABLE, SYM_SPECIES, ordinary_set, type_error
from ._helpers import arg, getter, install_global, make_constructor, method
from .string_ops import is_reg_exp

# Flag letters in the order the flags getter reports them, with their accessor names.
FLAG_PROPERTIES = (("d", "hasIndices"), ("g", "global"), ("i", "ignoreCase"), ("m", "multiline"),
                   ("s", "dotAll"), ("u", "unicode"), ("v", "unicodeSets"), ("y", "sticky"))


class RegExpObject(JSObject):
    """A RegExp instance: the internal slots of RegExpAlloc plus flag facts derived from them.

    ``source`` and ``flags`` are [[OriginalSource]] and [[OriginalFlags]],
    ``prog`` is [[RegExpMatcher]] (a :class:`pyjs.regexp.RegExpProgram`).
    ``global_``, ``sticky``, ``has_indices`` and ``full_unicode`` are read
    from [[OriginalFlags]] once here instead of on every RegExpBuiltinExec;
    ``group_names`` is the program's name list, or None when the pattern has
    no GroupName (the common case, which needs no groups object).
    ``legacy`` stands for [[LegacyFeaturesEnabled]] of the legacy-features
    proposal: the realm's regexp_legacy.LegacyStatics when that realm's %RegExp%
    was the NewTarget, else None.
    """

    __slots__ = ("source", "flags", "prog", "global_", "sticky", "has_indices", "full_unicode",
                 "group_names", "legacy")
    class_name = "RegExp"

    def __init__(self, proto):
        super().__init__(proto)
        self.source = ""
        self.flags = ""
        self.prog = None
        self.global_ = self.sticky = self.has_indices = self.full_unicode = False
        self.group_names = None
        self.legacy = None

    def set(self, key, value, receiver):
        """OrdinarySet, with ``r.lastIndex = n`` (tokenizer loops) done in place.

        lastIndex is an own data property that can never become an accessor
        or be deleted, so when it is writable OrdinarySet amounts to
        replacing its value.  https://tc39.es/ecma262/#sec-ordinaryset
        """
        if key == "lastIndex" and receiver is self:
            p = self.props["lastIndex"]
            if not p.flags & WRITABLE:
                return False
            p.value = value
            return True
        return ordinary_set(self, key, value, receiver)


class RegExpPrototype(JSObject):
    """%RegExp.prototype%, an ordinary object (not a RegExp instance).

    ``originals`` lists (key, Prop) for the properties whose lookup the
    symbol methods' fast paths rely on (exec, flags and the flag getters);
    regexp_exec.is_pristine compares them by identity, which is exact since a
    redefinition of a configurable property (as they all are) always stores a new
    Prop (values.validate_and_apply).
    """

    __slots__ = ("originals",)

    def __init__(self, proto):
        super().__init__(proto)
        self.originals = ()


class RegExpOriginals:
    """A realm's RegExp family as String.prototype's pattern methods use it
    (``realm.original_regexp_methods``, set up with the family).

    For a RegExp ``rx`` with ``is_pristine(rx, proto)`` (regexp_exec), Get(rx, @@symbol)
    is unobservable and finds the original method, so String.prototype calls its
    Python function ``steps[symbol]`` without the lookup or the function object's
    call protocol (same realm: nothing to switch).  ``replace_pristine`` is @@replace
    from step 7 on for such an rx (regexp_methods._replace_pristine): what
    ``"s".replace(rx, "template")`` comes to, as steps 1-6 convert nothing then.
    """

    __slots__ = ("proto", "is_pristine", "steps", "replace_pristine")

    def __init__(self, proto, is_pristine, steps, replace_pristine):
        self.proto = proto
        self.is_pristine = is_pristine
        self.steps = steps
        self.replace_pristine = replace_pristine


def regexp_alloc(new_target, realm):
    """RegExpAlloc (https://tc39.es/ecma262/#sec-regexpalloc).

    lastIndex is defined writable, non-enumerable and non-configurable, so it
    stays an own data property forever: regexp_exec reads and writes it
    directly and that is exactly what Get/Set would do.
    """
    intrinsics = realm.intrinsics
    if new_target is intrinsics["%RegExp%"]:
        # %RegExp%.prototype is a non-writable, non-configurable data property
        # holding %RegExp.prototype%: GetPrototypeFromConstructor's Get is unobservable.
        obj = RegExpObject(intrinsics["%RegExp.prototype%"])
        obj.legacy = realm.regexp_legacy
    else:
        obj = RegExpObject(get_prototype_from_constructor(new_target, "%RegExp.prototype%"))
    obj.props["lastIndex"] = Prop(None, WRITABLE)
    return obj


def regexp_initialize(obj, pattern, flags):
    """RegExpInitialize (https://tc39.es/ecma262/#sec-regexpinitialize).

    Nothing in ``obj`` changes before the pattern has compiled, so a failing
    ``compile`` call leaves the old state in place (as the spec's ordering does).
    """
    p = pattern if type(pattern) is str else "" if pattern is None else to_string(pattern)
    f = flags if type(flags) is str else "" if flags is None else to_string(flags)
    _set_program(obj, _PROGRAMS.get((p, f)) or _compile(p, f))
    last_index = obj.props["lastIndex"]
    if not last_index.flags & WRITABLE:
        raise type_error("Cannot assign to read only property 'lastIndex' of object")
    last_index.value = 0.0
    return obj


# (pattern, flags) -> what _set_program stores in a RegExp with them, for patterns compiled by
# this module (literals re-evaluated in loops create a RegExp each time); bounded like
# pyjs.regexp's own cache.
_PROGRAMS = {}


def _compile(p, f):
    """compile_regexp with the SyntaxError RegExpInitialize throws; the program's RegExp
    slots are cached."""
    from ..regexp import RegExpSyntaxError, compile_regexp
    try:
        prog = compile_regexp(p, f)
    except RegExpSyntaxError as e:
        message = str(e)
        if not message.startswith("Invalid flags"):
            message = f"Invalid regular expression: /{p}/{f}: {message}"
        raise JSError.make("SyntaxError", message) from None
    if len(_PROGRAMS) >= 512:
        _PROGRAMS.clear()
    slots = _PROGRAMS[(p, f)] = (p, f, prog, "g" in f, "y" in f, "d" in f, "u" in f or "v" in f,
                                 prog.named_groups)
    return slots


def _set_program(obj, slots):
    """A RegExp's [[OriginalSource]], [[OriginalFlags]] and [[RegExpMatcher]], with the
    facts of its flags the matcher and accessors read (``_compile``'s tuple)."""
    (obj.source, obj.flags, obj.prog, obj.global_, obj.sticky, obj.has_indices, obj.full_unicode,
     obj.group_names) = slots


def regexp_create(realm, pattern, flags):
    """RegExpCreate (https://tc39.es/ecma262/#sec-regexpcreate): a RegExp from %RegExp%.

    What a regular expression literal evaluates to, each time (a new object per
    evaluation, sharing the compiled program of every RegExp with the same source
    and flags).  With string pattern and flags there is nothing to convert, and
    RegExpAlloc's Get of %RegExp%.prototype is unobservable (non-writable,
    non-configurable), so the object is made here directly with its final state.
    """
    if type(pattern) is not str or type(flags) is not str:
        return regexp_initialize(regexp_alloc(realm.intrinsics["%RegExp%"], realm), pattern, flags)
    slots = _PROGRAMS.get((pattern, flags)) or _compile(pattern, flags)
    obj = RegExpObject.__new__(RegExpObject)
    obj.props = {"lastIndex": Prop(0.0, WRITABLE)}
    obj.proto = realm.intrinsics["%RegExp.prototype%"]
    obj.extensible = True
    _set_program(obj, slots)
    obj.legacy = realm.regexp_legacy
    return obj


def escape_regexp_pattern(source):
    """EscapeRegExpPattern (https://tc39.es/ecma262/#sec-escaperegexppattern).

    The spec only asks that ``/source/flags`` parse back to an equivalent
    literal; this produces V8's form so output matches other engines: an
    unescaped "/" outside a class becomes "\\/", a line terminator becomes its
    escape (a backslash before it is dropped, since the escape replaces it),
    and the empty pattern is "(?:)".
    """
    if source == "":
        return "(?:)"
    if not any(c in source for c in "/\n\r\u2028\u2029"):
        return source
    out = []
    in_class = False
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            if i + 1 < n and source[i + 1] in _LINE_TERMINATOR_ESCAPES:
                i += 1
                continue
            out.append(source[i:i + 2])
            i += 2
            continue
        if c == "/" and not in_class:
            out.append("\\/")
        elif c in _LINE_TERMINATOR_ESCAPES:
            out.append(_LINE_TERMINATOR_ESCAPES[c])
        else:
            if c == "[":
                in_class = True
            elif c == "]":
                in_class = False
            out.append(c)
        i += 1
    return "".join(out)


_LINE_TERMINATOR_ESCAPES = {"\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _setup_constructor(realm, proto):
    """The RegExp constructor (https://tc39.es/ecma262/#sec-regexp-pattern-flags) and its statics."""

    def regexp_call(this, args):
        return regexp_construct(args, None)

    def regexp_construct(args, new_target):
        pattern, flags = arg(args, 0), arg(args, 1)
        if type(pattern) is str:        # IsRegExp(pattern) is false: steps 2-3 and 5-6 do nothing
            if (new_target is None or new_target is ctor) and type(flags) is str:
                # RegExp("src", "flags"): RegExpAlloc and RegExpInitialize with no conversion
                return regexp_create(realm, pattern, flags)
            return regexp_initialize(regexp_alloc(ctor if new_target is None else new_target, realm), pattern, flags)
        pattern_is_regexp = is_reg_exp(pattern)
        if new_target is None:
            new_target = ctor
            if pattern_is_regexp and flags is None:
                pattern_constructor = pattern.get("constructor", pattern)
                if pattern_constructor is new_target:
                    return pattern
        if isinstance(pattern, RegExpObject):
            p = pattern.source
            f = pattern.flags if flags is None else flags
        elif pattern_is_regexp:
            p = pattern.get("source", pattern)
            f = pattern.get("flags", pattern) if flags is None else flags
        else:
            p, f = pattern, flags
        return regexp_initialize(regexp_alloc(new_target, realm), p, f)

    ctor = make_constructor(realm, "RegExp", 2, regexp_call, regexp_construct, proto)
    install_global(realm, "RegExp", ctor)

    @method(realm, ctor, "escape", 1)
    def escape(this, args):
        """RegExp.escape (https://tc39.es/ecma262/#sec-regexp.escape)."""
        s = arg(args, 0)
        if type(s) is not str:
            raise type_error("RegExp.escape requires a string argument")
        from ..regexp import regexp_escape
        return regexp_escape(s)

    getter(realm, ctor, SYM_SPECIES)(lambda this, args: this)
    return ctor


def _setup_accessors(realm, proto):
    """The flag accessors, source, flags, toString and compile of RegExp.prototype."""

    def flag_getter(letter, name):
        def get_flag(this, args):
            """RegExpHasFlag (https://tc39.es/ecma262/#sec-regexphasflag)."""
            if isinstance(this, RegExpObject):
                return letter in this.flags
            if this is proto:
                return None
            raise type_error(f"RegExp.prototype.{name} getter called on a non-RegExp object")
        getter(realm, proto, name)(get_flag)

    for letter, name in FLAG_PROPERTIES:
        flag_getter(letter, name)

    @getter(realm, proto, "flags")
    def get_flags(this, args):
        """get RegExp.prototype.flags (https://tc39.es/ecma262/#sec-get-regexp.prototype.flags)."""
        if not isinstance(this, JSObject):
            raise type_error("RegExp.prototype.flags getter called on a non-object")
        return "".join(letter for letter, name in FLAG_PROPERTIES if _truthy(this.get(name, this)))

    @getter(realm, proto, "source")
    def get_source(this, args):
        """get RegExp.prototype.source (https://tc39.es/ecma262/#sec-get-regexp.prototype.source)."""
        if isinstance(this, RegExpObject):
            return escape_regexp_pattern(this.source)
        if this is proto:
            return "(?:)"
        raise type_error("RegExp.prototype.source getter called on a non-RegExp object")

    @method(realm, proto, "toString", 0)
    def to_string_(this, args):
        """RegExp.prototype.toString (https://tc39.es/ecma262/#sec-regexp.prototype.tostring)."""
        if not isinstance(this, JSObject):
            raise type_error("RegExp.prototype.toString called on a non-object")
        pattern = to_string(this.get("source", this))
        flags = to_string(this.get("flags", this))
        return "/" + pattern + "/" + flags

    @method(realm, proto, "compile", 2)
    def compile_(this, args):
        """RegExp.prototype.compile (https://tc39.es/ecma262/#sec-regexp.prototype.compile), Annex B."""
        if not isinstance(this, RegExpObject):
            raise type_error("RegExp.prototype.compile called on an incompatible receiver")
        pattern, flags = arg(args, 0), arg(args, 1)
        if isinstance(pattern, RegExpObject):
            if flags is not None:
                raise type_error("Cannot supply flags when constructing one RegExp from another")
            return regexp_initialize(this, pattern.source, pattern.flags)
        return regexp_initialize(this, pattern, flags)


def _truthy(v):
    """ToBoolean, inlined for the flags getter's eight reads (booleans in practice)."""
    if v is True or v is False:
        return v
    return to_boolean(v)


def setup(realm):
    from .regexp_exec import PRISTINE_KEYS, is_pristine, setup_exec
    from .regexp_legacy import setup_legacy
    from .regexp_methods import replace_pristine, setup_symbol_methods

    proto = RegExpPrototype(realm.object_prototype)
    # Watched from the start (pyjs.interp.proto_cache), as a plain prototype becomes at
    # its first ``new``: literals never pass through GetPrototypeFromConstructor, and
    # ``re.exec(s)`` / ``re.test(s)`` then read exec and test from the lookup cache.
    proto.props = WatchedProps()
    realm.intrinsics["%RegExp.prototype%"] = proto
    _setup_constructor(realm, proto)
    _setup_accessors(realm, proto)
    setup_exec(realm, proto)
    setup_symbol_methods(realm, proto)
    proto.originals = tuple((key, proto.props[key]) for key in PRISTINE_KEYS)
    realm.original_regexp_methods = RegExpOriginals(proto, is_pristine, {
        symbol: proto.props[symbol].value.fn
        for symbol in map(WELL_KNOWN_SYMBOLS.get, ("match", "matchAll", "replace", "search", "split"))},
        replace_pristine)
    setup_legacy(realm, realm.intrinsics["%RegExp%"])
