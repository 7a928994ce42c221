"""The ``pyjs`` command: run a file, ``-e CODE``, or a REPL — output like Node's.

Exit codes::

    0    success
    1    uncaught exception or unhandled promise rejection
    2    SyntaxError found while parsing/linking (printed with the source line and a caret)
    13   a module's top-level await never settled (Node's code)
    70   internal error of pyjs itself (``pyjs: internal error: ...``; no traceback
         unless PYJS_TRACEBACK=1)
    124  --budget-ms exceeded
    130  interrupted (Ctrl-C)

All JS runs on one deep thread (big C stack, high recursion limit; see
:mod:`pyjs.interp.deep`) inside its own asyncio loop driven by
:class:`~pyjs.webapi.eventloop.EventLoop`; a program that leaves no timers or
other work behind when its script (and its microtasks) ends never starts that
loop, nor imports asyncio (a one-liner's start-up).  The main thread only waits, so
Ctrl-C always reaches it; it then stops JS through the budget's interrupt flag.
The REPL reads lines on the main thread and hands them to the JS thread, whose
loop keeps running timers between inputs.
"""
import argparse
import os
import re
import sys
import threading
import time

from . import Realm, JSError, Budget, Terminated
from .interp.deep import start_deep_thread
from .parser import to_utf16
from .node_process import ProcessExit, exit_code_of, install_process, run_exit_listeners
from .webapi.console import install_console
from .webapi.eventloop import EventLoop
from .webapi.inspect import inspect, to_text

EXIT_OK, EXIT_UNCAUGHT, EXIT_SYNTAX, EXIT_UNSETTLED = 0, 1, 2, 13
EXIT_INTERNAL, EXIT_TIMEOUT, EXIT_INTERRUPTED = 70, 124, 130


# -- output ----------------------------------------------------------------------------------

def _write(stream, text):
    """Write one line as UTF-8 (like Node, whatever the locale) and flush it."""
    try:
        buf = getattr(stream, "buffer", None)
        if buf is None:
            stream.write(text + "\n")
        else:
            buf.write((text + "\n").encode("utf-8", "replace"))
        stream.flush()
    except (BrokenPipeError, ValueError):
        pass                            # reader went away: drop output, keep running


def out(text):
    _write(sys.stdout, text)


def err(text):
    _write(sys.stderr, text)


def _isatty(stream):
    try:
        return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


def console_sink(level, text):
    (err if level in ("warn", "error") else out)(text)


def make_realm(budget, on_error=None, lazy_loop=False):
    """A realm with console and timers, plus its :class:`EventLoop`.

    Call it inside the running asyncio loop, or pass ``lazy_loop`` (the loop is then
    created when first needed; see :meth:`EventLoop.needs_loop`).
    """
    realm = Realm()
    stdout_tty, stderr_tty = _isatty(sys.stdout), _isatty(sys.stderr)
    install_console(realm, console_sink,
                    colors=lambda level: stderr_tty if level in ("warn", "error") else stdout_tty)
    install_lazy_web_apis(realm)
    return realm, EventLoop(realm, budget=budget, on_error=on_error, stderr=err,
                            lazy_loop=lazy_loop)


# Web API globals Node also has (URL, TextEncoder, structuredClone, atob, Blob, streams, ...).
# ``navigator`` is left out (Node 20 has none), and the global object stays a plain object
# (Node's globalThis is no EventTarget).
WEB_API_GLOBALS = (
    "AbortController", "AbortSignal", "Blob", "ByteLengthQueuingStrategy", "CountQueuingStrategy",
    "CustomEvent", "DOMException", "Event", "EventTarget", "File", "FormData", "Headers",
    "Performance", "ReadableByteStreamController", "ReadableStream", "ReadableStreamBYOBReader",
    "ReadableStreamBYOBRequest", "ReadableStreamDefaultController", "ReadableStreamDefaultReader",
    "Request", "Response", "TextDecoder", "TextDecoderStream", "TextEncoder", "TextEncoderStream",
    "TransformStream", "TransformStreamDefaultController", "URL", "URLSearchParams",
    "WritableStream", "WritableStreamDefaultController", "WritableStreamDefaultWriter", "atob",
    "btoa", "performance", "structuredClone")


