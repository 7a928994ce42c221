"""Pieces shared by the readable, writable and transform streams: queue-with-sizes,
queuing strategies, and invoking underlying source/sink callbacks.

https://streams.spec.whatwg.org/#queue-with-sizes
https://streams.spec.whatwg.org/#qs

The stream modules implement the standard's abstract operations as Python
functions named after them.  "Algorithms" (a stream's pull/write/cancel steps)
are Python callables returning JS promises, so a stream can be driven by a JS
underlying source or by host code (a body of bytes, an upstream HTTP body)
without any JS function in between.
"""
import collections
import math

from ..interp.agent import current_realm
from ..interp.functions import NativeFunction
from ..interp.ops import get_prototype_from_constructor, get_v, to_number
from ..interp.values import JSError, JSObject, range_error, type_error
from .webidl import (attribute, brand, callback_or_none, define_interface, dictionary_member,
                     promise_rejected_with, promise_resolved_with)


# -- queue-with-sizes ------------------------------------------------------------------------

def reset_queue(container):
    """https://streams.spec.whatwg.org/#reset-queue"""
    container.queue = collections.deque()
    container.queue_total_size = 0.0


def enqueue_value_with_size(container, value, size):
    """https://streams.spec.whatwg.org/#enqueue-value-with-size"""
    if not isinstance(size, float) or math.isnan(size) or size < 0 or math.isinf(size):
        raise range_error("The size of a chunk must be a finite, non-negative number")
    container.queue.append((value, size))
    container.queue_total_size += size


def dequeue_value(container):
    """https://streams.spec.whatwg.org/#dequeue-value"""
    value, size = container.queue.popleft()
    container.queue_total_size -= size
    if container.queue_total_size < 0:
        container.queue_total_size = 0.0        # rounding errors
    return value


def peek_queue_value(container):
    """https://streams.spec.whatwg.org/#peek-queue-value"""
    return container.queue[0][0]


# -- queuing strategies ----------------------------------------------------------------------

def convert_queuing_strategy(strategy):
    """Convert a QueuingStrategy dictionary: (highWaterMark or None, size callback or None).

    https://streams.spec.whatwg.org/#dictdef-queuingstrategy (members read in
    lexicographic order, converted as they are read).
    """
    hwm = dictionary_member(strategy, "highWaterMark")
    hwm = None if hwm is None else to_number(hwm)
    size = callback_or_none(dictionary_member(strategy, "size"), "QueuingStrategy.size")
    return hwm, size


def extract_high_water_mark(hwm, default):
    """https://streams.spec.whatwg.org/#validate-and-normalize-high-water-mark"""
    if hwm is None:
        return default
    if math.isnan(hwm) or hwm < 0:
        raise range_error("Invalid highWaterMark")
    return hwm


def extract_size_algorithm(size):
    """https://streams.spec.whatwg.org/#make-size-algorithm-from-size-function"""
    if size is None:
        return _size_one
    return lambda chunk: to_number(size.call(None, [chunk]))


def _size_one(chunk):
    return 1.0


# -- invoking callbacks ------------------------------------------------------------------------

def invoke_promise_callback(fn, this, args):
    """Invoke a callback whose IDL return type is a Promise: a throw becomes a
    rejected promise, any other value a promise resolved with it."""
    realm = current_realm()
    try:
        v = fn.call(this, args)
    except JSError as e:
        return promise_rejected_with(realm, e.value)
    return promise_resolved_with(realm, v)


def resolved_undefined():
    return promise_resolved_with(current_realm(), None)


def rejected(reason):
    return promise_rejected_with(current_realm(), reason)


# -- CountQueuingStrategy / ByteLengthQueuingStrategy ----------------------------------------

class ByteLengthQueuingStrategyObject(JSObject):
    __slots__ = ("high_water_mark",)


class CountQueuingStrategyObject(JSObject):
    __slots__ = ("high_water_mark",)


def _setup_strategy(realm, name, cls, size_fn, size_length):
    """https://streams.spec.whatwg.org/#blqs-class and #cqs-class

    The size function is one per realm, returned by every instance's ``size``.
    """
    def construct(args, new_target):
        init = args[0] if args else None
        if not isinstance(init, JSObject):
            raise type_error(f"Failed to construct '{name}': 1 argument required (a QueuingStrategyInit)")
        hwm = dictionary_member(init, "highWaterMark")
        if hwm is None:
            raise type_error(f"Failed to construct '{name}': required member highWaterMark is undefined")
        o = cls(get_prototype_from_constructor(new_target, f"%{name}.prototype%"))
        o.high_water_mark = to_number(hwm)
        return o

    _, proto = define_interface(realm, name, construct, 1)
    attribute(realm, proto, "highWaterMark", lambda this, args: brand(this, cls, name).high_water_mark)
    size = NativeFunction(realm, size_fn, "size", size_length)

    def get_size(this, args):
        brand(this, cls, name)
        return size
    attribute(realm, proto, "size", get_size)


def setup(realm):
    def count_size(this, args):
        return 1.0

    def byte_length_size(this, args):
        return get_v(args[0] if args else None, "byteLength")

    _setup_strategy(realm, "ByteLengthQueuingStrategy", ByteLengthQueuingStrategyObject, byte_length_size, 1)
    _setup_strategy(realm, "CountQueuingStrategy", CountQueuingStrategyObject, count_size, 0)
