"""``python -m test262_subset``: run test262 on pyjs and keep the pass-list ratchet.

Usage::

    python -m test262_subset                       # the whole test/ tree
    python -m test262_subset built-ins/Array test/language/expressions/class
    python -m test262_subset 'built-ins/String/**/at*.js' -v
    python -m test262_subset --check               # fail on any regression (CI)
    python -m test262_subset --update              # rewrite expected_pass.txt
    python -m test262_subset --summary --depth 3   # pass/total per folder
    python -m test262_subset --json report.json --top-failures 20 --slowest 20

Selection arguments are files, folders or glob patterns, relative to the
current directory, to the test262 root or to its ``test/`` folder (absolute
paths work too).  Files named ``*_FIXTURE*`` are never tests.

The expectation file ``expected_pass.txt`` (next to this module) lists every
test that passes, one path per line relative to the test262 root, sorted.
``--check`` fails (exit 1) when a listed test in the selection does not pass;
new passes are reported but do not fail.  ``--update`` rewrites the file from
the run: wholesale when the run covered the default selection, else merged
(new passes added, failures dropped, only within the selected tests).

The last line printed is always ``test262: N passed, N failed, N skipped``.
"""
import argparse
import collections
import fnmatch
import glob
import json
import os
import re
import signal
import sys
import time

PKG_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(PKG_DIR)
DEFAULT_ROOT = os.path.normpath(os.path.join(REPO_DIR, "..", "shared", "test262"))
EXPECTED_FILE = os.path.join(PKG_DIR, "expected_pass.txt")


def build_parser():
    p = argparse.ArgumentParser(prog="python -m test262_subset",
                                description="Run the test262 subset on pyjs.")
    p.add_argument("paths", nargs="*", help="test files, folders or globs (default: all of test/)")
    p.add_argument("--root", default=None,
                   help=f"test262 checkout (default: {DEFAULT_ROOT}, i.e. <repo>/../shared/test262)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes (default: CPU count)")
    p.add_argument("--timeout", type=float, default=10.0,
                   help="CPU seconds per test, all modes together (default 10)")
    p.add_argument("--json", metavar="FILE", help="write a JSON report of every test")
    p.add_argument("--update", action="store_true", help="record the passing tests in the expectation file")
    p.add_argument("--check", action="store_true",
                   help="exit 1 when a test listed in the expectation file does not pass")
    p.add_argument("--expected", default=EXPECTED_FILE, help=argparse.SUPPRESS)
    p.add_argument("--expected-only", action="store_true",
                   help="run only the selected tests listed in the expectation file (a fast --check; "
                        "new passes are not seen)")
    p.add_argument("--summary", action="store_true", help="pass/total per folder at --depth")
    p.add_argument("--depth", type=int, default=3,
                   help="folder depth for --summary, counted from the root (test/built-ins/Array = 3)")
    p.add_argument("--top-failures", type=int, default=0, metavar="N",
                   help="print the N most common failure messages")
    p.add_argument("--slowest", type=int, default=0, metavar="N", help="print the N slowest tests")
    p.add_argument("-v", "--verbose", action="store_true", help="print every failing test")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    p.add_argument("--tier", choices=("codegen", "eager", "closure"), default=None,
                   help="execution tiers: the code generator for loops and functions called "
                        "again (default), the code generator for every function (eager), or the "
                        "closure compiler alone (sets PYJS_TIER for the workers)")
    p.add_argument("--mem-limit", type=float, default=4.0, metavar="GIB",
                   help="address-space limit per worker in GiB (default 4; 0 = none)")
    return p


# -- selection -----------------------------------------------------------------------------

def is_test_file(name):
    return name.endswith(".js") and "_FIXTURE" not in name


def walk_tests(directory):
    out = []
    for dp, dns, fns in os.walk(directory):
        dns.sort()
        for f in fns:
            if is_test_file(f):
                out.append(os.path.join(dp, f))
    return out


