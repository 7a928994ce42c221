"""Running one test262 test in a fresh realm (inside a worker process).

https://github.com/tc39/test262/blob/main/INTERPRETING.md

A test runs once per required mode (``sloppy``, ``strict`` or ``module``, see
:meth:`TestMeta.modes`) and passes only when every mode passes.  One run is:

1. a fresh realm with the host API (:mod:`.host`);
2. for a script, ``compile_script`` of the (possibly ``"use strict";\\n``-prefixed)
   source *before anything runs*: a SyntaxError here is the ``parse`` phase;
3. the harness files (``assert.js``, ``sta.js``, ``doneprintHandle.js`` for
   async tests, then ``includes``), each compiled once per worker process and
   run from that realm-independent compiled form;
4. ``run_script`` of the test, then ``run_jobs`` to drain the job queue, then
   the realm's event loop (:class:`.agents.EventLoop`), which for an async test
   not yet done also waits for timers (``Atomics.waitAsync`` timeouts) and for
   waitAsync promises other agents may resolve;
5. the verdict: negative tests must throw an error whose name is the expected
   type in the expected phase; async tests must print
   ``Test262:AsyncTestComplete`` and must not print ``Test262:AsyncTestFailure:``.

Module tests use ``realm.evaluate_module(source, path)``.  The parse phase is
told apart with ``realm.compile_module`` when the engine has it, else with
``pyjs.parser.parse(source, module=True)``; an error of the expected type thrown
by the module pipeline afterwards is accepted for the ``parse`` and
``resolution`` phases (the tests start with ``$DONOTEVALUATE()``, so an error
raised once their body runs is a ``Test262Error``, never the expected type).

The whole test (all modes) runs under one :class:`pyjs.Budget` whose
``interrupt`` stops it once the process has used ``timeout`` seconds of *CPU
time* (not wall time: on a loaded machine a wall-clock limit fails slow but
correct tests at random); a JS infinite loop ends with :class:`pyjs.Terminated`.

Agents started with ``$262.agent.start`` (:mod:`.agents`) share the budget;
once a test has agents, the budget also stops it after ``3 * timeout + 5``
seconds of wall time (agents that all wait use no CPU).  After every run the
agents are ended (:func:`.agents.shutdown_agents`); if one does not stop, the
worker is restarted.

A Python exception escaping the engine (anything but ``JSError`` and
``Terminated``) is an engine bug: the run fails with ``kind="crash"`` and a
short traceback.
"""
import os
import sys
import time
import traceback

from pyjs import JSError, Budget, Terminated
from pyjs.interp.agent import state, use_budget
from pyjs.interp.cluster import current_cluster

from .agents import shutdown_agents
from .frontmatter import test_meta
from .host import make_realm

# Feature tags whose tests are out of scope (see /work/shared/test262/SUBSET.md):
# still proposals, added after ES2025, ECMA-402, tail calls.
SKIP_FEATURES = frozenset({
    # proposals
    "ShadowRealm", "decorators", "source-phase-imports", "source-phase-imports-module-source",
    "import-defer", "export-defer", "import-text", "import-bytes", "immutable-arraybuffer",
    "nonextensible-applies-to-private", "await-dictionary", "error-stack-accessor",
    "Iterator.prototype.join", "legacy-regexp",
    # standardised after ES2025
    "Temporal", "explicit-resource-management", "Array.fromAsync", "json-parse-with-source",
    "iterator-sequencing", "upsert", "Math.sumPrecise", "uint8array-base64", "Error.isError",
    "Atomics.pause", "joint-iteration", "iterator-chunking", "iterator-includes",
    "canonical-tz",
    # not required in practice
    "tail-call-optimization",
    # needs a document.all imitation; left out of the subset
    "IsHTMLDDA",
})
SKIP_FEATURE_PREFIXES = ("Intl",)
SKIP_DIRS = ("test/intl402/", "test/staging/", "test/harness/")
SKIP_FLAGS = frozenset()     # CanBlockIsTrue/False run: [[CanBlock]] is true here, see below

HARNESS_BASE = ("assert.js", "sta.js")
STRICT_PREFIX = '"use strict";\n'

# [[CanBlock]] of the main agent.  pyjs's Atomics.wait may block the (only)
# agent, as in a shell, so tests flagged CanBlockIsFalse are skipped.
CAN_BLOCK = True


def skip_reason(rel, meta):
    """Why a test is out of scope, or ``None`` to run it."""
    rel = rel.replace(os.sep, "/")
    for d in SKIP_DIRS:
        if rel.startswith(d):
            return "folder " + d.rstrip("/")
    for f in meta.features:
        if f in SKIP_FEATURES or f.startswith(SKIP_FEATURE_PREFIXES):
            return "feature " + f
    if CAN_BLOCK and "CanBlockIsFalse" in meta.flags:
        return "flag CanBlockIsFalse"
    if not CAN_BLOCK and "CanBlockIsTrue" in meta.flags:
        return "flag CanBlockIsTrue"
    return None


