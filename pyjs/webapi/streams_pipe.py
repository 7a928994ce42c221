"""ReadableStream.prototype.pipeTo and pipeThrough: https://streams.spec.whatwg.org/#rs-pipeTo

The standard leaves the piping loop's details to implementations ("in
parallel"); this follows the reference implementation's ordering (wait for the
writer to be ready, read one chunk, write it, repeat), which is what the Web
Platform Tests observe, and its shutdown rules for errors and closing
propagated in both directions.
"""
from ..interp.agent import current_realm
from ..interp.values import JSError, type_error
from .event import AbortSignalObject
from .streams_readable import (ReadableStreamObject, ReadRequest, acquire_readable_stream_default_reader,
                               is_readable_stream_locked, readable_stream_cancel,
                               readable_stream_default_reader_read, readable_stream_default_reader_release)
from .streams_writable import (WritableStreamObject, acquire_writable_stream_default_writer,
                               is_writable_stream_locked, writable_stream_abort,
                               writable_stream_close_queued_or_in_flight,
                               writable_stream_default_writer_close_with_error_propagation,
                               writable_stream_default_writer_release, writable_stream_default_writer_write)
from .streams_common import rejected, resolved_undefined
from .webidl import arg, dictionary_member, mark_as_handled, new_promise, operation, react, to_boolean, upon


def wait_for_all(promises):
    """https://webidl.spec.whatwg.org/#wait-for-all -> a promise (fulfilled with undefined)."""
    realm = current_realm()
    cap = new_promise(realm)
    remaining = [len(promises)]
    if not promises:
        cap.resolve(None)

    def fulfilled(_):
        remaining[0] -= 1
        if remaining[0] == 0:
            cap.resolve(None)
    for p in promises:
        upon(p, fulfilled, cap.reject)
    return cap.promise


def readable_stream_pipe_to(source, dest, prevent_close, prevent_abort, prevent_cancel, signal=None):
    """https://streams.spec.whatwg.org/#readable-stream-pipe-to"""
    realm = current_realm()
    reader = acquire_readable_stream_default_reader(source)
    writer = acquire_writable_stream_default_writer(dest)
    source.disturbed = True
    st = {"shutting_down": False, "current_write": resolved_undefined()}
    cap = new_promise(realm)

    def abort_algorithm():
        error = signal.abort_reason
        actions = []
        if not prevent_abort:
            actions.append(lambda: writable_stream_abort(dest, error) if dest.state == "writable"
                           else resolved_undefined())
        if not prevent_cancel:
            actions.append(lambda: readable_stream_cancel(source, error) if source.state == "readable"
                           else resolved_undefined())
        shutdown_with_an_action(lambda: wait_for_all([action() for action in actions]), True, error)

    def pipe_step():
        if st["shutting_down"]:
            return None

        def after_ready(_):
            step_cap = new_promise(realm)

            def chunk_steps(chunk):
                # The write happens in a microtask: enqueue() on the source must not
                # run the destination's write algorithm synchronously.
                def write():
                    st["current_write"] = react(realm, writable_stream_default_writer_write(writer, chunk),
                                                None, lambda e: None)
                    step_cap.resolve(False)
                realm.enqueue_job(write)
            readable_stream_default_reader_read(
                reader, ReadRequest(chunk_steps, lambda: step_cap.resolve(True), step_cap.reject))
            return step_cap.promise
        return react(realm, writer.ready_promise.promise, after_ready)

    def pipe_loop(done=False):
        if done:
            return
        p = pipe_step()
        if p is None:
            return
        upon(p, pipe_loop)

    def wait_for_writes_to_finish():
        old = st["current_write"]
        return react(realm, old, lambda _: wait_for_writes_to_finish() if old is not st["current_write"]
                     else None)

    def shutdown_with_an_action(action, original_is_error=False, original_error=None):
        if st["shutting_down"]:
            return
        st["shutting_down"] = True

        def do_the_rest(_=None):
            try:
                p = action()
            except JSError as e:
                p = rejected(e.value)
            upon(p, lambda _: finalize(original_is_error, original_error),
                 lambda new_error: finalize(True, new_error))
        if dest.state == "writable" and not writable_stream_close_queued_or_in_flight(dest):
            upon(wait_for_writes_to_finish(), do_the_rest)
        else:
            do_the_rest()

    def shutdown(is_error=False, error=None):
        if st["shutting_down"]:
            return
        st["shutting_down"] = True
        if dest.state == "writable" and not writable_stream_close_queued_or_in_flight(dest):
            upon(wait_for_writes_to_finish(), lambda _: finalize(is_error, error))
        else:
            finalize(is_error, error)

    def finalize(is_error, error):
        writable_stream_default_writer_release(writer)
        readable_stream_default_reader_release(reader)
        if signal is not None and abort_algorithm in signal.abort_algorithms:
            signal.abort_algorithms.remove(abort_algorithm)
        if is_error:
            cap.reject(error)
        else:
            cap.resolve(None)

    def source_errored(stored_error):
        if not prevent_abort:
            shutdown_with_an_action(lambda: writable_stream_abort(dest, stored_error), True, stored_error)
        else:
            shutdown(True, stored_error)

    def dest_errored(stored_error):
        if not prevent_cancel:
            shutdown_with_an_action(lambda: readable_stream_cancel(source, stored_error), True, stored_error)
        else:
            shutdown(True, stored_error)

    def source_closed(_=None):
        if not prevent_close:
            shutdown_with_an_action(lambda: writable_stream_default_writer_close_with_error_propagation(writer))
        else:
            shutdown()

    if signal is not None:
        if signal.abort_reason is not None:
            abort_algorithm()
            return cap.promise
        signal.abort_algorithms.append(abort_algorithm)

    # Errors must be propagated forward, then backward; closing forward, then backward.
    if source.state == "errored":
        source_errored(source.stored_error)
    else:
        upon(reader.closed_promise.promise, None, source_errored)
    if dest.state == "errored":
        dest_errored(dest.stored_error)
    else:
        upon(writer.closed_promise.promise, None, dest_errored)
    if source.state == "closed":
        source_closed()
    else:
        upon(reader.closed_promise.promise, source_closed, None)
    if writable_stream_close_queued_or_in_flight(dest) or dest.state == "closed":
        dest_closed = type_error("the destination writable stream closed before all data could be "
                                 "piped to it").value
        if not prevent_cancel:
            shutdown_with_an_action(lambda: readable_stream_cancel(source, dest_closed), True, dest_closed)
        else:
            shutdown(True, dest_closed)

    pipe_loop()
    return cap.promise


