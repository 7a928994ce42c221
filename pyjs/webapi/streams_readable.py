"""ReadableStream with default controllers and readers: https://streams.spec.whatwg.org/#rs

The stream itself, default controllers and readers, ``tee()``, async iteration
(``values()``/``for await``) and ``ReadableStream.from``.  Readable byte
streams (``type: "bytes"``, BYOB readers) live in :mod:`pyjs.webapi.streams_bytes`;
the two controller kinds share the stream's algorithms through their
``cancel_steps``/``pull_steps``/``release_steps`` methods (the standard's
[[CancelSteps]], [[PullSteps]] and [[ReleaseSteps]]).  ``pipeTo``/``pipeThrough``
come from :mod:`pyjs.webapi.streams_pipe`.

Host code creates streams with :func:`create_readable_stream` (Python
algorithms) and reads them with :func:`read_all_chunks` / read requests.
"""
from ..interp.agent import current_realm
from ..interp.ops import (create_iter_result, get_iterator, get_method, get_prototype_from_constructor,
                          iterator_complete, iterator_next, iterator_value, to_boolean)
from ..interp.functions import NativeFunction
from ..interp.values import (CONFIGURABLE, HIDDEN, SYM_ASYNC_ITERATOR, SYM_TO_STRING_TAG, JSError, JSObject, Prop,
                             null, range_error, type_error)
from .streams_common import (convert_queuing_strategy, dequeue_value, enqueue_value_with_size,
                             extract_high_water_mark, extract_size_algorithm, invoke_promise_callback,
                             rejected, reset_queue, resolved_undefined)
from .webidl import (arg, attribute, brand, callback_or_none, define_interface, dictionary_member,
                     mark_as_handled, new_promise, operation, promise_resolved_with, react, to_enum,
                     to_unsigned_long_long, upon)


class ReadableStreamObject(JSObject):
    """A ReadableStream; ``byte_source`` is set by the Fetch body code when the stream
    was made from bytes it still holds in full (see ``Body.get_stream``), so the host
    can send an untouched body stream with a Content-Length, as Workers do."""

    __slots__ = ("controller", "disturbed", "reader", "state", "stored_error", "byte_source")


class ReadableStreamGenericReader(JSObject):
    """https://streams.spec.whatwg.org/#readablestreamgenericreader"""

    __slots__ = ("closed_promise", "stream")


class ReadableStreamDefaultReaderObject(ReadableStreamGenericReader):
    __slots__ = ("read_requests",)


class ReadableStreamDefaultControllerObject(JSObject):
    __slots__ = ("cancel_algorithm", "close_requested", "pull_again", "pull_algorithm", "pulling",
                 "queue", "queue_total_size", "started", "strategy_hwm", "strategy_size_algorithm",
                 "stream")

    def cancel_steps(self, reason):
        """https://streams.spec.whatwg.org/#rs-default-controller-private-cancel"""
        reset_queue(self)
        result = self.cancel_algorithm(reason)
        readable_stream_default_controller_clear_algorithms(self)
        return result

    def pull_steps(self, request):
        """https://streams.spec.whatwg.org/#rs-default-controller-private-pull"""
        stream = self.stream
        if self.queue:
            chunk = dequeue_value(self)
            if self.close_requested and not self.queue:
                readable_stream_default_controller_clear_algorithms(self)
                readable_stream_close(stream)
            else:
                readable_stream_default_controller_call_pull_if_needed(self)
            request.chunk_steps(chunk)
        else:
            stream.reader.read_requests.append(request)
            readable_stream_default_controller_call_pull_if_needed(self)

    def release_steps(self):
        """https://streams.spec.whatwg.org/#abstract-opdef-readablestreamdefaultcontroller-releasesteps"""


class ReadRequest:
    """https://streams.spec.whatwg.org/#read-request: three Python step callables."""

    __slots__ = ("chunk_steps", "close_steps", "error_steps")

    def __init__(self, chunk_steps, close_steps, error_steps):
        self.chunk_steps = chunk_steps
        self.close_steps = close_steps
        self.error_steps = error_steps


