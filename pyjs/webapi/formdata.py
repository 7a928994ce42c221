"""FormData, and the multipart/form-data body format it reads and writes.

https://xhr.spec.whatwg.org/#interface-formdata
https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#multipart-form-data
https://fetch.spec.whatwg.org/#dom-body-formdata (parsing, RFC 7578)

An entry is (name, value): the name a code-point ``str``, the value a
code-point ``str`` or a File object.  There are no forms in a worker, so the
constructor takes no arguments.
"""
import re

from ..interp.ops import get_prototype_from_constructor
from ..interp.values import JSObject, null, type_error
from .blob import BlobObject, FileObject, create_file
from .url_percent import utf16_from_usv
from .urlencoded import urlencoded_parse
from .webidl import (arg, brand, define_interface, define_pair_iterator, operation, require_args,
                     to_usv_string)

_NEWLINES = re.compile("\r\n|\r|\n")


class FormDataObject(JSObject):
    __slots__ = ("entries",)


def create_form_data(realm, entries):
    fd = FormDataObject(realm.intrinsics["%FormData.prototype%"])
    fd.entries = entries
    return fd


def create_entry(realm, name, value, filename=None):
    """https://xhr.spec.whatwg.org/#create-an-entry"""
    if isinstance(value, BlobObject):
        if not isinstance(value, FileObject):
            value = create_file(realm, value.data, "blob" if filename is None else filename, value.type)
        elif filename is not None:
            value = create_file(realm, value.data, filename, value.type, value.last_modified)
    return name, value


def _entry_args(realm, args, what):
    """The (name, value, filename) overloads of append() and set()."""
    require_args(args, 2, f"FormData.{what}")
    name = to_usv_string(args[0])
    value = args[1]
    if isinstance(value, BlobObject):
        filename = to_usv_string(args[2]) if len(args) > 2 and args[2] is not None else None
        return create_entry(realm, name, value, filename)
    if len(args) > 2:
        raise type_error(f"Failed to execute '{what}' on 'FormData': parameter 2 is not of type 'Blob'.")
    return name, to_usv_string(value)


def _js_value(value):
    return utf16_from_usv(value) if isinstance(value, str) else value


# -- multipart/form-data -------------------------------------------------------------------------------

def _escape_name(name):
    return _NEWLINES.sub("\r\n", name).replace("\n", "%0A").replace("\r", "%0D").replace('"', "%22")


def _escape_filename(name):
    return name.replace("\n", "%0A").replace("\r", "%0D").replace('"', "%22")


def multipart_encode(entries):
    """https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#multipart/form-data-encoding-algorithm

    Returns (body bytes, Content-Type value).
    """
    import secrets      # here: importing it loads OpenSSL (hmac), ~10 ms of every start-up
    boundary = "----formdata-pyjs-" + secrets.token_hex(12)
    out = bytearray()
    for name, value in entries:
        out += f"--{boundary}\r\nContent-Disposition: form-data; name=\"{_escape_name(name)}\"".encode("utf-8")
        if isinstance(value, str):
            out += b"\r\n\r\n" + _NEWLINES.sub("\r\n", value).encode("utf-8")
        else:
            content_type = value.type or "application/octet-stream"
            out += (f"; filename=\"{_escape_filename(value.name)}\"\r\nContent-Type: {content_type}\r\n\r\n"
                    .encode("utf-8"))
            out += value.data
        out += b"\r\n"
    out += f"--{boundary}--\r\n".encode("ascii")
    return bytes(out), f"multipart/form-data; boundary={boundary}"


_DISPOSITION_PARAM = re.compile(rb';\s*([A-Za-z0-9_\-*]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))')


