"""Node-compatible display of JS values: ``util.inspect`` and ``console.log`` formatting.

People compare pyjs output with Node's character for character, so this module
follows the algorithm of Node's ``lib/internal/util/inspect.js`` (v20) function
by function — ``format_value``, ``format_raw``, ``reduce_to_single_string``,
``group_array_elements`` keep Node's names, constants and line-breaking rules
(``breakLength`` 80, ``compact`` 3, 6+ array items grouped in columns).

Two rules Node does not have, because a host must never be surprised by its
own logging:

* inspecting runs no JS code: properties are read as stored (accessors show as
  ``[Getter]`` and are never called, proxies show their target, no custom
  ``[util.inspect.custom]`` hook), and Map/Set/Date/RegExp contents are read
  through the engine's own builtin functions only;
* :func:`inspect` never raises: anything unexpected degrades to a plain
  description.

Formatting works on UTF-16 code-unit strings (the engine's string form) so the
line-length arithmetic matches Node's ``.length``; :func:`inspect` and
:func:`format_args` convert the result to real text (:func:`to_text`) at the end.

Helpers: :mod:`._props` reads properties without running JS,
:mod:`._inspect_kinds` recognizes value kinds (errors, functions, Map, Date...)
and formats their special parts, :mod:`._text` converts and measures text.
"""
import math
import re
from functools import partial

from ..interp.agent import state
from ..interp.arrays import HOLE, JSArray
from ..interp.numconv import number_to_string
from ..interp.values import (ACCESSOR, ENUMERABLE, JSError, JSObject, JSSymbol, Prop, null,
                             is_array_index, SYM_TO_STRING_TAG)
from . import _inspect_kinds as kinds
from ._props import (data_get, instance_of, is_builtin_function, is_callable, is_proxy, own,
                     own_keys, proto_of, proxy_target)
from ._text import string_width, strip_ansi, to_text

__all__ = ["inspect", "inspect16", "format_args", "format_args16", "to_text", "string_width"]

# -- options and styles ---------------------------------------------------------------------

class Ctx:
    """One inspection's options and state (Node's ``ctx``)."""

    __slots__ = ("depth", "colors", "show_hidden", "break_length", "compact", "max_array_length",
                 "max_string_length", "indentation_lvl", "seen", "circular", "current_depth",
                 "realm", "bare_error", "budget")

    def __init__(self, depth=2, colors=False, show_hidden=False, break_length=80, compact=3,
                 max_array_length=100, max_string_length=10000):
        self.depth = math.inf if depth is None else depth
        self.colors = colors
        self.show_hidden = show_hidden
        self.break_length = break_length
        self.compact = compact
        self.max_array_length = max_array_length
        self.max_string_length = max_string_length
        self.indentation_lvl = 0
        self.seen = []
        self.circular = None
        self.current_depth = 0
        self.realm = state.realm
        self.bare_error = False
        self.budget = {}            # indentation level -> characters produced there

    def stylize(self, s, style):
        if not self.colors:
            return s
        codes = _STYLE_CODES.get(style)
        return s if codes is None else f"\x1b[{codes[0]}m{s}\x1b[{codes[1]}m"


_STYLE_CODES = {
    "special": (36, 39), "number": (33, 39), "bigint": (33, 39), "boolean": (33, 39),
    "undefined": (90, 39), "null": (1, 22), "string": (32, 39), "symbol": (32, 39),
    "date": (35, 39), "regexp": (31, 39), "module": (4, 24),
}
K_OBJECT, K_ARRAY, K_ARRAY_EXTRAS = 0, 1, 2


# -- public API --------------------------------------------------------------------------

def inspect(value, depth=2, colors=False, **options) -> str:
    """``util.inspect(value, {depth, colors, ...})`` as real text; never raises.

    Extra keyword options: ``show_hidden``, ``break_length``, ``compact``,
    ``max_array_length``, ``max_string_length`` (Node's option names in snake case).
    """
    return to_text(inspect16(value, depth, colors, **options))


def inspect16(value, depth=2, colors=False, **options) -> str:
    """Like :func:`inspect` but returns UTF-16 code units (to embed in JS strings)."""
    ctx = Ctx(depth, colors, **options)
    try:
        if ctx.realm is None:
            ctx.realm = kinds.realm_of(value)
        return format_value(ctx, value, 0)
    except RecursionError:
        return "[Inspection interrupted prematurely. Maximum call stack size exceeded.]"
    except Exception:           # never let a display bug take the host down
        return _fallback(value)


