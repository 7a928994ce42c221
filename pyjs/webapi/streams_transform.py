"""TransformStream (https://streams.spec.whatwg.org/#ts) and the encoding streams built
on it, TextEncoderStream and TextDecoderStream
(https://encoding.spec.whatwg.org/#interface-textencoderstream).

:func:`create_transform_stream` is the standard's "set up a TransformStream"
with Python transform/flush algorithms; the encoding streams and hosts use it.
"""
from ..interp.agent import current_realm
from ..interp.ops import get_prototype_from_constructor, to_string
from ..interp.values import JSObject, null, range_error, type_error
from .buffers import buffer_source_bytes, is_buffer_source, new_uint8_array
from .encoding import make_decoder
from .streams_common import (convert_queuing_strategy, extract_high_water_mark, extract_size_algorithm,
                             invoke_promise_callback, rejected, resolved_undefined)
from .streams_readable import (create_readable_stream, readable_stream_default_controller_can_close_or_enqueue,
                               readable_stream_default_controller_close,
                               readable_stream_default_controller_enqueue,
                               readable_stream_default_controller_error,
                               readable_stream_default_controller_get_desired_size,
                               readable_stream_default_controller_should_call_pull)
from .streams_writable import create_writable_stream, writable_stream_default_controller_error_if_needed
from .webidl import (JSError, arg, attribute, brand, callback_or_none, define_interface, dictionary_member,
                     new_promise, operation, promise_resolved_with, react, upon)


class TransformStreamObject(JSObject):
    __slots__ = ("backpressure", "backpressure_change_promise", "controller", "readable", "writable")


class TransformStreamDefaultControllerObject(JSObject):
    __slots__ = ("cancel_algorithm", "finish_promise", "flush_algorithm", "stream", "transform_algorithm")


def initialize_transform_stream(stream, start_promise, writable_hwm, writable_size, readable_hwm,
                                readable_size):
    """https://streams.spec.whatwg.org/#initialize-transform-stream"""
    stream.writable = create_writable_stream(
        lambda: start_promise, lambda chunk: transform_stream_default_sink_write_algorithm(stream, chunk),
        lambda: transform_stream_default_sink_close_algorithm(stream),
        lambda reason: transform_stream_default_sink_abort_algorithm(stream, reason),
        writable_hwm, writable_size)
    stream.readable = create_readable_stream(
        lambda: start_promise, lambda: transform_stream_default_source_pull_algorithm(stream),
        lambda reason: transform_stream_default_source_cancel_algorithm(stream, reason),
        readable_hwm, readable_size)
    stream.backpressure = None
    stream.backpressure_change_promise = None
    transform_stream_set_backpressure(stream, True)
    stream.controller = None


def transform_stream_error(stream, e):
    readable_stream_default_controller_error(stream.readable.controller, e)
    transform_stream_error_writable_and_unblock_write(stream, e)


def transform_stream_error_writable_and_unblock_write(stream, e):
    transform_stream_default_controller_clear_algorithms(stream.controller)
    writable_stream_default_controller_error_if_needed(stream.writable.controller, e)
    transform_stream_unblock_write(stream)


def transform_stream_set_backpressure(stream, backpressure):
    if stream.backpressure_change_promise is not None:
        stream.backpressure_change_promise.resolve(None)
    stream.backpressure_change_promise = new_promise(current_realm())
    stream.backpressure = backpressure


def transform_stream_unblock_write(stream):
    if stream.backpressure:
        transform_stream_set_backpressure(stream, False)


def set_up_transform_stream_default_controller(stream, controller, transform_algorithm, flush_algorithm,
                                               cancel_algorithm):
    controller.stream = stream
    stream.controller = controller
    controller.transform_algorithm = transform_algorithm
    controller.flush_algorithm = flush_algorithm
    controller.cancel_algorithm = cancel_algorithm
    controller.finish_promise = None


def transform_stream_default_controller_clear_algorithms(controller):
    controller.transform_algorithm = controller.flush_algorithm = controller.cancel_algorithm = None


