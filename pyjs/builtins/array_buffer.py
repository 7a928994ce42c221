"""ArrayBuffer and SharedArrayBuffer (ECMA-262 §25.1, §25.2).

https://tc39.es/ecma262/#sec-arraybuffer-objects

A buffer's [[ArrayBufferData]] is a Python ``bytearray`` in the ``data``
attribute (``None`` once detached); [[ArrayBufferByteLength]] is simply
``len(data)``, and [[ArrayBufferMaxByteLength]] is ``max_byte_length``
(``None`` for a fixed-length buffer).  Resizing and growing change the
``bytearray`` in place, so every view sees the new length at once; views
hold the buffer object, never the ``bytearray`` itself, so a detach (which
drops ``data``) is seen by all of them too.

Only one agent runs per process, so a SharedArrayBuffer's Shared Data Block is
an ordinary ``bytearray`` as well, and the "buffer witness records" of the
spec (cached byte lengths guarding against racing grows) are not needed: a
length read is always current.

CreateByteDataBlock refuses sizes above :data:`MAX_BYTE_LENGTH` (1 GiB, the
ceiling the spec's resizable-buffer guidelines recommend) with a RangeError,
and the same bound applies to ``maxByteLength``: the host cannot promise
more memory than that.
"""
from ..interp.agent import current_realm
from ..interp.ops import (
    get_prototype_from_constructor,
    same_value,
    species_constructor,
    to_index,
)
from ..interp.values import (
    CONFIGURABLE,
    SYM_SPECIES,
    SYM_TO_STRING_TAG,
    JSObject,
    Prop,
    range_error,
    type_error,
)
from ._helpers import arg, getter, install_global, make_constructor, method
from .array_ops import relative_end, relative_start

MAX_BYTE_LENGTH = 1 << 30


class ArrayBufferObject(JSObject):
    """An ArrayBuffer: [[ArrayBufferData]] (``data``), [[ArrayBufferMaxByteLength]],
    [[ArrayBufferDetachKey]].  ``element_views`` lists weak references to the TypedArrays
    that read ``data`` through a memoryview, which a detach must take away."""

    __slots__ = ("data", "detach_key", "max_byte_length", "element_views")
    class_name = "ArrayBuffer"
    shared = False

    def __init__(self, proto, data, max_byte_length=None):
        super().__init__(proto)
        self.data = data
        self.max_byte_length = max_byte_length
        self.detach_key = None
        self.element_views = None

    def detach(self, key=None):
        detach_array_buffer(self, key)


class SharedArrayBufferObject(ArrayBufferObject):
    """A SharedArrayBuffer (never detached; growable when ``max_byte_length`` is set)."""

    __slots__ = ()
    class_name = "SharedArrayBuffer"
    shared = True


class ArrayBufferView(JSObject):
    """An object with a [[ViewedArrayBuffer]] and [[ByteOffset]]: a TypedArray or a DataView."""

    __slots__ = ("byte_offset", "viewed_array_buffer")


# -- abstract operations (§25.1.3, §25.2.2) -------------------------------------------------

def create_byte_data_block(size):
    """https://tc39.es/ecma262/#sec-createbytedatablock : ``size`` zero bytes, or a RangeError."""
    if size > MAX_BYTE_LENGTH:
        raise range_error(f"Array buffer allocation failed: {size} bytes is too large")
    try:
        return bytearray(size)
    except MemoryError:
        raise range_error("Array buffer allocation failed") from None


def allocate_array_buffer(constructor, byte_length, max_byte_length=None, cls=ArrayBufferObject,
                          default_proto="%ArrayBuffer.prototype%"):
    """AllocateArrayBuffer (https://tc39.es/ecma262/#sec-allocatearraybuffer), also
    AllocateSharedArrayBuffer with ``cls``/``default_proto`` for the shared kind.

    ``constructor`` None means the running realm's intrinsic constructor, whose
    "prototype" property cannot run user code."""
    if max_byte_length is not None and byte_length > max_byte_length:
        raise range_error("byteLength exceeds maxByteLength")
    if constructor is None:
        proto = current_realm().intrinsics[default_proto]
    else:
        proto = get_prototype_from_constructor(constructor, default_proto)
    block = create_byte_data_block(byte_length)
    if max_byte_length is not None and max_byte_length > MAX_BYTE_LENGTH:
        raise range_error(f"Array buffer allocation failed: maxByteLength {max_byte_length} is too large")
    return cls(proto, block, max_byte_length)


