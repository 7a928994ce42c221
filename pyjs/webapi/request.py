"""The Request class: https://fetch.spec.whatwg.org/#request-class

A worker's requests have no client, origin or referrer machinery, so the
request record keeps only what Workers code observes: method, URL, header
list, body, and the mode/credentials/cache/redirect/integrity/keepalive/
referrer/priority settings, plus Cloudflare's ``cf`` object (passed through
as given).  Deliberate differences from the browser algorithm, shared with
Cloudflare Workers and other server runtimes: no forbidden header names, and
a ReadableStream body does not require ``duplex: "half"``.

Relative URLs resolve against the realm's API base URL
(:func:`set_api_base_url`); without one they are a TypeError, as in Workers.
"""
import re
import weakref

from ..interp.ops import get_prototype_from_constructor
from ..interp.values import JSObject, null, type_error
from .body import Body, create_proxy, extract_body, install_body_mixin
from .event import AbortSignalObject, create_abort_signal, create_dependent_abort_signal
from .headers import (HeadersObject, create_headers, header_list_contains, headers_append, headers_fill,
                      is_header_name)
from .url_parser import URLRecord, basic_url_parse, serialize_url
from .url_percent import utf16_from_usv
from .webidl import (arg, attribute, brand, define_interface, dictionary_member, operation, require_args,
                     to_byte_string, to_boolean, to_enum, to_usv_string)

_base_urls = weakref.WeakKeyDictionary()

#: https://fetch.spec.whatwg.org/#requestinit enumerations
CACHE_MODES = ("default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached")
CREDENTIALS = ("omit", "same-origin", "include")
MODES = ("navigate", "same-origin", "no-cors", "cors")
REDIRECTS = ("follow", "error", "manual")
PRIORITIES = ("high", "low", "auto")
REFERRER_POLICIES = ("", "no-referrer", "no-referrer-when-downgrade", "same-origin", "origin",
                     "strict-origin", "origin-when-cross-origin", "strict-origin-when-cross-origin",
                     "unsafe-url")
_NORMALIZED_METHODS = {m.lower(): m for m in ("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH")}
_FORBIDDEN_METHODS = ("connect", "trace", "track")


def set_api_base_url(realm, url):
    """Set the base URL relative request URLs resolve against (None: none)."""
    if url is None:
        _base_urls.pop(realm, None)
    else:
        _base_urls[realm] = basic_url_parse(url)


def api_base_url(realm):
    return _base_urls.get(realm)


class RequestRecord:
    """https://fetch.spec.whatwg.org/#concept-request (the fields a worker observes)."""

    __slots__ = ("method", "url", "header_list", "body", "mode", "credentials", "cache", "redirect",
                 "integrity", "keepalive", "referrer", "referrer_policy", "priority", "cf")

    def __init__(self, method, url, header_list=None, body=None):
        self.method = method
        self.url = url
        self.header_list = header_list if header_list is not None else []
        self.body = body
        self.mode = "cors"
        self.credentials = "same-origin"
        self.cache = "default"
        self.redirect = "follow"
        self.integrity = ""
        self.keepalive = False
        self.referrer = "client"
        self.referrer_policy = ""
        self.priority = "auto"
        self.cf = None

    def copy(self, body):
        """A new request with this one's fields (and a copy of its header list) and ``body``."""
        copy = RequestRecord(self.method, self.url.copy(), list(self.header_list), body)
        for name in _SETTINGS:
            setattr(copy, name, getattr(self, name))
        return copy

    def clone(self):
        """https://fetch.spec.whatwg.org/#concept-request-clone"""
        return self.copy(self.body.clone() if self.body is not None else None)


_SETTINGS = ("mode", "credentials", "cache", "redirect", "integrity", "keepalive", "referrer",
             "referrer_policy", "priority", "cf")


class RequestObject(JSObject):
    __slots__ = ("request", "headers", "signal")


def normalize_method(method):
    """https://fetch.spec.whatwg.org/#concept-method-normalize"""
    return _NORMALIZED_METHODS.get(method.lower(), method)


def create_request_object(realm, record, guard, signal=None, proto=None):
    """https://fetch.spec.whatwg.org/#request-create"""
    o = RequestObject(proto or realm.intrinsics["%Request.prototype%"])
    o.request = record
    o.headers = create_headers(realm, record.header_list, guard)
    o.signal = signal if signal is not None else create_abort_signal(realm)
    return o


def _is_unusable(body):
    """https://fetch.spec.whatwg.org/#body-unusable"""
    return body is not None and (body.is_disturbed() or body.is_locked())