def _rel(root, path):
    return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")


def select_tests(root, patterns):
    """Sorted test paths relative to ``root``; also returns patterns that matched nothing."""
    test_dir = os.path.join(root, "test")
    if not patterns:
        return sorted(_rel(root, p) for p in walk_tests(test_dir)), []
    chosen, unmatched = set(), []
    for pat in patterns:
        found = []
        bases = [""] if os.path.isabs(pat) else [os.getcwd(), root, test_dir]
        for base in bases:
            cand = os.path.join(base, pat) if base else pat
            if glob.has_magic(pat):
                hits = glob.glob(cand, recursive=True)
            else:
                hits = [cand] if os.path.exists(cand) else []
            for h in hits:
                if os.path.isdir(h):
                    found.extend(walk_tests(h))
                elif is_test_file(os.path.basename(h)):
                    found.append(h)
            if found:
                break
        inside = [f for f in found if _rel(root, f).startswith("test/")]
        if not inside:
            unmatched.append(pat)
        chosen.update(_rel(root, f) for f in inside)
    return sorted(chosen), unmatched


# -- expectation file ---------------------------------------------------------------------

RATCHET_CPU_FRACTION = 0.4


def read_expected(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return {ln.strip() for ln in f if ln.strip() and not ln.startswith("#")}


def write_expected(path, tests):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for t in sorted(tests):
            f.write(t + "\n")
    os.replace(tmp, path)


# -- reporting ------------------------------------------------------------------------------

def folder_of(rel, depth):
    parts = rel.split("/")
    return "/".join(parts[:min(depth, len(parts) - 1)])


def folder_table(results, depth):
    """Rows (folder, passed, failed, skipped) in folder order."""
    agg = collections.OrderedDict()
    for r in sorted(results, key=lambda r: r["path"]):
        k = folder_of(r["path"], depth)
        row = agg.setdefault(k, [0, 0, 0])
        row[{"pass": 0, "fail": 1, "skip": 2}[r["status"]]] += 1
    return [(k, *v) for k, v in agg.items()]


def print_table(rows, out, title):
    print(title, file=out)
    width = max([len(r[0]) for r in rows] + [10])
    print(f"  {'folder':<{width}}  {'pass':>6} / {'run':>6}  {'%':>6}  {'skip':>5}", file=out)
    tp = tr = ts = 0
    for folder, p, f, s in rows:
        run = p + f
        pct = f"{100.0 * p / run:5.1f}%" if run else "    -"
        print(f"  {folder:<{width}}  {p:>6} / {run:>6}  {pct:>6}  {s:>5}", file=out)
        tp, tr, ts = tp + p, tr + run, ts + s
    pct = f"{100.0 * tp / tr:5.1f}%" if tr else "    -"
    print(f"  {'total':<{width}}  {tp:>6} / {tr:>6}  {pct:>6}  {ts:>5}", file=out)


_NORMALIZE = [
    (re.compile(r"\s+"), " "),
]


def failure_key(msg):
    """A failure message reduced for grouping (mode tag removed, truncated)."""
    msg = re.sub(r"^\[(sloppy|strict|module)\] ", "", msg or "")
    msg = msg.split("\n", 1)[0]
    msg = re.sub(r"\s+", " ", msg).strip()
    return msg[:160]


class Progress:
    def __init__(self, total, quiet):
        self.total = total
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.start = time.monotonic()
        self.last = 0.0
        self.n = self.failed = self.skipped = 0

    def update(self, res):
        self.n += 1
        if res["status"] == "fail":
            self.failed += 1
        elif res["status"] == "skip":
            self.skipped += 1
        if self.quiet:
            return
        now = time.monotonic()
        if self.tty:
            if now - self.last >= 0.2 or self.n == self.total:
                self.last = now
                sys.stderr.write(f"\r[{self.n}/{self.total}] {self.failed} failed, "
                                 f"{self.skipped} skipped, {now - self.start:.0f}s ")
                sys.stderr.flush()
        elif self.n % 1000 == 0 or self.n == self.total:
            sys.stderr.write(f"[{self.n}/{self.total}] {self.failed} failed, {self.skipped} skipped, "
                             f"{now - self.start:.0f}s\n")
            sys.stderr.flush()

    def finish(self):
        if not self.quiet and self.tty:
            sys.stderr.write("\n")


# -- main -----------------------------------------------------------------------------------

def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.tier is not None:
        os.environ["PYJS_TIER"] = args.tier
        from pyjs.interp import codegen
        codegen.set_tier(args.tier)
    root = os.path.abspath(args.root or DEFAULT_ROOT)
    out = sys.stdout
    if not os.path.isdir(os.path.join(root, "test")) or not os.path.isdir(os.path.join(root, "harness")):
        print(f"test262 not found at {root} (expected test/ and harness/ there): skipping.", file=out)
        print("test262: 0 passed, 0 failed, 0 skipped", file=out)
        return 0

    tests, unmatched = select_tests(root, args.paths)
    for pat in unmatched:
        print(f"warning: no tests match {pat!r}", file=sys.stderr)
    if args.paths and not tests:
        print("test262: 0 passed, 0 failed, 0 skipped", file=out)
        return 2
    whole = not args.paths
    if args.expected_only:
        exp = read_expected(args.expected) or set()
        tests = [t for t in tests if t in exp]
        if args.update:
            print("--update with --expected-only can only drop tests (it never sees new passes)",
                  file=sys.stderr)
        whole = False

    from .pool import WorkerPool
    t0 = time.monotonic()
    progress = Progress(len(tests), args.quiet)
    results = []
    pool = WorkerPool(args.jobs, root, args.timeout,
                      mem_limit=int(args.mem_limit * (1 << 30)) if args.mem_limit > 0 else 0)
    def on_term(signum, frame):
        raise KeyboardInterrupt
    try:
        prev_term = signal.signal(signal.SIGTERM, on_term)
    except ValueError:          # not the main thread
        prev_term = None
    try:
        for res in pool.run(tests):
            results.append(res)
            progress.update(res)
    except KeyboardInterrupt:
        progress.finish()
        print(f"interrupted after {len(results)} of {len(tests)} tests", file=sys.stderr)
        return 130
    finally:
        if prev_term is not None:
            signal.signal(signal.SIGTERM, prev_term)
    progress.finish()
    elapsed = time.monotonic() - t0
    results.sort(key=lambda r: r["path"])

    passed = [r for r in results if r["status"] == "pass"]
    failed = [r for r in results if r["status"] == "fail"]
    skipped = [r for r in results if r["status"] == "skip"]

    if args.verbose:
        for r in failed:
            print(f"FAIL {r['path']}: {r.get('message', '')[:300]}", file=out)

    print_table(folder_table(results, 2), out, "by top folder:")
    if args.summary:
        print_table(folder_table(results, args.depth), out, f"by folder (depth {args.depth}):")

    crashes = [r for r in failed if r.get("kind") == "crash"]
    timeouts = [r for r in failed if r.get("kind") == "timeout"]
    if crashes:
        groups = collections.OrderedDict()
        for r in crashes:
            groups.setdefault(_crash_key(r.get("message", "")), []).append(r["path"])
        print(f"engine crashes (Python exceptions escaping the engine): {len(crashes)} tests, "
              f"{len(groups)} kinds", file=out)
        for k, paths in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:30]:
            print(f"  {len(paths):>5}  {k}\n         e.g. {paths[0]}", file=out)
    if timeouts:
        print(f"timeouts: {len(timeouts)}", file=out)
        for r in timeouts[:20]:
            print(f"  {r['path']}", file=out)

    if args.top_failures:
        counts = collections.Counter(failure_key(r.get("message", "")) for r in failed)
        print(f"most common failure messages ({len(failed)} failures):", file=out)
        for msg, n in counts.most_common(args.top_failures):
            print(f"  {n:>6}  {msg}", file=out)
    if args.slowest:
        print("slowest tests (by CPU time):", file=out)
        for r in sorted(results, key=lambda r: -r.get("cpu", r.get("time", 0)))[:args.slowest]:
            print(f"  {r.get('time', 0):8.2f}s wall {r.get('cpu', 0):8.2f}s cpu  {r['status']:<4}  "
                  f"{r['path']}", file=out)

    status = 0
    expected = read_expected(args.expected)
    selected = set(tests)
    pass_set = {r["path"] for r in passed}
    if args.check:
        if expected is None:
            print(f"--check: no expectation file at {args.expected} (run with --update)", file=out)
            status = 1
        else:
            exp_here = expected & selected if not whole else expected
            by_path = {r["path"]: r for r in results}
            missing = sorted(t for t in exp_here if t not in by_path)
            regress = sorted(t for t in exp_here if t in by_path and by_path[t]["status"] == "fail")
            now_skipped = sorted(t for t in exp_here if t in by_path and by_path[t]["status"] == "skip")
            new = sorted(pass_set - expected)
            if regress:
                print(f"REGRESSIONS: {len(regress)} expected-pass tests failed:", file=out)
                for t in regress:
                    print(f"  {t}: {by_path[t].get('message', '')[:300]}", file=out)
                status = 1
            if now_skipped:
                print(f"warning: {len(now_skipped)} expected-pass tests are now skipped "
                      f"(e.g. {now_skipped[0]}: {by_path[now_skipped[0]].get('message')})", file=out)
            if missing:
                print(f"warning: {len(missing)} expected-pass tests are not in the test262 tree "
                      f"(e.g. {missing[0]})", file=out)
            if new:
                print(f"new passes: {len(new)} (run with --update to record them)", file=out)
            if not regress:
                print(f"check: all {len(exp_here) - len(missing) - len(now_skipped)} "
                      f"expected-pass tests pass", file=out)
    if args.update:
        # A pass that used most of the CPU budget may time out on a slower CI machine:
        # such tests stay out of the ratchet (they are still run and reported).
        margin = args.timeout * RATCHET_CPU_FRACTION
        slow = {r["path"] for r in passed if r.get("cpu", 0) > margin}
        recorded = pass_set - slow
        if whole or expected is None:
            new_set = recorded
        else:
            new_set = (expected - selected) | recorded
        if slow:
            print(f"not recorded: {len(slow)} passing tests used more than {margin:.1f}s CPU", file=out)
        write_expected(args.expected, new_set)
        old = expected or set()
        print(f"updated {os.path.relpath(args.expected)}: {len(new_set)} tests "
              f"(+{len(new_set - old)}, -{len(old - new_set)})", file=out)

    if args.json:
        report = {
            "root": root, "timeout": args.timeout, "jobs": args.jobs,
            "elapsed": round(elapsed, 2), "cpu": round(sum(r.get("cpu", 0) for r in results), 2),
            "passed": len(passed), "failed": len(failed), "skipped": len(skipped),
            "tests": results,
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=0)

    cpu = sum(r.get("cpu", 0) for r in results)
    print(f"wall time {elapsed:.1f}s, test cpu time {cpu:.1f}s "
          f"({len(results)} tests, {args.jobs} workers)", file=out)
    print(f"test262: {len(passed)} passed, {len(failed)} failed, {len(skipped)} skipped", file=out)
    out.flush()
    return status


def _crash_key(msg):
    """Group crashes by exception type and innermost engine frame."""
    msg = re.sub(r"^\[(sloppy|strict|module)\] ", "", msg)
    m = re.match(r"(\w+(?:Error|Exception)?): .*?\[at ([^\]<]+)", msg)
    if m:
        return f"{m.group(1)} at {m.group(2).strip()}"
    return msg[:120]