def allocate_shared_array_buffer(constructor, byte_length, max_byte_length=None):
    """https://tc39.es/ecma262/#sec-allocatesharedarraybuffer"""
    return allocate_array_buffer(constructor, byte_length, max_byte_length,
                                 SharedArrayBufferObject, "%SharedArrayBuffer.prototype%")


def new_array_buffer(byte_length):
    """AllocateArrayBuffer(%ArrayBuffer%, byteLength) of the running realm."""
    return allocate_array_buffer(None, byte_length)


def is_detached_buffer(buf):
    """https://tc39.es/ecma262/#sec-isdetachedbuffer"""
    return buf.data is None


def is_shared_array_buffer(buf):
    """https://tc39.es/ecma262/#sec-issharedarraybuffer"""
    return buf.shared


def is_fixed_length_array_buffer(buf):
    """https://tc39.es/ecma262/#sec-isfixedlengtharraybuffer"""
    return buf.max_byte_length is None


def array_buffer_byte_length(buf):
    """https://tc39.es/ecma262/#sec-arraybufferbytelength (0 when detached)."""
    data = buf.data
    return 0 if data is None else len(data)


def detach_array_buffer(buf, key=None):
    """DetachArrayBuffer (https://tc39.es/ecma262/#sec-detacharraybuffer).

    Also the host hook behind test262's ``$262.detachArrayBuffer``: a value
    that is not an ArrayBuffer, or a SharedArrayBuffer, is a TypeError."""
    if not isinstance(buf, ArrayBufferObject) or buf.shared:
        raise type_error("Cannot detach: not an ArrayBuffer")
    if not same_value(buf.detach_key, key):
        raise type_error("Cannot detach ArrayBuffer: wrong detach key")
    buf.data = None
    if buf.element_views is not None:
        for r in buf.element_views:
            view = r()
            if view is not None:
                view.element_view = None
        buf.element_views = None


def clone_array_buffer(src, src_byte_offset, src_length):
    """CloneArrayBuffer (https://tc39.es/ecma262/#sec-clonearraybuffer)."""
    target = new_array_buffer(src_length)
    target.data[:] = src.data[src_byte_offset:src_byte_offset + src_length]
    return target


def get_array_buffer_max_byte_length_option(options):
    """https://tc39.es/ecma262/#sec-getarraybuffermaxbytelengthoption (None = ~empty~)."""
    if not isinstance(options, JSObject):
        return None
    mbl = options.get("maxByteLength", options)
    if mbl is None:
        return None
    return to_index(mbl)


def array_buffer_copy_and_detach(buf, new_length, preserve_resizability):
    """ArrayBufferCopyAndDetach (https://tc39.es/ecma262/#sec-arraybuffercopyanddetach)."""
    if not isinstance(buf, ArrayBufferObject) or buf.shared:
        raise type_error("ArrayBuffer.prototype.transfer called on incompatible receiver")
    if new_length is None:
        new_byte_length = array_buffer_byte_length(buf)
    else:
        new_byte_length = to_index(new_length)
    if buf.data is None:
        raise type_error("Cannot transfer a detached ArrayBuffer")
    if preserve_resizability and buf.max_byte_length is not None:
        new_max = buf.max_byte_length
    else:
        new_max = None
    if buf.detach_key is not None:
        raise type_error("Cannot transfer an ArrayBuffer with a detach key")
    new = allocate_array_buffer(None, new_byte_length, new_max)
    old = buf.data
    n = min(new_byte_length, len(old))
    new.data[:n] = old[:n]
    detach_array_buffer(buf)
    return new


# -- ArrayBuffer (§25.1.4 - §25.1.6) ----------------------------------------------------------

def _this_array_buffer(this, what):
    """RequireInternalSlot(O, [[ArrayBufferData]]) and IsSharedArrayBuffer(O) is false."""
    if not isinstance(this, ArrayBufferObject) or this.shared:
        raise type_error(f"ArrayBuffer.prototype.{what} called on incompatible receiver")
    return this


def _this_shared_buffer(this, what):
    if not isinstance(this, ArrayBufferObject) or not this.shared:
        raise type_error(f"SharedArrayBuffer.prototype.{what} called on incompatible receiver")
    return this


