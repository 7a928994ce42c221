"""atob() and btoa(): https://html.spec.whatwg.org/multipage/webappapis.html#atob

Both work on "binary strings" (one code unit per byte).  Decoding follows the
forgiving-base64 rules of the Infra Standard; failures are an
``InvalidCharacterError`` DOMException.
"""
import base64 as _b64
import re

from .dom_exception import dom_error
from .webidl import require_args, to_dom_string

_ASCII_WHITESPACE = re.compile("[\t\n\f\r ]+")
_BASE64_ALPHABET = re.compile("[A-Za-z0-9+/]*")


def forgiving_base64_decode(data):
    """https://infra.spec.whatwg.org/#forgiving-base64-decode -> bytes, or None on failure."""
    data = _ASCII_WHITESPACE.sub("", data)
    if len(data) % 4 == 0:
        if data.endswith("=="):
            data = data[:-2]
        elif data.endswith("="):
            data = data[:-1]
    if len(data) % 4 == 1 or not _BASE64_ALPHABET.fullmatch(data):
        return None
    return _b64.b64decode(data + "=" * (-len(data) % 4))


def forgiving_base64_encode(data):
    """https://infra.spec.whatwg.org/#forgiving-base64-encode"""
    return _b64.b64encode(data).decode("ascii")


def setup(realm):
    def atob(this, args):
        require_args(args, 1, "atob")
        decoded = forgiving_base64_decode(to_dom_string(args[0]))
        if decoded is None:
            raise dom_error("InvalidCharacterError", "The string to be decoded is not correctly encoded.")
        return decoded.decode("latin-1")

    def btoa(this, args):
        require_args(args, 1, "btoa")
        data = to_dom_string(args[0])
        if not data.isascii() and max(data) > "\xff":
            raise dom_error("InvalidCharacterError",
                            "The string to be encoded contains characters outside of the Latin1 range.")
        return forgiving_base64_encode(data.encode("latin-1"))

    realm.define_function("atob", atob, 1)
    realm.define_function("btoa", btoa, 1)
