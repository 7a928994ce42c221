"""Proxy exotic objects and the Proxy constructor (ECMA-262 §10.5, §28.2).

https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots

A :class:`ProxyObject` overrides every internal method, so generic code that
goes through the internal methods (``get``, ``set``, ``get_own_property``...)
reaches the handler's traps.  It is ``exotic``: the ordinary [[Get]], [[Set]]
and [[HasProperty]] in values.py hand the rest of a prototype-chain walk to
an exotic prototype's own method, which is how ``Object.create(proxy).x``
reaches the ``get`` trap with the original receiver.

The invariant checks after each trap are what keep a proxy from lying about
non-configurable properties and non-extensible targets; each one follows the
numbered steps of its section.

Slots: ``proxy_target`` and ``proxy_handler`` (both None once revoked — the
names other modules look for: ops.get_function_realm, object.is_array);
``callable`` and ``is_constructor`` are per instance because a proxy has
[[Call]] / [[Construct]] exactly when its target has them.
"""
from ..interp.ops import (
    call, create_list_from_array_like, describe, get_method, key_display, same_value,
    to_boolean, to_property_descriptor,
)
from ..interp.values import (
    ACCESSOR, CONFIGURABLE, MISSING, WRITABLE, JSObject, as_prop, null,
    prop_from_descriptor, type_error, validate_and_apply,
)
from ._helpers import arg, install_global, method, native
from ..interp.functions import NativeFunction
from .lazy import new_builtin


