"""JS values and the ordinary object model (ECMA-262 §6.1, §10.1).

Representation (see ARCHITECTURE.md): undefined is Python ``None``; null is
the :data:`null` singleton; booleans are ``bool``; numbers are always
``float``; BigInts are ``int`` (never ``bool``: test ``type(x) is int``);
strings are ``str`` of UTF-16 code units; symbols are :class:`JSSymbol`;
objects are :class:`JSObject` instances.

An object's own properties live in ``props`` (insertion ordered).  A property
with the default attributes (writable, enumerable, configurable data) is
stored as the bare value; any other property is stored as a :class:`Prop`.
JS values are never ``Prop`` instances, so ``type(v) is Prop`` tells them
apart on the hot path without an extra allocation per property.
"""

from .agent import current_realm
from .proto_cache import WatchedProps, invalidate

MISSING = object()          # an absent field / property (never a JS value)


class JSNull:
    __slots__ = ()

    def __repr__(self):
        return "null"

    def __reduce__(self):
        return (_get_null, ())


null = JSNull()


def _get_null():
    return null


class JSSymbol:
    """A Symbol value.  Identity is the value (``is`` comparison)."""

    __slots__ = ("description", "registered")

    def __init__(self, description=None, registered=False):
        self.description = description      # str or None (undefined)
        self.registered = registered

    def __repr__(self):
        return f"Symbol({self.description or ''})"


def _wk(name):
    return JSSymbol("Symbol." + name)


# Well-known symbols are shared by all realms (§6.1.5.1).
WELL_KNOWN_SYMBOLS = {n: _wk(n) for n in (
    "asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match",
    "matchAll", "replace", "search", "species", "split", "toPrimitive",
    "toStringTag", "unscopables")}
SYM_ITERATOR = WELL_KNOWN_SYMBOLS["iterator"]
SYM_ASYNC_ITERATOR = WELL_KNOWN_SYMBOLS["asyncIterator"]
SYM_HAS_INSTANCE = WELL_KNOWN_SYMBOLS["hasInstance"]
SYM_TO_PRIMITIVE = WELL_KNOWN_SYMBOLS["toPrimitive"]
SYM_TO_STRING_TAG = WELL_KNOWN_SYMBOLS["toStringTag"]
SYM_SPECIES = WELL_KNOWN_SYMBOLS["species"]
SYM_UNSCOPABLES = WELL_KNOWN_SYMBOLS["unscopables"]
SYM_IS_CONCAT_SPREADABLE = WELL_KNOWN_SYMBOLS["isConcatSpreadable"]

# Property attribute bits of a Prop.
WRITABLE = 1
ENUMERABLE = 2
CONFIGURABLE = 4
ACCESSOR = 8
DEFAULT_FLAGS = WRITABLE | ENUMERABLE | CONFIGURABLE
HIDDEN = WRITABLE | CONFIGURABLE          # builtin methods: not enumerable


class Prop:
    """A stored property with non-default attributes, or an accessor."""

    __slots__ = ("value", "getter", "setter", "flags")

    def __init__(self, value=None, flags=HIDDEN, getter=None, setter=None):
        self.value = value
        self.flags = flags
        self.getter = getter
        self.setter = setter

    @staticmethod
    def accessor(getter, setter, flags=CONFIGURABLE):
        return Prop(None, flags | ACCESSOR, getter, setter)

    @property
    def is_accessor(self):
        return bool(self.flags & ACCESSOR)

    def __repr__(self):
        if self.flags & ACCESSOR:
            return f"Prop(get={self.getter!r}, set={self.setter!r}, flags={self.flags})"
        return f"Prop({self.value!r}, flags={self.flags})"


class Descriptor:
    """A Property Descriptor record whose fields may be absent (``MISSING``).

    https://tc39.es/ecma262/#sec-property-descriptor-specification-type
    """

    __slots__ = ("value", "get", "set", "writable", "enumerable", "configurable")

    def __init__(self, value=MISSING, get=MISSING, set=MISSING, writable=MISSING,
                 enumerable=MISSING, configurable=MISSING):
        self.value = value
        self.get = get
        self.set = set
        self.writable = writable
        self.enumerable = enumerable
        self.configurable = configurable

    def is_accessor(self):
        return self.get is not MISSING or self.set is not MISSING

    def is_data(self):
        return self.value is not MISSING or self.writable is not MISSING

    def is_generic(self):
        return not self.is_accessor() and not self.is_data()


def data_desc(value, writable=True, enumerable=True, configurable=True):
    return Descriptor(value=value, writable=writable, enumerable=enumerable,
                      configurable=configurable)


