"""Agent clusters (pyjs.interp.cluster) and Atomics.wait/notify across agents.

Each test builds a tiny host: the main agent's realm plus agents spawned with
``AgentCluster.spawn``, each with its own realm; a SharedArrayBuffer is handed
over as a new buffer object of the receiving realm over the same byte block.
"""
import threading
import time

import pytest

from pyjs import Realm, Budget, Terminated
from pyjs.builtins.array_buffer import SharedArrayBufferObject
from pyjs.interp.agent import state, use_budget
from pyjs.interp.cluster import current_cluster, ensure_cluster, shutdown_cluster
from pyjs.interp.deep import run_deep
from pyjs.interp.ops import to_string


def share(realm, sab):
    """A SharedArrayBuffer of ``realm`` over ``sab``'s Shared Data Block."""
    return SharedArrayBufferObject(realm.intrinsics["%SharedArrayBuffer.prototype%"],
                                   sab.data, sab.max_byte_length)


def ev(realm, source):
    """Run a script under the running agent's budget (``Realm.evaluate`` installs its own)."""
    return realm.run_script(realm.compile_script(source))


def start_agent(sab, source, reports):
    """Spawn an agent running ``source`` with ``i32a`` (an Int32Array over ``sab``) and
    ``report(v)`` (appends String(v) to ``reports``) in scope."""
    def body(agent):
        r = Realm()
        r.define_function("report", lambda this, args: reports.append(to_string(args[0])), 1)
        r.global_object.props["sab"] = share(r, sab)
        ev(r, "var i32a = new Int32Array(sab);\n" + source)
    return ensure_cluster().spawn(body)


def run_main(fn, timeout=10):
    """Run ``fn(realm)`` as the main agent under a budget, then shut the cluster down."""
    def go():
        realm = Realm()
        try:
            with use_budget(Budget(timeout=timeout)):
                return fn(realm)
        finally:
            assert shutdown_cluster()
    return run_deep(go)


def wait_for(pred, realm):
    """Let other agents run (main sleeps through Atomics.wait on a private buffer)."""
    deadline = time.monotonic() + 5
    while not pred():
        assert time.monotonic() < deadline
        ev(realm, "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1)")


def test_notify_wakes_a_waiting_agent():
    reports = []

    def main(realm):
        sab = ev(realm, "var i32a = new Int32Array(new SharedArrayBuffer(16)); i32a.buffer")
        start_agent(sab, "Atomics.add(i32a, 1, 1); report(Atomics.wait(i32a, 0, 0));", reports)
        # the agent runs until it blocks in Atomics.wait
        assert ev(realm, "Atomics.load(i32a, 1)") == 1.0
        assert ev(realm, "Atomics.notify(i32a, 0)") == 1.0
        wait_for(lambda: reports, realm)
        return reports
    assert run_main(main) == ["ok"]
    assert current_cluster() is None and state.agent is None


def test_timed_out_and_not_equal():
    reports = []

    def main(realm):
        sab = ev(realm, "var i32a = new Int32Array(new SharedArrayBuffer(8)); i32a.buffer")
        start_agent(sab, "report(Atomics.wait(i32a, 0, 1)); var t = Date.now();"
                         "report(Atomics.wait(i32a, 0, 0, 30)); report(Date.now() - t >= 29);",
                    reports)
        wait_for(lambda: len(reports) == 3, realm)
        return reports, ev(realm, "Atomics.notify(i32a, 0)")
    assert run_main(main) == (["not-equal", "timed-out", "true"], 0.0)


def test_notify_count_and_fifo_order():
    reports = []

    def main(realm):
        sab = ev(realm, "var i32a = new Int32Array(new SharedArrayBuffer(8)); i32a.buffer")
        for i in range(3):
            start_agent(sab, f"Atomics.wait(i32a, 0, 0); report({i});", reports)
        assert ev(realm, "Atomics.notify(i32a, 0, 1)") == 1.0
        wait_for(lambda: len(reports) == 1, realm)
        assert ev(realm, "Atomics.notify(i32a, 0, 1)") == 1.0
        wait_for(lambda: len(reports) == 2, realm)
        assert ev(realm, "Atomics.notify(i32a, 0)") == 1.0
        wait_for(lambda: len(reports) == 3, realm)
        return reports
    assert run_main(main) == ["0", "1", "2"]


def test_busy_waiting_agents_take_turns():
    """Spinning on a shared location lets the other agent run (preemption at the step
    check), in both directions."""
    reports = []

    def main(realm):
        sab = ev(realm, "var i32a = new Int32Array(new SharedArrayBuffer(8)); i32a.buffer")
        start_agent(sab, "while (Atomics.load(i32a, 0) !== 1) {} Atomics.store(i32a, 1, 1);"
                         "report('done');", reports)
        return ev(realm, "Atomics.store(i32a, 0, 1); while (Atomics.load(i32a, 1) !== 1) {}"
                              "'main done'")
    assert run_main(main) == "main done"
    assert reports == ["done"]


def test_main_agent_waits_for_an_agent_notify():
    reports = []

    def main(realm):
        sab = ev(realm, "var i32a = new Int32Array(new SharedArrayBuffer(8)); i32a.buffer")
        start_agent(sab, "while (Atomics.notify(i32a, 0) === 0) {} report('notified');", reports)
        return ev(realm, "Atomics.wait(i32a, 0, 0, 5000)")
    assert run_main(main) == "ok"


def test_waitasync_in_one_agent_resolved_by_another():
    reports = []

    def main(realm):
        sab = ev(realm, "var i32a = new Int32Array(new SharedArrayBuffer(8)); var out = [];"
                             "Atomics.waitAsync(i32a, 0, 0).value.then(v => out.push(v)); i32a.buffer")
        start_agent(sab, "report(Atomics.notify(i32a, 0));", reports)
        assert reports == ["1"]
        # the resolution is a job queued in the main agent's realm
        realm.run_jobs()
        return ev(realm, "out.join()")
    assert run_main(main) == "ok"


def test_budget_stops_a_cluster_and_shutdown_ends_agents():
    reports = []
    before = threading.active_count()

    def main(realm):
        sab = ev(realm, "var i32a = new Int32Array(new SharedArrayBuffer(8)); i32a.buffer")
        start_agent(sab, "Atomics.wait(i32a, 0, 0);", reports)          # blocked forever
        start_agent(sab, "report('spin'); while (true) {}", reports)     # runs forever
        ev(realm, "while (true) {}")
    with pytest.raises(Terminated):
        run_main(main, timeout=0.5)
    assert current_cluster() is None and state.agent is None
    deadline = time.monotonic() + 5
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert threading.active_count() <= before
    # single-agent code runs normally afterwards
    assert run_deep(lambda: Realm().evaluate("Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1)")) \
        == "timed-out"
