"""WritableStream, its default writer and controller: https://streams.spec.whatwg.org/#ws

Promises that the standard resolves or rejects later (a writer's ready and
closed promises, queued write requests) are kept as capabilities, so the
abstract operations below can settle them by name.
"""
from ..interp.agent import current_realm
from ..interp.ops import get_prototype_from_constructor
from ..interp.values import JSObject, null, range_error, type_error
from .event import new_abort_controller, signal_abort
from .streams_common import (convert_queuing_strategy, dequeue_value, enqueue_value_with_size,
                             extract_high_water_mark, extract_size_algorithm, invoke_promise_callback,
                             peek_queue_value, rejected, reset_queue, resolved_undefined)
from .webidl import (JSError, arg, attribute, brand, callback_or_none, define_interface, dictionary_member,
                     mark_as_handled, new_promise, operation, promise_is_settled, promise_resolved_with, upon)

_CLOSE_SENTINEL = object()


class WritableStreamObject(JSObject):
    __slots__ = ("backpressure", "close_request", "controller", "in_flight_write_request",
                 "in_flight_close_request", "pending_abort_request", "state", "stored_error", "writer",
                 "write_requests")


class WritableStreamDefaultWriterObject(JSObject):
    __slots__ = ("closed_promise", "ready_promise", "stream")


class WritableStreamDefaultControllerObject(JSObject):
    __slots__ = ("abort_algorithm", "close_algorithm", "queue", "queue_total_size", "abort_controller",
                 "started", "strategy_hwm", "strategy_size_algorithm", "stream", "write_algorithm")


class PendingAbortRequest:
    __slots__ = ("promise", "reason", "was_already_erroring")

    def __init__(self, promise, reason, was_already_erroring):
        self.promise, self.reason, self.was_already_erroring = promise, reason, was_already_erroring


def _settled(value=None, error=None, is_error=False):
    """A capability already resolved (or rejected and marked handled)."""
    cap = new_promise(current_realm())
    if is_error:
        cap.reject(error)
        mark_as_handled(cap.promise)
    else:
        cap.resolve(value)
    return cap


# -- the stream --------------------------------------------------------------------------------------

def initialize_writable_stream(stream):
    """https://streams.spec.whatwg.org/#initialize-writable-stream"""
    stream.state = "writable"
    stream.stored_error = stream.writer = stream.controller = None
    stream.in_flight_write_request = stream.close_request = stream.in_flight_close_request = None
    stream.pending_abort_request = None
    stream.write_requests = []
    stream.backpressure = False


def create_writable_stream(start_algorithm, write_algorithm, close_algorithm, abort_algorithm,
                           high_water_mark=1.0, size_algorithm=None):
    """https://streams.spec.whatwg.org/#create-writable-stream"""
    realm = current_realm()
    stream = WritableStreamObject(realm.intrinsics["%WritableStream.prototype%"])
    initialize_writable_stream(stream)
    controller = WritableStreamDefaultControllerObject(
        realm.intrinsics["%WritableStreamDefaultController.prototype%"])
    set_up_writable_stream_default_controller(stream, controller, start_algorithm, write_algorithm,
                                              close_algorithm, abort_algorithm, high_water_mark,
                                              size_algorithm or (lambda chunk: 1.0))
    return stream


def is_writable_stream_locked(stream):
    return stream.writer is not None


def acquire_writable_stream_default_writer(stream):
    writer = WritableStreamDefaultWriterObject(
        current_realm().intrinsics["%WritableStreamDefaultWriter.prototype%"])
    set_up_writable_stream_default_writer(writer, stream)
    return writer


def writable_stream_abort(stream, reason):
    """https://streams.spec.whatwg.org/#writable-stream-abort"""
    if stream.state in ("closed", "errored"):
        return resolved_undefined()
    signal_abort(current_realm(), stream.controller.abort_controller.signal, reason)
    state = stream.state
    if state in ("closed", "errored"):
        return resolved_undefined()
    if stream.pending_abort_request is not None:
        return stream.pending_abort_request.promise.promise
    was_already_erroring = False
    if state == "erroring":
        was_already_erroring = True
        reason = None
    cap = new_promise(current_realm())
    stream.pending_abort_request = PendingAbortRequest(cap, reason, was_already_erroring)
    if not was_already_erroring:
        writable_stream_start_erroring(stream, reason)
    return cap.promise