# -- the stream --------------------------------------------------------------------------------

def initialize_readable_stream(stream):
    """https://streams.spec.whatwg.org/#initialize-readable-stream"""
    stream.state = "readable"
    stream.reader = None
    stream.stored_error = None
    stream.disturbed = False
    stream.controller = None
    stream.byte_source = None


def new_readable_stream(realm, proto=None):
    stream = ReadableStreamObject(proto or realm.intrinsics["%ReadableStream.prototype%"])
    initialize_readable_stream(stream)
    return stream


def create_readable_stream(start_algorithm, pull_algorithm, cancel_algorithm, high_water_mark=1.0,
                           size_algorithm=None):
    """https://streams.spec.whatwg.org/#create-readable-stream"""
    stream = new_readable_stream(current_realm())
    controller = ReadableStreamDefaultControllerObject(
        current_realm().intrinsics["%ReadableStreamDefaultController.prototype%"])
    set_up_readable_stream_default_controller(stream, controller, start_algorithm, pull_algorithm,
                                              cancel_algorithm, high_water_mark,
                                              size_algorithm or (lambda chunk: 1.0))
    return stream


def is_readable_stream_locked(stream):
    """https://streams.spec.whatwg.org/#is-readable-stream-locked"""
    return stream.reader is not None


def readable_stream_cancel(stream, reason):
    """https://streams.spec.whatwg.org/#readable-stream-cancel"""
    stream.disturbed = True
    if stream.state == "closed":
        return resolved_undefined()
    if stream.state == "errored":
        return rejected(stream.stored_error)
    readable_stream_close(stream)
    reader = stream.reader
    if reader is not None and not isinstance(reader, ReadableStreamDefaultReaderObject):
        requests, reader.read_into_requests = reader.read_into_requests, []
        for request in requests:
            request.close_steps(None)
    source_cancel_promise = stream.controller.cancel_steps(reason)
    return react(current_realm(), source_cancel_promise, lambda v: None)


def readable_stream_close(stream):
    """https://streams.spec.whatwg.org/#readable-stream-close"""
    stream.state = "closed"
    reader = stream.reader
    if reader is None:
        return
    reader.closed_promise.resolve(None)
    if isinstance(reader, ReadableStreamDefaultReaderObject):
        requests, reader.read_requests = reader.read_requests, []
        for request in requests:
            request.close_steps()


def readable_stream_error(stream, e):
    """https://streams.spec.whatwg.org/#readable-stream-error"""
    stream.state = "errored"
    stream.stored_error = e
    reader = stream.reader
    if reader is None:
        return
    reader.closed_promise.reject(e)
    mark_as_handled(reader.closed_promise.promise)
    if isinstance(reader, ReadableStreamDefaultReaderObject):
        readable_stream_default_reader_error_read_requests(reader, e)
    else:
        requests, reader.read_into_requests = reader.read_into_requests, []
        for request in requests:
            request.error_steps(e)


def readable_stream_fulfill_read_request(stream, chunk, done):
    """https://streams.spec.whatwg.org/#readable-stream-fulfill-read-request"""
    request = stream.reader.read_requests.pop(0)
    if done:
        request.close_steps()
    else:
        request.chunk_steps(chunk)


def readable_stream_get_num_read_requests(stream):
    return len(stream.reader.read_requests)


# -- readers -------------------------------------------------------------------------------------

def acquire_readable_stream_default_reader(stream):
    """https://streams.spec.whatwg.org/#acquire-readable-stream-reader"""
    reader = ReadableStreamDefaultReaderObject(
        current_realm().intrinsics["%ReadableStreamDefaultReader.prototype%"])
    set_up_readable_stream_default_reader(reader, stream)
    return reader


