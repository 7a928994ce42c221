"""The pyjs worker runtime: a site's `_worker.js` served from a pool of realms.

Each realm ("isolate") evaluates the worker module once and keeps its module
state across requests, as a Workers isolate does.  A request borrows a realm
from the pool, runs the module's `fetch` handler on that realm's event loop,
and gives the realm back; a realm whose invocation timed out is replaced.
"""
from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any, Callable, Mapping

from pyjs import Budget, JSError, Realm, Terminated
from pyjs.builtins._helpers import method
from pyjs.builtins.promise import perform_promise_then_native, promise_resolve_intrinsic
from pyjs.interp.agent import state, use_budget
from pyjs.interp.ops import is_callable, safe_to_display
from pyjs.interp.values import JSObject, null, type_error
from pyjs.parser import to_utf16
from pyjs.webapi.console import install_console
from pyjs.webapi.eventloop import EventLoop, describe_uncaught
from pyjs.webapi.install import install_web_apis, new_request, read_response

from hostedat.runtime.interface import FetchRequest, FetchResponse, MissingHandler
from hostedat.runtime.js_bindings import build_js_env, js_text

Log = Callable[[str], None]


class WorkerLoadError(Exception):
    """The worker module failed to compile or evaluate (message is JS-level, no traceback)."""


class InvocationTimeout(Exception):
    pass


class RealmSlot:
    """One realm with the worker module evaluated in it, and its event loop."""

    def __init__(self, config, env: Mapping[str, Any], log: Log, timeout_s: float):
        self.log = log
        self.timeout_s = timeout_s
        self.realm = realm = Realm()
        install_web_apis(realm)
        install_console(realm, self._console)
        self.loop = EventLoop(realm, asyncio.get_running_loop(), on_error=self._on_error)
        self.background_errors: list[str] = []
        self.env = build_js_env(realm, env)
        self.context_proto = None
        self.handler = self._load(Path(config.main_path))

    def _console(self, level: str, text: str) -> None:
        self.log(f"[worker {level}] {text}")

    def _on_error(self, kind, value, exc):
        text = describe_uncaught(value, exc, in_promise=kind == "unhandled-rejection")
        self.log(f"[worker error] {text}")

    def _load(self, path: Path):
        try:
            with use_budget(Budget(timeout=self.timeout_s)):
                ns = self.realm.import_module(str(path))
        except JSError as e:
            raise WorkerLoadError(js_text(e.stack or str(e))) from None
        except Terminated:
            raise WorkerLoadError("worker module evaluation timed out") from None
        except OSError as e:
            raise WorkerLoadError(f"cannot read {path}: {e.strerror}") from None
        handler = ns.get("default", ns)
        if not isinstance(handler, JSObject):
            raise WorkerLoadError(f"{path.name} must `export default` an object with a fetch() handler")
        return handler

    def run(self, fn):
        """Run ``fn`` as a macrotask under this invocation's budget; JS errors propagate."""
        box = {}

        def task():
            try:
                box["result"] = fn()
            except JSError as e:
                box["error"] = e
        with use_budget(Budget(timeout=self.timeout_s)):
            self.loop.run_macrotask(task)
        if "error" in box:
            raise box["error"]
        return box.get("result")

    def settle(self, value) -> asyncio.Future:
        """A future for a JS value or promise: the awaited value, or a JSError."""
        fut = self.loop.loop.create_future()

        def ok(v):
            if not fut.done():
                fut.set_result(v)

        def err(e):
            if not fut.done():
                fut.set_exception(JSError(e))
        p = promise_resolve_intrinsic(value)
        perform_promise_then_native(p, ok, err)
        return fut

    def handler_method(self, name: str):
        f = self.handler.get(name, self.handler)
        if not is_callable(f):
            raise MissingHandler(name)
        return f


class ContextObject(JSObject):
    """A ``ctx`` (ExecutionContext) object; its methods live on a per-realm prototype."""

    __slots__ = ("invocation",)
    class_name = "ExecutionContext"


def _context_prototype(slot: RealmSlot) -> JSObject:
    """``ExecutionContext.prototype`` of the slot's realm, made once: the methods find
    their invocation through ``this``, so a request creates one object, not two
    functions (this is on every request's path)."""
    proto = slot.context_proto
    if proto is not None:
        return proto
    realm = slot.realm
    proto = slot.context_proto = realm.new_object()

    def invocation_of(this, name):
        if not isinstance(this, ContextObject):
            raise type_error(f"ExecutionContext.{name} called on an object that is not an ExecutionContext")
        return this.invocation

    def wait_until(this, args):
        inv = invocation_of(this, "waitUntil")
        fut = inv.slot.settle(args[0] if args else None)
        fut.add_done_callback(inv._report)
        inv.slot.loop.track(fut)
        inv.waiting.append(fut)
        return None

    def pass_through(this, args):
        invocation_of(this, "passThroughOnException").pass_through = True
        return None
    method(realm, proto, "waitUntil", 1)(wait_until)
    method(realm, proto, "passThroughOnException", 0)(pass_through)
    return proto


