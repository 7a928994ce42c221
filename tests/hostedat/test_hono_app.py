"""A real Hono app, bundled with esbuild, served by `hostedat dev` over real HTTP.

This is the issue's "Hono app bundled with esbuild, using KV" case built locally:
npm installs pinned `hono` and `esbuild` into a cache folder (once; later runs reuse
it and the bundle), esbuild bundles APP_SOURCE into `_worker.js` as an ES module,
and the tests make HTTP requests to the dev server on 127.0.0.1. The expected
statuses, headers and bodies are what Hono answers on Cloudflare Workers (checked
against the same bundle run on Node's fetch implementation while writing them), so
a difference points at the engine or the Web APIs, not at the app.

Node.js is only needed to build the bundle. Without `node`/`npm`, with
PYJS_TESTS_OFFLINE=1, or when the npm registry cannot be reached, the tests skip
with the reason; they carry the `network` marker so CI can deselect them.
Node modules and bundles live under ~/.cache/pyjs-tests/npm (or
$PYJS_TESTS_NPM_CACHE), never in the repository.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from hostedat.config import load_config
from hostedat.server.dev import create_dev_app

pytestmark = pytest.mark.network

HONO_VERSION = "4.13.19"
ESBUILD_VERSION = "0.28.2"
NPM_TIMEOUT_S = 240

APP_SOURCE = r'''
import { Hono } from "hono";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { getCookie, setCookie } from "hono/cookie";
import { prettyJSON } from "hono/pretty-json";
import { secureHeaders } from "hono/secure-headers";
import { streamText } from "hono/streaming";

const app = new Hono();

app.use("*", async (c, next) => {
  await next();
  c.header("X-Powered-By", "hono-on-hostedat");
});
app.use("/api/*", cors({ origin: "https://example.com", allowMethods: ["GET", "POST", "DELETE"], exposeHeaders: ["X-Total"] }));

app.use("/pretty/*", prettyJSON());
app.use("/secure/*", secureHeaders());

app.get("/", (c) => c.text("Hello Hono!"));
app.get("/pretty/data", (c) => c.json({ a: 1, list: ["x", "é"] }));
app.get("/secure/page", (c) => c.text("secure"));
app.get("/cookies", (c) => {
  const seen = getCookie(c, "session") ?? "none";
  setCookie(c, "session", "abc123", { path: "/", httpOnly: true, maxAge: 3600 });
  setCookie(c, "theme", "dark mode", { sameSite: "Lax" });
  return c.text(`seen ${seen}`);
});
app.post("/form", async (c) => {
  const body = await c.req.parseBody();
  return c.json(body);
});
app.get("/stream", (c) => streamText(c, async (stream) => {
  await stream.write("one,");
  await stream.sleep(1);
  await stream.writeln("two");
  await stream.write("three");
}));
app.get("/files/*", (c) => c.text(`file ${c.req.path.slice(7)}`));
app.get("/wait", (c) => {
  c.executionCtx.waitUntil(c.env.MY_KV.put("waited", "yes"));
  return c.text("scheduled");
});
app.get("/unicode", (c) => c.json({ text: "héllo wörld ✓ 😀" }));
app.get("/headers", (c) => c.json({ ua: c.req.header("user-agent"), all: Object.keys(c.req.header()).sort() }));
app.get("/html", (c) => c.html("<h1>Hello</h1>"));
app.get("/users/:id{[0-9]+}", (c) => c.json({ id: Number(c.req.param("id")), kind: "numeric" }));
app.get("/users/:name", (c) => c.json({ name: c.req.param("name") }));
app.get("/posts/:year/:slug", (c) => {
  const { year, slug } = c.req.param();
  return c.json({ year, slug });
});
app.get("/search", (c) => {
  const q = c.req.query("q");
  const tags = c.req.queries("tag") ?? [];
  return c.json({ q, tags, page: Number(c.req.query("page") ?? "1") });
});
app.get("/teapot", (c) => {
  c.header("X-Custom", "yes");
  c.status(418);
  return c.text("I'm a teapot");
});
app.get("/old", (c) => c.redirect("/new"));
app.get("/moved", (c) => c.redirect("https://example.com/elsewhere", 301));
app.get("/boom", () => { throw new Error("kaboom"); });
app.get("/forbidden", () => { throw new HTTPException(403, { message: "no entry" }); });
app.post("/echo", async (c) => {
  const body = await c.req.json();
  return c.json({ received: body, contentType: c.req.header("content-type") }, 201);
});

app.get("/api/kv", async (c) => {
  const list = await c.env.MY_KV.list({ prefix: c.req.query("prefix") ?? "" });
  c.header("X-Total", String(list.keys.length));
  return c.json({ keys: list.keys.map((k) => k.name), complete: list.list_complete });
});
app.get("/api/kv/:key", async (c) => {
  const value = await c.env.MY_KV.get(c.req.param("key"));
  if (value === null) return c.json({ error: "not found" }, 404);
  return c.text(value);
});
app.put("/api/kv/:key", async (c) => {
  await c.env.MY_KV.put(c.req.param("key"), await c.req.text());
  return c.body(null, 204);
});
app.post("/api/kv/:key", async (c) => {
  const data = await c.req.json();
  await c.env.MY_KV.put(c.req.param("key"), JSON.stringify(data), { metadata: { by: "post" } });
  const { value, metadata } = await c.env.MY_KV.getWithMetadata(c.req.param("key"), "json");
  return c.json({ stored: value, metadata }, 201);
});
app.delete("/api/kv/:key", async (c) => {
  await c.env.MY_KV.delete(c.req.param("key"));
  return c.json({ deleted: c.req.param("key") });
});

const sub = new Hono();
sub.get("/info", (c) => c.json({ version: c.env.VERSION, url: new URL(c.req.url).pathname }));
app.route("/v1", sub);

app.notFound((c) => c.json({ error: "not found", path: c.req.path }, 404));
app.onError((err, c) => {
  if (err instanceof HTTPException) return c.text(`HTTP ${err.status}: ${err.message}`, err.status);
  return c.json({ error: err.message }, 500);
});

export default app;
'''

SITE_CONFIG = """
[vars]
VERSION = "1.2.3"