def set_up_readable_stream_default_reader(reader, stream):
    """https://streams.spec.whatwg.org/#set-up-readable-stream-default-reader"""
    if is_readable_stream_locked(stream):
        raise type_error("ReadableStream is locked to a reader")
    readable_stream_reader_generic_initialize(reader, stream)
    reader.read_requests = []


def readable_stream_reader_generic_initialize(reader, stream):
    """https://streams.spec.whatwg.org/#readable-stream-reader-generic-initialize"""
    realm = current_realm()
    reader.stream = stream
    stream.reader = reader
    reader.closed_promise = new_promise(realm)
    if stream.state == "closed":
        reader.closed_promise.resolve(None)
    elif stream.state == "errored":
        reader.closed_promise.reject(stream.stored_error)
        mark_as_handled(reader.closed_promise.promise)


def readable_stream_reader_generic_cancel(reader, reason):
    """https://streams.spec.whatwg.org/#readable-stream-reader-generic-cancel"""
    return readable_stream_cancel(reader.stream, reason)


def readable_stream_reader_generic_release(reader):
    """https://streams.spec.whatwg.org/#readable-stream-reader-generic-release"""
    stream = reader.stream
    err = type_error("The reader was released").value
    if stream.state == "readable":
        reader.closed_promise.reject(err)
    else:
        reader.closed_promise = new_promise(current_realm())
        reader.closed_promise.reject(err)
    mark_as_handled(reader.closed_promise.promise)
    stream.controller.release_steps()
    stream.reader = None
    reader.stream = None


def readable_stream_default_reader_read(reader, request):
    """https://streams.spec.whatwg.org/#readable-stream-default-reader-read"""
    stream = reader.stream
    stream.disturbed = True
    if stream.state == "closed":
        request.close_steps()
    elif stream.state == "errored":
        request.error_steps(stream.stored_error)
    else:
        stream.controller.pull_steps(request)


def readable_stream_default_reader_release(reader):
    """https://streams.spec.whatwg.org/#abstract-opdef-readablestreamdefaultreaderrelease"""
    readable_stream_reader_generic_release(reader)
    readable_stream_default_reader_error_read_requests(reader, type_error("The reader was released").value)


def readable_stream_default_reader_error_read_requests(reader, e):
    requests, reader.read_requests = reader.read_requests, []
    for request in requests:
        request.error_steps(e)


# -- the default controller ------------------------------------------------------------------------

def readable_stream_default_controller_call_pull_if_needed(controller):
    """https://streams.spec.whatwg.org/#readable-stream-default-controller-call-pull-if-needed"""
    if not readable_stream_default_controller_should_call_pull(controller):
        return
    if controller.pulling:
        controller.pull_again = True
        return
    controller.pulling = True
    pull_promise = controller.pull_algorithm()

    def fulfilled(_):
        controller.pulling = False
        if controller.pull_again:
            controller.pull_again = False
            readable_stream_default_controller_call_pull_if_needed(controller)

    upon(pull_promise, fulfilled, lambda e: readable_stream_default_controller_error(controller, e))


def readable_stream_default_controller_should_call_pull(controller):
    stream = controller.stream
    if not readable_stream_default_controller_can_close_or_enqueue(controller):
        return False
    if not controller.started:
        return False
    if is_readable_stream_locked(stream) and readable_stream_get_num_read_requests(stream) > 0:
        return True
    return readable_stream_default_controller_get_desired_size(controller) > 0


def readable_stream_default_controller_clear_algorithms(controller):
    controller.pull_algorithm = None
    controller.cancel_algorithm = None
    controller.strategy_size_algorithm = None


def readable_stream_default_controller_close(controller):
    """https://streams.spec.whatwg.org/#readable-stream-default-controller-close"""
    if not readable_stream_default_controller_can_close_or_enqueue(controller):
        return
    controller.close_requested = True
    if not controller.queue:
        readable_stream_default_controller_clear_algorithms(controller)
        readable_stream_close(controller.stream)


