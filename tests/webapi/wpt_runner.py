"""A small Web Platform Tests runner for ``*.any.js`` files on a pyjs realm with the Web APIs.

Each test file runs in a fresh realm, as the WPT server's dedicated-worker
wrapper would run it (see ``SUBSET.md`` in the WPT folder): ``self.GLOBAL``,
``/resources/testharness.js``, each ``// META: script=`` helper in order, the
test, then ``done()``.  Results come back through ``add_result_callback`` /
``add_completion_callback``.

The host around the realm is minimal and deterministic:

* ``self`` is the global object, a DedicatedWorkerGlobalScope (for idlharness),
  ``location`` the file's worker URL on
  ``http://web-platform.test:8000`` (also the base URL of ``new Request``);
  ``console`` discards what it is given; ``WebAssembly.Memory`` only makes
  buffers (undetachable ones, or SharedArrayBuffers);
* timers run on *virtual* time: when no microtask is left, the earliest timer
  fires at once, so ``step_timeout(f, 1000)`` costs nothing;
* ``fetch(path)`` reads files of the WPT folder (relative to the test's URL)
  and answers with a real ``Response``; anything else is a network error;
* when nothing is left to run and the harness has not completed, the
  remaining tests time out (the harness's own ``timeout()``).

Usage: ``python3 tests/webapi/wpt_runner.py url/url-tojson.any.js ...`` prints
per-file pass counts (``-v`` lists failures).
"""
from __future__ import annotations

import heapq
import os
import re
import sys
import time
from dataclasses import dataclass, field

from pyjs import Budget, JSError, Realm, Terminated
from pyjs.builtins.array_buffer import ArrayBufferObject, SharedArrayBufferObject
from pyjs.interp.agent import use_budget
from pyjs.interp.functions import NativeFunction
from pyjs.interp.deep import run_deep
from pyjs.interp.values import JSObject
from pyjs.webapi._text import to_text
from pyjs.webapi.body import Body
from pyjs.webapi.console import install_console
from pyjs.webapi.install import install_web_apis
from pyjs.webapi.response import ResponseRecord, create_response_object
from pyjs.webapi.url_parser import basic_url_parse
from pyjs.webapi.webidl import new_promise

HOST = "http://web-platform.test:8000"
STATUS = {0: "PASS", 1: "FAIL", 2: "TIMEOUT", 3: "NOTRUN", 4: "PRECONDITION_FAILED"}
DEFAULT_WPT_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "wpt")

_GLOBAL_SHIM = """
self.GLOBAL = {
  isWindow: function() { return false; },
  isWorker: function() { return true; },
  isShadowRealm: function() { return false; },
};
"""


_WORKER_GLOBAL_SCOPE = """
(() => {
  const iface = (name, parent) => {
    const f = {[name]: function() { throw new TypeError("Illegal constructor"); }}[name];
    f.prototype = Object.create(parent.prototype, {
      constructor: {value: f, writable: true, configurable: true},
      [Symbol.toStringTag]: {value: name, configurable: true},
    });
    Object.defineProperty(self, name, {value: f, writable: true, configurable: true});
    return f;
  };
  const scope = iface("DedicatedWorkerGlobalScope", iface("WorkerGlobalScope", EventTarget));
  Object.setPrototypeOf(self, scope.prototype);
})();
"""


def wpt_dir():
    return os.path.abspath(os.environ.get("PYJS_WPT_DIR", DEFAULT_WPT_DIR))


@dataclass
class FileResult:
    path: str
    results: list = field(default_factory=list)     # (name, status, message)
    harness_status: str = "OK"
    harness_message: str = ""
    seconds: float = 0.0

    @property
    def passed(self):
        return sum(1 for _, status, _ in self.results if status == "PASS")

    @property
    def total(self):
        return len(self.results)


