"""Execution state of the running agent: the running realm, JS call depth, step budget.

The spec's "agent" runs one job at a time; pyjs keeps what the running code
needs to reach without threading it through every call.

``state`` is one process-wide object, read on every call.  When a host runs
several agents (:mod:`pyjs.interp.cluster`), each on its own thread, only one
of them runs JS at a time and the *contents* of ``state`` are swapped when
control passes between them; ``state.agent`` is then the running agent's
record (``None`` while no agent cluster exists).
"""
import sys
import threading
import time
import weakref
from itertools import chain, repeat

MAX_CALL_DEPTH = 3000

# ids of the code objects whose running frames are JS calls (see count_frames_of)
_CALL_CODES = {}


def count_frames_of(code):
    """Make the frames running Python code object ``code`` count as JS calls in
    :func:`call_depth`: each entry that counts a call for the depth limit (a
    generated non-leaf ``_fast``, the closure tier's [[Call]] and [[Construct]])
    runs one such frame per JS call.  Keyed by id, so that the membership test is
    a set lookup; the entry goes when the code does (generated code is freed with
    its function's code)."""
    key = id(code)
    if key not in _CALL_CODES:
        _CALL_CODES[key] = weakref.ref(code, lambda _, key=key: _CALL_CODES.pop(key, None))


class _Anchors(threading.local):
    """Frames of the running thread's stack whose depth the last count found (see
    call_depth), from the stack's base up, and their positions by frame id."""

    def __init__(self):
        self.frames = []            # (frame, depth: the JS calls from the base up to it)
        self.index = {}             # id(frame) -> its position in frames


_anchors = _Anchors()
_ANCHOR_EVERY = 16                  # frames between anchors
# a generator's or coroutine's frame resumes wherever it is next sent to: no anchor
_SUSPENDABLE = 0x20 | 0x80 | 0x200     # inspect's CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR


def call_depth():
    """The JS call depth: the frames on the running thread's stack that are JS
    calls.  Only the limit check (AgentState) asks, so calls need not count
    their returns.

    A function's frame keeps its depth while it runs (a generator's or
    coroutine's does not: it resumes wherever it is next sent to, and is never
    anchored), so the count walks down the stack only as far as the first frame
    the last count anchored (holding those frames, so that their ids stay
    theirs); near the depth limit, where a check comes every few calls, that
    keeps each count short."""
    codes = _CALL_CODES
    anchors = _anchors
    frames, index = anchors.frames, anchors.index
    walked = []
    n = 0
    base = 0
    at = 0
    f = sys._getframe(1)
    while f is not None:
        i = index.get(id(f))
        if i is not None and frames[i][0] is f:
            base = frames[i][1]
            at = i + 1
            break
        walked.append(f)
        if id(f.f_code) in codes:
            n += 1
        f = f.f_back
    depth = base + n
    # the anchors above the one found are gone from the stack; anchor the frames walked
    for g, _ in frames[at:]:
        del index[id(g)]
    del frames[at:]
    d = base
    for j in range(len(walked) - 1, -1, -1):
        g = walked[j]
        if id(g.f_code) in codes:
            d += 1
        if j % _ANCHOR_EVERY == 0 and j and not g.f_code.co_flags & _SUSPENDABLE:
            index[id(g)] = len(frames)
            frames.append((g, d))
    return depth


class Terminated(BaseException):
    """Stops JS execution (budget or deadline exceeded).  JS cannot catch it."""


STEP_BATCH = 64


def charge_steps():
    """Charge a batch of STEP_BATCH steps ahead, for a generated loop's iterations
    or a sort's comparator calls; the new count for the caller's local counter."""
    st = state
    st.call_limit -= STEP_BATCH
    if st.calls > st.call_limit:
        check_steps()
    return STEP_BATCH - 1


def _charge():
    charge_steps()


def _batch(n):
    return chain(iter(_charge, None), repeat(None, n))


