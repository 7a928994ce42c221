"""A small process pool that can kill and replace one stuck worker.

``multiprocessing.Pool`` cannot abandon a single task, so this pool keeps one
pipe per worker and hands each worker one test at a time.  The parent waits on
all pipes; a worker that has used more than ``timeout + grace`` seconds of CPU
time on its test (read from ``/proc/PID/stat``; the engine's own budget stops
JS at ``timeout``, so this catches Python-level hangs), or that used no CPU at
all for ``stall_limit`` seconds (a blocked worker), or that ran past
``wall_limit`` seconds, is killed (SIGKILL) and replaced, and the test fails
with ``kind="timeout"``.  CPU time, not wall time, keeps verdicts stable on a
loaded machine (under a load of 6 per core a 10 s-CPU test takes minutes).  A worker that dies (segfault, memory limit, ``os._exit``)
fails only the test it was running.

Each worker:

* ignores SIGINT (the parent handles Ctrl-C and kills the workers);
* sets a soft ``RLIMIT_AS`` (default 4 GiB) so a runaway test gets a
  ``MemoryError`` instead of exhausting the machine;
* runs its loop on one large-stack thread (``pyjs.interp.deep``), so the
  engine never spawns a thread per call;
* compiles the harness once and then freezes the garbage collector's view of
  everything alive (``gc.freeze``), so collections do not rescan it;
* exits (and is replaced) after a MemoryError/RecursionError, and after
  ``max_tasks`` tests to bound memory growth.
"""
import multiprocessing as mp
import multiprocessing.connection as mpc
import os
import signal
import time

__all__ = ["WorkerPool"]

_GIB = 1 << 30