class ProxyObject(JSObject):
    """A Proxy exotic object (https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots)."""

    __slots__ = ("proxy_target", "proxy_handler", "callable", "is_constructor")
    class_name = "Proxy"
    exotic = True

    def __init__(self, target, handler):
        super().__init__(None)
        self.proxy_target = target
        self.proxy_handler = handler
        self.callable = target.callable
        self.is_constructor = target.is_constructor

    def debug_name(self):
        """The name shown in JS stack frames when a callable proxy is on the stack."""
        return "Proxy"

    def _trap(self, name):
        """ValidateNonRevokedProxy, then GetMethod(handler, name): (target, handler, trap or None).

        https://tc39.es/ecma262/#sec-validatenonrevokedproxy
        """
        handler = self.proxy_handler
        if handler is None:
            raise type_error(f"Cannot perform '{name}' on a proxy that has been revoked")
        target = self.proxy_target
        return target, handler, get_method(handler, name)

    # -- [[GetPrototypeOf]] / [[SetPrototypeOf]] ---------------------------------------
    def get_prototype_of(self):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-getprototypeof"""
        target, handler, trap = self._trap("getPrototypeOf")
        if trap is None:
            return target.get_prototype_of()
        handler_proto = trap.call(handler, [target])
        if handler_proto is null:
            handler_proto = None
        elif not isinstance(handler_proto, JSObject):
            raise type_error("'getPrototypeOf' on proxy: trap returned neither object nor null")
        if target.is_extensible():
            return handler_proto
        if handler_proto is not target.get_prototype_of():
            raise type_error("'getPrototypeOf' on proxy: proxy target is non-extensible but the "
                             "trap did not return its actual prototype")
        return handler_proto

    def set_prototype_of(self, v):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-setprototypeof-v"""
        target, handler, trap = self._trap("setPrototypeOf")
        if trap is None:
            return target.set_prototype_of(v)
        if not to_boolean(trap.call(handler, [target, null if v is None else v])):
            return False
        if target.is_extensible():
            return True
        if v is not target.get_prototype_of():
            raise type_error("'setPrototypeOf' on proxy: trap returned truish for setting a new "
                             "prototype on the non-extensible proxy target")
        return True

    # -- [[IsExtensible]] / [[PreventExtensions]] --------------------------------------
    def is_extensible(self):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-isextensible"""
        target, handler, trap = self._trap("isExtensible")
        if trap is None:
            return target.is_extensible()
        result = to_boolean(trap.call(handler, [target]))
        if result != target.is_extensible():
            raise type_error("'isExtensible' on proxy: trap result does not reflect "
                             "extensibility of proxy target")
        return result

    def prevent_extensions(self):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-preventextensions"""
        target, handler, trap = self._trap("preventExtensions")
        if trap is None:
            return target.prevent_extensions()
        result = to_boolean(trap.call(handler, [target]))
        if result and target.is_extensible():
            raise type_error("'preventExtensions' on proxy: trap returned truish but the proxy "
                             "target is extensible")
        return result

    # -- [[GetOwnProperty]] / [[DefineOwnProperty]] ------------------------------------
    def get_own_property(self, key):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-getownproperty-p"""
        target, handler, trap = self._trap("getOwnPropertyDescriptor")
        if trap is None:
            return target.get_own_property(key)
        result_obj = trap.call(handler, [target, key])
        if result_obj is not None and not isinstance(result_obj, JSObject):
            raise type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned neither object "
                             f"nor undefined for property '{key_display(key)}'")
        target_desc = target.get_own_property(key)
        if result_obj is None:
            if target_desc is None:
                return None
            if not target_desc.flags & CONFIGURABLE:
                raise type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned undefined "
                                 f"for property '{key_display(key)}' which is non-configurable "
                                 f"in the proxy target")
            if not target.is_extensible():
                raise type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned undefined "
                                 f"for property '{key_display(key)}' which exists in the "
                                 f"non-extensible proxy target")
            return None
        extensible_target = target.is_extensible()
        result_desc = complete_property_descriptor(to_property_descriptor(result_obj))
        if not is_compatible_property_descriptor(extensible_target, result_desc, target_desc):
            raise type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned descriptor for "
                             f"property '{key_display(key)}' that is incompatible with the "
                             f"existing property in the proxy target")
        if result_desc.configurable is False:
            if target_desc is None or target_desc.flags & CONFIGURABLE:
                raise type_error(f"'getOwnPropertyDescriptor' on proxy: trap reported "
                                 f"non-configurability for property '{key_display(key)}' which "
                                 f"is either non-existent or configurable in the proxy target")
            if result_desc.writable is False and target_desc.flags & WRITABLE:
                raise type_error(f"'getOwnPropertyDescriptor' on proxy: trap reported "
                                 f"non-configurable and writable for property "
                                 f"'{key_display(key)}' which is non-configurable, non-writable "
                                 f"in the proxy target")
        return as_prop(prop_from_descriptor(result_desc))

    def define_own_property(self, key, desc):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-defineownproperty-p-desc"""
        target, handler, trap = self._trap("defineProperty")
        if trap is None:
            return target.define_own_property(key, desc)
        desc_obj = from_partial_descriptor(desc)
        if not to_boolean(trap.call(handler, [target, key, desc_obj])):
            return False
        target_desc = target.get_own_property(key)
        extensible_target = target.is_extensible()
        setting_config_false = desc.configurable is False
        if target_desc is None:
            if not extensible_target:
                raise type_error(f"'defineProperty' on proxy: trap returned truish for adding "
                                 f"property '{key_display(key)}' to the non-extensible proxy target")
            if setting_config_false:
                raise type_error(f"'defineProperty' on proxy: trap returned truish for defining "
                                 f"non-configurable property '{key_display(key)}' which is "
                                 f"non-existent in the proxy target")
            return True
        if not is_compatible_property_descriptor(extensible_target, desc, target_desc):
            raise type_error(f"'defineProperty' on proxy: trap returned truish for adding property "
                             f"'{key_display(key)}' that is incompatible with the existing "
                             f"property in the proxy target")
        if setting_config_false and target_desc.flags & CONFIGURABLE:
            raise type_error(f"'defineProperty' on proxy: trap returned truish for defining "
                             f"non-configurable property '{key_display(key)}' which is "
                             f"configurable in the proxy target")
        if (not target_desc.flags & (ACCESSOR | CONFIGURABLE) and target_desc.flags & WRITABLE
                and desc.writable is False):
            raise type_error(f"'defineProperty' on proxy: trap returned truish for defining "
                             f"non-configurable property '{key_display(key)}' which cannot be "
                             f"non-writable, unless there exists a corresponding non-configurable, "
                             f"non-writable own property of the target object")
        return True

    # -- [[HasProperty]] / [[Get]] / [[Set]] / [[Delete]] ------------------------------
    def has_property(self, key):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-hasproperty-p"""
        target, handler, trap = self._trap("has")
        if trap is None:
            return target.has_property(key)
        result = to_boolean(trap.call(handler, [target, key]))
        if not result:
            target_desc = target.get_own_property(key)
            if target_desc is not None:
                if not target_desc.flags & CONFIGURABLE:
                    raise type_error(f"'has' on proxy: trap returned falsish for property "
                                     f"'{key_display(key)}' which exists in the proxy target "
                                     f"as non-configurable")
                if not target.is_extensible():
                    raise type_error(f"'has' on proxy: trap returned falsish for property "
                                     f"'{key_display(key)}' but the proxy target is not extensible")
        return result

    def get(self, key, receiver):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-get-p-receiver"""
        target, handler, trap = self._trap("get")
        if trap is None:
            return target.get(key, receiver)
        result = trap.call(handler, [target, key, receiver])
        target_desc = target.get_own_property(key)
        if target_desc is not None and not target_desc.flags & CONFIGURABLE:
            flags = target_desc.flags
            if flags & ACCESSOR:
                if target_desc.getter is None and result is not None:
                    raise type_error(f"'get' on proxy: property '{key_display(key)}' is a "
                                     f"non-configurable accessor property on the proxy target and "
                                     f"does not have a getter function, but the trap did not "
                                     f"return 'undefined'")
            elif not flags & WRITABLE and not same_value(result, target_desc.value):
                raise type_error(f"'get' on proxy: property '{key_display(key)}' is a read-only "
                                 f"and non-configurable data property on the proxy target but "
                                 f"the proxy did not return its actual value")
        return result

    def set(self, key, value, receiver):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-set-p-v-receiver"""
        target, handler, trap = self._trap("set")
        if trap is None:
            return target.set(key, value, receiver)
        if not to_boolean(trap.call(handler, [target, key, value, receiver])):
            return False
        target_desc = target.get_own_property(key)
        if target_desc is not None and not target_desc.flags & CONFIGURABLE:
            flags = target_desc.flags
            if flags & ACCESSOR:
                if target_desc.setter is None:
                    raise type_error(f"'set' on proxy: trap returned truish for property "
                                     f"'{key_display(key)}' which exists in the proxy target as "
                                     f"a non-configurable and non-writable accessor property "
                                     f"without a setter")
            elif not flags & WRITABLE and not same_value(value, target_desc.value):
                raise type_error(f"'set' on proxy: trap returned truish for property "
                                 f"'{key_display(key)}' which exists in the proxy target as a "
                                 f"non-configurable and non-writable data property with a "
                                 f"different value")
        return True

    def delete(self, key):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-delete-p"""
        target, handler, trap = self._trap("deleteProperty")
        if trap is None:
            return target.delete(key)
        if not to_boolean(trap.call(handler, [target, key])):
            return False
        target_desc = target.get_own_property(key)
        if target_desc is None:
            return True
        if not target_desc.flags & CONFIGURABLE:
            raise type_error(f"'deleteProperty' on proxy: trap returned truish for property "
                             f"'{key_display(key)}' which is non-configurable in the proxy target")
        if not target.is_extensible():
            raise type_error(f"'deleteProperty' on proxy: trap returned truish for property "
                             f"'{key_display(key)}' but the proxy target is non-extensible")
        return True

    # -- [[OwnPropertyKeys]] -----------------------------------------------------------
    def own_property_keys(self):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-ownpropertykeys"""
        target, handler, trap = self._trap("ownKeys")
        if trap is None:
            return target.own_property_keys()
        trap_result = create_list_from_array_like(trap.call(handler, [target]),
                                                  ("string", "symbol"))
        if len(set(trap_result)) != len(trap_result):
            raise type_error("'ownKeys' on proxy: trap returned duplicate entries")
        extensible_target = target.is_extensible()
        configurable_keys = []
        nonconfigurable_keys = []
        for k in target.own_property_keys():
            d = target.get_own_property(k)
            if d is not None and not d.flags & CONFIGURABLE:
                nonconfigurable_keys.append(k)
            else:
                configurable_keys.append(k)
        if extensible_target and not nonconfigurable_keys:
            return trap_result
        unchecked = dict.fromkeys(trap_result)
        for k in nonconfigurable_keys:
            if k not in unchecked:
                raise type_error(f"'ownKeys' on proxy: trap result did not include "
                                 f"'{key_display(k)}'")
            del unchecked[k]
        if extensible_target:
            return trap_result
        for k in configurable_keys:
            if k not in unchecked:
                raise type_error(f"'ownKeys' on proxy: trap result did not include "
                                 f"'{key_display(k)}'")
            del unchecked[k]
        if unchecked:
            raise type_error("'ownKeys' on proxy: trap returned extra keys but proxy target "
                             "is non-extensible")
        return trap_result

    # -- [[Call]] / [[Construct]] ------------------------------------------------------
    def call(self, this, args):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-call-thisargument-argumentslist"""
        if not self.callable:
            raise type_error("proxy is not a function")
        target, handler, trap = self._trap("apply")
        if trap is None:
            return call(target, this, args)
        from ..interp.agent import current_realm
        return trap.call(handler, [target, this, current_realm().new_array(args)])

    def construct(self, args, new_target):
        """https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-construct-argumentslist-newtarget"""
        if not self.is_constructor:
            raise type_error("proxy is not a constructor")
        target, handler, trap = self._trap("construct")
        if trap is None:
            return target.construct(args, new_target)
        from ..interp.agent import current_realm
        new_obj = trap.call(handler, [target, current_realm().new_array(args), new_target])
        if not isinstance(new_obj, JSObject):
            raise type_error(f"proxy [[Construct]] must return an object: {describe(new_obj)}")
        return new_obj


