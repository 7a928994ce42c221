"""ECMAScript intrinsics: one module per builtin family.

``setup_intrinsics(realm)`` creates them in dependency order.  Each family
module has a ``setup(realm)`` that registers its objects in
``realm.intrinsics`` under their spec names (``%Array.prototype%``) and on the
global object.  The families in ``lazy.LAZY_FAMILIES`` get only their shells
here and are imported and set up when a program first uses them (lazy.py).
"""
from ..interp.functions import NativeFunction
from ..interp.values import GlobalProps, JSObject, Prop, HIDDEN
from ..interp.proto_cache import WatchedProps
from .lazy import LAZY_FAMILIES, PendingFamily, load_module

# Global object properties appear in this order; a family's setup may read the
# intrinsics of the families before it.  intl_methods has no globals: it gives
# the prototypes made before it ECMA-402's locale-sensitive methods.
FAMILIES = (
    "object", "function", "error", "iteration", "array", "string", "number", "boolean",
    "symbol", "bigint", "math", "json", "reflect", "promise", "generator", "global_functions",
    "regexp", "date", "collections", "typed_arrays", "proxy", "weakref",
    "iterator_helpers", "intl", "intl_methods", "annexb",
)


def setup_intrinsics(realm):
    op = JSObject(None)
    realm.object_prototype = op
    realm.intrinsics["%Object.prototype%"] = op
    fp = NativeFunction.__new__(NativeFunction)
    JSObject.__init__(fp, op)
    fp.props = WatchedProps()   # the prototype of every function (pyjs.interp.proto_cache)
    fp.fn = lambda this, args: None
    fp.pos = None
    fp.ctor = None
    fp.realm = realm
    fp.is_constructor = False
    realm.function_prototype = fp
    realm.intrinsics["%Function.prototype%"] = fp
    fp.props["length"] = Prop(0.0, 4)
    fp.props["name"] = Prop("", 4)
    g = JSObject(op)
    g.props = GlobalProps(realm)
    realm.global_object = g
    realm.global_this = g
    realm.intrinsics["%GlobalThis%"] = g
    for name in FAMILIES:
        if name in LAZY_FAMILIES:
            PendingFamily(realm, name).install_shells()
        else:
            load_module(f"{__name__}.{name}").setup(realm)
        if name == "array":
            # %TypedArray.prototype.toString% is this same function object (§23.2.3.32);
            # the lazy typed array family may be created after a program replaced it
            to_string = realm.array_prototype.props["toString"]
            realm.intrinsics["%Array.prototype.toString%"] = (
                to_string.value if type(to_string) is Prop else to_string)
    g.props["globalThis"] = Prop(g, HIDDEN)
