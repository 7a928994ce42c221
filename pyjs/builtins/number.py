"""Number constructor and Number.prototype (https://tc39.es/ecma262/#sec-number-objects)."""
from ..interp.numconv import number_to_string
from ..interp.ops import to_numeric, get_prototype_from_constructor
from ..interp.values import Prop, HIDDEN
from ._helpers import arg, method, make_constructor, install_global
from .primitives import PrimitiveObject, this_primitive


def _to_number_arg(args):
    if not args:
        return 0.0
    n = to_numeric(args[0])
    return float(n) if type(n) is int else n


def setup(realm):
    proto = PrimitiveObject(realm.object_prototype, 0.0)
    realm.intrinsics["%Number.prototype%"] = proto

    def construct(args, new_target):
        return PrimitiveObject(get_prototype_from_constructor(new_target, "%Number.prototype%"),
                               _to_number_arg(args))

    ctor = make_constructor(realm, "Number", 1, lambda this, args: _to_number_arg(args), construct, proto)
    install_global(realm, "Number", ctor)

    @method(realm, proto, "toString", 1)
    def to_string_(this, args):
        return number_to_string(this_primitive(this, float, "Number.prototype.toString"))

    @method(realm, proto, "valueOf", 0)
    def value_of(this, args):
        return this_primitive(this, float, "Number.prototype.valueOf")
