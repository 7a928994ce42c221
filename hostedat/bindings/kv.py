"""KV namespaces stored in one SQLite file per site (`<state dir>/kv.sqlite3`).

This is the Python half of the KV binding; the JS-facing `env.NS.get/put/...`
wrapper converts types and returns promises on top of it. Limits follow
Workers KV where they affect program behaviour: keys are 1-512 UTF-8 bytes and
not "." or "..", values at most `MAX_VALUE_BYTES`, metadata at most 1024 bytes
of JSON, and expirations at least 60 seconds ahead. Breaking a limit raises
`KVError` (a `ValueError`) with a message suitable for the JS exception.

Expired keys are invisible to `get` and `list` and deleted when next touched;
there is no background sweeper. All namespaces share a table keyed by
(namespace, key), in WAL mode with `synchronous=FULL` so an acknowledged write
survives a crash. `now` is injectable so expiry can be tested without waiting.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Callable

MAX_KEY_BYTES = 512
MAX_VALUE_BYTES = 1024 * 1024
MAX_METADATA_BYTES = 1024
MIN_EXPIRATION_TTL = 60
MAX_LIST_LIMIT = 1000

KV_FILE_NAME = "kv.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS kv (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB NOT NULL,
    metadata TEXT,
    expiration INTEGER,
    PRIMARY KEY (namespace, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS kv_expiration ON kv (namespace, expiration) WHERE expiration IS NOT NULL;
"""


class KVError(ValueError):
    """A KV operation broke a limit or got a bad argument."""


