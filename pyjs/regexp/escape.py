"""RegExp.escape ( S ) on a UTF-16 string.

https://tc39.es/ecma262/#sec-regexp.escape
https://tc39.es/ecma262/#sec-encodeforregexpescape
"""

from .unicode import white_space

_SYNTAX_OR_SOLIDUS = frozenset("^$\\.*+?()[]{}|/")
_CONTROL = {0x09: "t", 0x0A: "n", 0x0B: "v", 0x0C: "f", 0x0D: "r"}
_OTHER_PUNCTUATORS = frozenset(",-=<>#&!%:;@~'`\"")


def encode_for_regexp_escape(c):
    """EncodeForRegExpEscape(c) for one code point ``c`` (int)."""
    ch = chr(c) if c <= 0xFFFF else None
    if ch is not None and ch in _SYNTAX_OR_SOLIDUS:
        return "\\" + ch
    if c in _CONTROL:
        return "\\" + _CONTROL[c]
    if (ch is not None and ch in _OTHER_PUNCTUATORS) or c in white_space() or 0xD800 <= c <= 0xDFFF:
        if c <= 0xFF:
            return "\\x%02x" % c
        return "\\u%04x" % c
    return _utf16(c)


def _utf16(c):
    if c <= 0xFFFF:
        return chr(c)
    c -= 0x10000
    return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))


def regexp_escape(s):
    """RegExp.escape: pattern text that matches exactly ``s`` (a UTF-16 string)."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = ord(s[i])
        i += 1
        if 0xD800 <= c <= 0xDBFF and i < n and 0xDC00 <= ord(s[i]) <= 0xDFFF:
            c = 0x10000 + ((c - 0xD800) << 10) + ord(s[i]) - 0xDC00
            i += 1
        if not out and (0x30 <= c <= 0x39 or 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A):
            out.append("\\x%02x" % c)
        else:
            out.append(encode_for_regexp_escape(c))
    return "".join(out)