def install_lazy_web_apis(realm):
    """Make the Web API globals available, paying for them only when a program uses one.

    Importing the Web API layer costs about as much as creating the realm, and most
    scripts never touch it, so each name starts as a configurable accessor on the global
    object; the first read of any of them installs the whole layer (which replaces
    every accessor with the real data property) and returns the value.  Assigning to
    one first simply makes it an ordinary global holding the assigned value.
    """
    from .interp.functions import NativeFunction
    from .interp.values import ACCESSOR, CONFIGURABLE, HIDDEN, Prop
    g = realm.global_object
    installed = []
    getters = set()                 # ids of our accessor getters, to tell them from user values

    def install():
        if installed:
            return
        installed.append(True)
        from .webapi.install import install_web_apis
        assigned = {name: g.props[name] for name in WEB_API_GLOBALS
                    if name in g.props and not _is_lazy(g.props[name])}
        for name in WEB_API_GLOBALS:
            g.props.pop(name, None)
        proto = g.proto
        install_web_apis(realm)
        g.proto = proto
        g.props.pop("navigator", None)
        g.props.update(assigned)

    def _is_lazy(p):
        return type(p) is Prop and p.flags & ACCESSOR and id(p.getter) in getters

    def make(name):
        def getter(this, args):
            install()
            return g.get(name, g)

        def setter(this, args):
            g.props[name] = Prop(args[0] if args else None, HIDDEN)
        get_fn = NativeFunction(realm, getter, name, 0)
        getters.add(id(get_fn))
        set_fn = NativeFunction(realm, setter, name, 1)
        return Prop(None, ACCESSOR | CONFIGURABLE, get_fn, set_fn)

    for name in WEB_API_GLOBALS:
        g.props.setdefault(name, make(name))


# -- syntax errors ---------------------------------------------------------------------------

def is_parse_error(e):
    """A SyntaxError raised while parsing/linking carries the offending position."""
    return isinstance(e, JSError) and getattr(e, "position", None) is not None and \
        e.name == "SyntaxError"


def syntax_error_text(e, sources):
    """Node's layout: ``file:line``, the source line, a caret, then ``SyntaxError: msg``."""
    filename, line, column = e.position
    source = sources.get(filename)
    if source is None and os.path.isfile(filename):
        try:
            with open(filename, encoding="utf-8") as f:
                source = f.read()
        except OSError:
            source = None
    lines = re.split("\r\n|[\n\r\u2028\u2029]", to_utf16(source)) if source is not None else []
    parts = []
    if 0 < line <= len(lines):
        text = lines[line - 1]
        caret = "".join("\t" if c == "\t" else " " for c in text[:column]) + "^"
        parts += [f"{filename}:{line}", to_text(text), caret, ""]
    parts.append(f"SyntaxError: {to_text(e.message or '')}")
    parts.append(f"    at {filename}:{line}:{column + 1}")
    return "\n".join(parts)


# -- running a program -----------------------------------------------------------------------

class Program:
    """What to run, from the command line."""

    def __init__(self, source, filename, module, print_result=False, args=()):
        self.source = source
        self.filename = filename
        self.module = module
        self.print_result = print_result
        self.argv = ([filename] if not filename.startswith("[") else []) + list(args)


def run_program(prog, budget, timeout=None):
    """Evaluate the program, then run the event loop until idle; returns the exit code.

    ``timeout`` (seconds) starts counting once the realm exists, so a slow
    start-up does not eat into the program's time, and it also cuts short a
    wait for a distant timer.  The asyncio loop runs only if the program left
    work behind (timers, ...) once its script or module body and microtasks ran.
    """
    realm, ev = make_realm(budget, lazy_loop=True)
    install_process(realm, ev, prog.argv, _raw_writer(sys.stdout), _raw_writer(sys.stderr))
    try:
        try:
            code = _run_program(realm, ev, prog, budget, timeout)
        except ProcessExit as e:
            code = e.code
            ev.stop()           # no timer may fire while the asyncio loop winds down
        return _finish(realm, ev, code)
    finally:
        ev.close_loop()         # one created (a timer set) but never run, or left open


