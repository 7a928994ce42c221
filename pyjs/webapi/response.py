"""The Response class: https://fetch.spec.whatwg.org/#response-class

Also the host's side of it: :func:`read_response` turns whatever a worker's
``fetch`` handler returned into status, headers and body bytes (or an async
iterator of byte chunks for a streamed body, see :class:`BodyChunks`).
"""
import re

from ..interp.agent import state
from ..interp.ops import get_prototype_from_constructor, to_uint16
from ..interp.values import JSError, JSObject, null, range_error, type_error
from .body import body_from_json, chunk_bytes, extract_body, install_body_mixin
from .headers import create_headers, header_list_contains, headers_append, headers_fill
from .request import api_base_url
from .streams_readable import (ReadRequest, acquire_readable_stream_default_reader,
                               readable_stream_default_reader_read, readable_stream_reader_generic_cancel)
from .url_parser import basic_url_parse, serialize_url
from .webidl import (arg, attribute, brand, define_interface, dictionary_member, operation, require_args,
                     to_byte_string, to_usv_string)

NULL_BODY_STATUSES = (101, 103, 204, 205, 304)
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
#: https://fetch.spec.whatwg.org/#concept-response-status-message (RFC 9112 reason-phrase)
_REASON_PHRASE = re.compile("[\t\x20-\x7e\x80-\xff]*")


class ResponseRecord:
    """https://fetch.spec.whatwg.org/#concept-response"""

    __slots__ = ("type", "status", "status_text", "header_list", "body", "url_list")

    def __init__(self, status=200, status_text="", header_list=None, body=None, type_="default"):
        self.type = type_
        self.status = status
        self.status_text = status_text
        self.header_list = header_list if header_list is not None else []
        self.body = body
        self.url_list = []

    def clone(self):
        """https://fetch.spec.whatwg.org/#concept-response-clone"""
        copy = ResponseRecord(self.status, self.status_text, list(self.header_list), None, self.type)
        copy.url_list = list(self.url_list)
        if self.body is not None:
            copy.body = self.body.clone()
        return copy


class ResponseObject(JSObject):
    __slots__ = ("response", "headers")


def create_response_object(realm, record, guard, proto=None):
    """https://fetch.spec.whatwg.org/#response-create"""
    o = ResponseObject(proto or realm.intrinsics["%Response.prototype%"])
    o.response = record
    o.headers = create_headers(realm, record.header_list, guard)
    return o


def initialize_response(o, init, body_with_type):
    """https://fetch.spec.whatwg.org/#initialize-a-response (``init``: a ResponseInit JS value)."""
    headers_init = dictionary_member(init, "headers")
    status = dictionary_member(init, "status")
    status = 200 if status is None else int(to_uint16(status))
    status_text = dictionary_member(init, "statusText")
    status_text = "" if status_text is None else to_byte_string(status_text, "statusText")
    if not 200 <= status <= 599:
        raise range_error(f"Failed to construct 'Response': The status provided ({status}) is outside the "
                          "range [200, 599].")
    if not _REASON_PHRASE.fullmatch(status_text):
        raise type_error("Failed to construct 'Response': Invalid statusText")
    o.response.status = status
    o.response.status_text = status_text
    if headers_init is not None:
        headers_fill(o.headers, headers_init)
    if body_with_type is not None:
        body, content_type = body_with_type
        if status in NULL_BODY_STATUSES:
            raise type_error(f"Failed to construct 'Response': Response with null body status ({status}) "
                             "cannot have body")
        o.response.body = body
        if content_type is not None and not header_list_contains(o.response.header_list, "Content-Type"):
            headers_append(o.headers, "Content-Type", content_type)


def _is_unusable(body):
    return body is not None and (body.is_disturbed() or body.is_locked())


def setup(realm):
    def construct(args, new_target):
        proto = get_prototype_from_constructor(new_target, "%Response.prototype%")
        o = create_response_object(realm, ResponseRecord(), "response", proto)
        body = arg(args, 0)
        body_with_type = extract_body(realm, body) if body is not None and body is not null else None
        initialize_response(o, arg(args, 1), body_with_type)
        return o

    ctor, proto = define_interface(realm, "Response", construct, 0)

    @operation(realm, ctor, "error", 0)
    def error(this, args):
        return create_response_object(realm, ResponseRecord(0, "", type_="error"), "immutable")

    @operation(realm, ctor, "redirect", 1)
    def redirect(this, args):
        require_args(args, 1, "Response.redirect")
        text = to_usv_string(args[0])
        parsed = basic_url_parse(text, api_base_url(realm))
        if parsed is None:
            raise type_error(f"Failed to execute 'redirect' on 'Response': Invalid URL: {text}")
        status = 302 if arg(args, 1) is None else int(to_uint16(args[1]))
        if status not in REDIRECT_STATUSES:
            raise range_error(f"Failed to execute 'redirect' on 'Response': Invalid status code {status}")
        record = ResponseRecord(status, "", [("Location", serialize_url(parsed))])
        return create_response_object(realm, record, "immutable")

    @operation(realm, ctor, "json", 1)
    def json(this, args):
        body = body_from_json(realm, arg(args, 0))
        o = create_response_object(realm, ResponseRecord(), "response")
        initialize_response(o, arg(args, 1), (body, "application/json"))
        return o

    def this_response(this):
        return brand(this, ResponseObject, "Response")

    attribute(realm, proto, "type", lambda this, args: this_response(this).response.type)

    def url(this, args):
        urls = this_response(this).response.url_list
        return serialize_url(urls[-1], exclude_fragment=True) if urls else ""
    attribute(realm, proto, "url", url)
    attribute(realm, proto, "redirected", lambda this, args: len(this_response(this).response.url_list) > 1)
    attribute(realm, proto, "status", lambda this, args: float(this_response(this).response.status))
    attribute(realm, proto, "ok", lambda this, args: 200 <= this_response(this).response.status <= 299)
    attribute(realm, proto, "statusText", lambda this, args: this_response(this).response.status_text)
    attribute(realm, proto, "headers", lambda this, args: this_response(this).headers)

    install_body_mixin(realm, proto, lambda this: this_response(this).response)

    @operation(realm, proto, "clone", 0)
    def clone(this, args):
        o = this_response(this)
        if _is_unusable(o.response.body):
            raise type_error("Failed to execute 'clone' on 'Response': Response body is already used")
        return create_response_object(realm, o.response.clone(), o.headers.guard)


