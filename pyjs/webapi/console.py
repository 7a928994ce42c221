"""The global ``console`` object (https://console.spec.whatwg.org/, formatted like Node).

The host decides where lines go: ``install_console(realm, sink)`` calls
``sink(level, text)`` once per logical line group, with ``level`` one of
``'log' 'info' 'warn' 'error' 'debug'`` and ``text`` already formatted (real
text, group indentation applied, no trailing newline).  The CLI writes
log/info/debug to stdout and warn/error to stderr, as Node does; hostedat
stores the five levels in its per-site logs.

Methods follow Node's choices of level: ``assert`` reports through ``warn``,
``trace`` through ``error``, and ``count``/``time*``/``table``/``dir``/``group``
through ``log``.  Node's process warnings (``countReset`` of an unknown
label, ...) become ``warn`` lines.  ``console.trace`` prints ``Trace: ...``
without frames: the engine records JS frames only while an exception unwinds.
"""
import time

from ..interp.functions import NativeFunction
from ..interp.ops import to_string
from ..interp.values import CONFIGURABLE, JSObject, Prop, SYM_TO_STRING_TAG, null
from . import inspect as _inspect
from ._inspect_kinds import collection_entries, kind_of
from ._props import data_get, own, own_keys


class _ConsoleState:
    """Per-console mutable state: group indentation, counters and timers."""

    def __init__(self, realm, sink, colors):
        self.realm = realm
        self.sink = sink
        self.colors = colors
        self.indent = ""
        self.counts = {}
        self.timers = {}

    def use_colors(self, level):
        c = self.colors
        return bool(c(level)) if callable(c) else bool(c)

    def emit(self, level, text16):
        """Apply group indentation and hand one formatted line group to the sink."""
        if self.indent:
            text16 = self.indent + text16.replace("\n", "\n" + self.indent)
        self.sink(level, _inspect.to_text(text16))

    def format(self, level, args):
        return _inspect.format_args16(args, self.use_colors(level))


def install_console(realm, sink, colors=False):
    """Define ``globalThis.console`` on ``realm``; returns the console object.

    ``colors`` is a bool or a callable ``colors(level) -> bool`` (so a CLI can
    color stdout and stderr independently, as Node does per stream).
    """
    st = _ConsoleState(realm, sink, colors)
    console = JSObject(realm.object_prototype)

    def define(name, length, fn):
        console.props[name] = NativeFunction(realm, fn, name, length)

    def logger(level):
        return lambda this, args: st.emit(level, st.format(level, list(args)))

    for name, level in (("log", "log"), ("info", "info"), ("debug", "debug"), ("warn", "warn"),
                        ("error", "error"), ("dirxml", "log")):
        define(name, 0, logger(level))

    def trace(this, args):
        msg = st.format("error", list(args))
        st.emit("error", f"Trace: {msg}" if msg else "Trace")

    def dir_(this, args):
        opts = args[1] if len(args) > 1 else None
        depth, show_hidden = 2, False
        if isinstance(opts, JSObject):
            d = data_get(opts, "depth")
            if d is null or d == float("inf"):
                depth = None
            elif type(d) is float and abs(d) != float("inf") and d == d:
                depth = int(d)
            show_hidden = data_get(opts, "showHidden") is True
        value = args[0] if args else None
        st.emit("log", _inspect.inspect16(value, depth, st.use_colors("log"), show_hidden=show_hidden))

    def assert_(this, args):
        if args and _truthy(args[0]):
            return None
        rest = list(args[1:])
        if rest:
            first = rest[0]
            rest[0] = "Assertion failed: " + (first if type(first) is str else to_string(first))
        else:
            rest = ["Assertion failed"]
        st.emit("warn", st.format("warn", rest))
        return None

    def label_of(args):
        return "default" if not args or args[0] is None else to_string(args[0])

    def count(this, args):
        label = label_of(args)
        st.counts[label] = st.counts.get(label, 0) + 1
        st.emit("log", f"{label}: {st.counts[label]}")

    def count_reset(this, args):
        label = label_of(args)
        if st.counts.pop(label, None) is None:
            st.emit("warn", f"Warning: Count for '{label}' does not exist")

    def group(this, args):
        if args:
            st.emit("log", st.format("log", list(args)))
        st.indent += "  "

    def group_end(this, args):
        st.indent = st.indent[:-2]

    def time_(this, args):
        label = label_of(args)
        if label in st.timers:
            st.emit("warn", f"Warning: Label '{label}' already exists for console.time()")
            return
        st.timers[label] = time.perf_counter()

    def time_log(name, end):
        def fn(this, args):
            label = label_of(args)
            start = st.timers.get(label)
            if start is None:
                st.emit("warn", f"Warning: No such label '{label}' for console.{name}()")
                return
            elapsed = format_time((time.perf_counter() - start) * 1000)
            if end:
                del st.timers[label]
            st.emit("log", st.format("log", ["%s: %s", label, elapsed] + list(args[1:])))
        return fn

    def table(this, args):
        data = args[0] if args else None
        if not isinstance(data, JSObject):
            st.emit("log", st.format("log", [data]))
            return
        st.emit("log", render_table(data, args[1] if len(args) > 1 else None, st))

    define("trace", 0, trace)
    define("dir", 0, dir_)
    define("assert", 0, assert_)
    define("count", 0, count)
    define("countReset", 0, count_reset)
    define("group", 0, group)
    define("groupCollapsed", 0, group)
    define("groupEnd", 0, group_end)
    define("time", 0, time_)
    define("timeEnd", 0, time_log("timeEnd", True))
    define("timeLog", 0, time_log("timeLog", False))
    define("table", 1, table)
    define("clear", 0, lambda this, args: None)
    console.props[SYM_TO_STRING_TAG] = Prop("console", CONFIGURABLE)
    realm.set_global("console", console)
    return console