def step_ticks():
    """An endless iterator that charges a batch of STEP_BATCH steps every STEP_BATCH
    items: a generated loop draws one item per iteration (``for _ in _st.ticks:``, or
    zipped with the loop's own iterator), two bytecodes where a counter in a local
    took eight.  The batch is charged by the first ``next`` of each batch's iterator,
    so a budget that stops the code raises there, at a back-edge, and the charge is
    retried by the next ``next`` (an exception from ``chain``'s source of iterables,
    unlike one from its current iterable, would end the chain for good).  Each agent
    has its own: a charge may hand the engine to another agent (cluster.preempt),
    whose loops must not re-enter this iterator while it is suspended in that charge."""
    return chain.from_iterable(map(_batch, repeat(STEP_BATCH)))


class AgentState:
    """The running agent's state: only one thread runs JS at a time.

    Every function entry counts one call (``calls`` only grows), and does a
    single test, ``calls > call_limit``, for both the depth limit and the step
    budget: ``call_limit`` is where the next check runs, at most ``max_depth -
    depth`` calls after the last check (the depth, :func:`call_depth`, counted
    then: each call goes at most one deeper, and a return only makes the check
    come early) and at most as far as the steps granted go.  Steps that are not
    calls (loop back-edges, native loops) bring the check closer by lowering
    ``call_limit``.  :meth:`steps_left` says how many steps of the grant remain;
    the check (:func:`check_steps`) counts them and sets the limit anew.
    """

    def __init__(self):
        self.agent = None           # AgentRecord while an agent cluster exists
        self.realm = None
        self.calls = 0              # function entries so far
        self.budget = None          # a host's Budget, or None
        self.max_depth = MAX_CALL_DEPTH
        self.set_steps(1 << 62)
        self.ticks = step_ticks()   # this agent's own: see step_ticks

    def set_steps(self, n, depth=None):
        """Grant ``n`` more steps before the next budget check (``depth``: the call
        depth, when the caller has just counted it)."""
        if depth is None:
            depth = call_depth()
        self.steps = n              # the grant, as of checked_calls and checked_limit
        self.checked_calls = calls = self.calls
        self.call_limit = self.checked_limit = calls + min(self.max_depth - depth, n)

    def steps_left(self):
        """The steps left of the last grant: less the calls since, and the other
        steps, by which ``call_limit`` was lowered."""
        return self.steps - (self.calls - self.checked_calls) - (self.checked_limit - self.call_limit)


state = AgentState()


def current_realm():
    return state.realm


class Budget:
    """A step budget and/or wall-clock deadline a host sets to stop runaway code.

    The engine counts a step on loop back-edges and function entry; when the
    steps granted run out, :meth:`check` decides whether to stop (raise
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
    """Called when the steps granted have run out (or a host wants its budget
    consulted now): the budget stops execution (:class:`Terminated`) or grants
    another slice.

    With several agents, this is also where the running agent offers the
    engine to another agent that is ready to run (see :mod:`.cluster`).
    """
    b = state.budget
    state.set_steps((1 << 62) if b is None else b.check())
    agent = state.agent
    if agent is not None:
        agent.cluster.preempt()


def check_steps(depth=None):
    """Called when ``state.calls`` passes ``state.call_limit``: counts the steps
    taken, and calls :func:`out_of_steps` once they use up the grant; else sets
    the limit anew (it came early, for the depth limit).  ``depth``: the call
    depth, when the caller has just counted it."""
    left = state.steps_left()
    if left < 0:
        out_of_steps()
    else:
        state.set_steps(left, depth)


def take_steps(n):
    """Count ``n`` steps that are not function entries (a native loop's, a
    backtracking matcher's) against the step budget."""
    st = state
    st.call_limit -= n
    if st.calls > st.call_limit:
        check_steps()


class use_budget:
    """Context manager installing a budget for the duration of a host call."""

    def __init__(self, budget):
        self.budget = budget

    def __enter__(self):
        self.saved = (state.budget, state.steps_left())
        state.budget = self.budget
        # an agent of a cluster keeps counting steps: the step check is where it
        # lets other agents run
        state.set_steps(0 if self.budget is not None or state.agent is not None else (1 << 62))
        return self.budget

    def __exit__(self, *exc):
        state.budget, steps = self.saved
        state.set_steps(steps)
        return False
