"""The test262 ratchet and unit tests of the runner (package ``test262_subset``).

``test_test262_ratchet`` runs ``python -m test262_subset --check --expected-only``
over the visible subset as one test: every test listed in
``test262_subset/expected_pass.txt`` is run, and the test fails when one of them no
longer passes.  Tests not on the list are not run here: most of the CPU time of a
whole-subset run goes to failing tests that use up their timeout, and newly passing
tests are recorded deliberately (``python -m test262_subset --update``) anyway.  It
is the longest test of the suite (minutes on 2 cores) and is skipped when
``../shared/test262`` is absent.  Set ``PYJS_SKIP_TEST262=1`` to skip it, or
``PYJS_TEST262_FULL=1`` to run the whole subset (and see new passes).
"""
import os
import subprocess
import sys
import textwrap

import pytest

from test262_subset import cli
from test262_subset.frontmatter import parse_frontmatter, parse_yaml, test_meta

ROOT = cli.DEFAULT_ROOT
HAVE_TEST262 = os.path.isdir(os.path.join(ROOT, "test")) and os.path.isdir(os.path.join(ROOT, "harness"))


# -- the ratchet -----------------------------------------------------------------------------

@pytest.mark.skipif(not HAVE_TEST262, reason=f"test262 subset not found at {ROOT}")
@pytest.mark.skipif(bool(os.environ.get("PYJS_SKIP_TEST262")), reason="PYJS_SKIP_TEST262 is set")
def test_test262_ratchet():
    cmd = [sys.executable, "-m", "test262_subset", "--check", "-q"]
    if not os.environ.get("PYJS_TEST262_FULL"):
        cmd.append("--expected-only")
    proc = subprocess.run(
        cmd,
        cwd=cli.REPO_DIR, capture_output=True, text=True, timeout=3600)
    out = proc.stdout
    tail = "\n".join(out.splitlines()[-60:])
    assert proc.returncode == 0, f"test262 regressions (exit {proc.returncode}):\n{tail}\n{proc.stderr[-2000:]}"
    assert out.strip().splitlines()[-1].startswith("test262: ")


# -- frontmatter parser -----------------------------------------------------------------------

def fm(text):
    return parse_frontmatter("/*---\n" + textwrap.dedent(text) + "\n---*/\n")


def test_flow_lists_and_negative():
    m = fm("""
        description: Some test
        includes: [propertyHelper.js, compareArray.js]
        flags: [onlyStrict]
        features: [Symbol, Reflect.construct]
        negative:
          phase: parse
          type: SyntaxError
        """)
    assert m["description"] == "Some test"
    assert m["includes"] == ["propertyHelper.js", "compareArray.js"]
    assert m["flags"] == ["onlyStrict"]
    assert m["features"] == ["Symbol", "Reflect.construct"]
    assert m["negative"] == {"phase": "parse", "type": "SyntaxError"}


def test_block_lists_and_block_scalars():
    m = fm("""
        description: |
            First line
            second line
        info: >
            folded
            text
        includes:
          - a.js
          - b.js
        features:
        - x
        - y
        flags: [async,
          module]
        """)
    assert m["description"] == "First line\nsecond line\n"
    assert m["info"] == "folded text\n"
    assert m["includes"] == ["a.js", "b.js"]
    assert m["features"] == ["x", "y"]
    assert m["flags"] == ["async", "module"]


def test_quoted_and_continued_scalars():
    m = fm("""
        description: "a \\"quoted\\" value: \\n here"
        esid: 'it''s'
        author: plain text
          continued here  # comment
        """)
    assert m["description"] == 'a "quoted" value: \n here'
    assert m["esid"] == "it's"
    assert m["author"] == "plain text continued here"


def test_missing_or_broken_frontmatter():
    assert parse_frontmatter("var x = 1;") == {}
    assert parse_frontmatter("/*---\n: : [\n---*/") == {} or True   # never raises
    meta = test_meta("// nothing")
    assert meta.modes() == ["sloppy", "strict"]
    assert meta.harness_files() == ["assert.js", "sta.js"]
    assert not meta.negative


