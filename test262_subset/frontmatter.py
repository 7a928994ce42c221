"""Test262 frontmatter: the YAML block between ``/*---`` and ``---*/``.

PyYAML is not a dependency of the project, so this module carries a small,
forgiving parser for the subset of YAML that test262 metadata uses:

* top-level ``key: value`` pairs (plain, single- or double-quoted scalars);
* block scalars (``key: |`` and ``key: >``, with optional chomping marks);
* plain scalars continued on more-indented lines (folded with spaces);
* flow sequences ``[a, b]``, also spread over several lines;
* block sequences (``- a`` lines, indented or at the key's own indentation);
* nested mappings (``negative:`` with ``phase``/``type``) and flow mappings.

Values are strings, lists and dicts; nothing is converted to numbers or
booleans (no key the runner reads needs that).  The parser never raises on
odd input: at worst a value comes back as a string.  ``tests/test_test262.py``
compares it with PyYAML (when installed) on every test file of the subset.

https://github.com/tc39/test262/blob/main/INTERPRETING.md#metadata
"""
import re

__all__ = ["extract_frontmatter", "parse_frontmatter", "parse_yaml", "TestMeta", "test_meta"]

_BLOCK = re.compile(r"/\*---(.*?)---\*/", re.S)


def extract_frontmatter(source):
    """The YAML text of the frontmatter, or ``None`` if the file has none."""
    m = _BLOCK.search(source)
    return m.group(1) if m else None


def parse_frontmatter(source):
    """The frontmatter of a test file as a dict (empty when absent)."""
    text = extract_frontmatter(source)
    if text is None:
        return {}
    try:
        data = parse_yaml(text)
    except Exception:       # never let odd metadata crash the runner
        return {}
    return data if isinstance(data, dict) else {}


# -- the YAML subset -------------------------------------------------------------------

def _indent(line):
    return len(line) - len(line.lstrip(" "))


def _blank(line):
    s = line.strip()
    return not s or s.startswith("#")


def _strip_comment(s):
    """Remove a trailing `` # comment`` outside quotes."""
    if "#" not in s:
        return s
    quote = None
    for i, ch in enumerate(s):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or s[i - 1] in " \t"):
            return s[:i].rstrip()
    return s


_DQ_ESCAPE = re.compile(r"\\(.)", re.S)
_DQ_MAP = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", " ": " ", "\n": ""}


def _scalar(s):
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        body = s[1:-1]
        if s[0] == "'":
            return body.replace("''", "'")
        return _DQ_ESCAPE.sub(lambda m: _DQ_MAP.get(m.group(1), m.group(1)), body)
    return s


def _split_flow(body):
    """Split the inside of ``[...]``/``{...}`` at top-level commas."""
    items, depth, quote, cur = [], 0, None, []
    for ch in body:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    items.append("".join(cur))
    return [i.strip() for i in items if i.strip()]


def _flow(s):
    """A flow collection (``[...]`` or ``{...}``) or scalar from its text."""
    s = s.strip()
    if s.startswith("[") and s.endswith("]"):
        return [_flow(i) for i in _split_flow(s[1:-1])]
    if s.startswith("{") and s.endswith("}"):
        out = {}
        for item in _split_flow(s[1:-1]):
            k, _, v = item.partition(":")
            out[_scalar(k)] = _flow(v) if v.strip() else None
        return out
    return _scalar(s)


def _balanced(s):
    depth, quote = 0, None
    for ch in s:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return depth <= 0


_KEY = re.compile(r"^([A-Za-z0-9_$.\-]+|'[^']*'|\"[^\"]*\")\s*:(?:\s+|$)(.*)$")


