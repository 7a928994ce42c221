"""Install the Workers Web API on a realm, and the host's Python entry points to it.

JS side — :func:`install_web_apis` defines on the realm's global object:
DOMException; Event, CustomEvent, EventTarget, AbortController, AbortSignal;
atob, btoa; TextEncoder, TextDecoder; URL, URLSearchParams; Blob, File,
FormData; Headers, Request, Response; ReadableStream (default and byte
streams, their readers and controllers, ReadableStreamBYOBRequest),
WritableStream (+ writer/controller), TransformStream (+ controller),
ByteLengthQueuingStrategy, CountQueuingStrategy, TextEncoderStream,
TextDecoderStream; structuredClone; performance; navigator.  The global object
becomes an EventTarget (``addEventListener`` on the global works).  Timers,
queueMicrotask and console belong to the host's event loop
(:mod:`pyjs.webapi.eventloop`, :mod:`pyjs.webapi.console`) and are not
installed here; ``AbortSignal.timeout`` uses the global ``setTimeout`` when it
is called.  Most families are created when first used (``LAZY_WEB_FAMILIES``): until
then their globals hold shells, as the lazy builtin families' do (pyjs.builtins.lazy).

Host side — the worker runtime turns HTTP traffic into JS values and back:

``new_request(realm, method, url, headers, body=None, *, cf=None)``
    A JS ``Request`` for an incoming request: ``url`` absolute, ``headers`` a
    list of (name, value) str pairs (Latin-1, order and repeats kept), ``body``
    bytes or None.  Its headers are immutable, as in Workers; ``cf`` (a JS
    value) becomes ``request.cf``.

``read_response(realm, value, run=None) -> ResponseParts``
    What the handler returned (a JS ``Response``) as ``.status``,
    ``.status_text``, ``.headers`` (list of (name, value) str pairs) and
    ``.body``: ``bytes`` when the body is not a stream, otherwise a
    :class:`BodyChunks` async iterator of ``bytes`` chunks.  Each chunk read
    runs JS through ``run(fn)``: pass the event loop's
    ``EventLoop.run_macrotask`` so reads get budgets and microtask
    checkpoints; call ``aclose()`` on it when the client disconnects (cancels
    the stream).  Raises ``TypeError`` if ``value`` is not a Response and a
    JSError if its body was already used.

``structured_clone(realm, value, transfer=())`` clones a JS value (bindings that
store JS values, e.g. Durable Object storage, use it).

Bindings that take or make bodies use the lower-level pieces directly:
``pyjs.webapi.request.request_parts(request)`` -> (method, url, header list,
Body or None); ``pyjs.webapi.response.ResponseRecord`` +
``create_response_object(realm, record, guard)``; ``pyjs.webapi.body.Body(bytes)``
and ``fully_read_body``; ``pyjs.webapi.buffers`` converts BufferSources
(``buffer_source_bytes``, ``new_uint8_array``, ``new_array_buffer``).
"""
from ..builtins.lazy import CONSTRUCTOR, FUNCTION, PendingFamily, load_module
from . import base64, dom_exception, event, navigator, performance
from .url_percent import utf16_from_usv

__all__ = ["install_web_apis", "new_request", "read_response", "ResponseParts", "BodyChunks",
           "structured_clone", "set_api_base_url"]

# The families' setups, in the order their globals appear on the global object.
FAMILIES = ("dom_exception", "performance", "event", "base64", "encoding", "url", "headers",
            "streams", "blob", "formdata", "request", "response", "structured_clone", "navigator")

_STREAMS = ("ByteLengthQueuingStrategy", "CountQueuingStrategy", "ReadableStream",
            "ReadableStreamDefaultReader", "ReadableStreamDefaultController",
            "ReadableByteStreamController", "ReadableStreamBYOBRequest", "ReadableStreamBYOBReader",
            "WritableStream", "WritableStreamDefaultWriter", "WritableStreamDefaultController",
            "TransformStream", "TransformStreamDefaultController", "TextEncoderStream",
            "TextDecoderStream")


def _interfaces(*names):
    return tuple((n, f"%{n}%", CONSTRUCTOR, None) for n in names)


# Families created when a program first uses them, as the lazy builtin families are
# (pyjs.builtins.lazy, whose shells they use): their modules, and the streams, body, URL
# and buffer machinery those import, are imported then, not by every realm's start (a
# worker that never builds a Request or a URL while it starts pays nothing for them).
# Family -> its shells in the order its setup installs their globals (as LAZY_FAMILIES).
# The others stay eager: DOMException, performance and navigator are small, and the
# global object's [[Prototype]] is EventTarget.prototype from the start.
LAZY_WEB_FAMILIES = {
    "encoding": _interfaces("TextDecoder", "TextEncoder"),
    "url": _interfaces("URLSearchParams", "URL"),
    "headers": _interfaces("Headers"),
    "streams": _interfaces(*_STREAMS),
    "blob": (*_interfaces("Blob"), ("File", "%File%", CONSTRUCTOR, "%Blob%")),
    "formdata": _interfaces("FormData"),
    "request": _interfaces("Request"),
    "response": _interfaces("Response"),
    "structured_clone": (("structuredClone", "%structuredClone%", FUNCTION, None),),
}
# intrinsic names a family registers besides its shells' roots (see pyjs.builtins.lazy)
WEB_EXTRA_ROOTS = {
    "url": ("URLSearchParamsIteratorPrototype",),
    "headers": ("HeadersIteratorPrototype",),
    "streams": ("ReadableStreamAsyncIteratorPrototype",),
    "formdata": ("FormDataIteratorPrototype",),
}


def install_web_apis(realm, *, user_agent="hostedat-worker/1.0", base_url=None):
    """Define the Web APIs on ``realm``'s global object (call once, before user code runs).

    ``base_url``: the URL relative ``new Request(...)``/``Response.redirect(...)``
    URLs resolve against (Workers have none: relative URLs are a TypeError).
    """
    for name in FAMILIES:
        if name in LAZY_WEB_FAMILIES:
            PendingFamily(realm, name, LAZY_WEB_FAMILIES[name], WEB_EXTRA_ROOTS.get(name, ()),
                          f"{__package__}.{name}").install_shells()
        elif name == "navigator":
            navigator.setup(realm, utf16_from_usv(user_agent))
        else:
            load_module(f"{__package__}.{name}").setup(realm)
    if base_url is not None:        # a new realm has none
        from .request import set_api_base_url
        set_api_base_url(realm, base_url)


# The host's entry points, from the modules of the lazy families: imported when first
# named (``from pyjs.webapi.install import new_request``), not with this module.
_ENTRY_POINTS = {"new_request": "request", "set_api_base_url": "request", "read_response": "response",
                 "ResponseParts": "response", "BodyChunks": "response",
                 "structured_clone": "structured_clone"}


def __getattr__(name):
    module = _ENTRY_POINTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(load_module(f"{__package__}.{module}"), name)