class Invocation:
    """The ``ctx`` of one event: waitUntil and passThroughOnException."""

    def __init__(self, slot: RealmSlot):
        self.slot = slot
        self.pass_through = False
        self.waiting: list[asyncio.Future] = []

    def js_object(self):
        ctx = ContextObject(_context_prototype(self.slot))
        ctx.invocation = self
        ctx.props["props"] = self.slot.realm.new_object()
        return ctx

    def _report(self, fut: asyncio.Future) -> None:
        exc = fut.exception()
        if exc is not None:
            self.slot.log(f"[worker error] waitUntil promise rejected: {js_text(safe_to_display(exc.value) if isinstance(exc, JSError) else str(exc))}")


class PyjsWorker:
    """A `hostedat.runtime.interface.Worker` running `_worker.js` on pyjs."""

    def __init__(self, config, env: Mapping[str, Any], log: Log):
        self.config = config
        self.env = env
        self.log = log
        self.timeout_s = max(config.worker.timeout_ms, 1) / 1000.0
        self.size = max(int(config.worker.pool_size), 1)
        self.pool: asyncio.Queue[RealmSlot] = asyncio.Queue()
        self.assets = env.get("ASSETS")
        first = self._new_slot()      # load errors surface now, at (re)load time
        self.pool.put_nowait(first)
        self.created = 1

    def _new_slot(self) -> RealmSlot:
        return RealmSlot(self.config, self.env, self.log, self.timeout_s)

    async def _acquire(self) -> RealmSlot:
        if self.pool.empty() and self.created < self.size:
            self.created += 1
            return self._new_slot()
        return await self.pool.get()

    def _release(self, slot: RealmSlot, broken: bool) -> None:
        if broken:
            slot.loop.stop()
            try:
                slot = self._new_slot()
            except WorkerLoadError as e:
                self.log(f"[worker error] replacing a realm failed: {e}")
                self.created -= 1
                return
        self.pool.put_nowait(slot)

    async def handle_fetch(self, request: FetchRequest) -> FetchResponse:
        slot = await self._acquire()
        broken = False
        inv = Invocation(slot)
        try:
            return await self._fetch(slot, inv, request)
        except MissingHandler:
            raise
        except (InvocationTimeout, Terminated):
            broken = True
            self.log(f"[worker error] {request.method} {request.url}: exceeded the {self.timeout_s:g}s limit")
            return _text_response(503, "Worker exceeded its time limit.\n")
        except JSError as e:
            if inv.pass_through and self.assets is not None:
                r = self.assets.serve(request.method, request.url, dict(request.headers))
                return FetchResponse(r.status, list(r.headers), r.body)
            text = js_text(describe_uncaught(e.value, e))
            self.log(f"[worker error] {request.method} {request.url}: {text}")
            return _text_response(500, f"Worker threw an exception:\n\n{text}\n")
        finally:
            self._release(slot, broken)

    async def _fetch(self, slot: RealmSlot, inv: Invocation, request: FetchRequest) -> FetchResponse:
        realm = slot.realm
        fetch = slot.handler_method("fetch")

        def start():
            req = new_request(realm, request.method, request.url, request.headers, request.body)
            result = fetch.call(slot.handler, [req, slot.env, inv.js_object()])
            return slot.settle(result)
        fut = slot.run(start)
        if not fut.done():      # most handlers have answered by now: no timer needed then
            try:
                await asyncio.wait_for(fut, self.timeout_s)
            except asyncio.TimeoutError:
                raise InvocationTimeout() from None
        value = fut.result()
        parts = slot.run(lambda: read_response(realm, value, run=slot.loop.run_macrotask))
        return FetchResponse(parts.status, list(parts.headers), parts.body)

    async def handle_scheduled(self, cron: str, scheduled_time: int) -> None:
        slot = await self._acquire()
        broken = False
        try:
            scheduled = slot.handler_method("scheduled")
            realm = slot.realm
            inv = Invocation(slot)

            def start():
                event = realm.new_object()
                event.props["cron"] = to_utf16(cron)
                event.props["scheduledTime"] = float(scheduled_time)
                event.props["type"] = "scheduled"
                ctx = inv.js_object()
                method(realm, event, "noRetry", 0)(lambda this, args: None)
                return slot.settle(scheduled.call(slot.handler, [event, slot.env, ctx]))
            fut = slot.run(start)
            try:
                await asyncio.wait_for(fut, self.timeout_s)
            except asyncio.TimeoutError:
                broken = True
                self.log(f"[worker error] scheduled({cron!r}) exceeded the {self.timeout_s:g}s limit")
            except JSError as e:
                self.log(f"[worker error] scheduled({cron!r}): {js_text(describe_uncaught(e.value, e))}")
        except Terminated:
            broken = True
        finally:
            self._release(slot, broken)

    async def close(self) -> None:
        while not self.pool.empty():
            self.pool.get_nowait().loop.stop()


def _text_response(status: int, text: str) -> FetchResponse:
    return FetchResponse(status, [("content-type", "text/plain; charset=utf-8")], text.encode("utf-8"))