def transform_stream_default_controller_enqueue(controller, chunk):
    """https://streams.spec.whatwg.org/#transform-stream-default-controller-enqueue"""
    stream = controller.stream
    readable_controller = stream.readable.controller
    if not readable_stream_default_controller_can_close_or_enqueue(readable_controller):
        raise type_error("Readable side is not in a state that permits enqueue")
    try:
        readable_stream_default_controller_enqueue(readable_controller, chunk)
    except JSError as e:
        transform_stream_error_writable_and_unblock_write(stream, e.value)
        raise JSError(stream.readable.stored_error) from None
    backpressure = not readable_stream_default_controller_should_call_pull(readable_controller)
    if backpressure != stream.backpressure:
        transform_stream_set_backpressure(stream, True)


def transform_stream_default_controller_perform_transform(controller, chunk):
    realm = current_realm()

    def failed(r):
        transform_stream_error(controller.stream, r)
        raise JSError(r)
    return react(realm, controller.transform_algorithm(chunk), None, failed)


def transform_stream_default_controller_terminate(controller):
    stream = controller.stream
    readable_stream_default_controller_close(stream.readable.controller)
    transform_stream_error_writable_and_unblock_write(stream, type_error("The stream has been terminated").value)


def transform_stream_default_sink_write_algorithm(stream, chunk):
    """https://streams.spec.whatwg.org/#transform-stream-default-sink-write-algorithm"""
    controller = stream.controller
    if stream.backpressure:
        def go(_):
            writable = stream.writable
            if writable.state == "erroring":
                raise JSError(writable.stored_error)
            return transform_stream_default_controller_perform_transform(controller, chunk)
        return react(current_realm(), stream.backpressure_change_promise.promise, go)
    return transform_stream_default_controller_perform_transform(controller, chunk)


def _finish(controller, action, on_fulfilled, on_rejected):
    """The shared shape of the sink abort/close and source cancel algorithms: run
    ``action`` once, remember its outcome as the controller's finish promise."""
    if controller.finish_promise is not None:
        return controller.finish_promise.promise
    finish = controller.finish_promise = new_promise(current_realm())
    p = action()
    transform_stream_default_controller_clear_algorithms(controller)

    def fulfilled(_):
        try:
            on_fulfilled()
        except JSError as e:
            finish.reject(e.value)
            return
        finish.resolve(None)

    def rejected_(r):
        on_rejected(r)
        finish.reject(r)
    upon(p, fulfilled, rejected_)
    return finish.promise


def transform_stream_default_sink_abort_algorithm(stream, reason):
    readable = stream.readable
    controller = stream.controller

    def fulfilled():
        if readable.state == "errored":
            raise JSError(readable.stored_error)
        readable_stream_default_controller_error(readable.controller, reason)
    return _finish(controller, lambda: controller.cancel_algorithm(reason), fulfilled,
                   lambda r: readable_stream_default_controller_error(readable.controller, r))


def transform_stream_default_sink_close_algorithm(stream):
    readable = stream.readable
    controller = stream.controller

    def fulfilled():
        if readable.state == "errored":
            raise JSError(readable.stored_error)
        readable_stream_default_controller_close(readable.controller)
    return _finish(controller, lambda: controller.flush_algorithm(), fulfilled,
                   lambda r: readable_stream_default_controller_error(readable.controller, r))


def transform_stream_default_source_cancel_algorithm(stream, reason):
    writable = stream.writable
    controller = stream.controller

    def fulfilled():
        if writable.state == "errored":
            raise JSError(writable.stored_error)
        writable_stream_default_controller_error_if_needed(writable.controller, reason)
        transform_stream_unblock_write(stream)

    def rejected_(r):
        writable_stream_default_controller_error_if_needed(writable.controller, r)
        transform_stream_unblock_write(stream)
    return _finish(controller, lambda: controller.cancel_algorithm(reason), fulfilled, rejected_)


def transform_stream_default_source_pull_algorithm(stream):
    transform_stream_set_backpressure(stream, False)
    return stream.backpressure_change_promise.promise


