"""The URL and URLSearchParams classes: https://url.spec.whatwg.org/#api

The parsing and serializing live in :mod:`pyjs.webapi.url_parser` and
:mod:`pyjs.webapi.urlencoded`, which work on Python code-point strings; this
module converts at the JS edge (USVString in, UTF-16 code units out) and keeps
a URL object and its ``searchParams`` in step, as the standard's "URL object"
and "query object" links do.
"""
from ..interp.ops import get_prototype_from_constructor
from ..interp.values import ENUMERABLE, JSObject, null, type_error
from .url_parser import (URLParseError, api_url_parse, get_hash, get_host, get_hostname, get_href,
                         get_origin, get_password, get_pathname, get_port, get_protocol, get_search,
                         get_username, set_hash, set_host, set_hostname, set_href, set_password,
                         set_pathname, set_port, set_protocol, set_search, set_username,
                         update_query_from_list)
from .urlencoded import urlencoded_serialize, urlencoded_string_parse
from .webidl import (arg, attribute, brand, define_interface, define_pair_iterator, iterable_method,
                     operation, require_args, sequence_from_iterable, to_usv_string, utf16_from_usv)


class URLObject(JSObject):
    """A URL instance: [[url]] (a ``URLRecord``) and [[query]] (its URLSearchParams)."""

    __slots__ = ("url", "query")


class URLSearchParamsObject(JSObject):
    """A URLSearchParams: its list of (name, value) code-point strings and URL object."""

    __slots__ = ("list", "url_object")


def url_search_params_update(params):
    """https://url.spec.whatwg.org/#concept-urlsearchparams-update"""
    if params.url_object is not None:
        update_query_from_list(params.url_object.url, params.list)


def url_search_params_initialize(params, init):
    """https://url.spec.whatwg.org/#concept-urlsearchparams-initialize

    ``init`` is the JS value given to the constructor (the union
    ``sequence<sequence<USVString>> or record<USVString, USVString> or USVString``).
    """
    if isinstance(init, JSObject):
        method = iterable_method(init)
        if method is not None:
            def convert_pair(pair):
                if not isinstance(pair, JSObject):
                    raise type_error("URLSearchParams init sequence items must be sequences")
                return sequence_from_iterable(pair, iterable_method(pair), to_usv_string)
            for items in sequence_from_iterable(init, method, convert_pair):
                if len(items) != 2:
                    raise type_error("URLSearchParams init sequence items must have exactly two values")
                params.list.append((items[0], items[1]))
            return
        record = {}     # https://webidl.spec.whatwg.org/#es-record: a later duplicate key wins
        for key in init.own_property_keys():
            desc = init.get_own_property(key)
            if desc is not None and desc.flags & ENUMERABLE:
                name = to_usv_string(key)
                record[name] = to_usv_string(init.get(key, init))
        params.list.extend(record.items())
        return
    text = to_usv_string(init)
    if text.startswith("?"):
        text = text[1:]
    params.list.extend(urlencoded_string_parse(text))


def create_url(realm, record, proto=None):
    """A URL object for ``record`` with its linked query object."""
    o = URLObject(proto if proto is not None else realm.intrinsics["%URL.prototype%"])
    o.url = record
    q = URLSearchParamsObject(realm.intrinsics["%URLSearchParams.prototype%"])
    q.list = urlencoded_string_parse(record.query) if record.query is not None else []
    q.url_object = o
    o.query = q
    return o


def _optional_usv(args, i):
    return to_usv_string(args[i]) if len(args) > i and args[i] is not None else None


