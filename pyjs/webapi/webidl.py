"""WebIDL bindings shared by every Web API module: interface objects, brand checks,
type conversions, pair iterators and promise helpers.

https://webidl.spec.whatwg.org/

Every Web API class is a Python ``JSObject`` subclass whose slots are the
interface's internal slots; JS sees only the interface object, its prototype
(methods and accessors defined here with WebIDL's attributes) and instances.
The conversions return Python values a module can store (``str`` of UTF-16
code units for DOMString, code points for USVString, Latin-1 ``str`` for
ByteString), never something JS could reach.
"""
import math

from ..builtins._helpers import arg, install_global, make_constructor
from ..builtins.promise import (JSPromise, new_promise_capability_intrinsic,
                                perform_promise_then_native)
from ..interp.functions import NativeFunction
from ..interp.ops import (create_iter_result, get_iterator, get_method, is_callable,
                          iterator_step_value, to_boolean, to_number, to_string)
from ..interp.values import (ACCESSOR, CONFIGURABLE, ENUMERABLE, MISSING, SYM_ITERATOR,
                             SYM_TO_STRING_TAG, JSError, JSObject, Prop, null, type_error)
from .url_percent import usv_from_utf16, utf16_from_usv

__all__ = [
    "arg", "define_interface", "operation", "attribute", "readonly_attribute",
    "brand", "require_args", "to_dom_string", "to_usv_string", "to_byte_string", "to_enum",
    "to_unsigned_long_long", "dictionary_member", "callback_or_none",
    "sequence_from_iterable", "iterable_method", "to_boolean", "define_pair_iterator", "usv_from_utf16", "utf16_from_usv",
    "new_promise", "promise_resolved_with", "promise_rejected_with", "react", "upon",
    "mark_as_handled", "promise_is_settled", "JSError", "JSObject", "null",
]


# -- interface objects ----------------------------------------------------------------------

def define_interface(realm, name, construct=None, length=0, parent=None, global_name=True):
    """Create interface ``name``: its prototype object and interface object, registered
    as ``%name%``/``%name.prototype%`` (so ``get_prototype_from_constructor`` finds them)
    and installed on the global object.

    https://webidl.spec.whatwg.org/#interface-object

    ``construct(args, new_target)`` builds an instance; without it the interface
    object throws ("Illegal constructor").  Calling it without ``new`` is a TypeError.
    ``parent`` names an inherited interface (``"EventTarget"``), or is ``"%Error%"``
    for DOMException, whose prototype object alone inherits from %Error.prototype%
    (https://webidl.spec.whatwg.org/#es-DOMException-specialness).
    """
    if parent is None:
        parent_proto, parent_ctor = realm.object_prototype, None
    elif parent == "%Error%":
        parent_proto, parent_ctor = realm.intrinsics["%Error.prototype%"], None
    else:
        parent_ctor = realm.intrinsics[f"%{parent}%"]
        parent_proto = realm.intrinsics[f"%{parent}.prototype%"]
    proto = JSObject(parent_proto)
    realm.intrinsics[f"%{name}.prototype%"] = proto

    def call(this, args):
        raise type_error(f"Failed to construct '{name}': Please use the 'new' operator")

    def illegal(args, new_target):
        raise type_error("Illegal constructor")
    ctor = make_constructor(realm, name, length, call, construct or illegal, proto, parent=parent_ctor)
    proto.props[SYM_TO_STRING_TAG] = Prop(name, CONFIGURABLE)
    if global_name:
        install_global(realm, name, ctor)
    return ctor, proto


def operation(realm, obj, name, length):
    """Decorator: a regular operation ``fn(this, args)`` (writable, enumerable, configurable).

    https://webidl.spec.whatwg.org/#es-operations
    """
    def deco(fn):
        label = name if type(name) is str else "[" + (name.description or "") + "]"
        obj.props[name] = NativeFunction(realm, fn, label, length)
        return fn
    return deco


def attribute(realm, obj, name, get_fn, set_fn=None):
    """An attribute: an enumerable, configurable accessor (setter only when writable).

    https://webidl.spec.whatwg.org/#es-attributes
    """
    g = NativeFunction(realm, get_fn, "get " + name, 0)
    s = NativeFunction(realm, set_fn, "set " + name, 1) if set_fn is not None else None
    obj.props[name] = Prop(None, ACCESSOR | ENUMERABLE | CONFIGURABLE, g, s)