@pytest.mark.parametrize("flags, modes", [
    ([], ["sloppy", "strict"]),
    (["onlyStrict"], ["strict"]),
    (["noStrict"], ["sloppy"]),
    (["raw"], ["sloppy"]),
    (["module"], ["module"]),
    (["async"], ["sloppy", "strict"]),
    (["generated", "CanBlockIsTrue"], ["sloppy", "strict"]),
])
def test_modes(flags, modes):
    meta = test_meta(f"/*---\nflags: [{', '.join(flags)}]\n---*/")
    assert meta.modes() == modes


def test_harness_files():
    meta = test_meta("/*---\nflags: [async]\nincludes: [asyncHelpers.js, compareArray.js]\n---*/")
    assert meta.harness_files() == ["assert.js", "sta.js", "doneprintHandle.js",
                                    "asyncHelpers.js", "compareArray.js"]
    assert test_meta("/*---\nflags: [raw]\nincludes: [x.js]\n---*/").harness_files() == []


def test_skip_reasons():
    from test262_subset.execute import skip_reason
    assert skip_reason("test/x.js", test_meta("/*---\nfeatures: [Temporal]\n---*/")) == "feature Temporal"
    assert skip_reason("test/x.js", test_meta("/*---\nfeatures: [Intl.Locale]\n---*/")).startswith("feature")
    assert skip_reason("test/intl402/x.js", test_meta("")) is not None
    assert skip_reason("test/x.js", test_meta("/*---\nfeatures: [Symbol]\n---*/")) is None


@pytest.mark.skipif(not HAVE_TEST262, reason="test262 subset not found")
def test_parser_agrees_with_pyyaml_on_a_sample():
    yaml = pytest.importorskip("yaml")
    from test262_subset.frontmatter import extract_frontmatter
    tests, _ = cli.select_tests(ROOT, ["test/language/statements/class/subclass", "test/built-ins/Array/from"])
    assert tests
    for rel in tests:
        with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
            text = extract_frontmatter(f.read())
        if text is None:
            continue
        want, got = yaml.safe_load(text), parse_yaml(text)
        for key in ("includes", "flags", "features", "negative"):
            assert got.get(key) == want.get(key), (rel, key)
        if "description" in want:
            assert " ".join(str(got["description"]).split()) == " ".join(str(want["description"]).split())


# -- running tests (in-process, a handful) -------------------------------------------------------

def _run_source(tmp_path, source, name="t.js"):
    """Run one synthetic test with the real harness, in this process."""
    from pyjs.interp.deep import run_deep
    from test262_subset.execute import Runner
    root = tmp_path / "t262"
    (root / "test").mkdir(parents=True)
    os.symlink(os.path.join(ROOT, "harness"), root / "harness")
    (root / "test" / name).write_text(source, encoding="utf-8")
    r = Runner(str(root), timeout=5)
    return run_deep(r.run, "test/" + name)


@pytest.mark.skipif(not HAVE_TEST262, reason="test262 harness not found")
@pytest.mark.parametrize("source, status", [
    ("assert.sameValue(1 + 1, 2);", "pass"),
    ("assert.sameValue(1 + 1, 3);", "fail"),
    ("/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n$DONOTEVALUATE();\nvar a = ;", "pass"),
    # a runtime SyntaxError does not satisfy a parse-phase negative test
    ("/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\neval('var a = ;');", "fail"),
    ("/*---\nnegative:\n  phase: runtime\n  type: TypeError\n---*/\nnull.x;", "pass"),
    ("/*---\nnegative:\n  phase: runtime\n  type: TypeError\n---*/\nundefinedVariable;", "fail"),
    # strict mode: runs twice, the strict run must throw on assignment to an undeclared name
    ("/*---\nflags: [onlyStrict]\n---*/\nassert.throws(ReferenceError, function() { undeclared = 1; });", "pass"),
    ("/*---\nflags: [noStrict]\n---*/\nundeclared2 = 1;", "pass"),
    ("undeclared3 = 1;", "fail"),
    ("/*---\nflags: [async]\n---*/\nPromise.resolve().then(function() { $DONE(); });", "pass"),
    ("/*---\nflags: [async]\n---*/\nPromise.reject(new Error('x')).then($DONE, $DONE);", "fail"),
    ("/*---\nflags: [async]\n---*/\n// never calls $DONE", "fail"),
    ("/*---\nflags: [raw]\n---*/\nif (typeof assert !== 'undefined') throw 1;", "pass"),
    ("var r = $262.createRealm(); assert.notSameValue(r.global.Array, Array);"
     "assert.sameValue(r.evalScript('1 + 1'), 2);"
     "assert.throws(r.global.SyntaxError, function() { r.evalScript('var'); });", "pass"),
    ("/*---\nfeatures: [Temporal]\n---*/\nthrow 1;", "skip"),
])
def test_verdicts(tmp_path, source, status):
    res = _run_source(tmp_path, source)
    assert res["status"] == status, res


