"""The Headers class and header lists: https://fetch.spec.whatwg.org/#headers-class

A header list is a Python list of ``(name, value)`` tuples of Latin-1 ``str``
(each character one byte, the ByteString form); names keep the case they were
given, comparisons are ASCII case-insensitive.

Guards: ``immutable`` (headers of a response or request the host built and
must not change), ``request``, ``response`` and ``none``.  Like the other
server-side runtimes (Cloudflare Workers, Deno, Node), there are no forbidden
request or response header names: a worker may set ``Cookie`` on an outgoing
request and read ``Set-Cookie`` of a response, so the ``request`` and
``response`` guards behave as ``none`` (``request-no-cors`` is not supported).
"""
import re

from ..interp.ops import get_prototype_from_constructor
from ..interp.values import ENUMERABLE, JSObject, null, type_error
from .webidl import (arg, brand, define_interface, define_pair_iterator, iterable_method, operation,
                     require_args, sequence_from_iterable, to_byte_string)

#: https://fetch.spec.whatwg.org/#header-name (RFC 9110 token)
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HTTP_WHITESPACE = "\t\n\r "
_INVALID_VALUE = re.compile("[\x00\n\r]")


def is_header_name(name):
    return _TOKEN.fullmatch(name) is not None


def normalize_header_value(value):
    """https://fetch.spec.whatwg.org/#concept-header-value-normalize"""
    return value.strip(_HTTP_WHITESPACE)


def is_header_value(value):
    """https://fetch.spec.whatwg.org/#header-value (after normalization)."""
    return _INVALID_VALUE.search(value) is None


class HeadersObject(JSObject):
    """A Headers instance: its header list, guard, and a cache of the sorted-and-combined
    list with the header list it was computed from (the list is shared with a
    Request or Response, which may change it)."""

    __slots__ = ("header_list", "guard", "sorted_cache")


def header_list_get(header_list, name):
    """https://fetch.spec.whatwg.org/#concept-header-list-get -> combined value or None."""
    lname = name.lower()
    values = [v for n, v in header_list if n.lower() == lname]
    return ", ".join(values) if values else None


def header_list_contains(header_list, name):
    lname = name.lower()
    return any(n.lower() == lname for n, _ in header_list)


def header_list_delete(header_list, name):
    lname = name.lower()
    header_list[:] = [h for h in header_list if h[0].lower() != lname]


def header_list_set(header_list, name, value):
    """https://fetch.spec.whatwg.org/#concept-header-list-set (first match keeps its place and case)."""
    lname = name.lower()
    for i, h in enumerate(header_list):
        if h[0].lower() == lname:
            header_list[i] = (h[0], value)
            header_list[i + 1:] = [g for g in header_list[i + 1:] if g[0].lower() != lname]
            return
    header_list.append((name, value))


def sort_and_combine(header_list):
    """https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine -> [(name, value)]"""
    names = sorted({n.lower() for n, _ in header_list})
    out = []
    for name in names:
        if name == "set-cookie":
            out.extend((name, v) for n, v in header_list if n.lower() == name)
        else:
            out.append((name, header_list_get(header_list, name)))
    return out


def _validate(name, value=None):
    """https://fetch.spec.whatwg.org/#headers-validate (guard checks are the caller's)."""
    if not is_header_name(name):
        raise type_error(f"Invalid header name: '{name}'")
    if value is not None and not is_header_value(value):
        raise type_error(f"Invalid header value for '{name}'")


def headers_append(h, name, value):
    """https://fetch.spec.whatwg.org/#concept-headers-append"""
    value = normalize_header_value(value)
    _validate(name, value)
    if h.guard == "immutable":
        raise type_error("Headers are immutable")
    h.header_list.append((name, value))


