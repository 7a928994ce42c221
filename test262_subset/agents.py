"""The multi-agent part of the test262 host: ``$262.agent`` and the event loop.

https://github.com/tc39/test262/blob/main/INTERPRETING.md#host-defined-functions

Agents run on the engine's agent cluster (:mod:`pyjs.interp.cluster`): each
``$262.agent.start(source)`` spawns an agent with its own thread and its own
realm; only one agent runs JS at a time, and control passes at blocking
points (``Atomics.wait``, ``sleep``, waiting for a broadcast or for the event
loop) and at the engine's periodic step checks.

The main agent's ``$262.agent``:

* ``start(source)`` - runs ``source`` in a new agent, until it first blocks;
* ``broadcast(sab, id)`` - hands every live agent the Shared Data Block of
  ``sab`` (the receiving agent gets a new SharedArrayBuffer of its own realm
  over the same bytes) and ``id``; returns once each has taken it;
* ``getReport()`` - the oldest report not yet read, or ``null``;
* ``sleep(ms)``, ``monotonicNow()``.

A started agent's ``$262.agent``: ``receiveBroadcast(callback)``,
``report(value)`` (ToString), ``sleep(ms)``, ``leaving()``, ``monotonicNow()``.
After its script, an agent runs its event loop, then, while it has a
broadcast callback and has not called ``leaving()``, waits for broadcasts.

:class:`EventLoop` is a realm's ``host``: it implements HostEnqueueTimeoutJob
(``realm.enqueue_timeout_job``, used by ``Atomics.waitAsync`` timeouts) and
runs jobs and timers until nothing is left to wait for.
"""
import heapq
import time

from pyjs.interp.agent import state
from pyjs.interp.cluster import current_cluster, ensure_cluster, suspend_for
from pyjs.interp.functions import NativeFunction
from pyjs.interp.values import HIDDEN, JSObject, Prop, null, type_error

__all__ = ["EventLoop", "install_agent_api", "shutdown_agents"]


def _define(obj, name, value):
    obj.props[name] = Prop(value, HIDDEN)


class EventLoop:
    """One agent's timer queue and event loop; a :class:`pyjs.Realm` ``host``."""

    def __init__(self):
        self.timers = []            # heap of (due, seq, realm, job)
        self.seq = 0
        self.realms = []
        self.firing = False

    def add_realm(self, realm):
        self.realms.append(realm)

        def enqueue_timeout_job(job, milliseconds):
            """HostEnqueueTimeoutJob (https://tc39.es/ecma262/#sec-hostenqueuetimeoutjob)."""
            self.seq += 1
            heapq.heappush(self.timers, (time.monotonic() + milliseconds / 1000.0,
                                         self.seq, realm, job))
        realm.enqueue_timeout_job = enqueue_timeout_job

    def fire_due(self):
        """Move the timers that are due into their realms' job queues."""
        if self.firing or not self.timers:
            return False
        fired = False
        self.firing = True
        try:
            now = time.monotonic()
            while self.timers and self.timers[0][0] <= now:
                _, _, realm, job = heapq.heappop(self.timers)
                realm.enqueue_job(job)
                fired = True
        finally:
            self.firing = False
        return fired

    def on_job_enqueued(self, realm):
        """Realm host hook: code that keeps queueing jobs (a promise-based polling
        loop) lets due timers in."""
        if self.timers and self.timers[0][0] <= time.monotonic():
            self.fire_due()

    def has_jobs(self):
        return any(r.jobs for r in self.realms)

    def drain(self):
        while True:
            for r in self.realms:
                if r.jobs:
                    r.run_jobs()
            self.fire_due()
            if not self.has_jobs():
                return

    def run(self, keep_going=lambda: True):
        """Run jobs; while ``keep_going()``, also wait for timers and for the waitAsync
        promises of this agent that other agents may resolve."""
        from pyjs.builtins.atomics import pending_async_waiters
        while True:
            self.drain()
            if not keep_going():
                return
            cluster = current_cluster()
            agent = state.agent
            waiting = (cluster is not None and cluster.others_alive(agent)
                       and pending_async_waiters(agent) > 0)
            if not self.timers and not waiting:
                return
            due = self.timers[0][0] if self.timers else None
            if cluster is not None:
                cluster.block(lambda: self.has_jobs() or
                              (bool(self.timers) and self.timers[0][0] <= time.monotonic()), due)
            else:
                suspend_for(max(0.0, due - time.monotonic()) * 1000.0)


class SharedHost:
    """What the agents of one cluster share: the report queue."""

    def __init__(self):
        self.reports = []


class AgentHost:
    """One started agent's host data."""

    def __init__(self):
        self.mailbox = []
        self.callback = None
        self.leaving = False


def _shared(cluster):
    if getattr(cluster, "host", None) is None:
        cluster.host = SharedHost()
    return cluster.host


