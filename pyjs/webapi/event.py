"""Event, CustomEvent, EventTarget, AbortController and AbortSignal.

https://dom.spec.whatwg.org/#events and https://dom.spec.whatwg.org/#aborting-ongoing-activities

A worker has no node tree, so an event's path is its target alone: dispatch
runs the target's capturing listeners, then its other listeners
(https://dom.spec.whatwg.org/#concept-event-dispatch restricted to a path of
one).  The global object is an EventTarget too, as a WorkerGlobalScope is: its
prototype chain goes through ``EventTarget.prototype`` and its listeners live
in a Python-side record of the realm (hosts dispatch service-worker style
``fetch`` events to it with :func:`dispatch_event`).  An exception thrown by a listener is "reported": it is rethrown from a
microtask job, where the host's event loop reports uncaught errors, and
dispatch goes on with the next listener.

AbortSignal keeps Python "abort algorithms" (fetch and streams use them) and
the source/dependent signal sets of ``AbortSignal.any``.  ``AbortSignal.timeout``
schedules through the realm's global ``setTimeout`` (installed by the host's
event loop), so this module needs no timer machinery of its own.
"""

from ..interp.functions import NativeFunction
from ..interp.ops import get_prototype_from_constructor, is_callable, to_boolean
from ..interp.values import ACCESSOR, ENUMERABLE, JSError, JSObject, Prop, null, type_error
from .dom_exception import create_dom_exception, dom_error
from .performance import now_ms
from .webidl import (arg, attribute, brand, define_interface, dictionary_member, iterable_method,
                     operation, require_args, sequence_from_iterable, to_dom_string,
                     to_unsigned_long_long)

NONE, CAPTURING_PHASE, AT_TARGET, BUBBLING_PHASE = 0, 1, 2, 3


class EventObject(JSObject):
    __slots__ = ("type", "target", "current_target", "event_phase", "bubbles", "cancelable",
                 "composed", "canceled", "stop_propagation", "stop_immediate", "in_passive_listener",
                 "initialized", "dispatching", "is_trusted", "time_stamp", "detail")


class EventTargetObject(JSObject):
    """An EventTarget: its event listener list and event handler values."""

    __slots__ = ("listeners", "handlers")


class GlobalScopeListeners:
    """The event listener list and event handlers of a realm's global object."""

    __slots__ = ("listeners", "handlers")

    def __init__(self):
        self.listeners, self.handlers = [], {}


def listener_state(realm, target):
    """The object holding ``target``'s listeners (itself, or the global object's record)."""
    if isinstance(target, EventTargetObject):
        return target
    if target is realm.global_object:
        # kept on the realm, not in a weak map keyed by it: the listeners reach the realm
        if realm.global_listeners is None:
            realm.global_listeners = GlobalScopeListeners()
        return realm.global_listeners
    raise type_error("Illegal invocation: receiver is not an EventTarget")


class Listener:
    """https://dom.spec.whatwg.org/#concept-event-listener (``callback`` None for an
    event handler's listener, which calls the current handler value)."""

    __slots__ = ("type", "callback", "capture", "passive", "once", "removed", "handler")

    def __init__(self, type_, callback, capture, passive=False, once=False, handler=None):
        self.type, self.callback, self.capture = type_, callback, capture
        self.passive, self.once, self.removed, self.handler = passive, once, False, handler


class AbortSignalObject(EventTargetObject):
    __slots__ = ("abort_reason", "abort_algorithms", "dependent", "source_signals",
                 "dependent_signals")


class AbortControllerObject(JSObject):
    __slots__ = ("signal",)


# -- events ----------------------------------------------------------------------------------------

def init_event(realm, e, type_, bubbles=False, cancelable=False, composed=False):
    e.type, e.bubbles, e.cancelable, e.composed = type_, bubbles, cancelable, composed
    e.target = e.current_target = None
    e.event_phase = NONE
    e.canceled = e.stop_propagation = e.stop_immediate = e.in_passive_listener = False
    e.initialized, e.dispatching, e.is_trusted = True, False, False
    e.time_stamp = now_ms(realm)
    e.detail = None
    e.props["isTrusted"] = Prop(None, ENUMERABLE | ACCESSOR, realm.intrinsics["%Event.isTrusted%"], None)


