"""application/x-www-form-urlencoded: the parser and serializer behind
``URLSearchParams`` (and ``Request``/``Response.formData()`` for that type).

https://url.spec.whatwg.org/#application/x-www-form-urlencoded

Names and values are Python ``str`` of code points; see ``url_parser`` for how
the JS layer's UTF-16 strings are converted.  Only UTF-8 is supported as the
serializer's encoding, the one every Workers API uses.
"""

from __future__ import annotations

from typing import Iterable

from .url_percent import (
    URLENCODED_PERCENT_ENCODE_SET,
    percent_decode,
    usv_from_utf16,
    utf8_decode_without_bom,
    utf8_percent_encode,
)

__all__ = [
    "urlencoded_parse",
    "urlencoded_string_parse",
    "urlencoded_serialize",
    "urlencoded_byte_serialize",
]

_URLENCODED_SET_WITHOUT_SPACE = URLENCODED_PERCENT_ENCODE_SET.without(" ")


def urlencoded_parse(input: bytes) -> list[tuple[str, str]]:
    """https://url.spec.whatwg.org/#concept-urlencoded-parser"""
    output = []
    for sequence in input.split(b"&"):
        if not sequence:
            continue
        name, _, value = sequence.partition(b"=")
        name = name.replace(b"+", b" ")
        value = value.replace(b"+", b" ")
        output.append((
            utf8_decode_without_bom(percent_decode(name)),
            utf8_decode_without_bom(percent_decode(value)),
        ))
    return output


def urlencoded_string_parse(input: str) -> list[tuple[str, str]]:
    """Parse a string: UTF-8 encode it, then run the byte parser.

    https://url.spec.whatwg.org/#concept-urlencoded-string-parser
    """
    return urlencoded_parse(usv_from_utf16(input).encode("utf-8"))


def urlencoded_byte_serialize(text: str) -> str:
    """Percent-encode after encoding (UTF-8) with the
    application/x-www-form-urlencoded percent-encode set and spaceAsPlus.

    https://url.spec.whatwg.org/#concept-urlencoded-byte-serializer
    """
    return utf8_percent_encode(text, _URLENCODED_SET_WITHOUT_SPACE).replace(" ", "+")


def urlencoded_serialize(tuples: Iterable[tuple[str, str]]) -> str:
    """https://url.spec.whatwg.org/#concept-urlencoded-serializer (encoding UTF-8)"""
    return "&".join(
        urlencoded_byte_serialize(usv_from_utf16(name)) + "="
        + urlencoded_byte_serialize(usv_from_utf16(value))
        for name, value in tuples
    )
