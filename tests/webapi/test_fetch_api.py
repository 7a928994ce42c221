"""Headers, Request, Response, bodies, Blob and FormData (pyjs.webapi: headers, request, response,
body, blob, formdata).  The Web Platform Tests (test_wpt.py) measure the breadth; these pin the
behaviour Workers code relies on and the deliberate differences from browsers."""
import pytest

from pyjs import JSError
from webapi_helpers import has_binary, make_realm, run_async, run_json


@pytest.fixture(scope="module")
def realm():
    return make_realm(base_url="https://example.com/base/")


# -- Headers -----------------------------------------------------------------------------------------

def test_headers_case_insensitive_sorted_and_combined(realm):
    out = run_json(realm, """
        const h = new Headers({"X-B": " 2 ", "x-a": "1"});
        h.append("X-A", "3");
        h.append("Set-Cookie", "a=1");
        h.append("set-cookie", "b=2");
        return JSON.stringify({entries: [...h], a: h.get("x-A"), has: h.has("X-B"),
                               cookies: h.getSetCookie(), keys: [...h.keys()]});
    """)
    assert out["entries"] == [["set-cookie", "a=1"], ["set-cookie", "b=2"], ["x-a", "1, 3"], ["x-b", "2"]]
    assert out["a"] == "1, 3" and out["has"] is True
    assert out["cookies"] == ["a=1", "b=2"]
    assert out["keys"] == ["set-cookie", "set-cookie", "x-a", "x-b"]


def test_headers_set_delete_and_live_iteration(realm):
    out = run_json(realm, """
        const h = new Headers([["a", "1"], ["b", "2"], ["A", "3"]]);
        h.set("a", "x");
        const seen = [];
        for (const [k, v] of h) { seen.push(k); if (k === "a") h.append("c", "4"); }
        h.delete("B");
        return JSON.stringify({seen, a: h.get("a"), b: h.get("b")});
    """)
    assert out == {"seen": ["a", "b", "c"], "a": "x", "b": None}


@pytest.mark.parametrize("code", [
    'new Headers([["a b", "x"]])',
    'new Headers([["a", "x\\ny"]])',
    'new Headers([["a"]])',
    'new Headers({"a": "\\u0100"})',
    'new Headers().append("", "x")',
    'new Headers("nope")',
])
def test_headers_invalid_names_and_values_throw_type_error(realm, code):
    with pytest.raises(JSError) as e:
        realm.evaluate(code)
    assert e.value.name == "TypeError"


def test_headers_record_duplicate_and_forbidden_names_allowed(realm):
    # Like Cloudflare Workers and Deno: no forbidden header names on requests or responses.
    out = run_json(realm, """
        const r = new Request("https://x.test/", {headers: {Cookie: "a=b", Host: "evil"}});
        const res = new Response("", {headers: {"Set-Cookie": "s=1"}});
        return JSON.stringify([r.headers.get("cookie"), r.headers.get("host"), res.headers.get("set-cookie")]);
    """)
    assert out == ["a=b", "evil", "s=1"]


def test_incoming_request_headers_are_immutable():
    from pyjs.webapi.install import new_request
    realm = make_realm()
    req = new_request(realm, "POST", "https://h.test/p?q=1", [("Content-Type", "text/plain"), ("X-A", "1")],
                      b"hi")
    realm.set_global("req", req)
    with pytest.raises(JSError) as e:
        realm.evaluate('req.headers.set("x-a", "2")')
    assert e.value.name == "TypeError"
    assert run_async(realm, 'return [req.method, req.url, await req.text(), req.headers.get("x-a")].join()') \
        == "POST,https://h.test/p?q=1,hi,1"
    # a copy made by the worker is mutable again
    realm.set_global("req2", new_request(realm, "GET", "https://h.test/", [("X-A", "1")]))
    assert run_async(realm, 'const r = new Request(req2); r.headers.set("x-a", "2"); return r.headers.get("x-a")') \
        == "2"


