"""Array exotic objects (https://tc39.es/ecma262/#sec-array-exotic-objects).

An array keeps its elements in a dense Python list (``elements``) as long as
every element is a plain data property (holes are the ``HOLE`` marker).  An
element with other attributes, or a huge gap, switches it to sparse mode:
``elements`` becomes None and the elements live in ``props`` like any
property.  ``length`` is an int either way.

``holey`` is False only when ``elements`` is known to contain no HOLE (a
"packed" array, on which builtins may skip the per-element hole checks);
the internal methods set it whenever they make a hole.  Code that writes
HOLE into ``elements`` itself must set ``holey = True``.
"""
from .numconv import number_to_string
from .proto_cache import WatchedProps, invalidate
from .values import (
    ACCESSOR, DEFAULT_FLAGS, MISSING, NAMED_PROPS_CLASSES, WRITABLE, JSObject,
    Prop, is_array_index, ordered_keys, ordinary_set, range_error, validate_and_apply,
)

HOLE = type("Hole", (), {"__repr__": lambda self: "<hole>"})()
MAX_DENSE_GAP = 1 << 16
MAX_LENGTH = 4294967295
DENSIFY_LIMIT = 1 << 22     # a sparse array this long or shorter turns dense again once full


class JSArray(JSObject):
    __slots__ = ("elements", "length", "length_writable", "sparse_adds", "holey")
    class_name = "Array"
    exotic = True

    def __init__(self, proto, elements=None):
        # JSObject.__init__'s three fields, set here: every array literal and
        # result array is made here, and the super() call costs as much again
        self.props = {}
        self.proto = proto
        self.extensible = True
        self.elements = els = [] if elements is None else elements
        self.length = n = len(els)
        self.length_writable = True
        self.holey = n > 0                  # unknown until is_packed() looks
        # Count of index properties created in sparse mode: an iteration over a
        # sparse array may skip the absent indices it has listed until this changes.
        self.sparse_adds = 0

    # -- helpers ----------------------------------------------------------------
    def is_packed(self):
        """Dense with no hole: every index below length is an own plain data
        property (so reading or overwriting any of them runs no JS code)."""
        els = self.elements
        if els is None:
            return False
        if self.holey:
            if HOLE in els:
                return False
            self.holey = False
        return True

    def make_sparse(self):
        els = self.elements
        if els is None:
            return
        old = self.props
        props = {}
        for i, v in enumerate(els):
            if v is not HOLE:
                props[str(i)] = v
        props.update(old)
        self.props = props
        self.elements = None
        if isinstance(old, WatchedProps):
            invalidate()        # a prototype array's properties are no longer watched

    @staticmethod
    def _index(key):
        """The array index a property key denotes (https://tc39.es/ecma262/#array-index), or -1."""
        if type(key) is str and key[:1].isdigit() and key.isascii() and key.isdigit():
            if key[0] == "0":
                return 0 if len(key) == 1 else -1
            i = int(key)
            return i if i < 4294967295 else -1
        return -1

    # -- internal methods ---------------------------------------------------------
    # In dense mode no index key is ever in ``props``, so a key that is not an
    # index held by ``elements`` is looked up in ``props`` like on any object.
    def get_own_property(self, key):
        els = self.elements
        if els is not None and type(key) is str and key[:1].isdigit():
            i = self._index(key)
            if i >= 0:
                if i < len(els):
                    v = els[i]
                    if v is not HOLE:
                        return Prop(v, DEFAULT_FLAGS)
                return None
        elif key == "length":
            return Prop(float(self.length), WRITABLE if self.length_writable else 0)
        v = self.props.get(key, MISSING)
        if v is MISSING:
            return None
        return v if type(v) is Prop else Prop(v, DEFAULT_FLAGS)

    def get(self, key, receiver):
        els = self.elements
        if els is not None and type(key) is str and key[:1].isdigit():
            i = self._index(key)
            if 0 <= i < len(els):
                v = els[i]
                if v is not HOLE:
                    return v
        elif key == "length":
            return float(self.length)
        v = self.props.get(key, MISSING)
        if v is not MISSING:
            if type(v) is Prop:
                if v.flags & ACCESSOR:
                    return None if v.getter is None else v.getter.call(receiver, [])
                return v.value
            return v
        proto = self.proto
        if proto is None:
            return None
        return proto.get(key, receiver)

    def has_property(self, key):
        els = self.elements
        if els is not None and type(key) is str and key[:1].isdigit():
            i = self._index(key)
            if i >= 0:
                if i < len(els) and els[i] is not HOLE:
                    return True
            elif key in self.props:
                return True
        elif key == "length" or key in self.props:
            return True
        proto = self.proto
        return proto is not None and proto.has_property(key)

    def set(self, key, value, receiver):
        els = self.elements
        if receiver is self and els is not None and type(key) is str:
            i = self._index(key)
            if 0 <= i < len(els):
                if els[i] is not HOLE:
                    els[i] = value
                    return True
                if self.extensible and not _proto_has_index(self.proto, i):
                    els[i] = value
                    return True
        return ordinary_set(self, key, value, receiver)

    def set_index(self, i, value):
        """Fast ``a[i] = value`` for a float/int index on this array (receiver is self)."""
        els = self.elements
        if els is not None:
            n = len(els)
            if i < n:
                if els[i] is not HOLE or self.extensible and (
                        protos_index_free(self.proto) or not _proto_has_index(self.proto, i)):
                    els[i] = value
                    return True
            elif i == n and self.extensible and self.length_writable and (
                    protos_index_free(self.proto) or not _proto_has_index(self.proto, i)):
                els.append(value)
                self.length = n + 1
                return True
        return ordinary_set(self, str(i) if i < 1e21 else number_to_string(float(i)), value, self)

    def define_own_property(self, key, desc):
        """[[DefineOwnProperty]] (https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc).

        A dense array stays dense while the element being defined is (or
        becomes) a plain writable/enumerable/configurable data property;
        anything else moves the elements to ``props`` (sparse mode), where
        ValidateAndApplyPropertyDescriptor does the work.
        """
        if key == "length":
            return self.array_set_length(desc)
        i = self._index(key)
        if i < 0:
            return JSObject.define_own_property(self, key, desc)
        if i >= self.length and not self.length_writable:
            return False
        els = self.elements
        if els is not None:
            n = len(els)
            present = i < n and els[i] is not HOLE
            if not present and not self.extensible:
                return False
            if (desc.get is MISSING and desc.set is MISSING and desc.writable is not False
                    and desc.enumerable is not False and desc.configurable is not False):
                if present:
                    if desc.value is not MISSING:
                        els[i] = desc.value
                    return True
                if desc.writable is True and desc.enumerable is True and desc.configurable is True:
                    v = None if desc.value is MISSING else desc.value
                    if i < n:
                        els[i] = v
                        return True
                    if i - n <= MAX_DENSE_GAP:
                        if i > n:
                            els.extend([HOLE] * (i - n))
                            self.holey = True
                        els.append(v)
                        self.length = i + 1
                        return True
            self.make_sparse()
        cur = JSObject.get_own_property(self, key)
        ok = validate_and_apply(self, key, self.extensible, desc, cur)
        if ok and cur is None:
            self.sparse_adds += 1
            if i >= self.length:
                self.length = i + 1
            if i == self.length - 1 and len(self.props) >= self.length:
                self._densify()
        return ok

    def _densify(self):
        """Back to dense mode when every index below length is a plain data
        property (e.g. ``new Array(n)`` with a large n, then filled in order)."""
        n = self.length
        if n > DENSIFY_LIMIT or type(self.props) is PrototypeProps:
            return      # Array.prototype stays sparse (see watch_prototype_indices)
        props = self.props
        els = []
        for i in range(n):
            v = props.get(str(i), MISSING)
            if v is MISSING or type(v) is Prop:
                return
            els.append(v)
        for i in range(n):
            del props[str(i)]
        self.elements = els
        self.holey = False

    def array_set_length(self, desc):
        """https://tc39.es/ecma262/#sec-arraysetlength"""
        if desc.value is MISSING:
            return _define_length_attrs(self, desc)
        from .ops import to_number, to_uint32
        new_len = to_uint32(desc.value)
        if float(new_len) != to_number(desc.value):
            raise range_error("Invalid array length")
        if desc.configurable is True or desc.enumerable is True or desc.get is not MISSING or desc.set is not MISSING:
            return False
        if new_len >= self.length:
            if not self.length_writable and new_len != self.length:
                return False
            if desc.writable is False and not self.length_writable:
                return True
            if not self.length_writable:
                return new_len == self.length and desc.writable is not True
            els = self.elements
            if els is not None and new_len > len(els):
                if new_len - len(els) > MAX_DENSE_GAP:
                    self.make_sparse()
                else:
                    els.extend([HOLE] * (new_len - len(els)))
                    self.holey = True
            self.length = new_len
            if desc.writable is False:
                self.length_writable = False
            return True
        if not self.length_writable:
            return False
        els = self.elements
        if els is not None:
            del els[new_len:]
            self.length = new_len
        else:
            idx = sorted((int(k) for k in self.props if type(k) is str and is_array_index(k)
                          and int(k) >= new_len), reverse=True)
            for k in idx:
                if not JSObject.delete(self, str(k)):
                    self.length = k + 1
                    if desc.writable is False:
                        self.length_writable = False
                    return False
            self.length = new_len
        if desc.writable is False:
            self.length_writable = False
        return True

    def delete(self, key):
        els = self.elements
        if els is not None:
            i = self._index(key)
            if i >= 0:
                if i < len(els):
                    els[i] = HOLE
                    self.holey = True
                return True
        if key == "length":
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self):
        els = self.elements
        if els is not None:
            keys = [str(i) for i, v in enumerate(els) if v is not HOLE]
            keys.append("length")
            rest = ordered_keys(self.props)
            return keys + rest
        keys = ordered_keys(self.props)
        n = 0
        while n < len(keys) and type(keys[n]) is str and is_array_index(keys[n]):
            n += 1
        return keys[:n] + ["length"] + keys[n:]

    def prevent_extensions(self):
        self.extensible = False
        return True

    def set_prototype_of(self, v):
        """OrdinarySetPrototypeOf; on Array.prototype a new [[Prototype]] may
        bring inherited elements, which :class:`PrototypeProps` must learn."""
        props = self.props
        if type(props) is PrototypeProps and v is not self.proto and props.index_free:
            props.lose_index_freedom()
        return JSObject.set_prototype_of(self, v)