def multipart_parse(realm, data, boundary):
    """Parse a multipart/form-data body into entries (RFC 7578); None when malformed."""
    delimiter = b"--" + boundary.encode("latin-1")
    if not data.startswith(delimiter):
        start = data.find(b"\r\n" + delimiter)
        if start < 0:
            return None
        data = data[start + 2:]
    entries = []
    pos = len(delimiter)
    while True:
        if data.startswith(b"--", pos):
            return entries
        if not data.startswith(b"\r\n", pos):
            return None
        pos += 2
        end = data.find(b"\r\n" + delimiter, pos)
        if end < 0:
            return None
        part = data[pos:end]
        pos = end + 2 + len(delimiter)
        head, sep, body = part.partition(b"\r\n\r\n")
        if not sep:
            return None
        name = filename = content_type = None
        for line in head.split(b"\r\n"):
            field, colon, value = line.partition(b":")
            if not colon:
                return None
            field = field.strip().lower()
            if field == b"content-disposition":
                if not value.strip().lower().startswith(b"form-data"):
                    return None
                for key, quoted, bare in _DISPOSITION_PARAM.findall(value):
                    v = quoted if quoted or not bare else bare
                    if key.lower() == b"name":
                        name = v.decode("utf-8", "replace")
                    elif key.lower() == b"filename":
                        filename = v.decode("utf-8", "replace")
            elif field == b"content-type":
                content_type = value.strip().decode("latin-1")
        if name is None:
            return None
        if filename is not None:
            entries.append((name, create_file(realm, body, filename, content_type or "text/plain")))
        else:
            entries.append((name, body.decode("utf-8", "replace")))


def form_data_from_body(realm, data, mime):
    """The formData() conversion (https://fetch.spec.whatwg.org/#dom-body-formdata); ``mime``
    is the body's MIMEType or None.  Raises a JS TypeError when the body is not form data."""
    if mime is not None and mime.essence == "multipart/form-data":
        boundary = mime.parameters.get("boundary")
        entries = multipart_parse(realm, data, boundary) if boundary else None
        if entries is None:
            raise type_error("Failed to parse the body as multipart/form-data")
        return create_form_data(realm, entries)
    if mime is not None and mime.essence == "application/x-www-form-urlencoded":
        return create_form_data(realm, urlencoded_parse(data))
    raise type_error("The body's Content-Type is not multipart/form-data or application/x-www-form-urlencoded")


# -- the JS interface --------------------------------------------------------------------------------

def setup(realm):
    def construct(args, new_target):
        if arg(args, 0) is not None:
            raise type_error("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.")
        fd = FormDataObject(get_prototype_from_constructor(new_target, "%FormData.prototype%"))
        fd.entries = []
        return fd

    _, proto = define_interface(realm, "FormData", construct, 0)

    def this_fd(this):
        return brand(this, FormDataObject, "FormData")

    @operation(realm, proto, "append", 2)
    def append(this, args):
        fd = this_fd(this)
        fd.entries.append(_entry_args(realm, args, "append"))

    @operation(realm, proto, "delete", 1)
    def delete(this, args):
        fd = this_fd(this)
        require_args(args, 1, "FormData.delete")
        name = to_usv_string(args[0])
        fd.entries = [e for e in fd.entries if e[0] != name]

    @operation(realm, proto, "get", 1)
    def get(this, args):
        fd = this_fd(this)
        require_args(args, 1, "FormData.get")
        name = to_usv_string(args[0])
        for n, v in fd.entries:
            if n == name:
                return _js_value(v)
        return null

    @operation(realm, proto, "getAll", 1)
    def get_all(this, args):
        fd = this_fd(this)
        require_args(args, 1, "FormData.getAll")
        name = to_usv_string(args[0])
        return realm.new_array([_js_value(v) for n, v in fd.entries if n == name])

    @operation(realm, proto, "has", 1)
    def has(this, args):
        fd = this_fd(this)
        require_args(args, 1, "FormData.has")
        name = to_usv_string(args[0])
        return any(n == name for n, _ in fd.entries)

    @operation(realm, proto, "set", 2)
    def set_(this, args):
        fd = this_fd(this)
        entry = _entry_args(realm, args, "set")
        out, replaced = [], False
        for e in fd.entries:
            if e[0] == entry[0]:
                if not replaced:
                    out.append(entry)
                    replaced = True
            else:
                out.append(e)
        if not replaced:
            out.append(entry)
        fd.entries = out

    def pair_at(fd, i):
        if i >= len(fd.entries):
            return None
        n, v = fd.entries[i]
        return utf16_from_usv(n), _js_value(v)
    define_pair_iterator(realm, "FormData", proto, FormDataObject, pair_at)