def _worker_main(conn, root, timeout, mem_limit, runner=None, inherited=()):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # A forked child inherits the parent's ends of every pipe (its own and the
    # other workers'): close them, or a pipe never reports EOF when the parent
    # dies and orphaned workers wait forever.
    for c in inherited:
        try:
            c.close()
        except OSError:
            pass
    if mem_limit:
        try:
            import resource
            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            limit = mem_limit if hard == resource.RLIM_INFINITY else min(mem_limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        except (ImportError, ValueError, OSError):
            pass
    from pyjs.interp.deep import start_deep_thread
    t = start_deep_thread(_worker_loop, conn, root, timeout, runner)
    t.join()
    conn.close()
    os._exit(0)


def _worker_loop(conn, root, timeout, runner):
    import gc
    if runner is None:          # not forked from a preloaded parent
        from .execute import Runner
        runner = Runner(root, timeout)
        try:
            runner.warm_up()
        except Exception:
            pass
        gc.collect()
        gc.freeze()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            res = runner.run(task)
        except BaseException as e:           # the runner itself broke: report, then restart
            res = {"path": task, "status": "fail", "kind": "crash",
                   "message": f"runner error {type(e).__name__}: {e}", "restart": True}
        try:
            conn.send(res)
        except (OSError, ValueError):
            return
        if res.get("restart"):
            return


class _Worker:
    def __init__(self, ctx, root, timeout, mem_limit, runner=None, others=()):
        parent, child = ctx.Pipe()
        inherited = [parent] + list(others) if ctx.get_start_method() == "fork" else []
        self.proc = ctx.Process(target=_worker_main,
                                args=(child, root, timeout, mem_limit, runner, inherited),
                                daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent
        self.task = None
        self.started = 0.0
        self.cpu_start = None
        self.done = 0

    def send(self, task):
        self.task = task
        self.started = time.monotonic()
        self.cpu_start = _proc_cpu(self.proc.pid)
        self.last_cpu = 0.0
        self.last_progress = self.started
        self.conn.send(task)

    def cpu_used(self):
        """CPU seconds the worker spent on its current task (None if unknown)."""
        now = _proc_cpu(self.proc.pid)
        if now is None or self.cpu_start is None:
            return None
        return now - self.cpu_start

    def kill(self):
        try:
            self.proc.kill()
        except Exception:
            pass
        self.proc.join(5)
        try:
            self.conn.close()
        except Exception:
            pass

    def stop(self):
        try:
            self.conn.send(None)
        except Exception:
            pass


class WorkerPool:
    """Run ``tasks`` (test paths) on ``n`` workers; yields result dicts as they arrive."""

    def __init__(self, n, root, timeout, grace=5.0, mem_limit=4 * _GIB, max_tasks=2000,
                 wall_limit=None, stall_limit=30.0):
        self.n = max(1, n)
        self.root = root
        self.timeout = timeout
        self.hard_timeout = timeout + grace
        self.wall_limit = wall_limit if wall_limit is not None else max(1800.0, 60 * timeout)
        self.stall_limit = stall_limit
        self.mem_limit = mem_limit
        self.max_tasks = max_tasks
        try:
            self.ctx = mp.get_context("fork")
        except ValueError:
            self.ctx = mp.get_context()
        self.workers = []
        self.runner = None

    def preload(self):
        """Load the engine and compile the harness in the parent, before forking.

        Forked workers then start in milliseconds with the compiled harness
        already in (copy-on-write) memory, and a worker that replaces a killed
        one runs the same engine code as the others even if the source tree
        changes during the run.
        """
        if self.ctx.get_start_method() != "fork" or self.runner is not None:
            return
        import gc
        import importlib
        import pkgutil
        from .execute import Runner
        from pyjs.interp.agent import state
        from pyjs.interp.deep import run_deep
        for pkg in ("pyjs.interp", "pyjs.interp.compiler", "pyjs.parser", "pyjs.builtins", "pyjs.regexp"):
            try:
                mod = importlib.import_module(pkg)
            except ImportError:
                continue
            for info in pkgutil.iter_modules(getattr(mod, "__path__", []), pkg + "."):
                try:
                    importlib.import_module(info.name)
                except Exception:
                    pass
        runner = Runner(self.root, self.timeout)
        try:
            run_deep(runner.warm_up)
        except Exception:
            pass
        state.realm = None
        gc.collect()
        gc.freeze()
        self.runner = runner

    def _spawn(self):
        others = [w.conn for w in self.workers if not w.conn.closed]
        return _Worker(self.ctx, self.root, self.timeout, self.mem_limit, self.runner, others)

    def run(self, tasks):
        tasks = list(tasks)
        tasks.reverse()
        self.preload()
        self.workers = []
        for _ in range(min(self.n, max(1, len(tasks)))):
            self.workers.append(self._spawn())
        try:
            idle = list(self.workers)
            busy = {}
            while tasks or busy:
                while idle and tasks:
                    w = idle.pop()
                    try:
                        w.send(tasks.pop())
                    except (OSError, ValueError):
                        tasks.append(w.task)
                        w.kill()
                        idle.append(self._replace(w))
                        continue
                    busy[w.conn] = w
                ready = mpc.wait(list(busy), timeout=0.5)
                for conn in ready:
                    w = busy.pop(conn)
                    try:
                        res = conn.recv()
                    except (EOFError, OSError):
                        w.proc.join(1)
                        code = w.proc.exitcode
                        yield _died(w.task, code, time.monotonic() - w.started)
                        idle.append(self._replace(w))
                        continue
                    w.done += 1
                    yield res
                    if res.get("restart") or w.done >= self.max_tasks:
                        w.stop()
                        w.proc.join(5)
                        if w.proc.is_alive():
                            w.kill()
                        idle.append(self._replace(w))
                    else:
                        idle.append(w)
                now = time.monotonic()
                for conn, w in list(busy.items()):
                    wall = now - w.started
                    if wall <= self.hard_timeout:
                        continue
                    cpu = w.cpu_used()
                    if cpu is None:
                        cpu = wall           # no /proc: fall back to wall time
                    if cpu > w.last_cpu + 0.005:
                        w.last_cpu, w.last_progress = cpu, now
                    stalled = now - w.last_progress > self.stall_limit
                    if cpu > self.hard_timeout or wall > self.wall_limit or stalled:
                        busy.pop(conn)
                        w.kill()
                        yield {"path": w.task, "status": "fail", "kind": "timeout",
                               "message": (f"timeout: worker blocked (no CPU used for "
                                           f"{self.stall_limit:g}s), killed" if stalled and
                                           cpu <= self.hard_timeout else
                                           f"timeout: worker killed after {cpu:.1f}s CPU, {wall:.1f}s "
                                           f"wall (it did not stop at the {self.timeout:g}s budget)"),
                               "time": round(wall, 3), "cpu": round(cpu, 3)}
                        idle.append(self._replace(w))
        finally:
            self.close()

    def _replace(self, w):
        try:
            w.conn.close()
        except OSError:
            pass
        nw = self._spawn()
        self.workers = [nw if x is w else x for x in self.workers]
        return nw

    def close(self):
        for w in self.workers:
            w.stop()
        deadline = time.monotonic() + 3
        for w in self.workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.kill()
        self.workers = []


_CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_cpu(pid):
    """User+system CPU seconds of process ``pid`` (all threads), or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            data = f.read()
    except OSError:
        return None
    fields = data[data.rfind(b")") + 2:].split()
    try:
        return (int(fields[11]) + int(fields[12])) / _CLK_TCK
    except (IndexError, ValueError):
        return None


def _died(task, code, elapsed):
    if code is not None and code < 0:
        try:
            how = f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            how = f"killed by signal {-code}"
    else:
        how = f"exit code {code}"
    return {"path": task, "status": "fail", "kind": "crash",
            "message": f"worker process died ({how})", "time": round(elapsed, 3)}
