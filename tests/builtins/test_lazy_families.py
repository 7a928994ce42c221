"""Lazily created builtin families (pyjs/builtins/lazy.py) are indistinguishable from eager ones."""
import pytest

import pyjs.builtins
from pyjs import JSError, Realm
from pyjs.builtins.lazy import LAZY_FAMILIES, intrinsic_root
from pyjs.interp.arrays import JSArray
from pyjs.interp.values import JSObject, Prop


@pytest.fixture
def eager_realm(monkeypatch):
    monkeypatch.setattr(pyjs.builtins, "LAZY_FAMILIES", {})
    realm = Realm()
    monkeypatch.undo()
    return realm


def pending_families(realm):
    return {p.family for p in realm.intrinsics.pending.values()}


def test_a_new_realm_creates_no_lazy_family():
    assert pending_families(Realm()) == set(LAZY_FAMILIES)


def _own(obj):
    """(key, flags, value, getter, setter) of each own property, in order."""
    out = []
    for key, p in obj.props.items():
        if type(p) is Prop:
            out.append((key, p.flags, p.value, p.getter, p.setter))
        else:
            out.append((key, 7, p, None, None))
    return out


def _same_graph(lazy, eager):
    """Walk both realms' object graphs from their global objects in step; return the pairing."""
    pairs = {}
    todo = [(lazy.global_object, eager.global_object, "globalThis")]
    while todo:
        a, b, path = todo.pop()
        if not isinstance(b, JSObject):
            assert type(a) is type(b) and (a == b or a != a and b != b), path
            continue
        if id(b) in pairs:
            assert pairs[id(b)] is a, path
            continue
        pairs[id(b)] = a
        own_a, own_b = _own(a), _own(b)      # reading a shell's props creates its family
        assert type(a) is type(b), path
        assert a.extensible == b.extensible, path
        assert [k[:2] for k in own_a] == [k[:2] for k in own_b], path
        assert getattr(a, "is_constructor", None) == getattr(b, "is_constructor", None), path
        todo.append((a.proto, b.proto, path + ".[[Prototype]]"))
        for pa, pb in zip(own_a, own_b):
            for i, what in ((2, ""), (3, "[get]"), (4, "[set]")):
                todo.append((pa[i], pb[i], f"{path}.{pa[0]}{what}"))
        if isinstance(b, JSArray):
            todo.extend((x, y, path + "[]") for x, y in zip(a.elements or (), b.elements or ()))
    return pairs


def test_lazy_realm_equals_eager_realm(eager_realm):
    lazy = Realm()
    # every intrinsic the lazy families would have registered is claimed by one of them
    for name in dict.keys(eager_realm.intrinsics):
        if not dict.__contains__(lazy.intrinsics, name):
            assert intrinsic_root(name) in lazy.intrinsics.pending, name
    pairs = _same_graph(lazy, eager_realm)
    assert not lazy.intrinsics.pending
    assert set(dict.keys(lazy.intrinsics)) == set(dict.keys(eager_realm.intrinsics))
    for name, obj in eager_realm.intrinsics.items():
        if isinstance(obj, JSObject) and id(obj) in pairs:
            assert lazy.intrinsics[name] is pairs[id(obj)], name


def test_global_object_is_final_before_any_use():
    realm = Realm()
    names = realm.evaluate("Reflect.ownKeys(globalThis).join()")   # creates Reflect only
    assert "Uint8Array,Uint8ClampedArray" in names and names.endswith("escape,unescape,globalThis")
    assert realm.evaluate("""
        var d = Object.getOwnPropertyDescriptor(globalThis, 'Map');
        typeof Map === 'function' && d.writable && !d.enumerable && d.configurable &&
        Object.getPrototypeOf(Int8Array) === Object.getPrototypeOf(Uint8Array) &&
        Object.getPrototypeOf(Object.getPrototypeOf(Int8Array)) === Function.prototype &&
        Object.getPrototypeOf(Atomics) === Object.prototype && Object.isExtensible(Date)
    """) is True
    assert pending_families(realm) == set(LAZY_FAMILIES) - {"reflect"}


def test_changes_made_before_creation_are_kept():
    realm = Realm()
    assert realm.evaluate("""
        Object.setPrototypeOf(Int8Array, null);
        Object.preventExtensions(Atomics);
        delete globalThis.Uint8Array;
        globalThis.Date = 1;
        Int8Array.BYTES_PER_ELEMENT === 1 && Object.getPrototypeOf(Int8Array) === null &&
        !Object.isExtensible(Atomics) && typeof Atomics.add === 'function' &&
        !('Uint8Array' in globalThis) && Date === 1
    """) is True
    u8 = realm.intrinsics["%Uint8Array%"]          # internal uses still reach the intrinsic
    assert realm.evaluate("Object.getPrototypeOf(new Int16Array(1)).constructor.name") == "Int16Array"
    assert u8.props["BYTES_PER_ELEMENT"].value == 1.0
    assert realm.evaluate("Object.getOwnPropertyNames(globalThis).indexOf('Date')") >= 0


def test_typed_array_to_string_is_the_original_array_to_string():
    realm = Realm()
    assert realm.evaluate("""
        var original = Array.prototype.toString;
        Array.prototype.toString = function () { return 'changed'; };
        Object.getPrototypeOf(Int8Array.prototype).toString === original
    """) is True


def test_a_family_is_created_in_its_own_realm():
    a, b = Realm(), Realm()
    a.set_global("other", b.global_object)
    assert a.evaluate("""
        var m = new other.Map([[1, 2]]);
        Object.getPrototypeOf(m) === other.Map.prototype && !(m instanceof Map) &&
        other.Map !== Map
    """) is True
    assert pending_families(a) == set(LAZY_FAMILIES) - {"collections"}
    assert "collections" not in pending_families(b)


