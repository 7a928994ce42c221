"""The Atomics object (ECMA-262 §25.4).

https://tc39.es/ecma262/#sec-atomics-object

Only one agent runs JS at a time (see :mod:`pyjs.interp.cluster`), so every
operation is atomic: the read-modify-write functions work on the element's
raw bytes as an unsigned integer (NumericToRawBytes of the operand, the
operation, masking to the element size), which is exactly the spec's
byte-list semantics for add, sub, and, or, xor and exchange.

Waiting.  AgentCanSuspend() is the running agent's [[CanBlock]] (true for
the agents of a cluster), unless the host sets ``realm.agent_can_suspend =
False`` (a host that must never block its thread): like a shell, the main
agent may block.  WaiterLists are shared by all agents (keyed by the Shared
Data Block and byte index).  A synchronous ``Atomics.wait`` suspends the
agent through the cluster, so another agent's ``Atomics.notify`` wakes it;
with a single agent nobody could, so it sleeps for the timeout (in short
slices that honour the host's execution budget, so an infinite wait ends
when the budget's deadline passes) and returns "timed-out".
``Atomics.waitAsync`` waiters are resolved by ``Atomics.notify`` (in their
own agent, through a job, when notified from another one); a finite timeout
resolves them with "timed-out" through the host hook
``realm.enqueue_timeout_job(job, milliseconds)`` when the host provides one
(HostEnqueueTimeoutJob), and otherwise never fires.
"""
import math
import time

from ..interp.agent import state
from ..interp.cluster import suspend_for
from ..interp.ops import (
    create_data_property_or_throw,
    to_big_int,
    to_index,
    to_integer_or_infinity,
    to_number,
)
from ..interp.values import (
    CONFIGURABLE,
    SYM_TO_STRING_TAG,
    JSObject,
    Prop,
    range_error,
    type_error,
)
from ._helpers import arg, install_global, method, namespace_object
from .element_types import is_unclamped_integer_element_type, to_big_int64, to_int32
from .typed_array_core import validate_typed_array


def validate_integer_typed_array(ta, waitable):
    """ValidateIntegerTypedArray (https://tc39.es/ecma262/#sec-validateintegertypedarray):
    returns the length."""
    n = validate_typed_array(ta, "Atomics")
    if waitable:
        if ta.class_name not in ("Int32Array", "BigInt64Array"):
            raise type_error("Atomics.wait/notify need an Int32Array or a BigInt64Array")
    elif not (is_unclamped_integer_element_type(ta.element_type) or ta.content_bigint):
        raise type_error(f"Atomics operations are not allowed on a {ta.class_name}")
    return n


def validate_atomic_access(ta, length, request_index):
    """ValidateAtomicAccess (https://tc39.es/ecma262/#sec-validateatomicaccess): the byte index."""
    access_index = to_index(request_index)
    if access_index >= length:
        raise range_error("Atomics access index out of range")
    return access_index * ta.element_size + ta.byte_offset


def validate_atomic_access_on_integer_typed_array(ta, request_index):
    """https://tc39.es/ecma262/#sec-validateatomicaccessonintegertypedarray"""
    n = validate_integer_typed_array(ta, False)
    return validate_atomic_access(ta, n, request_index)


def revalidate_atomic_access(ta, byte_index):
    """RevalidateAtomicAccess (https://tc39.es/ecma262/#sec-revalidateatomicaccess):
    argument conversions may have detached or shrunk the buffer."""
    if ta.current_length() < 0:
        raise type_error("Atomics: the TypedArray was detached or is out of bounds")
    if byte_index >= len(ta.viewed_array_buffer.data):
        raise range_error("Atomics access index out of range")


def _operand(ta, value):
    """ToBigInt, or 𝔽(ToIntegerOrInfinity) for Number element types."""
    if ta.content_bigint:
        return to_big_int(value)
    return float(to_integer_or_infinity(value))


def _raw(et, value):
    """NumericToRawBytes as an unsigned little-endian integer."""
    return int.from_bytes(et.encode(value), "little")