def _finish(realm, ev, code):
    code = exit_code_of(realm, code)
    from .interp.agent import state
    state.realm = realm
    try:
        run_exit_listeners(realm, code)     # Node emits 'exit' on every way out
    except ProcessExit as e:
        code = e.code
    except JSError as e:
        ev.stopped = False
        ev.report(e)
        code = EXIT_UNCAUGHT
    return code


def _raw_writer(stream):
    """Text to ``stream`` as UTF-8, without an added newline (``process.stdout.write``)."""
    def write(text, encoded=True):
        try:
            data = (to_text(text) if encoded else text).encode("utf-8", "replace")
            buf = getattr(stream, "buffer", None)
            if buf is None:
                stream.write(data.decode("utf-8"))
            else:
                buf.write(data)
            stream.flush()
        except (BrokenPipeError, ValueError):
            pass
    return write


def _run_program(realm, ev, prog, budget, timeout):
    if timeout is not None:
        budget.deadline = time.monotonic() + timeout
    sources = {prog.filename: prog.source}
    promise = None
    if prog.module:
        code, promise = _start_module(realm, ev, prog, sources)
        if code is not None:
            return code
    else:
        try:
            compiled = realm.compile_script(prog.source, prog.filename,
                                            cache=not prog.filename.startswith("["))
        except JSError as e:
            if is_parse_error(e):
                err(syntax_error_text(e, sources))
                return EXIT_SYNTAX
            ev.report(e)
            return ev.exit_code
        result = ev.run_macrotask(realm.run_script, compiled)
        if prog.print_result and not ev.stopped:
            out(to_text(result) if type(result) is str else inspect(result))
    if ev.needs_loop():
        _run_loop(ev, budget, timeout)
    if promise is not None and promise.promise_state == "pending" and ev.exit_code == 0:
        err(f"Warning: Detected unsettled top-level await in {prog.filename}")
        return EXIT_UNSETTLED
    return ev.exit_code


def _run_loop(ev, budget, timeout):
    """Run ``ev``'s asyncio loop until nothing is pending (or the budget's deadline)."""
    import asyncio

    async def wait():
        try:
            await asyncio.wait_for(ev.run_until_idle(), None if timeout is None else
                                   max(0.0, budget.deadline - time.monotonic()))
        except asyncio.TimeoutError:
            raise Terminated("execution timed out") from None
        except ProcessExit:
            ev.stop()           # no timer may fire while the runner winds the loop down
            raise
    loop = ev.loop
    with asyncio.Runner(loop_factory=lambda: loop) as runner:   # asyncio.run on this loop
        runner.run(wait())


def _start_module(realm, ev, prog, sources):
    """Load and link the module graph, then start evaluating.

    Returns ``(exit code or None, evaluation promise or None)``.
    """
    from .interp.agent import state
    from .interp.modules import load_and_link, evaluate
    from .builtins.promise import perform_promise_then_native
    state.realm = realm
    try:
        record = load_and_link(realm, prog.source, prog.filename)
    except JSError as e:
        if is_parse_error(e):
            err(syntax_error_text(e, sources))
            return EXIT_SYNTAX, None
        if e.name == "SyntaxError":     # a link error: a missing export, a bad JSON module
            err(f"SyntaxError: {to_text(e.message or '')}")
            return EXIT_SYNTAX, None
        ev.report(e)
        return ev.exit_code, None

    def go():
        p = evaluate(record)
        perform_promise_then_native(p, lambda v: None,
                                    lambda reason: ev.on_error("uncaught", reason, None))
        return p
    return None, ev.run_macrotask(go)


