"""Percent-encoded bytes and the percent-encode sets of the URL Standard.

https://url.spec.whatwg.org/#percent-encoded-bytes

Shared by the URL parser (``url_parser``) and the
application/x-www-form-urlencoded codec (``urlencoded``), so it lives on its own
and imports neither.

Strings here are Python ``str`` of code points (USV strings).  The JS engine keeps
UTF-16 code units; ``usv_from_utf16`` is the WebIDL USVString conversion (pairs
combined, lone surrogates become U+FFFD) for callers that hold such strings, and
``utf16_from_usv`` goes back.

Every encoder works on runs of code points with a precompiled regular expression
instead of a per-character loop: URLs are parsed on every request, and the common
input contains nothing to encode at all.
"""

from __future__ import annotations

import re
import sys
from array import array

__all__ = [
    "PercentEncodeSet",
    "C0_CONTROL_PERCENT_ENCODE_SET",
    "FRAGMENT_PERCENT_ENCODE_SET",
    "QUERY_PERCENT_ENCODE_SET",
    "SPECIAL_QUERY_PERCENT_ENCODE_SET",
    "PATH_PERCENT_ENCODE_SET",
    "USERINFO_PERCENT_ENCODE_SET",
    "COMPONENT_PERCENT_ENCODE_SET",
    "URLENCODED_PERCENT_ENCODE_SET",
    "percent_encode_byte",
    "percent_decode",
    "percent_decode_string",
    "utf8_percent_encode",
    "utf8_decode_without_bom",
    "usv_from_utf16",
    "utf16_from_usv",
]


class PercentEncodeSet:
    """A percent-encode set: some ASCII code points plus every code point above U+007E.

    https://url.spec.whatwg.org/#percent-encode-set

    Every set in the standard contains all non-ASCII code points (the C0 control set
    does, and the others are built on it), so only the ASCII members are stored.
    """

    __slots__ = ("ascii_members", "_pattern")

    def __init__(self, ascii_members: frozenset[str]):
        self.ascii_members = frozenset(ascii_members)
        self._pattern = None        # compiled on first use: nine sets are made at import

    @property
    def pattern(self):
        """A regex matching runs of members."""
        if self._pattern is None:
            # the complement of the ASCII non-members: the same set as [members\x7f-\U0010ffff],
            # but a class with that huge range costs re ~6 ms to compile, this one ~0.1 ms
            others = "".join(re.escape(chr(cp)) for cp in range(0x7f) if chr(cp) not in self.ascii_members)
            self._pattern = re.compile("[^" + others + "]+")
        return self._pattern

    def __contains__(self, code_point: object) -> bool:
        return code_point in self.ascii_members or (
            isinstance(code_point, str) and code_point > "\x7e"
        )

    def union(self, extra: str) -> "PercentEncodeSet":
        return PercentEncodeSet(self.ascii_members | frozenset(extra))

    def without(self, removed: str) -> "PercentEncodeSet":
        return PercentEncodeSet(self.ascii_members - frozenset(removed))


def _range(first: str, last: str) -> str:
    return "".join(chr(cp) for cp in range(ord(first), ord(last) + 1))


C0_CONTROL_PERCENT_ENCODE_SET = PercentEncodeSet(frozenset(_range("\x00", "\x1f")))
FRAGMENT_PERCENT_ENCODE_SET = C0_CONTROL_PERCENT_ENCODE_SET.union(' "<>`')
QUERY_PERCENT_ENCODE_SET = C0_CONTROL_PERCENT_ENCODE_SET.union(' "#<>')
SPECIAL_QUERY_PERCENT_ENCODE_SET = QUERY_PERCENT_ENCODE_SET.union("'")
PATH_PERCENT_ENCODE_SET = QUERY_PERCENT_ENCODE_SET.union("?^`{}")
USERINFO_PERCENT_ENCODE_SET = PATH_PERCENT_ENCODE_SET.union("/:;=@" + _range("[", "^") + "|")
COMPONENT_PERCENT_ENCODE_SET = USERINFO_PERCENT_ENCODE_SET.union(_range("$", "&") + "+,")
URLENCODED_PERCENT_ENCODE_SET = COMPONENT_PERCENT_ENCODE_SET.union("!" + _range("'", ")") + "~")


def percent_encode_byte(byte: int) -> str:
    """https://url.spec.whatwg.org/#percent-encode: "%" and two upper-case hex digits."""
    return "%%%02X" % byte


def _encode_run(match: re.Match) -> str:
    return "".join(["%%%02X" % b for b in match.group().encode("utf-8")])


def utf8_percent_encode(text: str, percent_encode_set: PercentEncodeSet) -> str:
    """UTF-8 percent-encode every code point of ``text`` that is in the set.

    https://url.spec.whatwg.org/#string-utf-8-percent-encode

    ``text`` must be a USV string; a lone surrogate has no UTF-8 form.
    """
    return percent_encode_set.pattern.sub(_encode_run, text)


_PERCENT_HEX_BYTES = re.compile(rb"%([0-9A-Fa-f]{2})")


def percent_decode(data: bytes) -> bytes:
    """https://url.spec.whatwg.org/#percent-decode

    A "%" not followed by two ASCII hex digits is kept as it is.
    """
    if b"%" not in data:
        return data
    return _PERCENT_HEX_BYTES.sub(lambda m: bytes((int(m.group(1), 16),)), data)


def utf8_decode_without_bom(data: bytes) -> str:
    """https://encoding.spec.whatwg.org/#utf-8-decode-without-bom

    Python's decoder replaces each maximal ill-formed subsequence with one U+FFFD,
    the same rule the Encoding Standard uses, and leaves a BOM alone.
    """
    return data.decode("utf-8", "replace")


def percent_decode_string(text: str) -> bytes:
    """https://url.spec.whatwg.org/#string-percent-decode: UTF-8 encode, then decode."""
    return percent_decode(text.encode("utf-8"))


_NATIVE_UTF16 = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"
_SURROGATE = re.compile("[\ud800-\udfff]")


def usv_from_utf16(text: str) -> str:
    """Turn a string of UTF-16 code units into a USV string (WebIDL USVString).

    https://webidl.spec.whatwg.org/#idl-USVString

    Surrogate pairs become one code point; lone surrogates become U+FFFD.  A string
    without surrogates is returned unchanged and without copying.
    """
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def utf16_from_usv(text: str) -> str:
    """Split every code point above U+FFFF into its UTF-16 surrogate pair."""
    if not text or max(text) < "\U00010000":
        return text
    units = array("H")
    units.frombytes(text.encode(_NATIVE_UTF16, "surrogatepass"))
    return "".join(map(chr, units))