def create_event(realm, type_, cls=EventObject, proto=None):
    """https://dom.spec.whatwg.org/#concept-event-create (a trusted event fired by the platform)."""
    e = cls(proto or realm.intrinsics["%Event.prototype%"])
    init_event(realm, e, type_)
    e.is_trusted = True
    return e


def _flatten_options(options):
    if isinstance(options, JSObject):
        return to_boolean(options.get("capture", options))
    return to_boolean(options)


def add_event_listener(target, listener, signal=None):
    """https://dom.spec.whatwg.org/#add-an-event-listener"""
    if signal is not None and signal.abort_reason is not None:
        return
    if listener.callback is None and listener.handler is None:
        return
    for existing in target.listeners:
        if (existing.type == listener.type and existing.callback is listener.callback
                and existing.capture == listener.capture and existing.handler is None
                and listener.handler is None):
            return
    target.listeners.append(listener)
    if signal is not None:
        signal.abort_algorithms.append(lambda: remove_event_listener(target, listener))


def remove_event_listener(target, listener):
    """https://dom.spec.whatwg.org/#remove-an-event-listener"""
    listener.removed = True
    if listener in target.listeners:
        target.listeners.remove(listener)


def report_exception(realm, exc):
    """https://html.spec.whatwg.org/#report-the-exception: rethrown from a microtask,
    where the host's event loop reports it as uncaught."""
    def job():
        raise exc
    realm.enqueue_job(job)


def dispatch_event(realm, event, target):
    """https://dom.spec.whatwg.org/#concept-event-dispatch for a path of one target."""
    state = listener_state(realm, target)
    event.dispatching = True
    event.target = target
    event.current_target = target
    event.event_phase = AT_TARGET
    for phase in ("capturing", "bubbling"):
        if event.stop_propagation:
            break
        _inner_invoke(realm, event, state, list(state.listeners), phase)
    event.event_phase = NONE
    event.current_target = None
    event.dispatching = False
    event.stop_propagation = event.stop_immediate = False
    return not event.canceled


def _inner_invoke(realm, event, state, listeners, phase):
    """https://dom.spec.whatwg.org/#concept-event-listener-inner-invoke"""
    target = event.current_target
    for listener in listeners:
        if listener.removed or listener.type != event.type:
            continue
        if (phase == "capturing") != listener.capture:
            continue
        if listener.once:
            remove_event_listener(state, listener)
        if listener.passive:
            event.in_passive_listener = True
        try:
            if listener.handler is not None:
                _call_event_handler(target, state, listener.handler, event)
            else:
                cb = listener.callback
                if is_callable(cb):
                    cb.call(target, [event])
                else:
                    handle = cb.get("handleEvent", cb)
                    if not is_callable(handle):
                        raise type_error("The listener's handleEvent is not a function")
                    handle.call(cb, [event])
        except JSError as exc:
            report_exception(realm, exc)
        event.in_passive_listener = False
        if event.stop_immediate:
            return


def _call_event_handler(target, state, name, event):
    """https://html.spec.whatwg.org/#the-event-handler-processing-algorithm"""
    handler = state.handlers.get(name)
    if not is_callable(handler):
        return
    ret = handler.call(target, [event])
    if ret is False:
        event.canceled = event.canceled or event.cancelable


def fire_event(realm, target, type_):
    """https://dom.spec.whatwg.org/#concept-event-fire"""
    return dispatch_event(realm, create_event(realm, type_), target)


