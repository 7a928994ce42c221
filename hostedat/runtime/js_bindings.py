"""The JS side of a site's bindings: the `env` object a worker receives.

Each binding kind owns its storage in Python (`hostedat.bindings`); this module
only exposes it to JS as host objects whose methods return promises.  JS code
reaches nothing but JS values: every Python result is converted here.
"""
from __future__ import annotations

import json

from pyjs.builtins._helpers import arg, method
from pyjs.builtins.promise import new_promise_capability_intrinsic
from pyjs.interp.ops import to_string, to_number, describe
from pyjs.interp.values import JSError, JSObject, Prop, HIDDEN, null, type_error
from pyjs.parser import to_utf16
from pyjs.webapi.body import Body
from pyjs.webapi.buffers import binary_supported, buffer_source_bytes, is_buffer_source, new_array_buffer
from pyjs.webapi.request import RequestObject, request_parts
from pyjs.webapi.response import ResponseRecord, create_response_object

from hostedat.bindings.kv import KVError, KVNamespace


def py_to_js(realm, value):
    """A JSON-shaped Python value ([vars], KV list results) as a JS value."""
    if value is None:
        return null
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        return to_utf16(value)
    if isinstance(value, (list, tuple)):
        return realm.new_array([py_to_js(realm, v) for v in value])
    if isinstance(value, dict):
        o = realm.new_object()
        for k, v in value.items():
            o.props[to_utf16(str(k))] = py_to_js(realm, v)
        return o
    raise TypeError(f"cannot expose {type(value).__name__} to JS")


def js_text(s: str) -> str:
    """A JS string (UTF-16 code units) as Python text; lone surrogates become U+FFFD."""
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def js_to_bytes(realm, value) -> bytes:
    """The bytes of a KV value: a string (UTF-8) or a BufferSource."""
    if type(value) is str:
        return js_text(value).encode("utf-8")
    if is_buffer_source(value):
        return buffer_source_bytes(realm, value)
    raise type_error(f"KV put() accepts a string, ArrayBuffer or ArrayBufferView, got {describe(value)}")


def js_to_json(realm, value):
    """A JS value as a JSON-shaped Python value (through JSON.stringify, as Workers does)."""
    text = realm.intrinsics["%JSON.stringify%"].call(None, [value])
    if text is None:
        return None
    return json.loads(js_text(text))


def json_to_js(realm, text: str):
    return realm.intrinsics["%JSON.parse%"].call(None, [to_utf16(text)])


def settled(realm, fn):
    """Run ``fn()`` now and return a promise for its result (rejected on error)."""
    cap = new_promise_capability_intrinsic(realm)
    try:
        cap.resolve(fn())
    except JSError as e:
        cap.reject(e.value)
    except KVError as e:
        cap.reject(realm.new_error("TypeError", str(e)))
    return cap.promise


def bytes_response(realm, status, headers, body: bytes):
    record = ResponseRecord(status, "", [(n, v) for n, v in headers], Body(body))
    return create_response_object(realm, record, "immutable")


# -- KV ----------------------------------------------------------------------------------


class KVBinding(JSObject):
    __slots__ = ("namespace",)
    class_name = "KvNamespace"


def _kv(this) -> KVNamespace:
    if not isinstance(this, KVBinding):
        raise type_error("KV method called on an object that is not a KV namespace")
    return this.namespace


def _key(v) -> str:
    return js_text(to_string(v))


def _get_type(options):
    if options is None:
        return "text"
    if type(options) is str:
        return options
    if isinstance(options, JSObject):
        t = options.get("type", options)
        return "text" if t is None else to_string(t)
    raise type_error("KV get() options must be a string or an object")


def _decode_value(realm, data: bytes, kind: str):
    if kind == "text":
        return to_utf16(data.decode("utf-8", "replace"))
    if kind == "json":
        return json_to_js(realm, data.decode("utf-8", "replace"))
    if kind == "arrayBuffer":
        if not binary_supported(realm):
            raise type_error("ArrayBuffer is not available in this runtime")
        return new_array_buffer(realm, data)
    if kind == "stream":
        return bytes_response(realm, 200, [], data).get("body", None)
    raise type_error(f'Unknown response type "{kind}"; expected "text", "json", "arrayBuffer" or "stream"')