def readable_stream_default_controller_enqueue(controller, chunk):
    """https://streams.spec.whatwg.org/#readable-stream-default-controller-enqueue"""
    if not readable_stream_default_controller_can_close_or_enqueue(controller):
        return
    stream = controller.stream
    if is_readable_stream_locked(stream) and readable_stream_get_num_read_requests(stream) > 0:
        readable_stream_fulfill_read_request(stream, chunk, False)
    else:
        try:
            size = controller.strategy_size_algorithm(chunk)
            enqueue_value_with_size(controller, chunk, size)
        except JSError as e:
            readable_stream_default_controller_error(controller, e.value)
            raise
    readable_stream_default_controller_call_pull_if_needed(controller)


def readable_stream_default_controller_error(controller, e):
    """https://streams.spec.whatwg.org/#readable-stream-default-controller-error"""
    stream = controller.stream
    if stream.state != "readable":
        return
    reset_queue(controller)
    readable_stream_default_controller_clear_algorithms(controller)
    readable_stream_error(stream, e)


def readable_stream_default_controller_get_desired_size(controller):
    state = controller.stream.state
    if state == "errored":
        return None
    if state == "closed":
        return 0.0
    return controller.strategy_hwm - controller.queue_total_size


def readable_stream_default_controller_can_close_or_enqueue(controller):
    return not controller.close_requested and controller.stream.state == "readable"


def set_up_readable_stream_default_controller(stream, controller, start_algorithm, pull_algorithm,
                                              cancel_algorithm, high_water_mark, size_algorithm):
    """https://streams.spec.whatwg.org/#set-up-readable-stream-default-controller"""
    controller.stream = stream
    reset_queue(controller)
    controller.started = controller.close_requested = False
    controller.pull_again = controller.pulling = False
    controller.strategy_size_algorithm = size_algorithm
    controller.strategy_hwm = high_water_mark
    controller.pull_algorithm = pull_algorithm
    controller.cancel_algorithm = cancel_algorithm
    stream.controller = controller
    start_result = start_algorithm()
    start_promise = promise_resolved_with(current_realm(), start_result)

    def started(_):
        controller.started = True
        readable_stream_default_controller_call_pull_if_needed(controller)

    upon(start_promise, started, lambda r: readable_stream_default_controller_error(controller, r))


def set_up_from_underlying_source(realm, stream, source, start, pull, cancel, hwm, size_algorithm):
    """https://streams.spec.whatwg.org/#set-up-readable-stream-default-controller-from-underlying-source"""
    controller = ReadableStreamDefaultControllerObject(
        realm.intrinsics["%ReadableStreamDefaultController.prototype%"])
    start_algorithm = (lambda: start.call(source, [controller])) if start else (lambda: None)
    pull_algorithm = ((lambda: invoke_promise_callback(pull, source, [controller]))
                      if pull else resolved_undefined)
    cancel_algorithm = ((lambda reason: invoke_promise_callback(cancel, source, [reason]))
                        if cancel else (lambda reason: resolved_undefined()))
    set_up_readable_stream_default_controller(stream, controller, start_algorithm, pull_algorithm,
                                              cancel_algorithm, hwm, size_algorithm)


# -- tee and from --------------------------------------------------------------------------------

def readable_stream_tee(stream, clone_for_branch2=None):
    """https://streams.spec.whatwg.org/#readable-stream-tee

    ``clone_for_branch2`` is None, or the StructuredClone function applied to the
    chunks of the second branch (a byte stream's branches always get copies).
    """
    if isinstance(stream.controller, ReadableStreamDefaultControllerObject):
        return readable_stream_default_tee(stream, clone_for_branch2)
    return streams_bytes.readable_byte_stream_tee(stream)


