"""Per-kind pieces of :mod:`pyjs.webapi.inspect`: what a value is, and its special parts.

Several builtin families (Map, Set, Date, RegExp, typed arrays, Proxy) are
written independently of this module, so nothing here imports them: a value's
kind comes from its ``class_name`` (the engine's stand-in for internal slots),
and its contents are read by calling the realm's *builtin* functions (for
example the original ``Map.prototype.entries``), which run no user code.  A
family that does not exist yet, or a value that does not answer, is simply
shown as a plain object.
"""
import math
import re

from ..interp.arrays import JSArray
from ..interp.numconv import number_to_string
from ..interp.values import ACCESSOR, JSError, JSObject, JSSymbol, null, SYM_TO_PRIMITIVE
from . import inspect as core
from ._props import (data_get, has_property, is_builtin_function, is_callable, is_proxy, own,
                     proto_of, proxy_target)

TYPED_ARRAYS = frozenset((
    "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
    "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array",
    "BigUint64Array"))
_SIMPLE_KINDS = {
    "Set": "set", "Map": "map", "WeakSet": "weakset", "WeakMap": "weakmap", "Date": "date",
    "RegExp": "regexp", "Error": "error", "Promise": "promise", "Arguments": "arguments",
    "ArrayBuffer": "array_buffer", "SharedArrayBuffer": "array_buffer",
    "Map Iterator": "map_iterator", "Set Iterator": "set_iterator", "DataView": "data_view",
}
_BOXED = {float: "Number", str: "String", bool: "Boolean", int: "BigInt", JSSymbol: "Symbol"}


# -- what a value is -------------------------------------------------------------------------

def internal_class_name(v):
    """V8's internal class name stand-in, for null-prototype and odd-prototype prefixes."""
    if type(v).__name__ == "ModuleNamespace":
        return "Module"
    name = v.class_name
    return name if type(name) is str and name else "Object"


def realm_of(v):
    """The realm a value belongs to, for hosts inspecting outside JS execution."""
    o, hops = v, 0
    while isinstance(o, JSObject) and hops < 100:
        realm = getattr(o, "realm", None)
        if realm is not None:
            return realm
        d = own(o, "constructor")
        realm = getattr(d.value, "realm", None) if d is not None else None
        if realm is not None:
            return realm
        o, hops = proto_of(o), hops + 1
    return None


def kind_of(v):
    """The display family of object ``v`` (``'plain'`` when nothing special applies)."""
    if isinstance(v, JSArray):
        return "array"
    if v.callable:
        return "function"
    if type(v).__name__ == "ModuleNamespace":
        return "namespace"
    if hasattr(v, "primitive") and type(v.primitive) in _BOXED:
        return "boxed"
    name = v.class_name
    if name in TYPED_ARRAYS:
        return "typed_array"
    return _SIMPLE_KINDS.get(name, "plain")


# -- builtin helpers that run no user code ------------------------------------------------------

def _intrinsic_proto(ctx, name):
    realm = ctx.realm
    if realm is None:
        return None
    proto = realm.intrinsics.get(f"%{name}.prototype%")
    if proto is None:
        ctor = realm.intrinsics.get(f"%{name}%")
        p = own(ctor, "prototype") if ctor is not None else None
        proto = None if p is None or p.flags & ACCESSOR else p.value
    return proto if isinstance(proto, JSObject) else None


def _builtin_method(ctx, family, key):
    proto = _intrinsic_proto(ctx, family)
    if proto is None:
        return None
    p = own(proto, key)
    if p is None:
        return None
    f = p.getter if p.flags & ACCESSOR else p.value
    return f if is_builtin_function(f) else None


def _call_builtin(ctx, family, key, this):
    """Call the realm's original builtin ``family.prototype[key]`` (or its getter) on ``this``."""
    f = _builtin_method(ctx, family, key)
    if f is None:
        raise LookupError(key)
    return f.call(this, [])