def writable_stream_close(stream):
    """https://streams.spec.whatwg.org/#writable-stream-close"""
    if stream.state in ("closed", "errored"):
        return rejected(type_error("The stream is not in a state that permits close").value)
    cap = new_promise(current_realm())
    stream.close_request = cap
    writer = stream.writer
    if writer is not None and stream.backpressure and stream.state == "writable":
        writer.ready_promise.resolve(None)
    writable_stream_default_controller_close(stream.controller)
    return cap.promise


def writable_stream_add_write_request(stream):
    cap = new_promise(current_realm())
    stream.write_requests.append(cap)
    return cap.promise


def writable_stream_close_queued_or_in_flight(stream):
    return stream.close_request is not None or stream.in_flight_close_request is not None


def writable_stream_deal_with_rejection(stream, error):
    """https://streams.spec.whatwg.org/#writable-stream-deal-with-rejection"""
    if stream.state == "writable":
        writable_stream_start_erroring(stream, error)
        return
    writable_stream_finish_erroring(stream)


def writable_stream_finish_erroring(stream):
    """https://streams.spec.whatwg.org/#writable-stream-finish-erroring"""
    stream.state = "errored"
    reset_queue(stream.controller)      # the controller's [[ErrorSteps]]
    stored_error = stream.stored_error
    requests, stream.write_requests = stream.write_requests, []
    for request in requests:
        request.reject(stored_error)
    if stream.pending_abort_request is None:
        writable_stream_reject_close_and_closed_promise_if_needed(stream)
        return
    abort_request, stream.pending_abort_request = stream.pending_abort_request, None
    if abort_request.was_already_erroring:
        abort_request.promise.reject(stored_error)
        writable_stream_reject_close_and_closed_promise_if_needed(stream)
        return
    promise = writable_stream_default_controller_abort_steps(stream.controller, abort_request.reason)

    def fulfilled(_):
        abort_request.promise.resolve(None)
        writable_stream_reject_close_and_closed_promise_if_needed(stream)

    def rejected_(reason):
        abort_request.promise.reject(reason)
        writable_stream_reject_close_and_closed_promise_if_needed(stream)
    upon(promise, fulfilled, rejected_)


def writable_stream_finish_in_flight_close(stream):
    """https://streams.spec.whatwg.org/#writable-stream-finish-in-flight-close"""
    stream.in_flight_close_request.resolve(None)
    stream.in_flight_close_request = None
    if stream.state == "erroring":
        stream.stored_error = None
        if stream.pending_abort_request is not None:
            stream.pending_abort_request.promise.resolve(None)
            stream.pending_abort_request = None
    stream.state = "closed"
    if stream.writer is not None:
        stream.writer.closed_promise.resolve(None)


def writable_stream_finish_in_flight_close_with_error(stream, error):
    stream.in_flight_close_request.reject(error)
    stream.in_flight_close_request = None
    if stream.pending_abort_request is not None:
        stream.pending_abort_request.promise.reject(error)
        stream.pending_abort_request = None
    writable_stream_deal_with_rejection(stream, error)


def writable_stream_finish_in_flight_write(stream):
    stream.in_flight_write_request.resolve(None)
    stream.in_flight_write_request = None


def writable_stream_finish_in_flight_write_with_error(stream, error):
    stream.in_flight_write_request.reject(error)
    stream.in_flight_write_request = None
    writable_stream_deal_with_rejection(stream, error)


def writable_stream_has_operation_marked_in_flight(stream):
    return stream.in_flight_write_request is not None or stream.in_flight_close_request is not None