class VirtualTimers:
    """setTimeout/setInterval on virtual time (a heap of due times, creation order for ties)."""

    def __init__(self):
        self.heap = []
        self.now = 0.0
        self.seq = 0
        self.cancelled = set()

    def add(self, callback, delay, args, interval=False):
        self.seq += 1
        heapq.heappush(self.heap, (self.now + max(delay, 0.0), self.seq, callback, args,
                                   delay if interval else None))
        return self.seq

    def cancel(self, timer_id):
        self.cancelled.add(timer_id)

    def run_next(self):
        """Fire the earliest live timer; False when none is left."""
        while self.heap:
            due, timer_id, callback, args, interval = heapq.heappop(self.heap)
            if timer_id in self.cancelled:
                continue
            self.now = max(self.now, due)
            if interval is not None:
                heapq.heappush(self.heap, (self.now + max(interval, 1.0), timer_id, callback, args, interval))
            callback.call(None, args)
            return True
        return False


def _meta_scripts(source):
    return re.findall(r"^//\s*META:\s*script=(\S+)", source, re.M)


def _resolve(test_rel, script):
    if script.startswith("/"):
        return script.lstrip("/")
    return os.path.normpath(os.path.join(os.path.dirname(test_rel), script)).replace(os.sep, "/")


class Runner:
    def __init__(self, root, test_rel, *, max_seconds=120.0):
        self.root = root
        self.test_rel = test_rel
        self.url = f"{HOST}/{test_rel[:-3]}.worker.js"
        self.realm = Realm()
        self.timers = VirtualTimers()
        self.result = FileResult(test_rel)
        self.completed = False
        self.max_seconds = max_seconds
        install_web_apis(self.realm, base_url=self.url, user_agent="pyjs-wpt")
        self._install_host()

    # -- host ---------------------------------------------------------------------------------
    def _install_host(self):
        realm = self.realm
        g = realm.global_object
        realm.set_global("self", g)
        timers = self.timers

        def set_timeout(this, args, interval=False):
            callback = args[0] if args else None
            delay = args[1] if len(args) > 1 and type(args[1]) is float else 0.0
            if not (isinstance(callback, JSObject) and callback.callable):
                return 0.0
            return float(timers.add(callback, delay, list(args[2:]), interval))

        def clear_timeout(this, args):
            if args and type(args[0]) is float:
                timers.cancel(int(args[0]))

        realm.define_function("setTimeout", set_timeout, 2)
        realm.define_function("setInterval", lambda this, args: set_timeout(this, args, True), 2)
        realm.define_function("clearTimeout", clear_timeout, 1)
        realm.define_function("clearInterval", clear_timeout, 1)

        def queue_microtask(this, args):
            callback = args[0] if args else None
            if not (isinstance(callback, JSObject) and callback.callable):
                raise JSError.make("TypeError", "queueMicrotask requires a function")
            realm.enqueue_job(lambda: callback.call(None, []))
        realm.define_function("queueMicrotask", queue_microtask, 1)
        realm.define_function("fetch", self._fetch, 1)
        install_console(realm, lambda level, text: None)
        self._install_webassembly_memory()
        # a WorkerLocation: the URL's parts, without URL's other members
        realm.evaluate(f"""self.location = (() => {{
            const u = new URL({self.url!r}), l = {{}};
            for (const k of ["href", "origin", "protocol", "host", "hostname", "port", "pathname", "search",
                             "hash"]) l[k] = u[k];
            l.toString = () => l.href;
            return l;
        }})();""", "<host>")

    def _install_webassembly_memory(self):
        """``WebAssembly.Memory`` buffers, which some tests use as an ArrayBuffer that cannot
        be detached (or, with ``shared: true``, to reach SharedArrayBuffer): pages of
        zeros in a buffer with a detach key, or a SharedArrayBuffer."""
        realm = self.realm

        def memory(args, new_target):
            desc = args[0] if args else None
            pages = desc.get("initial", desc) if isinstance(desc, JSObject) else None
            size = int(pages or 0) * 65536
            shared = isinstance(desc, JSObject) and desc.get("shared", desc) is True
            if shared:
                buffer = SharedArrayBufferObject(realm.intrinsics["%SharedArrayBuffer.prototype%"], bytearray(size))
            else:
                buffer = ArrayBufferObject(realm.intrinsics["%ArrayBuffer.prototype%"], bytearray(size))
                buffer.detach_key = realm.new_object()
            o = realm.new_object()
            o.props["buffer"] = buffer
            return o
        ns = realm.new_object()
        ns.props["Memory"] = NativeFunction(realm, lambda this, args: memory(args, None), "Memory", 1, memory)
        realm.set_global("WebAssembly", ns)

    def _fetch(self, this, args):
        """Serve files of the WPT folder; everything else is a network error (a rejection)."""
        realm = self.realm
        cap = new_promise(realm)
        try:
            target = realm.intrinsics["%Request%"].construct(list(args[:2]), realm.intrinsics["%Request%"])
            url = target.get("url", target)
        except JSError as e:
            cap.reject(e.value)
            return cap.promise
        path = None
        if url.startswith(HOST + "/"):
            path = os.path.normpath(os.path.join(self.root, url[len(HOST) + 1:].split("?")[0].split("#")[0]))
        if path is None or not path.startswith(os.path.abspath(self.root)) or not os.path.isfile(path):
            cap.reject(JSError.make("TypeError", f"Failed to fetch {url}").value)
            return cap.promise
        with open(path, "rb") as f:
            data = f.read()
        content_type = "application/json" if path.endswith(".json") else "text/plain"
        record = ResponseRecord(200, "OK", [("Content-Type", content_type)], Body(data))
        record.url_list = [basic_url_parse(url)]
        cap.resolve(create_response_object(realm, record, "immutable"))
        return cap.promise

    # -- running --------------------------------------------------------------------------------
    def _load(self, rel, source=None):
        if source is None:
            with open(os.path.join(self.root, rel), encoding="utf-8") as f:
                source = f.read()
        if rel.endswith(".sub.js"):
            source = source.replace("{{host}}", "web-platform.test").replace("{{ports[http][0]}}", "8000")
        self.realm.evaluate(source, "/" + rel)

    def run(self):
        start = time.monotonic()
        deadline = start + self.max_seconds
        try:
            run_deep(self._run, deadline)
        except Terminated:
            self.result.harness_status = "TIMEOUT"
            self.result.harness_message = "the file ran out of time"
        except JSError as e:
            self.result.harness_status = "ERROR"
            self.result.harness_message = str(e)
        except Exception as e:      # an engine or Web API bug: report it, run the next file
            self.result.harness_status = "CRASH"
            self.result.harness_message = f"{type(e).__name__}: {e}"
        self.result.seconds = time.monotonic() - start
        return self.result

    def _run(self, deadline):
        realm = self.realm
        budget = Budget(timeout=max(deadline - time.monotonic(), 0.0))
        with open(os.path.join(self.root, self.test_rel), encoding="utf-8") as f:
            source = f.read()
        self._load("<GLOBAL>", _GLOBAL_SHIM)
        self._load("resources/testharness.js")
        # Loaded after testharness.js, which would otherwise pick its worker environment
        # (postMessage reporting): idlharness asks which global it runs in.
        self._load("<global scope>", _WORKER_GLOBAL_SCOPE)
        realm.define_function("__wpt_result", self._on_result, 1)
        realm.define_function("__wpt_complete", self._on_complete, 2)
        self._load("<callbacks>", "add_result_callback(__wpt_result);"
                                  "add_completion_callback(__wpt_complete);")
        try:
            with use_budget(budget):
                for script in _meta_scripts(source):
                    self._load(_resolve(self.test_rel, script))
                self._load(self.test_rel, source)
                self._load("<done>", "done();")
                self._event_loop(deadline)
        except JSError as e:
            # An exception escaping a script: tests already defined still run and
            # report; the error is the file's harness status.
            if not self.completed:
                self._drain_safely(deadline)
            self.result.harness_status = "ERROR"
            self.result.harness_message = str(e)

    def _drain_safely(self, deadline):
        try:
            self._event_loop(deadline)
        except JSError:
            pass

    def _event_loop(self, deadline):
        realm = self.realm
        while not self.completed:
            if time.monotonic() > deadline:
                raise Terminated("deadline")
            if realm.jobs:
                try:
                    realm.run_jobs()
                except JSError:
                    pass        # an error reported from a microtask (an event listener's)
                continue
            if self.timers.run_next():
                continue
            realm.evaluate("timeout();", "<timeout>")
            if realm.jobs or self.timers.heap:
                continue
            break

    def _on_result(self, this, args):
        t = args[0]
        name = t.get("name", t)
        status = STATUS.get(int(t.get("status", t)), "?")
        message = t.get("message", t)
        self.result.results.append((name, status, message if type(message) is str else ""))

    def _on_complete(self, this, args):
        self.completed = True
        status = args[1] if len(args) > 1 else None
        if isinstance(status, JSObject):
            code = status.get("status", status)
            message = status.get("message", status)
            self.result.harness_status = {0: "OK", 1: "ERROR", 2: "TIMEOUT", 3: "PRECONDITION_FAILED"}.get(
                int(code) if type(code) is float else 0, "OK")
            self.result.harness_message = message if type(message) is str else ""