def _pipe_options(options):
    """Convert a StreamPipeOptions dictionary (members in lexicographic order)."""
    prevent_abort = to_boolean(dictionary_member(options, "preventAbort"))
    prevent_cancel = to_boolean(dictionary_member(options, "preventCancel"))
    prevent_close = to_boolean(dictionary_member(options, "preventClose"))
    signal = dictionary_member(options, "signal")
    if signal is not None and not isinstance(signal, AbortSignalObject):
        raise type_error("Failed to read the 'signal' property from 'StreamPipeOptions': "
                         "The provided value is not of type 'AbortSignal'.")
    return prevent_close, prevent_abort, prevent_cancel, signal


def setup(realm):
    proto = realm.intrinsics["%ReadableStream.prototype%"]

    @operation(realm, proto, "pipeThrough", 1)
    def pipe_through(this, args):
        if not isinstance(this, ReadableStreamObject):
            raise type_error("pipeThrough() called on an object that is not a ReadableStream")
        transform = arg(args, 0)
        readable = dictionary_member(transform, "readable")
        if not isinstance(readable, ReadableStreamObject):
            raise type_error("Failed to execute 'pipeThrough': 'readable' is not a ReadableStream")
        writable = dictionary_member(transform, "writable")
        if not isinstance(writable, WritableStreamObject):
            raise type_error("Failed to execute 'pipeThrough': 'writable' is not a WritableStream")
        prevent_close, prevent_abort, prevent_cancel, signal = _pipe_options(arg(args, 1))
        if is_readable_stream_locked(this):
            raise type_error("Cannot pipe a locked ReadableStream")
        if is_writable_stream_locked(writable):
            raise type_error("Cannot pipe to a locked WritableStream")
        promise = readable_stream_pipe_to(this, writable, prevent_close, prevent_abort, prevent_cancel, signal)
        mark_as_handled(promise)
        return readable

    @operation(realm, proto, "pipeTo", 1)
    def pipe_to(this, args):
        if not isinstance(this, ReadableStreamObject):
            return rejected(type_error("pipeTo() called on an object that is not a ReadableStream").value)
        dest = arg(args, 0)
        if not isinstance(dest, WritableStreamObject):
            return rejected(type_error("Failed to execute 'pipeTo': parameter 1 is not of type "
                                       "'WritableStream'.").value)
        try:
            prevent_close, prevent_abort, prevent_cancel, signal = _pipe_options(arg(args, 1))
        except JSError as e:
            return rejected(e.value)
        if is_readable_stream_locked(this):
            return rejected(type_error("Cannot pipe a locked ReadableStream").value)
        if is_writable_stream_locked(dest):
            return rejected(type_error("Cannot pipe to a locked WritableStream").value)
        return readable_stream_pipe_to(this, dest, prevent_close, prevent_abort, prevent_cancel, signal)