# -- host helpers ----------------------------------------------------------------------------------------

class ResponseParts:
    """What the host sends for a JS Response: ``body`` is bytes, or a :class:`BodyChunks`."""

    __slots__ = ("status", "status_text", "headers", "body")

    def __init__(self, status, status_text, headers, body):
        self.status, self.status_text, self.headers, self.body = status, status_text, headers, body


def read_response(realm, value, run=None):
    """Read a worker's answer (a JS Response) into :class:`ResponseParts`.

    A body that is still bytes (strings, buffers, JSON…) comes back as ``bytes``;
    a stream body as :class:`BodyChunks`, read lazily with ``run`` (see there).
    Raises ``TypeError`` (Python) when ``value`` is not a Response, and a JSError
    when its body was already used.
    """
    if not isinstance(value, ResponseObject):
        raise TypeError("the worker did not return a Response")
    r = value.response
    headers = list(r.header_list)
    body = r.body
    if body is None:
        return ResponseParts(r.status, r.status_text, headers, b"")
    if body.is_disturbed() or body.is_locked():
        raise type_error("The Response body has already been used")
    if body.stream is None:
        body.used = True
        return ResponseParts(r.status, r.status_text, headers, body.source or b"")
    stream = body.stream
    if stream.byte_source is not None and stream.state in ("readable", "closed"):
        # An untouched stream made from bytes (``new Response(other.body, other)``, as
        # Hono does when middleware adds headers): its content is known, so it is sent
        # whole with a Content-Length, as workerd does for streams of known length.
        # Reading it to the end would give these bytes; the stream ends up read.
        stream.disturbed = True
        in_realm(realm, acquire_readable_stream_default_reader, stream)
        return ResponseParts(r.status, r.status_text, headers, stream.byte_source)
    return ResponseParts(r.status, r.status_text, headers, BodyChunks(realm, stream, run))


def in_realm(realm, fn, *args):
    """``fn(*args)`` with ``realm`` running: host code reads a worker's stream from
    outside any task of that realm (another realm may have run last)."""
    prev = state.realm
    state.realm = realm
    try:
        return fn(*args)
    finally:
        state.realm = prev


class BodyChunks:
    """An async iterator over the byte chunks of a JS ReadableStream (a streamed body).

    Each step reads one chunk: the read runs through ``run(fn)``, which must call
    ``fn()`` as a JS task with a microtask checkpoint after it (for example
    ``EventLoop.run_macrotask``); by default ``fn()`` runs directly followed by
    ``realm.run_jobs()``.  The chunk may arrive later, from whatever task the
    worker's code enqueues it in; the iterator then waits for it.  A stream
    error raises the JSError; ``aclose()`` cancels the stream.
    """

    def __init__(self, realm, stream, run=None):
        self.realm = realm
        self.reader = None
        self.stream = stream
        self.run = run or self._run_directly
        self.done = False

    def _run_directly(self, fn):
        fn()
        self.realm.run_jobs()

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.done:
            raise StopAsyncIteration
        import asyncio      # not at import time: a worker realm's start-up has no use for it
        loop = asyncio.get_running_loop()
        fut = loop.create_future()

        def settle(kind, value):
            def apply():
                if fut.done():
                    return
                if kind == "error":
                    fut.set_exception(value)
                else:
                    fut.set_result((kind, value))
            loop.call_soon_threadsafe(apply)

        def read():
            if self.reader is None:
                self.reader = acquire_readable_stream_default_reader(self.stream)

            def chunk_steps(chunk):
                try:
                    settle("chunk", chunk_bytes(self.realm, chunk))
                except JSError as e:
                    readable_stream_reader_generic_cancel(self.reader, e.value)
                    settle("error", e)
            readable_stream_default_reader_read(self.reader, ReadRequest(
                chunk_steps, lambda: settle("done", None), lambda e: settle("error", JSError(e))))
        self.run(lambda: in_realm(self.realm, read))
        try:
            kind, data = await fut
        except JSError:
            self.done = True
            raise
        if kind == "done":
            self.done = True
            raise StopAsyncIteration
        return data

    async def aclose(self):
        """Cancel the stream (the client went away before the body was sent)."""
        if self.done:
            return
        self.done = True

        def cancel():
            if self.reader is None:
                self.reader = acquire_readable_stream_default_reader(self.stream)
            readable_stream_reader_generic_cancel(self.reader, None)
        self.run(lambda: in_realm(self.realm, cancel))
