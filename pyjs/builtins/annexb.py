"""Annex B global functions escape and unescape (https://tc39.es/ecma262/#sec-additional-properties-of-the-global-object).

The other Annex B builtins (``__proto__``, ``__defineGetter__``, ``substr``, the
HTML string methods, ``getYear``, ``RegExp.prototype.compile`` ...) live with
their families; only these two globals have no family of their own.
Strings are UTF-16 code units already, so both work unit by unit as the spec does.
"""
from ..interp.ops import to_string
from ._helpers import arg, install_global, native

_UNESCAPED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_@*+-./")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def escape(string):
    """https://tc39.es/ecma262/#sec-escape-string"""
    out = []
    for c in string:
        if c in _UNESCAPED:
            out.append(c)
        else:
            n = ord(c)
            out.append(f"%{n:02X}" if n < 256 else f"%u{n:04X}")
    return "".join(out)


def _hex_value(digits):
    """ParseText(digits, HexDigits[~Sep]): the MV, or None when it does not parse."""
    if not digits or any(d not in _HEX_DIGITS for d in digits):
        return None
    return int(digits, 16)


def unescape(string):
    """https://tc39.es/ecma262/#sec-unescape-string"""
    n = len(string)
    out = []
    k = 0
    while k < n:
        c = string[k]
        if c == "%":
            hex_digits, advance = "", 0
            if k + 5 < n and string[k + 1] == "u":
                hex_digits, advance = string[k + 2:k + 6], 5
            elif k + 3 <= n:
                hex_digits, advance = string[k + 1:k + 3], 2
            mv = _hex_value(hex_digits)
            if mv is not None:
                c = chr(mv)
                k += advance
        out.append(c)
        k += 1
    return "".join(out)


def setup(realm):
    install_global(realm, "escape",
                   native(realm, lambda this, args: escape(to_string(arg(args, 0))), "escape", 1))
    install_global(realm, "unescape",
                   native(realm, lambda this, args: unescape(to_string(arg(args, 0))), "unescape", 1))
