"""On-disk cache of parsed trees, so a restart does not parse again.

An entry is keyed by the SHA-256 of (parser layer digest, module flag, source).
The layer digest hashes the source files of this package and esprima's
version, so any change to the parser layer or the Node format invalidates
every entry without a version number to remember.

An entry is ``MAGIC`` + a pickle (protocol 5) of ``("tree", tree)`` or
``("error", message, index, line, column)``: syntax errors are cached too
(the filename is not: it is supplied again on each call).  Plain pickle is
used because it loads fastest: for a 370 KB bundle (105,000 nodes) an entry
is 5.0 MB and loads in ~0.11 s CPU, zlib level 1 would make it 1.2 MB and
add ~0.025 s; a parse costs ~2.7 s.  Loading uses an unpickler that
resolves only ``nodes._restore``, so a planted file cannot run code; a corrupt,
truncated or unreadable entry is ignored, parsed again and rewritten.
Writes go to a temporary file in the same directory and are renamed into
place (``os.replace``), so readers never see half an entry.

The directory is ``cache_dir``, else ``$PYJS_CACHE_DIR``, else
``~/.cache/pyjs/ast``; entries are fanned out by the key's first two hex
digits.  Nothing is ever evicted: delete the directory to reclaim space.
"""
import hashlib
import io
import os
import pickle
from pathlib import Path

import esprima

from .nodes import Node, _restore

MAGIC = b"PYJSAST1"
_layer_digest = None


def default_cache_dir() -> Path:
    env = os.environ.get("PYJS_CACHE_DIR")
    if env:
        return Path(env)
    return Path.home() / ".cache" / "pyjs" / "ast"


def layer_digest() -> bytes:
    """Digest of everything that shapes a cached tree (computed once)."""
    global _layer_digest
    if _layer_digest is None:
        h = hashlib.sha256(b"pyjs-parser\0" + repr(esprima.__version__).encode() + b"\0")
        here = Path(__file__).resolve().parent
        for path in sorted(here.glob("*.py")):
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        _layer_digest = h.digest()
    return _layer_digest


def cache_key(source: str, module: bool) -> str:
    h = hashlib.sha256(layer_digest())
    h.update(b"module\0" if module else b"script\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class _NodeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == Node.__module__ and name == "_restore":
            return _restore
        raise pickle.UnpicklingError(f"unexpected class {module}.{name} in AST cache")


def load_entry(path: Path):
    """The stored record, or ``None`` if it is missing, unreadable or corrupt."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(MAGIC):
        return None
    from . import gc_paused
    try:
        with gc_paused():
            record = _NodeUnpickler(io.BytesIO(memoryview(data)[len(MAGIC):])).load()
    except Exception:  # any damage to the bytes shows up as some exception
        return None
    if type(record) is tuple and record:
        if record[0] == "tree" and len(record) == 2 and type(record[1]) is Node:
            return record
        if record[0] == "error" and len(record) == 5:
            return record
    return None


def store_entry(path: Path, record) -> None:
    """Write ``record`` atomically; failures (read-only disk, ...) are ignored."""
    import tempfile         # only a cold start writes
    try:
        data = MAGIC + pickle.dumps(record, protocol=5)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, pickle.PicklingError, RecursionError):
        pass


def entry_path(source: str, module: bool, cache_dir=None) -> Path:
    key = cache_key(source, module)
    base = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    return base / key[:2] / (key[2:] + ".ast")


def cached_parse(parse, ParseError, source, module, filename, cache_dir=None):
    """Load the tree for ``source`` from the cache, or parse and store it."""
    path = entry_path(source, module, cache_dir)
    record = load_entry(path)
    if record is None:
        try:
            tree = parse(source, module, filename)
        except ParseError as e:
            store_entry(path, ("error", e.message, e.index, e.line, e.column))
            raise
        from ..interp.deep import run_deep
        run_deep(store_entry, path, ("tree", tree))
        return tree
    if record[0] == "tree":
        return record[1]
    _, message, index, line, column = record
    raise ParseError(message, filename, line, column, index=index)