# -- descriptor helpers ----------------------------------------------------------------


def complete_property_descriptor(desc):
    """https://tc39.es/ecma262/#sec-completepropertydescriptor (in place; returns desc)."""
    if desc.is_generic() or desc.is_data():
        if desc.value is MISSING:
            desc.value = None
        if desc.writable is MISSING:
            desc.writable = False
    else:
        if desc.get is MISSING:
            desc.get = None
        if desc.set is MISSING:
            desc.set = None
    if desc.enumerable is MISSING:
        desc.enumerable = False
    if desc.configurable is MISSING:
        desc.configurable = False
    return desc


def is_compatible_property_descriptor(extensible, desc, current):
    """https://tc39.es/ecma262/#sec-iscompatiblepropertydescriptor

    ValidateAndApplyPropertyDescriptor with no object validates without applying.
    """
    return validate_and_apply(None, "", extensible, desc, current)


def from_partial_descriptor(desc):
    """FromPropertyDescriptor for a possibly partial Descriptor record (only present fields).

    https://tc39.es/ecma262/#sec-frompropertydescriptor
    """
    from ..interp.agent import current_realm
    o = current_realm().new_object()
    for field in ("value", "writable", "get", "set", "enumerable", "configurable"):
        v = getattr(desc, field)
        if v is not MISSING:
            o.props[field] = v
    return o