def _setup_event(realm):
    def construct(args, new_target, cls=EventObject, iface="Event"):
        require_args(args, 1, iface)
        type_ = to_dom_string(args[0])
        init = arg(args, 1)
        bubbles = to_boolean(dictionary_member(init, "bubbles"))
        cancelable = to_boolean(dictionary_member(init, "cancelable"))
        composed = to_boolean(dictionary_member(init, "composed"))
        detail = dictionary_member(init, "detail") if iface == "CustomEvent" else None
        e = cls(get_prototype_from_constructor(new_target, f"%{iface}.prototype%"))
        init_event(realm, e, type_, bubbles, cancelable, composed)
        e.detail = detail
        return e

    def is_trusted(this, args):
        return brand(this, EventObject, "Event").is_trusted
    realm.intrinsics["%Event.isTrusted%"] = NativeFunction(realm, is_trusted, "get isTrusted", 0)

    ctor, proto = define_interface(realm, "Event", construct, 1)
    for name, value in (("NONE", NONE), ("CAPTURING_PHASE", CAPTURING_PHASE), ("AT_TARGET", AT_TARGET),
                        ("BUBBLING_PHASE", BUBBLING_PHASE)):
        ctor.props[name] = Prop(float(value), ENUMERABLE)
        proto.props[name] = Prop(float(value), ENUMERABLE)

    def ev(this):
        return brand(this, EventObject, "Event")

    def target_or_null(t):
        return null if t is None else t
    attribute(realm, proto, "type", lambda this, args: ev(this).type)
    attribute(realm, proto, "target", lambda this, args: target_or_null(ev(this).target))
    attribute(realm, proto, "srcElement", lambda this, args: target_or_null(ev(this).target))
    attribute(realm, proto, "currentTarget", lambda this, args: target_or_null(ev(this).current_target))
    attribute(realm, proto, "eventPhase", lambda this, args: float(ev(this).event_phase))
    attribute(realm, proto, "bubbles", lambda this, args: ev(this).bubbles)
    attribute(realm, proto, "cancelable", lambda this, args: ev(this).cancelable)
    attribute(realm, proto, "composed", lambda this, args: ev(this).composed)
    attribute(realm, proto, "defaultPrevented", lambda this, args: ev(this).canceled)
    attribute(realm, proto, "timeStamp", lambda this, args: ev(this).time_stamp)

    def set_cancel_bubble(this, args):
        if to_boolean(arg(args, 0)):
            ev(this).stop_propagation = True
    attribute(realm, proto, "cancelBubble", lambda this, args: ev(this).stop_propagation, set_cancel_bubble)

    def set_return_value(this, args):
        e = ev(this)
        if not to_boolean(arg(args, 0)) and e.cancelable and not e.in_passive_listener:
            e.canceled = True
    attribute(realm, proto, "returnValue", lambda this, args: not ev(this).canceled, set_return_value)

    @operation(realm, proto, "composedPath", 0)
    def composed_path(this, args):
        e = ev(this)
        return realm.new_array([] if e.current_target is None else [e.current_target])

    @operation(realm, proto, "stopPropagation", 0)
    def stop_propagation(this, args):
        ev(this).stop_propagation = True

    @operation(realm, proto, "stopImmediatePropagation", 0)
    def stop_immediate(this, args):
        e = ev(this)
        e.stop_propagation = e.stop_immediate = True

    @operation(realm, proto, "preventDefault", 0)
    def prevent_default(this, args):
        e = ev(this)
        if e.cancelable and not e.in_passive_listener:
            e.canceled = True

    @operation(realm, proto, "initEvent", 1)
    def init_event_op(this, args):
        e = ev(this)
        require_args(args, 1, "Event.initEvent")
        if e.dispatching:
            return
        trusted = e.is_trusted
        init_event(realm, e, to_dom_string(args[0]), to_boolean(arg(args, 1)), to_boolean(arg(args, 2)))
        e.is_trusted = trusted

    class CustomEventObject(EventObject):
        __slots__ = ()

    _, cproto = define_interface(realm, "CustomEvent",
                                 lambda args, nt: construct(args, nt, CustomEventObject, "CustomEvent"),
                                 1, parent="Event")
    attribute(realm, cproto, "detail", lambda this, args: brand(this, CustomEventObject, "CustomEvent").detail)