def error_report16(value) -> str:
    """An uncaught error for the CLI: like inspect, but a stack-less error is not bracketed."""
    ctx = Ctx()
    ctx.bare_error = True
    try:
        return format_value(ctx, value, 0)
    except Exception:
        return _fallback(value)


def _fallback(value):
    try:
        from ..interp.ops import describe
        return describe(value)
    except Exception:
        return "[object]"


# -- primitives ----------------------------------------------------------------------------

_META = (["\\x%02X" % i for i in range(0x20)] + [""] * 0x5F + ["\\x7F"]
         + ["\\x%02X" % i for i in range(0x80, 0xA0)])
for _i, _s in ((8, "\\b"), (9, "\\t"), (10, "\\n"), (12, "\\f"), (13, "\\r"),
               (0x27, "\\'"), (0x5C, "\\\\")):
    _META[_i] = _s
_LONE = "[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]"
# raw strings: the regex itself must see ``\x5c`` (a literal backslash would escape the next char)
_ESC_WITH_QUOTE = re.compile(r"[\x00-\x1f\x27\x5c\x7f-\x9f]|" + _LONE)
_ESC_NO_QUOTE = re.compile(r"[\x00-\x1f\x5c\x7f-\x9f]|" + _LONE)
_KEY_IDENT = re.compile(r"[a-zA-Z_][a-zA-Z_0-9]*\Z")


def _escape_char(m):
    c = ord(m.group())
    return _META[c] if c < len(_META) else "\\u%x" % c


def str_escape(s):
    """Quote a string the way Node does (prefers ', then ", then `)."""
    pattern, quote = _ESC_WITH_QUOTE, "'"
    if "'" in s:
        if '"' not in s:
            quote = '"'
        elif "`" not in s and "${" not in s:
            quote = "`"
        if quote != "'":
            pattern = _ESC_NO_QUOTE
    return quote + pattern.sub(_escape_char, s) + quote


def format_number(ctx, x):
    if x == 0 and math.copysign(1.0, x) < 0:
        return ctx.stylize("-0", "number")
    return ctx.stylize(number_to_string(x), "number")


def format_primitive(ctx, v):
    t = type(v)
    if t is str:
        trailer = ""
        if len(v) > ctx.max_string_length:
            remaining = len(v) - ctx.max_string_length
            v = v[:ctx.max_string_length]
            trailer = f"... {remaining} more character{'s' if remaining > 1 else ''}"
        if len(v) > 16 and len(v) > ctx.break_length - ctx.indentation_lvl - 4:
            lines = re.split("(?<=\n)", v)
            if lines[-1] == "":
                lines.pop()
            sep = " +\n" + " " * (ctx.indentation_lvl + 2)
            return sep.join(ctx.stylize(str_escape(ln), "string") for ln in lines) + trailer
        return ctx.stylize(str_escape(v), "string") + trailer
    if t is float:
        return format_number(ctx, v)
    if t is int:
        return ctx.stylize(f"{v}n", "bigint")
    if t is bool:
        return ctx.stylize("true" if v else "false", "boolean")
    if v is None:
        return ctx.stylize("undefined", "undefined")
    if t is JSSymbol:
        return ctx.stylize(symbol_to_string(v), "symbol")
    return _fallback(v)


def symbol_to_string(sym):
    return f"Symbol({sym.description or ''})"


# -- format_value / format_raw ----------------------------------------------------------------

def format_value(ctx, value, recurse_times):
    if not isinstance(value, JSObject):
        if value is null:
            return ctx.stylize("null", "null")
        return format_primitive(ctx, value)
    if is_proxy(value):
        target = proxy_target(value)
        if not isinstance(target, JSObject):
            return ctx.stylize("<Revoked Proxy>", "special")
        value = target
    if value in ctx.seen:
        if ctx.circular is None:
            ctx.circular = {}
        index = ctx.circular.get(id(value))
        if index is None:
            index = len(ctx.circular) + 1
            ctx.circular[id(value)] = index
        return ctx.stylize(f"[Circular *{index}]", "special")
    return format_raw(ctx, value, recurse_times)