class KVStore:
    """The SQLite file holding every KV namespace of one site.

    Safe to share between threads (the JS runtime may call from its own
    thread): each operation holds a lock around one short statement.
    """

    def __init__(self, path: str | Path, *, now: Callable[[], float] = time.time):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._now = now
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def namespace(self, name: str) -> KVNamespace:
        return KVNamespace(self, name)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> KVStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _execute(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()


class KVNamespace:
    """One namespace inside a `KVStore`; the object handed to the JS binding."""

    def __init__(self, store: KVStore, name: str):
        self.store = store
        self.name = name

    def get(self, key: str) -> tuple[bytes, str | None] | None:
        """Return (value, metadata as JSON text or None), or None if absent or expired."""
        _check_key(key)
        rows = self.store._execute(
            "SELECT value, metadata, expiration FROM kv WHERE namespace = ? AND key = ?",
            (self.name, key))
        if not rows:
            return None
        value, metadata, expiration = rows[0]
        if expiration is not None and expiration <= self.store._now():
            self.store._execute(
                "DELETE FROM kv WHERE namespace = ? AND key = ? AND expiration <= ?",
                (self.name, key, self.store._now()))
            return None
        return bytes(value), metadata

    def put(self, key: str, value: bytes, *, metadata: Any = None,
            expiration: float | None = None, expiration_ttl: float | None = None) -> None:
        """Store `value` under `key`, replacing any previous value and metadata.

        `expiration` is absolute (Unix seconds), `expiration_ttl` relative
        (seconds from now); either must be at least 60 seconds ahead.
        """
        _check_key(key)
        if not isinstance(value, (bytes, bytearray, memoryview)):
            raise KVError(f"KV value must be bytes, got {type(value).__name__}")
        value = bytes(value)
        if len(value) > MAX_VALUE_BYTES:
            raise KVError(
                f"KV value for key {key!r} is {len(value)} bytes; the limit is {MAX_VALUE_BYTES} bytes")
        metadata_json = _encode_metadata(metadata)
        expires_at = self._expiration(expiration, expiration_ttl)
        self.store._execute(
            "INSERT OR REPLACE INTO kv (namespace, key, value, metadata, expiration) VALUES (?, ?, ?, ?, ?)",
            (self.name, key, value, metadata_json, expires_at))

    def delete(self, key: str) -> None:
        """Remove `key`; deleting a missing key is not an error."""
        _check_key(key)
        self.store._execute("DELETE FROM kv WHERE namespace = ? AND key = ?", (self.name, key))

    def list(self, prefix: str = "", limit: int = MAX_LIST_LIMIT, cursor: str | None = None) -> dict[str, Any]:
        """List live keys in UTF-8 byte order, `limit` at a time.

        Returns `{"keys": [{"name", "expiration"?, "metadata"?}], "list_complete": bool}`
        plus `"cursor"` (opaque; pass it back for the next page) when more keys remain.
        `metadata` is JSON text, as in `get`.
        """
        if not isinstance(prefix, str):
            raise KVError(f"KV list prefix must be a string, got {type(prefix).__name__}")
        if type(limit) is not int or not 1 <= limit <= MAX_LIST_LIMIT:
            raise KVError(f"KV list limit must be an integer from 1 to {MAX_LIST_LIMIT}, got {limit!r}")
        after = _decode_cursor(cursor) if cursor else ""
        now = self.store._now()
        self.store._execute(
            "DELETE FROM kv WHERE namespace = ? AND expiration IS NOT NULL AND expiration <= ?",
            (self.name, now))
        rows = self.store._execute(
            "SELECT key, metadata, expiration FROM kv"
            " WHERE namespace = ? AND substr(key, 1, ?) = ? AND key > ?"
            " AND (expiration IS NULL OR expiration > ?)"
            " ORDER BY key LIMIT ?",
            (self.name, len(prefix), prefix, after, now, limit + 1))
        keys = []
        for name, metadata, expires_at in rows[:limit]:
            entry: dict[str, Any] = {"name": name}
            if expires_at is not None:
                entry["expiration"] = expires_at
            if metadata is not None:
                entry["metadata"] = metadata
            keys.append(entry)
        result: dict[str, Any] = {"keys": keys, "list_complete": len(rows) <= limit}
        if not result["list_complete"]:
            result["cursor"] = _encode_cursor(keys[-1]["name"])
        return result

    def _expiration(self, expiration: float | None, expiration_ttl: float | None) -> int | None:
        if expiration is not None and expiration_ttl is not None:
            raise KVError("pass either expiration or expiration_ttl, not both")
        now = self.store._now()
        if expiration_ttl is not None:
            _check_number(expiration_ttl, "expiration_ttl")
            if expiration_ttl < MIN_EXPIRATION_TTL:
                raise KVError(
                    f"KV expiration_ttl must be at least {MIN_EXPIRATION_TTL} seconds, got {expiration_ttl}")
            return int(now + expiration_ttl)
        if expiration is not None:
            _check_number(expiration, "expiration")
            if expiration < now + MIN_EXPIRATION_TTL:
                raise KVError(
                    f"KV expiration must be at least {MIN_EXPIRATION_TTL} seconds in the future "
                    f"(got {expiration}, now is {int(now)})")
            return int(expiration)
        return None


def _check_key(key: str) -> None:
    if not isinstance(key, str):
        raise KVError(f"KV key must be a string, got {type(key).__name__}")
    if key in ("", ".", ".."):
        raise KVError(f"KV key {key!r} is not allowed (keys cannot be empty, '.' or '..')")
    try:
        size = len(key.encode("utf-8"))
    except UnicodeEncodeError:
        raise KVError("KV key must be valid Unicode (it contains a lone surrogate)") from None
    if size > MAX_KEY_BYTES:
        raise KVError(f"KV key is {size} bytes long; the limit is {MAX_KEY_BYTES} bytes")


def _check_number(value: Any, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise KVError(f"KV {name} must be a number of seconds, got {value!r}")


def _encode_metadata(metadata: Any) -> str | None:
    if metadata is None:
        return None
    try:
        text = json.dumps(metadata, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise KVError(f"KV metadata must be JSON-serializable: {exc}") from None
    size = len(text.encode("utf-8"))
    if size > MAX_METADATA_BYTES:
        raise KVError(f"KV metadata is {size} bytes as JSON; the limit is {MAX_METADATA_BYTES} bytes")
    return text


def _encode_cursor(last_key: str) -> str:
    return base64.urlsafe_b64encode(last_key.encode("utf-8")).decode("ascii")


def _decode_cursor(cursor: str) -> str:
    try:
        return base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8")
    except (binascii.Error, UnicodeError, AttributeError):
        raise KVError(f"invalid KV list cursor {cursor!r}") from None