def collection_entries(value, ctx, kind):
    """A Set's values or a Map's ``(key, value)`` pairs, via the builtin iterators."""
    try:
        if kind == "set":
            it = _call_builtin(ctx, "Set", "values", value)
        else:
            it = _call_builtin(ctx, "Map", "entries", value)
        nxt = data_get(it, "next")
        if not is_builtin_function(nxt):
            return []
        out = []
        while True:
            r = nxt.call(it, [])
            if data_get(r, "done") is True:
                return out
            v = data_get(r, "value")
            if kind == "set":
                out.append(v)
            else:
                out.append((data_get(v, "0"), data_get(v, "1")))
    except (JSError, LookupError):
        return []


def typed_array_length(v):
    for name in ("array_length", "length"):
        n = getattr(v, name, None)
        if type(n) is int:
            return n
    p = own(v, "length")
    return int(p.value) if p is not None and type(p.value) is float else 0


def format_array_buffer(ctx, value, recurse_times):
    """``[Uint8Contents]: <00 ff>`` and the ``byteLength`` Node shows for every buffer."""
    data = None
    for name in ("data", "buffer_data", "array_buffer_data", "bytes"):
        d = getattr(value, name, None)
        if isinstance(d, (bytes, bytearray, memoryview)):
            data = bytes(d)
            break
    byte_length = f"byteLength: {core.format_number(ctx, float(len(data or b'')))}"
    if data is None:
        return [ctx.stylize("(detached)", "special"), byte_length]
    shown = data[:ctx.max_array_length]
    s = " ".join(f"{b:02x}" for b in shown)
    remaining = len(data) - ctx.max_array_length
    if remaining > 0:
        s += f" ... {remaining} more byte{'s' if remaining > 1 else ''}"
    return [f"{ctx.stylize('[Uint8Contents]', 'special')}: <{s}>", byte_length]


def format_data_view(ctx, value, recurse_times):
    """A DataView's ``byteLength``, ``byteOffset`` and ``buffer``, read by the builtin getters."""
    output = []
    for key in ("byteLength", "byteOffset", "buffer"):
        try:
            v = _call_builtin(ctx, "DataView", key, value)
        except (JSError, LookupError):      # a detached buffer: Node shows the getter's throw
            continue
        ctx.indentation_lvl += 2
        output.append(f"{key}: {core.format_value(ctx, v, recurse_times)}")
        ctx.indentation_lvl -= 2
    return output


def iterator_preview(value):
    """The entries a Map/Set iterator has still to produce (without advancing it), and
    whether they are key/value pairs (Node's ``previewEntries(iterator, true)``)."""
    store = getattr(value, "store", None)
    cursor = getattr(value, "cursor", None)
    kind = getattr(value, "kind", None)
    if store is None or cursor is None:
        return [], kind in ("key+value", "key+key")
    from ..builtins.collections import EMPTY
    out = []
    for pos in range(cursor.pos, len(store.keys)):
        key = store.keys[pos]
        if key is EMPTY:
            continue
        if kind == "value":
            out.append(store.values[pos])
        elif kind == "key+value":
            out.append((key, store.values[pos]))
        elif kind == "key+key":
            out.append((key, key))
        else:
            out.append(key)
    return out, kind in ("key+value", "key+key")


def date_to_string(value, ctx):
    try:
        t = _call_builtin(ctx, "Date", "getTime", value)
        if type(t) is float and math.isnan(t):
            return "Invalid Date"
        s = _call_builtin(ctx, "Date", "toISOString", value)
        return s if type(s) is str else "Invalid Date"
    except (JSError, LookupError):
        return "Invalid Date"


def regexp_to_string(value, ctx):
    src = getattr(value, "original_source", None)
    flags = getattr(value, "original_flags", None)
    try:
        if type(src) is not str:
            src = _call_builtin(ctx, "RegExp", "source", value)
        if type(flags) is not str:
            flags = _call_builtin(ctx, "RegExp", "flags", value)
    except (JSError, LookupError):
        pass
    return f"/{src if type(src) is str else '(?:)'}/{flags if type(flags) is str else ''}"


