"""WeakRef and FinalizationRegistry (ECMA-262 §26.1, §26.2).

https://tc39.es/ecma262/#sec-managing-memory

Targets are held strongly: the spec lets an implementation never collect
anything (liveness is implementation-defined, §9.10.2), so ``deref`` always
returns the target and no cleanup callback is ever scheduled.  What remains
observable, and is implemented exactly, is the argument validation and the
register/unregister bookkeeping.  ``cleanupSome`` is not part of ES2025 and
is left out.
"""
from ..interp.ops import describe, get_prototype_from_constructor, is_callable, same_value
from ..interp.values import CONFIGURABLE, SYM_TO_STRING_TAG, JSObject, Prop, type_error
from ._helpers import arg, install_global, make_constructor, method
from .weak_collections import can_be_held_weakly


class WeakRefObject(JSObject):
    __slots__ = ("weak_ref_target",)
    class_name = "WeakRef"

    def __init__(self, proto, target):
        super().__init__(proto)
        self.weak_ref_target = target


class FinalizationRegistryObject(JSObject):
    """[[CleanupCallback]] and [[Cells]]: a list of (target, held value, unregister token or None)."""

    __slots__ = ("cleanup_callback", "cells")
    class_name = "FinalizationRegistry"

    def __init__(self, proto, cleanup_callback):
        super().__init__(proto)
        self.cleanup_callback = cleanup_callback
        self.cells = []


def _require(this, cls, what, name):
    """RequireInternalSlot for the brand of ``cls``."""
    if not isinstance(this, cls):
        raise type_error(f"Method {what}.prototype.{name} called on incompatible receiver {describe(this)}")
    return this


def setup_weak_ref(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%WeakRef.prototype%"] = proto

    def call_(this, args):
        raise type_error("Constructor WeakRef requires 'new'")

    def construct(args, new_target):
        """https://tc39.es/ecma262/#sec-weak-ref-target"""
        target = arg(args, 0)
        if not can_be_held_weakly(target):
            raise type_error(f"WeakRef: invalid target {describe(target)}")
        return WeakRefObject(get_prototype_from_constructor(new_target, "%WeakRef.prototype%"), target)

    ctor = make_constructor(realm, "WeakRef", 1, call_, construct, proto)

    @method(realm, proto, "deref", 0)
    def deref(this, args):
        """https://tc39.es/ecma262/#sec-weak-ref.prototype.deref"""
        return _require(this, WeakRefObject, "WeakRef", "deref").weak_ref_target

    proto.props[SYM_TO_STRING_TAG] = Prop("WeakRef", CONFIGURABLE)
    install_global(realm, "WeakRef", ctor)


def setup_finalization_registry(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%FinalizationRegistry.prototype%"] = proto

    def call_(this, args):
        raise type_error("Constructor FinalizationRegistry requires 'new'")

    def construct(args, new_target):
        """https://tc39.es/ecma262/#sec-finalization-registry-cleanup-callback"""
        cleanup = arg(args, 0)
        if not is_callable(cleanup):
            raise type_error(f"FinalizationRegistry: cleanup must be callable, got {describe(cleanup)}")
        p = get_prototype_from_constructor(new_target, "%FinalizationRegistry.prototype%")
        return FinalizationRegistryObject(p, cleanup)

    ctor = make_constructor(realm, "FinalizationRegistry", 1, call_, construct, proto)

    @method(realm, proto, "register", 2)
    def register(this, args):
        """https://tc39.es/ecma262/#sec-finalization-registry.prototype.register"""
        reg = _require(this, FinalizationRegistryObject, "FinalizationRegistry", "register")
        target, held, token = arg(args, 0), arg(args, 1), arg(args, 2)
        if not can_be_held_weakly(target):
            raise type_error(f"FinalizationRegistry.prototype.register: invalid target {describe(target)}")
        if same_value(target, held):
            raise type_error("FinalizationRegistry.prototype.register: target and holdings must not be same")
        if not can_be_held_weakly(token) and token is not None:
            raise type_error(f"FinalizationRegistry.prototype.register: invalid unregister "
                             f"token {describe(token)}")
        reg.cells.append((target, held, token))

    @method(realm, proto, "unregister", 1)
    def unregister(this, args):
        """https://tc39.es/ecma262/#sec-finalization-registry.prototype.unregister"""
        reg = _require(this, FinalizationRegistryObject, "FinalizationRegistry", "unregister")
        token = arg(args, 0)
        if not can_be_held_weakly(token):
            raise type_error(f"Invalid unregisterToken ('{describe(token)}')")
        kept = [c for c in reg.cells if c[2] is None or c[2] is not token]
        removed = len(kept) != len(reg.cells)
        reg.cells = kept
        return removed

    proto.props[SYM_TO_STRING_TAG] = Prop("FinalizationRegistry", CONFIGURABLE)
    install_global(realm, "FinalizationRegistry", ctor)


def setup(realm):
    setup_weak_ref(realm)
    setup_finalization_registry(realm)