def writable_stream_reject_close_and_closed_promise_if_needed(stream):
    """https://streams.spec.whatwg.org/#writable-stream-reject-close-and-closed-promise-if-needed"""
    if stream.close_request is not None:
        stream.close_request.reject(stream.stored_error)
        stream.close_request = None
    writer = stream.writer
    if writer is not None:
        writer.closed_promise.reject(stream.stored_error)
        mark_as_handled(writer.closed_promise.promise)


def writable_stream_start_erroring(stream, reason):
    """https://streams.spec.whatwg.org/#writable-stream-start-erroring"""
    controller = stream.controller
    stream.state = "erroring"
    stream.stored_error = reason
    if stream.writer is not None:
        writable_stream_default_writer_ensure_ready_promise_rejected(stream.writer, reason)
    if not writable_stream_has_operation_marked_in_flight(stream) and controller.started:
        writable_stream_finish_erroring(stream)


def writable_stream_update_backpressure(stream, backpressure):
    """https://streams.spec.whatwg.org/#writable-stream-update-backpressure"""
    writer = stream.writer
    if writer is not None and backpressure != stream.backpressure:
        if backpressure:
            writer.ready_promise = new_promise(current_realm())
        else:
            writer.ready_promise.resolve(None)
    stream.backpressure = backpressure


# -- writers -------------------------------------------------------------------------------------------

def set_up_writable_stream_default_writer(writer, stream):
    """https://streams.spec.whatwg.org/#set-up-writable-stream-default-writer"""
    if is_writable_stream_locked(stream):
        raise type_error("WritableStream is locked to a writer")
    writer.stream = stream
    stream.writer = writer
    state = stream.state
    if state == "writable":
        if not writable_stream_close_queued_or_in_flight(stream) and stream.backpressure:
            writer.ready_promise = new_promise(current_realm())
        else:
            writer.ready_promise = _settled()
        writer.closed_promise = new_promise(current_realm())
    elif state == "erroring":
        writer.ready_promise = _settled(error=stream.stored_error, is_error=True)
        writer.closed_promise = new_promise(current_realm())
    elif state == "closed":
        writer.ready_promise = _settled()
        writer.closed_promise = _settled()
    else:
        writer.ready_promise = _settled(error=stream.stored_error, is_error=True)
        writer.closed_promise = _settled(error=stream.stored_error, is_error=True)


def writable_stream_default_writer_close_with_error_propagation(writer):
    """https://streams.spec.whatwg.org/#writable-stream-default-writer-close-with-error-propagation"""
    stream = writer.stream
    state = stream.state
    if writable_stream_close_queued_or_in_flight(stream) or state == "closed":
        return resolved_undefined()
    if state == "errored":
        return rejected(stream.stored_error)
    return writable_stream_close(stream)


def _ensure_rejected(writer, slot, error):
    cap = getattr(writer, slot)
    if promise_is_settled(cap.promise):
        cap = new_promise(current_realm())
        setattr(writer, slot, cap)
    cap.reject(error)
    mark_as_handled(cap.promise)


def writable_stream_default_writer_ensure_closed_promise_rejected(writer, error):
    _ensure_rejected(writer, "closed_promise", error)


def writable_stream_default_writer_ensure_ready_promise_rejected(writer, error):
    _ensure_rejected(writer, "ready_promise", error)


def writable_stream_default_writer_get_desired_size(writer):
    """https://streams.spec.whatwg.org/#writable-stream-default-writer-get-desired-size"""
    stream = writer.stream
    if stream.state in ("errored", "erroring"):
        return None
    if stream.state == "closed":
        return 0.0
    return writable_stream_default_controller_get_desired_size(stream.controller)


def writable_stream_default_writer_release(writer):
    """https://streams.spec.whatwg.org/#writable-stream-default-writer-release"""
    stream = writer.stream
    released = type_error("The writer was released").value
    writable_stream_default_writer_ensure_ready_promise_rejected(writer, released)
    writable_stream_default_writer_ensure_closed_promise_rejected(writer, released)
    stream.writer = None
    writer.stream = None


