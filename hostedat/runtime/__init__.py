"""Running a site's worker: the plug-in point for the pyjs runtime.

`load_worker` is the single function the host calls to turn a site's
`_worker.js` into a `Worker` (see `interface.py`): a `PyjsWorker` running the
module on pyjs, or None when the site has no worker (static pipeline only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from hostedat.runtime.interface import FetchRequest, FetchResponse, MissingHandler, Worker

if TYPE_CHECKING:
    from hostedat.config import SiteConfig

__all__ = ["FetchRequest", "FetchResponse", "MissingHandler", "Worker", "load_worker"]


def load_worker(config: SiteConfig, env: Mapping[str, Any]) -> Worker | None:
    """Compile and start the site's worker, or return None when there is none to run.

    `env` holds the Python side of every binding, keyed by its name on the JS
    `env` object (built by `hostedat.bindings.build_env`):
      - `[vars]` values: str, int, float, bool, list or dict (JSON-shaped);
      - secrets (`[secrets]`, `.dev.vars`): str;
      - `[[kv_namespaces]]`: `hostedat.bindings.kv.KVNamespace`;
      - `ASSETS`: `hostedat.bindings.assets.AssetServer` (call `.serve(...)`).
    The worker source is `config.main_path`; pool size and timeout are in
    `config.worker`.
    """
    main = config.main_path
    if not main.is_file():
        return None
    from hostedat.runtime.worker import PyjsWorker
    from hostedat.runtime.host import stderr_log
    return PyjsWorker(config, env, stderr_log)