def get_constructor_name(obj, ctx, recurse_times):
    """The name shown before braces: the nearest ``constructor`` own data property's name."""
    first_proto = _UNSET = object()
    o, hops = obj, 0
    realm = ctx.realm
    while o is not None and hops < 10_000:
        if realm is not None and o is realm.object_prototype:
            return "Object"
        if realm is not None and o is realm.function_prototype:
            return "Function"
        d = own(o, "constructor")
        if d is not None and not d.flags & ACCESSOR and is_callable(d.value):
            name = data_get(d.value, "name")
            if type(name) is str and name and instance_of(obj, d.value):
                return name
        o, hops = proto_of(o), hops + 1
        if first_proto is _UNSET:
            first_proto = o
    if first_proto is None or first_proto is _UNSET:
        return None
    res = kinds.internal_class_name(obj)
    if recurse_times > ctx.depth:
        return f"{res} <Complex prototype>"
    proto_constr = get_constructor_name(first_proto, ctx, recurse_times + 1)
    if proto_constr is None:
        inner = Ctx(depth=-1)
        inner.realm = ctx.realm
        return f"{res} <{format_value(inner, first_proto, 0)}>"
    return f"{res} <{proto_constr}>"


def get_prefix(constructor, tag, fallback, size=""):
    if constructor is None:
        if tag and fallback != tag:
            return f"[{fallback}{size}: null prototype] [{tag}] "
        return f"[{fallback}{size}: null prototype] "
    if tag and constructor != tag:
        return f"{constructor}{size} [{tag}] "
    return f"{constructor}{size} "


def get_ctx_style(value, constructor, tag):
    fallback = ""
    if constructor is None:
        fallback = kinds.internal_class_name(value)
        if fallback == tag:
            fallback = "Object"
    return get_prefix(constructor, tag, fallback)


def _to_string_tag(ctx, value):
    tag = data_get(value, SYM_TO_STRING_TAG)
    if tag is None:
        tag = _builtin_getter_value(value, SYM_TO_STRING_TAG)
    if type(tag) is not str or not tag:
        return ""
    p = own(value, SYM_TO_STRING_TAG)
    if p is not None and (ctx.show_hidden or p.flags & ENUMERABLE):
        return ""
    return tag


def _builtin_getter_value(obj, key):
    """``obj[key]`` when it is an accessor whose getter is a builtin (it runs no user code,
    e.g. %TypedArray%.prototype[@@toStringTag]); None otherwise."""
    o, hops = obj, 0
    while isinstance(o, JSObject) and hops < 10_000 and not is_proxy(o):
        p = own(o, key)
        if p is not None:
            if p.flags & ACCESSOR and is_builtin_function(p.getter):
                try:
                    return p.getter.call(obj, [])
                except JSError:
                    return None
            return None
        o, hops = proto_of(o), hops + 1
    return None