def _number(args, i):
    from pyjs.interp.ops import to_number
    return to_number(args[i] if len(args) > i else None)


def _monotonic_now(this, args):
    return time.monotonic() * 1000.0


def _sleep(this, args):
    ms = _number(args, 0)
    suspend_for(0.0 if ms != ms else ms)
    return None


def install_agent_api(realm, d262, make_agent_realm):
    """``$262.agent`` of the main agent (and of realms it creates).

    ``make_agent_realm(loop, agent_host)`` builds a started agent's realm."""
    from pyjs.interp.ops import to_string
    agent_obj = JSObject(realm.object_prototype)

    def start(this, args):
        src = args[0] if args else None
        if type(src) is not str:
            src = to_string(src)
        cluster = ensure_cluster()
        _shared(cluster)

        def body(agent):
            ah = agent.host = AgentHost()
            loop = EventLoop()
            arealm = make_agent_realm(loop, ah)
            arealm.run_script(arealm.compile_script(src, "<agent>"))
            loop.run()
            while ah.callback is not None and not ah.leaving:
                cluster.block(lambda: bool(ah.mailbox))
                with cluster.cv:
                    block, max_len, ident = ah.mailbox.pop(0)
                    cluster.cv.notify_all()
                from pyjs.builtins.array_buffer import SharedArrayBufferObject
                sab = SharedArrayBufferObject(
                    arealm.intrinsics["%SharedArrayBuffer.prototype%"], block, max_len)
                ah.callback.call(None, [sab, ident])
                loop.run()

        cluster.spawn(body)
        return None

    def broadcast(this, args):
        sab = args[0] if args else None
        ident = args[1] if len(args) > 1 else None
        if not getattr(sab, "shared", False) or not isinstance(sab, JSObject):
            raise type_error("$262.agent.broadcast needs a SharedArrayBuffer")
        cluster = current_cluster()
        if cluster is None:
            return None
        msg = (sab.data, sab.max_byte_length, ident)
        with cluster.cv:
            targets = [a for a in cluster.agents if a is not cluster.main and a.alive
                       and a.host is not None]
            for a in targets:
                a.host.mailbox.append(msg)
            cluster.cv.notify_all()
        cluster.block(lambda: all(not a.alive or not any(m is msg for m in a.host.mailbox)
                                  for a in targets))
        return None

    def get_report(this, args):
        cluster = current_cluster()
        if cluster is None:
            return null
        with cluster.cv:
            reports = _shared(cluster).reports
            return reports.pop(0) if reports else null

    _define(agent_obj, "start", NativeFunction(realm, start, "start", 1))
    _define(agent_obj, "broadcast", NativeFunction(realm, broadcast, "broadcast", 2))
    _define(agent_obj, "getReport", NativeFunction(realm, get_report, "getReport", 0))
    _define(agent_obj, "sleep", NativeFunction(realm, _sleep, "sleep", 1))
    _define(agent_obj, "monotonicNow", NativeFunction(realm, _monotonic_now, "monotonicNow", 0))
    _define(d262, "agent", agent_obj)
    return agent_obj


def install_started_agent_api(realm, d262, ah):
    """``$262.agent`` inside a started agent (``ah`` is its :class:`AgentHost`)."""
    from pyjs.interp.ops import is_callable, to_string
    agent_obj = JSObject(realm.object_prototype)

    def receive_broadcast(this, args):
        cb = args[0] if args else None
        if not is_callable(cb):
            raise type_error("$262.agent.receiveBroadcast needs a function")
        ah.callback = cb
        return None

    def report(this, args):
        v = args[0] if args else None
        s = v if type(v) is str else to_string(v)
        cluster = current_cluster()
        if cluster is not None:
            with cluster.cv:
                _shared(cluster).reports.append(s)
        return None

    def leaving(this, args):
        ah.leaving = True
        return None

    _define(agent_obj, "receiveBroadcast",
            NativeFunction(realm, receive_broadcast, "receiveBroadcast", 1))
    _define(agent_obj, "report", NativeFunction(realm, report, "report", 1))
    _define(agent_obj, "sleep", NativeFunction(realm, _sleep, "sleep", 1))
    _define(agent_obj, "leaving", NativeFunction(realm, leaving, "leaving", 0))
    _define(agent_obj, "monotonicNow", NativeFunction(realm, _monotonic_now, "monotonicNow", 0))
    _define(d262, "agent", agent_obj)
    return agent_obj


def shutdown_agents():
    """End every started agent and forget all Atomics waiters; False when an agent
    thread would not stop (the process should not run more tests)."""
    from pyjs.interp.cluster import shutdown_cluster
    clean = shutdown_cluster()
    try:
        from pyjs.builtins.atomics import clear_waiter_lists
        clear_waiter_lists()
    except ImportError:
        pass
    return clean