def prop_from_descriptor(desc: Descriptor) -> object:
    """Turn a complete-able descriptor into stored form (missing fields default to false/undefined)."""
    flags = 0
    if desc.enumerable is True:
        flags |= ENUMERABLE
    if desc.configurable is True:
        flags |= CONFIGURABLE
    if desc.is_accessor():
        return Prop(None, flags | ACCESSOR,
                    None if desc.get is MISSING else desc.get,
                    None if desc.set is MISSING else desc.set)
    if desc.writable is True:
        flags |= WRITABLE
    value = None if desc.value is MISSING else desc.value
    if flags == DEFAULT_FLAGS:
        return value
    return Prop(value, flags)


def as_prop(stored) -> Prop:
    """The full descriptor of a stored property (allocates for bare values)."""
    if type(stored) is Prop:
        return stored
    return Prop(stored, DEFAULT_FLAGS)


def is_array_index(key) -> bool:
    """https://tc39.es/ecma262/#array-index"""
    return (type(key) is str and key.isdigit() and key.isascii()
            and (key == "0" or key[0] != "0") and int(key) < 4294967295)


def is_integer_key(key) -> bool:
    """Canonical numeric string of a non-negative integer (for key ordering)."""
    return (type(key) is str and key.isdigit() and key.isascii()
            and (key == "0" or key[0] != "0"))


# The value of a let/const/class binding (or a derived constructor's ``this``)
# before its initialization: reading it is a ReferenceError.  Defined here, not in
# the compiler, so that making a realm does not import the compiler.
TDZ = type("TDZ", (), {"__repr__": lambda self: "<TDZ>", "__reduce__": lambda self: "TDZ"})()

# The classes whose objects keep every named own property in ``props`` and get
# them with the ordinary [[Get]]: JSObject and each subclass that is not exotic
# and overrides none of the lookups (JSObject.__init_subclass__), plus JSArray,
# exotic only for indices and "length" (added in arrays.py).
# Generated code walks prototype chains of these inline.
NAMED_PROPS_CLASSES = set()


class JSObject:
    """An ordinary object (§10.1).  Exotic objects subclass and override."""

    __slots__ = ("props", "proto", "extensible")
    class_name = "Object"
    exotic = False          # True when get/set/has need the overridden methods
    callable = False
    is_constructor = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not cls.exotic and all(getattr(cls, m) is getattr(JSObject, m)
                                  for m in ("get", "get_own_property", "has_property")):
            NAMED_PROPS_CLASSES.add(cls)

    def __init__(self, proto=None):
        self.props = {}
        self.proto = proto          # JSObject or None (null)
        self.extensible = True

    def __repr__(self):
        return f"<JS {self.class_name}>"

    # -- internal methods (§10.1.1 - §10.1.11) --------------------------------
    def get_prototype_of(self):
        return self.proto

    def set_prototype_of(self, v):
        """https://tc39.es/ecma262/#sec-ordinarysetprototypeof"""
        if v is self.proto:
            return True
        if not self.extensible:
            return False
        p = v
        while p is not None:
            if p is self:
                return False
            if type(p).get_prototype_of is not JSObject.get_prototype_of:
                break       # a Proxy: stop the loop check here (spec step 8.c.i)
            p = p.proto
        self.proto = v
        invalidate()
        if v is not None:
            watch_chain(v)
        return True

    def is_extensible(self):
        return self.extensible

    def prevent_extensions(self):
        self.extensible = False
        return True

    def get_own_property(self, key):
        """Return a :class:`Prop` (complete descriptor) or None."""
        v = self.props.get(key, MISSING)
        if v is MISSING:
            return None
        return v if type(v) is Prop else Prop(v, DEFAULT_FLAGS)

    def define_own_property(self, key, desc):
        return validate_and_apply(self, key, self.extensible, desc,
                                  self.get_own_property(key))

    def has_property(self, key):
        """https://tc39.es/ecma262/#sec-ordinaryhasproperty"""
        o = self
        while o is not None:
            if o.exotic:
                if o is not self:
                    return o.has_property(key)
                if o.get_own_property(key) is not None:
                    return True
                o = o.get_prototype_of()
            else:
                if key in o.props:
                    return True
                o = o.proto
        return False

    def get(self, key, receiver):
        """https://tc39.es/ecma262/#sec-ordinaryget"""
        o = self
        while True:
            if o.exotic and o is not self:
                return o.get(key, receiver)
            if o.exotic:
                p = o.get_own_property(key)
                if p is not None:
                    if p.flags & ACCESSOR:
                        return _call_getter(p.getter, receiver)
                    return p.value
                o = o.get_prototype_of()
            else:
                v = o.props.get(key, MISSING)
                if v is not MISSING:
                    if type(v) is Prop:
                        if v.flags & ACCESSOR:
                            return _call_getter(v.getter, receiver)
                        return v.value
                    return v
                o = o.proto
            if o is None:
                return None

    def set(self, key, value, receiver):
        """https://tc39.es/ecma262/#sec-ordinaryset"""
        return ordinary_set(self, key, value, receiver)

    def delete(self, key):
        """https://tc39.es/ecma262/#sec-ordinarydelete"""
        props = self.props
        v = props.get(key, MISSING)
        if v is MISSING:
            return True
        if type(v) is Prop and not v.flags & CONFIGURABLE:
            return False
        del props[key]
        return True

    def own_property_keys(self):
        """https://tc39.es/ecma262/#sec-ordinaryownpropertykeys"""
        return ordered_keys(self.props)