def format_raw(ctx, value, recurse_times):
    constructor = get_constructor_name(value, ctx, recurse_times)
    tag = _to_string_tag(ctx, value)
    base = ""
    formatter = None
    braces = None
    extras_type = K_OBJECT
    keys = None
    kind = kinds.kind_of(value)
    if kind == "array":
        prefix = get_prefix(constructor, tag, "Array", f"({value.length})") \
            if constructor != "Array" or tag else ""
        keys = own_keys(value, ctx.show_hidden, non_index=True)
        braces = [f"{prefix}[", "]"]
        if value.length == 0 and not keys:
            return f"{braces[0]}]"
        extras_type = K_ARRAY_EXTRAS
        formatter = format_array
    elif kind in ("set", "map"):
        entries = kinds.collection_entries(value, ctx, kind)
        name = "Set" if kind == "set" else "Map"
        prefix = get_prefix(constructor, tag, name, f"({len(entries)})")
        keys = own_keys(value, ctx.show_hidden)
        if not entries and not keys:
            return f"{prefix}{{}}"
        braces = [f"{prefix}{{", "}"]
        formatter = partial(format_set if kind == "set" else format_map, entries=entries)
    elif kind == "typed_array":
        keys = own_keys(value, ctx.show_hidden, non_index=True)
        length = kinds.typed_array_length(value)
        fallback = kinds.internal_class_name(value) if constructor is None else ""
        braces = [f"{get_prefix(constructor, tag, fallback, f'({length})')}[", "]"]
        if length == 0 and not keys and not ctx.show_hidden:
            return f"{braces[0]}]"
        formatter = partial(format_typed_array, length=length)
        extras_type = K_ARRAY_EXTRAS
    elif kind in ("map_iterator", "set_iterator"):
        keys = own_keys(value, ctx.show_hidden)
        type_ = "Map" if kind == "map_iterator" else "Set"
        iter_tag = tag
        if iter_tag != f"{type_} Iterator":
            iter_tag = (f"{iter_tag}] [" if iter_tag else "") + f"{type_} Iterator"
        braces = [f"[{iter_tag}] {{", "}"]
        formatter = partial(format_iterator, braces=braces)
    else:
        keys = own_keys(value, ctx.show_hidden)
        braces = ["{", "}"]
        if value.callable:
            base = kinds.function_base(ctx, value, constructor, tag)
            if not keys:
                return ctx.stylize(base, "special")
        elif constructor == "Object":
            if kind == "arguments":
                braces[0] = "[Arguments] {"
            elif tag:
                braces[0] = f"{get_prefix(constructor, tag, 'Object')}{{"
            if not keys:
                return f"{braces[0]}}}"
        elif kind == "regexp":
            base = kinds.regexp_to_string(value, ctx)
            prefix = get_prefix(constructor, tag, "RegExp")
            if prefix != "RegExp ":
                base = prefix + base
            if not keys or recurse_times > ctx.depth:
                return ctx.stylize(base, "regexp")
        elif kind == "date":
            base = kinds.date_to_string(value, ctx)
            prefix = get_prefix(constructor, tag, "Date")
            if prefix != "Date ":
                base = prefix + base
            if not keys:
                return ctx.stylize(base, "date")
        elif kind == "error":
            base = kinds.format_error(ctx, value, constructor, tag, keys)
            if not keys:
                return base
        elif kind == "promise":
            braces[0] = f"{get_prefix(constructor, tag, 'Promise')}{{"
            formatter = format_promise
        elif kind in ("weakset", "weakmap"):
            braces[0] = f"{get_prefix(constructor, tag, 'WeakSet' if kind == 'weakset' else 'WeakMap')}{{"
            formatter = format_weak_collection
        elif kind == "namespace":
            braces[0] = f"{get_prefix(constructor, tag, 'Module')}{{"
            formatter = partial(format_namespace, names=keys)
            keys = []
        elif kind == "boxed":
            base = kinds.boxed_base(ctx, value, keys, constructor, tag)
            if not keys:
                return base
        elif kind == "array_buffer":
            braces[0] = f"{get_prefix(constructor, tag, kinds.internal_class_name(value))}{{"
            formatter = kinds.format_array_buffer
        elif kind == "data_view":
            braces[0] = f"{get_prefix(constructor, tag, 'DataView')}{{"
            formatter = kinds.format_data_view
        else:
            if not keys:
                return f"{get_ctx_style(value, constructor, tag)}{{}}"
            braces[0] = f"{get_ctx_style(value, constructor, tag)}{{"

    if recurse_times > ctx.depth:
        name = get_ctx_style(value, constructor, tag)[:-1]
        if constructor is not None:
            name = f"[{name}]"
        return ctx.stylize(name, "special")
    recurse_times += 1
    ctx.seen.append(value)
    ctx.current_depth = recurse_times
    indentation_lvl = ctx.indentation_lvl
    try:
        output = formatter(ctx, value, recurse_times) if formatter is not None else []
        for k in keys:
            output.append(format_property(ctx, value, recurse_times, k, extras_type))
    except RecursionError:
        ctx.indentation_lvl = indentation_lvl
        name = get_ctx_style(value, constructor, tag)[:-1]
        return ctx.stylize(f"[{name}: Inspection interrupted prematurely. "
                           "Maximum call stack size exceeded.]", "special")
    finally:
        ctx.seen.pop()
    if ctx.circular is not None:
        index = ctx.circular.get(id(value))
        if index is not None:
            reference = ctx.stylize(f"<ref *{index}>", "special")
            base = reference if not base else f"{reference} {base}"
    res = reduce_to_single_string(ctx, output, base, braces, extras_type, recurse_times, value)
    # Like Node, once the output at one indentation level passes 2**27 characters,
    # stop descending: a huge structure must not exhaust memory.
    used = ctx.budget.get(ctx.indentation_lvl, 0) + len(res)
    ctx.budget[ctx.indentation_lvl] = used
    if used > 2 ** 27:
        ctx.depth = -1
    return res