def setup_url(realm):
    def construct(args, new_target):
        require_args(args, 1, "URL")
        url, base = to_usv_string(args[0]), _optional_usv(args, 1)
        record = api_url_parse(url, base)
        if record is None:
            raise type_error(f"Invalid URL: {utf16_from_usv(url)}")
        return create_url(realm, record, get_prototype_from_constructor(new_target, "%URL.prototype%"))

    ctor, proto = define_interface(realm, "URL", construct, 1)

    @operation(realm, ctor, "parse", 1)
    def parse(this, args):
        require_args(args, 1, "URL.parse")
        record = api_url_parse(to_usv_string(args[0]), _optional_usv(args, 1))
        return null if record is None else create_url(realm, record)

    @operation(realm, ctor, "canParse", 1)
    def can_parse(this, args):
        require_args(args, 1, "URL.canParse")
        return api_url_parse(to_usv_string(args[0]), _optional_usv(args, 1)) is not None

    def this_url(this):
        return brand(this, URLObject, "URL")

    def href_setter(this, args):
        o = this_url(this)
        try:
            set_href(o.url, to_usv_string(arg(args, 0)))
        except URLParseError:
            raise type_error(f"Invalid URL: {utf16_from_usv(to_usv_string(arg(args, 0)))}") from None
        o.query.list = urlencoded_string_parse(o.url.query) if o.url.query is not None else []

    attribute(realm, proto, "href", lambda this, args: get_href(this_url(this).url), href_setter)
    attribute(realm, proto, "origin", lambda this, args: get_origin(this_url(this).url))

    def simple(name, getter, setter):
        def set_(this, args):
            setter(this_url(this).url, to_usv_string(arg(args, 0)))
        attribute(realm, proto, name, lambda this, args: utf16_from_usv(getter(this_url(this).url)), set_)
    for name, getter, setter in (
            ("protocol", get_protocol, set_protocol), ("username", get_username, set_username),
            ("password", get_password, set_password), ("host", get_host, set_host),
            ("hostname", get_hostname, set_hostname), ("port", get_port, set_port),
            ("pathname", get_pathname, set_pathname)):
        simple(name, getter, setter)

    def search_setter(this, args):
        o = this_url(this)
        text = set_search(o.url, to_usv_string(arg(args, 0)))
        o.query.list = urlencoded_string_parse(text)
    attribute(realm, proto, "search", lambda this, args: get_search(this_url(this).url), search_setter)
    attribute(realm, proto, "searchParams", lambda this, args: this_url(this).query)

    def hash_setter(this, args):
        set_hash(this_url(this).url, to_usv_string(arg(args, 0)))
    attribute(realm, proto, "hash", lambda this, args: get_hash(this_url(this).url), hash_setter)

    @operation(realm, proto, "toJSON", 0)
    def to_json(this, args):
        return get_href(this_url(this).url)

    @operation(realm, proto, "toString", 0)
    def to_string_(this, args):
        return get_href(this_url(this).url)


def setup_url_search_params(realm):
    def construct(args, new_target):
        o = URLSearchParamsObject(get_prototype_from_constructor(new_target, "%URLSearchParams.prototype%"))
        o.list = []
        o.url_object = None
        url_search_params_initialize(o, args[0] if args and args[0] is not None else "")
        return o

    _, proto = define_interface(realm, "URLSearchParams", construct, 0)

    def this_params(this):
        return brand(this, URLSearchParamsObject, "URLSearchParams")

    attribute(realm, proto, "size", lambda this, args: float(len(this_params(this).list)))

    @operation(realm, proto, "append", 2)
    def append(this, args):
        p = this_params(this)
        require_args(args, 2, "URLSearchParams.append")
        p.list.append((to_usv_string(args[0]), to_usv_string(args[1])))
        url_search_params_update(p)

    @operation(realm, proto, "delete", 1)
    def delete(this, args):
        p = this_params(this)
        require_args(args, 1, "URLSearchParams.delete")
        name, value = to_usv_string(args[0]), _optional_usv(args, 1)
        p.list = [(n, v) for n, v in p.list if n != name or (value is not None and v != value)]
        url_search_params_update(p)

    @operation(realm, proto, "get", 1)
    def get(this, args):
        p = this_params(this)
        require_args(args, 1, "URLSearchParams.get")
        name = to_usv_string(args[0])
        for n, v in p.list:
            if n == name:
                return utf16_from_usv(v)
        return null

    @operation(realm, proto, "getAll", 1)
    def get_all(this, args):
        p = this_params(this)
        require_args(args, 1, "URLSearchParams.getAll")
        name = to_usv_string(args[0])
        return realm.new_array([utf16_from_usv(v) for n, v in p.list if n == name])

    @operation(realm, proto, "has", 1)
    def has(this, args):
        p = this_params(this)
        require_args(args, 1, "URLSearchParams.has")
        name, value = to_usv_string(args[0]), _optional_usv(args, 1)
        return any(n == name and (value is None or v == value) for n, v in p.list)

    @operation(realm, proto, "set", 2)
    def set_(this, args):
        p = this_params(this)
        require_args(args, 2, "URLSearchParams.set")
        name, value = to_usv_string(args[0]), to_usv_string(args[1])
        out, found = [], False
        for n, v in p.list:
            if n == name:
                if not found:
                    out.append((n, value))
                    found = True
            else:
                out.append((n, v))
        if not found:
            out.append((name, value))
        p.list = out
        url_search_params_update(p)

    @operation(realm, proto, "sort", 0)
    def sort(this, args):
        """Stable sort by name, comparing UTF-16 code units."""
        p = this_params(this)
        p.list.sort(key=lambda pair: utf16_from_usv(pair[0]))
        url_search_params_update(p)

    @operation(realm, proto, "toString", 0)
    def to_string_(this, args):
        return urlencoded_serialize(this_params(this).list)

    def pair_at(p, i):
        if i >= len(p.list):
            return None
        n, v = p.list[i]
        return utf16_from_usv(n), utf16_from_usv(v)
    define_pair_iterator(realm, "URLSearchParams", proto, URLSearchParamsObject, pair_at)


def setup(realm):
    setup_url_search_params(realm)
    setup_url(realm)
