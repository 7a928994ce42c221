"""Start-up and memory figures of issue 5 (parts 4 and 5), each next to its target.

usage: python3 bench/startup.py [-n REPS]

Every timing runs in fresh subprocesses (a process's first realm pays for imports
that later ones do not, so both are measured) and reports the median of the
repetitions.  Figures:

* ``import pyjs.interp.realm``, the first ``Realm()`` of a process, a later ``Realm()``;
* ``pyjs -e '1'`` whole-process wall time (the console script next to this Python,
  not a version-manager shim), next to bare ``python3 -c pass`` on the same machine;
* a 300 KB worker bundle (``bench/bundle_gen.py``) ready to serve: import, realm,
  Web APIs, load (parse cache warm), link and evaluate, until the default export
  is in hand, as ``hostedat`` does for each isolate;
* memory (tracemalloc): a fresh realm, an empty JS object, an array of 1e6 numbers
  against a Python list of the same floats.

The packages' bytecode is compiled first (``compileall``), as any installed package's
is: with ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__``, every start compiles
every module from source, which costs more than everything measured here.

Run it with a virtualenv's interpreter (the package installed as the README says): an
interpreter whose ``site`` runs ``.pth`` files that import modules (an import hook, a
certificate injector) adds them to every start, ``python3 -c pass`` included, and hides
them from the figures above, since a module already imported costs pyjs nothing.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

REALM_TIMES = r"""
import time, json
t0 = time.perf_counter()
import pyjs.interp.realm
t1 = time.perf_counter()
from pyjs import Realm
Realm()
t2 = time.perf_counter()
later = []
for _ in range(5):
    t = time.perf_counter(); Realm(); later.append(time.perf_counter() - t)
later.sort()
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "later": later[2]}))
"""

BUNDLE = r"""
import time, json, sys, asyncio
t0 = time.perf_counter()
from pyjs import Realm
from pyjs.webapi.install import install_web_apis
realm = Realm()
install_web_apis(realm)
ns = realm.import_module(sys.argv[1])
handler = ns.get("default", ns)
assert handler.get("fetch", handler) is not None
print(json.dumps({"ready": time.perf_counter() - t0}))
"""

MEMORY = r"""
import gc, json, sys, tracemalloc
from pyjs import Realm
Realm()                                   # module-level tables and caches are not per realm
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
realm = Realm()
realm_bytes = tracemalloc.get_traced_memory()[0] - base
tracemalloc.stop()

N = 100_000
realm.evaluate("var keep = []; for (var i = 0; i < %d; i++) keep.push(null);" % N)
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
realm.evaluate("for (var i = 0; i < %d; i++) keep[i] = {};" % N)
obj_bytes = (tracemalloc.get_traced_memory()[0] - base) / N
tracemalloc.stop()
realm.evaluate("keep = null")

M = 1_000_000
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
realm.evaluate("var nums = []; for (var i = 0; i < %d; i++) nums.push(i * 1.5);" % M)
js_bytes = tracemalloc.get_traced_memory()[0] - base
tracemalloc.stop()
realm.evaluate("nums = null")
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
nums = []
for i in range(M):
    nums.append(i * 1.5)
py_bytes = tracemalloc.get_traced_memory()[0] - base
tracemalloc.stop()
print(json.dumps({"realm": realm_bytes, "object": obj_bytes, "array": js_bytes,
                  "pylist": py_bytes}))
"""


def run_json(args, env=None):
    out = subprocess.run(args, capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def wall(args):
    import time
    t = time.perf_counter()
    subprocess.run(args, capture_output=True, check=True)
    return time.perf_counter() - t


def pyjs_command():
    """The installed console script beside this interpreter (shims add their own start-up)."""
    script = os.path.join(os.path.dirname(sys.executable), "pyjs")
    if os.path.exists(script):
        return [script]
    return [sys.executable, "-c", "import sys; from pyjs.cli import main; sys.exit(main())"]


def line(label, value, target, unit, fmt="{:.1f}"):
    ok = "ok " if value <= target else "OVER"
    print(f"  {label:<44} {fmt.format(value):>9} {unit:<3} (target <= {fmt.format(target)} {unit}) {ok}")
    return value <= target


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--reps", type=int, default=5)
    args = ap.parse_args(argv)
    n = max(1, args.reps)
    import compileall
    import pyjs
    import hostedat
    for pkg in (pyjs, hostedat):
        compileall.compile_dir(os.path.dirname(pkg.__file__), quiet=1)
    med = statistics.median
    results = []

    runs = [run_json([sys.executable, "-c", REALM_TIMES]) for _ in range(n)]
    print("Start-up (medians of %d fresh processes)" % n)
    print(f"  {'import pyjs.interp.realm':<44} {med(r['import'] for r in runs) * 1000:>9.1f} ms")
    results.append(line("first Realm() in a process", med(r["first"] for r in runs) * 1000, 15, "ms"))
    results.append(line("a later Realm()", med(r["later"] for r in runs) * 1000, 15, "ms"))

    py = med(wall([sys.executable, "-c", "pass"]) for _ in range(n))
    cmd = pyjs_command() + ["-e", "1"]
    wall(cmd)
    results.append(line("pyjs -e '1' wall time", med(wall(cmd) for _ in range(n)), 0.15, "s", "{:.3f}"))
    print(f"  {'  (python3 -c pass on this machine)':<44} {py:>9.3f} s")

    sys.path.insert(0, HERE)
    from bundle_gen import generate
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "_worker.js")
        with open(path, "w") as f:
            f.write(generate())
        env = dict(os.environ, PYJS_CACHE_DIR=os.path.join(tmp, "cache"))
        cold = run_json([sys.executable, "-c", BUNDLE, path], env)["ready"]
        warm = med(run_json([sys.executable, "-c", BUNDLE, path], env)["ready"] for _ in range(n))
    print(f"  {'300 KB bundle ready, first run (cold cache)':<44} {cold:>9.3f} s")
    results.append(line("300 KB bundle ready to serve (cache warm)", warm, 0.15, "s", "{:.3f}"))

    mem = run_json([sys.executable, "-c", MEMORY])
    print("Memory (tracemalloc)")
    results.append(line("fresh realm", mem["realm"] / 1e6, 5, "MB", "{:.2f}"))
    results.append(line("empty JS object", mem["object"], 300, "B", "{:.0f}"))
    ratio = mem["array"] / mem["pylist"]
    results.append(line("array of 1e6 numbers / Python list of floats", ratio, 2.5, "x", "{:.2f}"))
    print(f"  {'  (JS array, Python list)':<44} {mem['array'] / 1e6:>6.1f} MB, {mem['pylist'] / 1e6:.1f} MB")
    print(f"{sum(results)}/{len(results)} start-up and memory targets met")
    return results


if __name__ == "__main__":
    main()