def readable_stream_default_tee(stream, clone_for_branch2=None):
    """https://streams.spec.whatwg.org/#abstract-opdef-readablestreamdefaulttee"""
    realm = current_realm()
    reader = acquire_readable_stream_default_reader(stream)
    st = {"reading": False, "read_again": False, "canceled1": False, "canceled2": False,
          "reason1": None, "reason2": None}
    cancel_promise = new_promise(realm)
    branches = []

    def pull_algorithm():
        if st["reading"]:
            st["read_again"] = True
            return resolved_undefined()
        st["reading"] = True

        def chunk_steps(chunk):
            def task():
                st["read_again"] = False
                chunk2 = chunk
                if not st["canceled2"] and clone_for_branch2 is not None:
                    try:
                        chunk2 = clone_for_branch2(chunk)
                    except JSError as e:
                        readable_stream_default_controller_error(branches[0].controller, e.value)
                        readable_stream_default_controller_error(branches[1].controller, e.value)
                        cancel_promise.resolve(readable_stream_cancel(stream, e.value))
                        return
                if not st["canceled1"]:
                    readable_stream_default_controller_enqueue(branches[0].controller, chunk)
                if not st["canceled2"]:
                    readable_stream_default_controller_enqueue(branches[1].controller, chunk2)
                st["reading"] = False
                if st["read_again"]:
                    pull_algorithm()
            realm.enqueue_job(task)

        def close_steps():
            st["reading"] = False
            if not st["canceled1"]:
                readable_stream_default_controller_close(branches[0].controller)
            if not st["canceled2"]:
                readable_stream_default_controller_close(branches[1].controller)
            if not st["canceled1"] or not st["canceled2"]:
                cancel_promise.resolve(None)

        def error_steps(e):
            st["reading"] = False

        readable_stream_default_reader_read(reader, ReadRequest(chunk_steps, close_steps, error_steps))
        return resolved_undefined()

    def cancel_algorithm(mine, other):
        def cancel(reason):
            st[f"canceled{mine}"] = True
            st[f"reason{mine}"] = reason
            if st[f"canceled{other}"]:
                composite = realm.new_array([st["reason1"], st["reason2"]])
                cancel_promise.resolve(readable_stream_cancel(stream, composite))
            return cancel_promise.promise
        return cancel

    branches.append(create_readable_stream(lambda: None, pull_algorithm, cancel_algorithm(1, 2)))
    branches.append(create_readable_stream(lambda: None, pull_algorithm, cancel_algorithm(2, 1)))

    def closed_rejected(r):
        readable_stream_default_controller_error(branches[0].controller, r)
        readable_stream_default_controller_error(branches[1].controller, r)
        if not st["canceled1"] or not st["canceled2"]:
            cancel_promise.resolve(None)
    upon(reader.closed_promise.promise, None, closed_rejected)
    return branches


def readable_stream_from_iterable(async_iterable):
    """https://streams.spec.whatwg.org/#readable-stream-from-iterable"""
    realm = current_realm()
    record = get_iterator(async_iterable, "async")
    holder = []

    def pull_algorithm():
        try:
            next_result = iterator_next(record)
        except JSError as e:
            return rejected(e.value)
        next_promise = promise_resolved_with(current_realm(), next_result)

        def fulfilled(result):
            if not isinstance(result, JSObject):
                raise type_error("The iterator's next() result is not an object")
            if iterator_complete(result):
                readable_stream_default_controller_close(holder[0].controller)
            else:
                readable_stream_default_controller_enqueue(holder[0].controller, iterator_value(result))
        return react(realm, next_promise, fulfilled)

    def cancel_algorithm(reason):
        iterator = record.iterator
        try:
            return_method = get_method(iterator, "return")
            if return_method is None:
                return resolved_undefined()
            return_result = return_method.call(iterator, [reason])
        except JSError as e:
            return rejected(e.value)

        def fulfilled(result):
            if not isinstance(result, JSObject):
                raise type_error("The iterator's return() result is not an object")
        return react(realm, promise_resolved_with(current_realm(), return_result), fulfilled)

    holder.append(create_readable_stream(lambda: None, pull_algorithm, cancel_algorithm, 0.0))
    return holder[0]