[[kv_namespaces]]
binding = "MY_KV"
"""

POWERED = ("X-Powered-By", "hono-on-hostedat")


def _cache_root() -> Path:
    configured = os.environ.get("PYJS_TESTS_NPM_CACHE")
    if configured:
        return Path(configured)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "pyjs-tests" / "npm"


def _run(command: list[str], cwd: Path, what: str) -> None:
    """Run a Node tool; any failure skips (the cause is the machine, not pyjs)."""
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=NPM_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"{what} failed ({exc}); is the npm registry reachable?")
    if done.returncode != 0:
        lines = [line for line in (done.stderr + done.stdout).splitlines()
                 if line.strip() and "complete log" not in line]
        reason = "; ".join(lines[:2]) or "no output"
        pytest.skip(f"{what} failed (exit {done.returncode}: {reason}); is the npm registry reachable?")


def _install_packages() -> Path:
    """The folder holding node_modules with the pinned hono and esbuild, installed once.

    A fresh install goes to a temporary sibling folder renamed into place when
    complete, so an interrupted run never leaves a half-installed cache behind.
    """
    folder = _cache_root() / f"hono-{HONO_VERSION}-esbuild-{ESBUILD_VERSION}"
    if (folder / "node_modules" / "hono" / "package.json").is_file():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        (staging / "package.json").write_text(json.dumps({
            "private": True,
            "dependencies": {"hono": HONO_VERSION, "esbuild": ESBUILD_VERSION},
        }))
        _run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"], staging,
             f"npm install hono@{HONO_VERSION} esbuild@{ESBUILD_VERSION}")
        try:
            staging.rename(folder)
        except OSError:      # another run finished first: use its copy
            pass
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


@pytest.fixture(scope="module")
def worker_bundle() -> str:
    """APP_SOURCE bundled by esbuild as an ES module (cached by source and versions)."""
    if os.environ.get("PYJS_TESTS_OFFLINE"):
        pytest.skip("PYJS_TESTS_OFFLINE is set: the Hono app needs npm to build")
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node and npm are needed to build the Hono bundle")
    folder = _install_packages()
    digest = hashlib.sha256(APP_SOURCE.encode()).hexdigest()[:16]
    bundle = folder / f"bundle-{digest}.js"
    if not bundle.is_file():
        entry = folder / f"app-{digest}.js"
        entry.write_text(APP_SOURCE, encoding="utf-8")
        partial = folder / f"bundle-{digest}.{os.getpid()}.tmp.js"
        _run([str(folder / "node_modules" / ".bin" / "esbuild"), entry.name, "--bundle", "--format=esm",
              "--platform=neutral", "--target=es2022", f"--outfile={partial.name}", "--log-level=error"],
             folder, "esbuild")
        partial.replace(bundle)
    return bundle.read_text(encoding="utf-8")


@pytest.fixture
def hono_site(worker_bundle, tmp_path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "_worker.js").write_text(worker_bundle, encoding="utf-8")
    (site / "hostedat.toml").write_text(SITE_CONFIG, encoding="utf-8")
    return site


def serve(site: Path, scenario) -> list[str]:
    """Run `scenario(client)` against `hostedat dev`'s app for `site` on 127.0.0.1.

    Returns the server log; the worker must not have logged an error.
    """
    logs: list[str] = []

    async def main():
        app = create_dev_app(load_config(site), run_crons=False, log=logs.append)
        async with TestClient(TestServer(app, host="127.0.0.1")) as client:
            await scenario(client)

    asyncio.run(main())
    problems = [line for line in logs if "worker error" in line or "failed to load" in line]
    assert problems == []
    return logs


async def fetch(client, method: str, path: str, **kwargs):
    """One request; returns (response, body text). Redirects are not followed."""
    response = await client.request(method, path, allow_redirects=False, **kwargs)
    return response, await response.text()


def check(response, text, status, body, headers=()):
    """Status, body and each expected header (name, value) match exactly."""
    assert (response.status, text) == (status, body)
    for name, value in headers:
        assert response.headers.getall(name, None) == ([value] if isinstance(value, str) else value), name


def test_routes_params_and_response_helpers(hono_site):
    async def scenario(client):
        r, t = await fetch(client, "GET", "/")
        # c.text() with nothing else set is `new Response(text)`: the Fetch default type
        check(r, t, 200, "Hello Hono!", [("Content-Type", "text/plain;charset=UTF-8"),
                                         ("Content-Length", "11"), POWERED])
        r, t = await fetch(client, "GET", "/html")
        check(r, t, 200, "<h1>Hello</h1>", [("Content-Type", "text/html; charset=UTF-8"), POWERED])
        r, t = await fetch(client, "GET", "/users/42")
        check(r, t, 200, '{"id":42,"kind":"numeric"}', [("Content-Type", "application/json")])
        r, t = await fetch(client, "GET", "/users/alice")
        check(r, t, 200, '{"name":"alice"}')
        r, t = await fetch(client, "GET", "/posts/2024/hello-world")
        check(r, t, 200, '{"year":"2024","slug":"hello-world"}')
        r, t = await fetch(client, "GET", "/search?q=hono&tag=a&tag=b&page=3")
        check(r, t, 200, '{"q":"hono","tags":["a","b"],"page":3}')
        r, t = await fetch(client, "GET", "/files/a/b/c.txt")
        check(r, t, 200, "file a/b/c.txt")
        r, t = await fetch(client, "GET", "/v1/info")
        check(r, t, 200, '{"version":"1.2.3","url":"/v1/info"}')
        r, t = await fetch(client, "GET", "/unicode")
        check(r, t, 200, '{"text":"héllo wörld ✓ 😀"}',
              [("Content-Length", str(len('{"text":"héllo wörld ✓ 😀"}'.encode())))])
        r, t = await fetch(client, "GET", "/pretty/data?pretty")
        check(r, t, 200, '{\n  "a": 1,\n  "list": [\n    "x",\n    "é"\n  ]\n}')
        r, t = await fetch(client, "GET", "/pretty/data")
        check(r, t, 200, '{"a":1,"list":["x","é"]}')
        r, t = await fetch(client, "GET", "/headers", headers={"User-Agent": "test-agent/1", "X-Extra": "1"})
        seen = json.loads(t)
        assert seen["ua"] == "test-agent/1"
        assert {"x-extra", "host", "cf-connecting-ip"} <= set(seen["all"])
    serve(hono_site, scenario)


def test_statuses_headers_redirects_and_errors(hono_site):
    async def scenario(client):
        r, t = await fetch(client, "GET", "/teapot")
        check(r, t, 418, "I'm a teapot", [("X-Custom", "yes"), ("Content-Type", "text/plain; charset=UTF-8"),
                                          POWERED])
        r, t = await fetch(client, "GET", "/old")
        check(r, t, 302, "", [("Location", "/new"), POWERED])
        assert "Content-Type" not in r.headers
        r, t = await fetch(client, "GET", "/moved")
        check(r, t, 301, "", [("Location", "https://example.com/elsewhere")])
        r, t = await fetch(client, "GET", "/boom")                # app.onError
        check(r, t, 500, '{"error":"kaboom"}', [("Content-Type", "application/json"), POWERED])
        r, t = await fetch(client, "GET", "/forbidden")           # HTTPException
        check(r, t, 403, "HTTP 403: no entry", [("Content-Type", "text/plain; charset=UTF-8")])
        r, t = await fetch(client, "GET", "/nope/here")           # app.notFound
        check(r, t, 404, '{"error":"not found","path":"/nope/here"}', [("Content-Type", "application/json"),
                                                                         POWERED])
        r, t = await fetch(client, "HEAD", "/")                   # Hono answers HEAD from the GET route
        check(r, t, 200, "", [("Content-Type", "text/plain;charset=UTF-8"), POWERED])
        r, t = await fetch(client, "GET", "/secure/page")
        check(r, t, 200, "secure", [
            ("Cross-Origin-Opener-Policy", "same-origin"), ("Cross-Origin-Resource-Policy", "same-origin"),
            ("Origin-Agent-Cluster", "?1"), ("Referrer-Policy", "no-referrer"),
            ("Strict-Transport-Security", "max-age=15552000; includeSubDomains"),
            ("X-Content-Type-Options", "nosniff"), ("X-DNS-Prefetch-Control", "off"),
            ("X-Download-Options", "noopen"), ("X-Frame-Options", "SAMEORIGIN"),
            ("X-Permitted-Cross-Domain-Policies", "none"), ("X-XSS-Protection", "0"), POWERED])
        r, t = await fetch(client, "GET", "/cookies", headers={"Cookie": "session=old; other=1"})
        check(r, t, 200, "seen old", [("Set-Cookie", ["session=abc123; Max-Age=3600; Path=/; HttpOnly",
                                                      "theme=dark%20mode; Path=/; SameSite=Lax"])])
    serve(hono_site, scenario)


def test_request_bodies(hono_site):
    async def scenario(client):
        r, t = await fetch(client, "POST", "/echo", data=b'{"a":1,"b":[true,null]}',
                           headers={"Content-Type": "application/json"})
        check(r, t, 201, '{"received":{"a":1,"b":[true,null]},"contentType":"application/json"}')
        r, t = await fetch(client, "POST", "/form", data=b"name=J%C3%BCrgen&x=1&x=2",
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
        check(r, t, 200, '{"name":"Jürgen","x":"2"}')
        r, t = await fetch(client, "POST", "/echo", data=b"{not json", headers={"Content-Type": "application/json"})
        # c.req.json() rethrows JSON.parse's SyntaxError to app.onError; the message's
        # wording is the engine's own (V8's differs), so only its gist is checked
        assert r.status == 500 and r.headers["Content-Type"] == "application/json"
        assert "JSON" in json.loads(t)["error"]
    serve(hono_site, scenario)


def test_streamed_response(hono_site):
    async def scenario(client):
        r, t = await fetch(client, "GET", "/stream")
        check(r, t, 200, "one,two\nthree", [("Content-Type", "text/plain; charset=UTF-8"),
                                            ("X-Content-Type-Options", "nosniff"), POWERED])
        assert "Content-Length" not in r.headers
    serve(hono_site, scenario)


def test_kv_through_c_env(hono_site):
    cors_headers = [("Access-Control-Expose-Headers", "X-Total"), ("Vary", "Origin"), POWERED]

    async def scenario(client):
        r, t = await fetch(client, "OPTIONS", "/api/kv", headers={
            "Origin": "https://example.com", "Access-Control-Request-Method": "POST"})
        check(r, t, 204, "", [("Access-Control-Allow-Origin", "https://example.com"),
                              ("Access-Control-Allow-Methods", "GET,POST,DELETE"), *cors_headers])
        r, t = await fetch(client, "PUT", "/api/kv/alpha", data=b"first value")
        check(r, t, 204, "", cors_headers)
        assert "Access-Control-Allow-Origin" not in r.headers      # no Origin, no match
        r, t = await fetch(client, "PUT", "/api/kv/beta", data=b"second")
        check(r, t, 204, "")
        r, t = await fetch(client, "GET", "/api/kv/alpha", headers={"Origin": "https://example.com"})
        check(r, t, 200, "first value", [("Access-Control-Allow-Origin", "https://example.com"),
                                         ("Content-Type", "text/plain; charset=UTF-8"), *cors_headers])
        r, t = await fetch(client, "POST", "/api/kv/gamma", data=b'{"n":3}',
                           headers={"Content-Type": "application/json"})
        check(r, t, 201, '{"stored":{"n":3},"metadata":{"by":"post"}}')
        r, t = await fetch(client, "GET", "/wait")                # ctx.waitUntil(KV put)
        check(r, t, 200, "scheduled")
        r, t = await fetch(client, "GET", "/api/kv")
        check(r, t, 200, '{"keys":["alpha","beta","gamma","waited"],"complete":true}',
              [("X-Total", "4"), *cors_headers])
        r, t = await fetch(client, "GET", "/api/kv?prefix=b")
        check(r, t, 200, '{"keys":["beta"],"complete":true}', [("X-Total", "1")])
        r, t = await fetch(client, "DELETE", "/api/kv/alpha")
        check(r, t, 200, '{"deleted":"alpha"}')
        r, t = await fetch(client, "GET", "/api/kv/alpha")
        check(r, t, 404, '{"error":"not found"}', cors_headers)
    serve(hono_site, scenario)

    async def after_restart(client):
        r, t = await fetch(client, "GET", "/api/kv")
        check(r, t, 200, '{"keys":["beta","gamma","waited"],"complete":true}')
        r, t = await fetch(client, "GET", "/api/kv/waited")
        check(r, t, 200, "yes")
    serve(hono_site, after_restart)       # KV lives in the site's .hostedat/ across restarts