# -- Request -----------------------------------------------------------------------------------------

def test_request_method_normalization_and_forbidden_methods(realm):
    assert realm.evaluate('new Request("/a", {method: "post"}).method') == "POST"
    assert realm.evaluate('new Request("/a", {method: "patch"}).method') == "PATCH"
    assert realm.evaluate('new Request("/a", {method: "Custom"}).method') == "Custom"
    for method in ("CONNECT", "trace", "TRACK", "bad method"):
        with pytest.raises(JSError) as e:
            realm.evaluate(f'new Request("/a", {{method: "{method}"}})')
        assert e.value.name == "TypeError"


def test_request_relative_url_uses_base_url(realm):
    assert realm.evaluate('new Request("x?y#z").url') == "https://example.com/base/x?y#z"
    bare = make_realm()
    with pytest.raises(JSError) as e:
        bare.evaluate('new Request("/relative")')
    assert e.value.name == "TypeError"


def test_request_get_with_body_and_credentials_in_url_throw(realm):
    for code in ('new Request("/a", {body: "x"})', 'new Request("/a", {method: "HEAD", body: "x"})',
                 'new Request("https://u:p@x.test/")', 'new Request("/a", {mode: "navigate"})'):
        with pytest.raises(JSError) as e:
            realm.evaluate(code)
        assert e.value.name == "TypeError"


def test_request_defaults_and_cf_passthrough(realm):
    out = run_json(realm, """
        const r = new Request("https://x.test/", {cf: {cacheTtl: 5}, redirect: "manual"});
        return JSON.stringify([r.method, r.mode, r.credentials, r.cache, r.redirect, r.referrer,
                               r.integrity, r.keepalive, r.cf.cacheTtl, r.signal.aborted, r.body, r.bodyUsed]);
    """)
    assert out == ["GET", "cors", "same-origin", "default", "manual", "about:client", "", False, 5, False,
                   None, False]


def test_request_body_content_types(realm):
    out = run_json(realm, """
        const t = (body) => new Request("https://x.test/", {method: "POST", body}).headers.get("content-type");
        const fd = new FormData(); fd.append("a", "1");
        return JSON.stringify([t("s"), t(new URLSearchParams("a=1")), t(new Blob(["x"], {type: "Text/Plain"})),
                               t(fd).split(";")[0],
                               new Request("https://x.test/", {method: "POST", body: "s",
                                            headers: {"content-type": "a/b"}}).headers.get("content-type")]);
    """)
    assert out == ["text/plain;charset=UTF-8", "application/x-www-form-urlencoded;charset=UTF-8",
                   "text/plain", "multipart/form-data", "a/b"]


def test_request_from_request_takes_its_body(realm):
    out = run_json(realm, """
        const a = new Request("https://x.test/", {method: "PUT", body: "payload", headers: {"x": "1"}});
        const b = new Request(a, {headers: {"y": "2"}});
        const used = a.bodyUsed;
        let err = null;
        try { new Request(a) } catch (e) { err = e.name }
        return JSON.stringify([b.method, await b.text(), b.headers.get("x"), b.headers.get("y"), used, err]);
    """)
    assert out == ["PUT", "payload", None, "2", True, "TypeError"]


def test_request_clone_and_signal(realm):
    out = run_json(realm, """
        const c = new AbortController();
        const r = new Request("https://x.test/", {method: "POST", body: "abc", signal: c.signal});
        const copy = r.clone();
        c.abort("stop");
        return JSON.stringify([await r.text(), await copy.text(), r.signal.aborted, copy.signal.aborted,
                               copy.signal.reason, r.signal === c.signal]);
    """)
    assert out == ["abc", "abc", True, True, "stop", False]


# -- Response -----------------------------------------------------------------------------------------

