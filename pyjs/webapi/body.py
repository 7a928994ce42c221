"""Bodies of requests and responses, and the Body mixin: https://fetch.spec.whatwg.org/#bodies

A :class:`Body` is the standard's body record (stream, source, length) with
one liberty: a body made from bytes (the common case: a string, a buffer, or
what the host received) keeps only the bytes until JS asks for ``.body``, and
consuming it (``text()``, ``json()``…) reads the bytes directly instead of
pumping a stream.  The visible behaviour is the standard's: a consumed body is
disturbed, ``bodyUsed`` is true, a second read rejects with a TypeError, and a
stream created afterwards is closed, disturbed and locked, like one that was
read to the end.
"""
from ..interp.agent import current_realm
from ..interp.values import JSError, null, type_error
from .blob import BlobObject, create_blob
from .buffers import (buffer_source_bytes, is_buffer_source, new_array_buffer,
                      new_uint8_array)
from .streams_bytes import (create_readable_byte_stream, readable_byte_stream_controller_close,
                            readable_byte_stream_controller_enqueue)
from .streams_readable import (ReadableStreamObject, acquire_readable_stream_default_reader,
                               is_readable_stream_locked, read_all_chunks, readable_stream_tee)
from .streams_transform import create_transform_stream, transform_stream_default_controller_enqueue
from .formdata import FormDataObject, form_data_from_body, multipart_encode
from .mimetype import extract_mime_type
from .streams_common import resolved_undefined
from .streams_pipe import readable_stream_pipe_to
from .structured_clone import structured_clone
from .url import URLSearchParamsObject
from .url_percent import utf16_from_usv
from .urlencoded import urlencoded_serialize
from .webidl import (attribute, mark_as_handled, new_promise, operation, promise_rejected_with,
                     to_usv_string)


class Body:
    """https://fetch.spec.whatwg.org/#concept-body

    ``source`` holds the bytes of a body not (yet) turned into a stream; ``stream``
    is the ReadableStream once one exists; ``used`` records that the bytes were
    consumed without a stream.
    """

    __slots__ = ("stream", "source", "length", "used")

    def __init__(self, source=None, stream=None):
        self.source = source
        self.stream = stream
        self.length = len(source) if source is not None else None
        self.used = False

    def is_disturbed(self):
        return self.used if self.stream is None else self.stream.disturbed

    def is_locked(self):
        return self.stream is not None and is_readable_stream_locked(self.stream)

    def get_stream(self):
        """The body's ReadableStream, created from the bytes on first use."""
        if self.stream is None:
            # https://fetch.spec.whatwg.org/#concept-bodyinit-extract: a byte stream
            stream = create_readable_byte_stream(lambda: None, resolved_undefined, lambda reason: resolved_undefined())
            if self.source and not self.used:
                readable_byte_stream_controller_enqueue(stream.controller,
                                                        new_uint8_array(current_realm(), self.source))
            readable_byte_stream_controller_close(stream.controller)
            if not self.used:
                stream.byte_source = self.source or b""
            if self.used:
                stream.disturbed = True
                acquire_readable_stream_default_reader(stream)
            self.stream = stream
        return self.stream

    def clone(self):
        """https://fetch.spec.whatwg.org/#concept-body-clone"""
        if self.stream is None:
            copy = Body(self.source)
            copy.used = self.used
            return copy
        realm = current_realm()
        out1, out2 = readable_stream_tee(self.stream, lambda chunk: structured_clone(realm, chunk))
        self.stream = out1
        return Body(stream=out2)


def extract_body(realm, obj):
    """https://fetch.spec.whatwg.org/#concept-bodyinit-extract -> (Body, Content-Type or None).

    ``obj`` is a BodyInit JS value: a ReadableStream, a Blob, a BufferSource, a
    FormData, a URLSearchParams, or anything else converted to a string.
    """
    if isinstance(obj, ReadableStreamObject):
        if obj.disturbed or is_readable_stream_locked(obj):
            raise type_error("The ReadableStream body is disturbed or locked")
        return Body(stream=obj), None
    if isinstance(obj, BlobObject):
        return Body(obj.data), obj.type or None
    if is_buffer_source(obj):
        return Body(buffer_source_bytes(realm, obj)), None
    if isinstance(obj, FormDataObject):
        data, content_type = multipart_encode(obj.entries)
        return Body(data), content_type
    if isinstance(obj, URLSearchParamsObject):
        return (Body(urlencoded_serialize(obj.list).encode("ascii")),
                "application/x-www-form-urlencoded;charset=UTF-8")
    text = to_usv_string(obj)
    return Body(text.encode("utf-8")), "text/plain;charset=UTF-8"