NAMED_PROPS_CLASSES.add(JSArray)    # exotic for indices and "length" only


def _define_length_attrs(arr, desc):
    if desc.configurable is True or desc.enumerable is True or desc.get is not MISSING or desc.set is not MISSING:
        return False
    if desc.writable is True and not arr.length_writable:
        return False
    if desc.writable is False:
        arr.length_writable = False
    return True


class PrototypeProps(WatchedProps):
    """The property dict of a realm's Array.prototype and Object.prototype,
    which records whether either of them was ever given an integer-like key.

    Every new element an array receives through [[Set]] must first look for
    an inherited property of that name (a setter or a read-only element would
    run or refuse), which :func:`proto_has_index` answers.  Walking the chain
    with ``str(i)`` on every ``push`` or ``a[a.length] = v`` is the common
    case's largest cost, so the two prototypes every ordinary array has watch
    their own dict instead: a store of a key that starts with a digit (every
    array index does) clears ``index_free`` in both dicts of the realm, for
    good.  Stores reach a dict through ``__setitem__`` whichever code makes
    them (ordinary [[Set]], ValidateAndApplyPropertyDescriptor, literals,
    generated code); nothing in the engine stores into ``props`` through
    ``dict.update``/``setdefault``.  Array.prototype is an Array kept in sparse
    mode (``elements`` None, see watch_prototype_indices), so an element given to
    it is a key of this dict too, and its dict is never replaced.  Changing its
    [[Prototype]] clears the flags too (:meth:`JSArray.set_prototype_of`);
    Object.prototype's [[Prototype]] is immutable.

    ``push_in_place`` (meaningful in Array.prototype's dict) adds to
    ``index_free`` that ``push`` is still the property array_mutators.install
    stored, %Array.prototype.push%: generated code then appends to an Array that
    inherits it without a call (ExpressionGenerator.push_statement).  Any store
    or delete of ``push`` clears it for good, as losing index freedom does.
    """

    __slots__ = ("index_free", "group", "push_in_place")

    def __setitem__(self, key, value):
        if type(key) is str and (self.index_free and key[:1].isdigit() or key == "push"):
            self.lose_index_freedom() if key != "push" else self.lose_push()
        WatchedProps.__setitem__(self, key, value)

    def __delitem__(self, key):
        if key == "push":
            self.lose_push()
        WatchedProps.__delitem__(self, key)

    def pop(self, *args):
        if args and args[0] == "push":
            self.lose_push()
        return WatchedProps.pop(self, *args)

    def popitem(self):
        self.lose_push()
        return WatchedProps.popitem(self)

    def clear(self):
        self.lose_push()
        WatchedProps.clear(self)

    def lose_index_freedom(self):
        for props in self.group:
            props.index_free = False
            props.push_in_place = False

    def lose_push(self):
        self.push_in_place = False


