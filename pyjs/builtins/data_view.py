"""DataView (ECMA-262 §25.3).

https://tc39.es/ecma262/#sec-dataview-objects

A :class:`DataViewObject` has [[ViewedArrayBuffer]], [[ByteOffset]] and
[[ByteLength]] (``view_byte_length``; ``None`` is ~auto~, a view that tracks
the length of a resizable buffer).  The get/set methods are generated from
the element types of Table 71 (one GetViewValue / SetViewValue each), so
every type and both byte orders share one implementation.
"""
from ..interp.ops import (
    get_prototype_from_constructor,
    to_big_int,
    to_boolean,
    to_index,
    to_number,
)
from ..interp.values import (
    CONFIGURABLE,
    SYM_TO_STRING_TAG,
    JSObject,
    Prop,
    range_error,
    type_error,
)
from ._helpers import arg, getter, install_global, make_constructor, method
from .array_buffer import ArrayBufferObject, ArrayBufferView
from .element_types import ELEMENT_TYPES

# the DataView method name suffixes, in the order the spec lists the methods
_VIEW_TYPES = ("BigInt64", "BigUint64", "Float16", "Float32", "Float64", "Int8", "Int16",
               "Int32", "Uint8", "Uint16", "Uint32")


class DataViewObject(ArrayBufferView):
    """A DataView: [[DataView]], [[ViewedArrayBuffer]], [[ByteLength]], [[ByteOffset]]."""

    __slots__ = ("view_byte_length",)
    class_name = "DataView"


def is_view_out_of_bounds(view):
    """IsViewOutOfBounds (https://tc39.es/ecma262/#sec-isviewoutofbounds)."""
    data = view.viewed_array_buffer.data
    if data is None:
        return True
    n = len(data)
    start = view.byte_offset
    end = n if view.view_byte_length is None else start + view.view_byte_length
    return start > n or end > n


def get_view_byte_length(view):
    """GetViewByteLength (https://tc39.es/ecma262/#sec-getviewbytelength); the view is in bounds."""
    if view.view_byte_length is not None:
        return view.view_byte_length
    return len(view.viewed_array_buffer.data) - view.byte_offset


def _this_view(view, what):
    """RequireInternalSlot(view, [[DataView]])."""
    if not isinstance(view, DataViewObject):
        raise type_error(f"DataView.prototype.{what} called on incompatible receiver")
    return view


def get_view_value(view, request_index, is_little_endian, et, what):
    """GetViewValue (https://tc39.es/ecma262/#sec-getviewvalue)."""
    _this_view(view, what)
    get_index = to_index(request_index)
    little = to_boolean(is_little_endian)
    if is_view_out_of_bounds(view):
        raise type_error(f"DataView.prototype.{what}: the view is detached or out of bounds")
    if get_index + et.size > get_view_byte_length(view):
        raise range_error("Offset is outside the bounds of the DataView")
    return et.get_value(view.viewed_array_buffer.data, get_index + view.byte_offset, little)


def set_view_value(view, request_index, is_little_endian, et, value, what):
    """SetViewValue (https://tc39.es/ecma262/#sec-setviewvalue)."""
    _this_view(view, what)
    get_index = to_index(request_index)
    num = to_big_int(value) if et.is_bigint else to_number(value)
    little = to_boolean(is_little_endian)
    if is_view_out_of_bounds(view):
        raise type_error(f"DataView.prototype.{what}: the view is detached or out of bounds")
    if get_index + et.size > get_view_byte_length(view):
        raise range_error("Offset is outside the bounds of the DataView")
    et.set_value(view.viewed_array_buffer.data, get_index + view.byte_offset, num, little)


def setup(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%DataView.prototype%"] = proto

    def construct(args, new_target):
        """DataView ( buffer [ , byteOffset [ , byteLength ] ] )
        (https://tc39.es/ecma262/#sec-dataview-buffer-byteoffset-bytelength)."""
        buffer = arg(args, 0)
        if not isinstance(buffer, ArrayBufferObject):
            raise type_error("First argument to DataView constructor must be an ArrayBuffer")
        offset = to_index(arg(args, 1))
        if buffer.data is None:
            raise type_error("Cannot construct a DataView on a detached ArrayBuffer")
        buffer_byte_length = len(buffer.data)
        if offset > buffer_byte_length:
            raise range_error(f"Start offset {offset} is outside the bounds of the buffer")
        byte_length = arg(args, 2)
        if byte_length is None:
            view_byte_length = buffer_byte_length - offset if buffer.max_byte_length is None else None
        else:
            view_byte_length = to_index(byte_length)
            if offset + view_byte_length > buffer_byte_length:
                raise range_error(f"Invalid DataView length {view_byte_length}")
        o = DataViewObject(get_prototype_from_constructor(new_target, "%DataView.prototype%"))
        # the prototype lookup can run user code that detaches or resizes the buffer
        if buffer.data is None:
            raise type_error("Cannot construct a DataView on a detached ArrayBuffer")
        buffer_byte_length = len(buffer.data)
        if offset > buffer_byte_length:
            raise range_error(f"Start offset {offset} is outside the bounds of the buffer")
        if byte_length is not None and offset + view_byte_length > buffer_byte_length:
            raise range_error(f"Invalid DataView length {view_byte_length}")
        o.viewed_array_buffer = buffer
        o.view_byte_length = view_byte_length
        o.byte_offset = offset
        return o

    def call(this, args):
        raise type_error("Constructor DataView requires 'new'")

    ctor = make_constructor(realm, "DataView", 1, call, construct, proto)
    install_global(realm, "DataView", ctor)

    @getter(realm, proto, "buffer")
    def buffer_(this, args):
        """https://tc39.es/ecma262/#sec-get-dataview.prototype.buffer"""
        return _this_view(this, "buffer").viewed_array_buffer

    @getter(realm, proto, "byteLength")
    def byte_length_(this, args):
        """https://tc39.es/ecma262/#sec-get-dataview.prototype.bytelength"""
        o = _this_view(this, "byteLength")
        if is_view_out_of_bounds(o):
            raise type_error("DataView.prototype.byteLength: the view is detached or out of bounds")
        return float(get_view_byte_length(o))

    @getter(realm, proto, "byteOffset")
    def byte_offset_(this, args):
        """https://tc39.es/ecma262/#sec-get-dataview.prototype.byteoffset"""
        o = _this_view(this, "byteOffset")
        if is_view_out_of_bounds(o):
            raise type_error("DataView.prototype.byteOffset: the view is detached or out of bounds")
        return float(o.byte_offset)

    for name in _VIEW_TYPES:
        _install_accessors(realm, proto, ELEMENT_TYPES[name])
    proto.props[SYM_TO_STRING_TAG] = Prop("DataView", CONFIGURABLE)


def _install_accessors(realm, proto, et):
    """DataView.prototype.get<Type> and set<Type> for one element type."""
    get_name = "get" + et.name
    set_name = "set" + et.name

    def get_(this, args):
        """DataView.prototype.getType ( byteOffset [ , littleEndian ] )
        (https://tc39.es/ecma262/#sec-dataview.prototype.getint8 and the following)."""
        return get_view_value(this, arg(args, 0), arg(args, 1), et, get_name)

    def set_(this, args):
        """DataView.prototype.setType ( byteOffset, value [ , littleEndian ] )
        (https://tc39.es/ecma262/#sec-dataview.prototype.setint8 and the following)."""
        return set_view_value(this, arg(args, 0), arg(args, 2), et, arg(args, 1), set_name)

    method(realm, proto, get_name, 1)(get_)
    method(realm, proto, set_name, 2)(set_)