def run_file(test_rel, root=None, max_seconds=120.0):
    return Runner(root or wpt_dir(), test_rel, max_seconds=max_seconds).run()


#: The folders whose ``*.any.js`` tests measure pyjs.webapi (the ratchet runs all of them).
SELECTION = (
    "url", "encoding", "encoding/streams", "encoding/legacy-mb-schinese/gbk",
    "encoding/legacy-mb-schinese/gb18030", "fetch/api/headers", "fetch/api/request", "fetch/api/response",
    "fetch/api/body", "streams", "streams/readable-streams", "streams/writable-streams",
    "streams/transform-streams", "streams/piping", "streams/readable-byte-streams", "dom/abort", "dom/events",
    "html/webappapis/atob", "html/webappapis/structured-clone", "FileAPI/blob", "FileAPI/file", "xhr/formdata",
)
EXPECTED_FILE = os.path.join(os.path.dirname(__file__), "wpt_expected.json")


def selected_files(root=None):
    root = root or wpt_dir()
    out = []
    for folder in SELECTION:
        d = os.path.join(root, folder)
        if os.path.isdir(d):
            out.extend(f"{folder}/{name}" for name in sorted(os.listdir(d)) if name.endswith(".any.js"))
    return out


def _run_one(rel):
    r = run_file(rel)
    return rel, r


