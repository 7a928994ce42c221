import asyncio
import json
import time

from aiohttp.test_utils import TestClient, TestServer

from hostedat.bindings.assets import AssetServer
from hostedat.bindings.kv import KVNamespace
from hostedat.config import load_config
from hostedat.runtime.interface import FetchRequest, FetchResponse, MissingHandler, Worker
from hostedat.server.dev import SITE_HOST, create_dev_app

STATIC_SITE = {
    "index.html": "<h1>home</h1>",
    "about.html": "about",
    "404.html": "custom not found",
    "_worker.js": "export default {}",
    ".dev.vars": "SECRET=x",
}


class FakeWorker:
    """A stand-in for the pyjs runtime, recording what crosses the seam."""

    def __init__(self, env=None, *, scheduled=True, fail=False):
        self.env = env or {}
        self.has_scheduled = scheduled
        self.fail = fail
        self.requests: list[FetchRequest] = []
        self.scheduled: list[tuple[str, int]] = []
        self.closed = False

    async def handle_fetch(self, request: FetchRequest) -> FetchResponse:
        self.requests.append(request)
        path = request.url.split("://", 1)[1].partition("/")[2].partition("?")[0]
        if self.fail:
            raise RuntimeError("boom")
        if path == "stream":
            async def chunks():
                for part in (b"one,", b"two,", b"three"):
                    yield part
            return FetchResponse(200, [("Content-Type", "text/plain")], chunks())
        if path.startswith("static/"):
            asset = self.env["ASSETS"].serve(request.method, "/" + path[len("static/"):], dict(request.headers))
            return FetchResponse(asset.status, asset.headers, asset.body)
        payload = {"method": request.method, "url": request.url, "body": request.body.decode(),
                   "greeting": self.env.get("GREETING")}
        return FetchResponse(201, [("Content-Type", "application/json"), ("X-Dup", "1"), ("X-Dup", "2"),
                                   ("Content-Length", "999999")], json.dumps(payload).encode())

    async def handle_scheduled(self, cron: str, scheduled_time: int) -> None:
        if not self.has_scheduled:
            raise MissingHandler("scheduled")
        if self.fail:
            raise RuntimeError("cron boom")
        self.scheduled.append((cron, scheduled_time))

    async def close(self) -> None:
        self.closed = True


def run_app(site_dir, scenario, *, worker=None, **options):
    """Serve `site_dir` over real HTTP on 127.0.0.1 and run `scenario(client, app, logs)`."""
    logs: list[str] = []

    async def main():
        app = create_dev_app(load_config(site_dir), worker, run_crons=False, log=logs.append, **options)
        async with TestClient(TestServer(app, host="127.0.0.1")) as client:
            await scenario(client, app, logs)

    asyncio.run(main())
    return logs


def test_fake_worker_satisfies_the_protocol():
    assert isinstance(FakeWorker(), Worker)


def test_static_site_over_http(make_site):
    """The static pipeline alone (the site's _worker.js is not loaded, but stays hidden)."""
    site = make_site(STATIC_SITE)

    async def scenario(client, app, logs):
        response = await client.get("/")
        assert response.status == 200 and await response.text() == "<h1>home</h1>"
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
        etag = response.headers["ETag"]
        head = await client.head("/")
        assert head.status == 200 and head.headers["Content-Length"] == str(len("<h1>home</h1>"))
        assert await head.read() == b""
        cached = await client.get("/", headers={"If-None-Match": etag})
        assert cached.status == 304
        moved = await client.get("/about.html?x=1", allow_redirects=False)
        assert moved.status == 308 and moved.headers["Location"] == "/about?x=1"
        missing = await client.get("/nope")
        assert missing.status == 404 and await missing.text() == "custom not found"
        for hidden in ("/_worker.js", "/.dev.vars", "/.hostedat/kv.sqlite3"):
            assert (await client.get(hidden)).status == 404
        posted = await client.post("/", data=b"x")
        assert posted.status == 405

    logs = run_app(site, scenario, worker_loader=lambda config, env: None)
    assert "GET / 200" in logs[0] and logs[0].endswith("ms")
    assert any(line.startswith("GET /about.html?x=1 308 ") for line in logs)