# -- async iteration -------------------------------------------------------------------------------

class ReadableStreamAsyncIteratorObject(JSObject):
    """https://webidl.spec.whatwg.org/#default-asynchronous-iterator-object"""

    __slots__ = ("reader", "prevent_cancel", "ongoing_promise", "is_finished")


# "End of iteration": a JS object (promises may only hold JS values) that JS never sees,
# since next()'s fulfillment step maps it to a done iteration result.
_END = JSObject(None)


def _next_iteration_result(realm, it):
    """https://streams.spec.whatwg.org/#ref-for-dfn-get-the-next-iteration-result"""
    cap = new_promise(realm)
    reader = it.reader

    def close_steps():
        readable_stream_default_reader_release(reader)
        cap.resolve(_END)

    def error_steps(e):
        readable_stream_default_reader_release(reader)
        cap.reject(e)
    readable_stream_default_reader_read(reader, ReadRequest(cap.resolve, close_steps, error_steps))
    return cap.promise


def _iterator_return(it, value):
    """https://streams.spec.whatwg.org/#ref-for-asynchronous-iterator-return"""
    reader = it.reader
    if not it.prevent_cancel:
        result = readable_stream_reader_generic_cancel(reader, value)
        readable_stream_default_reader_release(reader)
        return result
    readable_stream_default_reader_release(reader)
    return resolved_undefined()


def _setup_async_iterator(realm, proto):
    iter_proto = JSObject(realm.intrinsics["%AsyncIteratorPrototype%"])
    iter_proto.props[SYM_TO_STRING_TAG] = Prop("ReadableStream AsyncIterator", CONFIGURABLE)
    realm.intrinsics["%ReadableStreamAsyncIteratorPrototype%"] = iter_proto

    @operation(realm, iter_proto, "next", 0)
    def next_(this, args):
        if not isinstance(this, ReadableStreamAsyncIteratorObject):
            return rejected(type_error("next() called on an object that is not a ReadableStream iterator").value)
        it = this

        def on_fulfilled(value):
            it.ongoing_promise = None
            if value is _END:
                it.is_finished = True
                return create_iter_result(None, True)
            return create_iter_result(value, False)

        def on_rejected(reason):
            it.ongoing_promise = None
            it.is_finished = True
            raise JSError(reason)

        def next_steps(_=None):
            if it.is_finished:
                return promise_resolved_with(current_realm(), create_iter_result(None, True))
            return react(realm, _next_iteration_result(realm, it), on_fulfilled, on_rejected)

        if it.ongoing_promise is not None:
            it.ongoing_promise = react(realm, it.ongoing_promise, next_steps, next_steps)
        else:
            it.ongoing_promise = next_steps()
        return it.ongoing_promise

    @operation(realm, iter_proto, "return", 1)
    def return_(this, args):
        value = arg(args, 0)
        if not isinstance(this, ReadableStreamAsyncIteratorObject):
            return rejected(type_error("return() called on an object that is not a ReadableStream "
                                       "iterator").value)
        it = this

        def return_steps(_=None):
            if it.is_finished:
                return promise_resolved_with(current_realm(), create_iter_result(value, True))
            it.is_finished = True
            return _iterator_return(it, value)

        if it.ongoing_promise is not None:
            it.ongoing_promise = react(realm, it.ongoing_promise, return_steps, return_steps)
        else:
            it.ongoing_promise = return_steps()
        return react(realm, it.ongoing_promise, lambda _: create_iter_result(value, True))

    def values(this, args):
        stream = brand(this, ReadableStreamObject, "ReadableStream")
        prevent_cancel = to_boolean(dictionary_member(arg(args, 0), "preventCancel"))
        it = ReadableStreamAsyncIteratorObject(iter_proto)
        it.reader = acquire_readable_stream_default_reader(stream)
        it.prevent_cancel = prevent_cancel
        it.ongoing_promise = None
        it.is_finished = False
        return it
    values_fn = NativeFunction(realm, values, "values", 0)
    proto.props["values"] = values_fn
    proto.props[SYM_ASYNC_ITERATOR] = Prop(values_fn, HIDDEN)


