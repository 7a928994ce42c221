"""`SiteHost`: everything one running site needs, swapped as a unit on reload.

The HTTP front end reads `host.worker`, `host.assets` and `host.load_error`
once per request, so a reload that replaces them never leaves a request
seeing half of the old site and half of the new one. A reload whose config is
invalid keeps the previous state; a worker that fails to load is reported in
the log and on every request (500 with the error) until a later reload fixes
it. Either way a typo while editing never stops `hostedat dev`.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Callable, Mapping

from hostedat.bindings import SiteStorage, build_env
from hostedat.bindings.assets import AssetServer
from hostedat.config import ConfigError, SiteConfig, load_config
from hostedat.runtime import load_worker
from hostedat.runtime.cron import CronScheduler
from hostedat.runtime.interface import MissingHandler, Worker

WorkerLoader = Callable[[SiteConfig, Mapping[str, Any]], Worker | None]
Log = Callable[[str], None]


def stderr_log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


class SiteHost:
    """Config, static pipeline, storage, env, worker and cron schedule of one site.

    Pass `worker` to use a ready-made worker (tests, embedding) instead of
    calling `worker_loader`; such a worker is kept across reloads.
    """

    def __init__(self, config: SiteConfig, *, worker: Worker | None = None,
                 worker_loader: WorkerLoader = load_worker, run_crons: bool = True, log: Log = stderr_log):
        self.config = config
        self.log = log
        self.storage = SiteStorage(config.state_dir)
        self.assets = self._make_assets(config)
        self.env: dict[str, Any] = {}
        self.worker = worker
        self.load_error: str | None = None
        self._fixed_worker = worker is not None
        self._loader = worker_loader
        self._run_crons = run_crons
        self._scheduler: CronScheduler | None = None

    async def start(self) -> None:
        """Build the env, load the worker and start the cron schedule."""
        self.env = build_env(self.config, self.storage, self.assets)
        if not self._fixed_worker:
            self._load_worker(self.config, self.env)
        self._start_scheduler()

    async def reload(self) -> bool:
        """Re-read the config and reload the worker; False (and a log line) if that failed."""
        try:
            config = load_config(self.config.site_dir, persist_to=self.config.state_dir)
        except ConfigError as exc:
            self.log(f"config error, keeping the previous config: {exc}")
            return False
        assets = self._make_assets(config)
        env = build_env(config, self.storage, assets)
        old_worker = self.worker
        if not self._fixed_worker:
            self._load_worker(config, env)
        crons_changed = config.crons != self.config.crons
        self.config, self.assets, self.env = config, assets, env
        if old_worker is not None and old_worker is not self.worker:
            await old_worker.close()
        if crons_changed:
            await self._stop_scheduler()
            self._start_scheduler()
        return self.load_error is None

    async def run_scheduled(self, cron: str, scheduled_time: int) -> None:
        """Deliver one cron trigger to the current worker (no-op without one)."""
        worker = self.worker
        if worker is None:
            return
        started = time.perf_counter()
        try:
            await worker.handle_scheduled(cron, scheduled_time)
        except MissingHandler:
            self.log(f"cron {cron!r} fired but the worker has no scheduled handler")
            return
        except Exception as exc:
            self.log(f"cron {cron!r} failed: {type(exc).__name__}: {exc}")
            return
        self.log(f"cron {cron!r} ok {(time.perf_counter() - started) * 1000:.1f}ms")

    async def close(self) -> None:
        await self._stop_scheduler()
        if self.worker is not None:
            await self.worker.close()
            self.worker = None
        self.storage.close()

    def _load_worker(self, config: SiteConfig, env: Mapping[str, Any]) -> None:
        """Set `worker` from the loader, or clear it and record `load_error`."""
        try:
            self.worker, self.load_error = self._loader(config, env), None
        except Exception as exc:
            self.worker = None
            self.load_error = f"{config.main}: {type(exc).__name__}: {exc}"
            self.log(f"worker failed to load: {self.load_error}")

    def _make_assets(self, config: SiteConfig) -> AssetServer:
        hidden = [config.main]
        if config.state_dir.is_relative_to(config.site_dir):
            hidden.append(config.state_dir.relative_to(config.site_dir).as_posix())
        return AssetServer(config.site_dir, spa=config.assets.spa, hidden=hidden, on_warning=self.log)

    def _start_scheduler(self) -> None:
        if self._run_crons and self.config.crons:
            self._scheduler = CronScheduler(self.config.crons, self.run_scheduled)
            self._scheduler.start()

    async def _stop_scheduler(self) -> None:
        if self._scheduler is not None:
            await self._scheduler.stop()
            self._scheduler = None
