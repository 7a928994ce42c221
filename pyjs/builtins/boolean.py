"""Boolean constructor and Boolean.prototype (https://tc39.es/ecma262/#sec-boolean-objects).

Boolean.prototype is itself a Boolean object whose [[BooleanData]] is false.
"""
from ..interp.ops import to_boolean, get_prototype_from_constructor
from ._helpers import arg, method, make_constructor, install_global
from .primitives import PrimitiveObject, this_primitive


def this_boolean_value(this, what):
    """https://tc39.es/ecma262/#sec-thisbooleanvalue"""
    return this_primitive(this, bool, what)


def setup(realm):
    proto = PrimitiveObject(realm.object_prototype, False)
    realm.intrinsics["%Boolean.prototype%"] = proto

    def call(this, args):
        """https://tc39.es/ecma262/#sec-boolean-constructor-boolean-value (NewTarget undefined)"""
        return to_boolean(arg(args, 0))

    def construct(args, new_target):
        """https://tc39.es/ecma262/#sec-boolean-constructor-boolean-value

        ToBoolean cannot throw, so coercing before reading the prototype from
        NewTarget (which can run user code) keeps the spec's order.
        """
        b = to_boolean(arg(args, 0))
        return PrimitiveObject(get_prototype_from_constructor(new_target, "%Boolean.prototype%"), b)

    ctor = make_constructor(realm, "Boolean", 1, call, construct, proto)
    install_global(realm, "Boolean", ctor)

    @method(realm, proto, "toString", 0)
    def to_string_(this, args):
        """https://tc39.es/ecma262/#sec-boolean.prototype.tostring"""
        return "true" if this_boolean_value(this, "Boolean.prototype.toString") else "false"

    @method(realm, proto, "valueOf", 0)
    def value_of(this, args):
        """https://tc39.es/ecma262/#sec-boolean.prototype.valueof"""
        return this_boolean_value(this, "Boolean.prototype.valueOf")
