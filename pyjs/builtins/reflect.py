"""The Reflect object (https://tc39.es/ecma262/#sec-reflect-object).

Each function is a thin wrapper over one internal method, so its behaviour
is whatever the target object's internal method does (ordinary, exotic or
Proxy); only the argument checks and conversions live here.
"""
from ..interp.ops import (
    create_list_from_array_like, describe, from_property_descriptor, is_callable, is_constructor,
    to_property_descriptor, to_property_key,
)
from ..interp.values import CONFIGURABLE, SYM_TO_STRING_TAG, JSObject, null, type_error
from ._helpers import arg, install_global, method, namespace_object, value as define_value


def _target(args, name):
    """Step 1 of most Reflect functions: the target must be an Object."""
    t = arg(args, 0)
    if not isinstance(t, JSObject):
        raise type_error(f"Reflect.{name} called on non-object: {describe(t)}")
    return t


def setup(realm):
    reflect = namespace_object(realm, "%Reflect%")

    @method(realm, reflect, "apply", 3)
    def apply(this, args):
        """https://tc39.es/ecma262/#sec-reflect.apply"""
        target = arg(args, 0)
        if not is_callable(target):
            raise type_error(f"{describe(target)} is not a function")
        arg_list = create_list_from_array_like(arg(args, 2))
        return target.call(arg(args, 1), arg_list)

    @method(realm, reflect, "construct", 2)
    def construct(this, args):
        """https://tc39.es/ecma262/#sec-reflect.construct"""
        target = arg(args, 0)
        if not is_constructor(target):
            raise type_error(f"{describe(target)} is not a constructor")
        new_target = args[2] if len(args) > 2 else target
        if not is_constructor(new_target):
            raise type_error(f"{describe(new_target)} is not a constructor")
        arg_list = create_list_from_array_like(arg(args, 1))
        return target.construct(arg_list, new_target)

    @method(realm, reflect, "defineProperty", 3)
    def define_property(this, args):
        """https://tc39.es/ecma262/#sec-reflect.defineproperty"""
        target = _target(args, "defineProperty")
        key = to_property_key(arg(args, 1))
        desc = to_property_descriptor(arg(args, 2))
        return target.define_own_property(key, desc)

    @method(realm, reflect, "deleteProperty", 2)
    def delete_property(this, args):
        """https://tc39.es/ecma262/#sec-reflect.deleteproperty"""
        target = _target(args, "deleteProperty")
        return target.delete(to_property_key(arg(args, 1)))

    @method(realm, reflect, "get", 2)
    def get(this, args):
        """https://tc39.es/ecma262/#sec-reflect.get"""
        target = _target(args, "get")
        key = to_property_key(arg(args, 1))
        receiver = args[2] if len(args) > 2 else target
        return target.get(key, receiver)

    @method(realm, reflect, "getOwnPropertyDescriptor", 2)
    def get_own_property_descriptor(this, args):
        """https://tc39.es/ecma262/#sec-reflect.getownpropertydescriptor"""
        target = _target(args, "getOwnPropertyDescriptor")
        return from_property_descriptor(target.get_own_property(to_property_key(arg(args, 1))))

    @method(realm, reflect, "getPrototypeOf", 1)
    def get_prototype_of(this, args):
        """https://tc39.es/ecma262/#sec-reflect.getprototypeof"""
        p = _target(args, "getPrototypeOf").get_prototype_of()
        return null if p is None else p

    @method(realm, reflect, "has", 2)
    def has(this, args):
        """https://tc39.es/ecma262/#sec-reflect.has"""
        target = _target(args, "has")
        return target.has_property(to_property_key(arg(args, 1)))

    @method(realm, reflect, "isExtensible", 1)
    def is_extensible(this, args):
        """https://tc39.es/ecma262/#sec-reflect.isextensible"""
        return _target(args, "isExtensible").is_extensible()

    @method(realm, reflect, "ownKeys", 1)
    def own_keys(this, args):
        """https://tc39.es/ecma262/#sec-reflect.ownkeys"""
        return realm.new_array(_target(args, "ownKeys").own_property_keys())

    @method(realm, reflect, "preventExtensions", 1)
    def prevent_extensions(this, args):
        """https://tc39.es/ecma262/#sec-reflect.preventextensions"""
        return _target(args, "preventExtensions").prevent_extensions()

    @method(realm, reflect, "set", 3)
    def set_(this, args):
        """https://tc39.es/ecma262/#sec-reflect.set"""
        target = _target(args, "set")
        key = to_property_key(arg(args, 1))
        receiver = args[3] if len(args) > 3 else target
        return target.set(key, arg(args, 2), receiver)

    @method(realm, reflect, "setPrototypeOf", 2)
    def set_prototype_of(this, args):
        """https://tc39.es/ecma262/#sec-reflect.setprototypeof"""
        target = _target(args, "setPrototypeOf")
        proto = arg(args, 1)
        if proto is null:
            proto = None
        elif not isinstance(proto, JSObject):
            raise type_error(f"Object prototype may only be an Object or null: {describe(proto)}")
        return target.set_prototype_of(proto)

    define_value(reflect, SYM_TO_STRING_TAG, "Reflect", CONFIGURABLE)
    install_global(realm, "Reflect", reflect)