def body_from_json(realm, data):
    """The body of ``Response.json(data)``: https://fetch.spec.whatwg.org/#dom-response-json"""
    from ..builtins.json import json_stringify      # here: the JSON module is not loaded at start-up
    text = json_stringify(realm, data)
    if text is None:
        raise type_error("The data is not JSON-serializable")
    return Body(to_usv_string(text).encode("utf-8"))


def create_proxy(body):
    """https://fetch.spec.whatwg.org/#concept-body-proxy-create: a new body reading from
    ``body`` (which becomes disturbed), used when a Request is made from another."""
    if body.stream is None:
        proxy = Body(body.source)
        body.used = True
        return proxy
    transform = create_transform_stream(lambda controller, chunk:
                                        transform_stream_default_controller_enqueue(controller, chunk))
    mark_as_handled(readable_stream_pipe_to(body.stream, transform.writable, False, False, False))
    return Body(stream=transform.readable)


def chunk_bytes(realm, chunk):
    """The bytes of one chunk read from a body stream (TypeError unless it is a BufferSource).

    The standard asks for Uint8Array chunks; any ArrayBuffer or view is taken, as
    in Cloudflare Workers.
    """
    if not is_buffer_source(chunk):
        raise type_error("Body stream chunks must be Uint8Array (or other ArrayBuffer/view) objects")
    return buffer_source_bytes(realm, chunk)


def fully_read_body(realm, body, success_steps, error_steps):
    """https://fetch.spec.whatwg.org/#body-fully-read (bytes to ``success_steps``)."""
    if body.stream is None:
        body.used = True
        success_steps(body.source or b"")
        return
    parts = []
    read_all_chunks(body.stream, lambda chunk: parts.append(chunk_bytes(realm, chunk)),
                    lambda: success_steps(b"".join(parts)), error_steps)


def consume_body(realm, body, convert):
    """https://fetch.spec.whatwg.org/#concept-body-consume-body

    ``body`` may be None (a null body reads as no bytes); ``convert(bytes)`` makes the
    JS result and may raise a JSError, which rejects the promise.
    """
    if body is not None and (body.is_disturbed() or body.is_locked()):
        return promise_rejected_with(realm, type_error("Body has already been used").value)
    cap = new_promise(realm)

    def success_steps(data):
        try:
            result = convert(data)
        except JSError as e:
            cap.reject(e.value)
            return
        cap.resolve(result)
    if body is None:
        success_steps(b"")
    else:
        fully_read_body(realm, body, success_steps, cap.reject)
    return cap.promise


def utf8_decode_to_js(data):
    """https://encoding.spec.whatwg.org/#utf-8-decode (BOM removed) -> a JS string."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return utf16_from_usv(data.decode("utf-8", "replace"))


def install_body_mixin(realm, proto, this_record):
    """Define the Body mixin members on ``proto``: https://fetch.spec.whatwg.org/#body-mixin

    ``this_record(this)`` brand-checks and returns the request or response record
    (with ``.body``, None for a null body, and ``.header_list``).
    """
    def body_getter(this, args):
        body = this_record(this).body
        return null if body is None else body.get_stream()
    attribute(realm, proto, "body", body_getter)

    def body_used(this, args):
        body = this_record(this).body
        return body is not None and body.is_disturbed()
    attribute(realm, proto, "bodyUsed", body_used)

    def consumer(name, convert):
        def method(this, args):
            try:
                record = this_record(this)
            except JSError as e:
                return promise_rejected_with(realm, e.value)
            return consume_body(realm, record.body, lambda data: convert(data, record))
        operation(realm, proto, name, 0)(method)

    def to_blob(data, record):
        mime = extract_mime_type(record.header_list)
        return create_blob(realm, data, mime.serialize() if mime is not None else "")

    def to_json(data, record):
        return realm.intrinsics["%JSON.parse%"].call(None, [utf8_decode_to_js(data)])

    def to_form_data(data, record):
        return form_data_from_body(realm, data, extract_mime_type(record.header_list))

    consumer("arrayBuffer", lambda data, record: new_array_buffer(realm, data))
    consumer("blob", to_blob)
    consumer("bytes", lambda data, record: new_uint8_array(realm, data))
    consumer("formData", to_form_data)
    consumer("json", to_json)
    consumer("text", lambda data, record: utf8_decode_to_js(data))
