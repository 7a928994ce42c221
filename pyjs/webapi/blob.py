"""Blob and File: https://w3c.github.io/FileAPI/#blob-section

A Blob's bytes are an immutable Python ``bytes``; slices copy (they are
usually small, and a worker's blobs live only as long as a request).
"""
import re
import time

from ..interp.ops import get_prototype_from_constructor, to_number
from ..interp.values import JSError, JSObject, type_error
from .buffers import buffer_source_bytes, is_buffer_source, new_array_buffer, new_uint8_array
from .streams_common import resolved_undefined
from .streams_bytes import (create_readable_byte_stream, readable_byte_stream_controller_close,
                            readable_byte_stream_controller_enqueue)
from .url_percent import utf16_from_usv
from .webidl import (arg, attribute, brand, define_interface, dictionary_member, iterable_method, operation,
                     promise_rejected_with, promise_resolved_with, require_args, sequence_from_iterable, to_enum, to_usv_string)

_PRINTABLE_ASCII = re.compile("[\x20-\x7e]*")
_CHUNK = 65536


class BlobObject(JSObject):
    __slots__ = ("data", "type")


class FileObject(BlobObject):
    __slots__ = ("name", "last_modified")


def normalize_type(t):
    """The type steps of the Blob constructor and slice(): printable ASCII, lowercased, else ""."""
    return t.lower() if _PRINTABLE_ASCII.fullmatch(t) else ""


def create_blob(realm, data, type_=""):
    b = BlobObject(realm.intrinsics["%Blob.prototype%"])
    b.data, b.type = data, type_
    return b


def create_file(realm, data, name, type_="", last_modified=None):
    f = FileObject(realm.intrinsics["%File.prototype%"])
    f.data, f.type, f.name = data, type_, name
    f.last_modified = last_modified if last_modified is not None else float(int(time.time() * 1000))
    return f


def process_blob_parts(realm, parts, endings):
    """https://w3c.github.io/FileAPI/#process-blob-parts (``parts`` already converted)."""
    out = bytearray()
    for part in parts:
        if isinstance(part, str):
            if endings == "native":
                part = re.sub("\r\n|\r", "\n", part)
            out += part.encode("utf-8")
        elif isinstance(part, BlobObject):
            out += part.data
        else:
            out += part
    return bytes(out)


def _convert_parts(realm, value):
    """sequence<BlobPart>: each item a BufferSource, a Blob, or a USVString."""
    if value is None:
        return []
    method = iterable_method(value)
    if not isinstance(value, JSObject) or method is None:
        raise type_error("Failed to construct 'Blob': The provided value cannot be converted to a sequence.")
    def convert(item):
        if isinstance(item, BlobObject):
            return item
        if is_buffer_source(item):
            return buffer_source_bytes(realm, item)
        return to_usv_string(item)
    return sequence_from_iterable(value, method, convert)


def _bag(options):
    """BlobPropertyBag members in lexicographic order: endings, type."""
    endings = dictionary_member(options, "endings")
    endings = "transparent" if endings is None else to_enum(endings, ("transparent", "native"), "EndingType")
    t = dictionary_member(options, "type")
    return endings, "" if t is None else normalize_type(to_usv_string(t))


def _to_long_long(value):
    """https://webidl.spec.whatwg.org/#es-long-long (ConvertToInt, 64-bit signed) as a float."""
    x = to_number(value)
    if x != x or x in (float("inf"), float("-inf")):
        return 0.0
    n = int(x) % 2 ** 64
    return float(n - 2 ** 64 if n >= 2 ** 63 else n)


def _relative(value, size):
    """A slice() start/end ([Clamp] long long: rounded half to even, clamped to the 64-bit
    range); negative counts from the end, and the result is clamped to [0, size]."""
    if value is None:
        return None
    x = to_number(value)
    if x != x:
        return 0
    x = round(max(min(x, 2.0 ** 63 - 1), -(2.0 ** 63)))
    return max(size + x, 0) if x < 0 else min(x, size)


def blob_stream(realm, data):
    """https://w3c.github.io/FileAPI/#blob-get-stream: a byte stream of chunks of at most 64 KiB."""
    chunks = [data[i:i + _CHUNK] for i in range(0, len(data), _CHUNK)]

    def pull():
        controller = stream.controller
        if chunks:
            readable_byte_stream_controller_enqueue(controller, new_uint8_array(realm, chunks.pop(0)))
        if not chunks:
            readable_byte_stream_controller_close(controller)
        return resolved_undefined()
    stream = create_readable_byte_stream(lambda: None, pull, lambda reason: resolved_undefined())
    return stream


def setup(realm):
    def construct_blob(args, new_target):
        parts = _convert_parts(realm, arg(args, 0))
        endings, type_ = _bag(arg(args, 1))
        b = BlobObject(get_prototype_from_constructor(new_target, "%Blob.prototype%"))
        b.data, b.type = process_blob_parts(realm, parts, endings), type_
        return b

    _, proto = define_interface(realm, "Blob", construct_blob, 0)

    def this_blob(this):
        return brand(this, BlobObject, "Blob")

    attribute(realm, proto, "size", lambda this, args: float(len(this_blob(this).data)))
    attribute(realm, proto, "type", lambda this, args: this_blob(this).type)

    @operation(realm, proto, "slice", 0)
    def slice_(this, args):
        b = this_blob(this)
        size = len(b.data)
        start = _relative(arg(args, 0), size) or 0
        end = _relative(arg(args, 1), size)
        end = size if end is None else end
        content_type = arg(args, 2)
        content_type = "" if content_type is None else normalize_type(to_usv_string(content_type))
        return create_blob(realm, b.data[start:max(end, start)], content_type)

    @operation(realm, proto, "stream", 0)
    def stream(this, args):
        return blob_stream(realm, this_blob(this).data)

    def reader(name, convert):
        def method(this, args):
            data = this_blob(this).data
            try:
                return promise_resolved_with(realm, convert(data))
            except JSError as e:
                return promise_rejected_with(realm, e.value)
        operation(realm, proto, name, 0)(method)
    reader("text", lambda data: utf16_from_usv(data.decode("utf-8", "replace")))
    reader("arrayBuffer", lambda data: new_array_buffer(realm, data))
    reader("bytes", lambda data: new_uint8_array(realm, data))

    def construct_file(args, new_target):
        require_args(args, 2, "File")
        parts = _convert_parts(realm, args[0])
        name = to_usv_string(args[1])
        options = arg(args, 2)
        endings, type_ = _bag(options)
        last_modified = dictionary_member(options, "lastModified")
        f = FileObject(get_prototype_from_constructor(new_target, "%File.prototype%"))
        f.data, f.type, f.name = process_blob_parts(realm, parts, endings), type_, name
        f.last_modified = (_to_long_long(last_modified) if last_modified is not None
                           else float(int(time.time() * 1000)))
        return f

    _, fproto = define_interface(realm, "File", construct_file, 2, parent="Blob")

    def this_file(this):
        return brand(this, FileObject, "File")
    attribute(realm, fproto, "name", lambda this, args: utf16_from_usv(this_file(this).name))
    attribute(realm, fproto, "lastModified", lambda this, args: this_file(this).last_modified)

    def relative_path(this, args):
        this_file(this)
        return ""
    attribute(realm, fproto, "webkitRelativePath", relative_path)
