"""BufferSource values at the Web API edge: JS ArrayBuffer / typed arrays <-> Python bytes.

https://webidl.spec.whatwg.org/#BufferSource

ArrayBuffer and the typed arrays are an engine builtin family
(``pyjs.builtins.typed_arrays``) that may be absent from a realm; every
function here degrades: :func:`binary_supported` says whether the realm has
them, and the Web APIs then accept and produce strings only.  Nothing here
imports that family: a value is recognised by its ``class_name`` (the engine's
stand-in for internal slots) and is read and written through the realm's
*original* builtins (the intrinsic constructors and accessors), which run no
user code, so patched prototypes cannot observe or corrupt a copy.
"""
from ..interp.values import ACCESSOR, JSObject, Prop, type_error

TYPED_ARRAY_NAMES = (
    "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
    "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array",
    "BigUint64Array")
_VIEW_NAMES = frozenset(TYPED_ARRAY_NAMES + ("DataView",))
_BUFFER_NAMES = frozenset(("ArrayBuffer", "SharedArrayBuffer"))


def binary_supported(realm):
    return "%ArrayBuffer%" in realm.intrinsics and "%Uint8Array%" in realm.intrinsics


def is_array_buffer(v):
    return isinstance(v, JSObject) and v.class_name in _BUFFER_NAMES


def is_array_buffer_view(v):
    return isinstance(v, JSObject) and v.class_name in _VIEW_NAMES


def is_buffer_source(v):
    return is_array_buffer(v) or is_array_buffer_view(v)


def is_uint8_array(v):
    return isinstance(v, JSObject) and v.class_name == "Uint8Array"


def _intrinsic_accessor(realm, proto_name, key):
    proto = realm.intrinsics.get(proto_name)
    while isinstance(proto, JSObject):
        p = proto.props.get(key)
        if type(p) is Prop and p.flags & ACCESSOR:
            return p.getter
        proto = proto.proto
    raise type_error(f"{proto_name} has no '{key}' accessor")


def _get(realm, v, key):
    """Read an internal-slot-like attribute through the original builtin getter."""
    return _intrinsic_accessor(realm, f"%{v.class_name}.prototype%", key).call(v, [])


def view_info(realm, view):
    """(buffer, byte offset, byte length) of an ArrayBufferView."""
    buf = _get(realm, view, "buffer")
    return buf, int(_get(realm, view, "byteOffset")), int(_get(realm, view, "byteLength"))


def _read(realm, buffer, offset, length):
    u8 = realm.intrinsics["%Uint8Array%"].construct(
        [buffer, float(offset), float(length)], realm.intrinsics["%Uint8Array%"])
    return bytes(int(u8.get(str(i), u8)) for i in range(length))


def buffer_source_bytes(realm, v):
    """A copy of the bytes held by a BufferSource.

    https://webidl.spec.whatwg.org/#dfn-get-buffer-source-copy (a detached buffer
    gives no bytes).
    """
    if is_array_buffer(v):
        n = int(_get(realm, v, "byteLength"))
        return _read(realm, v, 0, n) if n else b""
    buf, offset, length = view_info(realm, v)
    return _read(realm, buf, offset, length) if length else b""


def require_binary(realm):
    """Raise a JS TypeError unless the realm has ArrayBuffer and Uint8Array."""
    if not binary_supported(realm):
        raise type_error("ArrayBuffer and Uint8Array are not available in this realm")


def new_array_buffer(realm, data):
    """A new ArrayBuffer holding a copy of ``data``."""
    u8 = new_uint8_array(realm, data)
    return _get(realm, u8, "buffer")


def new_uint8_array(realm, data):
    """A new Uint8Array (over a new ArrayBuffer) holding a copy of ``data``."""
    require_binary(realm)
    ctor = realm.intrinsics["%Uint8Array%"]
    u8 = ctor.construct([float(len(data))], ctor)
    write_bytes(u8, 0, data)
    return u8


def write_bytes(u8, start, data):
    """Store ``data`` into Uint8Array ``u8`` from element ``start`` (the caller checks room)."""
    for i, b in enumerate(data, start):
        u8.set(str(i), float(b), u8)


def uint8_length(realm, u8):
    return int(_get(realm, u8, "length"))
