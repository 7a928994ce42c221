"""Binary data: ArrayBuffer, SharedArrayBuffer, the TypedArrays, DataView and Atomics
(ECMA-262 §23.2, §25.1 - §25.4).

https://tc39.es/ecma262/#sec-typedarray-objects

This module wires the family together (the module pyjs/builtins/__init__.py sets up,
on first use: lazy.py); the pieces live in:

* element_types.py        – Table 71: element sizes and byte conversions
* array_buffer.py         – ArrayBuffer, SharedArrayBuffer, DetachArrayBuffer
* typed_array_core.py     – the TypedArray exotic object and its abstract operations
* typed_array_methods.py  – %TypedArray%.prototype methods that read
* typed_array_mutators.py – %TypedArray%.prototype methods that write
* data_view.py            – DataView
* atomics.py              – the Atomics namespace

Here: %TypedArray% (its statics ``from``, ``of`` and @@species) and the twelve
_TypedArray_ constructors, all made by one function parameterized by the
element type.

Hosts detach buffers with :func:`detach_array_buffer` (``buffer, key=None``);
the test262 host's ``$262.detachArrayBuffer`` finds it here.
"""
from ..interp import runtime
from ..interp.ops import (
    get_method,
    is_constructor,
    iterate_to_list,
    length_of_array_like,
    to_object,
)
from ..interp.values import (
    HIDDEN,
    SYM_ITERATOR,
    SYM_SPECIES,
    SYM_TO_STRING_TAG,
    JSObject,
    Prop,
    type_error,
)
from . import atomics, data_view, typed_array_methods, typed_array_mutators
from ._helpers import arg, getter, install_global, make_constructor, method
from .array_buffer import (
    detach_array_buffer,
    setup_array_buffer,
    setup_shared_array_buffer,
)
from .array_ops import require_callable
from .element_types import TYPED_ARRAY_KINDS
from .typed_array_core import (
    typed_array_class,
    typed_array_construct,
    typed_array_create_from_constructor,
    typed_array_set_element,
    write_values,
)

__all__ = ["detach_array_buffer", "setup"]

# one instance class per kind, shared by all realms (a class holds no realm state)
TYPED_ARRAY_CLASSES = {name: typed_array_class(name) for name in TYPED_ARRAY_KINDS}
runtime.NUMERIC_INDEXED.update(TYPED_ARRAY_CLASSES.values())


def setup(realm):
    setup_array_buffer(realm)
    setup_shared_array_buffer(realm)
    typed_array = setup_typed_array_intrinsic(realm)
    for name in TYPED_ARRAY_KINDS:
        setup_typed_array_constructor(realm, TYPED_ARRAY_CLASSES[name], typed_array)
    data_view.setup(realm)
    atomics.setup(realm)


def setup_typed_array_intrinsic(realm):
    """%TypedArray% and %TypedArray.prototype% (https://tc39.es/ecma262/#sec-%typedarray%-intrinsic-object)."""
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%TypedArray.prototype%"] = proto

    def abstract(*_):
        """%TypedArray% ( ) (https://tc39.es/ecma262/#sec-%typedarray%): always a TypeError."""
        raise type_error("Abstract class TypedArray not directly constructable")

    ctor = make_constructor(realm, "TypedArray", 0, abstract, abstract, proto)

    @method(realm, ctor, "from", 1)
    def from_(this, args):
        """%TypedArray%.from (https://tc39.es/ecma262/#sec-%typedarray%.from)."""
        c = this
        if not is_constructor(c):
            raise type_error("%TypedArray%.from: this is not a constructor")
        mapper = arg(args, 1)
        if mapper is not None:
            require_callable(mapper)
        this_arg = arg(args, 2)
        source = arg(args, 0)
        using_iterator = get_method(source, SYM_ITERATOR)
        if using_iterator is not None:
            values = iterate_to_list(source, using_iterator)
            target = typed_array_create_from_constructor(c, [float(len(values))])
            if mapper is None:
                write_values(target, 0, values)
            else:
                for k, v in enumerate(values):
                    typed_array_set_element(target, k, mapper.call(this_arg, [v, float(k)]))
            return target
        array_like = to_object(source)
        n = length_of_array_like(array_like)
        target = typed_array_create_from_constructor(c, [float(n)])
        for k in range(n):
            v = array_like.get(str(k), array_like)
            if mapper is not None:
                v = mapper.call(this_arg, [v, float(k)])
            typed_array_set_element(target, k, v)
        return target

    @method(realm, ctor, "of", 0)
    def of(this, args):
        """%TypedArray%.of (https://tc39.es/ecma262/#sec-%typedarray%.of)."""
        if not is_constructor(this):
            raise type_error("%TypedArray%.of: this is not a constructor")
        target = typed_array_create_from_constructor(this, [float(len(args))])
        for k, v in enumerate(args):
            typed_array_set_element(target, k, v)
        return target

    getter(realm, ctor, SYM_SPECIES)(lambda this, args: this)

    typed_array_methods.install(realm, proto)
    typed_array_mutators.install(realm, proto)
    values = proto.props["values"].value
    proto.props[SYM_ITERATOR] = Prop(values, HIDDEN)
    realm.intrinsics["%TypedArray.prototype.values%"] = values
    proto.props["toString"] = Prop(realm.intrinsics["%Array.prototype.toString%"], HIDDEN)
    getter(realm, proto, SYM_TO_STRING_TAG)(typed_array_methods.get_to_string_tag)
    return ctor


def setup_typed_array_constructor(realm, cls, typed_array):
    """One _TypedArray_ constructor and prototype (https://tc39.es/ecma262/#sec-typedarray-constructors)."""
    name = cls.class_name
    proto = JSObject(realm.intrinsics["%TypedArray.prototype%"])
    realm.intrinsics[f"%{name}.prototype%"] = proto

    def construct(args, new_target):
        return typed_array_construct(cls, args, new_target)

    def call(this, args):
        raise type_error(f"Constructor {name} requires 'new'")

    ctor = make_constructor(realm, name, 3, call, construct, proto, parent=typed_array)
    bpe = float(cls.element_size)
    ctor.props["BYTES_PER_ELEMENT"] = Prop(bpe, 0)
    proto.props["BYTES_PER_ELEMENT"] = Prop(bpe, 0)
    install_global(realm, name, ctor)
    return ctor

