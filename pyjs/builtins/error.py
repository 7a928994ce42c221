"""Error, the NativeError constructors and AggregateError (https://tc39.es/ecma262/#sec-error-objects)."""
from ..interp.ops import (to_string, get_prototype_from_constructor, iterate_to_list,
                          create_data_property_or_throw, is_callable)
from ..interp.values import JSObject, JSError, Prop, HIDDEN, null, type_error
from ._helpers import arg, method, make_constructor, install_global, value

NATIVE_ERRORS = ("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")


class ErrorObject(JSObject):
    __slots__ = ()
    class_name = "Error"


def install_error_data(o, message, options):
    """The message and cause steps shared by every Error constructor; returns the
    message string ("" when undefined), converted once (ToString may run code)."""
    if message is not None:
        message = to_string(message)
        o.props["message"] = Prop(message, HIDDEN)
    if isinstance(options, JSObject) and options.has_property("cause"):
        o.props["cause"] = Prop(options.get("cause", options), HIDDEN)
    return "" if message is None else message


def create_error(realm, kind, message, exc=None):
    """An error object for an engine-raised error (used by ``JSError.value``)."""
    proto = realm.intrinsics.get(f"%{kind}.prototype%") or realm.intrinsics["%Error.prototype%"]
    o = ErrorObject(proto)
    o.props["message"] = Prop(message, HIDDEN)
    frames = getattr(exc, "js_stack", None) if exc is not None else None
    from ..interp.errors import format_stack
    o.props["stack"] = Prop(format_stack(kind, message, frames), HIDDEN)
    return o


def _make_error_ctor(realm, name, parent_ctor, parent_proto, length=1):
    proto = JSObject(parent_proto)
    intrinsic = f"%{name}.prototype%"
    realm.intrinsics[intrinsic] = proto

    def construct(args, new_target):
        o = ErrorObject(get_prototype_from_constructor(new_target, intrinsic))
        message = install_error_data(o, arg(args, 0), arg(args, 1))
        o.props["stack"] = Prop(f"{name}: {message}", HIDDEN)
        return o

    def call(this, args):
        return construct(args, ctor)

    ctor = make_constructor(realm, name, length, call, construct, proto, parent=parent_ctor)
    value(proto, "name", name)
    value(proto, "message", "")
    install_global(realm, name, ctor)
    return ctor, proto


def setup(realm):
    error_ctor, error_proto = _make_error_ctor(realm, "Error", None, realm.object_prototype)

    @method(realm, error_proto, "toString", 0)
    def error_to_string(this, args):
        if not isinstance(this, JSObject):
            raise type_error("Error.prototype.toString called on non-object")
        name = this.get("name", this)
        name = "Error" if name is None else to_string(name)
        msg = this.get("message", this)
        msg = "" if msg is None else to_string(msg)
        if not name:
            return msg
        if not msg:
            return name
        return f"{name}: {msg}"

    @method(realm, error_ctor, "captureStackTrace", 1)
    def capture_stack_trace(this, args):
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            raise type_error("Invalid argument")
        o.define_own_property("stack", _stack_desc(o))
        return None

    for name in NATIVE_ERRORS:
        _make_error_ctor(realm, name, error_ctor, error_proto)

    agg_proto = JSObject(error_proto)
    realm.intrinsics["%AggregateError.prototype%"] = agg_proto

    def agg_construct(args, new_target):
        o = ErrorObject(get_prototype_from_constructor(new_target, "%AggregateError.prototype%"))
        message = install_error_data(o, arg(args, 1), arg(args, 2))
        o.props["stack"] = Prop(f"AggregateError: {message}", HIDDEN)
        errors = iterate_to_list(arg(args, 0))
        o.props["errors"] = Prop(realm.new_array(errors), HIDDEN)
        return o

    agg = make_constructor(realm, "AggregateError", 2, lambda this, args: agg_construct(args, agg),
                           agg_construct, agg_proto, parent=error_ctor)
    value(agg_proto, "name", "AggregateError")
    value(agg_proto, "message", "")
    install_global(realm, "AggregateError", agg)


def _stack_desc(o):
    from ..interp.values import Descriptor
    try:
        text = to_string(o.get("name", o) or "Error")
    except JSError:
        text = "Error"
    return Descriptor(value=text, writable=True, enumerable=False, configurable=True)
