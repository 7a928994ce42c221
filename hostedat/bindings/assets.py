"""The static pipeline: serving a site's files the way Cloudflare Pages does.

`AssetServer.serve(method, path_with_query, headers)` is transport-neutral so
the dev server (for sites without a worker) and the worker's
`env.ASSETS.fetch(request)` go through exactly the same steps:

1. refuse malformed paths (encoded slashes or backslashes, NUL, `.`/`..`
   segments, invalid UTF-8) with 400;
2. apply the first matching `_redirects` rule (a 200 rule rewrites the path);
3. allow only GET and HEAD (405 otherwise);
4. resolve the path with Pages' HTML handling: `/about` serves `about.html`,
   `/about.html` and `/about/` redirect (308) to `/about`, `/dir` redirects to
   `/dir/`, and `/dir/index.html` to `/dir/`;
5. on a miss, serve the nearest ancestor `404.html` with status 404, else in
   SPA mode `/index.html` with 200, else a plain 404;
6. add Pages' default headers and the matching `_headers` rules.

A 200 rewrite serves its target directly, without the step-4 redirects: a
rewrite to `/index.html` must not redirect the browser to `/`.

Files are only ever served from inside the site directory after symlinks are
resolved, and never the host's own files (`_worker.js`, `_redirects`,
`_headers`, `hostedat.toml`) nor any dotfile or dot-directory (`.dev.vars`,
`.hostedat/`, `.git/`). Strong ETags are content hashes, cached per file by
mtime and size, so a 304 costs a `stat` and no read.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Mapping
from urllib.parse import quote, unquote, urlsplit

from hostedat.bindings.asset_rules import (
    HeaderRule, RedirectRule, apply_header_rules, match_redirect, parse_headers, parse_redirects,
)

REDIRECTS_FILE = "_redirects"
HEADERS_FILE = "_headers"
ALWAYS_HIDDEN = ("_worker.js", REDIRECTS_FILE, HEADERS_FILE, "hostedat.toml")
CACHE_CONTROL = "public, max-age=0, must-revalidate"
_PATH_SAFE = "/!$&'()*+,;=:@~"

_CONTENT_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".css": "text/css",
    ".js": "text/javascript", ".mjs": "text/javascript", ".cjs": "text/javascript",
    ".json": "application/json", ".map": "application/json",
    ".webmanifest": "application/manifest+json", ".wasm": "application/wasm",
    ".txt": "text/plain", ".md": "text/markdown", ".csv": "text/csv", ".xml": "application/xml",
    ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
    ".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif", ".ico": "image/x-icon",
    ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf",
    ".pdf": "application/pdf", ".zip": "application/zip", ".mp4": "video/mp4",
    ".webm": "video/webm", ".mp3": "audio/mpeg",
}
_TEXT_LIKE = {"application/json", "application/javascript", "application/xml",
              "application/manifest+json", "image/svg+xml"}


def content_type_for(name: str) -> str:
    """The Content-Type for a file name; text types carry `charset=utf-8`."""
    suffix = PurePosixPath(name).suffix.lower()
    mime = _CONTENT_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    if mime.startswith("text/") or mime in _TEXT_LIKE or mime.endswith(("+json", "+xml")):
        return f"{mime}; charset=utf-8"
    return mime


@dataclass
class AssetResponse:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        """The first value of header `name` (any case), or None."""
        lower = name.lower()
        return next((v for k, v in self.headers if k.lower() == lower), None)


@dataclass(frozen=True)
class _Asset:
    path: Path
    size: int
    etag: str
    content_type: str


@dataclass
class _RulesFile:
    signature: tuple[int, int] | None = None
    rules: list = field(default_factory=list)


class AssetServer:
    """Serves one site directory; `hidden` adds site-relative paths never to serve."""

    def __init__(self, site_dir: str | Path, *, spa: bool = False, hidden: Iterable[str] = (),
                 on_warning: Callable[[str], None] | None = None):
        self.root = Path(site_dir).resolve()
        self.spa = spa
        self._hidden = {PurePosixPath(h).parts for h in (*ALWAYS_HIDDEN, *hidden)}
        self._on_warning = on_warning
        self._etags: dict[Path, tuple[int, int, str]] = {}
        self._rule_files: dict[str, _RulesFile] = {}

    def serve(self, method: str, target: str, headers: Mapping[str, str] | None = None) -> AssetResponse:
        """Answer a request for `target` (`/path?query`, or a full URL whose
        origin is ignored) with the request `headers` (any case)."""
        if target.startswith(("http://", "https://")):
            parts = urlsplit(target)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        request_headers = {k.lower(): v for k, v in (headers or {}).items()}
        raw_path, _, query = target.partition("?")
        search = f"?{query}" if query else ""
        method = method.upper()
        path = _decode_path(raw_path)
        if path is None:
            response = _text_response(400, "Bad Request")
        else:
            response = self._respond(method, raw_path, path, search, request_headers)
        response.headers = apply_header_rules(self._header_rules(), raw_path, _with_default_headers(response))
        if method == "HEAD":
            response.body = b""
        return response

    def _respond(self, method: str, raw_path: str, path: str, search: str,
                 request_headers: dict[str, str]) -> AssetResponse:
        matched = match_redirect(self._redirect_rules(), raw_path)
        if matched is not None and matched[0].status != 200:
            return _redirect(matched[0].status, _location(matched[1], search))
        if method not in ("GET", "HEAD"):
            response = _text_response(405, "Method Not Allowed")
            response.headers.append(("Allow", "GET, HEAD"))
            return response
        if matched is None:
            return self._resolve(path, search, method, request_headers)
        rewritten = _decode_path(urlsplit(matched[1]).path)
        asset = self._rewrite_target(rewritten) if rewritten is not None else None
        if asset is not None:
            return self._file_response(asset, method, request_headers)
        return self._not_found(path, method, request_headers)

    def _resolve(self, path: str, search: str, method: str, request_headers: dict[str, str]) -> AssetResponse:
        """Pages' HTML handling ("auto trailing slash"), step by step."""
        def serve(asset: _Asset) -> AssetResponse:
            return self._file_response(asset, method, request_headers)

        def redirect(to_path: str) -> AssetResponse:
            return _redirect(308, _location(quote(to_path, safe=_PATH_SAFE), search))

        if path.endswith("/"):
            if asset := self._find(path + "index.html"):
                return serve(asset)
            if path.endswith("/index/"):
                return redirect(path[: -len("index/")])
            if len(path) > 1 and self._find(path[:-1] + ".html"):
                return redirect(path[:-1])
            return self._not_found(path, method, request_headers)
        if asset := self._find(path):
            if not path.endswith(".html"):
                return serve(asset)
            stem = path[: -len(".html")]
            if stem.endswith("/index"):
                return redirect(stem[: -len("index")])
            if self._find(stem):
                return serve(asset)
            return redirect(stem)
        if path.endswith("/index"):
            return redirect(path[: -len("index")])
        if asset := self._find(path + ".html"):
            return serve(asset)
        if self._find(path + "/index.html"):
            return redirect(path + "/")
        return self._not_found(path, method, request_headers)

    def _rewrite_target(self, path: str) -> _Asset | None:
        if path.endswith("/"):
            return self._find(path + "index.html")
        return self._find(path) or self._find(path + ".html") or self._find(path + "/index.html")

    def _not_found(self, path: str, method: str, request_headers: dict[str, str]) -> AssetResponse:
        directory = path
        while directory:
            directory = directory[: directory.rfind("/")]
            if page := self._find(f"{directory}/404.html"):
                body = page.path.read_bytes()
                headers = [("Content-Type", page.content_type), ("Content-Length", str(len(body)))]
                return AssetResponse(404, headers, body)
        if self.spa and (index := self._find("/index.html")):
            return self._file_response(index, method, request_headers)
        return _text_response(404, "Not Found")

    def _file_response(self, asset: _Asset, method: str, request_headers: dict[str, str]) -> AssetResponse:
        headers = [("Content-Type", asset.content_type), ("ETag", asset.etag), ("Cache-Control", CACHE_CONTROL)]
        if _etag_matches(request_headers.get("if-none-match"), asset.etag):
            return AssetResponse(304, [h for h in headers if h[0] != "Content-Type"])
        body = b"" if method == "HEAD" else asset.path.read_bytes()
        headers.append(("Content-Length", str(asset.size if method == "HEAD" else len(body))))
        return AssetResponse(200, headers, body)

    def _find(self, url_path: str) -> _Asset | None:
        """The regular file a decoded URL path names, if it may be served."""
        parts = url_path.split("/")[1:]
        if not parts or any(p in ("", ".", "..") for p in parts) or self._is_hidden(parts):
            return None
        try:
            real = self.root.joinpath(*parts).resolve(strict=True)
            info = real.stat()
        except (OSError, RuntimeError):
            return None
        if not stat.S_ISREG(info.st_mode) or not real.is_relative_to(self.root):
            return None
        if self._is_hidden(real.relative_to(self.root).parts):
            return None
        return _Asset(real, info.st_size, self._etag(real, info), content_type_for(real.name))

    def _is_hidden(self, parts: Iterable[str]) -> bool:
        parts = tuple(parts)
        if any(p.startswith(".") for p in parts):
            return True
        return any(parts[: len(hidden)] == hidden for hidden in self._hidden)

    def _etag(self, path: Path, info: os.stat_result) -> str:
        cached = self._etags.get(path)
        if cached and cached[:2] == (info.st_mtime_ns, info.st_size):
            return cached[2]
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        etag = f'"{digest.hexdigest()[:32]}"'
        self._etags[path] = (info.st_mtime_ns, info.st_size, etag)
        return etag

    def _redirect_rules(self) -> list[RedirectRule]:
        return self._load_rules(REDIRECTS_FILE, parse_redirects)

    def _header_rules(self) -> list[HeaderRule]:
        return self._load_rules(HEADERS_FILE, parse_headers)

    def _load_rules(self, name: str, parse: Callable) -> list:
        """Rules from `name` in the site root, re-parsed whenever the file changes."""
        cache = self._rule_files.setdefault(name, _RulesFile())
        path = self.root / name
        try:
            info = path.stat()
            signature = (info.st_mtime_ns, info.st_size)
        except OSError:
            signature = None
        if signature != cache.signature:
            cache.signature = signature
            cache.rules = []
            if signature is not None:
                text = path.read_text(encoding="utf-8", errors="replace")
                cache.rules, warnings = parse(text, name)
                for warning in warnings:
                    if self._on_warning is not None:
                        self._on_warning(warning)
        return cache.rules


