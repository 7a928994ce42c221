"""Boolean constructor and Boolean.prototype (https://tc39.es/ecma262/#sec-boolean-objects)."""
from ..interp.ops import to_boolean, get_prototype_from_constructor
from ._helpers import arg, method, make_constructor, install_global
from .primitives import PrimitiveObject, this_primitive


def setup(realm):
    proto = PrimitiveObject(realm.object_prototype, False)
    realm.intrinsics["%Boolean.prototype%"] = proto

    def construct(args, new_target):
        return PrimitiveObject(get_prototype_from_constructor(new_target, "%Boolean.prototype%"),
                               to_boolean(arg(args, 0)))

    ctor = make_constructor(realm, "Boolean", 1, lambda this, args: to_boolean(arg(args, 0)),
                            construct, proto)
    install_global(realm, "Boolean", ctor)

    @method(realm, proto, "toString", 0)
    def to_string_(this, args):
        return "true" if this_primitive(this, bool, "Boolean.prototype.toString") else "false"

    @method(realm, proto, "valueOf", 0)
    def value_of(this, args):
        return this_primitive(this, bool, "Boolean.prototype.valueOf")
