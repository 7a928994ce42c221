"""Reading JS properties from Python without running any JS code.

Display code (inspect, console.table) must never call a getter, a proxy trap
or a user ``Symbol.hasInstance``: these helpers walk the stored property
records directly.  An accessor reads as absent (None), a proxy is opaque, and
engine failures (an export still in its temporal dead zone) read as absent too
— but a RecursionError propagates, so the caller can stop where the stack ran out.
"""
from ..interp.values import ACCESSOR, ENUMERABLE, JSObject, is_array_index


def is_proxy(v):
    return type(v).__name__.endswith("Proxy") or v.class_name == "Proxy"


def proxy_target(v):
    for name in ("proxy_target", "target"):
        t = getattr(v, name, None)
        if t is not None:
            return t
    return None


def own(obj, key):
    """The own property ``key`` of ``obj`` as a Prop, or None (never calls user code)."""
    try:
        return obj.get_own_property(key)
    except RecursionError:      # let format_raw cut the output short where the stack ran out
        raise
    except Exception:           # e.g. a module namespace export still in its TDZ
        return None


def proto_of(obj):
    try:
        return obj.get_prototype_of()
    except RecursionError:
        raise
    except Exception:
        return None


def data_get(obj, key):
    """``obj[key]`` when it is a data property somewhere on the chain; None for accessors."""
    o, hops = obj, 0
    while isinstance(o, JSObject) and hops < 10_000:
        if is_proxy(o):
            return None
        p = own(o, key)
        if p is not None:
            return None if p.flags & ACCESSOR else p.value
        o, hops = proto_of(o), hops + 1
    return None


def has_property(obj, key):
    o, hops = obj, 0
    while isinstance(o, JSObject) and hops < 10_000:
        if is_proxy(o) or own(o, key) is not None:
            return True
        o, hops = proto_of(o), hops + 1
    return False


def own_keys(obj, show_hidden, non_index=False):
    """Object.keys + enumerable symbols (or all own keys when showing hidden ones)."""
    try:
        keys = obj.own_property_keys()
    except RecursionError:
        raise
    except Exception:
        return []
    out = []
    for k in keys:
        if non_index and type(k) is str and is_array_index(k):
            continue
        if not show_hidden:
            p = own(obj, k)
            if p is None or not p.flags & ENUMERABLE:
                continue
        out.append(k)
    return out


def is_callable(v):
    return isinstance(v, JSObject) and v.callable


def is_builtin_function(f):
    """True for functions implemented by the engine (they run no user code)."""
    from ..interp.functions import NativeFunction
    return isinstance(f, NativeFunction)


def instance_of(obj, ctor):
    """OrdinaryHasInstance without Symbol.hasInstance (which could run user code)."""
    target = getattr(ctor, "bound_target", None)
    if target is not None:
        return instance_of(obj, target)
    p = own(ctor, "prototype")
    proto = None if p is None or p.flags & ACCESSOR else p.value
    if not isinstance(proto, JSObject):
        return False
    o, hops = proto_of(obj), 0
    while o is not None and hops < 10_000:
        if o is proto:
            return True
        o, hops = proto_of(o), hops + 1
    return False