# -- entries ------------------------------------------------------------------------------

def _remaining_text(n):
    return f"... {n} more item{'s' if n > 1 else ''}"


def format_array(ctx, value, recurse_times):
    length = value.length
    n = min(max(0, ctx.max_array_length), length)
    output = []
    els = value.elements if type(value) is JSArray else None
    for i in range(n):
        if els is not None and i < len(els) and els[i] is not HOLE:
            d = Prop(els[i], 7)
        else:
            d = own(value, str(i))
            if d is None:
                return format_special_array(ctx, value, recurse_times, n, output, i)
        output.append(format_property(ctx, value, recurse_times, str(i), K_ARRAY, d))
    if length > n:
        output.append(_remaining_text(length - n))
    return output


def format_special_array(ctx, value, recurse_times, max_length, output, i):
    """A sparse array: runs of holes become ``<n empty items>``."""
    keys = [k for k in own_keys(value, False) if type(k) is str]
    index = i
    while i < len(keys) and len(output) < max_length:
        key = keys[i]
        if not is_array_index(key):
            break
        tmp = int(key)
        if str(index) != key:
            empty = tmp - index
            output.append(ctx.stylize(f"<{empty} empty item{'s' if empty > 1 else ''}>", "undefined"))
            index = tmp
            if len(output) == max_length:
                break
        output.append(format_property(ctx, value, recurse_times, key, K_ARRAY))
        index += 1
        i += 1
    remaining = value.length - index
    if len(output) != max_length:
        if remaining > 0:
            output.append(ctx.stylize(f"<{remaining} empty item{'s' if remaining > 1 else ''}>",
                                      "undefined"))
    elif remaining > 0:
        output.append(_remaining_text(remaining))
    return output


def format_typed_array(ctx, value, recurse_times, length):
    n = min(max(0, ctx.max_array_length), length)
    output = []
    for i in range(n):
        d = own(value, str(i))
        output.append(format_primitive(ctx, d.value if d is not None else None))
    if length > n:
        output.append(_remaining_text(length - n))
    return output


def format_set(ctx, value, recurse_times, entries):
    n = min(max(0, ctx.max_array_length), len(entries))
    ctx.indentation_lvl += 2
    output = [format_value(ctx, v, recurse_times) for v in entries[:n]]
    ctx.indentation_lvl -= 2
    if len(entries) > n:
        output.append(_remaining_text(len(entries) - n))
    return output


def format_map(ctx, value, recurse_times, entries):
    n = min(max(0, ctx.max_array_length), len(entries))
    ctx.indentation_lvl += 2
    output = [f"{format_value(ctx, k, recurse_times)} => {format_value(ctx, v, recurse_times)}"
              for k, v in entries[:n]]
    ctx.indentation_lvl -= 2
    if len(entries) > n:
        output.append(_remaining_text(len(entries) - n))
    return output


def format_iterator(ctx, value, recurse_times, braces):
    """A Map/Set iterator's remaining entries; key/value ones as ``[Map Entries] { [ k, v ] }``."""
    entries, is_key_value = kinds.iterator_preview(value)
    n = min(max(0, ctx.max_array_length), len(entries))
    ctx.indentation_lvl += 2
    if is_key_value:
        braces[0] = re.sub(r" Iterator\] \{$", " Entries] {", braces[0])
        output = []
        for k, v in entries[:n]:
            res = [format_value(ctx, k, recurse_times), format_value(ctx, v, recurse_times)]
            output.append(reduce_to_single_string(ctx, res, "", ["[", "]"], K_ARRAY_EXTRAS,
                                                  recurse_times))
    else:
        output = [format_value(ctx, v, recurse_times) for v in entries[:n]]
    ctx.indentation_lvl -= 2
    if len(entries) > n:
        output.append(_remaining_text(len(entries) - n))
    return output


def format_promise(ctx, value, recurse_times):
    st = getattr(value, "promise_state", "pending")
    if st == "pending":
        return [ctx.stylize("<pending>", "special")]
    ctx.indentation_lvl += 2
    s = format_value(ctx, getattr(value, "result", None), recurse_times)
    ctx.indentation_lvl -= 2
    return [f"{ctx.stylize('<rejected>', 'special')} {s}" if st == "rejected" else s]


