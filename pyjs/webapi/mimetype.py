"""MIME types: parsing, serializing, and extracting one from a header list.

https://mimesniff.spec.whatwg.org/#mime-type-representation and
https://fetch.spec.whatwg.org/#concept-header-extract-mime-type

Strings here are header values (Latin-1 ``str``, one character per byte).
"""
import re

_HTTP_WHITESPACE = "\t\n\r "
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_QUOTED_STRING_CHARS = re.compile("[\t\x20-\x7e\x80-\xff]*")


class MIMEType:
    """https://mimesniff.spec.whatwg.org/#mime-type (type and subtype lowercase)."""

    __slots__ = ("type", "subtype", "parameters")

    def __init__(self, type_, subtype, parameters=None):
        self.type = type_
        self.subtype = subtype
        self.parameters = parameters if parameters is not None else {}

    @property
    def essence(self):
        return f"{self.type}/{self.subtype}"

    def serialize(self):
        """https://mimesniff.spec.whatwg.org/#serialize-a-mime-type"""
        out = self.essence
        for name, value in self.parameters.items():
            if not value or not _TOKEN.fullmatch(value):
                value = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
            out += f";{name}={value}"
        return out


def _collect_http_quoted_string(s, pos):
    """https://fetch.spec.whatwg.org/#collect-an-http-quoted-string (extract-value) -> (value, pos)."""
    value = []
    pos += 1        # the opening quote
    while pos < len(s):
        c = s[pos]
        if c == '"':
            return "".join(value), pos + 1
        if c == "\\":
            pos += 1
            if pos >= len(s):
                value.append("\\")
                return "".join(value), pos
            value.append(s[pos])
        else:
            value.append(c)
        pos += 1
    return "".join(value), pos


def parse_mime_type(s):
    """https://mimesniff.spec.whatwg.org/#parse-a-mime-type -> MIMEType or None."""
    s = s.strip(_HTTP_WHITESPACE)
    slash = s.find("/")
    if slash < 0:
        return None
    type_ = s[:slash]
    if not _TOKEN.fullmatch(type_):
        return None
    semicolon = s.find(";", slash + 1)
    end = len(s) if semicolon < 0 else semicolon
    subtype = s[slash + 1:end].rstrip(_HTTP_WHITESPACE)
    if not _TOKEN.fullmatch(subtype):
        return None
    mime = MIMEType(type_.lower(), subtype.lower())
    pos = end
    while pos < len(s):
        pos += 1        # the ";"
        while pos < len(s) and s[pos] in _HTTP_WHITESPACE:
            pos += 1
        start = pos
        while pos < len(s) and s[pos] not in ";=":
            pos += 1
        name = s[start:pos].lower()
        if pos < len(s):
            if s[pos] == ";":
                continue
            pos += 1    # the "="
        if pos >= len(s):
            break
        if s[pos] == '"':
            value, pos = _collect_http_quoted_string(s, pos)
            while pos < len(s) and s[pos] != ";":
                pos += 1
        else:
            start = pos
            while pos < len(s) and s[pos] != ";":
                pos += 1
            value = s[start:pos].rstrip(_HTTP_WHITESPACE)
            if not value:
                continue
        if (name and _TOKEN.fullmatch(name) and _QUOTED_STRING_CHARS.fullmatch(value)
                and name not in mime.parameters):
            mime.parameters[name] = value
    return mime


def extract_mime_type(header_list):
    """https://fetch.spec.whatwg.org/#concept-header-extract-mime-type -> MIMEType or None."""
    charset = essence = mime = None
    values = []
    for name, value in header_list:
        if name.lower() == "content-type":
            values.extend(_split_header_value(value))
    if not values:
        return None
    for value in values:
        temp = parse_mime_type(value)
        if temp is None or temp.essence == "*/*":
            continue
        mime = temp
        if mime.essence != essence:
            charset = None
            if "charset" in mime.parameters:
                charset = mime.parameters["charset"]
            essence = mime.essence
        elif "charset" not in mime.parameters and charset is not None:
            mime.parameters["charset"] = charset
    return mime


def _split_header_value(value):
    """https://fetch.spec.whatwg.org/#header-value-get-decode-and-split (commas outside quotes)."""
    out, current, pos = [], "", 0
    while pos < len(value):
        c = value[pos]
        if c == '"':
            quoted, end = _raw_quoted(value, pos)
            current += quoted
            pos = end
            continue
        if c == ",":
            out.append(current.strip(_HTTP_WHITESPACE))
            current = ""
        else:
            current += c
        pos += 1
    out.append(current.strip(_HTTP_WHITESPACE))
    return out


def _raw_quoted(s, pos):
    """A quoted string kept as written (quotes and escapes included)."""
    end = pos + 1
    while end < len(s):
        if s[end] == "\\":
            end += 2
            continue
        if s[end] == '"':
            return s[pos:end + 1], end + 1
        end += 1
    return s[pos:], len(s)
