"""Regressions found by comparing pyjs with Node on tests/programs (see test_node_programs.py),
for behaviour those programs do not pin down on their own."""
import os
import subprocess
import sys

from pyjs import Realm


def run(code, *args):
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "pyjs.cli", "-e", code, *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120, env=env)


def test_private_names_are_not_own_keys():
    # a PrivateName is stored beside the properties; it must never surface as a key
    r = Realm()
    assert r.evaluate("class A extends Array { #a = 1; static #s = 2; b = 2 }"
                      "const a = new A(); JSON.stringify([Reflect.ownKeys(a), {...a},"
                      " Object.assign({}, a), Reflect.ownKeys(A)])") == \
        '[["length","b"],{"b":2},{"b":2},["length","name","prototype"]]'


def test_strict_assignment_failure_messages_are_v8s():
    r = Realm()
    src = """'use strict'; const out = [];
      const t = (f) => { try { f(); } catch (e) { out.push(e.message); } };
      const o = Object.freeze({ v: 1 });
      t(() => { o.v = 2; }); t(() => { o.w = 2; });
      t(() => { Object.defineProperty({}, 'g', { get() {} }).g = 1; });
      t(() => { Object.freeze([1])[0] = 2; }); t(() => Object.freeze([1]).push(3));
      t(() => { new Proxy({}, { set() { return false; } }).q = 1; });
      out.join('|')"""
    assert r.evaluate(src).split("|") == [
        "Cannot assign to read only property 'v' of object '#<Object>'",
        "Cannot add property w, object is not extensible",
        "Cannot set property g of #<Object> which has only a getter",
        "Cannot assign to read only property '0' of object '[object Array]'",
        "Cannot add property 1, object is not extensible",
        "'set' on proxy: trap returned falsish for property 'q'",
    ]


def test_timer_delays_count_from_the_task_start():
    # The script works long enough (in pyjs) to pass the first timer's due time before it
    # schedules the second; a fast engine would still run the 50 ms timer first.
    r = run("setTimeout(() => console.log('100'), 100);"
            "let s = 0; for (let i = 0; i < 300000; i++) s += i;"
            "setTimeout(() => console.log('50'), 50);"
            "setTimeout(() => { console.log('10'); let t = 0; for (let i = 0; i < 300000; i++) t += i;"
            "  setTimeout(() => console.log('10+20'), 20); }, 10);")
    assert (r.returncode, r.stdout) == (0, "10\n10+20\n50\n100\n")


def test_process_basics(tmp_path):
    script = tmp_path / "p.js"
    script.write_text("process.stdout.write('a'); process.stdout.write('b\\n');"
                      "Promise.resolve().then(() => console.log('promise'));"
                      "process.nextTick(() => console.log('tick'));"
                      "process.on('exit', (c) => console.log('exit', c));"
                      "console.log(process.argv.slice(2)); process.exitCode = 5;")
    r = subprocess.run([sys.executable, "-m", "pyjs.cli", str(script), "x", "--y"],
                       capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert (r.returncode, r.stdout) == (5, "ab\n[ 'x', '--y' ]\ntick\npromise\nexit 5\n")


def test_process_exit_stops_everything():
    r = run("setTimeout(() => console.log('timer'), 0); Promise.resolve().then(() => console.log('job'));"
            "try { process.exit(3); } finally { console.log('finally'); }")
    assert (r.returncode, r.stdout) == (3, "")


def test_web_api_globals_are_lazy_and_node_like():
    r = run("console.log(typeof URL, new URL('https://a.b/c?d=1').searchParams.get('d'),"
            " btoa('hi'), structuredClone([1]), typeof navigator, typeof addEventListener,"
            " Object.getPrototypeOf(globalThis) === Object.prototype)")
    assert r.stdout == "function 1 aGk= [ 1 ] undefined undefined true\n"
    r = run("URL = 5; console.log(URL, typeof TextEncoder, URL)")
    assert r.stdout == "5 function 5\n"
