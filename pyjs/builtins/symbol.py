"""Symbol constructor and Symbol.prototype (https://tc39.es/ecma262/#sec-symbol-objects)."""
from ..interp.ops import to_string
from ..interp.values import JSSymbol, Prop, WELL_KNOWN_SYMBOLS, type_error, CONFIGURABLE, SYM_TO_STRING_TAG, SYM_TO_PRIMITIVE
from ._helpers import arg, method, make_constructor, install_global, constant, native
from .primitives import PrimitiveObject, this_primitive


def setup(realm):
    proto = JSObjectProto = PrimitiveObject.__new__(PrimitiveObject)
    from ..interp.values import JSObject
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%Symbol.prototype%"] = proto

    def call(this, args):
        d = arg(args, 0)
        return JSSymbol(None if d is None else to_string(d))

    def construct(args, new_target):
        raise type_error("Symbol is not a constructor")

    ctor = make_constructor(realm, "Symbol", 0, call, construct, proto)
    ctor.is_constructor = False
    install_global(realm, "Symbol", ctor)
    for name, sym in WELL_KNOWN_SYMBOLS.items():
        constant(ctor, name, sym)

    @method(realm, proto, "toString", 0)
    def to_string_(this, args):
        s = this_primitive(this, JSSymbol, "Symbol.prototype.toString")
        return "Symbol(" + (s.description or "") + ")"

    @method(realm, proto, "valueOf", 0)
    def value_of(this, args):
        return this_primitive(this, JSSymbol, "Symbol.prototype.valueOf")
