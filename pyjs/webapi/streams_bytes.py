"""Readable byte streams: ReadableByteStreamController, ReadableStreamBYOBReader,
ReadableStreamBYOBRequest, and the byte-stream tee.

https://streams.spec.whatwg.org/#rbs-controller-class

A pull-into descriptor keeps its buffer as an ArrayBuffer object (transferred
the way the standard transfers it, so the caller's view is detached while the
read is pending); chunks in the queue are (buffer, byte offset, byte length).
Fetch bodies and ``Blob.stream()`` are byte streams made by
:func:`create_readable_byte_stream`.
"""
import collections

from ..builtins.array_buffer import ArrayBufferObject, detach_array_buffer
from ..builtins.data_view import DataViewObject
from ..interp.agent import current_realm
from ..interp.ops import create_iter_result, get_prototype_from_constructor
from ..interp.values import JSError, JSObject, null, range_error, type_error
from .buffers import is_array_buffer_view, view_info
from .streams_common import invoke_promise_callback, rejected, reset_queue, resolved_undefined
from .streams_readable import (ReadableStreamGenericReader, ReadRequest, ReadableStreamObject,
                               acquire_readable_stream_default_reader, is_readable_stream_locked,
                               new_readable_stream, readable_stream_cancel, readable_stream_close,
                               readable_stream_default_reader_read, readable_stream_default_reader_release,
                               readable_stream_error, readable_stream_fulfill_read_request,
                               readable_stream_get_num_read_requests, readable_stream_reader_generic_cancel,
                               readable_stream_reader_generic_initialize, readable_stream_reader_generic_release)
from .webidl import (arg, attribute, brand, define_interface, dictionary_member, new_promise, operation,
                     promise_resolved_with, to_unsigned_long_long, upon)


class ReadableByteStreamControllerObject(JSObject):
    __slots__ = ("auto_allocate_chunk_size", "byob_request", "cancel_algorithm", "close_requested",
                 "pull_again", "pull_algorithm", "pulling", "pending_pull_intos", "queue", "queue_total_size",
                 "started", "strategy_hwm", "stream")

    # The controller's [[CancelSteps]], [[PullSteps]] and [[ReleaseSteps]].
    def cancel_steps(self, reason):
        """https://streams.spec.whatwg.org/#rbs-controller-private-cancel"""
        readable_byte_stream_controller_clear_pending_pull_intos(self)
        reset_queue(self)
        result = self.cancel_algorithm(reason)
        readable_byte_stream_controller_clear_algorithms(self)
        return result

    def pull_steps(self, request):
        """https://streams.spec.whatwg.org/#rbs-controller-private-pull"""
        stream = self.stream
        if self.queue_total_size > 0:
            readable_byte_stream_controller_fill_read_request_from_queue(self, request)
            return
        size = self.auto_allocate_chunk_size
        if size is not None:
            realm = current_realm()
            buffer = ArrayBufferObject(realm.intrinsics["%ArrayBuffer.prototype%"], bytearray(size))
            self.pending_pull_intos.append(PullIntoDescriptor(buffer, 0, size, 1, 1, "Uint8Array", "default"))
        stream.reader.read_requests.append(request)
        readable_byte_stream_controller_call_pull_if_needed(self)

    def release_steps(self):
        """https://streams.spec.whatwg.org/#abstract-opdef-readablebytestreamcontroller-releasesteps"""
        if self.pending_pull_intos:
            first = self.pending_pull_intos[0]
            first.reader_type = "none"
            self.pending_pull_intos = collections.deque([first])


class ReadableStreamBYOBReaderObject(ReadableStreamGenericReader):
    __slots__ = ("read_into_requests",)


class ReadableStreamBYOBRequestObject(JSObject):
    __slots__ = ("controller", "view")


class PullIntoDescriptor:
    """https://streams.spec.whatwg.org/#pull-into-descriptor (``view_name`` names the
    view constructor, ``%Uint8Array%`` style)."""

    __slots__ = ("buffer", "buffer_byte_length", "byte_offset", "byte_length", "bytes_filled", "minimum_fill",
                 "element_size", "view_name", "reader_type")

    def __init__(self, buffer, byte_offset, byte_length, minimum_fill, element_size, view_name, reader_type):
        self.buffer = buffer
        self.buffer_byte_length = len(buffer.data)
        self.byte_offset = byte_offset
        self.byte_length = byte_length
        self.bytes_filled = 0
        self.minimum_fill = minimum_fill
        self.element_size = element_size
        self.view_name = view_name
        self.reader_type = reader_type


# -- helpers on buffers ----------------------------------------------------------------------------