def readonly_attribute(realm, obj, name):
    """Decorator form of :func:`attribute` for a read-only attribute."""
    def deco(fn):
        attribute(realm, obj, name, fn)
        return fn
    return deco


def brand(this, cls, interface):
    """The implementation check: ``this`` must implement ``interface`` (a Python class).

    https://webidl.spec.whatwg.org/#dfn-perform-a-security-check and "this value" checks.
    """
    if not isinstance(this, cls):
        raise type_error(f"Illegal invocation: receiver is not a {interface}")
    return this


def require_args(args, n, what):
    """WebIDL overload resolution: fewer than the required arguments is a TypeError."""
    if len(args) < n:
        raise type_error(f"Failed to execute '{what}': {n} argument{'s' if n > 1 else ''} required, "
                         f"but only {len(args)} present.")


# -- conversions -----------------------------------------------------------------------------

def to_dom_string(v):
    """https://webidl.spec.whatwg.org/#es-DOMString (UTF-16 code units, as the engine keeps them)."""
    return v if type(v) is str else to_string(v)


def to_usv_string(v):
    """https://webidl.spec.whatwg.org/#es-USVString -> a Python code-point ``str``."""
    return usv_from_utf16(v if type(v) is str else to_string(v))


def to_byte_string(v, what="value"):
    """https://webidl.spec.whatwg.org/#es-ByteString -> ``str`` whose characters are bytes."""
    s = v if type(v) is str else to_string(v)
    if not s.isascii() and max(s) > "\xff":
        raise type_error(f"Cannot convert {what} to a ByteString: it contains a character above U+00FF")
    return s


def to_enum(v, allowed, what):
    """https://webidl.spec.whatwg.org/#es-enumeration"""
    s = to_dom_string(v)
    if s not in allowed:
        raise type_error(f"The provided value '{s}' is not a valid enum value of type {what}")
    return s


def to_unsigned_long_long(v, enforce_range=False):
    """https://webidl.spec.whatwg.org/#es-unsigned-long-long (ConvertToInt, 64 bits)."""
    x = to_number(v)
    if enforce_range:
        if math.isnan(x) or math.isinf(x):
            raise type_error("Value is not a finite number")
        x = math.trunc(x)
        if x < 0 or x > 2 ** 53 - 1:
            raise type_error("Value is outside the 'unsigned long long' value range")
        return int(x)
    if math.isnan(x) or math.isinf(x) or x == 0:
        return 0
    return int(math.trunc(x)) % (2 ** 64)


def dictionary_member(d, key):
    """Read member ``key`` of a dictionary argument (undefined when absent).

    https://webidl.spec.whatwg.org/#es-dictionary: undefined and null are an empty
    dictionary; any other non-object is a TypeError.
    """
    if d is None or d is null:
        return None
    if not isinstance(d, JSObject):
        raise type_error("The provided value is not of type dictionary")
    return d.get(key, d)


def callback_or_none(v, what):
    """An optional callback function member: undefined stays None, non-callables throw."""
    if v is None:
        return None
    if not is_callable(v):
        raise type_error(f"{what} is not a function")
    return v


def sequence_from_iterable(v, method, convert=None):
    """https://webidl.spec.whatwg.org/#create-sequence-from-iterable

    ``convert(item)`` converts each item as it is taken (so getters and conversions
    interleave as the standard orders them); without it items stay JS values.
    """
    rec = get_iterator(v, "sync", method)
    out = []
    while True:
        item = iterator_step_value(rec)
        if item is MISSING:
            return out
        out.append(item if convert is None else convert(item))


def iterable_method(v):
    """The @@iterator method of an object (None when absent): union type discrimination."""
    return get_method(v, SYM_ITERATOR) if isinstance(v, JSObject) else None


# -- pair iterators --------------------------------------------------------------------------

class PairIterator(JSObject):
    """A default iterator object: https://webidl.spec.whatwg.org/#dfn-default-iterator-object"""

    __slots__ = ("interface", "target", "kind", "index")


