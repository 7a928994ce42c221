"""Parsing and matching the `_redirects` and `_headers` files of a site.

The syntax and matching follow Cloudflare Pages: a rule's path may contain one
splat `*` (captured as `:splat`) and `:name` placeholders (one path segment
each); the whole request path must match. Paths are compared in their
percent-encoded form, as they arrive in the request line, so captured values
can be substituted into a `Location` or header value without re-encoding.

An invalid line is skipped with a warning rather than failing the site, as
Pages does; the caller decides where warnings go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

REDIRECT_STATUSES = frozenset({200, 301, 302, 303, 307, 308})
DEFAULT_REDIRECT_STATUS = 302

_PLACEHOLDER = re.compile(r":([A-Za-z]\w*)")
_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
# Characters a rule may contain literally; anything else (spaces, non-ASCII) is
# percent-encoded so it compares equal to the encoded request path.
_RULE_SAFE = "!#$%&'()*+,/:;=?@[]~"


@dataclass(frozen=True)
class RedirectRule:
    source: str
    destination: str
    status: int
    pattern: re.Pattern[str]
    line: int


@dataclass(frozen=True)
class HeaderRule:
    source: str
    pattern: re.Pattern[str]
    set: tuple[tuple[str, str], ...]
    unset: tuple[str, ...]
    line: int


def compile_path_pattern(source: str) -> re.Pattern[str]:
    """Turn a rule path like `/blog/:year/*` into an anchored regex.

    Raises `ValueError` for more than one splat or a repeated placeholder.
    """
    pieces = quote(source, safe=_RULE_SAFE).split("*")
    if len(pieces) > 2:
        raise ValueError("only one * splat is allowed per rule")
    escaped = [_PLACEHOLDER.sub(r"(?P<\1>[^/]+)", re.escape(piece)) for piece in pieces]
    try:
        return re.compile("(?P<splat>.*)".join(escaped))
    except re.error as exc:
        raise ValueError(f"bad placeholder: {exc}") from None


def substitute(template: str, groups: dict[str, str]) -> str:
    """Replace `:name` in `template` with captured values; unknown names stay as written."""
    return _PLACEHOLDER.sub(lambda m: groups.get(m[1], m[0]), template)


def _groups(match: re.Match[str]) -> dict[str, str]:
    return {k: v for k, v in match.groupdict().items() if v is not None}


def parse_redirects(text: str, source: str = "_redirects") -> tuple[list[RedirectRule], list[str]]:
    """Parse `source destination [status]` lines; return (rules in file order, warnings)."""
    rules: list[RedirectRule] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        problem = None
        tokens = line.split()
        if len(tokens) not in (2, 3):
            problem = "expected `source destination [status]`"
        else:
            src, dest = tokens[0], tokens[1]
            status_text = tokens[2] if len(tokens) == 3 else str(DEFAULT_REDIRECT_STATUS)
            problem = _redirect_problem(src, dest, status_text, seen)
        if problem is None:
            try:
                pattern = compile_path_pattern(src)
            except ValueError as exc:
                problem = str(exc)
        if problem is not None:
            warnings.append(f"{source}:{lineno}: {problem}; line ignored: {line}")
            continue
        seen.add(src)
        rules.append(RedirectRule(src, dest, int(status_text), pattern, lineno))
    return rules, warnings


def _redirect_problem(src: str, dest: str, status_text: str, seen: set[str]) -> str | None:
    if not src.startswith("/"):
        return "the source must be a path starting with / (host-based rules are not supported)"
    if "?" in src:
        return "the source cannot contain a query string"
    if src in seen:
        return f"a rule for {src} already exists above"
    if not status_text.isdigit() or int(status_text) not in REDIRECT_STATUSES:
        return f"status must be one of {', '.join(map(str, sorted(REDIRECT_STATUSES)))}, got {status_text!r}"
    if dest.startswith("/"):
        return None
    if int(status_text) == 200:
        return "a 200 rewrite must point to a path on this site"
    if urlsplit(dest).scheme not in ("http", "https"):
        return "the destination must be a path starting with / or an http(s) URL"
    return None


def match_redirect(rules: list[RedirectRule], path: str) -> tuple[RedirectRule, str] | None:
    """First rule matching the encoded request `path`, with its substituted destination."""
    for rule in rules:
        match = rule.pattern.fullmatch(path)
        if match:
            destination = substitute(rule.destination, _groups(match))
            if destination.startswith("//") and not rule.destination.startswith("//"):
                # A captured value must not turn a local path into another host.
                destination = "/" + destination.lstrip("/")
            return rule, destination
    return None


@dataclass
class _HeaderBlock:
    source: str
    pattern: re.Pattern[str]
    line: int
    set: list[tuple[str, str]] = field(default_factory=list)
    unset: list[str] = field(default_factory=list)

    def add(self, line: str) -> str | None:
        """Add one indented header line; return a problem description or None."""
        if line.startswith("!"):
            name = line[1:].strip()
            if not _HEADER_NAME.match(name):
                return f"invalid header name {name!r}"
            self.unset.append(name)
            return None
        name, sep, value = line.partition(":")
        name, value = name.strip(), value.strip()
        if not sep:
            return "expected `Name: value` or `! Name`"
        if not _HEADER_NAME.match(name):
            return f"invalid header name {name!r}"
        if _CONTROL_CHARS.search(value):
            return "header values cannot contain control characters"
        self.set.append((name, value))
        return None


def parse_headers(text: str, source: str = "_headers") -> tuple[list[HeaderRule], list[str]]:
    """Parse path lines followed by indented `Name: value` / `! Name` lines."""
    blocks: list[_HeaderBlock] = []
    warnings: list[str] = []
    current: _HeaderBlock | None = None
    in_ignored_rule = False
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if raw[0] not in " \t":
            current = None
            try:
                if not line.startswith("/"):
                    raise ValueError("a path must start with / (host-based rules are not supported)")
                current = _HeaderBlock(line, compile_path_pattern(line), lineno)
            except ValueError as exc:
                warnings.append(f"{source}:{lineno}: {exc}; rule ignored: {line}")
            in_ignored_rule = current is None
            if current is not None:
                blocks.append(current)
        elif current is not None:
            problem = current.add(line)
            if problem is not None:
                warnings.append(f"{source}:{lineno}: {problem}; ignored: {line}")
        elif not in_ignored_rule:
            warnings.append(f"{source}:{lineno}: header line before any path; ignored: {line}")
    rules = [HeaderRule(b.source, b.pattern, tuple(b.set), tuple(b.unset), b.line) for b in blocks]
    return rules, warnings


def apply_header_rules(rules: list[HeaderRule], path: str,
                       headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Apply every rule matching `path`, in file order, to a copy of `headers`.

    The first rule to set a header replaces any value the response had; later
    rules setting the same header add to it (joined with ", ", except
    Set-Cookie which stays one line per value). `! Name` removes the header,
    including values set by earlier rules.
    """
    result = list(headers)
    set_by_rules: set[str] = set()
    for rule in rules:
        match = rule.pattern.fullmatch(path)
        if not match:
            continue
        for name in rule.unset:
            result = [(k, v) for k, v in result if k.lower() != name.lower()]
        groups = _groups(match)
        for name, template in rule.set:
            value = substitute(template, groups)
            lower = name.lower()
            existing = [i for i, (k, _) in enumerate(result) if k.lower() == lower]
            if lower not in set_by_rules:
                result = [(k, v) for k, v in result if k.lower() != lower]
                result.append((name, value))
                set_by_rules.add(lower)
            elif existing and lower != "set-cookie":
                key, old = result[existing[0]]
                result[existing[0]] = (key, f"{old}, {value}")
            else:
                result.append((name, value))
    return result