def transfer_array_buffer(buffer):
    """https://streams.spec.whatwg.org/#transfer-array-buffer: the bytes move to a new
    ArrayBuffer (resizability kept) and ``buffer`` is detached; TypeError when it cannot be."""
    if buffer.data is None or buffer.shared or buffer.detach_key is not None:
        raise type_error("The ArrayBuffer is detached or cannot be transferred")
    data, max_byte_length = buffer.data, buffer.max_byte_length
    detach_array_buffer(buffer)
    return ArrayBufferObject(current_realm().intrinsics["%ArrayBuffer.prototype%"], data, max_byte_length)


def _new_view(name, buffer, byte_offset, length):
    ctor = current_realm().intrinsics[f"%{name}%"]
    return ctor.construct([buffer, float(byte_offset), float(length)], ctor)


def _view_name_and_size(view):
    if isinstance(view, DataViewObject):
        return "DataView", 1
    return view.class_name, view.element_size


def _clone_as_uint8_array(chunk):
    """https://streams.spec.whatwg.org/#abstract-opdef-cloneasuint8array"""
    buffer, offset, length = view_info(chunk)
    if buffer.data is None:
        raise type_error("Cannot clone a chunk whose buffer is detached")
    realm = current_realm()
    copy = ArrayBufferObject(realm.intrinsics["%ArrayBuffer.prototype%"], bytearray(buffer.data[offset:offset + length]))
    return _new_view("Uint8Array", copy, 0, length)


# -- the controller --------------------------------------------------------------------------------

def readable_byte_stream_controller_call_pull_if_needed(controller):
    """https://streams.spec.whatwg.org/#readable-byte-stream-controller-call-pull-if-needed"""
    if not readable_byte_stream_controller_should_call_pull(controller):
        return
    if controller.pulling:
        controller.pull_again = True
        return
    controller.pulling = True

    def fulfilled(_):
        controller.pulling = False
        if controller.pull_again:
            controller.pull_again = False
            readable_byte_stream_controller_call_pull_if_needed(controller)
    upon(controller.pull_algorithm(), fulfilled, lambda e: readable_byte_stream_controller_error(controller, e))


def readable_byte_stream_controller_should_call_pull(controller):
    stream = controller.stream
    if stream.state != "readable" or controller.close_requested or not controller.started:
        return False
    reader = stream.reader
    if reader is not None:
        if isinstance(reader, ReadableStreamBYOBReaderObject):
            if reader.read_into_requests:
                return True
        elif readable_stream_get_num_read_requests(stream) > 0:
            return True
    return readable_byte_stream_controller_get_desired_size(controller) > 0


def readable_byte_stream_controller_clear_algorithms(controller):
    controller.pull_algorithm = None
    controller.cancel_algorithm = None


def readable_byte_stream_controller_clear_pending_pull_intos(controller):
    readable_byte_stream_controller_invalidate_byob_request(controller)
    controller.pending_pull_intos = collections.deque()


def readable_byte_stream_controller_close(controller):
    """https://streams.spec.whatwg.org/#readable-byte-stream-controller-close"""
    stream = controller.stream
    if controller.close_requested or stream.state != "readable":
        return
    if controller.queue_total_size > 0:
        controller.close_requested = True
        return
    if controller.pending_pull_intos:
        first = controller.pending_pull_intos[0]
        if first.bytes_filled % first.element_size != 0:
            e = type_error("Insufficient bytes to fill elements in the given buffer").value
            readable_byte_stream_controller_error(controller, e)
            raise JSError(e)
    readable_byte_stream_controller_clear_algorithms(controller)
    readable_stream_close(stream)


def readable_byte_stream_controller_commit_pull_into_descriptor(stream, descriptor):
    """https://streams.spec.whatwg.org/#readable-byte-stream-controller-commit-pull-into-descriptor"""
    done = stream.state == "closed"
    filled_view = readable_byte_stream_controller_convert_pull_into_descriptor(descriptor)
    if descriptor.reader_type == "default":
        readable_stream_fulfill_read_request(stream, filled_view, done)
    else:
        readable_stream_fulfill_read_into_request(stream, filled_view, done)