NAMED_PROPS_CLASSES.add(JSObject)


def watch_chain(o):
    """Watch the plain objects on a chain that starts at a new prototype ``o``, so
    lookups through them can be cached (pyjs.interp.proto_cache).  The replaced
    dict is emptied: code that read ``props`` earlier (generated code keeps
    ``this.props`` in a local) then finds nothing there and takes the general path,
    which sees the new dict."""
    while o is not None and type(o) in NAMED_PROPS_CLASSES:
        if type(o) is JSObject and type(o.props) is dict:
            old = o.props
            o.props = WatchedProps(old)
            old.clear()
        elif type(o) is JSObject and type(o.props) is GlobalProps:
            old = o.props
            o.props = WatchedGlobalProps(old.realm, old)
            old.clear()
        o = o.proto


class GlobalProps(dict):
    """The ``props`` of a realm's global object: a dict that renews the realm's
    ``global_token`` whenever a stored Prop leaves it (deleted, or replaced by
    another value), so that a global read may trust the Prop of a configurable
    property (the builtins: ``Math``, ``String``) it cached with the token for as
    long as the token is the realm's (compiler.refs.global_getter).  Assignments
    change a Prop's value in place and keep the token; plain values (implicit
    globals) are never cached, so replacing one keeps it too."""

    __slots__ = ("realm",)

    def __init__(self, realm, *args):
        dict.__init__(self, *args)
        self.realm = realm
        self._renew()

    def _renew(self):
        self.realm.global_token = object()

    def __setitem__(self, key, value):
        old = dict.get(self, key)
        dict.__setitem__(self, key, value)
        if old is not value and type(old) is Prop:
            self._renew()

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._renew()

    def __ior__(self, other):
        dict.update(self, other)
        self._renew()
        return self

    def pop(self, *args):
        self._renew()
        return dict.pop(self, *args)

    def popitem(self):
        self._renew()
        return dict.popitem(self)

    def clear(self):
        self._renew()
        dict.clear(self)

    def update(self, *args, **kwargs):
        dict.update(self, *args, **kwargs)
        self._renew()


class WatchedGlobalProps(WatchedProps, GlobalProps):
    """A global object's ``props`` once the global object is a prototype (watch_chain): its
    every change also empties proto_cache.INHERITED, as a :class:`WatchedProps`'s does."""

    __slots__ = ()


def ordered_keys(props):
    ints = []
    strs = []
    syms = []
    for k in props:
        if type(k) is str:
            if k[:1].isdigit() and is_array_index(k):
                ints.append(k)
            else:
                strs.append(k)
        elif type(k) is JSSymbol:
            syms.append(k)
        # anything else is a PrivateName: stored with the properties, never an own key
    if ints:
        ints.sort(key=int)
        return ints + strs + syms
    if syms:
        return strs + syms
    return strs


def _call_getter(getter, receiver):
    if getter is None:
        return None
    return getter.call(receiver, [])


def ordinary_set(obj, key, value, receiver):
    """OrdinarySet / OrdinarySetWithOwnDescriptor (§10.1.9)."""
    o = obj
    own = None
    while o is not None:
        if o.exotic:
            if o is not obj and type(o).set is not JSObject.set:
                return o.set(key, value, receiver)
            own = o.get_own_property(key)
            if own is not None:
                break
            o = o.get_prototype_of()
        else:
            v = o.props.get(key, MISSING)
            if v is not MISSING:
                if type(v) is not Prop:
                    if o is receiver:
                        o.props[key] = value
                        return True
                    own = Prop(v, DEFAULT_FLAGS)
                else:
                    own = v
                break
            o = o.proto
    if own is not None:
        if own.flags & ACCESSOR:
            if own.setter is None:
                return False
            own.setter.call(receiver, [value])
            return True
        if not own.flags & WRITABLE:
            return False
    if not isinstance(receiver, JSObject):
        return False
    if receiver is obj and not receiver.exotic and own is None:
        if not receiver.extensible:
            return False
        receiver.props[key] = value
        return True
    existing = receiver.get_own_property(key)
    if existing is not None:
        if existing.flags & ACCESSOR or not existing.flags & WRITABLE:
            return False
        return receiver.define_own_property(key, Descriptor(value=value))
    return receiver.define_own_property(key, data_desc(value))