def construct_request(realm, input_, init, proto):
    """The ``new Request(input, init)`` steps: https://fetch.spec.whatwg.org/#dom-request"""
    input_signal = None
    if isinstance(input_, RequestObject):
        request = input_.request
        input_signal = input_.signal
    else:
        text = to_usv_string(input_)
        parsed = basic_url_parse(text, api_base_url(realm))
        if parsed is None:
            raise type_error(f"Failed to construct 'Request': Invalid URL: {utf16_from_usv(text)}")
        if parsed.includes_credentials():
            raise type_error("Failed to construct 'Request': the URL includes credentials")
        request = RequestRecord("GET", parsed)

    # RequestInit, members read in lexicographic order.
    members = {}
    for name in ("body", "cache", "cf", "credentials", "duplex", "headers", "integrity", "keepalive",
                 "method", "mode", "priority", "redirect", "referrer", "referrerPolicy", "signal", "window"):
        v = dictionary_member(init, name)
        if v is not None:
            members[name] = v
    init_not_empty = bool(members)
    if "window" in members and members["window"] is not null:
        raise type_error("Failed to construct 'Request': 'window' must be null")

    request = request.copy(request.body)

    if init_not_empty:
        if request.mode == "navigate":
            request.mode = "same-origin"
        request.referrer = "client"
        request.referrer_policy = ""
    if "referrer" in members:
        referrer = to_usv_string(members["referrer"])
        if referrer == "":
            request.referrer = "no-referrer"
        else:
            parsed = basic_url_parse(referrer, api_base_url(realm))
            if parsed is None:
                raise type_error(f"Failed to construct 'Request': Invalid referrer URL: {referrer}")
            request.referrer = "client" if serialize_url(parsed) == "about:client" else parsed
    if "referrerPolicy" in members:
        request.referrer_policy = to_enum(members["referrerPolicy"], REFERRER_POLICIES, "ReferrerPolicy")
    if "mode" in members:
        mode = to_enum(members["mode"], MODES, "RequestMode")
        if mode == "navigate":
            raise type_error("Failed to construct 'Request': Cannot construct a Request with a RequestInit "
                             "whose mode member is set as 'navigate'.")
        request.mode = mode
    if "credentials" in members:
        request.credentials = to_enum(members["credentials"], CREDENTIALS, "RequestCredentials")
    if "cache" in members:
        request.cache = to_enum(members["cache"], CACHE_MODES, "RequestCache")
        if request.cache == "only-if-cached" and request.mode != "same-origin":
            raise type_error("Failed to construct 'Request': 'only-if-cached' can be set only with "
                             "'same-origin' mode")
    if "redirect" in members:
        request.redirect = to_enum(members["redirect"], REDIRECTS, "RequestRedirect")
    if "integrity" in members:
        request.integrity = utf16_from_usv(to_usv_string(members["integrity"]))
    if "keepalive" in members:
        request.keepalive = to_boolean(members["keepalive"])
    if "method" in members:
        method = to_byte_string(members["method"], "method")
        if not is_header_name(method):
            raise type_error(f"Failed to construct 'Request': '{method}' is not a valid HTTP method.")
        if method.lower() in _FORBIDDEN_METHODS:
            raise type_error(f"Failed to construct 'Request': '{method}' HTTP method is unsupported.")
        request.method = normalize_method(method)
    signal = members.get("signal", input_signal)
    if "signal" in members:
        if members["signal"] is null:
            signal = None
        elif not isinstance(members["signal"], AbortSignalObject):
            raise type_error("Failed to construct 'Request': member signal is not of type AbortSignal.")
    if "priority" in members:
        request.priority = to_enum(members["priority"], PRIORITIES, "RequestPriority")
    if "cf" in members:
        request.cf = members["cf"]

    o = RequestObject(proto)
    o.request = request
    o.signal = create_dependent_abort_signal(realm, [signal] if signal is not None else [])
    o.headers = create_headers(realm, request.header_list, "request")
    if request.mode == "no-cors" and request.method not in ("GET", "HEAD", "POST"):
        raise type_error(f"Failed to construct 'Request': '{request.method}' is unsupported in no-cors mode.")
    if init_not_empty:
        if "headers" in members:
            headers_init = members["headers"]
        else:
            headers_init = create_headers(realm, list(request.header_list))
        request.header_list[:] = []
        if isinstance(headers_init, HeadersObject):
            for name, value in list(headers_init.header_list):
                headers_append(o.headers, name, value)
        else:
            headers_fill(o.headers, headers_init)

    input_body = input_.request.body if isinstance(input_, RequestObject) else None
    if (members.get("body", null) is not null or input_body is not None) and request.method in ("GET", "HEAD"):
        raise type_error("Failed to construct 'Request': Request with GET/HEAD method cannot have body.")
    init_body = None
    if members.get("body", null) is not null:
        init_body, content_type = extract_body(realm, members["body"])
        if content_type is not None and not header_list_contains(request.header_list, "Content-Type"):
            headers_append(o.headers, "Content-Type", content_type)
    if "duplex" in members:
        to_enum(members["duplex"], ("half",), "RequestDuplex")
    final_body = init_body
    if init_body is None and input_body is not None:
        if _is_unusable(input_body):
            raise type_error("Failed to construct 'Request': Cannot construct a Request with a Request "
                             "object that has already been used.")
        final_body = create_proxy(input_body)
    request.body = final_body
    return o


