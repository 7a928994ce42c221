"""BufferSource values at the Web API edge: JS ArrayBuffer / views <-> Python bytes.

https://webidl.spec.whatwg.org/#BufferSource

The engine keeps an ArrayBuffer's bytes in a ``bytearray`` (``data``, None once
detached) and a view's window as (``viewed_array_buffer``, ``byte_offset``,
length) — see :mod:`pyjs.builtins.array_buffer` — so copies in and out are
slices, never per-element work.  Everything here reads internal slots
directly, so patched prototypes cannot observe or corrupt a copy.

The typed array modules are imported when a typed array is first made or read
here (a worker that never touches one does not load them: several ms of start-up).
"""
from ..builtins.array_buffer import ArrayBufferObject, ArrayBufferView
from ..builtins.data_view import DataViewObject, get_view_byte_length, is_view_out_of_bounds
from ..builtins.typed_array_core import attach_element_view

_uint8_array_class = None


def _uint8_array():
    global _uint8_array_class
    if _uint8_array_class is None:
        from ..builtins.typed_arrays import TYPED_ARRAY_CLASSES
        _uint8_array_class = TYPED_ARRAY_CLASSES["Uint8"]
    return _uint8_array_class


def binary_supported(realm):
    """Whether ``realm`` has ArrayBuffer and Uint8Array (hosts check before making buffers)."""
    return "%ArrayBuffer%" in realm.intrinsics and "%Uint8Array%" in realm.intrinsics


def is_array_buffer(v):
    return isinstance(v, ArrayBufferObject)


def is_array_buffer_view(v):
    return isinstance(v, ArrayBufferView)


def is_buffer_source(v):
    return isinstance(v, (ArrayBufferObject, ArrayBufferView))


def is_uint8_array(v):
    return isinstance(v, ArrayBufferView) and isinstance(v, _uint8_array())


def view_info(view):
    """(buffer, byte offset, byte length) of an ArrayBufferView (length 0 when detached or
    out of bounds)."""
    if isinstance(view, DataViewObject):
        length = 0 if is_view_out_of_bounds(view) else get_view_byte_length(view)
    else:
        from ..builtins.typed_array_core import typed_array_byte_length
        length = typed_array_byte_length(view)
    return view.viewed_array_buffer, view.byte_offset, length


def buffer_source_bytes(realm, v):
    """A copy of the bytes held by a BufferSource (none for a detached buffer).

    https://webidl.spec.whatwg.org/#dfn-get-buffer-source-copy
    ``realm`` (the caller's) is taken like the other functions here take it, so
    hosts call them all the same way; a copy out needs no realm.
    """
    if isinstance(v, ArrayBufferObject):
        return bytes(v.data) if v.data is not None else b""
    buf, offset, length = view_info(v)
    return bytes(buf.data[offset:offset + length]) if length else b""


def new_array_buffer(realm, data):
    """A new ArrayBuffer of ``realm`` holding a copy of ``data``."""
    return ArrayBufferObject(realm.intrinsics["%ArrayBuffer.prototype%"], bytearray(data))


def new_uint8_array(realm, data):
    """A new Uint8Array (over a new ArrayBuffer) holding a copy of ``data``."""
    u8 = _uint8_array()(realm.intrinsics["%Uint8Array.prototype%"])
    u8.viewed_array_buffer = new_array_buffer(realm, data)
    u8.byte_offset = 0
    u8.fixed_length = len(data)
    attach_element_view(u8)
    return u8


def write_bytes(view, start, data):
    """Store ``data`` into the view's bytes from byte ``start`` (the caller checks room)."""
    buf, offset, _ = view_info(view)
    buf.data[offset + start:offset + start + len(data)] = data
