"""Shared helpers for the hostedat tests: building throwaway site directories."""

from pathlib import Path

import pytest


def write_site(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create `files` (relative path -> content) under `root` and return `root`."""
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture
def make_site(tmp_path):
    def make(files: dict[str, str | bytes], name: str = "site") -> Path:
        return write_site(tmp_path / name, files)
    return make


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "network: needs Node.js/npm and the npm registry once (skips cleanly without them)")
