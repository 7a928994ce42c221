"""ReadableStream, WritableStream, TransformStream and piping (pyjs.webapi.streams_*)."""
import pytest

from pyjs import JSError
from pyjs.webapi.streams_readable import (create_readable_stream, read_all_chunks,
                                          readable_stream_default_controller_close,
                                          readable_stream_default_controller_enqueue)
from pyjs.webapi.streams_common import resolved_undefined
from webapi_helpers import make_realm, run_json


@pytest.fixture(scope="module")
def realm():
    return make_realm()


def test_underlying_source_start_pull_cancel(realm):
    out = run_json(realm, """
        const log = [];
        let n = 0;
        const rs = new ReadableStream({
            start(c) { log.push("start " + c.desiredSize); c.enqueue("s"); },
            pull(c) { log.push("pull"); if (++n > 2) c.close(); else c.enqueue("p" + n); },
            cancel(reason) { log.push("cancel " + reason); },
        }, {highWaterMark: 2});
        const reader = rs.getReader();
        const got = [];
        for (;;) { const {value, done} = await reader.read(); if (done) break; got.push(value); }
        await reader.closed;
        return JSON.stringify({got, log, locked: rs.locked});
    """)
    assert out["got"] == ["s", "p1", "p2"]
    assert out["log"][0] == "start 2"
    assert out["locked"] is True


def test_reader_release_and_cancel(realm):
    out = run_json(realm, """
        let reason;
        const rs = new ReadableStream({cancel(r) { reason = r; }});
        const r1 = rs.getReader();
        let second = null;
        try { rs.getReader() } catch (e) { second = e.name }
        r1.releaseLock();
        let closedErr = null;
        try { await r1.closed } catch (e) { closedErr = e.name }
        await rs.getReader().cancel("bye");
        return JSON.stringify([second, closedErr, reason, rs.locked]);
    """)
    assert out == ["TypeError", "TypeError", "bye", True]


def test_error_propagates_to_reads(realm):
    out = run_json(realm, """
        let ctrl;
        const rs = new ReadableStream({start(c) { ctrl = c; }});
        const reader = rs.getReader();
        const p = reader.read();
        ctrl.error(new RangeError("bad"));
        const results = [];
        for (const q of [p, reader.read(), reader.closed]) {
            try { await q; results.push("ok") } catch (e) { results.push(e.name + ":" + e.message) }
        }
        return JSON.stringify(results);
    """)
    assert out == ["RangeError:bad"] * 3


def test_async_iteration_and_return_cancels(realm):
    out = run_json(realm, """
        let cancelled = false;
        const rs = new ReadableStream({
            start(c) { c.enqueue(1); c.enqueue(2); c.enqueue(3); },
            cancel() { cancelled = true; },
        });
        const seen = [];
        for await (const x of rs) { seen.push(x); if (x === 2) break; }
        const kept = ReadableStream.from([1, 2]);
        for await (const x of kept.values({preventCancel: true})) break;
        return JSON.stringify([seen, cancelled, rs.locked, kept.locked]);
    """)
    assert out == [[1, 2], True, False, False]


def test_tee_delivers_to_both_branches(realm):
    out = run_json(realm, """
        const [a, b] = ReadableStream.from(["x", "y"]).tee();
        const read = async (s) => { const r = []; for await (const v of s) r.push(v); return r; };
        const [ra, rb] = await Promise.all([read(a), read(b)]);
        return JSON.stringify([ra, rb]);
    """)
    assert out == [["x", "y"], ["x", "y"]]


def test_from_async_generator(realm):
    out = run_json(realm, """
        async function* gen() { yield "a"; await null; yield "b"; }
        const r = []; for await (const v of ReadableStream.from(gen())) r.push(v);
        let err = null; try { ReadableStream.from(5) } catch (e) { err = e.name }
        return JSON.stringify([r, err]);
    """)
    assert out == [["a", "b"], "TypeError"]


@pytest.mark.parametrize("code", [
    'new ReadableStream(null)',
    'new ReadableStream({start: 5})',
    'new ReadableStream({}, {highWaterMark: -1})',
    'new ReadableStream({}, {size: "x"})',
    'new ReadableStream({type: "bytes"}, {size() { return 1; }})',
    'new ReadableStream({type: "bytes", autoAllocateChunkSize: 0})',
    'new ReadableStream({type: "other"})',
    'new ReadableStream().getReader({mode: "byob"})',
    'new WritableStream({type: "x"})',
    'new TransformStream({readableType: "bytes"})',
])
def test_constructor_argument_errors(realm, code):
    with pytest.raises(JSError) as e:
        realm.evaluate(code)
    assert e.value.name in ("TypeError", "RangeError")