def format_weak_collection(ctx, value, recurse_times):
    return [ctx.stylize("<items unknown>", "special")]


def format_namespace(ctx, value, recurse_times, names):
    output = []
    for k in names:
        try:
            d = value.get_own_property(k)
        except JSError:         # an export still in its temporal dead zone
            d = None
        if d is None:
            output.append(f"{_key_name(ctx, k, True)}: {ctx.stylize('<uninitialized>', 'special')}")
        else:
            output.append(format_property(ctx, value, recurse_times, k, K_OBJECT, d))
    return output


def _key_name(ctx, key, enumerable):
    if type(key) is JSSymbol:
        return f"[{ctx.stylize(_ESC_WITH_QUOTE.sub(_escape_char, symbol_to_string(key)), 'symbol')}]"
    if type(key) is not str:        # a private name or other engine key: never shown as JS
        return "[internal]"
    if key == "__proto__":
        return "['__proto__']"
    if not enumerable:
        return f"[{_ESC_WITH_QUOTE.sub(_escape_char, key)}]"
    if _KEY_IDENT.match(key):
        return ctx.stylize(key, "name")
    return ctx.stylize(str_escape(key), "string")


def format_property(ctx, value, recurse_times, key, type_, desc=None):
    if desc is None:
        desc = own(value, key)
        if desc is None:
            desc = Prop(data_get(value, key), 7)
    if desc.flags & ACCESSOR:
        if desc.getter is not None:
            s = ctx.stylize("[Getter/Setter]" if desc.setter is not None else "[Getter]", "special")
        elif desc.setter is not None:
            s = ctx.stylize("[Setter]", "special")
        else:
            s = ctx.stylize("undefined", "undefined")
    else:
        ctx.indentation_lvl += 2
        s = format_value(ctx, desc.value, recurse_times)
        ctx.indentation_lvl -= 2
    if type_ == K_ARRAY:
        return s
    return f"{_key_name(ctx, key, bool(desc.flags & ENUMERABLE))}: {s}"


# -- layout -------------------------------------------------------------------------------

def _visible_len(ctx, s):
    return len(strip_ansi(s)) if ctx.colors else len(s)


def is_below_break_length(ctx, output, start, base):
    total = len(output) + start
    if total + len(output) > ctx.break_length:
        return False
    for s in output:
        total += _visible_len(ctx, s)
        if total > ctx.break_length:
            return False
    return base == "" or "\n" not in base


def reduce_to_single_string(ctx, output, base, braces, extras_type, recurse_times, value=None):
    entries = len(output)
    if extras_type == K_ARRAY_EXTRAS and entries > 6:
        output = group_array_elements(ctx, output, value)
    if ctx.current_depth - recurse_times < ctx.compact and entries == len(output):
        start = len(output) + ctx.indentation_lvl + len(braces[0]) + len(base) + 10
        if is_below_break_length(ctx, output, start, base):
            joined = ", ".join(output)
            if "\n" not in joined:
                return f"{base + ' ' if base else ''}{braces[0]} {joined} {braces[1]}"
    indentation = "\n" + " " * ctx.indentation_lvl
    return (f"{base + ' ' if base else ''}{braces[0]}{indentation}  "
            f"{(',' + indentation + '  ').join(output)}{indentation}{braces[1]}")


def _js_round(x):
    return math.floor(x + 0.5)


