"""A small Node-style ``process`` global for the ``pyjs`` command.

Programs written for Node use a handful of ``process`` members all the time:
``process.stdout.write`` (output without a newline), ``process.argv``,
``process.exit(code)`` / ``process.exitCode``, ``process.nextTick``,
``process.env``, ``process.on('exit', ...)``.  This module provides those,
with Node's behaviour:

* ``process.exit(code)`` stops the program at once (no further JS runs, not even
  ``finally`` blocks' effects matter: :class:`ProcessExit` is not a JS exception,
  so ``catch`` cannot intercept it); ``'exit'`` listeners run first, with the code;
* at a normal end, the exit code is ``process.exitCode`` when it was set, and
  ``'exit'`` listeners run (they may still print);
* ``nextTick`` callbacks run before promise jobs (the event loop's tick queue).

Not a full Node ``process``: no ``EventEmitter`` beyond ``on``/``once``/``off``/
``emit``, no ``stdin`` reading, no signals.
"""
import os
import sys
import time

from .interp.functions import NativeFunction
from .interp.ops import to_number, to_string, is_callable
from .interp.values import JSObject, JSError, Prop, HIDDEN, type_error, null

__all__ = ["ProcessExit", "install_process", "exit_code_of", "run_exit_listeners"]


class ProcessExit(BaseException):
    """``process.exit(code)``: unwinds everything; the CLI turns it into the exit code."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def _code_from(v):
    """The integer exit code of a JS value (undefined/null: None)."""
    if v is None or v is null:
        return None
    try:
        n = to_number(v)
    except JSError:
        return None
    if n != n or n in (float("inf"), float("-inf")):
        return None
    return int(n) & 0xFF


def install_process(realm, ev, argv, write_out, write_err):
    """Define ``globalThis.process`` on ``realm`` (``ev``: its EventLoop; ``argv``: the
    script path followed by its arguments; ``write_out``/``write_err`` take text)."""
    proto = realm.object_prototype
    process = JSObject(proto)
    listeners = {}                  # event name -> list of [fn, once]
    start = time.monotonic()

    def fn(name, length, impl):
        return NativeFunction(realm, impl, name, length)

    def define(obj, name, value):
        obj.props[name] = value

    def stream(write, fd):
        s = JSObject(proto)

        def write_fn(this, args):
            chunk = args[0] if args else None
            if isinstance(chunk, JSObject) and hasattr(chunk, "viewed_array_buffer"):
                from .webapi.buffers import buffer_source_bytes
                text = buffer_source_bytes(chunk).decode("utf-8", "replace")
                write(text, encoded=False)
            else:
                if type(chunk) is not str:
                    raise type_error('The "chunk" argument must be of type string or an '
                                     'instance of Buffer or Uint8Array')
                write(chunk)
            cb = args[-1] if len(args) > 1 else None
            if is_callable(cb):
                ev.queue_tick(cb, [])
            return True
        define(s, "write", fn("write", 1, write_fn))
        define(s, "isTTY", False)
        define(s, "fd", float(fd))
        define(s, "columns", None)
        return s

    define(process, "argv", realm.new_array(["/usr/local/bin/node"] + list(argv)))
    env = JSObject(proto)
    for k, v in os.environ.items():
        env.props[k] = v
    define(process, "env", env)
    define(process, "platform", sys.platform if sys.platform != "win32" else "win32")
    define(process, "pid", float(os.getpid()))
    define(process, "exitCode", None)
    define(process, "stdout", stream(write_out, 1))
    define(process, "stderr", stream(write_err, 2))

    def exit_(this, args):
        code = _code_from(args[0]) if args else None
        if code is None:
            code = _code_from(process.props.get("exitCode")) or 0
        raise ProcessExit(code)

    def next_tick(this, args):
        if not args or not is_callable(args[0]):
            raise type_error('The "callback" argument must be of type function')
        ev.queue_tick(args[0], list(args[1:]))
        return None

    def cwd(this, args):
        return os.getcwd()

    def uptime(this, args):
        return time.monotonic() - start

    def hrtime(this, args):
        ns = time.monotonic_ns()
        return realm.new_array([float(ns // 1_000_000_000), float(ns % 1_000_000_000)])

    def hrtime_bigint(this, args):
        return time.monotonic_ns()

    def on(once):
        def add(this, args):
            name = to_string(args[0]) if args else "undefined"
            f = args[1] if len(args) > 1 else None
            if not is_callable(f):
                raise type_error('The "listener" argument must be of type function')
            listeners.setdefault(name, []).append([f, once])
            return process
        return add

    def off(this, args):
        name = to_string(args[0]) if args else "undefined"
        f = args[1] if len(args) > 1 else None
        lst = listeners.get(name, [])
        for i in range(len(lst) - 1, -1, -1):
            if lst[i][0] is f:
                del lst[i]
                break
        return process

    def emit(this, args):
        name = to_string(args[0]) if args else "undefined"
        lst = listeners.get(name, [])
        if not lst:
            return False
        for entry in list(lst):
            if entry[1]:
                lst.remove(entry)
            entry[0].call(process, list(args[1:]))
        return True

    define(process, "exit", fn("exit", 1, exit_))
    define(process, "nextTick", fn("nextTick", 1, next_tick))
    define(process, "cwd", fn("cwd", 0, cwd))
    define(process, "uptime", fn("uptime", 0, uptime))
    hr = fn("hrtime", 1, hrtime)
    define(hr, "bigint", fn("bigint", 0, hrtime_bigint))
    define(process, "hrtime", hr)
    define(process, "on", fn("on", 2, on(False)))
    define(process, "addListener", process.props["on"])
    define(process, "once", fn("once", 2, on(True)))
    define(process, "off", fn("off", 2, off))
    define(process, "removeListener", process.props["off"])
    define(process, "emit", fn("emit", 1, emit))
    realm.global_object.props["process"] = Prop(process, HIDDEN)
    _PROCESSES[id(realm)] = (process, listeners)
    return process


_PROCESSES = {}


def exit_code_of(realm, default):
    """The exit code at a normal end: ``process.exitCode`` when set, else ``default``."""
    entry = _PROCESSES.get(id(realm))
    if entry is None or default:
        return default
    code = _code_from(entry[0].props.get("exitCode"))
    return default if code is None else code


def run_exit_listeners(realm, code):
    """Call the ``'exit'`` listeners with the exit code (Node does, on every exit path)."""
    entry = _PROCESSES.pop(id(realm), None)
    if entry is None:
        return
    process, listeners = entry
    for f, _once in list(listeners.get("exit", [])):
        f.call(process, [float(code)])
