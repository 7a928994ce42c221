"""URI handling functions (https://tc39.es/ecma262/#sec-uri-handling-functions).

Strings are UTF-16 code units, so Encode first joins surrogate pairs into
code points (a lone surrogate cannot be UTF-8 encoded: URIError) and lets
``urllib.parse.quote_from_bytes`` do the escaping, which uses the same
uppercase ``%XX`` form and, given the extra safe characters, exactly the
unreserved set.  Decode is written out, because it must keep the escapes of
reserved characters (decodeURI) and reject every malformed, overlong or
surrogate UTF-8 sequence with a URIError.
"""
from ..interp.ops import to_string
from ..interp.values import JSError
from ._helpers import arg, install_global, lazy_pattern, native

# uriMark minus what quote_from_bytes always leaves alone (letters, digits, "_.-~")
_URI_MARK_EXTRA = "!*'()"
_URI_RESERVED = ";/?:@&=+$,"
_SURROGATE = lazy_pattern("[\ud800-\udfff]")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _uri_error(message):
    return JSError.make("URIError", message)


def encode(string, extra_unescaped):
    """https://tc39.es/ecma262/#sec-encode

    ``extra_unescaped`` joins the unreserved set (uriAlpha, DecimalDigit, uriMark).
    """
    if not string.isascii() and _SURROGATE.search(string):
        # UTF-16 -> code points: pairs join, lone surrogates stay and fail below
        string = string.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    try:
        octets = string.encode("utf-8")
    except UnicodeEncodeError:
        raise _uri_error("URI malformed") from None
    from urllib.parse import quote_from_bytes   # ~5 ms of import: not at realm creation
    return quote_from_bytes(octets, safe=_URI_MARK_EXTRA + extra_unescaped)


def _hex_byte(string, k):
    """The octet written as two hex digits at ``string[k:k+2]`` (URIError if it is not one)."""
    h = string[k:k + 2]
    if len(h) != 2 or h[0] not in _HEX_DIGITS or h[1] not in _HEX_DIGITS:
        raise _uri_error("URI malformed")
    return int(h, 16)


def decode(string, preserve_escape_set):
    """https://tc39.es/ecma262/#sec-decode"""
    k = string.find("%")
    if k < 0:
        return string
    n = len(string)
    out = [string[:k]]
    while k >= 0:
        start = k
        b = _hex_byte(string, k + 1)
        k += 3
        if b < 0x80:
            c = chr(b)
            out.append(string[start:k] if c in preserve_escape_set else c)
        else:
            count = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 0
            if count == 0 or k + 3 * (count - 1) > n:
                raise _uri_error("URI malformed")
            octets = bytearray((b,))
            for _ in range(count - 1):
                if string[k] != "%":
                    raise _uri_error("URI malformed")
                octets.append(_hex_byte(string, k + 1))
                k += 3
            try:
                # strict UTF-8 rejects bad continuation bytes, overlong forms, surrogates, > U+10FFFF
                cp = ord(octets.decode("utf-8"))
            except UnicodeDecodeError:
                raise _uri_error("URI malformed") from None
            if cp < 0x10000:
                out.append(chr(cp))
            else:
                cp -= 0x10000
                out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
        nxt = string.find("%", k)
        out.append(string[k:] if nxt < 0 else string[k:nxt])
        k = nxt
    return "".join(out)


def setup(realm):
    """Install the four URI functions as globals (and intrinsics)."""
    def uri_function(name, fn):
        f = native(realm, lambda this, args: fn(to_string(arg(args, 0))), name, 1)
        realm.intrinsics["%" + name + "%"] = f
        install_global(realm, name, f)

    uri_function("decodeURI", lambda s: decode(s, _URI_RESERVED + "#"))
    uri_function("decodeURIComponent", lambda s: decode(s, ""))
    uri_function("encodeURI", lambda s: encode(s, _URI_RESERVED + "#"))
    uri_function("encodeURIComponent", lambda s: encode(s, ""))