async def raw_request(client, target: str) -> bytes:
    """Send a request line byte-for-byte (HTTP clients normalise dot segments)."""
    reader, writer = await asyncio.open_connection(client.host, client.port)
    writer.write(f"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    data = await reader.read()
    writer.close()
    return data


def test_traversal_over_raw_http(make_site):
    make_site({"secret.txt": "TOP SECRET"}, name=".")
    site = make_site({"index.html": "home"})

    async def scenario(client, app, logs):
        for target in ("/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%5csecret.txt"):
            data = await raw_request(client, target)
            status = int(data.split(b" ", 2)[1])
            assert status in (400, 404), target
            assert b"TOP SECRET" not in data

    run_app(site, scenario)


def test_scheduled_without_worker_is_404(make_site):
    site = make_site({"index.html": "home"})

    async def scenario(client, app, logs):
        response = await client.get("/__scheduled?cron=*+*+*+*+*")
        assert response.status == 404 and "no worker" in await response.text()

    run_app(site, scenario)


def test_scheduled_route_with_fake_worker(make_site):
    site = make_site({"hostedat.toml": '[triggers]\ncrons = ["*/5 * * * *"]\n'})
    worker = FakeWorker()

    async def scenario(client, app, logs):
        response = await client.get("/__scheduled", params={"cron": "0 0 * * *", "time": "1700000000000"})
        assert response.status == 200 and "0 0 * * *" in await response.text()
        assert (await client.post("/__scheduled")).status == 200
        assert (await client.get("/__scheduled?time=soon")).status == 400
        worker.has_scheduled = False
        assert (await client.get("/__scheduled")).status == 404
        worker.has_scheduled, worker.fail = True, True
        failed = await client.get("/__scheduled")
        assert failed.status == 500 and "cron boom" in await failed.text()

    logs = run_app(site, scenario, worker=worker)
    assert worker.scheduled[0] == ("0 0 * * *", 1700000000000)
    assert worker.scheduled[1][0] == "*/5 * * * *", "defaults to the first configured cron"
    assert abs(worker.scheduled[1][1] / 1000 - time.time()) < 60
    assert any("scheduled handler threw: RuntimeError: cron boom" in line for line in logs)
    assert worker.closed, "the app closes its worker on shutdown"


def test_worker_gets_requests_and_env_from_the_loader(make_site):
    site = make_site({
        "hostedat.toml": '[vars]\nGREETING = "hi"\n[[kv_namespaces]]\nbinding = "COUNTER"\n',
        "index.html": "home",
        ".dev.vars": "TOKEN=s3cret\n",
    })
    loaded = []

    def loader(config, env):
        loaded.append(FakeWorker(env))
        return loaded[-1]

    async def scenario(client, app, logs):
        response = await client.post("/api/echo?q=1", data=b"payload",
                                     headers={"X-Test": "yes", "CF-Connecting-IP": "6.6.6.6"})
        assert response.status == 201
        assert response.headers.getall("X-Dup") == ["1", "2"]
        body = await response.json()
        assert body["method"] == "POST" and body["body"] == "payload" and body["greeting"] == "hi"
        assert body["url"].endswith("/api/echo?q=1") and body["url"].startswith("http://")
        streamed = await client.get("/stream")
        assert await streamed.text() == "one,two,three"
        via_assets = await client.get("/static/")
        assert via_assets.status == 200 and await via_assets.text() == "home"

    run_app(site, scenario, worker_loader=loader)
    worker = loaded[0]
    assert ("X-Test", "yes") in worker.requests[0].headers
    assert [v for k, v in worker.requests[0].headers if k.lower() == "cf-connecting-ip"] == ["127.0.0.1"]
    env = worker.env
    assert env["GREETING"] == "hi" and env["TOKEN"] == "s3cret"
    assert isinstance(env["COUNTER"], KVNamespace) and isinstance(env["ASSETS"], AssetServer)
    assert (site / ".hostedat" / "kv.sqlite3").is_file()


def test_worker_errors_and_load_errors_are_500(make_site):
    site = make_site({"index.html": "home"})

    def broken_loader(config, env):
        raise SyntaxError("Unexpected token (1:5)")

    async def load_failure(client, app, logs):
        response = await client.get("/")
        assert response.status == 500
        assert "Unexpected token (1:5)" in await response.text()

    logs = run_app(site, load_failure, worker_loader=broken_loader)
    assert any("worker failed to load" in line for line in logs)

    async def throws(client, app, logs):
        response = await client.get("/")
        assert response.status == 500 and "boom" not in await response.text()

    logs = run_app(site, throws, worker=FakeWorker(fail=True))
    assert any("worker threw: RuntimeError: boom" in line for line in logs)


def test_request_body_limit(make_site):
    site = make_site({"index.html": "home"})
    worker = FakeWorker()

    async def scenario(client, app, logs):
        assert (await client.post("/x", data=b"a" * 1000)).status == 201
        assert (await client.post("/x", data=b"a" * 1001)).status == 413

        async def chunked():
            for _ in range(3):
                yield b"a" * 600
        assert (await client.post("/x", data=chunked())).status == 413

    logs = run_app(site, scenario, worker=worker, max_body_size=1000)
    assert len(worker.requests) == 1
    assert sum(" 413 " in line for line in logs) == 2


def test_reload_swaps_config_and_worker(make_site):
    site = make_site({"hostedat.toml": '[vars]\nGREETING = "one"\n', "index.html": "home"})
    loaded = []

    def loader(config, env):
        loaded.append(FakeWorker(env))
        return loaded[-1]

    async def scenario(client, app, logs):
        host = app[SITE_HOST]
        assert (await (await client.get("/")).json())["greeting"] == "one"
        (site / "hostedat.toml").write_text('[vars]\nGREETING = "two"\n')
        assert await host.reload() is True
        assert (await (await client.get("/")).json())["greeting"] == "two"
        assert loaded[0].closed and not loaded[1].closed
        (site / "hostedat.toml").write_text("nonsense = [")
        assert await host.reload() is False
        assert (await (await client.get("/")).json())["greeting"] == "two"

    logs = run_app(site, scenario, worker_loader=loader)
    assert any("config error, keeping the previous config" in line and "invalid TOML" in line for line in logs)


def test_host_delivers_cron_triggers_to_the_worker(make_site):
    site = make_site({"index.html": "home"})
    worker = FakeWorker()

    async def scenario(client, app, logs):
        await app[SITE_HOST].run_scheduled("* * * * *", 123)
        worker.has_scheduled = False
        await app[SITE_HOST].run_scheduled("* * * * *", 456)

    logs = run_app(site, scenario, worker=worker)
    assert worker.scheduled == [("* * * * *", 123)]
    assert any("has no scheduled handler" in line for line in logs)