class HarnessCache:
    """Harness files, read, parsed and compiled once per process."""

    def __init__(self, root):
        self.dir = os.path.join(root, "harness")
        self.compiled = {}

    def get(self, name, realm):
        c = self.compiled.get(name)
        if c is None:
            path = os.path.join(self.dir, name)
            with open(path, encoding="utf-8") as f:
                src = f.read()
            try:
                c = ("ok", realm.compile_script(src, "harness/" + name))
            except JSError as e:
                c = ("error", f"harness {name} does not compile: {e.name}: {e.message}")
            self.compiled[name] = c
        return c


class Outcome(Exception):
    """The verdict of one run: ``ok`` and a message (``kind`` classifies failures)."""

    def __init__(self, ok, message="", kind="fail"):
        super().__init__(message)
        self.ok = ok
        self.message = message
        self.kind = kind


def error_name(e):
    """The name of a thrown value's constructor (``e.name`` of the JSError)."""
    try:
        n = e.name
    except BaseException:
        n = None
    if n:
        return n
    try:
        v = e.value
        from pyjs.interp.values import JSObject
        if isinstance(v, JSObject):
            c = v.get("constructor", v)
            if isinstance(c, JSObject):
                n = c.get("name", c)
                if type(n) is str and n:
                    return n
    except BaseException:
        pass
    return None


def error_text(e):
    """``Name: message`` of a thrown value (never raises)."""
    try:
        name, msg = error_name(e), e.message
        if name is not None and msg is not None:
            return f"{name}: {msg}" if msg else name
    except BaseException:
        pass
    try:
        return "thrown: " + str(e)
    except BaseException:
        return "thrown: <unprintable>"


def crash_text(exc):
    """One line for an engine crash: the exception and the innermost frames."""
    tb = traceback.extract_tb(exc.__traceback__)
    frames = [f for f in tb if "/pyjs/" in f.filename] or tb
    where = " <- ".join(f"{_short(f.filename)}:{f.lineno} {f.name}" for f in reversed(frames[-3:]))
    msg = str(exc).replace("\n", " ")
    if len(msg) > 200:
        msg = msg[:200] + "..."
    return f"{type(exc).__name__}: {msg} [at {where}]"


def _short(path):
    i = path.rfind("/pyjs/")
    return path[i + 1:] if i >= 0 else os.path.basename(path)


