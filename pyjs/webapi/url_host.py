"""Hosts of the URL Standard: the host parser (domains, IPv4, IPv6, opaque hosts)
and the host serializer.

https://url.spec.whatwg.org/#hosts-(domains-and-ip-addresses)

A host is represented as a ``str`` (a domain, an opaque host, or ``""`` the empty
host), an ``int`` (an IPv4 address), or a ``tuple`` of eight ``int`` (an IPv6
address).  Domains go through ``url_idna.domain_to_ascii``.
"""

from __future__ import annotations

import re
from typing import Union

from .url_idna import domain_to_ascii
from .url_percent import (
    C0_CONTROL_PERCENT_ENCODE_SET,
    percent_decode_string,
    utf8_decode_without_bom,
    utf8_percent_encode,
)

__all__ = ["Host", "host_parse", "ipv4_parse", "ipv6_parse", "serialize_host"]

Host = Union[str, int, tuple]

EOF = None
_ASCII_DIGITS = frozenset("0123456789")
_ASCII_HEX = frozenset("0123456789abcdefABCDEF")

#: https://url.spec.whatwg.org/#forbidden-host-code-point
_FORBIDDEN_HOST = re.compile(r"[\x00\t\n\r #/:<>?@\[\\\]^|]")
#: https://url.spec.whatwg.org/#forbidden-domain-code-point
_FORBIDDEN_DOMAIN = re.compile(r"[\x00-\x20#/:<>?@\[\\\]^|%\x7f]")


def host_parse(input: str, is_opaque: bool = False) -> Host | None:
    """The host parser; ``None`` is failure.

    https://url.spec.whatwg.org/#concept-host-parser
    """
    if input.startswith("["):
        if not input.endswith("]"):
            return None
        return ipv6_parse(input[1:-1])
    if is_opaque:
        return _opaque_host_parse(input)
    domain = utf8_decode_without_bom(percent_decode_string(input))
    ascii_domain = domain_to_ascii(domain, False)
    if ascii_domain is None:
        return None
    if _FORBIDDEN_DOMAIN.search(ascii_domain):
        return None
    if _ends_in_a_number(ascii_domain):
        return ipv4_parse(ascii_domain)
    return ascii_domain


def _opaque_host_parse(input: str) -> str | None:
    """https://url.spec.whatwg.org/#concept-opaque-host-parser"""
    if _FORBIDDEN_HOST.search(input):
        return None
    return utf8_percent_encode(input, C0_CONTROL_PERCENT_ENCODE_SET)


def _ends_in_a_number(input: str) -> bool:
    """https://url.spec.whatwg.org/#ends-in-a-number-checker"""
    parts = input.split(".")
    if parts[-1] == "":
        if len(parts) == 1:
            return False
        parts.pop()
    last = parts[-1]
    if last and all(ch in _ASCII_DIGITS for ch in last):
        return True
    return _ipv4_number_parse(last) is not None


def _ipv4_number_parse(input: str) -> tuple[int, bool] | None:
    """https://url.spec.whatwg.org/#ipv4-number-parser; ``None`` is failure."""
    if not input:
        return None
    validation_error = False
    radix = 10
    if len(input) >= 2 and input[:2] in ("0x", "0X"):
        validation_error, input, radix = True, input[2:], 16
    elif len(input) >= 2 and input[0] == "0":
        validation_error, input, radix = True, input[1:], 8
    if not input:
        return 0, True
    digits = "0123456789abcdefABCDEF" if radix == 16 else "0123456789"[:radix]
    if any(ch not in digits for ch in input):
        return None
    stripped = input.lstrip("0")
    if len(stripped) > 20:
        return 1 << 64, validation_error  # far out of range; skips int()'s digit limit
    return int(stripped or "0", radix), validation_error


def ipv4_parse(input: str) -> int | None:
    """https://url.spec.whatwg.org/#concept-ipv4-parser; ``None`` is failure."""
    parts = input.split(".")
    if parts[-1] == "" and len(parts) > 1:
        parts.pop()
    if len(parts) > 4:
        return None
    numbers = []
    for part in parts:
        result = _ipv4_number_parse(part)
        if result is None:
            return None
        numbers.append(result[0])
    if any(n > 255 for n in numbers[:-1]):
        return None
    if numbers[-1] >= 256 ** (5 - len(numbers)):
        return None
    ipv4 = numbers[-1]
    for counter, n in enumerate(numbers[:-1]):
        ipv4 += n * 256 ** (3 - counter)
    return ipv4


