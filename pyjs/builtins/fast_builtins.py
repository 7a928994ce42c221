"""The built-in methods generated code may call past their lookup or compute in place
(``s.charCodeAt(i)``, ``m.get(k)``, ``Math.floor(x)``...), and their registration on a
realm as each family is set up.

The code generator (pyjs.interp.codegen.builtin_calls) holds the inline forms and the
call sites' tests; this table is apart from it so that setting up a realm's intrinsics
does not import the compiler and the code generator, which a realm needs only when it
first compiles code.
"""
from ..interp.proto_cache import WatchedProps


class BuiltinMethod:
    """One built-in a call site may take past the general call.  A plain class: this
    module is imported while a realm is set up, and a NamedTuple costs ~0.5 ms to make."""
    __slots__ = ("attr", "receiver", "arities", "inline")

    def __init__(self, attr, receiver, arities, inline=None):
        # the Realm attribute holding the built-in function object, named after the
        # object holding it (a prototype's or a constructor's family) and the method
        self.attr = attr
        # the ``this`` it serves: "string", "map" or "set"; for a function that ignores
        # ``this``, found as an own data property, where: "own" of a built-in function
        # object, "namespace" of an ordinary object (Math)
        self.receiver = receiver
        self.arities = arities      # the argument counts it takes here
        # its inline form (codegen.builtin_calls.INLINE), or None for a built-in only
        # called through its positional entry (the lookup and dispatch saved)
        self.inline = inline


_VARIADIC = range(2, 9)       # the argument counts of Math.min and Math.max computed in place


def _methods(family, receiver, arities):
    return {name: (BuiltinMethod(f"{family}_{name}", receiver, n),) for name, n in arities}


# method name -> the built-ins it may be, tested in order
TABLE = {
    **_methods("string", "string", (
        ("charAt", (1,)), ("charCodeAt", (1,)), ("indexOf", (1, 2)), ("slice", (1, 2)),
        ("substring", (1, 2)), ("split", (1, 2)), ("match", (1,)), ("search", (1,)),
        ("toLowerCase", (0,)), ("toUpperCase", (0,)), ("replace", (2,)))),
    **_methods("String", "own", (("fromCharCode", (1,)),)),
    **_methods("map", "map", (("get", (1,)), ("set", (2,)))),
    "has": (BuiltinMethod("map_has", "map", (1,)), BuiltinMethod("set_has", "set", (1,))),
    **_methods("set", "set", (("add", (1,)),)),
    **_methods("math", "namespace", (
        ("min", _VARIADIC), ("max", _VARIADIC), ("floor", (1,)), ("ceil", (1,)), ("trunc", (1,)),
        ("round", (1,)), ("abs", (1,)), ("sqrt", (1,)), ("pow", (2,)), ("atan2", (2,)),
        ("exp", (1,)), ("log", (1,)), ("sin", (1,)), ("cos", (1,)))),
}


def register_builtins(realm, family, holder):
    """Record on ``realm`` the built-ins of :data:`TABLE` whose attribute names ``family``,
    as ``holder`` (the object holding them, just set up) holds them.  The holder of
    functions that ignore ``this`` (Math, String) gets watched properties
    (pyjs.interp.proto_cache.WatchedProps), so that a call site may keep its answer that
    the holder's own property is the built-in (BuiltinCallGenerator.builtin_site)."""
    for name, methods in TABLE.items():
        for m in methods:
            if m.attr.split("_")[0] == family:
                setattr(realm, m.attr, holder.props[name].value)
                if m.receiver in ("own", "namespace") and not isinstance(holder.props, WatchedProps):
                    holder.props = WatchedProps(holder.props)
