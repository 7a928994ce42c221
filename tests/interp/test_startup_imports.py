"""Start-up stays free of standard modules that cost milliseconds to import and that
the first realm, a one-liner or a warm start of a cached module do not need (issue 5's
start-up figures: each of these is 2-7 ms).  Each check runs in a fresh interpreter and
counts only what pyjs imported, whatever the interpreter's own start imported before."""
import json
import os
import subprocess
import sys

HEAVY = ("typing", "urllib.parse", "pathlib", "shutil", "tempfile")

PRELUDE = f"""
import json, sys
HEAVY = {HEAVY!r}
before = set(sys.modules)
def report():
    print(json.dumps(sorted(m for m in HEAVY if m in sys.modules and m not in before)))
"""


def run(body, env=None):
    out = subprocess.run([sys.executable, "-c", PRELUDE + body], capture_output=True, text=True,
                         check=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_first_realm():
    assert run("from pyjs import Realm\nRealm()\nreport()") == []


def test_cli_one_liner():
    # parsing imports esprima, whose validator imports typing: that one is not ours
    assert run("from pyjs.cli import main\nassert main(['-e', '1 + 1']) == 0\nreport()") in ([], ["typing"])


def test_warm_module_load_from_the_parse_cache(tmp_path):
    src = tmp_path / "big.mjs"
    src.write_text("export const xs = [];\n" + "".join(
        f"function f{i}(a) {{ return a + {i}; }}\nxs.push(f{i}(1));\n" for i in range(400)))
    env = dict(os.environ, PYJS_CACHE_DIR=str(tmp_path / "cache"))
    load = f"from pyjs import Realm\nns = Realm().import_module({str(src)!r})\nassert ns.get('xs', ns).length == 400\n"
    run(load + "report()", env)         # cold: parsed, and the tree stored
    assert os.listdir(tmp_path / "cache")
    assert run(load + "report()", env) == []
    # nor the RegExp engine, for a source without a RegExp literal
    assert run(load + "print(json.dumps('pyjs.regexp' in sys.modules))", env) is False
