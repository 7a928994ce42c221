"""Small real-world programs run by the ``pyjs`` command, compared byte for byte with Node.

Each ``tests/programs/NAME.js`` (classic script) or ``NAME.mjs`` (ES module) has
``NAME.out``, the stdout Node printed for it, and ``NAME.code`` when Node exited
with a non-zero code (an uncaught error).  stdout and the exit code must match
exactly; stderr is not compared, since Node prints uncaught errors with its own
stack frames and source excerpts.

The expected files are Node's output, committed (the test does not need Node):
regenerate them with ``python3 tests/programs/regen.py [NAME.js ...]``.

The programs avoid what cannot match by design: stack traces (``err.stack``,
``console.log(err)`` prints frames), the current time and timezone, randomness.
"""
import os
import pathlib
import subprocess
import sys

import pytest

PROGRAMS = pathlib.Path(__file__).resolve().parent / "programs"
CASES = sorted(p.name for p in PROGRAMS.iterdir() if p.suffix in (".js", ".mjs"))


@pytest.mark.parametrize("tier", ["codegen", "eager", "closure"])
@pytest.mark.parametrize("name", CASES)
def test_program_matches_node(name, tier):
    """Every choice of execution tiers (PYJS_TIER) must print what Node prints."""
    path = PROGRAMS / name
    expected = path.with_suffix(".out").read_bytes()
    code_file = path.with_suffix(".code")
    expected_code = int(code_file.read_text()) if code_file.exists() else 0
    env = dict(os.environ, NO_COLOR="1", PYJS_TIER=tier)
    r = subprocess.run([sys.executable, "-m", "pyjs.cli", name], cwd=PROGRAMS, env=env,
                       capture_output=True, timeout=300)
    assert r.stdout.decode("utf-8", "replace") == expected.decode("utf-8", "replace"), \
        r.stderr.decode("utf-8", "replace")[-2000:]
    assert r.stdout == expected
    assert r.returncode == expected_code, r.stderr.decode("utf-8", "replace")[-2000:]