def atomic_read_modify_write(ta, index, value, op):
    """AtomicReadModifyWrite (https://tc39.es/ecma262/#sec-atomicreadmodifywrite) with
    GetModifySetValueInBuffer: ``op(old_raw, operand_raw, mask)`` gives the new raw value;
    the old value is returned."""
    byte_index = validate_atomic_access_on_integer_typed_array(ta, index)
    v = _operand(ta, value)
    revalidate_atomic_access(ta, byte_index)
    et = ta.element_type
    data = ta.viewed_array_buffer.data
    size = et.size
    old = bytes(data[byte_index:byte_index + size])
    mask = (1 << (size * 8)) - 1
    new = op(int.from_bytes(old, "little"), _raw(et, v), mask) & mask
    data[byte_index:byte_index + size] = new.to_bytes(size, "little")
    return et.decode(old)


_OPS = {
    "add": (lambda x, y, m: x + y),
    "and": (lambda x, y, m: x & y),
    "exchange": (lambda x, y, m: y),
    "or": (lambda x, y, m: x | y),
    "sub": (lambda x, y, m: x - y),
    "xor": (lambda x, y, m: x ^ y),
}


# -- waiting --------------------------------------------------------------------------------
#
# WaiterList objects (https://tc39.es/ecma262/#sec-waiterlist-objects) live in one
# process-wide store keyed by (Shared Data Block, byte index): every agent of the
# cluster reaches the same list through its own SharedArrayBuffer object, because
# all of them share the block (the ``bytearray``).  The critical section of every
# list is the agent cluster's lock (``cluster.cv``); without a cluster only one
# agent exists and no lock is needed.

class Waiter:
    """A Waiter Record (https://tc39.es/ecma262/#sec-waiter-record): the waiting agent
    ([[AgentSignifier]]), its realm, [[PromiseCapability]] (``None`` for a synchronous
    Atomics.wait) and [[Result]]; ``done`` once it left its WaiterList."""

    __slots__ = ("agent", "capability", "done", "realm", "result")

    def __init__(self, capability, agent=None, realm=None):
        self.capability = capability
        self.agent = agent
        self.realm = realm
        self.result = "ok"
        self.done = False


_waiter_lists = {}      # (id(block), byte_index) -> (block, [Waiter, ...])


def get_waiter_list(block, byte_index, create=True):
    """GetWaiterList (https://tc39.es/ecma262/#sec-getwaiterlist): the [[Waiters]] list
    of (block, i), or ``None`` when it is empty and ``create`` is false."""
    key = (id(block), byte_index)
    wl = _waiter_lists.get(key)
    if wl is None:
        if not create:
            return None
        wl = _waiter_lists[key] = (block, [])     # keep the block alive so its id stays unique
    return wl[1]


def remove_waiter(block, byte_index, waiter):
    """RemoveWaiter (https://tc39.es/ecma262/#sec-removewaiter); drops emptied lists."""
    key = (id(block), byte_index)
    wl = _waiter_lists.get(key)
    if wl is not None:
        if waiter in wl[1]:
            wl[1].remove(waiter)
        if not wl[1]:
            del _waiter_lists[key]


def clear_waiter_lists():
    """Forget every waiter (a host ending all agents, e.g. between test runs)."""
    _waiter_lists.clear()


def pending_async_waiters(agent):
    """How many Atomics.waitAsync waiters of ``agent`` are still in a WaiterList."""
    return sum(1 for _, ws in list(_waiter_lists.values()) for w in ws
               if w.capability is not None and w.agent is agent)


class _NoLock:
    __slots__ = ()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


_NO_LOCK = _NoLock()


def critical_section():
    """EnterCriticalSection/LeaveCriticalSection of every WaiterList, as a context
    manager: the agent cluster's lock, or nothing while there is a single agent."""
    agent = state.agent
    return _NO_LOCK if agent is None else agent.cluster.cv


def notify_waiter(waiter):
    """NotifyWaiter (https://tc39.es/ecma262/#sec-notifywaiter), in the critical section:
    a synchronous waiter wakes up (its agent polls ``done``); a waitAsync promise is
    resolved now when the waiter is of the running agent, else by a job in its agent
    (EnqueueResolveInAgentJob)."""
    waiter.done = True
    cap = waiter.capability
    agent = waiter.agent
    if agent is not None:
        agent.cluster.cv.notify_all()
    if cap is None:
        return
    result = waiter.result
    if agent is state.agent:
        cap.resolve(result)
    else:
        waiter.realm.enqueue_job(lambda: cap.resolve(result))