def writable_stream_default_writer_write(writer, chunk):
    """https://streams.spec.whatwg.org/#writable-stream-default-writer-write"""
    stream = writer.stream
    controller = stream.controller
    chunk_size = writable_stream_default_controller_get_chunk_size(controller, chunk)
    if stream is not writer.stream:
        return rejected(type_error("The writer was released").value)
    state = stream.state
    if state == "errored":
        return rejected(stream.stored_error)
    if writable_stream_close_queued_or_in_flight(stream) or state == "closed":
        return rejected(type_error("The stream is closing or closed and cannot be written to").value)
    if state == "erroring":
        return rejected(stream.stored_error)
    promise = writable_stream_add_write_request(stream)
    writable_stream_default_controller_write(controller, chunk, chunk_size)
    return promise


# -- the default controller ----------------------------------------------------------------------------

def set_up_writable_stream_default_controller(stream, controller, start_algorithm, write_algorithm,
                                              close_algorithm, abort_algorithm, hwm, size_algorithm):
    """https://streams.spec.whatwg.org/#set-up-writable-stream-default-controller"""
    controller.stream = stream
    stream.controller = controller
    reset_queue(controller)
    controller.abort_controller = new_abort_controller(current_realm())
    controller.started = False
    controller.strategy_size_algorithm = size_algorithm
    controller.strategy_hwm = hwm
    controller.write_algorithm = write_algorithm
    controller.close_algorithm = close_algorithm
    controller.abort_algorithm = abort_algorithm
    writable_stream_update_backpressure(stream,
                                        writable_stream_default_controller_get_backpressure(controller))
    start_promise = promise_resolved_with(current_realm(), start_algorithm())

    def fulfilled(_):
        controller.started = True
        writable_stream_default_controller_advance_queue_if_needed(controller)

    def rejected_(r):
        controller.started = True
        writable_stream_deal_with_rejection(stream, r)
    upon(start_promise, fulfilled, rejected_)


def writable_stream_default_controller_abort_steps(controller, reason):
    result = controller.abort_algorithm(reason)
    writable_stream_default_controller_clear_algorithms(controller)
    return result


def writable_stream_default_controller_advance_queue_if_needed(controller):
    """https://streams.spec.whatwg.org/#writable-stream-default-controller-advance-queue-if-needed"""
    stream = controller.stream
    if not controller.started or stream.in_flight_write_request is not None:
        return
    if stream.state == "erroring":
        writable_stream_finish_erroring(stream)
        return
    if not controller.queue:
        return
    value = peek_queue_value(controller)
    if value is _CLOSE_SENTINEL:
        writable_stream_default_controller_process_close(controller)
    else:
        writable_stream_default_controller_process_write(controller, value)


def writable_stream_default_controller_clear_algorithms(controller):
    controller.write_algorithm = controller.close_algorithm = controller.abort_algorithm = None
    controller.strategy_size_algorithm = None


def writable_stream_default_controller_close(controller):
    enqueue_value_with_size(controller, _CLOSE_SENTINEL, 0.0)
    writable_stream_default_controller_advance_queue_if_needed(controller)


def writable_stream_default_controller_error(controller, error):
    writable_stream_default_controller_clear_algorithms(controller)
    writable_stream_start_erroring(controller.stream, error)


def writable_stream_default_controller_error_if_needed(controller, error):
    if controller.stream.state == "writable":
        writable_stream_default_controller_error(controller, error)


def writable_stream_default_controller_get_backpressure(controller):
    return writable_stream_default_controller_get_desired_size(controller) <= 0


def writable_stream_default_controller_get_chunk_size(controller, chunk):
    """https://streams.spec.whatwg.org/#writable-stream-default-controller-get-chunk-size"""
    if controller.strategy_size_algorithm is None:
        return 1.0
    try:
        return controller.strategy_size_algorithm(chunk)
    except JSError as e:
        writable_stream_default_controller_error_if_needed(controller, e.value)
        return 1.0


def writable_stream_default_controller_get_desired_size(controller):
    return controller.strategy_hwm - controller.queue_total_size