def _setup_event_target(realm):
    def construct(args, new_target):
        t = EventTargetObject(get_prototype_from_constructor(new_target, "%EventTarget.prototype%"))
        t.listeners, t.handlers = [], {}
        return t

    _, proto = define_interface(realm, "EventTarget", construct, 0)

    def this_target(this):
        """(target, listener state); undefined ``this`` is the global object ([Global])."""
        target = realm.global_object if this is None else this
        return target, listener_state(realm, target)

    @operation(realm, proto, "addEventListener", 2)
    def add(this, args):
        _, t = this_target(this)
        require_args(args, 2, "EventTarget.addEventListener")
        type_, callback, options = to_dom_string(args[0]), args[1], arg(args, 2)
        if callback is not null and not isinstance(callback, JSObject):
            raise type_error("The callback provided as parameter 2 is not an object.")
        capture, passive, once, signal = False, False, False, None
        if isinstance(options, JSObject):
            capture = to_boolean(options.get("capture", options))
            once = to_boolean(options.get("once", options))
            p = options.get("passive", options)
            passive = to_boolean(p) if p is not None else False
            signal = options.get("signal", options)
            if signal is not None and not isinstance(signal, AbortSignalObject):
                raise type_error("Member signal is not of type AbortSignal")
        else:
            capture = to_boolean(options)
        if callback is null:
            return None
        add_event_listener(t, Listener(type_, callback, capture, passive, once), signal)

    @operation(realm, proto, "removeEventListener", 2)
    def remove(this, args):
        _, t = this_target(this)
        require_args(args, 2, "EventTarget.removeEventListener")
        type_, callback = to_dom_string(args[0]), args[1]
        capture = _flatten_options(arg(args, 2))
        for listener in list(t.listeners):
            if (listener.handler is None and listener.type == type_ and listener.callback is callback
                    and listener.capture == capture):
                remove_event_listener(t, listener)

    @operation(realm, proto, "dispatchEvent", 1)
    def dispatch(this, args):
        target, _ = this_target(this)
        e = arg(args, 0)
        if not isinstance(e, EventObject):
            raise type_error("Failed to execute 'dispatchEvent': parameter 1 is not of type 'Event'.")
        if e.dispatching or not e.initialized:
            raise dom_error("InvalidStateError", "The event is already being dispatched.")
        e.is_trusted = False
        return dispatch_event(realm, e, target)


def event_handler_attribute(realm, proto, cls, name):
    """An event handler IDL attribute ``on<name>``: https://html.spec.whatwg.org/#event-handler-idl-attributes"""
    def get(this, args):
        t = brand(this, cls, cls.__name__)
        v = t.handlers.get(name)
        return null if v is None else v

    def set_(this, args):
        t = brand(this, cls, cls.__name__)
        v = arg(args, 0)
        if not isinstance(v, JSObject) or not v.callable:
            t.handlers.pop(name, None)
            return
        if name not in t.handlers:
            add_event_listener(t, Listener(name, None, False, handler=name))
        t.handlers[name] = v
    attribute(realm, proto, "on" + name, get, set_)


# -- aborting --------------------------------------------------------------------------------------

def create_abort_signal(realm, proto=None):
    s = AbortSignalObject(proto or realm.intrinsics["%AbortSignal.prototype%"])
    s.listeners, s.handlers = [], {}
    s.abort_reason = None
    s.abort_algorithms = []
    s.dependent = False
    s.source_signals = []
    s.dependent_signals = []
    return s


def signal_abort(realm, signal, reason=None):
    """https://dom.spec.whatwg.org/#abortsignal-signal-abort (reason None: an AbortError)."""
    if signal.abort_reason is not None:
        return
    if reason is None:
        reason = create_dom_exception(realm, "signal is aborted without reason", "AbortError")
    signal.abort_reason = reason
    to_abort = []
    for dep in signal.dependent_signals:
        if dep.abort_reason is None:
            dep.abort_reason = reason
            to_abort.append(dep)
    _run_abort_steps(realm, signal)
    for dep in to_abort:
        _run_abort_steps(realm, dep)


