"""The host event loop of one realm, on asyncio (used by the ``pyjs`` CLI and hostedat).

The engine owns only the microtask queue (``realm.jobs``); this module adds
what HTML/Node call the event loop around it:

* **macrotasks** — a timer callback, the main script, a host I/O completion —
  each run by :meth:`EventLoop.run_macrotask`, which enters the realm, runs the
  task, then performs a *microtask checkpoint*: drain ``realm.run_jobs()`` and
  report promise rejections that are still unhandled;
* **timers** (:mod:`pyjs.webapi.timers`), scheduled on the asyncio loop;
* **host work** — :meth:`EventLoop.track` keeps the loop alive while an
  asyncio task (a fetch, a socket read) is outstanding;
* :meth:`EventLoop.run_until_idle` returns when nothing is pending.

Errors: an exception escaping a macrotask or a microtask, and a rejection
still unhandled at the end of a checkpoint, go to ``on_error(kind, value,
exc)`` with ``kind`` ``'uncaught'`` or ``'unhandled-rejection'``.  The default
does what Node does: print the error to stderr (``Uncaught TypeError: ...``
with the JS stack; ``Uncaught (in promise) ...`` for rejections), set
``exit_code = 1`` and stop the loop, so no further task runs.  Hosts that
must survive (the REPL, hostedat) pass their own handler.

Anything else — :class:`~pyjs.Terminated` from a budget, a Python exception
from a bug — is fatal: it stops the loop and is re-raised by
:meth:`run_until_idle`, or propagates from :meth:`run_macrotask` when the host
called it directly.

JS needs a deep thread (:mod:`pyjs.interp.deep`): run the asyncio loop on one
(the CLI does); otherwise each macrotask pays for a thread of its own.

``EventLoop(realm, lazy_loop=True)`` (the CLI) creates no asyncio loop until
something needs one (a timer, a host task): a program that leaves no work
behind runs without importing asyncio, which costs more than a one-liner.
The host then runs :meth:`run_until_idle` on :attr:`EventLoop.loop` only when
:meth:`needs_loop`.
"""
import collections
import sys
import time

from ..interp.agent import state, use_budget
from ..interp.deep import is_deep_thread, run_deep
from ..interp.errors import format_stack
from ..interp.values import JSError, JSObject, Prop
from .inspect import error_report16, to_text
from .timers import TimerQueue, install_timers, ticks


def describe_uncaught(value, exc=None, in_promise=False):
    """The text Node-style hosts print for an uncaught exception or rejection.

    An error object whose ``stack`` has no frames gets the frames the engine
    recorded while ``exc`` unwound (the engine fills ``stack`` only for errors
    it creates itself), so ``throw new Error('x')`` still shows where it came from.
    """
    frames = getattr(exc, "js_stack", None)
    if frames and isinstance(value, JSObject) and value.class_name == "Error":
        p = value.props.get("stack")
        stack = p.value if type(p) is Prop else p
        if type(stack) is str and "\n    at " not in stack:
            extra = format_stack("", "", frames)
            if type(p) is Prop:
                value.props["stack"] = Prop(stack + extra, p.flags)
            else:
                value.props["stack"] = stack + extra
    prefix = "Uncaught (in promise) " if in_promise else "Uncaught "
    return prefix + to_text(error_report16(value))