def proxy_create(target, handler):
    """https://tc39.es/ecma262/#sec-proxycreate"""
    if not isinstance(target, JSObject) or not isinstance(handler, JSObject):
        raise type_error("Cannot create proxy with a non-object as target or handler")   # V8's text
    return ProxyObject(target, handler)


def setup(realm):
    def proxy_call(this, args):
        raise type_error("Constructor Proxy requires 'new'")

    def proxy_construct(args, new_target):
        """https://tc39.es/ecma262/#sec-proxy-target-handler"""
        return proxy_create(arg(args, 0), arg(args, 1))

    # The Proxy constructor has no "prototype" property (§28.2.2).
    ctor = new_builtin(realm, "%Proxy%", NativeFunction, realm, proxy_call, "Proxy", 2, proxy_construct)
    realm.intrinsics["%Proxy%"] = ctor

    @method(realm, ctor, "revocable", 2)
    def revocable(this, args):
        """https://tc39.es/ecma262/#sec-proxy.revocable"""
        p = proxy_create(arg(args, 0), arg(args, 1))
        slot = [p]

        def revoke(this, args):
            """https://tc39.es/ecma262/#sec-proxy-revocation-functions"""
            proxy = slot[0]
            if proxy is not None:
                slot[0] = None
                proxy.proxy_target = None
                proxy.proxy_handler = None
            return None

        result = realm.new_object()
        result.props["proxy"] = p
        result.props["revoke"] = native(realm, revoke, "", 0)
        return result

    install_global(realm, "Proxy", ctor)