def kv_prototype(realm):
    proto = realm.intrinsics.get("%KvNamespace.prototype%")
    if proto is not None:
        return proto
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%KvNamespace.prototype%"] = proto

    def get_impl(this, args, with_metadata):
        ns = _kv(this)
        key = _key(arg(args, 0))
        kind = _get_type(arg(args, 1))

        def run():
            found = ns.get(key)
            value = null if found is None else _decode_value(realm, found[0], kind)
            if not with_metadata:
                return value
            o = realm.new_object()
            o.props["value"] = value
            meta = None if found is None else found[1]
            o.props["metadata"] = null if meta is None else json_to_js(realm, meta)
            o.props["cacheStatus"] = null
            return o
        return settled(realm, run)

    method(realm, proto, "get", 2)(lambda this, args: get_impl(this, args, False))
    method(realm, proto, "getWithMetadata", 2)(lambda this, args: get_impl(this, args, True))

    @method(realm, proto, "put", 3)
    def put(this, args):
        ns = _kv(this)

        def run():
            key = _key(arg(args, 0))
            data = js_to_bytes(realm, arg(args, 1))
            opts = arg(args, 2)
            kw = {}
            if isinstance(opts, JSObject):
                for js_name, py_name in (("expiration", "expiration"), ("expirationTtl", "expiration_ttl")):
                    v = opts.get(js_name, opts)
                    if v is not None:
                        kw[py_name] = to_number(v)
                meta = opts.get("metadata", opts)
                if meta is not None:
                    kw["metadata"] = js_to_json(realm, meta)
            ns.put(key, data, **kw)
            return None
        return settled(realm, run)

    @method(realm, proto, "delete", 1)
    def delete(this, args):
        ns = _kv(this)
        return settled(realm, lambda: ns.delete(_key(arg(args, 0))))

    @method(realm, proto, "list", 1)
    def list_(this, args):
        ns = _kv(this)

        def run():
            opts = arg(args, 0)
            kw = {}
            if isinstance(opts, JSObject):
                prefix = opts.get("prefix", opts)
                if prefix is not None and prefix is not null:
                    kw["prefix"] = _key(prefix)
                limit = opts.get("limit", opts)
                if limit is not None:
                    n = to_number(limit)
                    if n != int(n):
                        raise type_error("KV list() limit must be an integer")
                    kw["limit"] = int(n)
                cursor = opts.get("cursor", opts)
                if cursor is not None and cursor is not null:
                    kw["cursor"] = _key(cursor)
            result = ns.list(**kw)
            keys = []
            for entry in result["keys"]:
                k = realm.new_object()
                k.props["name"] = to_utf16(entry["name"])
                if "expiration" in entry:
                    k.props["expiration"] = float(entry["expiration"])
                if "metadata" in entry:
                    k.props["metadata"] = json_to_js(realm, entry["metadata"])
                keys.append(k)
            o = realm.new_object()
            o.props["keys"] = realm.new_array(keys)
            o.props["list_complete"] = result["list_complete"]
            if "cursor" in result:
                o.props["cursor"] = to_utf16(result["cursor"])
            o.props["cacheStatus"] = null
            return o
        return settled(realm, run)
    return proto


def kv_binding(realm, namespace: KVNamespace):
    b = KVBinding(kv_prototype(realm))
    b.namespace = namespace
    return b


# -- ASSETS --------------------------------------------------------------------------------


class AssetsBinding(JSObject):
    __slots__ = ("server",)
    class_name = "Fetcher"


def assets_binding(realm, server):
    """``env.ASSETS``: ``fetch(request | url)`` answered by the static pipeline."""
    b = AssetsBinding(realm.object_prototype)
    b.server = server

    def fetch(this, args):
        def run():
            target = arg(args, 0)
            if isinstance(target, RequestObject):
                method_, url, headers, _ = request_parts(target)
            else:
                ctor = realm.intrinsics["%Request%"]
                req = ctor.construct([target] + list(args[1:2]), ctor)
                method_, url, headers, _ = request_parts(req)
            hdrs = {}
            for n, v in headers:
                hdrs[n] = v
            r = server.serve(method_, url, hdrs)
            return bytes_response(realm, r.status, r.headers, r.body)
        return settled(realm, run)
    method(realm, b, "fetch", 1)(fetch)
    return b


def build_js_env(realm, env):
    """The worker's ``env`` object from the host's Python bindings."""
    from hostedat.bindings.assets import AssetServer
    o = realm.new_object()
    for name, value in env.items():
        if isinstance(value, KVNamespace):
            v = kv_binding(realm, value)
        elif isinstance(value, AssetServer):
            v = assets_binding(realm, value)
        else:
            v = py_to_js(realm, value)
        o.props[to_utf16(name)] = v
    return o
