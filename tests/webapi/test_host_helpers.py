"""The host's entry points (pyjs.webapi.install): new_request and read_response / BodyChunks."""
import asyncio

import pytest

from pyjs import JSError
from pyjs.webapi.install import BodyChunks, new_request, read_response
from webapi_helpers import has_binary, make_realm


def handle(realm, source, request):
    """Call the JS function ``source`` with ``request``, drain microtasks, return the settled Response."""
    realm.set_global("__request", request)
    realm.evaluate(f"var __p = Promise.resolve(({source})(__request)).then(r => {{ __response = r; }});")
    realm.run_jobs()
    return realm.evaluate("__response")


def test_round_trip_with_bytes_body():
    realm = make_realm()
    request = new_request(realm, "post", "https://site.test/api?x=1",
                          [("Content-Type", "application/json"), ("X-Many", "a"), ("X-Many", "b")],
                          b'{"n": 41}')
    response = handle(realm, """async (req) => {
        const data = await req.json();
        return Response.json({n: data.n + 1, method: req.method, many: req.headers.get("x-many")},
                             {status: 201, headers: {"Set-Cookie": "a=1"}});
    }""", request)
    parts = read_response(realm, response)
    assert parts.status == 201 and parts.status_text == ""
    assert ("Set-Cookie", "a=1") in parts.headers and ("Content-Type", "application/json") in parts.headers
    assert parts.body == b'{"n":42,"method":"POST","many":"a, b"}'
    with pytest.raises(JSError):
        read_response(realm, response)      # the body was taken


def test_get_request_has_null_body_and_empty_response_body():
    realm = make_realm()
    request = new_request(realm, "GET", "https://site.test/", [], b"")
    response = handle(realm, "(req) => new Response(req.body === null ? null : 'body', {status: 204})", request)
    parts = read_response(realm, response)
    assert (parts.status, parts.body) == (204, b"")


def test_read_response_rejects_non_responses():
    realm = make_realm()
    with pytest.raises(TypeError):
        read_response(realm, realm.evaluate("({status: 200})"))


def collect(chunks):
    async def go():
        return [chunk async for chunk in chunks]
    return asyncio.run(go())


def test_streamed_body_chunks_and_late_close():
    realm = make_realm()
    response = handle(realm, """() => {
        globalThis.finish = null;
        return new Response(new ReadableStream({start(c) { globalThis.finish = () => c.close(); }}));
    }""", realm.evaluate("null"))
    parts = read_response(realm, response)
    assert isinstance(parts.body, BodyChunks)
    runs = []

    def run(fn):
        runs.append(fn)
        fn()
        realm.run_jobs()
        if len(runs) == 1:      # the worker closes the stream in a later task
            asyncio.get_running_loop().call_soon(lambda: realm.evaluate("finish()") or realm.run_jobs())
    parts.body.run = run
    assert collect(parts.body) == []
    assert len(runs) == 1


def test_streamed_body_with_bad_chunk_raises_js_error():
    realm = make_realm()
    response = handle(realm, """() => new Response(new ReadableStream({
        start(c) { c.enqueue("not bytes"); c.close(); }}))""", realm.evaluate("null"))
    body = read_response(realm, response).body
    with pytest.raises(JSError) as e:
        collect(body)
    assert e.value.name == "TypeError"


def test_streamed_body_bytes_and_aclose_cancels():
    realm = make_realm()
    if not has_binary(realm):
        pytest.skip("needs Uint8Array")
    response = handle(realm, """() => {
        globalThis.cancelled = null;
        let n = 0;
        return new Response(new ReadableStream({
            pull(c) { c.enqueue(new TextEncoder().encode("chunk" + n++)); },
            cancel(reason) { globalThis.cancelled = String(reason); },
        }));
    }""", realm.evaluate("null"))
    body = read_response(realm, response).body

    async def go():
        first = [await body.__anext__(), await body.__anext__()]
        await body.aclose()
        return first
    assert asyncio.run(go()) == [b"chunk0", b"chunk1"]
    assert realm.evaluate("cancelled") == "undefined"