def headers_fill(h, init):
    """https://fetch.spec.whatwg.org/#concept-headers-fill (``init``: a HeadersInit JS value)."""
    if not isinstance(init, JSObject):
        raise type_error("Failed to construct 'Headers': The provided value is not of type "
                         "'(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.")
    method = iterable_method(init)
    if method is not None:
        def convert_pair(item):
            if not isinstance(item, JSObject):
                raise type_error("Failed to construct 'Headers': The provided value cannot be "
                                 "converted to a sequence.")
            return sequence_from_iterable(item, iterable_method(item),
                                          lambda v: to_byte_string(v, "header"))
        pairs = sequence_from_iterable(init, method, convert_pair)
        for pair in pairs:
            if len(pair) != 2:
                raise type_error("Failed to construct 'Headers': Invalid value: each header must be a "
                                 "[name, value] pair")
    else:
        pairs = []
        for key in init.own_property_keys():
            desc = init.get_own_property(key)
            if desc is not None and desc.flags & ENUMERABLE:
                name = to_byte_string(key, "header name")
                pairs.append((name, to_byte_string(init.get(key, init), "header value")))
    for name, value in pairs:
        headers_append(h, name, value)


def create_headers(realm, header_list=None, guard="none"):
    """A new Headers object for ``header_list`` (shared, not copied: a Request's or
    Response's headers are a view of its header list)."""
    h = HeadersObject(realm.intrinsics["%Headers.prototype%"])
    h.header_list = header_list if header_list is not None else []
    h.guard = guard
    h.sorted_cache = None
    return h


def setup(realm):
    def construct(args, new_target):
        h = HeadersObject(get_prototype_from_constructor(new_target, "%Headers.prototype%"))
        h.header_list = []
        h.guard = "none"
        h.sorted_cache = None
        init = arg(args, 0)
        if init is not None:
            headers_fill(h, init)
        return h

    _, proto = define_interface(realm, "Headers", construct, 0)

    def this_headers(this):
        return brand(this, HeadersObject, "Headers")

    def name_arg(args, what, n=1):
        require_args(args, n, f"Headers.{what}")
        return to_byte_string(args[0], "header name")

    @operation(realm, proto, "append", 2)
    def append(this, args):
        h = this_headers(this)
        name = name_arg(args, "append", 2)
        headers_append(h, name, to_byte_string(args[1], "header value"))

    @operation(realm, proto, "delete", 1)
    def delete(this, args):
        h = this_headers(this)
        name = name_arg(args, "delete")
        _validate(name)
        if h.guard == "immutable":
            raise type_error("Headers are immutable")
        if header_list_contains(h.header_list, name):
            header_list_delete(h.header_list, name)

    @operation(realm, proto, "get", 1)
    def get(this, args):
        h = this_headers(this)
        name = name_arg(args, "get")
        _validate(name)
        v = header_list_get(h.header_list, name)
        return null if v is None else v

    @operation(realm, proto, "getSetCookie", 0)
    def get_set_cookie(this, args):
        h = this_headers(this)
        return realm.new_array([v for n, v in h.header_list if n.lower() == "set-cookie"])

    @operation(realm, proto, "has", 1)
    def has(this, args):
        h = this_headers(this)
        name = name_arg(args, "has")
        _validate(name)
        return header_list_contains(h.header_list, name)

    @operation(realm, proto, "set", 2)
    def set_(this, args):
        h = this_headers(this)
        name = name_arg(args, "set", 2)
        value = normalize_header_value(to_byte_string(args[1], "header value"))
        _validate(name, value)
        if h.guard == "immutable":
            raise type_error("Headers are immutable")
        header_list_set(h.header_list, name, value)

    def pair_at(h, i):
        cache = h.sorted_cache
        if cache is None or cache[0] != h.header_list:
            cache = h.sorted_cache = (list(h.header_list), sort_and_combine(h.header_list))
        pairs = cache[1]
        return pairs[i] if i < len(pairs) else None
    define_pair_iterator(realm, "Headers", proto, HeadersObject, pair_at)
