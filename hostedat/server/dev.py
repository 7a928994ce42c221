"""The aiohttp application behind `hostedat dev`.

Every request goes to the site's worker when it has one, otherwise straight
to the static pipeline; `/__scheduled?cron=...&time=...` fires the worker's
scheduled handler on demand (like `wrangler dev --test-scheduled`). The app
only translates between HTTP and the plain data types of
`hostedat.runtime.interface`; all site state lives in the `SiteHost`, reachable
as `app[SITE_HOST]` (the CLI calls its `reload()` when files change).
"""

from __future__ import annotations

import time
from typing import AsyncIterator, Awaitable, Callable

from aiohttp import web
from multidict import CIMultiDict

from hostedat.config import SiteConfig
from hostedat.runtime import load_worker
from hostedat.runtime.host import Log, SiteHost, WorkerLoader, stderr_log
from hostedat.runtime.interface import FetchRequest, FetchResponse, MissingHandler, Worker

MAX_BODY_BYTES = 100 * 1024 * 1024
SITE_HOST = web.AppKey("site_host", SiteHost)

# Framing headers a worker may copy from elsewhere; aiohttp sets the right ones.
_FRAMING_HEADERS = {"content-length", "transfer-encoding", "connection", "keep-alive"}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def create_dev_app(site: SiteConfig, worker: Worker | None = None, *,
                   worker_loader: WorkerLoader = load_worker, run_crons: bool = True,
                   max_body_size: int = MAX_BODY_BYTES, log: Log = stderr_log) -> web.Application:
    """An app serving `site`; `worker` overrides loading `_worker.js` (e.g. a test double)."""
    host = SiteHost(site, worker=worker, worker_loader=worker_loader, run_crons=run_crons, log=log)
    app = web.Application(client_max_size=max_body_size,
                          middlewares=[_request_log(log), _body_limit(max_body_size)])
    app[SITE_HOST] = host
    app.router.add_route("*", "/__scheduled", _handle_scheduled)
    app.router.add_route("*", "/{path:.*}", _handle_fetch)
    app.cleanup_ctx.append(_host_lifecycle)
    return app


async def _host_lifecycle(app: web.Application) -> AsyncIterator[None]:
    await app[SITE_HOST].start()
    yield
    await app[SITE_HOST].close()


def _request_log(log: Log):
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = time.perf_counter()
        status = 500
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as exc:
            status = exc.status
            raise
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            log(f"{request.method} {request.raw_path} {status} {elapsed:.1f}ms")
    return middleware


def _body_limit(max_body_size: int):
    """Refuse oversized bodies from Content-Length before reading them
    (aiohttp's `client_max_size` covers chunked bodies as they are read)."""
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.content_length is not None and request.content_length > max_body_size:
            return _text(413, f"Request body too large (limit {max_body_size} bytes)")
        return await handler(request)
    return middleware


async def _handle_fetch(request: web.Request) -> web.StreamResponse:
    host = request.app[SITE_HOST]
    if host.load_error is not None:
        return _text(500, f"Worker failed to load: {host.load_error}")
    worker = host.worker
    if worker is None:
        asset = host.assets.serve(request.method, request.raw_path, request.headers)
        # The pipeline's Content-Length is kept: for HEAD it is the size of the body not sent.
        return web.Response(status=asset.status, headers=CIMultiDict(asset.headers),
                            body=asset.body or None)
    # As on Cloudflare, CF-Connecting-IP is the real peer address, never the client's claim.
    headers = [(k, v) for k, v in request.headers.items() if k.lower() != "cf-connecting-ip"]
    if request.remote:
        headers.append(("CF-Connecting-IP", request.remote))
    fetch_request = FetchRequest(method=request.method, url=str(request.url),
                                 headers=headers, body=await request.read())
    try:
        response = await worker.handle_fetch(fetch_request)
    except MissingHandler:
        return _text(500, "The worker does not export a fetch handler")
    except Exception as exc:
        host.log(f"worker threw: {type(exc).__name__}: {exc}")
        return _text(500, "Worker threw an exception (see the hostedat log)")
    return await _send(request, response)


async def _send(request: web.Request, response: FetchResponse) -> web.StreamResponse:
    headers = _response_headers(response.headers)
    if isinstance(response.body, (bytes, bytearray)):
        return web.Response(status=response.status, headers=headers, body=bytes(response.body) or None)
    stream = web.StreamResponse(status=response.status, headers=headers)
    await stream.prepare(request)
    async for chunk in response.body:
        await stream.write(chunk)
    await stream.write_eof()
    return stream


async def _handle_scheduled(request: web.Request) -> web.StreamResponse:
    host = request.app[SITE_HOST]
    crons = host.config.crons
    cron = request.query.get("cron", crons[0] if crons else "")
    time_text = request.query.get("time")
    if time_text is not None and not time_text.isdigit():
        return _text(400, "time must be milliseconds since the Unix epoch")
    scheduled_time = int(time_text) if time_text else int(time.time() * 1000)
    worker = host.worker
    if worker is None:
        return _text(404, "This site has no worker to run a scheduled event")
    try:
        await worker.handle_scheduled(cron, scheduled_time)
    except MissingHandler:
        return _text(404, "The worker does not export a scheduled handler")
    except Exception as exc:
        host.log(f"scheduled handler threw: {type(exc).__name__}: {exc}")
        return _text(500, f"Scheduled handler threw: {type(exc).__name__}: {exc}")
    return _text(200, f"Ran scheduled event for cron {cron!r}")


def _response_headers(headers: list[tuple[str, str]]) -> CIMultiDict[str]:
    return CIMultiDict((k, v) for k, v in headers if k.lower() not in _FRAMING_HEADERS)


def _text(status: int, text: str) -> web.Response:
    return web.Response(status=status, text=text + "\n")