def test_streamed_body_through_the_event_loop():
    """A worker writing its body from timers after returning the Response (TransformStream)."""
    from pyjs.webapi.eventloop import EventLoop

    async def go():
        realm = make_realm()
        loop = EventLoop(realm)
        response = loop.run_macrotask(lambda: realm.evaluate("""
            const {readable, writable} = new TransformStream();
            const writer = writable.getWriter(), enc = new TextEncoder();
            let n = 0;
            const tick = () => {
                if (n < 3) { writer.write(enc.encode("part" + n++ + ";")); setTimeout(tick, 1); }
                else writer.close();
            };
            setTimeout(tick, 1);
            new Response(readable, {headers: {"content-type": "text/plain"}});
        """))
        parts = loop.run_macrotask(lambda: read_response(realm, response, run=loop.run_macrotask))
        chunks = [chunk async for chunk in parts.body]
        await loop.run_until_idle()
        return parts.status, parts.headers, chunks
    status, headers, chunks = asyncio.run(go())
    assert status == 200 and headers == [("content-type", "text/plain")]
    assert b"".join(chunks) == b"part0;part1;part2;"


def test_untouched_body_stream_of_known_bytes_is_sent_whole():
    """``new Response(other.body, other)`` (Hono does this when middleware adds a header
    after the handler) keeps a body of known length: the host gets bytes, not chunks, so
    it sends a Content-Length as workerd does, and the stream counts as read."""
    realm = make_realm()
    response = handle(realm, """() => {
        const first = new Response("hello world", {status: 201, headers: {"x-a": "1"}});
        globalThis.rewrapped = new Response(first.body, first);
        return rewrapped;
    }""", realm.evaluate("null"))
    parts = read_response(realm, response)
    assert parts.status == 201 and parts.body == b"hello world"
    assert realm.evaluate("rewrapped.bodyUsed") is True
    with pytest.raises(JSError):
        read_response(realm, response)
    empty = handle(realm, "() => { const r = new Response(''); return new Response(r.body); }",
                   realm.evaluate("null"))
    assert read_response(realm, empty).body == b""


def test_stream_made_by_js_is_streamed_even_when_complete():
    """Only streams the Fetch code made from bytes have a known length; a worker's own
    ReadableStream is streamed (chunked) even if all its chunks are already queued."""
    realm = make_realm()
    if not has_binary(realm):
        pytest.skip("needs Uint8Array")
    response = handle(realm, """() => new Response(new ReadableStream({
        start(c) { c.enqueue(new TextEncoder().encode("abc")); c.close(); }}))""", realm.evaluate("null"))
    body = read_response(realm, response).body
    assert isinstance(body, BodyChunks) and collect(body) == [b"abc"]


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8787/", "http://127.0.0.1:8787/api/hello?x=1&y=%20z", "https://Example.COM:443/a//b/",
    "http://localhost:80/a/./b", "http://h/a/../b", "http://h/%2e%2E/x", "http://h/a/.%2e", "http://h/a/..",
    "http://h/..a/b.c/.../x", "http://h/p?q=?a/b/..", "http://h/q?it's", "http://h/a b", "http://h/é",
    "http://h/path#frag", "http://user:pa%20ss@h:8080/x?y", "http://[::1]:8787/x", "http://h/a\\b",
    "http://0x7f.1/x", "http://h/{}^`|", "HTTP://h/x", "http://h", "http://h?x", "http://h/%zz/%2F",
])
def test_request_url_fast_path_matches_the_url_parser(url):
    """new_request's shortcut for plain request URLs gives the general parser's record."""
    from pyjs.webapi.request import _parse_absolute
    from pyjs.webapi.url_parser import basic_url_parse
    fast, slow = _parse_absolute(url), basic_url_parse(url)
    for field in ("scheme", "username", "password", "host", "port", "path", "query", "fragment"):
        assert getattr(fast, field) == getattr(slow, field), field
    assert _parse_absolute(url) is not fast      # each request gets its own record