def writable_stream_default_controller_process_close(controller):
    """https://streams.spec.whatwg.org/#writable-stream-default-controller-process-close"""
    stream = controller.stream
    stream.in_flight_close_request, stream.close_request = stream.close_request, None
    dequeue_value(controller)
    sink_close_promise = controller.close_algorithm()
    writable_stream_default_controller_clear_algorithms(controller)
    upon(sink_close_promise, lambda _: writable_stream_finish_in_flight_close(stream),
         lambda reason: writable_stream_finish_in_flight_close_with_error(stream, reason))


def writable_stream_default_controller_process_write(controller, chunk):
    """https://streams.spec.whatwg.org/#writable-stream-default-controller-process-write"""
    stream = controller.stream
    stream.in_flight_write_request = stream.write_requests.pop(0)
    sink_write_promise = controller.write_algorithm(chunk)

    def fulfilled(_):
        writable_stream_finish_in_flight_write(stream)
        dequeue_value(controller)
        if not writable_stream_close_queued_or_in_flight(stream) and stream.state == "writable":
            writable_stream_update_backpressure(
                stream, writable_stream_default_controller_get_backpressure(controller))
        writable_stream_default_controller_advance_queue_if_needed(controller)

    def rejected_(reason):
        if stream.state == "writable":
            writable_stream_default_controller_clear_algorithms(controller)
        writable_stream_finish_in_flight_write_with_error(stream, reason)
    upon(sink_write_promise, fulfilled, rejected_)


def writable_stream_default_controller_write(controller, chunk, chunk_size):
    """https://streams.spec.whatwg.org/#writable-stream-default-controller-write"""
    try:
        enqueue_value_with_size(controller, chunk, chunk_size)
    except JSError as e:
        writable_stream_default_controller_error_if_needed(controller, e.value)
        return
    stream = controller.stream
    if not writable_stream_close_queued_or_in_flight(stream) and stream.state == "writable":
        writable_stream_update_backpressure(stream,
                                            writable_stream_default_controller_get_backpressure(controller))
    writable_stream_default_controller_advance_queue_if_needed(controller)


# -- the JS interfaces -----------------------------------------------------------------------------------

def setup(realm):
    def construct(args, new_target):
        sink = arg(args, 0)
        if sink is not None and not isinstance(sink, JSObject):
            raise type_error("Failed to construct 'WritableStream': The provided value is not of type 'object'.")
        hwm, size = convert_queuing_strategy(arg(args, 1))
        d = sink
        abort = callback_or_none(dictionary_member(d, "abort"), "UnderlyingSink.abort")
        close = callback_or_none(dictionary_member(d, "close"), "UnderlyingSink.close")
        start = callback_or_none(dictionary_member(d, "start"), "UnderlyingSink.start")
        if dictionary_member(d, "type") is not None:
            raise range_error("Invalid type is specified")
        write = callback_or_none(dictionary_member(d, "write"), "UnderlyingSink.write")
        stream = WritableStreamObject(get_prototype_from_constructor(new_target, "%WritableStream.prototype%"))
        initialize_writable_stream(stream)
        size_algorithm = extract_size_algorithm(size)
        hwm = extract_high_water_mark(hwm, 1.0)
        controller = WritableStreamDefaultControllerObject(
            realm.intrinsics["%WritableStreamDefaultController.prototype%"])
        start_algorithm = (lambda: start.call(sink, [controller])) if start else (lambda: None)
        write_algorithm = ((lambda chunk: invoke_promise_callback(write, sink, [chunk, controller]))
                           if write else (lambda chunk: resolved_undefined()))
        close_algorithm = (lambda: invoke_promise_callback(close, sink, [])) if close else resolved_undefined
        abort_algorithm = ((lambda reason: invoke_promise_callback(abort, sink, [reason]))
                           if abort else (lambda reason: resolved_undefined()))
        set_up_writable_stream_default_controller(stream, controller, start_algorithm, write_algorithm,
                                                  close_algorithm, abort_algorithm, hwm, size_algorithm)
        return stream

    _, proto = define_interface(realm, "WritableStream", construct, 0)

    attribute(realm, proto, "locked",
              lambda this, args: is_writable_stream_locked(brand(this, WritableStreamObject, "WritableStream")))

    @operation(realm, proto, "abort", 0)
    def abort(this, args):
        if not isinstance(this, WritableStreamObject):
            return rejected(type_error("Illegal invocation").value)
        if is_writable_stream_locked(this):
            return rejected(type_error("Cannot abort a locked WritableStream").value)
        return writable_stream_abort(this, arg(args, 0))

    @operation(realm, proto, "close", 0)
    def close(this, args):
        if not isinstance(this, WritableStreamObject):
            return rejected(type_error("Illegal invocation").value)
        if is_writable_stream_locked(this):
            return rejected(type_error("Cannot close a locked WritableStream").value)
        if writable_stream_close_queued_or_in_flight(this):
            return rejected(type_error("The stream is already closing").value)
        return writable_stream_close(this)

    @operation(realm, proto, "getWriter", 0)
    def get_writer(this, args):
        return acquire_writable_stream_default_writer(brand(this, WritableStreamObject, "WritableStream"))

    _setup_writer(realm)
    _setup_controller(realm)