def main(argv):
    """``wpt_runner.py [-v] [-j N] [--update] [FILE...]``: run files (default: the selection).

    ``--update`` rewrites ``wpt_expected.json`` (the ratchet's minimum pass counts)
    from this run.
    """
    import json
    from concurrent.futures import ProcessPoolExecutor
    verbose = "-v" in argv
    update = "--update" in argv
    jobs = int(argv[argv.index("-j") + 1]) if "-j" in argv else 1
    files = [a for a in argv if not a.startswith("-") and not a.isdigit()] or selected_files()
    total_pass = total = 0
    counts = {}
    with ProcessPoolExecutor(jobs) as pool:
        for rel, r in pool.map(_run_one, files):
            total_pass += r.passed
            total += r.total
            counts[rel] = r.passed
            extra = f" [{r.harness_status}: {r.harness_message[:120]}]" if r.harness_status != "OK" else ""
            print(to_text(f"{r.passed:5d}/{r.total:<5d} {rel} ({r.seconds:.1f}s){extra}"), flush=True)
            if verbose:
                for name, status, message in r.results:
                    if status != "PASS":
                        print(to_text(f"      {status}: {name[:150]} -- {message[:300]}"))
    print(f"total {total_pass}/{total}")
    if update:
        with open(EXPECTED_FILE, "w") as f:
            json.dump({rel: n for rel, n in sorted(counts.items()) if n}, f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
