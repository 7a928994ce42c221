"""Engine strings at the edges: UTF-16 code units to real text, and terminal widths.

Engine strings hold UTF-16 code units (astral characters as surrogate pairs);
whatever is printed or logged must be real text first.  Lone surrogates cannot
be encoded, so they become U+FFFD, as when Node writes such a string as UTF-8.
"""
import re
import unicodedata

_SURROGATE = re.compile("[\ud800-\udfff]")
# ANSI escape sequences (Node's copy of chalk/ansi-regex), removed before measuring.
_ANSI = re.compile("[\x1b\x9b][\\[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d/#&.:=?%@~_]+)*"
                   "|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d/#&.:=?%@~_]*)*)?(?:\x07|\x1b\\\\|\x9c))"
                   "|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))")


def to_text(s: str) -> str:
    """UTF-16 code units -> real text: pairs become code points, lone surrogates U+FFFD."""
    if _SURROGATE.search(s) is None:
        return s
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def strip_ansi(s: str) -> str:
    return _ANSI.sub("", s)


def _is_zero_width(cp):
    return (cp <= 0x1F or 0x7F <= cp <= 0x9F or 0x300 <= cp <= 0x36F or 0x200B <= cp <= 0x200F
            or 0x20D0 <= cp <= 0x20FF or 0xFE00 <= cp <= 0xFE0F or 0xFE20 <= cp <= 0xFE2F
            or 0xE0100 <= cp <= 0xE01EF)


def string_width(s: str, remove_control=True) -> int:
    """Columns a string takes on a terminal (wide East Asian characters and emoji count 2).

    Node's getStringWidth, which aligns console.table cells and grouped array columns.
    """
    if remove_control:
        s = _ANSI.sub("", s)
    if s.isascii():
        return sum(1 for c in s if c >= " ")
    width = 0
    for c in unicodedata.normalize("NFC", to_text(s)):
        if unicodedata.east_asian_width(c) in ("W", "F"):
            width += 2
        elif not _is_zero_width(ord(c)) and unicodedata.category(c) not in ("Mn", "Me"):
            width += 1
    return width
