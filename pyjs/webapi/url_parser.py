"""The WHATWG URL Standard: URL records, the basic URL parser, serializers, origins,
and the algorithms behind the ``URL`` class's attributes.

https://url.spec.whatwg.org/

This module knows nothing about the JS engine.  The JS ``URL`` class holds a
``URLRecord`` and delegates each attribute to the ``get_*``/``set_*`` function of
the same name here; ``URLSearchParams`` uses ``pyjs.webapi.urlencoded``.

Strings: every function takes and returns Python ``str`` of code points (USV
strings).  The engine keeps UTF-16 code units, so the caller converts on the way
in with ``url_percent.usv_from_utf16`` (pairs combined, lone surrogates become
U+FFFD, exactly WebIDL's USVString conversion).  ``parse_url`` applies that
conversion again defensively, which is a no-op for proper input.  Every
serialization returned here is ASCII, so nothing needs converting on the way out.

Validation errors are not reported: they never change a parse result, and no
caller of this module shows them.  The query is always encoded as UTF-8: other
encodings only apply to URLs in HTML documents, which workers do not have.

Module map: ``url_host`` (host parsing and serializing), ``url_idna`` (UTS #46 and
Punycode), ``url_percent`` (percent-encode sets), ``urlencoded``.

A URL's host is ``None`` (null) or a host as ``url_host`` represents it; a URL's
path is a ``list`` of segments, or a ``str`` when it is an opaque path.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .url_host import Host, host_parse, ipv4_parse, ipv6_parse, serialize_host
from .url_percent import (
    C0_CONTROL_PERCENT_ENCODE_SET,
    FRAGMENT_PERCENT_ENCODE_SET,
    PATH_PERCENT_ENCODE_SET,
    QUERY_PERCENT_ENCODE_SET,
    SPECIAL_QUERY_PERCENT_ENCODE_SET,
    USERINFO_PERCENT_ENCODE_SET,
    usv_from_utf16,
    utf8_percent_encode,
)
from .urlencoded import urlencoded_serialize

__all__ = [
    "URLRecord", "URLParseError", "OpaqueOrigin", "TupleOrigin", "SPECIAL_SCHEMES",
    "parse_url", "api_url_parse", "basic_url_parse", "serialize_url",
    "url_path_serialize", "host_parse", "serialize_host", "ipv4_parse", "ipv6_parse",
    "url_origin", "serialize_origin",
    "SCHEME_START_STATE", "HOST_STATE", "HOSTNAME_STATE", "PORT_STATE",
    "PATH_START_STATE", "QUERY_STATE", "FRAGMENT_STATE",
    "get_href", "set_href", "get_origin", "get_protocol", "set_protocol",
    "get_username", "set_username", "get_password", "set_password",
    "get_host", "set_host", "get_hostname", "set_hostname", "get_port", "set_port",
    "get_pathname", "set_pathname", "get_search", "set_search", "get_hash", "set_hash",
    "update_query_from_list",
]

#: https://url.spec.whatwg.org/#special-scheme, with each scheme's default port.
SPECIAL_SCHEMES: dict[str, int | None] = {
    "ftp": 21, "file": None, "http": 80, "https": 443, "ws": 80, "wss": 443,
}


class URLParseError(ValueError):
    """Raised by ``set_href`` when the new value does not parse (JS: a TypeError)."""


class URLRecord:
    """A URL: https://url.spec.whatwg.org/#concept-url"""

    __slots__ = ("scheme", "username", "password", "host", "port", "path", "query", "fragment")

    def __init__(self) -> None:
        self.scheme = ""
        self.username = ""
        self.password = ""
        self.host: Host | None = None
        self.port: int | None = None
        self.path: list[str] | str = []
        self.query: str | None = None
        self.fragment: str | None = None

    def is_special(self) -> bool:
        """https://url.spec.whatwg.org/#is-special"""
        return self.scheme in SPECIAL_SCHEMES

    def has_opaque_path(self) -> bool:
        """https://url.spec.whatwg.org/#url-opaque-path"""
        return isinstance(self.path, str)

    def includes_credentials(self) -> bool:
        """https://url.spec.whatwg.org/#include-credentials"""
        return self.username != "" or self.password != ""

    def cannot_have_username_password_port(self) -> bool:
        """https://url.spec.whatwg.org/#cannot-have-a-username-password-port"""
        return self.host is None or self.host == "" or self.scheme == "file"

    def copy(self) -> "URLRecord":
        clone = URLRecord()
        clone.assign(self)
        return clone

    def assign(self, other: "URLRecord") -> None:
        """Make this record equal to ``other`` (the href setter keeps the object)."""
        for name in URLRecord.__slots__:
            setattr(self, name, getattr(other, name))
        if isinstance(self.path, list):
            self.path = list(self.path)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, URLRecord):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in URLRecord.__slots__)

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        return f"URLRecord({serialize_url(self)!r})"


