"""Agent clusters: several agents sharing memory, one running JS at a time.

https://tc39.es/ecma262/#sec-agents and https://tc39.es/ecma262/#sec-agent-clusters

A host that offers more than one agent (test262's ``$262.agent``) creates an
:class:`AgentCluster`.  Each agent is an :class:`AgentRecord` with its own
Python thread and its own realm(s); the thread that called
:func:`ensure_cluster` becomes the *main* agent.

The engine keeps the running agent's execution state in the process-wide
``agent.state`` object, read on every call.  Rather than making it
thread-local (slower on the hot path), the cluster hands a *baton* from agent
to agent: only the agent holding it runs JS, and when the baton passes, the
contents of ``state`` (its attributes, not its identity) are saved into the
old holder's record and replaced by the new holder's.  The baton passes

* when the running agent blocks: :meth:`AgentCluster.block` (``Atomics.wait``,
  a host's sleep or wait for a message) releases it until a condition holds or
  a deadline passes;
* when an agent starts (:meth:`AgentCluster.spawn` runs the new agent until it
  first blocks) and when an agent ends;
* at the engine's periodic step check (:func:`pyjs.interp.agent.out_of_steps`),
  if another agent is ready: busy-waiting code (``while (Atomics.load(...)
  === 0) {}``) therefore lets the other agents progress.  While a cluster
  exists, each agent runs at most :data:`SLICE` steps between two checks.

``cluster.cv`` (a ``threading.Condition`` over a reentrant lock) guards the
baton, the ready queue and everything agents share outside JS; it is also the
critical section of the Atomics waiter lists (``pyjs.builtins.atomics``).

Shutting down (:meth:`AgentCluster.shutdown`, which the host calls when its
main script is done) makes every other agent end with :class:`Terminated` the
next time it holds the baton, waits for their threads to finish, and leaves
``state`` as the main agent had it.  Agent threads are daemon threads.  While
blocked, an agent watches the budget it inherited from the agent that
started it, so a host's deadline also ends a cluster whose agents all wait.
"""
import collections
import threading
import time

from .agent import MAX_CALL_DEPTH, AgentState, Terminated, state
from .deep import start_deep_thread

SLICE = 2000                    # steps an agent runs before offering the baton
POLL = 0.05                     # seconds between budget checks of a blocked agent
AGENT_STACK_SIZE = 256 * 1024 * 1024
SHUTDOWN_GRACE = 5.0            # seconds the other agents get to end

_cluster = None


def current_cluster():
    """The process's agent cluster, or ``None`` while only one agent exists."""
    return _cluster


def ensure_cluster():
    """The agent cluster, created (with the calling code as its main agent) if needed."""
    global _cluster
    if _cluster is None:
        _cluster = AgentCluster()
    return _cluster


class AgentRecord:
    """An Agent Record (https://tc39.es/ecma262/#sec-agents): its [[CanBlock]], its
    thread, and, while another agent runs, its saved execution state."""

    def __init__(self, cluster, name, can_block=True):
        self.cluster = cluster
        self.name = name
        self.can_block = can_block
        self.saved = None           # state.__dict__ while not running
        self.thread = None
        self.alive = True
        self.error = None           # the Python exception that ended the agent, if any
        self.host = None            # host data (message queues, callbacks ...)

    def __repr__(self):
        return f"<agent {self.name}>"


