"""The Streams Standard family: https://streams.spec.whatwg.org/

Installs ReadableStream (with its reader and controller), WritableStream,
TransformStream, the queuing strategies, and TextEncoderStream/TextDecoderStream.
The implementation is split by stream kind:

* :mod:`pyjs.webapi.streams_common` — queue-with-sizes, strategies, callbacks;
* :mod:`pyjs.webapi.streams_readable` — ReadableStream, tee, from, async iteration;
* :mod:`pyjs.webapi.streams_bytes` — readable byte streams and BYOB readers;
* :mod:`pyjs.webapi.streams_writable` — WritableStream;
* :mod:`pyjs.webapi.streams_pipe` — pipeTo / pipeThrough;
* :mod:`pyjs.webapi.streams_transform` — TransformStream and the encoding streams.

Requires :mod:`pyjs.webapi.event` (a WritableStream controller owns an
AbortController) and :mod:`pyjs.webapi.dom_exception` to be installed first.
"""
from . import streams_bytes, streams_common, streams_pipe, streams_readable, streams_transform, streams_writable


def setup(realm):
    streams_common.setup(realm)
    streams_readable.setup(realm)
    streams_bytes.setup(realm)
    streams_writable.setup(realm)
    streams_pipe.setup(realm)
    streams_transform.setup(realm)