def watch_prototype_indices(array_prototype, object_prototype):
    """Give a realm's Array.prototype and Object.prototype the
    :class:`PrototypeProps` dicts that let :func:`protos_index_free` answer
    in O(1).  Array.prototype goes to sparse mode first (it has no element
    yet), so that every element it is ever given passes through its dict."""
    group = []
    array_prototype.make_sparse()
    index_free = not any(type(k) is str and k[:1].isdigit()
                         for o in (array_prototype, object_prototype) for k in o.props)
    for o in (array_prototype, object_prototype):
        props = PrototypeProps(o.props)
        props.index_free = index_free
        props.push_in_place = False
        props.group = group
        group.append(props)
        o.props = props


def protos_index_free(proto):
    """A cheap, conservative test: True when no object on the prototype chain
    starting at ``proto`` has (or may answer for) an array-index property —
    the chain is a realm's Array.prototype (with no element) and
    Object.prototype, or Object.prototype alone, and neither was ever given an
    integer-like key (see :class:`PrototypeProps`).  False means "unknown"."""
    if proto is None:
        return True
    props = proto.props
    return type(props) is PrototypeProps and props.index_free and \
        not (type(proto) is JSArray and proto.elements)


def proto_has_index(proto, i):
    """Whether an object on the prototype chain starting at ``proto`` may have
    the property ``ToString(i)``.

    When none has, [[Set]] of a new element on an array only defines it on the
    array itself (no inherited setter or read-only element runs or refuses),
    so fast paths may append directly.  Exotic objects other than arrays (a
    Proxy, whose traps would observe the lookup) answer True conservatively.
    """
    if protos_index_free(proto):
        return False
    key = None
    while proto is not None:
        if type(proto) is JSArray:
            els = proto.elements
            if els is not None:
                if i < len(els) and els[i] is not HOLE:
                    return True
            else:
                key = key or str(i)
                if key in proto.props:
                    return True
        elif proto.exotic:
            return True
        elif proto.props:
            key = key or str(i)
            if key in proto.props:
                return True
        proto = proto.proto
    return False


_proto_has_index = proto_has_index