class AgentCluster:
    """The agents of one process and the baton that lets one of them run."""

    def __init__(self):
        self.cv = threading.Condition(threading.RLock())
        self.ready = collections.deque()
        self.terminating = False
        self.main = AgentRecord(self, "main")
        self.agents = [self.main]
        self.owner = self.main
        state.agent = self.main
        if state.steps_left() > SLICE:
            state.set_steps(SLICE)

    # -- the baton (call with ``cv`` held) ---------------------------------------------
    def _acquire(self, agent):
        """Wait for the baton, then install ``agent``'s execution state."""
        if self.owner is None and not self.ready:
            self.owner = agent
        elif self.owner is not agent:
            if agent not in self.ready:
                self.ready.append(agent)
            while self.owner is not agent:
                self.cv.wait()
        d = state.__dict__
        d.clear()
        d.update(agent.saved)
        agent.saved = None

    def _release(self, agent, save=True):
        """Save ``agent``'s execution state and pass the baton to the next ready agent."""
        if save:
            agent.saved = state.__dict__.copy()
        self.owner = self.ready.popleft() if self.ready else None
        self.cv.notify_all()

    # -- scheduling points ----------------------------------------------------------------
    def preempt(self):
        """Offer the baton to the agents ready to run (from ``out_of_steps``)."""
        if state.steps_left() > SLICE:
            state.set_steps(SLICE)
        if self.ready or self.terminating:
            agent = state.agent
            with self.cv:
                if self.ready:
                    self._release(agent)
                    self._acquire(agent)
            if self.terminating and agent is not self.main:
                raise Terminated("agent cluster shut down")

    def block(self, done, deadline=None):
        """Suspend the running agent outside JS until ``done()`` is true or the
        ``time.monotonic()`` ``deadline`` passes (``None``: no deadline); other agents
        run meanwhile.  ``done`` is evaluated with ``cv`` held.

        Raises :class:`Terminated` when the agent's budget expires or the cluster
        shuts down while it waits.  Returns ``done()``.
        """
        agent = state.agent
        budget = state.budget
        stop = False
        with self.cv:
            self._release(agent)
            try:
                while not done():
                    if self.terminating and agent is not self.main:
                        stop = True
                        break
                    if budget is not None and budget.expired():
                        stop = True
                        break
                    if deadline is None:
                        self.cv.wait(POLL)
                    else:
                        left = deadline - time.monotonic()
                        if left <= 0:
                            break
                        self.cv.wait(min(left, POLL))
            finally:
                self._acquire(agent)
            if stop:
                raise Terminated("execution interrupted while waiting")
            return done()

    def notify_all(self):
        """Wake blocked agents so they re-evaluate their conditions."""
        with self.cv:
            self.cv.notify_all()

    # -- agents ---------------------------------------------------------------------------
    def spawn(self, body, name=None, can_block=True):
        """Start a new agent running ``body(agent)`` on its own thread, with a fresh
        execution state (no realm yet; the running agent's budget), and let it run
        until it first blocks or ends.  Returns its :class:`AgentRecord`.

        ``body`` runs holding the baton; :class:`Terminated` ends it quietly, any
        other exception is kept in ``agent.error``.
        """
        me = state.agent
        agent = AgentRecord(self, name or f"agent-{len(self.agents)}", can_block)
        fresh = AgentState()
        fresh.agent = agent
        fresh.budget = state.budget
        fresh.max_depth = getattr(state, "max_depth", MAX_CALL_DEPTH)
        fresh.set_steps(0 if fresh.budget is not None else SLICE)
        agent.saved = fresh.__dict__

        def run():
            with self.cv:
                self._acquire(agent)
            try:
                if not self.terminating:
                    body(agent)
            except Terminated:
                pass
            except BaseException as e:      # noqa: BLE001 - kept for the host
                agent.error = e
            finally:
                with self.cv:
                    agent.alive = False
                    self._release(agent, save=False)

        with self.cv:
            self.agents.append(agent)
            self.ready.append(agent)        # first in line when ``me`` steps aside
            agent.thread = start_deep_thread(run, name=f"pyjs-{agent.name}",
                                             stack_size=AGENT_STACK_SIZE)
            self._release(me)
            self._acquire(me)
        return agent

    def others_alive(self, agent):
        return any(a.alive for a in self.agents if a is not agent)

    def shutdown(self):
        """End every agent but the main one (which must be the caller, holding the
        baton) and dissolve the cluster.  Returns False when an agent thread did not
        end within :data:`SHUTDOWN_GRACE` seconds (the process should not run more JS)."""
        global _cluster
        clean = True
        with self.cv:
            self.terminating = True
            if self.owner is self.main:
                self._release(self.main)
            end = time.monotonic() + SHUTDOWN_GRACE
            while self.others_alive(self.main):
                left = end - time.monotonic()
                if left <= 0:
                    clean = False
                    break
                self.cv.wait(min(left, POLL))
            if clean:
                self._acquire(self.main)
            else:
                self.owner = self.main      # abandon the stuck agent
                d = state.__dict__
                d.clear()
                d.update(self.main.saved or {})
        state.agent = None
        if _cluster is self:
            _cluster = None
        return clean


def shutdown_cluster():
    """Shut the process's agent cluster down, if any (see :meth:`AgentCluster.shutdown`)."""
    c = _cluster
    if c is None:
        return True
    return c.shutdown()


def suspend_for(ms):
    """Suspend the running agent for ``ms`` milliseconds (``math.inf``: until its budget
    stops it), letting other agents run; a host's ``sleep``."""
    end = None if ms == float("inf") else time.monotonic() + max(ms, 0.0) / 1000.0
    c = state.agent.cluster if state.agent is not None else None
    if c is not None:
        c.block(lambda: False, end)
        return
    from .agent import out_of_steps
    while True:
        if end is None:
            time.sleep(POLL)
        else:
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, POLL))
        if state.budget is not None:
            out_of_steps()          # lets the host's deadline stop an endless sleep
