"""BigInt constructor and BigInt.prototype (https://tc39.es/ecma262/#sec-bigint-objects)."""
from ..interp.ops import to_primitive, to_big_int, number_to_big_int
from ..interp.values import JSObject, type_error
from ._helpers import arg, method, make_constructor, install_global
from .primitives import this_primitive


def setup(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%BigInt.prototype%"] = proto

    def call(this, args):
        v = to_primitive(arg(args, 0), "number")
        if type(v) is float:
            return number_to_big_int(v)
        return to_big_int(v)

    def construct(args, new_target):
        raise type_error("BigInt is not a constructor")

    ctor = make_constructor(realm, "BigInt", 1, call, construct, proto)
    ctor.is_constructor = False
    install_global(realm, "BigInt", ctor)

    @method(realm, proto, "valueOf", 0)
    def value_of(this, args):
        return this_primitive(this, int, "BigInt.prototype.valueOf")
