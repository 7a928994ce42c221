"""Bindings: the Python objects behind a worker's `env`, and the storage they own.

`SiteStorage` opens each store under the site's state folder on first use (a
static-only site never creates `.hostedat/`), and `build_env` turns a
`SiteConfig` into the `{name: object}` map handed to the worker runtime. A new
binding kind registers its config shape in `hostedat.config` and its factory in
`BINDING_FACTORIES` here.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

from hostedat.bindings.assets import AssetServer
from hostedat.bindings.kv import KV_FILE_NAME, KVStore
from hostedat.config import ASSETS_BINDING, BindingConfig, SiteConfig


class SiteStorage:
    """The state folder of one site (`<site>/.hostedat/` or `--persist-to`)."""

    def __init__(self, state_dir: str | Path, *, now: Callable[[], float] = time.time):
        self.state_dir = Path(state_dir)
        self._now = now
        self._kv: KVStore | None = None

    def kv(self) -> KVStore:
        if self._kv is None:
            self._kv = KVStore(self.state_dir / KV_FILE_NAME, now=self._now)
        return self._kv

    def close(self) -> None:
        if self._kv is not None:
            self._kv.close()
            self._kv = None


BindingFactory = Callable[[BindingConfig, SiteStorage], Any]

BINDING_FACTORIES: dict[str, BindingFactory] = {
    # The namespace id defaults to the binding name, so renaming `id` keeps data apart.
    "kv_namespaces": lambda spec, storage: storage.kv().namespace(spec.options.get("id", spec.name)),
}


def build_env(config: SiteConfig, storage: SiteStorage, assets: AssetServer) -> dict[str, Any]:
    """Vars, secrets, one object per declared binding, and `ASSETS`."""
    env: dict[str, Any] = {**config.vars, **config.secrets}
    for spec in config.bindings:
        factory = BINDING_FACTORIES.get(spec.kind)
        if factory is None:
            raise NotImplementedError(f"no factory registered for binding kind {spec.kind!r}")
        env[spec.name] = factory(spec, storage)
    env[ASSETS_BINDING] = assets
    return env