def _run_on_deep_thread(fn, budget, budget_ms=None):
    """Run ``fn()`` (returning an exit code) on the JS thread; handle Ctrl-C here.

    The wait uses an Event, not ``Thread.join``: a join interrupted by Ctrl-C
    can wrongly report the thread as finished (CPython < 3.13).
    """
    box = {}
    done = threading.Event()

    def body():
        try:
            box["code"] = fn()
        except Terminated as e:
            interrupted = budget.interrupted
            err("Script execution interrupted." if interrupted
                else f"pyjs: {e} (--budget-ms {budget_ms:g})")
            box["code"] = EXIT_INTERRUPTED if interrupted else EXIT_TIMEOUT
        except BaseException as e:      # a bug in pyjs: never show users a traceback
            box["code"] = internal_error(e)
        finally:
            done.set()

    start_deep_thread(body)
    try:
        while not done.wait(0.2):
            pass
    except KeyboardInterrupt:
        budget.interrupted = True
        done.wait(2.0)
        return EXIT_INTERRUPTED
    return box.get("code", EXIT_INTERNAL)


def internal_error(e):
    if os.environ.get("PYJS_TRACEBACK"):
        import traceback
        traceback.print_exception(e)
    err(f"pyjs: internal error: {type(e).__name__}: {e}")
    return EXIT_INTERNAL


# -- REPL ------------------------------------------------------------------------------------

INCOMPLETE = object()


class Repl:
    """Node-like REPL: the JS thread keeps an asyncio loop; this thread reads lines."""

    def __init__(self, budget_ms):
        self.budget_ms = budget_ms
        self.budget = Budget()
        self.loop = None
        self.ready = threading.Event()
        self.colors = _isatty(sys.stdout)

    def serve(self):
        import asyncio
        asyncio.run(self._serve())

    async def _serve(self):
        import asyncio
        self.loop = asyncio.get_running_loop()
        self.done = self.loop.create_future()
        self.realm, self.ev = make_realm(self.budget, on_error=self._on_error)
        self.ready.set()
        await self.done

    def _on_error(self, kind, value, exc):
        from .webapi.eventloop import describe_uncaught
        err(describe_uncaught(value, exc, in_promise=kind == "unhandled-rejection"))

    async def evaluate(self, source):
        """Run one input; returns INCOMPLETE when more lines are needed."""
        realm = self.realm
        compiled = None
        stripped = source.strip()
        if stripped.startswith("{") and not stripped.endswith(";"):
            try:                        # like Node, `{a: 1}` is an object, not a block
                compiled = realm.compile_script(f"({source})", "REPL")
            except JSError:
                compiled = None
        if compiled is None:
            try:
                compiled = realm.compile_script(source, "REPL")
            except JSError as e:
                if is_parse_error(e) and e.message == "Unexpected end of input":
                    return INCOMPLETE
                err(f"Uncaught SyntaxError: {to_text(e.message or '')}")
                return None
        timeout = None if self.budget_ms is None else self.budget_ms / 1000
        self.budget = self.ev.budget = Budget(timeout=timeout)
        box = []

        def run():
            try:
                box.append(realm.run_script(compiled))
            except JSError as e:
                self._on_error("uncaught", e.value, e)
        try:
            self.ev.run_macrotask(run)
        except Terminated:
            err("Script execution interrupted." if self.budget.interrupted else
                f"Script execution timed out after {self.budget_ms:g}ms")
            return None
        finally:                        # timers between inputs run without this input's limits
            self.ev.budget = Budget()
        if box:
            out(inspect(box[0], colors=self.colors))
        return None

    def submit(self, source):
        import asyncio
        fut = asyncio.run_coroutine_threadsafe(self.evaluate(source), self.loop)
        while True:
            try:
                return fut.result()
            except KeyboardInterrupt:
                self.budget.interrupted = True

    def run(self):
        try:
            import readline  # noqa: F401  (line editing and history for input())
        except ImportError:
            pass
        thread = start_deep_thread(self.serve, name="pyjs-repl")
        self.ready.wait()
        buffer = ""
        warned = False
        while True:
            try:
                line = input("... " if buffer else "> ")
            except EOFError:
                out("")
                break
            except KeyboardInterrupt:
                out("")
                if buffer:
                    buffer = ""
                elif warned:
                    break
                else:
                    out("(To exit, press Ctrl+C again or Ctrl+D or type .exit)")
                    warned = True
                continue
            warned = False
            if not buffer and line.strip() == ".exit":
                break
            if not buffer and line.strip() == ".help":
                out(".exit     Exit the REPL\n.help     Print this help message")
                continue
            buffer += line + "\n"
            if not buffer.strip():
                buffer = ""
                continue
            if self.submit(buffer) is not INCOMPLETE:
                buffer = ""
        self.loop.call_soon_threadsafe(self.done.set_result, None)
        thread.join(1.0)
        return EXIT_OK