def define_pair_iterator(realm, name, proto, cls, pair_at):
    """Give interface ``name`` (prototype ``proto``, instances of ``cls``) the members of a
    pair iterable declaration: entries/keys/values/forEach/@@iterator.

    https://webidl.spec.whatwg.org/#idl-iterable
    ``pair_at(target, i)`` returns the i-th of the current "value pairs to iterate
    over" as two JS values, or None past the end; it is asked on every ``next()``,
    so changes made while iterating show.
    """
    iter_proto = JSObject(realm.intrinsics["%IteratorPrototype%"])
    iter_proto.props[SYM_TO_STRING_TAG] = Prop(f"{name} Iterator", CONFIGURABLE)
    realm.intrinsics[f"%{name}IteratorPrototype%"] = iter_proto

    @operation(realm, iter_proto, "next", 0)
    def next_(this, args):
        if not isinstance(this, PairIterator) or this.interface != name:
            raise type_error(f"next method called on an object that is not a {name} Iterator")
        pair = pair_at(this.target, this.index)
        if pair is None:
            return create_iter_result(None, True)
        this.index += 1
        k, v = pair
        if this.kind == "key":
            return create_iter_result(k, False)
        if this.kind == "value":
            return create_iter_result(v, False)
        return create_iter_result(realm.new_array([k, v]), False)

    def make(kind):
        def method(this, args):
            brand(this, cls, name)
            it = PairIterator(iter_proto)
            it.interface, it.target, it.kind, it.index = name, this, kind, 0
            return it
        return method
    entries = NativeFunction(realm, make("key+value"), "entries", 0)
    proto.props["entries"] = entries
    proto.props["keys"] = NativeFunction(realm, make("key"), "keys", 0)
    proto.props["values"] = NativeFunction(realm, make("value"), "values", 0)
    proto.props[SYM_ITERATOR] = Prop(entries, WRITABLE_CONFIGURABLE)

    @operation(realm, proto, "forEach", 1)
    def for_each(this, args):
        brand(this, cls, name)
        callback = arg(args, 0)
        if not is_callable(callback):
            raise type_error("forEach callback is not a function")
        this_arg = arg(args, 1)
        i = 0
        while True:
            pair = pair_at(this, i)
            if pair is None:
                return None
            k, v = pair
            callback.call(this_arg, [v, k, this])
            i += 1


WRITABLE_CONFIGURABLE = 5


# -- promises --------------------------------------------------------------------------------

def new_promise(realm):
    """https://webidl.spec.whatwg.org/#a-new-promise -> a Capability (``.promise``,
    ``.resolve(v)``, ``.reject(r)``)."""
    return new_promise_capability_intrinsic(realm)


def promise_resolved_with(realm, v):
    """https://webidl.spec.whatwg.org/#a-promise-resolved-with

    Always a new promise, resolved with ``v``: when ``v`` is itself a promise
    the new one adopts its state a couple of microtasks later (this is not
    PromiseResolve, and the Streams tests observe the difference).
    """
    cap = new_promise_capability_intrinsic(realm)
    cap.resolve(v)
    return cap.promise


def promise_rejected_with(realm, reason):
    """https://webidl.spec.whatwg.org/#a-promise-rejected-with"""
    cap = new_promise_capability_intrinsic(realm)
    cap.reject(reason)
    return cap.promise


def upon(p, on_fulfilled=None, on_rejected=None):
    """React to promise ``p`` with Python callables, creating no result promise.

    https://webidl.spec.whatwg.org/#upon-fulfillment (``p`` is marked as handled).
    The callbacks run as microtasks; a JS exception they raise reaches the host's
    microtask error reporting, so callers catch what they can handle.
    """
    perform_promise_then_native(p, on_fulfilled or _ignore, on_rejected or _ignore)


def react(realm, p, on_fulfilled=None, on_rejected=None):
    """https://webidl.spec.whatwg.org/#dfn-perform-steps-once-promise-is-settled

    Returns a new promise resolved with the callback's return value, or rejected
    with the JS exception it raised; a missing callback passes the value/reason on.
    """
    cap = new_promise_capability_intrinsic(realm)

    def run(step, v, is_ok):
        if step is None:
            (cap.resolve if is_ok else cap.reject)(v)
            return
        try:
            result = step(v)
        except JSError as e:
            cap.reject(e.value)
            return
        cap.resolve(result)
    perform_promise_then_native(p, lambda v: run(on_fulfilled, v, True),
                                lambda r: run(on_rejected, r, False))
    return cap.promise


def mark_as_handled(p):
    """https://webidl.spec.whatwg.org/#mark-a-promise-as-handled"""
    if isinstance(p, JSPromise):
        p.is_handled = True


def promise_is_settled(p):
    return isinstance(p, JSPromise) and p.promise_state != "pending"


def _ignore(_v):
    return None
