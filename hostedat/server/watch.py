"""Noticing edits to a site directory by polling modification times.

Polling needs no extra dependency and behaves the same on every platform and
filesystem (including network mounts and containers where inotify events do
not arrive); for a dev site of a few thousand files a scan every half second
is cheap. Dot-directories (`.git`, `.hostedat`), `node_modules` and any extra
ignored directory (the `--persist-to` folder) are skipped, but dotfiles such as
`.dev.vars` are watched.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Awaitable, Callable, Iterable

Snapshot = dict[str, tuple[int, int]]


class PollingWatcher:
    def __init__(self, root: str | Path, *, ignore: Iterable[str | Path] = (), interval: float = 0.5):
        self.root = Path(root).resolve()
        self.interval = interval
        self._ignore = {Path(p).resolve() for p in ignore}
        self._snapshot = self.scan()

    def scan(self) -> Snapshot:
        """(mtime_ns, size) of every watched file, keyed by path relative to the root."""
        result: Snapshot = {}
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = [d for d in dirnames
                           if not d.startswith(".") and d != "node_modules"
                           and Path(dirpath, d).resolve() not in self._ignore]
            for name in filenames:
                path = os.path.join(dirpath, name)
                try:
                    info = os.stat(path)
                except OSError:
                    continue
                result[os.path.relpath(path, self.root)] = (info.st_mtime_ns, info.st_size)
        return result

    def changes(self) -> list[str]:
        """Relative paths added, removed or modified since the previous call."""
        current = self.scan()
        previous, self._snapshot = self._snapshot, current
        return sorted(p for p in current.keys() | previous.keys() if current.get(p) != previous.get(p))

    async def run(self, on_change: Callable[[list[str]], Awaitable[None]]) -> None:
        """Poll forever, awaiting `on_change(paths)` after each scan that found changes."""
        while True:
            await asyncio.sleep(self.interval)
            changed = await asyncio.to_thread(self.changes)
            if changed:
                await on_change(changed)