# -- the JS interfaces -------------------------------------------------------------------------------

def setup(realm):
    def construct(args, new_target):
        source = arg(args, 0)
        if source is not None and not isinstance(source, JSObject):
            raise type_error("Failed to construct 'ReadableStream': The provided value is not of type 'object'.")
        hwm, size = convert_queuing_strategy(arg(args, 1))
        d = source
        auto_allocate = dictionary_member(d, "autoAllocateChunkSize")
        if auto_allocate is not None:
            auto_allocate = to_unsigned_long_long(auto_allocate, enforce_range=True)
        cancel = callback_or_none(dictionary_member(d, "cancel"), "UnderlyingSource.cancel")
        pull = callback_or_none(dictionary_member(d, "pull"), "UnderlyingSource.pull")
        start = callback_or_none(dictionary_member(d, "start"), "UnderlyingSource.start")
        type_ = dictionary_member(d, "type")
        if type_ is not None:
            type_ = to_enum(type_, ("bytes",), "ReadableStreamType")
        stream = new_readable_stream(realm, get_prototype_from_constructor(new_target,
                                                                           "%ReadableStream.prototype%"))
        if type_ == "bytes":
            if size is not None:
                raise range_error("The strategy for a byte stream cannot have a size function")
            streams_bytes.set_up_from_underlying_source(realm, stream, source, start, pull, cancel,
                                                        extract_high_water_mark(hwm, 0.0), auto_allocate)
            return stream
        size_algorithm = extract_size_algorithm(size)
        hwm = extract_high_water_mark(hwm, 1.0)
        set_up_from_underlying_source(realm, stream, source, start, pull, cancel, hwm, size_algorithm)
        return stream

    ctor, proto = define_interface(realm, "ReadableStream", construct, 0)

    def this_stream(this):
        return brand(this, ReadableStreamObject, "ReadableStream")

    @operation(realm, ctor, "from", 1)
    def from_(this, args):
        return readable_stream_from_iterable(arg(args, 0))

    attribute(realm, proto, "locked", lambda this, args: is_readable_stream_locked(this_stream(this)))

    @operation(realm, proto, "cancel", 0)
    def cancel(this, args):
        if not isinstance(this, ReadableStreamObject):
            return rejected(type_error("cancel() called on an object that is not a ReadableStream").value)
        if is_readable_stream_locked(this):
            return rejected(type_error("Cannot cancel a locked ReadableStream").value)
        return readable_stream_cancel(this, arg(args, 0))

    @operation(realm, proto, "getReader", 0)
    def get_reader(this, args):
        stream = this_stream(this)
        mode = dictionary_member(arg(args, 0), "mode")
        if mode is None:
            return acquire_readable_stream_default_reader(stream)
        to_enum(mode, ("byob",), "ReadableStreamReaderMode")
        return streams_bytes.acquire_readable_stream_byob_reader(stream)

    @operation(realm, proto, "tee", 0)
    def tee(this, args):
        return realm.new_array(readable_stream_tee(this_stream(this)))

    _setup_async_iterator(realm, proto)
    _setup_reader(realm)
    _setup_controller(realm)


