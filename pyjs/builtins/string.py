"""String constructor and String.prototype (https://tc39.es/ecma262/#sec-string-objects)."""
from ..interp.ops import to_string, get_prototype_from_constructor, require_object_coercible
from ..interp.values import JSSymbol, Prop, HIDDEN, type_error
from ._helpers import arg, method, make_constructor, install_global
from .primitives import StringObject, this_primitive


def setup(realm):
    proto = StringObject(realm.object_prototype, "")
    realm.intrinsics["%String.prototype%"] = proto

    def call(this, args):
        if not args:
            return ""
        v = args[0]
        if type(v) is JSSymbol:
            return "Symbol(" + (v.description or "") + ")"
        return to_string(v)

    def construct(args, new_target):
        s = to_string(args[0]) if args else ""
        return StringObject(get_prototype_from_constructor(new_target, "%String.prototype%"), s)

    ctor = make_constructor(realm, "String", 1, call, construct, proto)
    install_global(realm, "String", ctor)

    @method(realm, proto, "toString", 0)
    def to_string_(this, args):
        return this_primitive(this, str, "String.prototype.toString")

    @method(realm, proto, "valueOf", 0)
    def value_of(this, args):
        return this_primitive(this, str, "String.prototype.valueOf")