class EventLoop:
    """Timers, microtask checkpoints and host tasks for ``realm`` on an asyncio loop.

    ``loop`` defaults to the running asyncio loop.  ``budget`` (a
    :class:`~pyjs.Budget`) is installed around every macrotask.  Installs
    setTimeout, setInterval, clearTimeout, clearInterval and queueMicrotask
    on the realm and takes over ``realm.on_unhandled_rejection``.
    """

    def __init__(self, realm, loop=None, *, on_error=None, budget=None, stderr=None,
                 lazy_loop=False):
        self.realm = realm
        if loop is None and not lazy_loop:
            import asyncio
            loop = asyncio.get_running_loop()
        self._loop = loop
        self.budget = budget
        self.on_error = on_error if on_error is not None else self.default_on_error
        self.stderr = stderr if stderr is not None else _write_stderr
        self.exit_code = 0
        self.stopped = False
        self.timers = TimerQueue(self)
        self._rejections = {}       # id(promise) -> promise, in rejection order
        self._tasks = set()
        self._soon = 0              # macrotasks queued with call_soon, not yet run
        self._wake = None
        self._fatal = None
        self._depth = 0             # nesting of run_macrotask (checkpoints only at the outermost)
        self.ticks = collections.deque()    # Node's process.nextTick queue: (function, args)
        install_timers(realm, self)
        realm.on_unhandled_rejection = self._track_rejection

    @property
    def loop(self):
        """The asyncio loop (with ``lazy_loop``, a new one, not running, on first use)."""
        loop = self._loop
        if loop is None:
            import asyncio
            loop = self._loop = asyncio.new_event_loop()
        return loop

    def needs_loop(self) -> bool:
        """Whether :meth:`run_until_idle` has anything to do, or an asyncio loop was created."""
        return self._loop is not None or self._fatal is not None or self.pending()

    def close_loop(self):
        """Close the asyncio loop if one was created and is not running (``lazy_loop`` hosts)."""
        loop = self._loop
        if loop is not None and not loop.is_closed() and not loop.is_running():
            loop.close()

    # -- state ---------------------------------------------------------------------------
    def pending(self) -> bool:
        """True while timers, host tasks, queued macrotasks or microtasks are outstanding."""
        if self.stopped:
            return False
        return bool(self.timers.active() or self._tasks or self._soon or self.realm.jobs
                    or self.ticks)

    def stop(self):
        """Run nothing more: drop timers and queued microtasks; :meth:`run_until_idle` returns."""
        self.stopped = True
        self.timers.cancel_all()
        self.realm.jobs.clear()
        self.notify()

    def notify(self):
        """Wake :meth:`run_until_idle` to re-check whether work is pending."""
        w = self._wake
        if w is not None and not w.done():
            w.set_result(None)

    async def run_until_idle(self):
        """Wait until nothing is pending (or the loop stopped); re-raise a fatal error."""
        while True:
            if self._fatal is not None:
                exc, self._fatal = self._fatal, None
                raise exc
            if (self.realm.jobs or self.ticks) and not self.stopped:   # queued by host code
                self.guarded_macrotask(lambda: None)
                continue
            if not self.pending():
                return
            self._wake = self.loop.create_future()
            await self._wake
            self._wake = None

    # -- running JS ------------------------------------------------------------------------
    def run_macrotask(self, fn, *args):
        """Run ``fn(*args)`` as one task, then a microtask checkpoint; returns its result.

        A JS exception goes to ``on_error`` (and the result is None).
        """
        if self.stopped:
            return None
        if not is_deep_thread():
            return run_deep(self.run_macrotask, fn, *args)
        prev = state.realm
        state.realm = self.realm
        self._depth += 1
        timers = self.timers
        own_base = timers.base is None          # a timer callback brings its own start time
        if own_base:                            # asyncio's loop.time() is time.monotonic()
            loop = self._loop
            timers.base = ticks(loop.time() if loop is not None else time.monotonic())
        try:
            if self.budget is None:
                return self._task(fn, args)
            with use_budget(self.budget):
                return self._task(fn, args)
        finally:
            if own_base:
                timers.base = None
            self._depth -= 1
            state.realm = prev

    def _task(self, fn, args):
        try:
            result = fn(*args)
        except JSError as e:
            self.report(e)
            result = None
        if self._depth == 1:
            self.checkpoint()
        return result

    def guarded_macrotask(self, fn, *args):
        """:meth:`run_macrotask` from an asyncio callback: fatal errors stop the loop."""
        self._guard(self.run_macrotask, fn, *args)

    def _guard(self, fn, *args):
        try:
            fn(*args)
        except BaseException as exc:        # Terminated, internal errors: re-raised by run_until_idle
            if self._fatal is None:
                self._fatal = exc
            self.stop()

    def call_soon(self, fn, *args):
        """Queue ``fn(*args)`` as a macrotask on the asyncio loop (keeps the loop alive)."""
        self._soon += 1

        def run():
            self._soon -= 1
            self.guarded_macrotask(fn, *args)
            self.notify()
        self.loop.call_soon(run)

    def call_reporting_errors(self, f, *args):
        """Call JS function ``f``, sending a JS exception to ``on_error`` (used by microtasks)."""
        try:
            f.call(None, list(args))
        except JSError as e:
            self.report(e)

    def queue_tick(self, fn, args):
        """``process.nextTick``: run ``fn(...args)`` before the promise jobs of this checkpoint."""
        self.ticks.append((fn, args))

    def checkpoint(self):
        """Drain the microtask queue, then report rejections nobody handled.

        Like Node, the nextTick queue (:meth:`queue_tick`) is drained first, then all
        promise jobs, and again while either has work: a tick queued by a promise job
        runs once the promise jobs are drained.
        """
        realm = self.realm
        ticks = self.ticks
        while (realm.jobs or ticks) and not self.stopped:
            while ticks and not self.stopped:
                fn, args = ticks.popleft()
                self.call_reporting_errors(fn, *args)
            try:
                realm.run_jobs()
            except JSError as e:        # a host job threw; report it and keep draining
                self.report(e)
        if self._rejections and not self.stopped:
            pending = list(self._rejections.values())
            self._rejections.clear()
            for p in pending:
                if not p.is_handled and not self.stopped:
                    self.on_error("unhandled-rejection", p.result, None)

    def _track_rejection(self, promise, operation):
        """HostPromiseRejectionTracker (https://tc39.es/ecma262/#sec-host-promise-rejection-tracker)."""
        if operation == "reject":
            self._rejections[id(promise)] = promise
        else:
            self._rejections.pop(id(promise), None)

    # -- host work -------------------------------------------------------------------------
    def track(self, aw):
        """Keep the loop alive until awaitable ``aw`` finishes; returns its future.

        Host code completing JS work should settle promises through
        :meth:`run_macrotask` (or :meth:`call_soon`); a checkpoint also runs
        when the tracked work ends.  A JS exception raised by ``aw`` is
        reported like an uncaught one; any other exception is fatal.
        """
        import asyncio
        fut = asyncio.ensure_future(aw, loop=self.loop)
        self._tasks.add(fut)
        fut.add_done_callback(self._task_done)
        return fut

    def _task_done(self, fut):
        self._tasks.discard(fut)
        if not fut.cancelled():
            exc = fut.exception()
            if isinstance(exc, JSError):
                self.guarded_macrotask(self.report, exc)
            elif exc is not None:
                self._guard(_reraise, exc)
        if self.realm.jobs:
            self.guarded_macrotask(lambda: None)
        self.notify()

    # -- errors ----------------------------------------------------------------------------
    def report(self, exc):
        """Send JS exception ``exc`` (a :class:`~pyjs.JSError`) to ``on_error``."""
        self.on_error("uncaught", exc.value, exc)

    def default_on_error(self, kind, value, exc):
        """Node's behaviour: print the error, exit code 1, run nothing more."""
        self.stderr(describe_uncaught(value, exc, in_promise=kind == "unhandled-rejection"))
        self.exit_code = 1
        self.stop()


def _reraise(exc):
    raise exc


def _write_stderr(text):
    data = (text + "\n").encode("utf-8", "replace")
    stream = getattr(sys.stderr, "buffer", None)
    if stream is None:
        sys.stderr.write(text + "\n")
    else:
        stream.write(data)
    sys.stderr.flush()