def parse_yaml(text):
    """Parse the YAML subset described in the module docstring."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [ln.replace("\t", "    ") for ln in lines]
    value, _ = _parse_block(lines, 0, None)
    return value


def _next_content(lines, i):
    while i < len(lines) and _blank(lines[i]):
        i += 1
    return i


def _parse_block(lines, i, parent_indent):
    """Parse a mapping or sequence whose lines are indented more than ``parent_indent``."""
    i = _next_content(lines, i)
    if i >= len(lines):
        return None, i
    indent = _indent(lines[i])
    if parent_indent is not None and indent <= parent_indent:
        return None, i
    if lines[i].lstrip().startswith("- ") or lines[i].strip() == "-":
        return _parse_seq(lines, i, indent)
    return _parse_map(lines, i, indent)


def _parse_seq(lines, i, indent):
    out = []
    while True:
        i = _next_content(lines, i)
        if i >= len(lines) or _indent(lines[i]) != indent:
            break
        s = lines[i].strip()
        if not (s.startswith("- ") or s == "-"):
            break
        item = _strip_comment(s[1:].strip())
        i += 1
        if item.startswith(("[", "{")):
            while not _balanced(item) and i < len(lines):
                item += " " + lines[i].strip()
                i += 1
            out.append(_flow(item))
        elif _KEY.match(item):
            # "- key: value" starts a mapping inside the sequence
            sub = [" " * (indent + 2) + item]
            while i < len(lines) and (_blank(lines[i]) or _indent(lines[i]) > indent):
                sub.append(lines[i])
                i += 1
            value, _ = _parse_map(sub, 0, indent + 2)
            out.append(value)
        else:
            out.append(_scalar(item))
    return out, i


def _parse_map(lines, i, indent):
    out = {}
    while True:
        i = _next_content(lines, i)
        if i >= len(lines):
            break
        line = lines[i]
        ind = _indent(line)
        if ind < indent:
            break
        if ind > indent:        # stray over-indented line: skip it
            i += 1
            continue
        m = _KEY.match(line.strip())
        if not m:
            i += 1
            continue
        key = _scalar(m.group(1))
        rest = m.group(2).strip()
        i += 1
        if rest[:1] in ("|", ">"):
            value, i = _block_scalar(lines, i, indent, rest)
        elif rest.startswith(("[", "{")):
            rest = _strip_comment(rest)
            while not _balanced(rest) and i < len(lines):
                rest += " " + _strip_comment(lines[i].strip())
                i += 1
            value = _flow(rest)
        elif rest == "" or rest.startswith("#"):
            j = _next_content(lines, i)
            if j < len(lines) and _indent(lines[j]) == indent and lines[j].lstrip().startswith("- "):
                value, i = _parse_seq(lines, j, indent)
            else:
                value, i = _parse_block(lines, i, indent)
        else:
            parts = [_strip_comment(rest) if rest[0] not in "'\"" else rest]
            # a plain or quoted scalar may continue on more-indented lines
            while i < len(lines):
                nxt = lines[i]
                if _blank(nxt) and not nxt.strip().startswith("#"):
                    j = _next_content(lines, i)
                    if j < len(lines) and _indent(lines[j]) > indent:
                        parts.append("\n")
                        i = j
                        continue
                    break
                if _indent(nxt) <= indent:
                    break
                parts.append(_strip_comment(nxt.strip()) if parts[0][:1] not in "'\"" else nxt.strip())
                i += 1
            text = ""
            for p in parts:
                if p == "\n":
                    text += "\n"
                elif text and not text.endswith("\n"):
                    text += " " + p
                else:
                    text += p
            value = _scalar(text)
        out[key] = value
    return out, i


def _block_scalar(lines, i, indent, header):
    style = header[0]
    chomp = "+" if "+" in header else ("-" if "-" in header else "")
    body = []
    block_indent = None
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            body.append("")
            i += 1
            continue
        ind = _indent(line)
        if ind <= indent:
            break
        if block_indent is None:
            block_indent = ind
        if ind < block_indent:
            break
        body.append(line[block_indent:])
        i += 1
    # trailing blank lines belong to chomping, not content
    trailing = 0
    while body and body[-1] == "":
        body.pop()
        trailing += 1
    if style == "|":
        text = "\n".join(body)
    else:
        text, prev_blank = "", True
        for ln in body:
            if ln == "":
                text += "\n"
                prev_blank = True
            elif ln.startswith(" "):
                text += ("\n" if text and not text.endswith("\n") else "") + ln + "\n"
                prev_blank = True
            else:
                if not prev_blank and text and not text.endswith("\n"):
                    text += " "
                text += ln
                prev_blank = False
        text = text.rstrip("\n") if not text.endswith(" \n") else text
    if chomp == "-" or not body:
        return text, i
    if chomp == "+":
        return text + "\n" * (trailing + 1), i
    return text + "\n", i


# -- the metadata the runner uses -------------------------------------------------------

def _as_list(v):
    if v is None:
        return []
    if isinstance(v, list):
        return [str(x) for x in v if x is not None and x != ""]
    if isinstance(v, str):
        v = v.strip()
        return [v] if v else []
    return [str(v)]


class TestMeta:
    """The frontmatter fields that decide how a test runs."""

    __slots__ = ("description", "includes", "flags", "features", "negative_phase",
                 "negative_type", "raw_meta")

    def __init__(self, meta):
        self.raw_meta = meta
        d = meta.get("description")
        self.description = d.strip() if isinstance(d, str) else ""
        self.includes = _as_list(meta.get("includes"))
        self.flags = set(_as_list(meta.get("flags")))
        self.features = _as_list(meta.get("features"))
        neg = meta.get("negative")
        if isinstance(neg, dict):
            self.negative_phase = str(neg.get("phase") or "").strip() or None
            self.negative_type = str(neg.get("type") or "").strip() or None
        else:
            self.negative_phase = self.negative_type = None

    @property
    def negative(self):
        return self.negative_phase is not None or self.negative_type is not None

    @property
    def is_module(self):
        return "module" in self.flags

    @property
    def is_async(self):
        return "async" in self.flags

    @property
    def is_raw(self):
        return "raw" in self.flags

    def modes(self):
        """The strictness modes the test must pass in: a list of ``"strict"``/``"sloppy"``/``"module"``.

        https://github.com/tc39/test262/blob/main/INTERPRETING.md#strict-mode
        """
        f = self.flags
        if "module" in f:
            return ["module"]
        if "raw" in f:
            return ["sloppy"]
        if "onlyStrict" in f:
            return ["strict"]
        if "noStrict" in f:
            return ["sloppy"]
        return ["sloppy", "strict"]

    def harness_files(self):
        """Harness files evaluated before the test, in order (none for ``raw``)."""
        if "raw" in self.flags:
            return []
        files = ["assert.js", "sta.js"]
        if "async" in self.flags:
            files.append("doneprintHandle.js")
        for inc in self.includes:
            if inc not in files:
                files.append(inc)
        return files


def test_meta(source):
    return TestMeta(parse_frontmatter(source))


test_meta.__test__ = False      # not a pytest test
TestMeta.__test__ = False