# -- command line ----------------------------------------------------------------------------

def _version():
    try:
        from importlib.metadata import version
        return version("pyjs-hostedat")
    except Exception:
        return "unknown"


def _terminal_columns():
    """``shutil.get_terminal_size().columns``, without importing shutil."""
    try:
        columns = int(os.environ["COLUMNS"])
        if columns > 0:
            return columns
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, sized as its own is but without importing ``shutil``:
    argparse makes one for every ``add_argument`` (to check the metavar), and shutil,
    with the compression modules it imports, costs ~5 ms of a one-liner's start."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


def build_parser():
    p = argparse.ArgumentParser(
        prog="pyjs", formatter_class=_Formatter,
        description="Run JavaScript with pyjs, a JavaScript engine in pure Python.",
        epilog="Exit codes: 0 ok, 1 uncaught error, 2 syntax error, 13 unsettled top-level "
               "await, 70 internal error, 124 budget exceeded, 130 interrupted.")
    p.add_argument("file", nargs="?", help="script to run ('-' reads stdin); "
                   ".mjs files run as ES modules")
    p.add_argument("args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    p.add_argument("-e", "--eval", metavar="CODE", help="evaluate CODE")
    p.add_argument("-p", "--print", metavar="CODE", dest="print_code",
                   help="evaluate CODE and print the result")
    p.add_argument("-m", "--module", action="store_true",
                   help="run the file or CODE as an ES module")
    p.add_argument("-i", "--interactive", action="store_true", help="start the REPL")
    p.add_argument("--budget-ms", type=float, metavar="N",
                   help="stop after N milliseconds of wall-clock time (exit code 124)")
    p.add_argument("-v", "--version", action=_VersionAction, nargs=0,
                   help="show program's version number and exit")
    return p


class _VersionAction(argparse.Action):
    """``--version``, reading the installed version only when asked (importlib.metadata
    costs more than the rest of a one-liner's start)."""

    def __call__(self, parser, namespace, values, option_string=None):
        parser._print_message(f"pyjs {_version()}\n", sys.stdout)     # as argparse's own
        parser.exit()


def _program(opts, parser):
    if opts.eval is not None or opts.print_code is not None:
        code = opts.eval if opts.eval is not None else opts.print_code
        return Program(code, "[eval]", opts.module, print_result=opts.print_code is not None)
    if opts.file is None or opts.file == "-":
        return Program(sys.stdin.read(), "[stdin]", opts.module)
    path = os.path.abspath(opts.file)
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except (OSError, UnicodeDecodeError) as e:
        parser.exit(EXIT_UNCAUGHT, f"pyjs: cannot read {opts.file}: {getattr(e, 'strerror', e)}\n")
    return Program(source, path, opts.module or path.endswith(".mjs"), args=opts.args)


def main(argv=None):
    parser = build_parser()
    opts = parser.parse_args(argv)
    no_program = opts.file is None and opts.eval is None and opts.print_code is None
    if opts.interactive or (no_program and _stdin_is_tty()):
        try:
            return Repl(opts.budget_ms).run()
        except KeyboardInterrupt:
            return EXIT_INTERRUPTED
        except Exception as e:          # a bug in pyjs: a message, not a traceback
            return internal_error(e)
    prog = _program(opts, parser)
    timeout = None if opts.budget_ms is None else opts.budget_ms / 1000
    budget = Budget()
    return _run_on_deep_thread(lambda: run_program(prog, budget, timeout), budget,
                               opts.budget_ms)


def _stdin_is_tty():
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


if __name__ == "__main__":
    sys.exit(main())