def _decode_path(raw_path: str) -> str | None:
    """The decoded path, or None when it could reach outside its own segments."""
    lowered = raw_path.lower()
    if not raw_path.startswith("/") or "\\" in raw_path or "\0" in raw_path \
            or "%2f" in lowered or "%5c" in lowered or "%00" in lowered:
        return None
    try:
        path = unquote(raw_path, errors="strict")
    except UnicodeDecodeError:
        return None
    if any(segment in (".", "..") for segment in path.split("/")):
        return None
    return path


def _location(destination: str, search: str) -> str:
    """A Location value: the (encoded) destination, keeping the request's query
    string unless the destination has its own."""
    if urlsplit(destination).query:
        return destination
    base, hash_mark, fragment = destination.partition("#")
    return f"{base}{search}{hash_mark}{fragment}"


def _etag_matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    for candidate in if_none_match.split(","):
        candidate = candidate.strip()
        if candidate == "*" or candidate.removeprefix("W/") == etag:
            return True
    return False


def _redirect(status: int, location: str) -> AssetResponse:
    return AssetResponse(status, [("Location", location), ("Content-Length", "0")])


def _text_response(status: int, text: str) -> AssetResponse:
    body = text.encode()
    return AssetResponse(status, [("Content-Type", "text/plain; charset=utf-8"),
                                  ("Content-Length", str(len(body)))], body)


def _with_default_headers(response: AssetResponse) -> list[tuple[str, str]]:
    """Headers Pages adds to every asset response."""
    extra = [("Access-Control-Allow-Origin", "*"), ("Referrer-Policy", "strict-origin-when-cross-origin")]
    if response.header("content-type"):
        extra.append(("X-Content-Type-Options", "nosniff"))
    return response.headers + extra
