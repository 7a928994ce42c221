"""setTimeout / setInterval / clearTimeout / clearInterval / queueMicrotask.

Timers live in one heap ordered by (due time, creation order), and a single
asyncio ``call_at`` handle wakes the loop for the earliest one.  Relying on
asyncio's own heap instead would not keep creation order for timers due at the
same instant, which JS code observes (``setTimeout(a); setTimeout(b)`` must
run ``a`` first).

A timer's delay counts from the *start of the task that created it*, not from
the instant ``setTimeout`` ran (libuv does the same: Node's timers read the
loop time cached when the task began).  For a task that is itself a timer
callback, that start is the callback's due time (:attr:`TimerQueue.base`):
the engine is much slower than V8, and without this a long-running script or
callback would shift later timers past earlier-due ones, so a program would
print in a different order than under Node.  Timers therefore fire in the
order a fast engine would give them; they still never fire before real time
reaches their due time.  Times are whole microseconds (:func:`ticks`), so an
interval's second tick and a timeout of twice its delay are due at the same
instant whatever the clock reads (float seconds would round them apart).

Like Node: delays are clamped to at least 1 ms (``setTimeout(f, 0)`` is
``setTimeout(f, 1)``) and to 1 ms when above 2**31-1; callbacks must be
functions (a string of code is a TypeError with ``code: 'ERR_INVALID_ARG_TYPE'``,
Node's error); every callback runs as its own macrotask followed by a
microtask checkpoint.  Unlike Node, timer ids are plain numbers (1, 2, ...),
not ``Timeout`` objects; ``clearTimeout``/``clearInterval`` accept either
kind of id interchangeably.
"""
import heapq
import math

from ..interp.functions import NativeFunction
from ..interp.values import JSError, JSObject, JSSymbol, null
from .inspect import inspect16

TIMEOUT_MAX = 2 ** 31 - 1


def ticks(seconds):
    """A clock reading in whole microseconds: the timers' unit of time."""
    return round(seconds * 1_000_000)


class Timer:
    __slots__ = ("id", "callback", "args", "delay", "repeat", "when", "seq", "cancelled")

    def __init__(self, timer_id, callback, args, delay, repeat):
        self.id = timer_id
        self.callback = callback
        self.args = args
        self.delay = delay
        self.repeat = repeat
        self.when = 0
        self.seq = 0
        self.cancelled = False

    def __lt__(self, other):
        return (self.when, self.seq) < (other.when, other.seq)


class TimerQueue:
    """The timers of one :class:`~pyjs.webapi.eventloop.EventLoop`."""

    def __init__(self, event_loop):
        self.event_loop = event_loop
        self.heap = []
        self.by_id = {}
        self.next_id = 1
        self.seq = 0
        self.handle = None          # asyncio TimerHandle for the earliest timer
        self.handle_when = None
        self.base = None            # start time of the running task, in ticks (None: between tasks)
        self.virtual = 0            # latest due time of a fired timer (never decreases)

    def active(self):
        return bool(self.by_id)

    def add(self, callback, args, delay_ms, repeat):
        t = Timer(self.next_id, callback, args, round(delay_ms * 1000), repeat)
        self.next_id += 1
        self.by_id[t.id] = t
        self._push(t)
        return t.id

    def cancel(self, timer_id):
        t = self.by_id.pop(timer_id, None)
        if t is not None:
            t.cancelled = True
            self.event_loop.notify()

    def cancel_all(self):
        for t in self.by_id.values():
            t.cancelled = True
        self.by_id.clear()
        self.heap.clear()
        if self.handle is not None:
            self.handle.cancel()
            self.handle = None

    def _push(self, t, start=None):
        """Schedule ``t`` one delay after ``start`` (default: the running task's start)."""
        if start is None:
            start = self.base if self.base is not None else ticks(self.event_loop.loop.time())
        t.when = start + t.delay
        t.seq = self.seq
        self.seq += 1
        heapq.heappush(self.heap, t)
        self._arm()

    def _arm(self):
        heap = self.heap
        while heap and heap[0].cancelled:
            heapq.heappop(heap)
        if not heap:
            return
        when = heap[0].when
        if self.handle is not None:
            if self.handle_when <= when:
                return
            self.handle.cancel()
        self.handle = self.event_loop.loop.call_at(when / 1_000_000, self._fire)
        self.handle_when = when

    def _fire(self):
        """Run every timer that is due, each as a macrotask, in (due, creation) order."""
        self.handle = None
        ev = self.event_loop
        now = ticks(ev.loop.time()) + 1
        heap = self.heap
        while heap and heap[0].when <= now and not ev.stopped:
            t = heapq.heappop(heap)
            if t.cancelled:
                continue
            if not t.repeat:
                self.by_id.pop(t.id, None)
            self.virtual = max(self.virtual, t.when)
            self.base = self.virtual
            try:
                ev.guarded_macrotask(t.callback.call, None, t.args)
            finally:
                self.base = None
            if t.repeat and not t.cancelled and not ev.stopped:
                self._push(t, self.virtual)
        if not ev.stopped:
            self._arm()
        ev.notify()


def _received(v):
    """The tail of Node's ERR_INVALID_ARG_TYPE message."""
    if v is None:
        return "Received undefined"
    if v is null:
        return "Received null"
    if isinstance(v, JSObject):
        if v.callable:
            return "Received function"
        return "Received an instance of Object"
    shown = inspect16(v)
    if len(shown) > 28:
        shown = shown[:25] + "..."
    kind = {str: "string", float: "number", bool: "boolean", int: "bigint",
            JSSymbol: "symbol"}.get(type(v), "object")
    return f"Received type {kind} ({shown})"


def invalid_arg_type(realm, name, expected, v):
    err = realm.new_error("TypeError",
                          f'The "{name}" argument must be of type {expected}. {_received(v)}')
    err.props["code"] = "ERR_INVALID_ARG_TYPE"
    return JSError(err)


def _delay(v):
    """Node's ``after *= 1`` clamped into [1, TIMEOUT_MAX] (else 1)."""
    from ..interp.ops import to_number
    d = 1.0 if v is None else to_number(v)
    if not (1 <= d <= TIMEOUT_MAX) or math.isnan(d):
        d = 1.0
    return d


def _timer_id(v):
    if type(v) is float and v.is_integer():
        return int(v)
    if type(v) is str and v.isdigit():
        return int(v)
    return None


def install_timers(realm, event_loop):
    """Define the timer globals of ``realm`` backed by ``event_loop``."""
    timers = event_loop.timers

    def define(name, length, fn):
        realm.set_global(name, NativeFunction(realm, fn, name, length))

    def make_set(repeat):
        def set_timer(this, args):
            callback = args[0] if args else None
            if not (isinstance(callback, JSObject) and callback.callable):
                raise invalid_arg_type(realm, "callback", "function", callback)
            delay = _delay(args[1] if len(args) > 1 else None)
            return float(timers.add(callback, list(args[2:]), delay, repeat))
        return set_timer

    def clear(this, args):
        tid = _timer_id(args[0] if args else None)
        if tid is not None:
            timers.cancel(tid)
        return None

    def queue_microtask(this, args):
        callback = args[0] if args else None
        if not (isinstance(callback, JSObject) and callback.callable):
            raise invalid_arg_type(realm, "callback", "function", callback)
        realm.enqueue_job(lambda: event_loop.call_reporting_errors(callback))
        return None

    define("setTimeout", 2, make_set(False))
    define("setInterval", 2, make_set(True))
    define("clearTimeout", 1, clear)
    define("clearInterval", 1, clear)
    define("queueMicrotask", 1, queue_microtask)
