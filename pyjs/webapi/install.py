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
is called.

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
from . import (base64, blob, dom_exception, encoding, event, formdata, headers, navigator, performance,
               request, response, streams, structured_clone as structured_clone_module, url)
from .request import new_request, set_api_base_url
from .response import BodyChunks, ResponseParts, read_response
from .structured_clone import structured_clone
from .url_percent import utf16_from_usv

__all__ = ["install_web_apis", "new_request", "read_response", "ResponseParts", "BodyChunks",
           "structured_clone", "set_api_base_url"]


def install_web_apis(realm, *, user_agent="hostedat-worker/1.0", base_url=None):
    """Define the Web APIs on ``realm``'s global object (call once, before user code runs).

    ``base_url``: the URL relative ``new Request(...)``/``Response.redirect(...)``
    URLs resolve against (Workers have none: relative URLs are a TypeError).
    """
    dom_exception.setup(realm)
    performance.setup(realm)
    event.setup(realm)
    base64.setup(realm)
    encoding.setup(realm)
    url.setup(realm)
    headers.setup(realm)
    streams.setup(realm)
    blob.setup(realm)
    formdata.setup(realm)
    request.setup(realm)
    response.setup(realm)
    structured_clone_module.setup(realm)
    navigator.setup(realm, utf16_from_usv(user_agent))
    set_api_base_url(realm, base_url)