def test_byte_stream_byob_reads_and_respond(realm):
    out = run_json(realm, """
        const rs = new ReadableStream({
            type: "bytes",
            pull(c) {
                const req = c.byobRequest;
                if (req) { req.view[0] = 7; req.view[1] = 8; req.respond(2); }
                else { c.enqueue(new Uint8Array([1, 2, 3])); }
                if (++this.n >= 2) c.close();
            },
            n: 0,
        });
        const reader = rs.getReader({mode: "byob"});
        const buf = new ArrayBuffer(4);
        const first = await reader.read(new Uint8Array(buf));
        const detached = buf.byteLength === 0 && buf.detached;
        const second = await reader.read(new Uint8Array(4));
        const third = await reader.read(new Uint16Array(2));
        return JSON.stringify([[...first.value], first.done, detached, [...second.value], third.done,
                               third.value.constructor.name, third.value.length]);
    """)
    assert out == [[7, 8], False, True, [7, 8], True, "Uint16Array", 0]


def test_byte_stream_default_reader_and_tee_copies(realm):
    out = run_json(realm, """
        const chunk = new Uint8Array([1, 2, 3]);
        const rs = new ReadableStream({type: "bytes", start(c) { c.enqueue(chunk); c.close(); }});
        const [a, b] = rs.tee();
        const ra = await a.getReader().read(), rb = await b.getReader().read();
        ra.value[0] = 99;
        let err = null;
        try { new ReadableStream().getReader({mode: "byob"}) } catch (e) { err = e.name }
        return JSON.stringify([chunk.byteLength, [...ra.value], [...rb.value], err,
                               new Response("x").body.getReader({mode: "byob"}) instanceof ReadableStreamBYOBReader]);
    """)
    assert out == [0, [99, 2, 3], [1, 2, 3], "TypeError", True]


def test_writable_stream_backpressure_and_close(realm):
    out = run_json(realm, """
        const written = [];
        let release;
        const ws = new WritableStream({
            write(chunk) { written.push(chunk); return new Promise(r => release = r); },
            close() { written.push("closed"); },
        }, new CountQueuingStrategy({highWaterMark: 1}));
        const w = ws.getWriter();
        const sizes = [w.desiredSize];
        const p1 = w.write("a");
        sizes.push(w.desiredSize);
        const p2 = w.write("b");
        sizes.push(w.desiredSize);
        await null; await null;
        release(); await p1;
        await null; await null;
        release(); await p2;
        await w.close();
        return JSON.stringify([written, sizes]);
    """)
    assert out == [["a", "b", "closed"], [1, 0, -1]]


def test_writable_stream_abort_signal(realm):
    out = run_json(realm, """
        let signal, abortReason;
        const ws = new WritableStream({start(c) { signal = c.signal; }, abort(r) { abortReason = r; }});
        await null;
        await ws.abort("why");
        return JSON.stringify([signal.aborted, signal.reason, abortReason]);
    """)
    assert out == [True, "why", "why"]


def test_transform_stream_and_pipes(realm):
    out = run_json(realm, """
        const upper = new TransformStream({
            transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
            flush(c) { c.enqueue("!"); },
        });
        const sink = [];
        await ReadableStream.from(["a", "b"]).pipeThrough(upper)
            .pipeTo(new WritableStream({write(c) { sink.push(c); }}));
        const {readable, writable} = new TransformStream();
        const w = writable.getWriter(); w.write("x"); w.close();
        const r = []; for await (const v of readable) r.push(v);
        return JSON.stringify([sink, r]);
    """)
    assert out == [["A", "B", "!"], ["x"]]


def test_pipe_to_propagates_errors_and_abort(realm):
    out = run_json(realm, """
        const results = [];
        const failing = new ReadableStream({start(c) { c.error(new Error("src")); }});
        try { await failing.pipeTo(new WritableStream()) } catch (e) { results.push(e.message) }
        const ac = new AbortController();
        const p = new ReadableStream().pipeTo(new WritableStream(), {signal: ac.signal});
        ac.abort();
        try { await p } catch (e) { results.push(e.name) }
        try { await ReadableStream.from([1]).pipeTo({}) } catch (e) { results.push(e.name) }
        return JSON.stringify(results);
    """)
    assert out == ["src", "AbortError", "TypeError"]


def test_python_stream_helpers(realm):
    """create_readable_stream with Python algorithms, read back with read_all_chunks."""
    from pyjs.interp.agent import state
    prev, state.realm = state.realm, realm
    try:
        items = ["a", "b", "c"]

        def pull():
            if items:
                readable_stream_default_controller_enqueue(stream.controller, items.pop(0))
            else:
                readable_stream_default_controller_close(stream.controller)
            return resolved_undefined()
        stream = create_readable_stream(lambda: None, pull, lambda reason: resolved_undefined())
        got, done = [], []
        read_all_chunks(stream, got.append, lambda: done.append(True), lambda e: done.append(e))
        realm.run_jobs()
    finally:
        state.realm = prev
    assert got == ["a", "b", "c"] and done == [True]


def test_queuing_strategies(realm):
    out = run_json(realm, """
        const b = new ByteLengthQueuingStrategy({highWaterMark: 16});
        const c = new CountQueuingStrategy({highWaterMark: 2});
        return JSON.stringify([b.highWaterMark, b.size({byteLength: 5}), c.size(), c.size.length, b.size.length,
                               b.size === new ByteLengthQueuingStrategy({highWaterMark: 1}).size]);
    """)
    assert out == [16, 5, 1, 0, 1, True]