def readable_byte_stream_controller_convert_pull_into_descriptor(descriptor):
    return _new_view(descriptor.view_name, descriptor.buffer, descriptor.byte_offset,
                     descriptor.bytes_filled // descriptor.element_size)


def readable_byte_stream_controller_enqueue(controller, chunk):
    """https://streams.spec.whatwg.org/#readable-byte-stream-controller-enqueue"""
    stream = controller.stream
    if controller.close_requested or stream.state != "readable":
        return
    buffer, byte_offset, byte_length = view_info(chunk)
    if buffer.data is None:
        raise type_error("The chunk's buffer is detached")
    transferred = transfer_array_buffer(buffer)
    if controller.pending_pull_intos:
        first = controller.pending_pull_intos[0]
        if first.buffer.data is None:
            raise type_error("The BYOB request's buffer is detached")
        readable_byte_stream_controller_invalidate_byob_request(controller)
        first.buffer = transfer_array_buffer(first.buffer)
        if first.reader_type == "none":
            readable_byte_stream_controller_enqueue_detached_pull_into_to_queue(controller, first)
    reader = stream.reader
    if reader is not None and not isinstance(reader, ReadableStreamBYOBReaderObject):
        readable_byte_stream_controller_process_read_requests_using_queue(controller)
        if readable_stream_get_num_read_requests(stream) == 0:
            readable_byte_stream_controller_enqueue_chunk_to_queue(controller, transferred, byte_offset,
                                                                   byte_length)
        else:
            if controller.pending_pull_intos:
                readable_byte_stream_controller_shift_pending_pull_into(controller)
            view = _new_view("Uint8Array", transferred, byte_offset, byte_length)
            readable_stream_fulfill_read_request(stream, view, False)
    elif reader is not None:
        readable_byte_stream_controller_enqueue_chunk_to_queue(controller, transferred, byte_offset, byte_length)
        for filled in readable_byte_stream_controller_process_pull_into_descriptors_using_queue(controller):
            readable_byte_stream_controller_commit_pull_into_descriptor(stream, filled)
    else:
        readable_byte_stream_controller_enqueue_chunk_to_queue(controller, transferred, byte_offset, byte_length)
    readable_byte_stream_controller_call_pull_if_needed(controller)


def readable_byte_stream_controller_enqueue_chunk_to_queue(controller, buffer, byte_offset, byte_length):
    controller.queue.append([buffer, byte_offset, byte_length])
    controller.queue_total_size += byte_length


def readable_byte_stream_controller_enqueue_cloned_chunk_to_queue(controller, buffer, byte_offset, byte_length):
    """https://streams.spec.whatwg.org/#abstract-opdef-readablebytestreamcontrollerenqueueclonedchunktoqueue"""
    if buffer.data is None:
        e = type_error("Cannot clone a detached buffer").value
        readable_byte_stream_controller_error(controller, e)
        raise JSError(e)
    realm = current_realm()
    clone = ArrayBufferObject(realm.intrinsics["%ArrayBuffer.prototype%"],
                              bytearray(buffer.data[byte_offset:byte_offset + byte_length]))
    readable_byte_stream_controller_enqueue_chunk_to_queue(controller, clone, 0, byte_length)


def readable_byte_stream_controller_enqueue_detached_pull_into_to_queue(controller, descriptor):
    if descriptor.bytes_filled > 0:
        readable_byte_stream_controller_enqueue_cloned_chunk_to_queue(
            controller, descriptor.buffer, descriptor.byte_offset, descriptor.bytes_filled)
    readable_byte_stream_controller_shift_pending_pull_into(controller)


def readable_byte_stream_controller_error(controller, e):
    """https://streams.spec.whatwg.org/#readable-byte-stream-controller-error"""
    stream = controller.stream
    if stream.state != "readable":
        return
    readable_byte_stream_controller_clear_pending_pull_intos(controller)
    reset_queue(controller)
    readable_byte_stream_controller_clear_algorithms(controller)
    readable_stream_error(stream, e)


def readable_byte_stream_controller_fill_pull_into_descriptor_from_queue(controller, descriptor):
    """https://streams.spec.whatwg.org/#readable-byte-stream-controller-fill-pull-into-descriptor-from-queue"""
    max_bytes_to_copy = min(controller.queue_total_size, descriptor.byte_length - descriptor.bytes_filled)
    max_bytes_filled = descriptor.bytes_filled + int(max_bytes_to_copy)
    remaining = int(max_bytes_to_copy)
    ready = False
    max_aligned_bytes = max_bytes_filled - max_bytes_filled % descriptor.element_size
    if max_aligned_bytes >= descriptor.minimum_fill:
        remaining = max_aligned_bytes - descriptor.bytes_filled
        ready = True
    queue = controller.queue
    dest = descriptor.buffer.data
    while remaining > 0:
        head = queue[0]
        head_buffer, head_offset, head_length = head
        n = min(remaining, head_length)
        start = descriptor.byte_offset + descriptor.bytes_filled
        dest[start:start + n] = head_buffer.data[head_offset:head_offset + n]
        if head_length == n:
            queue.popleft()
        else:
            head[1] += n
            head[2] -= n
        controller.queue_total_size -= n
        descriptor.bytes_filled += n        # FillHeadPullIntoDescriptor
        remaining -= n
    return ready


def readable_byte_stream_controller_fill_read_request_from_queue(controller, request):
    buffer, byte_offset, byte_length = controller.queue.popleft()
    controller.queue_total_size -= byte_length
    readable_byte_stream_controller_handle_queue_drain(controller)
    request.chunk_steps(_new_view("Uint8Array", buffer, byte_offset, byte_length))


def readable_byte_stream_controller_get_byob_request(controller):
    """https://streams.spec.whatwg.org/#abstract-opdef-readablebytestreamcontrollergetbyobrequest"""
    if controller.byob_request is None and controller.pending_pull_intos:
        first = controller.pending_pull_intos[0]
        view = _new_view("Uint8Array", first.buffer, first.byte_offset + first.bytes_filled,
                         first.byte_length - first.bytes_filled)
        request = ReadableStreamBYOBRequestObject(current_realm().intrinsics["%ReadableStreamBYOBRequest.prototype%"])
        request.controller, request.view = controller, view
        controller.byob_request = request
    return controller.byob_request


def readable_byte_stream_controller_get_desired_size(controller):
    state = controller.stream.state
    if state == "errored":
        return None
    if state == "closed":
        return 0.0
    return controller.strategy_hwm - controller.queue_total_size


def readable_byte_stream_controller_handle_queue_drain(controller):
    if controller.queue_total_size == 0 and controller.close_requested:
        readable_byte_stream_controller_clear_algorithms(controller)
        readable_stream_close(controller.stream)
    else:
        readable_byte_stream_controller_call_pull_if_needed(controller)


def readable_byte_stream_controller_invalidate_byob_request(controller):
    request = controller.byob_request
    if request is None:
        return
    request.controller = None
    request.view = None
    controller.byob_request = None


def readable_byte_stream_controller_process_pull_into_descriptors_using_queue(controller):
    """Returns the descriptors it filled, to be committed by the caller."""
    filled = []
    while controller.pending_pull_intos and controller.queue_total_size > 0:
        descriptor = controller.pending_pull_intos[0]
        if readable_byte_stream_controller_fill_pull_into_descriptor_from_queue(controller, descriptor):
            readable_byte_stream_controller_shift_pending_pull_into(controller)
            filled.append(descriptor)
    return filled


def readable_byte_stream_controller_process_read_requests_using_queue(controller):
    reader = controller.stream.reader
    while reader.read_requests:
        if controller.queue_total_size == 0:
            return
        request = reader.read_requests.pop(0)
        readable_byte_stream_controller_fill_read_request_from_queue(controller, request)


def readable_byte_stream_controller_pull_into(controller, view, minimum, request):
    """https://streams.spec.whatwg.org/#readable-byte-stream-controller-pull-into"""
    stream = controller.stream
    name, element_size = _view_name_and_size(view)
    view_buffer, view_offset, view_length = view_info(view)
    try:
        buffer = transfer_array_buffer(view_buffer)
    except JSError as e:
        request.error_steps(e.value)
        return
    descriptor = PullIntoDescriptor(buffer, view_offset, view_length, minimum * element_size, element_size, name,
                                    "byob")
    if controller.pending_pull_intos:
        controller.pending_pull_intos.append(descriptor)
        stream.reader.read_into_requests.append(request)
        return
    if stream.state == "closed":
        request.close_steps(_new_view(name, descriptor.buffer, descriptor.byte_offset, 0))
        return
    if controller.queue_total_size > 0:
        if readable_byte_stream_controller_fill_pull_into_descriptor_from_queue(controller, descriptor):
            filled_view = readable_byte_stream_controller_convert_pull_into_descriptor(descriptor)
            readable_byte_stream_controller_handle_queue_drain(controller)
            request.chunk_steps(filled_view)
            return
        if controller.close_requested:
            e = type_error("Insufficient bytes to fill elements in the given buffer").value
            readable_byte_stream_controller_error(controller, e)
            request.error_steps(e)
            return
    controller.pending_pull_intos.append(descriptor)
    stream.reader.read_into_requests.append(request)
    readable_byte_stream_controller_call_pull_if_needed(controller)


def readable_byte_stream_controller_respond(controller, bytes_written):
    """https://streams.spec.whatwg.org/#readable-byte-stream-controller-respond"""
    first = controller.pending_pull_intos[0]
    if controller.stream.state == "closed":
        if bytes_written != 0:
            raise type_error("bytesWritten must be 0 when calling respond() on a closed stream")
    else:
        if bytes_written == 0:
            raise type_error("bytesWritten must be greater than 0 when calling respond() on a readable stream")
        if first.bytes_filled + bytes_written > first.byte_length:
            raise range_error("bytesWritten out of range")
    first.buffer = transfer_array_buffer(first.buffer)
    readable_byte_stream_controller_respond_internal(controller, bytes_written)


def readable_byte_stream_controller_respond_in_closed_state(controller, first):
    if first.reader_type == "none":
        readable_byte_stream_controller_shift_pending_pull_into(controller)
    stream = controller.stream
    reader = stream.reader
    if isinstance(reader, ReadableStreamBYOBReaderObject):
        filled = []
        while len(filled) < len(reader.read_into_requests):
            filled.append(readable_byte_stream_controller_shift_pending_pull_into(controller))
        for descriptor in filled:
            readable_byte_stream_controller_commit_pull_into_descriptor(stream, descriptor)


def readable_byte_stream_controller_respond_in_readable_state(controller, bytes_written, descriptor):
    """https://streams.spec.whatwg.org/#readable-byte-stream-controller-respond-in-readable-state"""
    stream = controller.stream
    descriptor.bytes_filled += bytes_written        # FillHeadPullIntoDescriptor
    if descriptor.reader_type == "none":
        readable_byte_stream_controller_enqueue_detached_pull_into_to_queue(controller, descriptor)
        for filled in readable_byte_stream_controller_process_pull_into_descriptors_using_queue(controller):
            readable_byte_stream_controller_commit_pull_into_descriptor(stream, filled)
        return
    if descriptor.bytes_filled < descriptor.minimum_fill:
        return
    readable_byte_stream_controller_shift_pending_pull_into(controller)
    remainder = descriptor.bytes_filled % descriptor.element_size
    if remainder > 0:
        end = descriptor.byte_offset + descriptor.bytes_filled
        readable_byte_stream_controller_enqueue_cloned_chunk_to_queue(controller, descriptor.buffer,
                                                                      end - remainder, remainder)
    descriptor.bytes_filled -= remainder
    filled_pull_intos = readable_byte_stream_controller_process_pull_into_descriptors_using_queue(controller)
    readable_byte_stream_controller_commit_pull_into_descriptor(stream, descriptor)
    for filled in filled_pull_intos:
        readable_byte_stream_controller_commit_pull_into_descriptor(stream, filled)


def readable_byte_stream_controller_respond_internal(controller, bytes_written):
    first = controller.pending_pull_intos[0]
    readable_byte_stream_controller_invalidate_byob_request(controller)
    if controller.stream.state == "closed":
        readable_byte_stream_controller_respond_in_closed_state(controller, first)
    else:
        readable_byte_stream_controller_respond_in_readable_state(controller, bytes_written, first)
    readable_byte_stream_controller_call_pull_if_needed(controller)


def readable_byte_stream_controller_respond_with_new_view(controller, view):
    """https://streams.spec.whatwg.org/#readable-byte-stream-controller-respond-with-new-view"""
    first = controller.pending_pull_intos[0]
    buffer, byte_offset, byte_length = view_info(view)
    if controller.stream.state == "closed":
        if byte_length != 0:
            raise type_error("The view's length must be 0 when calling respondWithNewView() on a closed stream")
    elif byte_length == 0:
        raise type_error("The view's length must be greater than 0 when calling respondWithNewView() "
                         "on a readable stream")
    if first.byte_offset + first.bytes_filled != byte_offset:
        raise range_error("The region specified by view does not match byobRequest")
    if first.buffer_byte_length != len(buffer.data or b""):
        raise range_error("The buffer of view has different capacity than byobRequest")
    if first.bytes_filled + byte_length > first.byte_length:
        raise range_error("The region specified by view is larger than byobRequest")
    first.buffer = transfer_array_buffer(buffer)
    readable_byte_stream_controller_respond_internal(controller, byte_length)


def readable_byte_stream_controller_shift_pending_pull_into(controller):
    return controller.pending_pull_intos.popleft()


def set_up_readable_byte_stream_controller(stream, controller, start_algorithm, pull_algorithm,
                                           cancel_algorithm, high_water_mark, auto_allocate_chunk_size):
    """https://streams.spec.whatwg.org/#set-up-readable-byte-stream-controller"""
    controller.stream = stream
    controller.pull_again = controller.pulling = False
    controller.byob_request = None
    reset_queue(controller)
    controller.close_requested = controller.started = False
    controller.strategy_hwm = high_water_mark
    controller.pull_algorithm = pull_algorithm
    controller.cancel_algorithm = cancel_algorithm
    controller.auto_allocate_chunk_size = auto_allocate_chunk_size
    controller.pending_pull_intos = collections.deque()
    stream.controller = controller
    start_promise = promise_resolved_with(current_realm(), start_algorithm())

    def started(_):
        controller.started = True
        readable_byte_stream_controller_call_pull_if_needed(controller)
    upon(start_promise, started, lambda r: readable_byte_stream_controller_error(controller, r))


def set_up_from_underlying_source(realm, stream, source, start, pull, cancel, hwm, auto_allocate_chunk_size):
    """https://streams.spec.whatwg.org/#set-up-readable-byte-stream-controller-from-underlying-source"""
    controller = ReadableByteStreamControllerObject(realm.intrinsics["%ReadableByteStreamController.prototype%"])
    start_algorithm = (lambda: start.call(source, [controller])) if start else (lambda: None)
    pull_algorithm = (lambda: invoke_promise_callback(pull, source, [controller])) if pull else resolved_undefined
    cancel_algorithm = ((lambda reason: invoke_promise_callback(cancel, source, [reason]))
                        if cancel else (lambda reason: resolved_undefined()))
    if auto_allocate_chunk_size == 0:
        raise type_error("autoAllocateChunkSize must be greater than 0")
    set_up_readable_byte_stream_controller(stream, controller, start_algorithm, pull_algorithm, cancel_algorithm,
                                           hwm, auto_allocate_chunk_size)


def create_readable_byte_stream(start_algorithm, pull_algorithm, cancel_algorithm, high_water_mark=0.0):
    """https://streams.spec.whatwg.org/#abstract-opdef-createreadablebytestream (also "set up
    with byte reading support" for hosts)."""
    realm = current_realm()
    stream = new_readable_stream(realm)
    controller = ReadableByteStreamControllerObject(realm.intrinsics["%ReadableByteStreamController.prototype%"])
    set_up_readable_byte_stream_controller(stream, controller, start_algorithm, pull_algorithm, cancel_algorithm,
                                           high_water_mark, None)
    return stream


# -- BYOB readers ----------------------------------------------------------------------------------------

def readable_stream_fulfill_read_into_request(stream, chunk, done):
    request = stream.reader.read_into_requests.pop(0)
    if done:
        request.close_steps(chunk)
    else:
        request.chunk_steps(chunk)


def acquire_readable_stream_byob_reader(stream):
    reader = ReadableStreamBYOBReaderObject(current_realm().intrinsics["%ReadableStreamBYOBReader.prototype%"])
    set_up_readable_stream_byob_reader(reader, stream)
    return reader


def set_up_readable_stream_byob_reader(reader, stream):
    """https://streams.spec.whatwg.org/#set-up-readable-stream-byob-reader"""
    if is_readable_stream_locked(stream):
        raise type_error("ReadableStream is locked to a reader")
    if not isinstance(stream.controller, ReadableByteStreamControllerObject):
        raise type_error("Cannot use a BYOB reader with a stream that is not a readable byte stream")
    readable_stream_reader_generic_initialize(reader, stream)
    reader.read_into_requests = []


def readable_stream_byob_reader_read(reader, view, minimum, request):
    """https://streams.spec.whatwg.org/#readable-stream-byob-reader-read"""
    stream = reader.stream
    stream.disturbed = True
    if stream.state == "errored":
        request.error_steps(stream.stored_error)
    else:
        readable_byte_stream_controller_pull_into(stream.controller, view, minimum, request)


def readable_stream_byob_reader_release(reader):
    readable_stream_reader_generic_release(reader)
    e = type_error("The reader was released").value
    requests, reader.read_into_requests = reader.read_into_requests, []
    for request in requests:
        request.error_steps(e)


# -- tee -------------------------------------------------------------------------------------------------

def readable_byte_stream_tee(stream):
    """https://streams.spec.whatwg.org/#abstract-opdef-readablebytestreamtee"""
    realm = current_realm()
    st = {"reader": acquire_readable_stream_default_reader(stream), "reading": False, "again1": False,
          "again2": False, "canceled1": False, "canceled2": False, "reason1": None, "reason2": None}
    cancel_promise = new_promise(realm)
    branches = []

    def controller_of(i):
        return branches[i].controller

    def forward_reader_error(this_reader):
        def rejected_(r):
            if this_reader is not st["reader"]:
                return
            readable_byte_stream_controller_error(controller_of(0), r)
            readable_byte_stream_controller_error(controller_of(1), r)
            if not st["canceled1"] or not st["canceled2"]:
                cancel_promise.resolve(None)
        upon(this_reader.closed_promise.promise, None, rejected_)

    def after_chunk():
        st["reading"] = False
        if st["again1"]:
            pull_algorithm(0)
        elif st["again2"]:
            pull_algorithm(1)

    def clone_failed(e):
        readable_byte_stream_controller_error(controller_of(0), e)
        readable_byte_stream_controller_error(controller_of(1), e)
        cancel_promise.resolve(readable_stream_cancel(stream, e))

    def pull_with_default_reader():
        if isinstance(st["reader"], ReadableStreamBYOBReaderObject):
            readable_stream_byob_reader_release(st["reader"])
            st["reader"] = acquire_readable_stream_default_reader(stream)
            forward_reader_error(st["reader"])

        def chunk_steps(chunk):
            def task():
                st["again1"] = st["again2"] = False
                chunk1 = chunk2 = chunk
                if not st["canceled1"] and not st["canceled2"]:
                    try:
                        chunk2 = _clone_as_uint8_array(chunk)
                    except JSError as e:
                        clone_failed(e.value)
                        return
                if not st["canceled1"]:
                    readable_byte_stream_controller_enqueue(controller_of(0), chunk1)
                if not st["canceled2"]:
                    readable_byte_stream_controller_enqueue(controller_of(1), chunk2)
                after_chunk()
            realm.enqueue_job(task)

        def close_steps():
            st["reading"] = False
            if not st["canceled1"]:
                readable_byte_stream_controller_close(controller_of(0))
            if not st["canceled2"]:
                readable_byte_stream_controller_close(controller_of(1))
            for i in (0, 1):
                if controller_of(i).pending_pull_intos:
                    readable_byte_stream_controller_respond(controller_of(i), 0)
            if not st["canceled1"] or not st["canceled2"]:
                cancel_promise.resolve(None)

        def error_steps(_):
            st["reading"] = False
        readable_stream_default_reader_read(st["reader"], ReadRequest(chunk_steps, close_steps, error_steps))

    def pull_with_byob_reader(view, for_branch2):
        if not isinstance(st["reader"], ReadableStreamBYOBReaderObject):
            readable_stream_default_reader_release(st["reader"])
            st["reader"] = acquire_readable_stream_byob_reader(stream)
            forward_reader_error(st["reader"])
        mine, other = (1, 0) if for_branch2 else (0, 1)

        def canceled(i):
            return st["canceled2"] if i == 1 else st["canceled1"]

        def chunk_steps(chunk):
            def task():
                st["again1"] = st["again2"] = False
                if not canceled(other):
                    try:
                        cloned = _clone_as_uint8_array(chunk)
                    except JSError as e:
                        clone_failed(e.value)
                        return
                    if not canceled(mine):
                        readable_byte_stream_controller_respond_with_new_view(controller_of(mine), chunk)
                    readable_byte_stream_controller_enqueue(controller_of(other), cloned)
                elif not canceled(mine):
                    readable_byte_stream_controller_respond_with_new_view(controller_of(mine), chunk)
                after_chunk()
            realm.enqueue_job(task)

        def close_steps(chunk):
            st["reading"] = False
            if not canceled(mine):
                readable_byte_stream_controller_close(controller_of(mine))
            if not canceled(other):
                readable_byte_stream_controller_close(controller_of(other))
            if chunk is not None:
                if not canceled(mine):
                    readable_byte_stream_controller_respond_with_new_view(controller_of(mine), chunk)
                if not canceled(other) and controller_of(other).pending_pull_intos:
                    readable_byte_stream_controller_respond(controller_of(other), 0)
            if not canceled(mine) or not canceled(other):
                cancel_promise.resolve(None)

        def error_steps(_):
            st["reading"] = False
        readable_stream_byob_reader_read(st["reader"], view, 1, ReadRequest(chunk_steps, close_steps, error_steps))

    def pull_algorithm(i):
        if st["reading"]:
            st["again1" if i == 0 else "again2"] = True
            return resolved_undefined()
        st["reading"] = True
        request = readable_byte_stream_controller_get_byob_request(controller_of(i))
        if request is None:
            pull_with_default_reader()
        else:
            pull_with_byob_reader(request.view, i == 1)
        return resolved_undefined()

    def cancel_algorithm(i):
        def cancel(reason):
            st[f"canceled{i + 1}"] = True
            st[f"reason{i + 1}"] = reason
            if st[f"canceled{2 - i}"]:
                composite = realm.new_array([st["reason1"], st["reason2"]])
                cancel_promise.resolve(readable_stream_cancel(stream, composite))
            return cancel_promise.promise
        return cancel

    for i in (0, 1):
        branches.append(create_readable_byte_stream(lambda: None, lambda i=i: pull_algorithm(i),
                                                    cancel_algorithm(i)))
    forward_reader_error(st["reader"])
    return branches


# -- the JS interfaces -------------------------------------------------------------------------------------

def setup(realm):
    _setup_controller(realm)
    _setup_byob_request(realm)
    _setup_byob_reader(realm)


def _setup_controller(realm):
    _, proto = define_interface(realm, "ReadableByteStreamController")

    def this_controller(this):
        return brand(this, ReadableByteStreamControllerObject, "ReadableByteStreamController")

    def byob_request(this, args):
        request = readable_byte_stream_controller_get_byob_request(this_controller(this))
        return null if request is None else request
    attribute(realm, proto, "byobRequest", byob_request)

    def desired_size(this, args):
        v = readable_byte_stream_controller_get_desired_size(this_controller(this))
        return null if v is None else v
    attribute(realm, proto, "desiredSize", desired_size)

    @operation(realm, proto, "close", 0)
    def close(this, args):
        c = this_controller(this)
        if c.close_requested:
            raise type_error("The stream has already been closed")
        if c.stream.state != "readable":
            raise type_error("The stream is not in a state that permits close")
        readable_byte_stream_controller_close(c)

    @operation(realm, proto, "enqueue", 1)
    def enqueue(this, args):
        c = this_controller(this)
        chunk = arg(args, 0)
        if not is_array_buffer_view(chunk):
            raise type_error("The chunk must be an ArrayBufferView")
        buffer, _, byte_length = view_info(chunk)
        if byte_length == 0:
            raise type_error("The chunk must not be empty")
        if not buffer.data:
            raise type_error("The chunk's buffer must not be empty or detached")
        if c.close_requested:
            raise type_error("The stream has already been closed")
        if c.stream.state != "readable":
            raise type_error("The stream is not in a state that permits enqueue")
        readable_byte_stream_controller_enqueue(c, chunk)

    @operation(realm, proto, "error", 0)
    def error(this, args):
        readable_byte_stream_controller_error(this_controller(this), arg(args, 0))


def _setup_byob_request(realm):
    _, proto = define_interface(realm, "ReadableStreamBYOBRequest")

    def this_request(this):
        return brand(this, ReadableStreamBYOBRequestObject, "ReadableStreamBYOBRequest")

    def view(this, args):
        v = this_request(this).view
        return null if v is None else v
    attribute(realm, proto, "view", view)

    @operation(realm, proto, "respond", 1)
    def respond(this, args):
        r = this_request(this)
        bytes_written = to_unsigned_long_long(arg(args, 0), enforce_range=True)
        if r.controller is None:
            raise type_error("This BYOB request has been invalidated")
        if view_info(r.view)[0].data is None:
            raise type_error("The BYOB request's buffer has been detached")
        readable_byte_stream_controller_respond(r.controller, bytes_written)

    @operation(realm, proto, "respondWithNewView", 1)
    def respond_with_new_view(this, args):
        r = this_request(this)
        view_ = arg(args, 0)
        if not is_array_buffer_view(view_):
            raise type_error("The view must be an ArrayBufferView")
        if r.controller is None:
            raise type_error("This BYOB request has been invalidated")
        if view_info(view_)[0].data is None:
            raise type_error("The view's buffer has been detached")
        readable_byte_stream_controller_respond_with_new_view(r.controller, view_)


def _setup_byob_reader(realm):
    def construct(args, new_target):
        stream = arg(args, 0)
        if not isinstance(stream, ReadableStreamObject):
            raise type_error("Failed to construct 'ReadableStreamBYOBReader': parameter 1 is not of type "
                             "'ReadableStream'.")
        reader = ReadableStreamBYOBReaderObject(
            get_prototype_from_constructor(new_target, "%ReadableStreamBYOBReader.prototype%"))
        set_up_readable_stream_byob_reader(reader, stream)
        return reader

    _, proto = define_interface(realm, "ReadableStreamBYOBReader", construct, 1)

    def closed(this, args):
        if not isinstance(this, ReadableStreamBYOBReaderObject):
            return rejected(type_error("Illegal invocation").value)
        return this.closed_promise.promise
    attribute(realm, proto, "closed", closed)

    @operation(realm, proto, "read", 1)
    def read(this, args):
        if not isinstance(this, ReadableStreamBYOBReaderObject):
            return rejected(type_error("read() called on an object that is not a ReadableStreamBYOBReader").value)
        view = arg(args, 0)
        try:
            if not is_array_buffer_view(view):
                raise type_error("read() needs an ArrayBufferView")
            minimum = dictionary_member(arg(args, 1), "min")
            minimum = 1 if minimum is None else to_unsigned_long_long(minimum, enforce_range=True)
        except JSError as e:
            return rejected(e.value)
        buffer, _, byte_length = view_info(view)
        if byte_length == 0:
            return rejected(type_error("view must have non-zero byteLength").value)
        if not buffer.data:
            return rejected(type_error("view's buffer must have non-zero byteLength and not be detached").value)
        if minimum == 0:
            return rejected(type_error("options.min must be greater than 0").value)
        name, element_size = _view_name_and_size(view)
        if minimum > byte_length // element_size:
            return rejected(range_error("options.min must be less than or equal to the view's length").value)
        if this.stream is None:
            return rejected(type_error("This reader has been released").value)
        cap = new_promise(realm)
        readable_stream_byob_reader_read(this, view, minimum, ReadRequest(
            lambda chunk: cap.resolve(create_iter_result(chunk, False)),
            lambda chunk: cap.resolve(create_iter_result(chunk, True)),
            cap.reject))
        return cap.promise

    @operation(realm, proto, "releaseLock", 0)
    def release_lock(this, args):
        reader = brand(this, ReadableStreamBYOBReaderObject, "ReadableStreamBYOBReader")
        if reader.stream is not None:
            readable_stream_byob_reader_release(reader)

    @operation(realm, proto, "cancel", 0)
    def cancel(this, args):
        if not isinstance(this, ReadableStreamBYOBReaderObject):
            return rejected(type_error("Illegal invocation").value)
        if this.stream is None:
            return rejected(type_error("This reader has been released").value)
        return readable_stream_reader_generic_cancel(this, arg(args, 0))