def test_response_basics(realm):
    out = run_json(realm, """
        const r = new Response("héllo", {status: 201, statusText: "Made", headers: [["X", "y"]]});
        return JSON.stringify([r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.headers.get("x"),
                               r.headers.get("content-type"), r.bodyUsed, await r.text(), r.bodyUsed]);
    """)
    assert out == [201, "Made", True, "default", "", False, "y", "text/plain;charset=UTF-8", False, "héllo", True]


def test_response_body_used_once(realm):
    out = run_json(realm, """
        const r = new Response("x");
        await r.text();
        const errors = [];
        for (const m of ["text", "json", "blob", "formData"]) {
            try { await r[m](); } catch (e) { errors.push(e.name); }
        }
        try { r.clone() } catch (e) { errors.push("clone:" + e.name) }
        return JSON.stringify(errors);
    """)
    assert out == ["TypeError", "TypeError", "TypeError", "TypeError", "clone:TypeError"]


@pytest.mark.parametrize("code,error", [
    ('new Response("", {status: 199})', "RangeError"),
    ('new Response("", {status: 600})', "RangeError"),
    ('new Response("x", {status: 204})', "TypeError"),
    ('new Response("x", {status: 304})', "TypeError"),
    ('new Response("", {statusText: "a\\nb"})', "TypeError"),
    ('Response.redirect("https://x.test/", 200)', "RangeError"),
    ('Response.redirect("http://[bad")', "TypeError"),
    ('Response.json(Symbol())', "TypeError"),
])
def test_response_init_errors(realm, code, error):
    with pytest.raises(JSError) as e:
        realm.evaluate(code)
    assert e.value.name == error


def test_response_statics(realm):
    out = run_json(realm, """
        const j = Response.json({a: "é"}, {status: 202, headers: {"X": "1"}});
        const r = Response.redirect("/next", 307);
        const e = Response.error();
        let immutable = null;
        try { r.headers.set("x", "1") } catch (err) { immutable = err.name }
        return JSON.stringify([j.status, j.headers.get("content-type"), await j.json(), r.status,
                               r.headers.get("location"), e.type, e.status, e.ok, immutable]);
    """)
    assert out == [202, "application/json", {"a": "é"}, 307, "https://example.com/next", "error", 0, False,
                   "TypeError"]


def test_response_clone_of_a_stream_body_tees(realm):
    if not has_binary(realm):
        pytest.skip("needs Uint8Array")
    out = run_json(realm, """
        const enc = (s) => new Blob([s]).bytes();
        const chunks = [await enc("ab"), await enc("cd")];
        const r = new Response(new ReadableStream({pull(c) { chunks.length ? c.enqueue(chunks.shift()) : c.close() }}));
        const copy = r.clone();
        return JSON.stringify([await r.text(), await copy.text()]);
    """)
    assert out == ["abcd", "abcd"]


def test_response_rejects_non_byte_chunks(realm):
    out = run_json(realm, """
        const r = new Response(new ReadableStream({start(c) { c.enqueue("text"); c.close(); }}));
        try { await r.text(); return JSON.stringify("no error"); } catch (e) { return JSON.stringify(e.name) }
    """)
    assert out == "TypeError"


def test_text_strips_bom_and_replaces_bad_utf8():
    from pyjs.webapi.body import utf8_decode_to_js
    assert utf8_decode_to_js(b"\xef\xbb\xbfhi") == "hi"
    assert utf8_decode_to_js(b"a\xffb") == "a\ufffdb"
    assert utf8_decode_to_js("😀".encode()) == "\ud83d\ude00"


def test_json_body_errors_are_syntax_errors(realm):
    assert run_async(realm, 'try { await new Response("{").json() } catch (e) { return e.name }') == "SyntaxError"


# -- Blob and FormData ---------------------------------------------------------------------------------

