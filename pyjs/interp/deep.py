"""Run Python code that recurses deeply (parsing, JS execution) safely.

Python's recursion limit protects the C stack; a JS engine written in Python
needs far more frames than the default allows (a JS call costs several Python
frames, and a nested expression costs several more while parsing).  Raising the
limit is only safe on a thread whose C stack is large enough, so deep work runs
on such a thread: the caller's thread if it already is one, a fresh one if not.
"""
import gc
import sys
import threading

STACK_SIZE = 512 * 1024 * 1024
RECURSION_LIMIT = 200_000
# The cycle collector's generation-0 threshold while pyjs is in use (CPython's default is
# 700): a JS object is two tracked Python objects (the object and its property dict), so
# allocation-heavy JS reaches the default twice as often as the same Python program, and
# each pass up to a full collection walks the whole heap, a realm's thousands of objects
# included (binary trees: 42 % of the run at 700, 14 % at this).  Like the recursion limit,
# it is set for the process, so a host's Python code runs under it too.
GC_THRESHOLD0 = 10_000

_local = threading.local()


def is_deep_thread() -> bool:
    return getattr(_local, "deep", False)


def _enter():
    _local.deep = True
    if sys.getrecursionlimit() < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    threshold = gc.get_threshold()
    if threshold[0] < GC_THRESHOLD0:
        gc.set_threshold(GC_THRESHOLD0, *threshold[1:])


def run_deep(fn, *args, **kwargs):
    """Call ``fn`` on a thread with a large C stack and a high recursion limit."""
    if is_deep_thread():
        return fn(*args, **kwargs)
    result = []
    error = []

    def body():
        _enter()
        try:
            result.append(fn(*args, **kwargs))
        except BaseException as exc:  # re-raised in the caller's thread
            error.append(exc)

    old = threading.stack_size()
    threading.stack_size(STACK_SIZE)
    try:
        t = threading.Thread(target=body, name="pyjs-deep", daemon=True)
        t.start()
    finally:
        threading.stack_size(old)
    t.join()
    if error:
        raise error[0]
    return result[0]


def start_deep_thread(target, *args, name="pyjs-main", stack_size=STACK_SIZE):
    """Start ``target`` on a new deep thread (used by the CLIs for their whole run,
    and for each agent of an agent cluster, with a smaller ``stack_size``)."""
    def body():
        _enter()
        target(*args)

    old = threading.stack_size()
    threading.stack_size(stack_size)
    try:
        t = threading.Thread(target=body, name=name, daemon=True)
        t.start()
    finally:
        threading.stack_size(old)
    return t