class Runner:
    """Runs tests inside one (worker) process."""

    def __init__(self, root, timeout=10.0):
        self.root = root
        self.timeout = timeout
        self.harness = HarnessCache(root)

    def warm_up(self):
        """Compile the always-used harness files and create a first realm."""
        realm = make_realm([])
        for h in HARNESS_BASE + ("doneprintHandle.js",):
            self.harness.get(h, realm)

    # -- one test -----------------------------------------------------------------------
    def run(self, rel):
        """Result dict for test ``rel`` (a path relative to the root)."""
        t0 = time.perf_counter()
        c0 = time.thread_time()
        path = os.path.join(self.root, rel)
        res = {"path": rel}
        try:
            with open(path, encoding="utf-8") as f:
                src = f.read()
        except (OSError, UnicodeDecodeError) as e:
            res.update(status="fail", kind="runner", message=f"cannot read test: {e}")
            return res
        meta = test_meta(src)
        why = skip_reason(rel, meta)
        if why:
            res.update(status="skip", message=why)
            return res
        deadline = time.process_time() + self.timeout
        modes = meta.modes()
        res["modes"] = modes
        status, kind, message = "pass", None, ""
        for mode in modes:
            try:
                out = self.run_mode(src, path, meta, mode, deadline)
            except MemoryError:
                out = Outcome(False, "MemoryError (worker memory limit)", "crash")
                res["restart"] = True
            except RecursionError as e:
                out = Outcome(False, crash_text(e), "crash")
                res["restart"] = True
            finally:
                if not _reset_agent_state():
                    res["restart"] = True      # an agent thread would not stop
            if not out.ok:
                status, kind = "fail", out.kind
                message = (f"[{mode}] " if len(modes) > 1 else "") + out.message
                break
        res.update(status=status, message=message, time=round(time.perf_counter() - t0, 4),
                   cpu=round(time.thread_time() - c0, 4))
        if kind:
            res["kind"] = kind
        return res

    def run_mode(self, src, path, meta, mode, deadline):
        try:
            return self._run_mode(src, path, meta, mode, deadline)
        except Outcome as o:
            return o
        except Terminated as e:
            return Outcome(False, f"timeout ({self.timeout:g}s of CPU time)", "timeout")
        except JSError as e:       # escaped while reading the error's name etc.
            return Outcome(False, "uncaught " + error_text(e))
        except (MemoryError, RecursionError):
            raise
        except Exception as e:
            return Outcome(False, crash_text(e), "crash")

    def _run_mode(self, src, path, meta, mode, deadline):
        output = []
        realm = make_realm(output)
        phase, etype = meta.negative_phase, meta.negative_type
        rel = os.path.relpath(path, self.root)

        # 1. compile the test (parse phase) before anything runs
        if mode == "module":
            compiled = None
            err = self._module_parse_error(realm, src, path)
        else:
            code = STRICT_PREFIX + src if mode == "strict" else src
            err = None
            try:
                compiled = realm.compile_script(code, path)
            except JSError as e:
                err = e
        if err is not None:
            name = error_name(err)
            if phase == "parse":
                if name == etype:
                    return Outcome(True)
                return Outcome(False, f"expected parse-phase {etype}, got {name}: {error_text(err)}")
            return Outcome(False, f"unexpected parse error: {error_text(err)}", "parse")
        if phase == "parse" and mode != "module":
            return Outcome(False, f"expected parse-phase {etype}, but the test compiled", "negative")

        # 2. harness, then the test, then the job queue, under the deadline
        clock = time.process_time
        if clock() > deadline:
            raise Terminated("execution timed out")
        # Agents that all wait use no CPU time: once a test has started agents, a
        # wall-clock limit stops it too.
        wall_deadline = time.monotonic() + 3 * self.timeout + 5.0

        def interrupt():
            return clock() > deadline or (current_cluster() is not None
                                          and time.monotonic() > wall_deadline)

        def pending():
            """The event loop waits for timers/agents only until an async test is done."""
            return meta.is_async and "Test262:AsyncTestComplete" not in output and not any(
                line.startswith("Test262:AsyncTestFailure:") for line in output)

        with use_budget(Budget(interrupt=interrupt)):
            for h in meta.harness_files():
                try:
                    ok, c = self.harness.get(h, realm)
                except OSError as e:
                    return Outcome(False, f"missing harness file {h}: {e}", "runner")
                if ok != "ok":
                    return Outcome(False, c, "harness")
                try:
                    realm.run_script(c)
                except JSError as e:
                    return Outcome(False, f"harness {h} threw {error_text(e)}", "harness")
            thrown = None
            try:
                if mode == "module":
                    self._evaluate_module(realm, src, path)
                else:
                    realm.run_script(compiled)
                realm.run_jobs()
                if realm.host is not None:
                    realm.host.run(pending)
            except JSError as e:
                thrown = e
            if thrown is not None:
                name = error_name(thrown)
                if phase is not None and (phase != "parse" or mode == "module"):
                    if name == etype:
                        return Outcome(True)
                    return Outcome(False, f"expected {phase}-phase {etype}, got {error_text(thrown)}")
                return Outcome(False, error_text(thrown))
        if phase is not None:
            return Outcome(False, f"expected {phase}-phase {etype}, but no error was thrown",
                           "negative")
        if meta.is_async:
            for line in output:
                if line.startswith("Test262:AsyncTestFailure:"):
                    return Outcome(False, line, "async")
            if "Test262:AsyncTestComplete" not in output:
                shown = " | ".join(output)[:200]
                return Outcome(False, "async test did not complete" +
                               (f" (printed: {shown})" if shown else ""), "async")
        return Outcome(True)

    # -- modules ------------------------------------------------------------------------
    def _module_parse_error(self, realm, src, path):
        """A JSError if the module source does not parse/compile, else None."""
        compile_module = getattr(realm, "compile_module", None)
        try:
            if compile_module is not None:
                compile_module(src, path)
            else:
                from pyjs.parser import parse, ParseError
                try:
                    parse(src, module=True, filename=path)
                except ParseError as e:
                    raise realm.syntax_error_from(e) from None
        except JSError as e:
            return e
        return None

    def _evaluate_module(self, realm, src, path):
        result = realm.evaluate_module(src, path)
        # an evaluation that completes asynchronously (top-level await) may
        # hand back a promise: drain the jobs, then rethrow its rejection
        from pyjs.builtins.promise import JSPromise
        if isinstance(result, JSPromise):
            realm.run_jobs()
            if getattr(result, "promise_state", None) == _REJECTED:
                from pyjs.interp.values import JSError as _E
                raise _E(result.result)
        return result


def _promise_rejected_state():
    try:
        from pyjs.builtins import promise
        return getattr(promise, "REJECTED", "rejected")
    except ImportError:
        return "rejected"


_REJECTED = _promise_rejected_state()


def _reset_agent_state():
    """End the agents a run started and undo what an aborted run may leave in the
    process-wide agent state; False when an agent thread would not stop."""
    clean = shutdown_agents()
    state.agent = None
    state.depth = 0
    state.realm = None
    state.budget = None
    state.steps = 1 << 62
    if hasattr(state, "cv"):
        state.cv = None
    return clean