def _same_value(x, y):
    from .ops import same_value
    return same_value(x, y)


def validate_and_apply(obj, key, extensible, desc, current):
    """https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor"""
    if current is None:
        if not extensible:
            return False
        if obj is not None:
            obj.props[key] = prop_from_descriptor(desc)
        return True
    flags = current.flags
    if not flags & CONFIGURABLE:
        if desc.configurable is True:
            return False
        if desc.enumerable is not MISSING and desc.enumerable != bool(flags & ENUMERABLE):
            return False
        if not desc.is_generic() and desc.is_accessor() != bool(flags & ACCESSOR):
            return False
        if flags & ACCESSOR:
            if desc.get is not MISSING and desc.get is not current.getter:
                return False
            if desc.set is not MISSING and desc.set is not current.setter:
                return False
        elif not flags & WRITABLE:
            if desc.writable is True:
                return False
            if desc.value is not MISSING and not _same_value(desc.value, current.value):
                return False
    if obj is None:
        return True
    if not flags & CONFIGURABLE:
        # Validated above: the property stays non-configurable and of its kind.  It keeps
        # its Prop, updated in place: the caches of global var bindings hold that object
        # (compiler.refs.global_getter and the code generator's reads and writes), and a
        # var binding is such a property.  Stored again below, so that a watched ``props``
        # (pyjs.interp.proto_cache) still empties the inherited-lookup cache.
        new = current
    elif desc.is_accessor() and not flags & ACCESSOR:
        nflags = (flags & (ENUMERABLE | CONFIGURABLE)) | ACCESSOR
        new = Prop(None, nflags, None, None)
    elif desc.is_data() and flags & ACCESSOR:
        new = Prop(None, flags & (ENUMERABLE | CONFIGURABLE))
    else:
        new = Prop(current.value, flags, current.getter, current.setter)
    if desc.value is not MISSING:
        new.value = desc.value
    if desc.get is not MISSING:
        new.getter = desc.get
    if desc.set is not MISSING:
        new.setter = desc.set
    for field, bit in (("writable", WRITABLE), ("enumerable", ENUMERABLE),
                       ("configurable", CONFIGURABLE)):
        v = getattr(desc, field)
        if v is not MISSING:
            new.flags = (new.flags | bit) if v else (new.flags & ~bit)
    obj.props[key] = new.value if new.flags == DEFAULT_FLAGS else new
    return True


class JSError(Exception):
    """A JS exception crossing Python code: ``raise JSError(value)``.

    Builtins raise errors without a realm at hand as
    ``JSError.make('TypeError', message)``; the error object is created
    lazily, in the current realm, the first time ``value`` is read.
    """

    def __init__(self, value=MISSING, kind=None, message=""):
        super().__init__(message)
        self._value = value
        self.kind = kind
        self._message = message
        self.js_stack = None        # list of (function name, file, line, column)

    @classmethod
    def make(cls, kind, message):
        return cls(MISSING, kind, message)

    @property
    def value(self):
        if self._value is MISSING:
            self._value = current_realm().new_error(self.kind, self._message, self)
        return self._value

    @property
    def name(self):
        if self._value is MISSING:
            return self.kind
        return _error_field(self._value, "name")

    @property
    def message(self):
        if self._value is MISSING:
            return self._message
        return _error_field(self._value, "message")

    @property
    def stack(self):
        if self._value is MISSING:
            from .errors import format_stack
            return format_stack(self.kind, self._message, self.js_stack)
        s = _error_field(self._value, "stack")
        return s if s else f"Uncaught {self}"

    def __str__(self):
        if self._value is MISSING:
            return f"{self.kind}: {self._message}"
        from .ops import safe_to_display
        return safe_to_display(self._value)


def _error_field(value, name):
    if isinstance(value, JSObject):
        try:
            v = value.get(name, value)
        except Exception:
            return None
        return v if type(v) is str else None
    return None


def type_error(message):
    return JSError.make("TypeError", message)


def range_error(message):
    return JSError.make("RangeError", message)


def reference_error(message):
    return JSError.make("ReferenceError", message)


def syntax_error(message):
    return JSError.make("SyntaxError", message)