def create_transform_stream(transform_algorithm, flush_algorithm=None, cancel_algorithm=None):
    """https://streams.spec.whatwg.org/#transformstream-set-up

    ``transform_algorithm(controller, chunk)`` and ``flush_algorithm(controller)`` are
    Python callables that may raise a JSError or return a promise (or None).
    """
    realm = current_realm()
    stream = TransformStreamObject(realm.intrinsics["%TransformStream.prototype%"])
    start = promise_resolved_with(current_realm(), None)
    initialize_transform_stream(stream, start, 1.0, None, 0.0, None)
    controller = TransformStreamDefaultControllerObject(
        realm.intrinsics["%TransformStreamDefaultController.prototype%"])

    def wrap(algorithm):
        def run(*args):
            if algorithm is None:
                return resolved_undefined()
            try:
                result = algorithm(controller, *args)
            except JSError as e:
                return rejected(e.value)
            return result if result is not None else resolved_undefined()
        return run
    set_up_transform_stream_default_controller(stream, controller, wrap(transform_algorithm),
                                               wrap(flush_algorithm), wrap(cancel_algorithm))
    return stream


# -- the JS interfaces ---------------------------------------------------------------------------------

def setup(realm):
    def construct(args, new_target):
        transformer = arg(args, 0)
        if transformer is not None and not isinstance(transformer, JSObject):
            raise type_error("Failed to construct 'TransformStream': The provided value is not of type 'object'.")
        writable_hwm, writable_size = convert_queuing_strategy(arg(args, 1))
        readable_hwm, readable_size = convert_queuing_strategy(arg(args, 2))
        d = transformer
        cancel = callback_or_none(dictionary_member(d, "cancel"), "Transformer.cancel")
        flush = callback_or_none(dictionary_member(d, "flush"), "Transformer.flush")
        readable_type = dictionary_member(d, "readableType")
        start = callback_or_none(dictionary_member(d, "start"), "Transformer.start")
        transform = callback_or_none(dictionary_member(d, "transform"), "Transformer.transform")
        writable_type = dictionary_member(d, "writableType")
        if readable_type is not None:
            raise range_error("Invalid readableType specified")
        if writable_type is not None:
            raise range_error("Invalid writableType specified")
        readable_hwm = extract_high_water_mark(readable_hwm, 0.0)
        readable_size = extract_size_algorithm(readable_size)
        writable_hwm = extract_high_water_mark(writable_hwm, 1.0)
        writable_size = extract_size_algorithm(writable_size)
        stream = TransformStreamObject(get_prototype_from_constructor(new_target, "%TransformStream.prototype%"))
        start_promise = new_promise(realm)
        initialize_transform_stream(stream, start_promise.promise, writable_hwm, writable_size,
                                    readable_hwm, readable_size)
        controller = TransformStreamDefaultControllerObject(
            realm.intrinsics["%TransformStreamDefaultController.prototype%"])

        def default_transform(chunk):
            try:
                transform_stream_default_controller_enqueue(controller, chunk)
            except JSError as e:
                return rejected(e.value)
            return resolved_undefined()
        transform_algorithm = ((lambda chunk: invoke_promise_callback(transform, transformer, [chunk, controller]))
                               if transform else default_transform)
        flush_algorithm = ((lambda: invoke_promise_callback(flush, transformer, [controller]))
                           if flush else resolved_undefined)
        cancel_algorithm = ((lambda reason: invoke_promise_callback(cancel, transformer, [reason]))
                            if cancel else (lambda reason: resolved_undefined()))
        set_up_transform_stream_default_controller(stream, controller, transform_algorithm, flush_algorithm,
                                                   cancel_algorithm)
        start_promise.resolve(start.call(transformer, [controller]) if start else None)
        return stream

    _, proto = define_interface(realm, "TransformStream", construct, 0)
    attribute(realm, proto, "readable",
              lambda this, args: brand(this, TransformStreamObject, "TransformStream").readable)
    attribute(realm, proto, "writable",
              lambda this, args: brand(this, TransformStreamObject, "TransformStream").writable)

    _, cproto = define_interface(realm, "TransformStreamDefaultController")

    def this_controller(this):
        return brand(this, TransformStreamDefaultControllerObject, "TransformStreamDefaultController")

    def desired_size(this, args):
        v = readable_stream_default_controller_get_desired_size(this_controller(this).stream.readable.controller)
        return null if v is None else v
    attribute(realm, cproto, "desiredSize", desired_size)

    @operation(realm, cproto, "enqueue", 0)
    def enqueue(this, args):
        transform_stream_default_controller_enqueue(this_controller(this), arg(args, 0))

    @operation(realm, cproto, "error", 0)
    def error(this, args):
        transform_stream_error(this_controller(this).stream, arg(args, 0))

    @operation(realm, cproto, "terminate", 0)
    def terminate(this, args):
        transform_stream_default_controller_terminate(this_controller(this))

    _setup_encoding_streams(realm)


