"""Execution state of the running agent: the running realm, JS call depth, step budget.

The spec's "agent" runs one job at a time; pyjs keeps what the running code
needs to reach without threading it through every call.

``state`` is one process-wide object, read on every call.  When a host runs
several agents (:mod:`pyjs.interp.cluster`), each on its own thread, only one
of them runs JS at a time and the *contents* of ``state`` are swapped when
control passes between them; ``state.agent`` is then the running agent's
record (``None`` while no agent cluster exists).
"""
import time

MAX_CALL_DEPTH = 3000


class Terminated(BaseException):
    """Stops JS execution (budget or deadline exceeded).  JS cannot catch it."""


class AgentState:
    """The running agent's state: only one thread runs JS at a time."""

    def __init__(self):
        self.agent = None           # AgentRecord while an agent cluster exists
        self.realm = None
        self.depth = 0
        self.steps = 1 << 62        # remaining steps before the next budget check
        self.budget = None          # a host's Budget, or None
        self.max_depth = MAX_CALL_DEPTH


state = AgentState()


def current_realm():
    return state.realm


class Budget:
    """A step budget and/or wall-clock deadline a host sets to stop runaway code.

    The engine decrements a counter on loop back-edges and function entry; when
    it runs out, :meth:`check` decides whether to stop (raise
    :class:`Terminated`) or grant another slice.
    """

    SLICE = 10_000

    def __init__(self, max_steps=None, timeout=None, interrupt=None):
        self.remaining = max_steps
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.interrupt = interrupt      # callable returning True to stop
        self.interrupted = False

    def check(self):
        if self.interrupted or (self.interrupt is not None and self.interrupt()):
            raise Terminated("execution interrupted")
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise Terminated("execution timed out")
        grant = self.SLICE
        if self.remaining is not None:
            if self.remaining <= 0:
                raise Terminated("step budget exhausted")
            grant = min(grant, self.remaining)
            self.remaining -= grant
        return grant

    def expired(self):
        """True once :meth:`check` would stop for the interrupt or the deadline (not
        the step count); used by agents blocked outside JS."""
        if self.interrupted or (self.interrupt is not None and self.interrupt()):
            return True
        return self.deadline is not None and time.monotonic() > self.deadline


def out_of_steps():
    """Called when ``state.steps`` drops below zero.

    With several agents, this is also where the running agent offers the
    engine to another agent that is ready to run (see :mod:`.cluster`).
    """
    b = state.budget
    state.steps = (1 << 62) if b is None else b.check()
    agent = state.agent
    if agent is not None:
        agent.cluster.preempt()


class use_budget:
    """Context manager installing a budget for the duration of a host call."""

    def __init__(self, budget):
        self.budget = budget

    def __enter__(self):
        self.saved = (state.budget, state.steps)
        state.budget = self.budget
        # an agent of a cluster keeps counting steps: the step check is where it
        # lets other agents run
        state.steps = 0 if self.budget is not None or state.agent is not None else (1 << 62)
        return self.budget

    def __exit__(self, *exc):
        state.budget, state.steps = self.saved
        return False