def agent_can_suspend(realm):
    """AgentCanSuspend (https://tc39.es/ecma262/#sec-agentcansuspend): the running
    agent's [[CanBlock]], or ``realm.agent_can_suspend`` when the host sets it."""
    agent = state.agent
    if agent is not None and not agent.can_block:
        return False
    return getattr(realm, "agent_can_suspend", True)


def do_wait(realm, mode, ta, index, value, timeout):
    """DoWait (https://tc39.es/ecma262/#sec-dowait).

    A synchronous wait suspends the running agent (SuspendThisAgent): with an agent
    cluster, other agents run meanwhile and Atomics.notify from one of them wakes it
    ("ok"); otherwise no agent could notify it, so it sleeps for the timeout.  An
    infinite wait ends when the host's budget stops the agent."""
    n = validate_integer_typed_array(ta, True)
    buffer = ta.viewed_array_buffer
    if not buffer.shared:
        raise type_error("Atomics.wait needs a TypedArray over a SharedArrayBuffer")
    byte_index = validate_atomic_access(ta, n, index)
    v = to_big_int64(to_big_int(value)) if ta.class_name == "BigInt64Array" else \
        float(to_int32(to_number(value)))
    q = to_number(timeout)
    t = math.inf if q != q or q == math.inf else 0.0 if q == -math.inf else max(q, 0.0)
    if mode == "sync" and not agent_can_suspend(realm):
        raise type_error("Atomics.wait cannot be called in this context")
    block = buffer.data
    agent = state.agent
    if mode == "sync":
        if agent is None:
            if ta.element_type.get(block, byte_index) != v:
                return "not-equal"
            suspend_for(t)
            return "timed-out"
        cluster = agent.cluster
        with cluster.cv:
            if ta.element_type.get(block, byte_index) != v:
                return "not-equal"
            waiter = Waiter(None, agent, realm)
            get_waiter_list(block, byte_index).append(waiter)       # AddWaiter
            deadline = None if t == math.inf else time.monotonic() + t / 1000.0
            try:
                cluster.block(lambda: waiter.done, deadline)        # SuspendThisAgent
            finally:
                if not waiter.done:
                    waiter.done = True
                    waiter.result = "timed-out"
                    remove_waiter(block, byte_index, waiter)
            return waiter.result
    result = JSObject(realm.object_prototype)
    with critical_section():
        w = ta.element_type.get(block, byte_index)
        if v != w or t == 0:
            create_data_property_or_throw(result, "async", False)
            create_data_property_or_throw(result, "value", "not-equal" if v != w else "timed-out")
            return result
        from .promise import new_promise_capability_intrinsic
        cap = new_promise_capability_intrinsic(realm)
        waiter = Waiter(cap, agent, realm)
        get_waiter_list(block, byte_index).append(waiter)
    if t != math.inf:
        hook = getattr(realm, "enqueue_timeout_job", None)
        if hook is not None:
            def timeout_job():
                """EnqueueAtomicsWaitAsyncTimeoutJob's job: time out if still waiting."""
                with critical_section():
                    if not waiter.done:
                        waiter.result = "timed-out"
                        remove_waiter(block, byte_index, waiter)
                        notify_waiter(waiter)
            hook(timeout_job, t)
    create_data_property_or_throw(result, "async", True)
    create_data_property_or_throw(result, "value", cap.promise)
    return result


def notify(ta, index, count):
    """Atomics.notify (https://tc39.es/ecma262/#sec-atomics.notify): wakes up to
    ``count`` waiters of the location, first in first out; returns how many."""
    n = validate_integer_typed_array(ta, True)
    byte_index = validate_atomic_access(ta, n, index)
    c = math.inf if count is None else max(to_integer_or_infinity(count), 0)
    buffer = ta.viewed_array_buffer
    if not buffer.shared:
        return 0.0
    block = buffer.data
    woken = 0
    with critical_section():
        waiters = get_waiter_list(block, byte_index, create=False)
        while waiters and woken < c:
            w = waiters[0]
            w.result = "ok"
            remove_waiter(block, byte_index, w)
            notify_waiter(w)
            woken += 1
    return float(woken)