def _truthy(v):
    from ..interp.ops import to_boolean
    return to_boolean(v)


def format_time(ms):
    """Node's console.time duration format (``1.234ms``, ``2.500s``, ``1:02.003 (m:ss.mmm)``)."""
    hours = minutes = 0
    seconds = 0.0
    if ms >= 1000:
        if ms >= 60_000:
            if ms >= 3_600_000:
                hours = int(ms // 3_600_000)
                ms %= 3_600_000
            minutes = int(ms // 60_000)
            ms %= 60_000
        seconds = ms / 1000
    if hours or minutes:
        sec, frac = f"{seconds:.3f}".split(".")
        head = f"{hours}:{minutes:02d}" if hours else f"{minutes}"
        return f"{head}:{sec.zfill(2)}.{frac} ({'h:m' if hours else ''}m:ss.mmm)"
    if seconds:
        return f"{seconds:.3f}s"
    return f"{float(f'{ms:.3f}'):g}ms"        # below 1000, so :g keeps every digit


# -- console.table ----------------------------------------------------------------------------

def render_table(data, properties, st):
    """console.table's box drawing (Node 20 layout: left-aligned cells)."""
    colors = st.use_colors("log")

    def show(v):
        depth = 0
        if isinstance(v, JSObject) and kind_of(v) != "array" and \
                len(own_keys(v, False)) > 2:
            depth = -1
        return _inspect.inspect16(v, depth, colors, max_array_length=3, break_length=float("inf"))

    kind = kind_of(data)
    if kind in ("map", "set"):
        ctx = _inspect.Ctx()
        ctx.realm = st.realm
        entries = collection_entries(data, ctx, kind)
        index = [show(float(i)) for i in range(len(entries))]
        if kind == "map":
            return cli_table(["(iteration index)", "Key", "Values"],
                             [index, [show(k) for k, _ in entries], [show(v) for _, v in entries]])
        return cli_table(["(iteration index)", "Values"], [index, [show(v) for v in entries]])
    props = None
    if isinstance(properties, JSObject) and kind_of(properties) == "array":
        props = [to_string(data_get(properties, str(i))) for i in range(properties.length)]
    columns = {}
    values_column = {}
    row_keys = [k for k in own_keys(data, False) if type(k) is str]
    for i, rk in enumerate(row_keys):
        item = data_get(data, rk)
        primitive = not isinstance(item, JSObject)
        if props is None and primitive:
            values_column[i] = show(item)
            continue
        keys = props if props is not None else \
            [k for k in own_keys(item, False) if type(k) is str]
        for key in keys:
            col = columns.setdefault(key, {})
            if primitive or own(item, key) is None:
                col[i] = ""
            else:
                col[i] = show(data_get(item, key))
    head = ["(index)"] + list(columns)
    cols = [dict(enumerate(row_keys))] + list(columns.values())
    if values_column:
        head.append("Values")
        cols.append(values_column)
    return cli_table(head, cols)


def cli_table(head, columns):
    """Draw ``columns`` (lists, or dicts row -> cell) under ``head`` in a box."""
    def cell_map(c):
        return c if isinstance(c, dict) else dict(enumerate(c))
    columns = [cell_map(c) for c in columns]
    n_rows = max((max(c) + 1 for c in columns if c), default=0)
    widths = [_inspect.string_width(h) for h in head]
    rows = []
    for j in range(n_rows):
        row = [col.get(j, "") for col in columns]
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], _inspect.string_width(cell))
        rows.append(row)

    def render(row):
        cells = [cell + " " * (widths[i] - _inspect.string_width(cell)) for i, cell in enumerate(row)]
        return "│ " + " │ ".join(cells) + " │"
    divider = ["─" * (w + 2) for w in widths]
    lines = ["┌" + "┬".join(divider) + "┐", render(head), "├" + "┼".join(divider) + "┤"]
    lines += [render(r) for r in rows]
    lines.append("└" + "┴".join(divider) + "┘")
    return "\n".join(lines)