def test_blob_parts_slice_and_type(realm):
    out = run_json(realm, """
        const b = new Blob(["ab", new Blob(["cd"]), "e\\r\\nf"], {type: "Text/HTML"});
        const n = new Blob(["a\\r\\nb\\rc"], {endings: "native"});
        const f = new File(["x"], "a.txt", {type: "text/plain", lastModified: 42});
        return JSON.stringify([b.size, b.type, await b.slice(1, -2).text(), await b.slice(-3).text(),
                               new Blob([], {type: "bad\\u00ff"}).type, await n.text(),
                               f.name, f.lastModified, f instanceof Blob, await f.text(),
                               await new Response(b).text(), new Response(b).headers.get("content-type")]);
    """)
    assert out == [8, "text/html", "bcde\r", "\r\nf", "", "a\nb\nc", "a.txt", 42, True, "x", "abcde\r\nf",
                   "text/html"]


def test_form_data_multipart_round_trip(realm):
    out = run_json(realm, """
        const fd = new FormData();
        fd.append("name", "välue\\nline");
        fd.append("file", new Blob(["file body"], {type: "text/csv"}), "data.csv");
        fd.append("name", "second");
        const res = new Response(fd);
        const back = await res.formData();
        const file = back.get("file");
        return JSON.stringify([back.getAll("name"), file.name, file.type, await file.text(),
                               [...back.keys()]]);
    """)
    assert out == [["välue\r\nline", "second"], "data.csv", "text/csv", "file body", ["name", "file", "name"]]


def test_form_data_from_urlencoded_and_errors(realm):
    out = run_json(realm, """
        const ok = await new Response("a=1&b=%C3%A9&a=2", {headers: {"content-type":
                                        "application/x-www-form-urlencoded"}}).formData();
        const errs = [];
        for (const ct of ["text/plain", "multipart/form-data; boundary=x", "multipart/form-data"]) {
            try { await new Response("junk", {headers: {"content-type": ct}}).formData() }
            catch (e) { errs.push(e.name) }
        }
        return JSON.stringify([ok.getAll("a"), ok.get("b"), errs]);
    """)
    assert out == [["1", "2"], "é", ["TypeError", "TypeError", "TypeError"]]


def test_form_data_set_delete_and_blob_entries(realm):
    out = run_json(realm, """
        const fd = new FormData();
        fd.append("a", "1"); fd.append("b", "2"); fd.append("a", "3");
        fd.set("a", "x");
        fd.set("blob", new Blob(["z"]));
        fd.delete("b");
        const blob = fd.get("blob");
        return JSON.stringify([[...fd].map(([k, v]) => k + "=" + (typeof v === "string" ? v : "file:" + v.name)),
                               blob instanceof File, fd.has("b"), fd.get("missing")]);
    """)
    assert out == [["a=x", "blob=file:blob"], True, False, None]


def test_multipart_parse_handles_preamble_and_quoted_names():
    from pyjs.webapi.formdata import multipart_parse
    realm = make_realm()
    body = (b"preamble\r\n--XX\r\nContent-Disposition: form-data; name=\"a; b\"\r\n\r\nv1\r\n"
            b"--XX\r\nContent-Disposition: form-data; name=c\r\n\r\n\r\n--XX--\r\n")
    assert multipart_parse(realm, body, "XX") == [("a; b", "v1"), ("c", "")]
    assert multipart_parse(realm, b"--XX\r\nno-colon\r\n\r\nx\r\n--XX--", "XX") is None
    assert multipart_parse(realm, b"--XX\r\n", "XX") is None


def test_mime_type_parsing():
    from pyjs.webapi.mimetype import extract_mime_type, parse_mime_type
    m = parse_mime_type(' Text/HTML ; Charset="utf-8\\"" ; x=; y=1;charset=ignored')
    assert m.essence == "text/html"
    assert m.parameters == {"charset": 'utf-8"', "y": "1"}
    assert m.serialize() == 'text/html;charset="utf-8\\"";y=1'
    assert parse_mime_type("nonsense") is None
    assert extract_mime_type([("Content-Type", "text/plain;charset=gbk, text/plain")]).serialize() \
        == "text/plain;charset=gbk"
