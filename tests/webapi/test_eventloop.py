"""EventLoop, timers and console used in-process, the way hostedat embeds them."""
import asyncio

import pytest

from pyjs import Realm, Budget, Terminated
from pyjs.interp.deep import run_deep
from pyjs.webapi.console import format_time, install_console
from pyjs.webapi.eventloop import EventLoop
from pyjs.webapi.timers import ticks


def run_js(body):
    """Run ``async body(realm, ev, lines, errors)`` on a deep thread's asyncio loop."""
    lines, errors = [], []

    async def main():
        realm = Realm()
        install_console(realm, lambda level, text: lines.append((level, text)))
        ev = EventLoop(realm, on_error=lambda kind, value, exc: errors.append((kind, value)))
        await body(realm, ev)
        return ev
    ev = run_deep(asyncio.run, main())
    return ev, lines, errors


def logged(lines):
    return [text for _, text in lines]


def test_timers_and_microtasks_order():
    async def body(realm, ev):
        ev.run_macrotask(realm.evaluate, """
            setTimeout(() => console.log('t2'), 2);
            setTimeout(() => console.log('t0'), 0);
            Promise.resolve().then(() => console.log('p'));
            console.log('s');
        """)
        assert ev.pending()
        await ev.run_until_idle()
        assert not ev.pending()
    _, lines, errors = run_js(body)
    assert logged(lines) == ["s", "p", "t0", "t2"] and errors == []


def test_an_intervals_tick_and_a_timeout_due_together_keep_creation_order():
    """Node: a 70 ms timeout created before a 35 ms interval runs before the interval's
    second tick.  Both are due at the task's start + 70 ms; summed as float seconds
    from some clock readings the tick came out earlier (this test starts the task at
    such a reading; timers now count whole microseconds)."""
    start = 1.0     # a clock reading in the past, where the float sums come out unequal
    assert start + 0.035 + 0.035 < start + 0.07

    async def body(realm, ev):
        ev.timers.base = ticks(start)       # the script's task began at ``start``
        ev.run_macrotask(realm.evaluate, """
            setTimeout(() => console.log('timeout 70'), 70);
            let n = 0;
            const i = setInterval(() => { console.log('interval ' + ++n); if (n === 2) clearInterval(i); }, 35);
        """)
        ev.timers.base = None
        await ev.run_until_idle()
    _, lines, errors = run_js(body)
    assert logged(lines) == ["interval 1", "timeout 70", "interval 2"] and errors == []


def test_custom_error_handler_keeps_running():
    async def body(realm, ev):
        ev.run_macrotask(realm.evaluate, """
            setTimeout(() => { throw new Error('first') }, 1);
            setTimeout(() => console.log('second still runs'), 5);
            Promise.reject(7);
            queueMicrotask(() => { throw new TypeError('micro') });
        """)
        await ev.run_until_idle()
    ev, lines, errors = run_js(body)
    assert logged(lines) == ["second still runs"]
    assert [k for k, _ in errors] == ["uncaught", "unhandled-rejection", "uncaught"]
    assert errors[1][1] == 7.0 and ev.exit_code == 0


def test_track_keeps_loop_alive_and_settles_promises():
    async def body(realm, ev):
        resolve = ev.run_macrotask(realm.evaluate, """
            let resolve;
            new Promise(r => { resolve = r }).then(v => console.log('got', v));
            resolve
        """)

        async def host_io():
            await asyncio.sleep(0.01)
            ev.run_macrotask(resolve.call, None, ["data"])
        ev.track(host_io())
        assert ev.pending()
        await ev.run_until_idle()
    _, lines, _ = run_js(body)
    assert logged(lines) == ["got data"]


def test_call_soon_runs_a_macrotask():
    async def body(realm, ev):
        f = realm.evaluate("(x) => console.log('soon', x)")
        ev.call_soon(f.call, None, [1.0])
        await ev.run_until_idle()
    _, lines, _ = run_js(body)
    assert logged(lines) == ["soon 1"]


def test_default_handler_stops_like_node(capsys):
    async def main():
        realm = Realm()
        install_console(realm, lambda level, text: None)
        ev = EventLoop(realm, stderr=messages.append)
        ev.run_macrotask(realm.evaluate, "setTimeout(() => { throw new Error('x') }, 1);"
                                         "setInterval(() => {}, 1)")
        await ev.run_until_idle()
        return ev
    messages = []
    ev = run_deep(asyncio.run, main())
    assert ev.exit_code == 1 and ev.stopped and not ev.pending()
    assert messages[0].startswith("Uncaught Error: x")


def test_budget_terminates_a_timer():
    async def main():
        realm = Realm()
        ev = EventLoop(realm, budget=Budget(max_steps=50_000))
        ev.run_macrotask(realm.evaluate, "setTimeout(() => { for (;;) {} }, 1)")
        await ev.run_until_idle()
    with pytest.raises(Terminated):
        run_deep(asyncio.run, main())


def test_clear_ignores_unknown_ids_and_accepts_strings():
    async def body(realm, ev):
        ev.run_macrotask(realm.evaluate, """
            clearTimeout(undefined); clearTimeout(12345); clearInterval({});
            const id = setTimeout(() => console.log('no'), 1);
            clearTimeout(String(id));
            setTimeout(() => console.log('yes'), 1);
        """)
        await ev.run_until_idle()
    _, lines, errors = run_js(body)
    assert logged(lines) == ["yes"] and errors == []


def test_console_levels_and_groups():
    async def body(realm, ev):
        ev.run_macrotask(realm.evaluate, """
            console.debug('d'); console.info('i'); console.warn('w'); console.error('e');
            console.group('G'); console.log('a\\nb'); console.groupEnd(); console.log('c');
            console.count(); console.count(); console.countReset(); console.count();
            console.assert(1 === 2, 'math', 'works');
            console.trace('here');
            console.dir({ a: { b: { c: {} } } }, { depth: 0 });
        """)
    _, lines, _ = run_js(body)
    assert lines == [("debug", "d"), ("info", "i"), ("warn", "w"), ("error", "e"),
                     ("log", "G"), ("log", "  a\n  b"), ("log", "c"),
                     ("log", "default: 1"), ("log", "default: 2"), ("log", "default: 1"),
                     ("warn", "Assertion failed: math works"), ("error", "Trace: here"),
                     ("log", "{ a: [Object] }")]


def test_console_table():
    async def body(realm, ev):
        ev.run_macrotask(realm.evaluate, "console.table([{ a: 1, b: 'xy' }, { a: 22, c: true }])")
    _, lines, _ = run_js(body)
    assert logged(lines) == ["\n".join([
        "┌─────────┬────┬──────┬──────┐",
        "│ (index) │ a  │ b    │ c    │",
        "├─────────┼────┼──────┼──────┤",
        "│ 0       │ 1  │ 'xy' │      │",
        "│ 1       │ 22 │      │ true │",
        "└─────────┴────┴──────┴──────┘"])]


def test_format_time():
    assert format_time(0.0542) == "0.054ms"
    assert format_time(12.0) == "12ms"
    assert format_time(2500.0) == "2.500s"
    assert format_time(62_003.0) == "1:02.003 (m:ss.mmm)"
    assert format_time(3_723_004.0) == "1:02:03.004 (h:mm:ss.mmm)"