def test_internal_lookups_create_the_family():
    realm = Realm()
    assert "%Uint8Array%" in realm.intrinsics
    assert "typed_arrays" not in pending_families(realm)
    assert realm.intrinsics.get("%Nonexistent%") is None
    assert realm.evaluate("/(a)/.exec('a')[1] + RegExp.$1") == "aa"
    assert realm.regexp_legacy is not None


def _legacy_statics_after_foreign_match(make_realm):
    a, b = make_realm(), make_realm()
    b.set_global("OtherRegExp", a.evaluate("class R extends RegExp {}; R"))
    b.evaluate("var m = new OtherRegExp('(x)').exec('x')")
    outcome = []
    for realm in (a, b):
        try:
            outcome.append(realm.evaluate("RegExp.$1"))
        except JSError as e:
            outcome.append(e.name)
    return outcome


def test_legacy_regexp_statics_of_a_realm_that_has_not_used_regexp(monkeypatch):
    lazy = _legacy_statics_after_foreign_match(Realm)
    monkeypatch.setattr(pyjs.builtins, "LAZY_FAMILIES", {})
    assert lazy == _legacy_statics_after_foreign_match(Realm)


def test_a_failed_creation_is_retried(monkeypatch):
    import pyjs.builtins.proxy as proxy_module
    realm = Realm()
    calls = []
    real_setup = proxy_module.setup

    def failing_setup(r):
        calls.append(1)
        if len(calls) == 1:
            real_setup(r)
            raise RecursionError
        real_setup(r)
    monkeypatch.setattr(proxy_module, "setup", failing_setup)
    with pytest.raises(RecursionError):
        realm.intrinsics["%Proxy%"]
    assert "proxy" in pending_families(realm)
    assert realm.evaluate("typeof Proxy.revocable") == "function"
    assert realm.evaluate("Object.getOwnPropertyNames(Proxy).join()") == "length,name,revocable"


# -- the Web APIs' lazy families (pyjs.webapi.install) ---------------------------------------

def _web_realm():
    from pyjs.webapi.install import install_web_apis
    realm = Realm()
    install_web_apis(realm)
    return realm


def test_web_api_realm_creates_no_lazy_web_family():
    from pyjs.webapi.install import LAZY_WEB_FAMILIES
    assert set(LAZY_WEB_FAMILIES) <= pending_families(_web_realm())


def test_lazy_web_apis_equal_eager_web_apis(monkeypatch):
    import pyjs.webapi.install as install
    monkeypatch.setattr(pyjs.builtins, "LAZY_FAMILIES", {})
    monkeypatch.setattr(install, "LAZY_WEB_FAMILIES", {})
    eager = _web_realm()
    monkeypatch.undo()
    lazy = _web_realm()
    for name in dict.keys(eager.intrinsics):
        if not dict.__contains__(lazy.intrinsics, name):
            assert intrinsic_root(name) in lazy.intrinsics.pending, name
    pairs = _same_graph(lazy, eager)
    assert not lazy.intrinsics.pending
    assert set(dict.keys(lazy.intrinsics)) == set(dict.keys(eager.intrinsics))
    for name, obj in eager.intrinsics.items():
        if isinstance(obj, JSObject) and id(obj) in pairs:
            assert lazy.intrinsics[name] is pairs[id(obj)], name


def test_web_api_globals_are_final_before_any_use():
    realm = _web_realm()
    names = realm.evaluate("Object.getOwnPropertyNames(globalThis).join()")
    assert names.endswith("atob,btoa,TextDecoder,TextEncoder,URLSearchParams,URL,Headers,"
                          "ByteLengthQueuingStrategy,CountQueuingStrategy,ReadableStream,"
                          "ReadableStreamDefaultReader,ReadableStreamDefaultController,"
                          "ReadableByteStreamController,ReadableStreamBYOBRequest,"
                          "ReadableStreamBYOBReader,WritableStream,WritableStreamDefaultWriter,"
                          "WritableStreamDefaultController,TransformStream,"
                          "TransformStreamDefaultController,TextEncoderStream,TextDecoderStream,"
                          "Blob,File,FormData,Request,Response,structuredClone,navigator")
    assert realm.evaluate("""
        var d = Object.getOwnPropertyDescriptor(globalThis, 'Response');
        d.writable && !d.enumerable && d.configurable && typeof Response === 'function' &&
        typeof structuredClone === 'function' && Object.getPrototypeOf(File) === Blob &&
        Object.getPrototypeOf(structuredClone) === Function.prototype
    """) is True
    assert {"request", "response", "blob", "structured_clone"} <= pending_families(realm)
    try:
        realm.evaluate("new structuredClone()")
        raise AssertionError("structuredClone constructed")
    except JSError as e:
        assert e.name == "TypeError"
    assert "structured_clone" in pending_families(realm)    # [[Construct]] needs no creation


def test_host_entry_points_create_what_they_use():
    from pyjs.webapi.install import new_request, read_response
    realm = _web_realm()
    req = new_request(realm, "GET", "https://example.com/a?b", [("x-a", "1")])
    realm.set_global("req", req)
    assert realm.evaluate("req instanceof Request && req.headers.get('x-a') + new URL(req.url).search") \
        == "1?b"
    parts = read_response(realm, realm.evaluate("new Response('hi', {status: 201})"))
    assert (parts.status, parts.body) == (201, b"hi")