def group_array_elements(ctx, output, value):
    """Lay out 7+ short array entries in aligned columns (Node's groupArrayElements)."""
    total_length = 0
    max_length = 0
    output_length = len(output)
    if ctx.max_array_length < len(output):
        output_length -= 1          # leave "... n more items" out of the columns
    separator_space = 2
    data_len = []
    for i in range(output_length):
        n = string_width(output[i], ctx.colors)
        data_len.append(n)
        total_length += n + separator_space
        max_length = max(max_length, n)
    actual_max = max_length + separator_space
    if actual_max * 3 + ctx.indentation_lvl < ctx.break_length and \
            (total_length / actual_max > 5 or max_length <= 6):
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(
            _js_round(math.sqrt(2.5 * biased_max * output_length) / biased_max),
            (ctx.break_length - ctx.indentation_lvl) // actual_max,
            ctx.compact * 4,
            15)
        if columns <= 1:
            return output
        max_line_length = []
        for i in range(columns):
            line_max = 0
            for j in range(i, output_length, columns):
                line_max = max(line_max, data_len[j])
            max_line_length.append(line_max + separator_space)
        pad_start = True
        if isinstance(value, JSObject):
            for i in range(len(output)):
                d = own(value, str(i))
                v = None if d is None or d.flags & ACCESSOR else d.value
                if type(v) is not float and type(v) is not int:
                    pad_start = False
                    break
        tmp = []
        for i in range(0, output_length, columns):
            max_i = min(i + columns, output_length)
            parts = []
            for j in range(i, max_i - 1):
                padding = max_line_length[j - i] + len(output[j]) - data_len[j]
                cell = output[j] + ", "
                parts.append(cell.rjust(padding) if pad_start else cell.ljust(padding))
            j = max_i - 1
            if pad_start:
                padding = max_line_length[j - i] + len(output[j]) - data_len[j] - separator_space
                parts.append(output[j].rjust(padding))
            else:
                parts.append(output[j])
            tmp.append("".join(parts))
        if ctx.max_array_length < len(output):
            tmp.append(output[output_length])
        output = tmp
    return output


# -- console.log's format string ----------------------------------------------------------------

def format_args(args, colors=False) -> str:
    """``util.format(...args)`` — console.log's line — as real text.

    May run JS (``%d`` and ``%s`` convert their argument like Node does), so a
    JSError can propagate, exactly as it would from Node's console.log.
    """
    return to_text(format_args16(args, colors))


def format_args16(args, colors=False) -> str:
    """:func:`format_args` in UTF-16 code units (``colors``: ANSI-styled inspections)."""
    from ..interp.ops import to_string, to_numeric
    from ..interp.numconv import parse_int, parse_float
    first = args[0] if args else None
    a = 0
    out = []
    join = ""
    if type(first) is str:
        if len(args) == 1:
            return first
        last_pos = 0
        i = 0
        n = len(first)
        while i < n - 1:
            if first[i] == "%":
                i += 1
                c = first[i]
                if a + 1 != len(args):
                    if c == "s":
                        a += 1
                        arg = args[a]
                        if type(arg) is float:
                            temp = format_number(Ctx(), arg)
                        elif type(arg) is int:
                            temp = f"{arg}n"
                        elif type(arg) is JSSymbol:
                            temp = symbol_to_string(arg)
                        elif not isinstance(arg, JSObject) or not kinds.has_builtin_to_string(arg):
                            temp = to_string(arg)
                        else:
                            temp = inspect16(arg, depth=0)
                    elif c == "j":
                        a += 1
                        temp = kinds.json_stringify(args[a])
                    elif c in "dif":
                        a += 1
                        arg = args[a]
                        if type(arg) is JSSymbol:
                            temp = "NaN"
                        elif c != "f" and type(arg) is int:
                            temp = f"{arg}n"
                        elif c == "d":
                            num = to_numeric(arg)
                            temp = format_number(Ctx(), float(num))
                        elif c == "i":
                            temp = format_number(Ctx(), parse_int(to_string(arg), 0))
                        else:
                            temp = format_number(Ctx(), parse_float(to_string(arg)))
                    elif c == "O":
                        a += 1
                        temp = inspect16(args[a], colors=colors)
                    elif c == "o":
                        a += 1
                        temp = inspect16(args[a], depth=4, colors=colors, show_hidden=True)
                    elif c == "c":
                        a += 1
                        temp = ""
                    elif c == "%":
                        out.append(first[last_pos:i])
                        last_pos = i + 1
                        i += 1
                        continue
                    else:
                        i += 1
                        continue
                    if last_pos != i - 1:
                        out.append(first[last_pos:i - 1])
                    out.append(temp)
                    last_pos = i + 1
                elif c == "%":
                    out.append(first[last_pos:i])
                    last_pos = i + 1
            i += 1
        if last_pos != 0:
            a += 1
            join = " "
            if last_pos < n:
                out.append(first[last_pos:])
    while a < len(args):
        v = args[a]
        out.append(join)
        out.append(v if type(v) is str else inspect16(v, colors=colors))
        join = " "
        a += 1
    return "".join(out)
