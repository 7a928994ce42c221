"""The ``pyjs`` command, run as a subprocess (``python -m pyjs.cli``) like a user would."""
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pytest

PYJS = [sys.executable, "-m", "pyjs.cli"]


def run(*args, stdin=None, cwd=None, timeout=60):
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run(PYJS + list(args), input=stdin, capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=timeout, env=env)


def write(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def test_acceptance_example():
    r = run("-e", 'console.log([1,2,3].map(x => x ** 2).join(), 0.1 + 0.2, "😀".length)')
    assert (r.returncode, r.stdout, r.stderr) == (0, "1,4,9 0.30000000000000004 2\n", "")


def test_script_file_and_streams(tmp_path):
    f = write(tmp_path / "a.js", """\
        console.log('out', { a: [1, 'x'] });
        console.error('err %d', 5);
        console.info('😀');
    """)
    r = run(f)
    assert r.returncode == 0
    assert r.stdout == "out { a: [ 1, 'x' ] }\n😀\n"
    assert r.stderr == "err 5\n"


def test_module_file_imports_sibling(tmp_path):
    write(tmp_path / "lib.mjs", """\
        export const sq = x => x * x;
        export default function greet(n) { return `hi ${n}`; }
    """)
    f = write(tmp_path / "main.mjs", """\
        import greet, { sq } from './lib.mjs';
        console.log(greet('bob'), sq(7));
        await new Promise(r => setTimeout(r, 5));
        console.log('after await');
    """)
    r = run(f)
    assert (r.returncode, r.stdout, r.stderr) == (0, "hi bob 49\nafter await\n", "")


def test_module_flag_with_eval(tmp_path):
    write(tmp_path / "lib.mjs", "export const x = 42;\n")
    r = run("--module", "-e", "import { x } from './lib.mjs'; console.log(x)", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (0, "42\n")


def test_uncaught_error_exit_1_with_stack(tmp_path):
    f = write(tmp_path / "boom.js", """\
        function f() { null.x }
        f()
    """)
    r = run(f)
    assert r.returncode == 1 and r.stdout == ""
    lines = r.stderr.splitlines()
    assert lines[0] == "Uncaught TypeError: Cannot read properties of null (reading 'x')"
    assert lines[1].startswith("    at ") and "boom.js:" in r.stderr


def test_uncaught_non_error_value():
    r = run("-e", "throw { code: 42 }")
    assert (r.returncode, r.stderr) == (1, "Uncaught { code: 42 }\n")


def test_uncaught_error_with_extra_properties():
    r = run("-e", "const e = new RangeError('bad'); e.code = 'E1'; throw e")
    assert r.returncode == 1
    assert r.stderr.startswith("Uncaught RangeError: bad\n    at ")
    assert r.stderr.endswith("{\n  code: 'E1'\n}\n")


def test_syntax_error_exit_2_with_caret():
    r = run("-e", "let x = ;")
    assert r.returncode == 2
    assert r.stderr.startswith("[eval]:1\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token")
    assert r.stderr.rstrip().endswith("at [eval]:1:9")


def test_syntax_error_in_imported_module(tmp_path):
    bad = write(tmp_path / "bad.mjs", "export const a = 1;\nlet = = 2;\n")
    f = write(tmp_path / "main.mjs", "import './bad.mjs';\n")
    r = run(f)
    assert r.returncode == 2
    assert r.stderr.startswith(f"{bad}:2\nlet = = 2;\n")


def test_runtime_syntax_error_is_exit_1():
    r = run("-e", "JSON.parse('{')")
    assert r.returncode == 1 and r.stderr.startswith("Uncaught SyntaxError")


def test_event_loop_ordering():
    r = run("-e", textwrap.dedent("""\
        setTimeout(() => console.log('timeout 10'), 10);
        setTimeout(() => {
          console.log('timeout 0');
          Promise.resolve().then(() => console.log('micro in timeout'));
        }, 0);
        setTimeout(() => console.log('timeout 0 again'), 0);
        queueMicrotask(() => console.log('queueMicrotask'));
        Promise.resolve().then(() => console.log('promise'));
        (async () => { await null; console.log('await') })();
        console.log('sync');
    """))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["sync", "queueMicrotask", "promise", "await", "timeout 0",
                                     "micro in timeout", "timeout 0 again", "timeout 10"]


def test_set_interval_and_clear_interval():
    r = run("-e", textwrap.dedent("""\
        let n = 0;
        const id = setInterval((a, b) => {
          console.log('tick', ++n, a + b);
          if (n === 3) clearInterval(id);
        }, 2, 'x', 'y');
        const never = setTimeout(() => console.log('never'), 1);
        clearTimeout(never);
        console.log(typeof id);
    """))
    assert (r.returncode, r.stdout) == (0, "number\ntick 1 xy\ntick 2 xy\ntick 3 xy\n")


def test_error_in_timer_stops_the_program():
    r = run("-e", "setTimeout(() => { throw new Error('in timer') }, 1);"
                  "setTimeout(() => console.log('never'), 20)")
    assert (r.returncode, r.stdout) == (1, "")
    assert r.stderr.startswith("Uncaught Error: in timer")


def test_string_callback_is_a_type_error():
    r = run("-e", "setTimeout('console.log(1)', 1)")
    assert r.returncode == 1
    assert 'TypeError: The "callback" argument must be of type function' in r.stderr
    assert "ERR_INVALID_ARG_TYPE" in r.stderr


def test_unhandled_rejection_exit_1():
    r = run("-e", "Promise.reject(new Error('nobody catches'));"
                  "setTimeout(() => console.log('never'), 10)")
    assert (r.returncode, r.stdout) == (1, "")
    assert r.stderr.startswith("Uncaught (in promise) Error: nobody catches")


def test_rejection_handled_in_same_tick_is_fine():
    r = run("-e", "const p = Promise.reject(1); Promise.resolve().then(() => p.catch(() =>"
                  " console.log('caught')))")
    assert (r.returncode, r.stdout, r.stderr) == (0, "caught\n", "")


def test_async_function_rejection_exit_1():
    r = run("-e", "(async () => { await null; throw new TypeError('late') })()")
    assert r.returncode == 1 and r.stderr.startswith("Uncaught (in promise) TypeError: late")


def test_unsettled_top_level_await(tmp_path):
    f = write(tmp_path / "hang.mjs", "await new Promise(() => {});\n")
    r = run(f)
    assert r.returncode == 13 and "unsettled top-level await" in r.stderr


def test_budget_ms():
    started = time.monotonic()
    r = run("--budget-ms", "300", "-e", "while (true) {}")
    assert r.returncode == 124 and "timed out" in r.stderr
    r2 = run("--budget-ms", "300", "-e", "setTimeout(() => {}, 60000)")
    assert r2.returncode == 124
    assert time.monotonic() - started < 40


def test_print_flag():
    r = run("-p", "[1, 2].concat({ a: 'x' })")
    assert (r.returncode, r.stdout) == (0, "[ 1, 2, { a: 'x' } ]\n")


def test_script_from_stdin():
    r = run(stdin="console.log(6 * 7)\n")
    assert (r.returncode, r.stdout) == (0, "42\n")


def test_repl_session():
    session = textwrap.dedent("""\
        1 + 1
        let o = { a: [1, 2] }
        o
        function f() {
          return 'multi'
        }
        f()
        {a: 1}
        null.y
        'still alive'
        .exit
        'not evaluated'
    """)
    r = run("-i", stdin=session)
    assert r.returncode == 0
    results = [s.strip() for s in r.stdout.replace("... ", "").split("> ") if s.strip()]
    assert results == ["2", "undefined", "{ a: [ 1, 2 ] }", "undefined", "'multi'", "{ a: 1 }",
                       "'still alive'"]
    assert "Uncaught TypeError: Cannot read properties of null (reading 'y')" in r.stderr


def test_version_and_help():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("pyjs ")
    r = run("--help")
    assert r.returncode == 0 and "--budget-ms" in r.stdout


def test_missing_file():
    r = run("no-such-file.js")
    assert r.returncode == 1 and "cannot read no-such-file.js" in r.stderr


def test_internal_error_exit_70_without_traceback():
    code = textwrap.dedent("""\
        import sys, pyjs.cli as cli
        def broken(*args):
            raise RuntimeError('synthetic failure')
        cli.run_program = broken
        sys.exit(cli.main(['-e', '1']))
    """)
    env = {k: v for k, v in os.environ.items() if k != "PYJS_TRACEBACK"}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                       env=env)
    assert r.returncode == 70
    assert r.stderr == "pyjs: internal error: RuntimeError: synthetic failure\n"


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")
def test_ctrl_c_exits_130():
    # as a terminal's foreground job: a run started in the background inherits an
    # ignored SIGINT, which Python (rightly) keeps ignoring
    p = subprocess.Popen(PYJS + ["-e", "console.log('started'); while (true) {}"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert p.stdout.readline() == "started\n"
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=30)
    assert p.returncode == 130 and "interrupted" in err


@pytest.mark.skipif(shutil.which("pyjs") is None, reason="console script not installed")
def test_console_script():
    r = subprocess.run(["pyjs", "-e", "console.log('ok')"], capture_output=True, text=True,
                       timeout=60)
    assert (r.returncode, r.stdout) == (0, "ok\n")