def setup_array_buffer(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%ArrayBuffer.prototype%"] = proto

    def construct(args, new_target):
        """ArrayBuffer ( length [ , options ] ) (https://tc39.es/ecma262/#sec-arraybuffer-length)."""
        byte_length = to_index(arg(args, 0))
        requested_max = get_array_buffer_max_byte_length_option(arg(args, 1))
        return allocate_array_buffer(new_target, byte_length, requested_max)

    def call(this, args):
        raise type_error("Constructor ArrayBuffer requires 'new'")

    ctor = make_constructor(realm, "ArrayBuffer", 1, call, construct, proto)
    install_global(realm, "ArrayBuffer", ctor)

    @method(realm, ctor, "isView", 1)
    def is_view(this, args):
        """ArrayBuffer.isView (https://tc39.es/ecma262/#sec-arraybuffer.isview):
        true for objects with a [[ViewedArrayBuffer]] (TypedArrays and DataViews)."""
        return isinstance(arg(args, 0), ArrayBufferView)

    getter(realm, ctor, SYM_SPECIES)(lambda this, args: this)

    @getter(realm, proto, "byteLength")
    def byte_length(this, args):
        """https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.bytelength"""
        return float(array_buffer_byte_length(_this_array_buffer(this, "byteLength")))

    @getter(realm, proto, "detached")
    def detached(this, args):
        """https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.detached"""
        return _this_array_buffer(this, "detached").data is None

    @getter(realm, proto, "maxByteLength")
    def max_byte_length(this, args):
        """https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.maxbytelength"""
        o = _this_array_buffer(this, "maxByteLength")
        if o.data is None:
            return 0.0
        return float(len(o.data) if o.max_byte_length is None else o.max_byte_length)

    @getter(realm, proto, "resizable")
    def resizable(this, args):
        """https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.resizable"""
        return _this_array_buffer(this, "resizable").max_byte_length is not None

    @method(realm, proto, "resize", 1)
    def resize(this, args):
        """ArrayBuffer.prototype.resize (https://tc39.es/ecma262/#sec-arraybuffer.prototype.resize):
        in place (the spec's note allows it), so views see the new length."""
        o = _this_array_buffer(this, "resize")
        if o.max_byte_length is None:
            raise type_error("ArrayBuffer.prototype.resize: the buffer is not resizable")
        new_byte_length = to_index(arg(args, 0))
        if o.data is None:
            raise type_error("Cannot resize a detached ArrayBuffer")
        if new_byte_length > o.max_byte_length:
            raise range_error("ArrayBuffer.prototype.resize: new length exceeds maxByteLength")
        resize_block(o, new_byte_length)

    @method(realm, proto, "slice", 2)
    def slice_(this, args):
        """ArrayBuffer.prototype.slice (https://tc39.es/ecma262/#sec-arraybuffer.prototype.slice)."""
        o = _this_array_buffer(this, "slice")
        if o.data is None:
            raise type_error("Cannot slice a detached ArrayBuffer")
        length = len(o.data)
        first = relative_start(arg(args, 0), length)
        final = relative_end(arg(args, 1), length)
        new_len = max(final - first, 0)
        c = species_constructor(o, realm.intrinsics["%ArrayBuffer%"])
        new = c.construct([float(new_len)], c)
        if not isinstance(new, ArrayBufferObject) or new.shared:
            raise type_error("ArrayBuffer subclass returned this from species constructor")
        if new.data is None:
            raise type_error("The species constructor returned a detached ArrayBuffer")
        if new is o:
            raise type_error("ArrayBuffer subclass returned this from species constructor")
        if len(new.data) < new_len:
            raise type_error("The species constructor returned a too small ArrayBuffer")
        if o.data is None:
            raise type_error("The ArrayBuffer was detached while slicing")
        current = len(o.data)
        if first < current:
            count = min(new_len, current - first)
            new.data[:count] = o.data[first:first + count]
        return new

    @method(realm, proto, "transfer", 0)
    def transfer(this, args):
        """https://tc39.es/ecma262/#sec-arraybuffer.prototype.transfer"""
        return array_buffer_copy_and_detach(this, arg(args, 0), True)

    @method(realm, proto, "transferToFixedLength", 0)
    def transfer_to_fixed_length(this, args):
        """https://tc39.es/ecma262/#sec-arraybuffer.prototype.transfertofixedlength"""
        return array_buffer_copy_and_detach(this, arg(args, 0), False)

    proto.props[SYM_TO_STRING_TAG] = Prop("ArrayBuffer", CONFIGURABLE)


def resize_block(buf, new_len):
    """Resize ``buf``'s data in place: its TypedArrays' element views are released
    first (a ``bytearray`` with a live memoryview cannot be resized) and made anew
    for the new length (typed_array_core.attach_element_view)."""
    views = [v for r in buf.element_views or () if (v := r()) is not None]
    for v in views:
        if v.element_view is not None:
            v.element_view.release()
            v.element_view = None
    data = buf.data
    n = len(data)
    if new_len < n:
        del data[new_len:]
    elif new_len > n:
        data.extend(bytes(new_len - n))
    for v in views:
        v.element_view = v.element_view_of()


# -- SharedArrayBuffer (§25.2.3 - §25.2.5) -----------------------------------------------------

def setup_shared_array_buffer(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%SharedArrayBuffer.prototype%"] = proto

    def construct(args, new_target):
        """SharedArrayBuffer ( length [ , options ] ) (https://tc39.es/ecma262/#sec-sharedarraybuffer-length)."""
        byte_length = to_index(arg(args, 0))
        requested_max = get_array_buffer_max_byte_length_option(arg(args, 1))
        return allocate_shared_array_buffer(new_target, byte_length, requested_max)

    def call(this, args):
        raise type_error("Constructor SharedArrayBuffer requires 'new'")

    ctor = make_constructor(realm, "SharedArrayBuffer", 1, call, construct, proto)
    install_global(realm, "SharedArrayBuffer", ctor)
    getter(realm, ctor, SYM_SPECIES)(lambda this, args: this)

    @getter(realm, proto, "byteLength")
    def byte_length(this, args):
        """https://tc39.es/ecma262/#sec-get-sharedarraybuffer.prototype.bytelength"""
        return float(len(_this_shared_buffer(this, "byteLength").data))

    @getter(realm, proto, "growable")
    def growable(this, args):
        """https://tc39.es/ecma262/#sec-get-sharedarraybuffer.prototype.growable"""
        return _this_shared_buffer(this, "growable").max_byte_length is not None

    @getter(realm, proto, "maxByteLength")
    def max_byte_length(this, args):
        """https://tc39.es/ecma262/#sec-get-sharedarraybuffer.prototype.maxbytelength"""
        o = _this_shared_buffer(this, "maxByteLength")
        return float(len(o.data) if o.max_byte_length is None else o.max_byte_length)

    @method(realm, proto, "grow", 1)
    def grow(this, args):
        """SharedArrayBuffer.prototype.grow (https://tc39.es/ecma262/#sec-sharedarraybuffer.prototype.grow)."""
        if not isinstance(this, ArrayBufferObject) or this.max_byte_length is None:
            raise type_error("SharedArrayBuffer.prototype.grow called on incompatible receiver")
        o = _this_shared_buffer(this, "grow")
        new_byte_length = to_index(arg(args, 0))
        current = len(o.data)
        if new_byte_length == current:
            return
        if new_byte_length < current or new_byte_length > o.max_byte_length:
            raise range_error("SharedArrayBuffer.prototype.grow: invalid length")
        resize_block(o, new_byte_length)
        return

    @method(realm, proto, "slice", 2)
    def slice_(this, args):
        """SharedArrayBuffer.prototype.slice (https://tc39.es/ecma262/#sec-sharedarraybuffer.prototype.slice)."""
        o = _this_shared_buffer(this, "slice")
        length = len(o.data)
        first = relative_start(arg(args, 0), length)
        final = relative_end(arg(args, 1), length)
        new_len = max(final - first, 0)
        c = species_constructor(o, realm.intrinsics["%SharedArrayBuffer%"])
        new = c.construct([float(new_len)], c)
        if not isinstance(new, ArrayBufferObject) or not new.shared:
            raise type_error("The species constructor did not return a SharedArrayBuffer")
        if new.data is o.data:
            raise type_error("The species constructor returned the same SharedArrayBuffer")
        if len(new.data) < new_len:
            raise type_error("The species constructor returned a too small SharedArrayBuffer")
        new.data[:new_len] = o.data[first:first + new_len]
        return new

    proto.props[SYM_TO_STRING_TAG] = Prop("SharedArrayBuffer", CONFIGURABLE)