def _prim_str(v):
    """String(v) for values whose conversion runs no user code (objects get a placeholder)."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return str(v)
    if v is None:
        return "undefined"
    if v is null:
        return "null"
    if t is JSSymbol:
        return core.symbol_to_string(v)
    return "[object Object]"


# -- functions and boxed primitives -----------------------------------------------------------

_FUNCTION_TYPES = {"generator": "GeneratorFunction", "async": "AsyncFunction",
                   "asyncgen": "AsyncGeneratorFunction"}


def function_base(ctx, value, constructor, tag):
    code = getattr(value, "code", None)
    if code is not None and getattr(code, "is_class_constructor", False):
        return _class_base(value, constructor, tag)
    type_ = _FUNCTION_TYPES.get(getattr(code, "kind", None), "Function")
    base = f"[{type_}"
    if constructor is None:
        base += " (null prototype)"
    name = data_get(value, "name")
    base += " (anonymous)]" if name == "" or name is None else f": {_prim_str(name)}]"
    if constructor != type_ and constructor is not None:
        base += f" {constructor}"
    if tag and constructor != tag:
        base += f" [{tag}]"
    return base


def _class_base(value, constructor, tag):
    name = data_get(value, "name") if own(value, "name") is not None else None
    base = f"class {_prim_str(name) if name else '(anonymous)'}"
    if constructor != "Function" and constructor is not None:
        base += f" [{constructor}]"
    if tag and constructor != tag:
        base += f" [{tag}]"
    if constructor is not None:
        parent = proto_of(value)
        super_name = data_get(parent, "name") if parent is not None else None
        if super_name:
            base += f" extends {_prim_str(super_name)}"
    else:
        base += " extends [null prototype]"
    return f"[{base}]"


def boxed_base(ctx, value, keys, constructor, tag):
    prim = value.primitive
    type_ = _BOXED[type(prim)]
    if type_ == "String":
        del keys[:len(prim)]            # the index keys only repeat the string
    base = f"[{type_}"
    if type_ != constructor:
        base += " (null prototype)" if constructor is None else f" ({constructor})"
    colors, ctx.colors = ctx.colors, False
    try:
        base += f": {core.format_primitive(ctx, prim)}]"
    finally:
        ctx.colors = colors
    if tag and tag != constructor:
        base += f" [{tag}]"
    if keys or not ctx.colors:
        return base
    return ctx.stylize(base, type_.lower())


# -- errors ----------------------------------------------------------------------------------

def _stack_string(err):
    stack = data_get(err, "stack")
    if stack is not None and stack is not null and stack != "" and stack is not False:
        return _prim_str(stack)
    name = data_get(err, "name")
    name = "Error" if name is None else _prim_str(name)
    msg = data_get(err, "message")
    msg = "" if msg is None else _prim_str(msg)
    if not name:
        return msg
    return f"{name}: {msg}" if msg else name


def _improve_stack(stack, constructor, name, tag):
    """Show the constructor when it differs from the name in the stack (``Foo [TypeError]: ...``)."""
    ln = len(name)
    if constructor is None or (name.endswith("Error") and stack.startswith(name)
                               and (len(stack) == ln or stack[ln] in ":\n")):
        fallback = "Error"
        if constructor is None:
            m = re.match(r"([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)", stack) or \
                re.match(r"([a-z_A-Z0-9-]*Error)\Z", stack)
            fallback = (m.group(1) if m else "") or ""
            ln = len(fallback)
            fallback = fallback or "Error"
        prefix = core.get_prefix(constructor, tag, fallback)[:-1]
        if name != prefix:
            if name in prefix:
                stack = f"{prefix}: {stack}" if ln == 0 else prefix + stack[ln:]
            else:
                stack = f"{prefix} [{name}]{stack[ln:]}"
    return stack


def _identical_sequence_range(a, b):
    for i in range(len(a) - 3):
        try:
            pos = b.index(a[i])
        except ValueError:
            continue
        rest = len(b) - pos
        if rest > 3:
            n = 1
            max_len = min(len(a) - i, rest)
            while max_len > n and a[i + n] == b[pos + n]:
                n += 1
            if n > 3:
                return n, i
    return 0, 0


def _stack_frames(ctx, err, stack):
    frames = stack.split("\n")
    cause = data_get(err, "cause")
    if isinstance(cause, JSObject) and cause.class_name == "Error":
        cause_stack = _stack_string(cause)
        start = cause_stack.find("\n    at")
        if start != -1:
            cause_frames = cause_stack[start + 1:].split("\n")
            n, offset = _identical_sequence_range(frames, cause_frames)
            if n > 0:
                skipped = n - 2
                msg = f"    ... {skipped} lines matching cause stack trace ..."
                frames[offset + 1:offset + 1 + skipped] = [ctx.stylize(msg, "undefined")]
    return frames


def format_error(ctx, err, constructor, tag, keys):
    name_v = data_get(err, "name")
    name = "Error" if name_v is None or name_v is null else _prim_str(name_v)
    stack = _stack_string(err)
    if not ctx.show_hidden and keys:
        for key in ("name", "message", "stack"):
            if key in keys and _prim_str(data_get(err, key)) in stack:
                keys.remove(key)
    if has_property(err, "cause") and "cause" not in keys:
        keys.append("cause")
    if isinstance(data_get(err, "errors"), JSArray) and "errors" not in keys:
        keys.append("errors")
    stack = _improve_stack(stack, constructor, name, tag)
    message = data_get(err, "message")
    pos = -1
    if type(message) is str and message:
        pos = stack.find(message)
        pos = -1 if pos <= 0 else pos + len(message)
    stack_start = stack.find("\n    at", max(pos, 0))
    if stack_start == -1:
        if not (ctx.bare_error and not ctx.seen):
            stack = f"[{stack}]"
    else:
        lines = _stack_frames(ctx, err, stack[stack_start + 1:])
        stack = stack[:stack_start] + "\n" + "\n".join(lines)
    if ctx.indentation_lvl:
        stack = stack.replace("\n", "\n" + " " * ctx.indentation_lvl)
    return stack


# -- console.log format-string helpers ----------------------------------------------------------

def has_builtin_to_string(v):
    """True when String(v) would only reach builtin toString/@@toPrimitive (Node's %s rule)."""
    if is_proxy(v):
        v = proxy_target(v)
        if not isinstance(v, JSObject):
            return True
    to_s = data_get(v, "toString")
    to_p = data_get(v, SYM_TO_PRIMITIVE)
    check_to_s = check_to_p = True
    if not is_callable(to_s):
        if not is_callable(to_p):
            return True
        if own(v, SYM_TO_PRIMITIVE) is not None:
            return False
        check_to_s = False
    elif own(v, "toString") is not None:
        return False
    elif not is_callable(to_p):
        check_to_p = False
    elif own(v, SYM_TO_PRIMITIVE) is not None:
        return False
    pointer = v
    while True:
        pointer = proto_of(pointer)
        if pointer is None:
            return True
        if (check_to_s and own(pointer, "toString") is not None) or \
                (check_to_p and own(pointer, SYM_TO_PRIMITIVE) is not None):
            break
    d = own(pointer, "constructor")
    return d is not None and not d.flags & ACCESSOR and is_builtin_function(d.value)


def json_stringify(v):
    """``%j``: JSON.stringify, with ``'[Circular]'`` for circular structures."""
    from ..interp.agent import state
    realm = state.realm
    json = realm.global_object.get("JSON", realm.global_object) if realm is not None else None
    fn = json.get("stringify", json) if isinstance(json, JSObject) else None
    if not is_callable(fn):
        return "undefined"
    try:
        r = fn.call(json, [v])
    except JSError as e:
        if e.name == "TypeError" and "circular" in (e.message or "").lower():
            return "[Circular]"
        raise
    return "undefined" if r is None else _prim_str(r)
