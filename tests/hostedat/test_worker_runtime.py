"""The pyjs worker runtime end to end: real sites, a real aiohttp server, real HTTP."""
import asyncio
import json
import shutil
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from hostedat.config import load_config
from hostedat.server.dev import create_dev_app

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hello"


def make_site(tmp_path, files, toml=""):
    site = tmp_path / "site"
    site.mkdir()
    for name, text in files.items():
        p = site / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    if toml:
        (site / "hostedat.toml").write_text(toml)
    return site


async def _with_client(site, fn):
    app = create_dev_app(load_config(site), run_crons=False, log=lambda line: None)
    async with TestClient(TestServer(app)) as client:
        return await fn(client)


def run(site, fn):
    return asyncio.run(_with_client(site, fn))


def test_hello_example(tmp_path):
    site = tmp_path / "hello"
    shutil.copytree(EXAMPLE, site, ignore=shutil.ignore_patterns(".hostedat"))

    async def go(client):
        r = await client.get("/api/hello")
        assert r.status == 200
        assert await r.json() == {"message": "hello, world", "greeting": "hello", "path": "/api/hello"}
        counts = []
        for _ in range(3):
            r = await client.get("/api/count")
            counts.append((await r.json())["count"])
        assert counts == [1, 2, 3]
        r = await client.get("/")
        assert r.status == 200 and "text/html" in r.headers["Content-Type"]
        r = await client.get("/__scheduled", params={"cron": "*/15 * * * *"})
        assert r.status == 200
    run(site, go)
    # KV is durable across a restart of the server
    async def again(client):
        r = await client.get("/api/count")
        return (await r.json())["count"]
    assert run(site, again) == 4


def test_worker_that_throws_gets_a_500_with_the_js_stack(tmp_path):
    site = make_site(tmp_path, {"_worker.js": """
        function explode() { throw new TypeError("kaboom"); }
        export default { fetch() { explode(); } };"""})

    async def go(client):
        r = await client.get("/")
        text = await r.text()
        assert r.status == 500
        assert "TypeError: kaboom" in text
        assert "Traceback" not in text
    run(site, go)


def test_pass_through_on_exception_serves_the_static_file(tmp_path):
    site = make_site(tmp_path, {"index.html": "static home", "_worker.js": """
        export default { fetch(req, env, ctx) { ctx.passThroughOnException(); throw new Error("x"); } };"""})

    async def go(client):
        r = await client.get("/")
        assert r.status == 200 and await r.text() == "static home"
    run(site, go)


def test_never_answering_and_looping_workers_time_out(tmp_path):
    site = make_site(tmp_path, {"_worker.js": """
        export default {
          fetch(req) {
            if (new URL(req.url).pathname === "/loop") { for (;;) {} }
            if (new URL(req.url).pathname === "/ok") return new Response("fine");
            return new Promise(() => {});
          } };"""}, toml="[worker]\ntimeout_ms = 400\npool_size = 1\n")

    async def go(client):
        r = await client.get("/hang")
        assert r.status == 503
        r = await client.get("/loop")
        assert r.status == 503
        r = await client.get("/ok")      # the realm was replaced and serves again
        assert r.status == 200 and await r.text() == "fine"
    run(site, go)


def test_wait_until_work_continues_after_the_response(tmp_path):
    site = make_site(tmp_path, {"_worker.js": """
        export default {
          async fetch(req, env, ctx) {
            if (new URL(req.url).pathname === "/read") return new Response(await env.KV.get("late") ?? "none");
            ctx.waitUntil(new Promise(r => setTimeout(r, 50)).then(() => env.KV.put("late", "written")));
            return new Response("sent");
          } };"""}, toml='[[kv_namespaces]]\nbinding = "KV"\n')

    async def go(client):
        r = await client.get("/write")
        assert await r.text() == "sent"
        await asyncio.sleep(0.3)
        r = await client.get("/read")
        assert await r.text() == "written"
    run(site, go)


def test_ctx_methods_are_shared_and_check_their_receiver(tmp_path):
    """ctx's methods live on one prototype per realm (not new functions per request);
    called on something that is not a ctx they throw a TypeError, as in workerd."""
    site = make_site(tmp_path, {"_worker.js": """
        let previous = null;
        export default {
          fetch(req, env, ctx) {
            const same = previous !== null && previous !== ctx && previous.waitUntil === ctx.waitUntil;
            previous = ctx;
            let unbound = "no error";
            try { const { waitUntil } = ctx; waitUntil(Promise.resolve()); }
            catch (e) { unbound = e.constructor.name; }
            return Response.json({ same, unbound, own: Object.keys(ctx) });
          } };"""})

    async def go(client):
        await client.get("/")
        r = await client.get("/")
        assert await r.json() == {"same": True, "unbound": "TypeError", "own": ["props"]}
    run(site, go)


def test_module_state_imports_and_kv_api(tmp_path):
    site = make_site(tmp_path, {
        "lib/util.js": "export const twice = (x) => x * 2;",
        "_worker.js": """
        import { twice } from "./lib/util.js";
        let hits = 0;
        export default {
          async fetch(req, env) {
            hits++;
            await env.KV.put("a:1", JSON.stringify({ n: twice(21) }), { metadata: { tag: "x" } });
            await env.KV.put("a:2", "two");
            const { value, metadata } = await env.KV.getWithMetadata("a:1", "json");
            const list = await env.KV.list({ prefix: "a:" });
            let err = "";
            try { await env.KV.put("big", "x".repeat(2 * 1024 * 1024)); } catch (e) { err = e.message; }
            return Response.json({ hits, value, metadata, names: list.keys.map(k => k.name),
                                   complete: list.list_complete, tooBig: err.length > 0, missing: await env.KV.get("nope") });
          } };"""}, toml='[[kv_namespaces]]\nbinding = "KV"\n[worker]\npool_size = 1\n')

    async def go(client):
        first = await (await client.get("/")).json()
        second = await (await client.get("/")).json()
        return first, second
    first, second = run(site, go)
    assert first["value"] == {"n": 42} and first["metadata"] == {"tag": "x"}
    assert first["names"] == ["a:1", "a:2"] and first["complete"] is True
    assert first["tooBig"] is True and first["missing"] is None
    assert (first["hits"], second["hits"]) == (1, 2)


def test_syntax_error_in_worker_is_reported_without_traceback(tmp_path):
    site = make_site(tmp_path, {"_worker.js": "export default { fetch( { }"})

    async def go(client):
        r = await client.get("/")
        text = await r.text()
        assert r.status == 500
        assert "SyntaxError" in text and "Traceback" not in text
    run(site, go)
