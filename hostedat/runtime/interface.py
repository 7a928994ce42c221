"""The seam between the host (HTTP server, cron scheduler) and a worker runtime.

The host speaks only these plain data types, never aiohttp or JS objects, so
the pyjs-backed runtime, a test double and any future runtime are
interchangeable: anything with the methods of `Worker` can serve a site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import AsyncIterator, Protocol, runtime_checkable


class MissingHandler(Exception):
    """The worker module does not export the handler asked for (e.g. no `scheduled`).

    The dev server answers `/__scheduled` with 404 for it, and a fetch with 500.
    """


@dataclass
class FetchRequest:
    """An incoming HTTP request as the worker's `fetch(request)` should see it.

    `url` is absolute (`http://host:port/path?query`); `headers` keeps order and
    repeats exactly as received; `body` is the whole request body (b"" if none).
    """

    method: str
    url: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""


@dataclass
class FetchResponse:
    """What the worker answered. `body` is bytes, or an async iterator of byte
    chunks for a streamed response (sent with chunked transfer encoding)."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | AsyncIterator[bytes] = b""


@runtime_checkable
class Worker(Protocol):
    """A loaded `_worker.js` (or a stand-in) ready to handle events."""

    async def handle_fetch(self, request: FetchRequest) -> FetchResponse:
        """Run the module's `fetch` handler; raise `MissingHandler` if it has none."""
        ...

    async def handle_scheduled(self, cron: str, scheduled_time: int) -> None:
        """Run the module's `scheduled` handler for `cron`; `scheduled_time` is
        milliseconds since the Unix epoch. Raise `MissingHandler` if it has none."""
        ...

    async def close(self) -> None:
        """Release realms, threads and timers; called when a reload replaces this worker."""
        ...