def _setup_writer(realm):
    def construct(args, new_target):
        stream = arg(args, 0)
        if not isinstance(stream, WritableStreamObject):
            raise type_error("Failed to construct 'WritableStreamDefaultWriter': parameter 1 is not of "
                             "type 'WritableStream'.")
        writer = WritableStreamDefaultWriterObject(
            get_prototype_from_constructor(new_target, "%WritableStreamDefaultWriter.prototype%"))
        set_up_writable_stream_default_writer(writer, stream)
        return writer

    _, proto = define_interface(realm, "WritableStreamDefaultWriter", construct, 1)

    def promise_attr(slot):
        def get(this, args):
            if not isinstance(this, WritableStreamDefaultWriterObject):
                return rejected(type_error("Illegal invocation").value)
            return getattr(this, slot).promise
        return get
    attribute(realm, proto, "closed", promise_attr("closed_promise"))
    attribute(realm, proto, "ready", promise_attr("ready_promise"))

    def desired_size(this, args):
        w = brand(this, WritableStreamDefaultWriterObject, "WritableStreamDefaultWriter")
        if w.stream is None:
            raise type_error("The writer has been released")
        v = writable_stream_default_writer_get_desired_size(w)
        return null if v is None else v
    attribute(realm, proto, "desiredSize", desired_size)

    def released_check(this):
        if not isinstance(this, WritableStreamDefaultWriterObject):
            return rejected(type_error("Illegal invocation").value)
        if this.stream is None:
            return rejected(type_error("The writer has been released").value)
        return None

    @operation(realm, proto, "abort", 0)
    def abort(this, args):
        return released_check(this) or writable_stream_abort(this.stream, arg(args, 0))

    @operation(realm, proto, "close", 0)
    def close(this, args):
        failure = released_check(this)
        if failure is not None:
            return failure
        if writable_stream_close_queued_or_in_flight(this.stream):
            return rejected(type_error("The stream is already closing").value)
        return writable_stream_close(this.stream)

    @operation(realm, proto, "releaseLock", 0)
    def release_lock(this, args):
        w = brand(this, WritableStreamDefaultWriterObject, "WritableStreamDefaultWriter")
        if w.stream is not None:
            writable_stream_default_writer_release(w)

    @operation(realm, proto, "write", 0)
    def write(this, args):
        return released_check(this) or writable_stream_default_writer_write(this, arg(args, 0))


def _setup_controller(realm):
    _, proto = define_interface(realm, "WritableStreamDefaultController")

    def this_controller(this):
        return brand(this, WritableStreamDefaultControllerObject, "WritableStreamDefaultController")

    attribute(realm, proto, "signal", lambda this, args: this_controller(this).abort_controller.signal)

    @operation(realm, proto, "error", 0)
    def error(this, args):
        c = this_controller(this)
        if c.stream.state == "writable":
            writable_stream_default_controller_error(c, arg(args, 0))