def setup(realm):
    def construct(args, new_target):
        require_args(args, 1, "Request")
        proto = get_prototype_from_constructor(new_target, "%Request.prototype%")
        return construct_request(realm, args[0], arg(args, 1), proto)

    _, proto = define_interface(realm, "Request", construct, 1)

    def this_request(this):
        return brand(this, RequestObject, "Request")

    def field(name, slot=None):
        slot = slot or name
        attribute(realm, proto, name, lambda this, args: getattr(this_request(this).request, slot))

    def constant(name, value):
        def get(this, args):
            this_request(this)
            return value
        attribute(realm, proto, name, get)

    field("method")
    attribute(realm, proto, "url", lambda this, args: serialize_url(this_request(this).request.url))
    attribute(realm, proto, "headers", lambda this, args: this_request(this).headers)
    constant("destination", "")

    def referrer(this, args):
        r = this_request(this).request.referrer
        if r == "no-referrer":
            return ""
        if r == "client":
            return "about:client"
        return serialize_url(r)
    attribute(realm, proto, "referrer", referrer)
    field("referrerPolicy", "referrer_policy")
    for name in ("mode", "credentials", "cache", "redirect", "integrity", "keepalive"):
        field(name)
    constant("isReloadNavigation", False)
    constant("isHistoryNavigation", False)
    attribute(realm, proto, "signal", lambda this, args: this_request(this).signal)
    constant("duplex", "half")
    field("cf")

    install_body_mixin(realm, proto, lambda this: this_request(this).request)

    @operation(realm, proto, "clone", 0)
    def clone(this, args):
        o = this_request(this)
        if _is_unusable(o.request.body):
            raise type_error("Failed to execute 'clone' on 'Request': Request body is already used")
        record = o.request.clone()
        signal = create_dependent_abort_signal(realm, [o.signal])
        return create_request_object(realm, record, o.headers.guard, signal)


# -- host helpers ----------------------------------------------------------------------------------------

def new_request(realm, method, url, headers=(), body=None, *, cf=None):
    """A JS Request for an incoming HTTP request (headers immutable, as in Workers).

    ``headers`` is a sequence of (name, value) ``str`` pairs (Latin-1), ``body``
    bytes or None; ``cf`` a JS value (or None) exposed as ``request.cf``.
    """
    record = RequestRecord(normalize_method(method), _parse_absolute(url),
                           [(n, v) for n, v in headers])
    if body is not None and (body or method.upper() not in ("GET", "HEAD")):
        record.body = Body(bytes(body))
    record.cf = cf
    return create_request_object(realm, record, "immutable")


# An http(s) URL as servers hand them over: an origin, then a path and query made only
# of characters the URL parser keeps as they are (no percent-encoding to add, no
# backslashes, tabs, newlines, fragment or non-ASCII).
_PLAIN_REQUEST_URL = re.compile(r"(https?://[^/?#\\]+)(/[A-Za-z0-9\-._~!$&()*+,;=:@%/]*)"
                                r"(?:\?([A-Za-z0-9\-._~!$&()*+,;=:@%/?]*))?")
# Path segments the parser would resolve: ".", "..", and their %2e spellings.
_DOT_SEGMENT = re.compile(r"(?:^|/)(?:\.|%2e)(?:\.|%2e)?(?:/|$)", re.IGNORECASE)
_ORIGINS: dict[str, URLRecord] = {}
_MAX_ORIGINS = 64


def _parse_absolute(url):
    """The URL record of an incoming request's URL.

    Every request runs this, and the general parser walks the string one code point
    at a time; for the usual shape (an http(s) origin plus a plain path and query,
    see _PLAIN_REQUEST_URL) the origin's parse is cached and the path splits on "/",
    which is exactly what the parser would produce (tests/webapi/test_host_helpers.py
    compares the two). Anything else takes the general parser.
    """
    m = _PLAIN_REQUEST_URL.fullmatch(url)
    if m is not None and _DOT_SEGMENT.search(m[2]) is None:
        origin = _ORIGINS.get(m[1])
        if origin is None:
            origin = basic_url_parse(m[1])
            if origin is not None:
                if len(_ORIGINS) >= _MAX_ORIGINS:
                    _ORIGINS.clear()
                _ORIGINS[m[1]] = origin
        if origin is not None:
            record = URLRecord()
            record.scheme = origin.scheme
            record.username = origin.username
            record.password = origin.password
            record.host = origin.host
            record.port = origin.port
            record.path = m[2][1:].split("/")
            record.query = m[3]
            return record
    parsed = basic_url_parse(url)
    if parsed is None:
        raise ValueError(f"not an absolute URL: {url!r}")
    return parsed


def request_parts(request):
    """(method, url, header list, Body or None) of a JS Request (for an outgoing fetch)."""
    if not isinstance(request, RequestObject):
        raise TypeError("not a Request")
    r = request.request
    return r.method, serialize_url(r.url), list(r.header_list), r.body