# --- Code point classes -----------------------------------------------------------------

EOF = None  # the EOF code point; the state machine's membership tests use sets, not str

_ASCII_ALPHA = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_DIGITS = frozenset("0123456789")
_SCHEME_CODE_POINTS = _ASCII_ALPHA | _ASCII_DIGITS | frozenset("+-.")
_C0_CONTROL_OR_SPACE = "".join(chr(cp) for cp in range(0x21))
_TAB_OR_NEWLINE = re.compile("[\t\n\r]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _is_windows_drive_letter(s: str) -> bool:
    """https://url.spec.whatwg.org/#windows-drive-letter"""
    return len(s) == 2 and s[0] in _ASCII_ALPHA and s[1] in ":|"


def _is_normalized_windows_drive_letter(s: str) -> bool:
    """https://url.spec.whatwg.org/#normalized-windows-drive-letter"""
    return len(s) == 2 and s[0] in _ASCII_ALPHA and s[1] == ":"


def _starts_with_windows_drive_letter(s: str, start: int) -> bool:
    """https://url.spec.whatwg.org/#start-with-a-windows-drive-letter (from ``start``)."""
    return (
        len(s) - start >= 2
        and _is_windows_drive_letter(s[start:start + 2])
        and (len(s) - start == 2 or s[start + 2] in "/\\?#")
    )


def _is_single_dot_segment(segment: str) -> bool:
    """https://url.spec.whatwg.org/#single-dot-path-segment"""
    return segment == "." or segment.lower() == "%2e"


_DOUBLE_DOT_SEGMENTS = frozenset(("..", ".%2e", "%2e.", "%2e%2e"))


def _is_double_dot_segment(segment: str) -> bool:
    """https://url.spec.whatwg.org/#double-dot-path-segment"""
    return segment == ".." or segment.lower() in _DOUBLE_DOT_SEGMENTS


def _shorten_path(url: URLRecord) -> None:
    """https://url.spec.whatwg.org/#shorten-a-urls-path"""
    path = url.path
    if url.scheme == "file" and len(path) == 1 and _is_normalized_windows_drive_letter(path[0]):
        return
    if path:
        path.pop()


# --- The basic URL parser -------------------------------------------------------------------

SCHEME_START_STATE = "scheme start"
_SCHEME_STATE = "scheme"
_NO_SCHEME_STATE = "no scheme"
_SPECIAL_RELATIVE_OR_AUTHORITY_STATE = "special relative or authority"
_PATH_OR_AUTHORITY_STATE = "path or authority"
_RELATIVE_STATE = "relative"
_RELATIVE_SLASH_STATE = "relative slash"
_SPECIAL_AUTHORITY_SLASHES_STATE = "special authority slashes"
_SPECIAL_AUTHORITY_IGNORE_SLASHES_STATE = "special authority ignore slashes"
_AUTHORITY_STATE = "authority"
HOST_STATE = "host"
HOSTNAME_STATE = "hostname"
PORT_STATE = "port"
_FILE_STATE = "file"
_FILE_SLASH_STATE = "file slash"
_FILE_HOST_STATE = "file host"
PATH_START_STATE = "path start"
_PATH_STATE = "path"
_OPAQUE_PATH_STATE = "opaque path"
QUERY_STATE = "query"
FRAGMENT_STATE = "fragment"

_RETURN = "return"  # the algorithm returned (with a state override: success)
_FAILURE = "failure"

# Where a run of ordinary code points ends in the path state, by (special, override).
_PATH_TERMINATORS = {
    (True, False): re.compile(r"[/\\?#]"),
    (True, True): re.compile(r"[/\\]"),
    (False, False): re.compile(r"[/?#]"),
    (False, True): re.compile(r"/"),
}
_OPAQUE_PATH_TERMINATORS = re.compile(r"[?#]")


class _BasicURLParser:
    """One run of https://url.spec.whatwg.org/#concept-basic-url-parser

    Each state is a method named after the spec's state.  A method returns None to
    go on, or ``_RETURN``/``_FAILURE``.  States that consume long runs of ordinary
    code points (path, opaque path, query, fragment) take the whole run in one step
    and leave the pointer on its last code point; the result is the same as feeding
    the run one code point at a time, and parsing stays linear.
    """

    def __init__(self, input: str, base: URLRecord | None, url: URLRecord | None,
                 state_override: str | None):
        if url is None:
            url = URLRecord()
            input = input.strip(_C0_CONTROL_OR_SPACE)
        self.input = _TAB_OR_NEWLINE.sub("", input)
        self.base = base
        self.url = url
        self.state_override = state_override
        self.state = state_override or SCHEME_START_STATE
        self.buffer: list[str] = []
        self.at_sign_seen = self.inside_brackets = self.password_token_seen = False
        self.pointer = 0

    def run(self) -> URLRecord | None:
        handlers = _STATE_HANDLERS
        input = self.input
        length = len(input)
        while True:
            c = input[self.pointer] if self.pointer < length else EOF
            outcome = handlers[self.state](self, c)
            if outcome is not None:
                return None if outcome is _FAILURE else self.url
            if self.pointer >= length:
                return self.url
            self.pointer += 1

    def _remaining_starts_with(self, s: str) -> bool:
        return self.input.startswith(s, self.pointer + 1)

    def scheme_start_state(self, c):
        if c in _ASCII_ALPHA:
            self.buffer.append(c.lower())
            self.state = _SCHEME_STATE
        elif self.state_override is None:
            self.state = _NO_SCHEME_STATE
            self.pointer -= 1
        else:
            return _FAILURE

    def scheme_state(self, c):
        url = self.url
        if c in _SCHEME_CODE_POINTS:
            self.buffer.append(c.lower())
        elif c == ":":
            buffer = "".join(self.buffer)
            if self.state_override is not None:
                if url.is_special() != (buffer in SPECIAL_SCHEMES):
                    return _RETURN
                if (url.includes_credentials() or url.port is not None) and buffer == "file":
                    return _RETURN
                if url.scheme == "file" and url.host == "":
                    return _RETURN
            url.scheme = buffer
            if self.state_override is not None:
                if url.port is not None and url.port == SPECIAL_SCHEMES.get(url.scheme):
                    url.port = None
                return _RETURN
            self.buffer = []
            if url.scheme == "file":
                self.state = _FILE_STATE
            elif url.is_special() and self.base is not None and self.base.scheme == url.scheme:
                self.state = _SPECIAL_RELATIVE_OR_AUTHORITY_STATE
            elif url.is_special():
                self.state = _SPECIAL_AUTHORITY_SLASHES_STATE
            elif self._remaining_starts_with("/"):
                self.state = _PATH_OR_AUTHORITY_STATE
                self.pointer += 1
            else:
                url.path = ""
                self.state = _OPAQUE_PATH_STATE
        elif self.state_override is None:
            self.buffer = []
            self.state = _NO_SCHEME_STATE
            self.pointer = -1
        else:
            return _FAILURE

    def no_scheme_state(self, c):
        base, url = self.base, self.url
        if base is None or (base.has_opaque_path() and c != "#"):
            return _FAILURE
        if base.has_opaque_path() and c == "#":
            url.scheme = base.scheme
            url.path = base.path
            url.query = base.query
            url.fragment = ""
            self.state = FRAGMENT_STATE
        elif base.scheme != "file":
            self.state = _RELATIVE_STATE
            self.pointer -= 1
        else:
            self.state = _FILE_STATE
            self.pointer -= 1

    def special_relative_or_authority_state(self, c):
        if c == "/" and self._remaining_starts_with("/"):
            self.state = _SPECIAL_AUTHORITY_IGNORE_SLASHES_STATE
            self.pointer += 1
        else:
            self.state = _RELATIVE_STATE
            self.pointer -= 1

    def path_or_authority_state(self, c):
        if c == "/":
            self.state = _AUTHORITY_STATE
        else:
            self.state = _PATH_STATE
            self.pointer -= 1

    def relative_state(self, c):
        base, url = self.base, self.url
        url.scheme = base.scheme
        if c == "/" or (url.is_special() and c == "\\"):
            self.state = _RELATIVE_SLASH_STATE
            return
        url.username, url.password = base.username, base.password
        url.host, url.port = base.host, base.port
        url.path = list(base.path)
        url.query = base.query
        if c == "?":
            url.query = ""
            self.state = QUERY_STATE
        elif c == "#":
            url.fragment = ""
            self.state = FRAGMENT_STATE
        elif c is not EOF:
            url.query = None
            _shorten_path(url)
            self.state = _PATH_STATE
            self.pointer -= 1

    def relative_slash_state(self, c):
        base, url = self.base, self.url
        if url.is_special() and c in ("/", "\\"):
            self.state = _SPECIAL_AUTHORITY_IGNORE_SLASHES_STATE
        elif c == "/":
            self.state = _AUTHORITY_STATE
        else:
            url.username, url.password = base.username, base.password
            url.host, url.port = base.host, base.port
            self.state = _PATH_STATE
            self.pointer -= 1

    def special_authority_slashes_state(self, c):
        if c == "/" and self._remaining_starts_with("/"):
            self.state = _SPECIAL_AUTHORITY_IGNORE_SLASHES_STATE
            self.pointer += 1
        else:
            self.state = _SPECIAL_AUTHORITY_IGNORE_SLASHES_STATE
            self.pointer -= 1

    def special_authority_ignore_slashes_state(self, c):
        if c not in ("/", "\\"):
            self.state = _AUTHORITY_STATE
            self.pointer -= 1

    def authority_state(self, c):
        url = self.url
        if c == "@":
            if self.at_sign_seen:
                self.buffer[0:0] = "%40"
            self.at_sign_seen = True
            # Per code point: the first ":" (before any password) is the separator.
            text = "".join(self.buffer)
            if not self.password_token_seen and ":" in text:
                user, _, text = text.partition(":")
                url.username += utf8_percent_encode(user, USERINFO_PERCENT_ENCODE_SET)
                self.password_token_seen = True
            encoded = utf8_percent_encode(text, USERINFO_PERCENT_ENCODE_SET)
            if self.password_token_seen:
                url.password += encoded
            else:
                url.username += encoded
            self.buffer = []
        elif c in (EOF, "/", "?", "#") or (url.is_special() and c == "\\"):
            if self.at_sign_seen and not self.buffer:
                return _FAILURE
            self.pointer -= len(self.buffer) + 1
            self.buffer = []
            self.state = HOST_STATE
        else:
            self.buffer.append(c)

    def host_state(self, c):
        url = self.url
        override = self.state_override
        if override is not None and url.scheme == "file":
            self.pointer -= 1
            self.state = _FILE_HOST_STATE
        elif c == ":" and not self.inside_brackets:
            if not self.buffer:
                return _FAILURE
            if override == HOSTNAME_STATE:
                return _FAILURE
            host = host_parse("".join(self.buffer), not url.is_special())
            if host is None:
                return _FAILURE
            url.host = host
            self.buffer = []
            self.state = PORT_STATE
        elif c in (EOF, "/", "?", "#") or (url.is_special() and c == "\\"):
            self.pointer -= 1
            if url.is_special() and not self.buffer:
                return _FAILURE
            if (override is not None and not self.buffer
                    and (url.includes_credentials() or url.port is not None)):
                return _FAILURE
            host = host_parse("".join(self.buffer), not url.is_special())
            if host is None:
                return _FAILURE
            url.host = host
            self.buffer = []
            self.state = PATH_START_STATE
            if override is not None:
                return _RETURN
        else:
            if c == "[":
                self.inside_brackets = True
            elif c == "]":
                self.inside_brackets = False
            self.buffer.append(c)

    hostname_state = host_state

    def port_state(self, c):
        url = self.url
        if c in _ASCII_DIGITS:
            self.buffer.append(c)
        elif (c in (EOF, "/", "?", "#") or (url.is_special() and c == "\\")
              or self.state_override is not None):
            if self.buffer:
                digits = "".join(self.buffer).lstrip("0") or "0"
                if len(digits) > 5 or int(digits) > 0xFFFF:
                    return _FAILURE
                port = int(digits)
                url.port = None if port == SPECIAL_SCHEMES.get(url.scheme) else port
                self.buffer = []
                if self.state_override is not None:
                    return _RETURN
            if self.state_override is not None:
                return _FAILURE
            self.state = PATH_START_STATE
            self.pointer -= 1
        else:
            return _FAILURE

    def file_state(self, c):
        base, url = self.base, self.url
        url.scheme = "file"
        url.host = ""
        if c in ("/", "\\"):
            self.state = _FILE_SLASH_STATE
        elif base is not None and base.scheme == "file":
            url.host = base.host
            url.path = list(base.path)
            url.query = base.query
            if c == "?":
                url.query = ""
                self.state = QUERY_STATE
            elif c == "#":
                url.fragment = ""
                self.state = FRAGMENT_STATE
            elif c is not EOF:
                url.query = None
                if not _starts_with_windows_drive_letter(self.input, self.pointer):
                    _shorten_path(url)
                else:
                    url.path = []
                self.state = _PATH_STATE
                self.pointer -= 1
        else:
            self.state = _PATH_STATE
            self.pointer -= 1

    def file_slash_state(self, c):
        base, url = self.base, self.url
        if c in ("/", "\\"):
            self.state = _FILE_HOST_STATE
            return
        if base is not None and base.scheme == "file":
            url.host = base.host
            if (not _starts_with_windows_drive_letter(self.input, self.pointer)
                    and base.path and _is_normalized_windows_drive_letter(base.path[0])):
                url.path.append(base.path[0])
        self.state = _PATH_STATE
        self.pointer -= 1

    def file_host_state(self, c):
        url = self.url
        if c not in (EOF, "/", "\\", "?", "#"):
            self.buffer.append(c)
            return
        self.pointer -= 1
        buffer = "".join(self.buffer)
        if self.state_override is None and _is_windows_drive_letter(buffer):
            # The Windows drive letter quirk: the buffer carries over into the path.
            self.state = _PATH_STATE
        elif buffer == "":
            url.host = ""
            if self.state_override is not None:
                return _RETURN
            self.state = PATH_START_STATE
        else:
            host = host_parse(buffer, not url.is_special())
            if host is None:
                return _FAILURE
            url.host = "" if host == "localhost" else host
            if self.state_override is not None:
                return _RETURN
            self.buffer = []
            self.state = PATH_START_STATE

    def path_start_state(self, c):
        url = self.url
        if url.is_special():
            self.state = _PATH_STATE
            if c not in ("/", "\\"):
                self.pointer -= 1
        elif self.state_override is None and c == "?":
            url.query = ""
            self.state = QUERY_STATE
        elif self.state_override is None and c == "#":
            url.fragment = ""
            self.state = FRAGMENT_STATE
        elif c is not EOF:
            self.state = _PATH_STATE
            if c != "/":
                self.pointer -= 1
        elif self.state_override is not None and url.host is None:
            url.path.append("")

    def path_state(self, c):
        url = self.url
        special = url.is_special()
        override = self.state_override is not None
        slash = c == "/" or (special and c == "\\")
        if c is EOF or slash or (not override and c in ("?", "#")):
            buffer = "".join(self.buffer)
            if _is_double_dot_segment(buffer):
                _shorten_path(url)
                if not slash:
                    url.path.append("")
            elif _is_single_dot_segment(buffer):
                if not slash:
                    url.path.append("")
            else:
                if url.scheme == "file" and not url.path and _is_windows_drive_letter(buffer):
                    buffer = buffer[0] + ":"
                url.path.append(buffer)
            self.buffer = []
            if c == "?":
                url.query = ""
                self.state = QUERY_STATE
            elif c == "#":
                url.fragment = ""
                self.state = FRAGMENT_STATE
        else:
            match = _PATH_TERMINATORS[special, override].search(self.input, self.pointer)
            end = match.start() if match else len(self.input)
            run = self.input[self.pointer:end]
            self.buffer.append(utf8_percent_encode(run, PATH_PERCENT_ENCODE_SET))
            self.pointer = end - 1

    def opaque_path_state(self, c):
        url = self.url
        if c == "?":
            url.query = ""
            self.state = QUERY_STATE
        elif c == "#":
            url.fragment = ""
            self.state = FRAGMENT_STATE
        elif c is not EOF:
            match = _OPAQUE_PATH_TERMINATORS.search(self.input, self.pointer)
            end = match.start() if match else len(self.input)
            run = utf8_percent_encode(self.input[self.pointer:end], C0_CONTROL_PERCENT_ENCODE_SET)
            # A U+0020 SPACE is kept, except right before "?" or "#", where it is "%20".
            if match and run.endswith(" "):
                run = run[:-1] + "%20"
            url.path += run
            self.pointer = end - 1

    def query_state(self, c):
        url = self.url
        if c is EOF or (self.state_override is None and c == "#"):
            encode_set = (SPECIAL_QUERY_PERCENT_ENCODE_SET if url.is_special()
                          else QUERY_PERCENT_ENCODE_SET)
            url.query += utf8_percent_encode("".join(self.buffer), encode_set)
            self.buffer = []
            if c == "#":
                url.fragment = ""
                self.state = FRAGMENT_STATE
        else:
            end = len(self.input)
            if self.state_override is None:
                hash_at = self.input.find("#", self.pointer)
                if hash_at >= 0:
                    end = hash_at
            self.buffer.append(self.input[self.pointer:end])
            self.pointer = end - 1

    def fragment_state(self, c):
        if c is not EOF:
            run = self.input[self.pointer:]
            self.url.fragment += utf8_percent_encode(run, FRAGMENT_PERCENT_ENCODE_SET)
            self.pointer = len(self.input) - 1


_STATE_HANDLERS = {
    SCHEME_START_STATE: _BasicURLParser.scheme_start_state,
    _SCHEME_STATE: _BasicURLParser.scheme_state,
    _NO_SCHEME_STATE: _BasicURLParser.no_scheme_state,
    _SPECIAL_RELATIVE_OR_AUTHORITY_STATE: _BasicURLParser.special_relative_or_authority_state,
    _PATH_OR_AUTHORITY_STATE: _BasicURLParser.path_or_authority_state,
    _RELATIVE_STATE: _BasicURLParser.relative_state,
    _RELATIVE_SLASH_STATE: _BasicURLParser.relative_slash_state,
    _SPECIAL_AUTHORITY_SLASHES_STATE: _BasicURLParser.special_authority_slashes_state,
    _SPECIAL_AUTHORITY_IGNORE_SLASHES_STATE:
        _BasicURLParser.special_authority_ignore_slashes_state,
    _AUTHORITY_STATE: _BasicURLParser.authority_state,
    HOST_STATE: _BasicURLParser.host_state,
    HOSTNAME_STATE: _BasicURLParser.hostname_state,
    PORT_STATE: _BasicURLParser.port_state,
    _FILE_STATE: _BasicURLParser.file_state,
    _FILE_SLASH_STATE: _BasicURLParser.file_slash_state,
    _FILE_HOST_STATE: _BasicURLParser.file_host_state,
    PATH_START_STATE: _BasicURLParser.path_start_state,
    _PATH_STATE: _BasicURLParser.path_state,
    _OPAQUE_PATH_STATE: _BasicURLParser.opaque_path_state,
    QUERY_STATE: _BasicURLParser.query_state,
    FRAGMENT_STATE: _BasicURLParser.fragment_state,
}


def basic_url_parse(input: str, base: URLRecord | None = None, url: URLRecord | None = None,
                    state_override: str | None = None) -> URLRecord | None:
    """https://url.spec.whatwg.org/#concept-basic-url-parser

    Returns the URL, or ``None`` for failure.  With ``url`` and ``state_override``
    (the setters) ``url`` is modified in place, possibly partly before a failure,
    as the standard specifies.
    """
    if _LONE_SURROGATE.search(input):
        input = usv_from_utf16(input)
    return _BasicURLParser(input, base, url, state_override).run()


def parse_url(input: str, base: URLRecord | None = None) -> URLRecord | None:
    """The URL parser; ``None`` is failure.

    https://url.spec.whatwg.org/#concept-url-parser (no blob URL entry resolution)
    """
    return basic_url_parse(input, base)


def api_url_parse(url: str, base: str | None = None) -> URLRecord | None:
    """The API URL parser behind ``new URL(url, base)``, ``URL.parse`` and
    ``URL.canParse``; ``None`` is failure (the constructor throws a TypeError).

    https://url.spec.whatwg.org/#api-url-parser
    """
    parsed_base = None
    if base is not None:
        parsed_base = basic_url_parse(base)
        if parsed_base is None:
            return None
    return basic_url_parse(url, parsed_base)


# --- Serializers and origins --------------------------------------------------------------


def url_path_serialize(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#url-path-serializer"""
    if isinstance(url.path, str):
        return url.path
    return "".join("/" + segment for segment in url.path)


def serialize_url(url: URLRecord, exclude_fragment: bool = False) -> str:
    """https://url.spec.whatwg.org/#concept-url-serializer"""
    output = [url.scheme, ":"]
    if url.host is not None:
        output.append("//")
        if url.includes_credentials():
            output.append(url.username)
            if url.password:
                output.append(":" + url.password)
            output.append("@")
        output.append(serialize_host(url.host))
        if url.port is not None:
            output.append(":" + str(url.port))
    elif not isinstance(url.path, str) and len(url.path) > 1 and url.path[0] == "":
        output.append("/.")
    output.append(url_path_serialize(url))
    if url.query is not None:
        output.append("?" + url.query)
    if not exclude_fragment and url.fragment is not None:
        output.append("#" + url.fragment)
    return "".join(output)


class OpaqueOrigin:
    """An opaque origin: https://html.spec.whatwg.org/#concept-origin-opaque

    Each instance is a distinct origin, equal only to itself.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "OpaqueOrigin()"


class TupleOrigin(NamedTuple):
    """A tuple origin: https://html.spec.whatwg.org/#concept-origin-tuple"""

    scheme: str
    host: Host
    port: int | None
    domain: str | None = None


def url_origin(url: URLRecord) -> OpaqueOrigin | TupleOrigin:
    """https://url.spec.whatwg.org/#concept-url-origin

    Blob URLs are resolved without a blob URL store: the origin comes from the
    URL inside the path, as for a blob URL entry that is not found.
    """
    scheme = url.scheme
    if scheme == "blob":
        path_url = basic_url_parse(url_path_serialize(url))
        if path_url is not None and path_url.scheme in ("http", "https", "file"):
            return url_origin(path_url)
        return OpaqueOrigin()
    if scheme in ("ftp", "http", "https", "ws", "wss"):
        return TupleOrigin(scheme, url.host, url.port, None)
    return OpaqueOrigin()


def serialize_origin(origin: OpaqueOrigin | TupleOrigin) -> str:
    """https://html.spec.whatwg.org/#ascii-serialisation-of-an-origin"""
    if isinstance(origin, OpaqueOrigin):
        return "null"
    result = origin.scheme + "://" + serialize_host(origin.host)
    if origin.port is not None:
        result += ":" + str(origin.port)
    return result


# --- The URL class's attributes, https://url.spec.whatwg.org/#urlutils-members ----------------
#
# Each getter takes the URL object's URL record; each setter modifies it in place.
# Setters other than href never fail (the standard ignores their parse failures).
# Keeping a URLSearchParams object in step is the caller's part, noted where needed.


def get_href(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-href (also ``toJSON()``/``toString()``)"""
    return serialize_url(url)


def set_href(url: URLRecord, value: str) -> None:
    """https://url.spec.whatwg.org/#dom-url-href

    Raises ``URLParseError`` (the caller throws a TypeError) and leaves ``url``
    unchanged on failure.  Afterwards the caller resets the query object's list to
    ``urlencoded_string_parse(url.query)`` (or empties it when the query is null).
    """
    parsed = basic_url_parse(value)
    if parsed is None:
        raise URLParseError(f"Invalid URL: {value}")
    url.assign(parsed)


def get_origin(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-origin"""
    return serialize_origin(url_origin(url))


def get_protocol(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-protocol"""
    return url.scheme + ":"


def set_protocol(url: URLRecord, value: str) -> None:
    """https://url.spec.whatwg.org/#dom-url-protocol"""
    basic_url_parse(value + ":", url=url, state_override=SCHEME_START_STATE)


def get_username(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-username"""
    return url.username


def set_username(url: URLRecord, value: str) -> None:
    """https://url.spec.whatwg.org/#dom-url-username and
    https://url.spec.whatwg.org/#set-the-username"""
    if url.cannot_have_username_password_port():
        return
    url.username = utf8_percent_encode(_usv(value), USERINFO_PERCENT_ENCODE_SET)


def get_password(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-password"""
    return url.password


def set_password(url: URLRecord, value: str) -> None:
    """https://url.spec.whatwg.org/#dom-url-password and
    https://url.spec.whatwg.org/#set-the-password"""
    if url.cannot_have_username_password_port():
        return
    url.password = utf8_percent_encode(_usv(value), USERINFO_PERCENT_ENCODE_SET)


def get_host(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-host"""
    if url.host is None:
        return ""
    if url.port is None:
        return serialize_host(url.host)
    return serialize_host(url.host) + ":" + str(url.port)


def set_host(url: URLRecord, value: str) -> None:
    """https://url.spec.whatwg.org/#dom-url-host"""
    if url.has_opaque_path():
        return
    basic_url_parse(value, url=url, state_override=HOST_STATE)


def get_hostname(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-hostname"""
    if url.host is None:
        return ""
    return serialize_host(url.host)


def set_hostname(url: URLRecord, value: str) -> None:
    """https://url.spec.whatwg.org/#dom-url-hostname"""
    if url.has_opaque_path():
        return
    basic_url_parse(value, url=url, state_override=HOSTNAME_STATE)


def get_port(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-port"""
    return "" if url.port is None else str(url.port)


def set_port(url: URLRecord, value: str) -> None:
    """https://url.spec.whatwg.org/#dom-url-port"""
    if url.cannot_have_username_password_port():
        return
    if value == "":
        url.port = None
    else:
        basic_url_parse(value, url=url, state_override=PORT_STATE)


def get_pathname(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-pathname"""
    return url_path_serialize(url)


def set_pathname(url: URLRecord, value: str) -> None:
    """https://url.spec.whatwg.org/#dom-url-pathname"""
    if url.has_opaque_path():
        return
    url.path = []
    basic_url_parse(value, url=url, state_override=PATH_START_STATE)


def get_search(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-search"""
    if not url.query:
        return ""
    return "?" + url.query


def set_search(url: URLRecord, value: str) -> str:
    """https://url.spec.whatwg.org/#dom-url-search

    Returns the input whose parse is the query object's new list: the caller sets
    the list to ``urlencoded_string_parse(<returned value>)`` (an empty value gives
    an empty list).
    """
    if value == "":
        url.query = None
        return ""
    input = value[1:] if value.startswith("?") else value
    url.query = ""
    basic_url_parse(input, url=url, state_override=QUERY_STATE)
    return input


def get_hash(url: URLRecord) -> str:
    """https://url.spec.whatwg.org/#dom-url-hash"""
    if not url.fragment:
        return ""
    return "#" + url.fragment


def set_hash(url: URLRecord, value: str) -> None:
    """https://url.spec.whatwg.org/#dom-url-hash"""
    if value == "":
        url.fragment = None
        return
    input = value[1:] if value.startswith("#") else value
    url.fragment = ""
    basic_url_parse(input, url=url, state_override=FRAGMENT_STATE)


def update_query_from_list(url: URLRecord, pairs: list[tuple[str, str]]) -> None:
    """The URL half of URLSearchParams's update steps: store the serialized list as
    the query, or null when it serializes to the empty string.

    https://url.spec.whatwg.org/#concept-urlsearchparams-update
    """
    serialized = urlencoded_serialize(pairs)
    url.query = serialized if serialized != "" else None


def _usv(value: str) -> str:
    return usv_from_utf16(value) if _LONE_SURROGATE.search(value) else value
