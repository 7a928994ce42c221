"""ECMAScript intrinsics: one module per builtin family.

``setup_intrinsics(realm)`` creates them in dependency order.  Each family
module has a ``setup(realm)`` that registers its objects in
``realm.intrinsics`` under their spec names (``%Array.prototype%``) and on the
global object.
"""
import importlib

from ..interp.functions import NativeFunction
from ..interp.values import JSObject, Prop, HIDDEN

# order matters only for families that read another family's intrinsics
FAMILIES = (
    "object", "function", "error", "iteration", "array", "string", "number", "boolean",
    "symbol", "bigint", "math", "json", "reflect", "promise", "generator", "global_functions",
    "optional",
)


def setup_intrinsics(realm):
    op = JSObject(None)
    realm.object_prototype = op
    realm.intrinsics["%Object.prototype%"] = op
    fp = NativeFunction.__new__(NativeFunction)
    JSObject.__init__(fp, op)
    fp.fn = lambda this, args: None
    fp.ctor = None
    fp.realm = realm
    fp.is_constructor = False
    realm.function_prototype = fp
    realm.intrinsics["%Function.prototype%"] = fp
    fp.props["length"] = Prop(0.0, 4)
    fp.props["name"] = Prop("", 4)
    g = JSObject(op)
    realm.global_object = g
    realm.global_this = g
    realm.intrinsics["%GlobalThis%"] = g
    for name in FAMILIES:
        mod = importlib.import_module(f"{__name__}.{name}")
        mod.setup(realm)
    g.props["globalThis"] = Prop(g, HIDDEN)