@pytest.mark.skipif(not HAVE_TEST262, reason="test262 harness not found")
def test_infinite_loop_times_out(tmp_path):
    from pyjs.interp.deep import run_deep
    from test262_subset.execute import Runner
    root = tmp_path / "t262"
    (root / "test").mkdir(parents=True)
    os.symlink(os.path.join(ROOT, "harness"), root / "harness")
    (root / "test" / "loop.js").write_text("while (true) {}", encoding="utf-8")
    res = run_deep(Runner(str(root), timeout=0.5).run, "test/loop.js")
    assert res["status"] == "fail" and res["kind"] == "timeout", res


@pytest.mark.skipif(not HAVE_TEST262, reason="test262 harness not found")
def test_cli_on_a_small_tree(tmp_path, capsys):
    root = tmp_path / "t262"
    (root / "test" / "a").mkdir(parents=True)
    os.symlink(os.path.join(ROOT, "harness"), root / "harness")
    (root / "test" / "a" / "ok.js").write_text("assert(true);", encoding="utf-8")
    (root / "test" / "a" / "bad.js").write_text("throw new Test262Error('no');", encoding="utf-8")
    (root / "test" / "a" / "dep_FIXTURE.js").write_text("export default 1;", encoding="utf-8")
    (root / "test" / "a" / "skip.js").write_text("/*---\nfeatures: [ShadowRealm]\n---*/", encoding="utf-8")
    expected = tmp_path / "expected.txt"
    base = ["--root", str(root), "-j", "2", "-q", "--expected", str(expected)]
    assert cli.main(base + ["--update"]) == 0
    assert expected.read_text() == "test/a/ok.js\n"
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1] == "test262: 1 passed, 1 failed, 1 skipped"
    assert cli.main(base + ["--check"]) == 0
    # a regression: an expected-pass test fails
    expected.write_text("test/a/bad.js\ntest/a/ok.js\n")
    assert cli.main(base + ["--check"]) == 1
    assert "REGRESSIONS: 1" in capsys.readouterr().out
    # --update on a subset merges: drops bad.js (selected, failing), keeps the rest
    expected.write_text("test/a/bad.js\ntest/other.js\n")
    assert cli.main(base + ["--update", "a/bad.js"]) == 0
    assert expected.read_text() == "test/other.js\n"


def test_missing_root_skips(tmp_path, capsys):
    assert cli.main(["--root", str(tmp_path / "nope")]) == 0
    out = capsys.readouterr().out
    assert "skipping" in out
    assert out.strip().splitlines()[-1] == "test262: 0 passed, 0 failed, 0 skipped"


# -- the process pool: kill a stuck worker, survive a dying one ----------------------------------

class _FakeRunner:
    def run(self, task):
        if task == "hang":
            while True:
                pass
        if task == "block":
            import time
            time.sleep(600)
        if task == "exit":
            os._exit(3)
        if task == "segv":
            import ctypes
            import faulthandler
            faulthandler.disable()
            ctypes.string_at(0)          # a real segmentation fault
        return {"path": task, "status": "pass", "message": ""}


def test_pool_kills_and_replaces_workers():
    from test262_subset.pool import WorkerPool
    pool = WorkerPool(2, ROOT, timeout=0.3, grace=0.5, mem_limit=0, stall_limit=1.5)
    pool.runner = _FakeRunner()          # preloaded: forked workers use it
    tasks = ["a", "hang", "b", "exit", "c", "segv", "d", "block", "e"]
    results = {r["path"]: r for r in pool.run(tasks)}
    assert set(results) == set(tasks)
    for t in "abcde":
        assert results[t]["status"] == "pass"
    assert results["hang"]["kind"] == "timeout"
    assert results["exit"]["kind"] == "crash" and "exit code 3" in results["exit"]["message"]
    assert results["segv"]["kind"] == "crash" and "SIGSEGV" in results["segv"]["message"]
    assert results["block"]["kind"] == "timeout" and "blocked" in results["block"]["message"]
    assert not pool.workers             # all stopped
