"""Our own compact ESTree node, converted from esprima's node objects.

esprima's nodes answer ``None`` for any missing attribute and do not pickle;
ours are plain objects holding exactly the ESTree fields, plus ``start``/``end``
source offsets and ``line``/``column`` (1-based line, 0-based column) of the
start.  All strings are UTF-16 code-unit strings, like every JS string in pyjs.
"""

_SKIP = frozenset(("_start", "_end", "_line", "_column", "range", "loc", "_parenthesized"))
_RENAME = {"isAsync": "is_async", "allowAwait": "is_await"}


class Node:
    """One ESTree node.  Attributes are the ESTree fields of its ``type``."""

    def __init__(self, type, **fields):
        self.type = type
        self.__dict__.update(fields)

    def __repr__(self):
        return f"<Node {self.type} {self.line}:{self.column}>"


def to_utf16(s: str) -> str:
    """Encode code points above U+FFFF as surrogate pairs (a no-op for BMP text)."""
    if s.isascii():
        return s
    for ch in s:
        if ord(ch) > 0xFFFF:
            break
    else:
        return s
    out = []
    for ch in s:
        c = ord(ch)
        if c > 0xFFFF:
            c -= 0x10000
            out.append(chr(0xD800 + (c >> 10)))
            out.append(chr(0xDC00 + (c & 0x3FF)))
        else:
            out.append(ch)
    return "".join(out)


def convert(n, line_offset=0):
    """Convert an esprima node tree into :class:`Node` objects (recursive)."""
    d = n.__dict__
    node = Node.__new__(Node)
    nd = node.__dict__
    for k, v in d.items():
        if k in _SKIP:
            continue
        k = _RENAME.get(k, k)
        if v is None or v is True or v is False:
            nd[k] = v
        elif type(v) is str:
            nd[k] = to_utf16(v) if k != "type" else v
        elif type(v) is list:
            nd[k] = [None if x is None else convert(x, line_offset) for x in v]
        elif type(v) in (int, float):
            nd[k] = v
        elif k == "regex":
            nd[k] = Node("RegExp", pattern=to_utf16(v.pattern), flags=v.flags)
        elif k == "value" and d.get("type") == "TemplateElement":
            cooked = v.cooked
            nd[k] = Node("TemplateValue", raw=to_utf16(v.raw),
                         cooked=None if cooked is None else to_utf16(cooked))
        else:
            nd[k] = convert(v, line_offset)
    rng = d.get("range")
    if rng is not None:
        node.start, node.end = rng
    loc = d.get("loc")
    if loc is not None:
        node.line = loc.start.line + line_offset
        node.column = loc.start.column
    if node.type == "Property" or node.type == "MethodDefinition":
        node.__dict__.setdefault("shorthand", False)
    if "_parenthesized" in d:
        node.parenthesized = bool(d["_parenthesized"])
    return node