def ipv6_parse(input: str) -> tuple | None:
    """https://url.spec.whatwg.org/#concept-ipv6-parser; ``None`` is failure."""
    address = [0] * 8
    piece_index = 0
    compress = None
    pointer = 0
    length = len(input)

    def c_at(p: int):
        return input[p] if p < length else EOF

    if c_at(pointer) == ":":
        if not input.startswith(":", pointer + 1):
            return None
        pointer += 2
        piece_index += 1
        compress = piece_index
    while c_at(pointer) is not EOF:
        if piece_index == 8:
            return None
        if c_at(pointer) == ":":
            if compress is not None:
                return None
            pointer += 1
            piece_index += 1
            compress = piece_index
            continue
        value = count = 0
        while count < 4 and c_at(pointer) in _ASCII_HEX:
            value = value * 0x10 + int(input[pointer], 16)
            pointer += 1
            count += 1
        if c_at(pointer) == ".":
            if count == 0:
                return None
            pointer -= count
            if piece_index > 6:
                return None
            numbers_seen = 0
            while c_at(pointer) is not EOF:
                ipv4_piece = None
                if numbers_seen > 0:
                    if c_at(pointer) == "." and numbers_seen < 4:
                        pointer += 1
                    else:
                        return None
                if c_at(pointer) not in _ASCII_DIGITS:
                    return None
                while c_at(pointer) in _ASCII_DIGITS:
                    number = int(input[pointer])
                    if ipv4_piece is None:
                        ipv4_piece = number
                    elif ipv4_piece == 0:
                        return None
                    else:
                        ipv4_piece = ipv4_piece * 10 + number
                    if ipv4_piece > 255:
                        return None
                    pointer += 1
                address[piece_index] = address[piece_index] * 0x100 + ipv4_piece
                numbers_seen += 1
                if numbers_seen in (2, 4):
                    piece_index += 1
            if numbers_seen != 4:
                return None
            break
        elif c_at(pointer) == ":":
            pointer += 1
            if c_at(pointer) is EOF:
                return None
        elif c_at(pointer) is not EOF:
            return None
        address[piece_index] = value
        piece_index += 1
    if compress is not None:
        swaps = piece_index - compress
        piece_index = 7
        while piece_index != 0 and swaps > 0:
            other = compress + swaps - 1
            address[piece_index], address[other] = address[other], address[piece_index]
            piece_index -= 1
            swaps -= 1
    elif piece_index != 8:
        return None
    return tuple(address)


def _ipv4_serialize(address: int) -> str:
    """https://url.spec.whatwg.org/#concept-ipv4-serializer"""
    return ".".join(str((address >> shift) & 0xFF) for shift in (24, 16, 8, 0))


def _ipv6_serialize(address: tuple) -> str:
    """https://url.spec.whatwg.org/#concept-ipv6-serializer

    Compresses the first longest run of two or more zero pieces.
    """
    compress = None
    best = 1
    i = 0
    while i < 8:
        if address[i] == 0:
            j = i
            while j < 8 and address[j] == 0:
                j += 1
            if j - i > best:
                compress, best = i, j - i
            i = j
        else:
            i += 1
    output = []
    ignore0 = False
    for piece_index in range(8):
        if ignore0 and address[piece_index] == 0:
            continue
        ignore0 = False
        if compress == piece_index:
            output.append("::" if piece_index == 0 else ":")
            ignore0 = True
            continue
        output.append("%x" % address[piece_index])
        if piece_index != 7:
            output.append(":")
    return "".join(output)


def serialize_host(host: Host) -> str:
    """https://url.spec.whatwg.org/#concept-host-serializer"""
    if isinstance(host, int):
        return _ipv4_serialize(host)
    if isinstance(host, tuple):
        return "[" + _ipv6_serialize(host) + "]"
    return host