# -- TextEncoderStream / TextDecoderStream ---------------------------------------------------------------

class TextEncoderStreamObject(JSObject):
    __slots__ = ("transform", "pending_high_surrogate")


class TextDecoderStreamObject(JSObject):
    __slots__ = ("transform", "decoding")


def _generic_transform_attributes(realm, proto, cls, name):
    """https://streams.spec.whatwg.org/#generictransformstream"""
    attribute(realm, proto, "readable", lambda this, args: brand(this, cls, name).transform.readable)
    attribute(realm, proto, "writable", lambda this, args: brand(this, cls, name).transform.writable)


def _setup_encoding_streams(realm):
    def construct_encoder(args, new_target):
        o = TextEncoderStreamObject(get_prototype_from_constructor(new_target, "%TextEncoderStream.prototype%"))
        o.pending_high_surrogate = None

        def transform(controller, chunk):
            """https://encoding.spec.whatwg.org/#encode-and-enqueue-a-chunk"""
            text = to_string(chunk)
            if o.pending_high_surrogate is not None:
                text = o.pending_high_surrogate + text
                o.pending_high_surrogate = None
            if text and "\ud800" <= text[-1] <= "\udbff":
                o.pending_high_surrogate = text[-1]
                text = text[:-1]
            if text:
                data = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace").encode("utf-8")
                transform_stream_default_controller_enqueue(controller, new_uint8_array(realm, data))

        def flush(controller):
            """https://encoding.spec.whatwg.org/#encode-and-flush"""
            if o.pending_high_surrogate is not None:
                transform_stream_default_controller_enqueue(controller, new_uint8_array(realm, b"\xef\xbf\xbd"))
        o.transform = create_transform_stream(transform, flush)
        return o

    _, eproto = define_interface(realm, "TextEncoderStream", construct_encoder, 0)

    def encoder_encoding(this, args):
        brand(this, TextEncoderStreamObject, "TextEncoderStream")
        return "utf-8"
    attribute(realm, eproto, "encoding", encoder_encoding)
    _generic_transform_attributes(realm, eproto, TextEncoderStreamObject, "TextEncoderStream")

    def construct_decoder(args, new_target):
        decoding = make_decoder(arg(args, 0), arg(args, 1))
        o = TextDecoderStreamObject(get_prototype_from_constructor(new_target, "%TextDecoderStream.prototype%"))
        o.decoding = decoding

        def transform(controller, chunk):
            """https://encoding.spec.whatwg.org/#decode-and-enqueue-a-chunk"""
            if not is_buffer_source(chunk):
                raise type_error("TextDecoderStream chunks must be ArrayBuffer or ArrayBufferView objects")
            text = decoding.decode(buffer_source_bytes(realm, chunk), False)
            if text:
                transform_stream_default_controller_enqueue(controller, text)

        def flush(controller):
            """https://encoding.spec.whatwg.org/#flush-and-enqueue"""
            text = decoding.decode(b"", True)
            if text:
                transform_stream_default_controller_enqueue(controller, text)
        o.transform = create_transform_stream(transform, flush)
        return o

    _, dproto = define_interface(realm, "TextDecoderStream", construct_decoder, 0)

    def this_decoding(this):
        return brand(this, TextDecoderStreamObject, "TextDecoderStream").decoding
    attribute(realm, dproto, "encoding", lambda this, args: this_decoding(this).encoding.lower())
    attribute(realm, dproto, "fatal", lambda this, args: this_decoding(this).fatal)
    attribute(realm, dproto, "ignoreBOM", lambda this, args: this_decoding(this).ignore_bom)
    _generic_transform_attributes(realm, dproto, TextDecoderStreamObject, "TextDecoderStream")