def _run_abort_steps(realm, signal):
    algorithms, signal.abort_algorithms = signal.abort_algorithms, []
    for algorithm in algorithms:
        algorithm()
    fire_event(realm, signal, "abort")


def create_dependent_abort_signal(realm, signals):
    """https://dom.spec.whatwg.org/#create-a-dependent-abort-signal"""
    result = create_abort_signal(realm)
    for s in signals:
        if s.abort_reason is not None:
            result.abort_reason = s.abort_reason
            return result
    result.dependent = True
    for s in signals:
        sources = [s] if not s.dependent else s.source_signals
        for source in sources:
            if source not in result.source_signals:
                result.source_signals.append(source)
                source.dependent_signals.append(result)
    return result


def _setup_abort(realm):
    _, sproto = define_interface(realm, "AbortSignal", parent="EventTarget")

    def this_signal(this):
        return brand(this, AbortSignalObject, "AbortSignal")

    attribute(realm, sproto, "aborted", lambda this, args: this_signal(this).abort_reason is not None)
    attribute(realm, sproto, "reason", lambda this, args: this_signal(this).abort_reason)

    @operation(realm, sproto, "throwIfAborted", 0)
    def throw_if_aborted(this, args):
        s = this_signal(this)
        if s.abort_reason is not None:
            raise JSError(s.abort_reason)

    event_handler_attribute(realm, sproto, AbortSignalObject, "abort")
    sctor = realm.intrinsics["%AbortSignal%"]

    @operation(realm, sctor, "abort", 0)
    def abort_(this, args):
        s = create_abort_signal(realm)
        reason = arg(args, 0)
        s.abort_reason = reason if reason is not None else create_dom_exception(
            realm, "signal is aborted without reason", "AbortError")
        return s

    @operation(realm, sctor, "timeout", 1)
    def timeout(this, args):
        require_args(args, 1, "AbortSignal.timeout")
        ms = to_unsigned_long_long(args[0], enforce_range=True)
        s = create_abort_signal(realm)
        set_timeout = realm.global_object.get("setTimeout", realm.global_object)
        if not is_callable(set_timeout):
            raise type_error("AbortSignal.timeout needs the host's setTimeout")

        def fire(this_, args_):
            signal_abort(realm, s, create_dom_exception(realm, "signal timed out", "TimeoutError"))
        set_timeout.call(None, [NativeFunction(realm, fire, "", 0), float(ms)])
        return s

    @operation(realm, sctor, "any", 1)
    def any_(this, args):
        require_args(args, 1, "AbortSignal.any")
        items = arg(args, 0)
        method = iterable_method(items)
        if method is None:
            raise type_error("AbortSignal.any: parameter 1 is not iterable")
        signals = sequence_from_iterable(items, method)
        for s in signals:
            if not isinstance(s, AbortSignalObject):
                raise type_error("AbortSignal.any: every item must be an AbortSignal")
        return create_dependent_abort_signal(realm, signals)

    def construct_controller(args, new_target):
        c = AbortControllerObject(get_prototype_from_constructor(new_target, "%AbortController.prototype%"))
        c.signal = create_abort_signal(realm)
        return c

    _, cproto = define_interface(realm, "AbortController", construct_controller, 0)
    attribute(realm, cproto, "signal",
              lambda this, args: brand(this, AbortControllerObject, "AbortController").signal)

    @operation(realm, cproto, "abort", 0)
    def abort(this, args):
        c = brand(this, AbortControllerObject, "AbortController")
        signal_abort(realm, c.signal, arg(args, 0))


def new_abort_controller(realm):
    """A new AbortController (WritableStream controllers own one)."""
    c = AbortControllerObject(realm.intrinsics["%AbortController.prototype%"])
    c.signal = create_abort_signal(realm)
    return c


def setup(realm):
    _setup_event(realm)
    _setup_event_target(realm)
    _setup_abort(realm)
    realm.global_object.proto = realm.intrinsics["%EventTarget.prototype%"]