# -- setup ------------------------------------------------------------------------------

def setup(realm):
    atomics = namespace_object(realm, "%Atomics%")
    install_global(realm, "Atomics", atomics)

    def rmw(name):
        op = _OPS[name]

        def f(this, args):
            """Atomics.add / and / exchange / or / sub / xor
            (https://tc39.es/ecma262/#sec-atomics.add and the following)."""
            return atomic_read_modify_write(arg(args, 0), arg(args, 1), arg(args, 2), op)
        return f
    for name in ("add", "and", "exchange", "or", "sub", "xor"):
        method(realm, atomics, name, 3)(rmw(name))

    @method(realm, atomics, "compareExchange", 4)
    def compare_exchange(this, args):
        """https://tc39.es/ecma262/#sec-atomics.compareexchange"""
        ta = arg(args, 0)
        byte_index = validate_atomic_access_on_integer_typed_array(ta, arg(args, 1))
        expected = _operand(ta, arg(args, 2))
        replacement = _operand(ta, arg(args, 3))
        revalidate_atomic_access(ta, byte_index)
        et = ta.element_type
        data = ta.viewed_array_buffer.data
        read = bytes(data[byte_index:byte_index + et.size])
        if read == et.encode(expected):
            data[byte_index:byte_index + et.size] = et.encode(replacement)
        return et.decode(read)

    @method(realm, atomics, "isLockFree", 1)
    def is_lock_free(this, args):
        """https://tc39.es/ecma262/#sec-atomics.islockfree : every size this host has is."""
        return to_integer_or_infinity(arg(args, 0)) in (1, 2, 4, 8)

    @method(realm, atomics, "load", 2)
    def load(this, args):
        """https://tc39.es/ecma262/#sec-atomics.load"""
        ta = arg(args, 0)
        byte_index = validate_atomic_access_on_integer_typed_array(ta, arg(args, 1))
        revalidate_atomic_access(ta, byte_index)
        return ta.element_type.get(ta.viewed_array_buffer.data, byte_index)

    @method(realm, atomics, "store", 3)
    def store(this, args):
        """https://tc39.es/ecma262/#sec-atomics.store"""
        ta = arg(args, 0)
        byte_index = validate_atomic_access_on_integer_typed_array(ta, arg(args, 1))
        v = _operand(ta, arg(args, 2))
        revalidate_atomic_access(ta, byte_index)
        ta.element_type.set(ta.viewed_array_buffer.data, byte_index, v)
        return v

    @method(realm, atomics, "wait", 4)
    def wait(this, args):
        """https://tc39.es/ecma262/#sec-atomics.wait"""
        return do_wait(realm, "sync", arg(args, 0), arg(args, 1), arg(args, 2), arg(args, 3))

    @method(realm, atomics, "waitAsync", 4)
    def wait_async(this, args):
        """https://tc39.es/ecma262/#sec-atomics.waitasync"""
        return do_wait(realm, "async", arg(args, 0), arg(args, 1), arg(args, 2), arg(args, 3))

    @method(realm, atomics, "notify", 3)
    def notify_(this, args):
        """https://tc39.es/ecma262/#sec-atomics.notify"""
        return notify(arg(args, 0), arg(args, 1), arg(args, 2))

    @method(realm, atomics, "pause", 0)
    def pause(this, args):
        """Atomics.pause ( [ N ] ) (https://tc39.es/proposal-atomics-microwait/): a spin-wait
        hint; a non-integral Number N is a TypeError."""
        n = arg(args, 0)
        if n is not None and (type(n) is not float or n != n or n in (math.inf, -math.inf)
                              or n != int(n)):
            raise type_error("Atomics.pause: the argument must be an integral Number")

    atomics.props[SYM_TO_STRING_TAG] = Prop("Atomics", CONFIGURABLE)
