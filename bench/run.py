"""Engine benchmarks: pyjs time / CPython time for each program, and the geometric mean.

usage: python3 bench/run.py [-n REPS] [--no-startup] [--dir DIR] [NAME ...]

Each benchmark is a JS program in bench/programs/NAME.js with a faithful Python twin NAME.py;
both leave their answer in a global ``result``, which must agree.  Both run in this process:
the JS program is compiled once (parsing and compiling are not timed) and run in a fresh realm
per repetition; the Python twin is compiled once and exec'd in a fresh namespace.  The two
alternate, repetition by repetition, and their medians are compared.  Times are the CPU time
of the thread that runs the program (``time.thread_time``); other processes still slow it
(shared caches, a sibling hyper-thread), which alternating spreads over both sides.

Unless ``--no-startup`` (or benchmark names, or ``--dir``) is given, the start-up and
memory figures of ``bench/startup.py`` follow, each printed next to its target.

``--dir bench/survey`` runs the survey instead: more classic programs with twins, kept
out of the suite's figures, a stand-in for programs the engine was not tuned on.
"""
import argparse
import gc
import math
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def js_runner(source, name):
    """A function that runs the JS program once in a fresh realm: (thread seconds, result)."""
    from pyjs import Realm
    from pyjs.interp.deep import run_deep
    compiled = Realm().compile_script(source, name + ".js")

    def run():
        realm = Realm()

        def go():
            t0 = time.thread_time()
            realm.run_script(compiled)
            realm.run_jobs()
            return time.thread_time() - t0
        t = run_deep(go)
        g = realm.global_object
        return t, g.get("result", g)
    return run


def py_runner(source, name):
    """A function that runs the Python twin once in a fresh namespace: (thread seconds, result)."""
    code = compile(source, name + ".py", "exec")

    def run():
        ns = {"__name__": "__bench__"}
        t0 = time.thread_time()
        exec(code, ns)
        return time.thread_time() - t0, ns.get("result")
    return run


def time_pair(js, py, name, reps):
    """Median thread times of both programs over ``reps`` repetitions, run alternately
    (JS, Python, JS, ...) so that a machine whose speed drifts (other load, a sibling
    hyper-thread) slows both sides alike.  Each run starts on a collected heap: the
    cyclic garbage one side leaves (a realm is full of cycles) would otherwise be
    collected, and paid for, by whichever run next reaches the collector's threshold."""
    run_js, run_py = js_runner(js, name), py_runner(py, name)
    tj, tp = [], []
    rj = rp = None
    for _ in range(reps):
        gc.collect()
        t, rj = run_js()
        tj.append(t)
        gc.collect()
        t, rp = run_py()
        tp.append(t)
    return statistics.median(tj), rj, statistics.median(tp), rp


def same_result(rj, rp):
    """Whether the two programs agree: equal Strings, or Numbers equal as floats."""
    if isinstance(rp, str) or isinstance(rj, str):
        return rj == rp
    return rp is not None and rj is not None and float(rj) == float(rp)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--reps", type=int, default=3)
    ap.add_argument("--no-startup", action="store_true",
                    help="skip the start-up and memory figures (bench/startup.py)")
    ap.add_argument("--dir", default=PROGRAMS, help="folder of NAME.js + NAME.py pairs (default: bench/programs)")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    folder = args.dir
    names = args.names or sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".js"))
    ratios = []
    print(f"{'benchmark':<12} {'pyjs s':>9} {'python s':>9} {'ratio':>7}")
    for name in names:
        with open(os.path.join(folder, name + ".js"), encoding="utf-8") as f:
            js = f.read()
        with open(os.path.join(folder, name + ".py"), encoding="utf-8") as f:
            py = f.read()
        try:
            tj, rj, tp, rp = time_pair(js, py, name, args.reps)
        except Exception as e:  # report and keep going: one broken program must not hide the rest
            print(f"{name:<12} failed: {e}")
            continue
        ok = same_result(rj, rp)
        ratio = tj / tp
        ratios.append(ratio)
        flag = "" if ok else f"  MISMATCH js={rj!r} py={rp!r}"
        print(f"{name:<12} {tj:9.3f} {tp:9.3f} {ratio:7.1f}x{flag}")
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean: {gm:.1f}x over {len(ratios)} benchmarks")
    print(f"python {sys.version.split()[0]} on {os.uname().machine}, {os.cpu_count()} cores")
    if not args.no_startup and not args.names and folder == PROGRAMS:
        print()
        sys.path.insert(0, HERE)
        import startup
        startup.main(["-n", str(max(3, args.reps))])


if __name__ == "__main__":
    main()