def _setup_reader(realm):
    def construct(args, new_target):
        stream = arg(args, 0)
        if not isinstance(stream, ReadableStreamObject):
            raise type_error("Failed to construct 'ReadableStreamDefaultReader': parameter 1 is not of "
                             "type 'ReadableStream'.")
        reader = ReadableStreamDefaultReaderObject(
            get_prototype_from_constructor(new_target, "%ReadableStreamDefaultReader.prototype%"))
        set_up_readable_stream_default_reader(reader, stream)
        return reader

    _, proto = define_interface(realm, "ReadableStreamDefaultReader", construct, 1)

    def closed(this, args):
        if not isinstance(this, ReadableStreamDefaultReaderObject):
            return rejected(type_error("Illegal invocation").value)
        return this.closed_promise.promise
    attribute(realm, proto, "closed", closed)

    @operation(realm, proto, "read", 0)
    def read(this, args):
        if not isinstance(this, ReadableStreamDefaultReaderObject):
            return rejected(type_error("read() called on an object that is not a ReadableStreamDefaultReader")
                            .value)
        if this.stream is None:
            return rejected(type_error("This reader has been released").value)
        cap = new_promise(realm)
        readable_stream_default_reader_read(this, ReadRequest(
            lambda chunk: cap.resolve(create_iter_result(chunk, False)),
            lambda: cap.resolve(create_iter_result(None, True)),
            cap.reject))
        return cap.promise

    @operation(realm, proto, "releaseLock", 0)
    def release_lock(this, args):
        reader = brand(this, ReadableStreamDefaultReaderObject, "ReadableStreamDefaultReader")
        if reader.stream is not None:
            readable_stream_default_reader_release(reader)

    @operation(realm, proto, "cancel", 0)
    def cancel(this, args):
        if not isinstance(this, ReadableStreamDefaultReaderObject):
            return rejected(type_error("Illegal invocation").value)
        if this.stream is None:
            return rejected(type_error("This reader has been released").value)
        return readable_stream_reader_generic_cancel(this, arg(args, 0))


def _setup_controller(realm):
    _, proto = define_interface(realm, "ReadableStreamDefaultController")

    def this_controller(this):
        return brand(this, ReadableStreamDefaultControllerObject, "ReadableStreamDefaultController")

    attribute(realm, proto, "desiredSize", lambda this, args: _or_null(
        readable_stream_default_controller_get_desired_size(this_controller(this))))

    @operation(realm, proto, "close", 0)
    def close(this, args):
        c = this_controller(this)
        if not readable_stream_default_controller_can_close_or_enqueue(c):
            raise type_error("The stream is not in a state that permits close")
        readable_stream_default_controller_close(c)

    @operation(realm, proto, "enqueue", 0)
    def enqueue(this, args):
        c = this_controller(this)
        if not readable_stream_default_controller_can_close_or_enqueue(c):
            raise type_error("The stream is not in a state that permits enqueue")
        readable_stream_default_controller_enqueue(c, arg(args, 0))

    @operation(realm, proto, "error", 0)
    def error(this, args):
        readable_stream_default_controller_error(this_controller(this), arg(args, 0))


def _or_null(v):
    return null if v is None else v


# -- host helpers --------------------------------------------------------------------------------------

def read_all_chunks(stream, on_chunk, on_done, on_error):
    """Read ``stream`` to its end with a new reader: Python ``on_chunk(chunk)`` per chunk,
    then ``on_done()``, or ``on_error(reason)`` once (also when ``on_chunk`` raises a
    JS error, which leaves the reader locked, as "read all bytes" does).

    https://streams.spec.whatwg.org/#readablestreamdefaultreader-read-all-bytes
    The read loop is a trampoline: chunks already queued are delivered
    synchronously, and a deep queue must not become deep Python recursion.
    """
    reader = acquire_readable_stream_default_reader(stream)
    loop = {"in_read": False, "again": False}

    def chunk_steps(chunk):
        try:
            on_chunk(chunk)
        except JSError as e:
            on_error(e.value)
            return
        if loop["in_read"]:
            loop["again"] = True
        else:
            read_loop()

    def read_loop():
        while True:
            loop["in_read"], loop["again"] = True, False
            readable_stream_default_reader_read(reader, request)
            loop["in_read"] = False
            if not loop["again"]:
                return

    request = ReadRequest(chunk_steps, on_done, on_error)
    read_loop()
    return reader


# The byte streams build on this module; imported last, as they import it.
from . import streams_bytes  # noqa: E402
