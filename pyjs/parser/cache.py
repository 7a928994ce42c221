"""On-disk cache of parsed trees, so a restart does not parse again.

An entry is keyed by the BLAKE2b-256 hash of (parser layer digest, module
flag, source).  The layer digest hashes the source files of this package and of
``pyjs.regexp`` (which checks RegExp literals) and esprima's version module, so
any change to the parser layer or the Node format invalidates every entry
without a version number to remember.

An entry is ``MAGIC``, the CRC-32 of the rest (4 bytes, big-endian), then a
pickle (protocol 5) of ``("tree", tree)`` or ``("error", message, index, line,
column)``: syntax errors are cached too (the filename is not: it is supplied
again on each call); then a pickle of the (pattern, flags) pairs of the tree's
RegExp literals, which the parser found valid: loading the tree tells
``pyjs.regexp`` (``note_valid``), so making those RegExps need not parse their
patterns again until they run.  Pickle is used because it loads fastest (a parse costs
~25x more).

In a stored tree, the parameters and body of each function are pickled on their
own, into a bytes object inside the entry, and the function loads as a
:class:`~pyjs.parser.nodes.LazyFunction` that unpickles them when first read.
Most of a bundle's nodes are in functions, and most functions are not called
while it starts (they are compiled on first call, see
``pyjs.interp.compiler.lazy``), so a load unpickles only the top level outside
functions: for a 300 KB bundle, 14,600 nodes instead of 66,000.  Nested
functions are split the same way inside their parent's blob (an arrow is read
when its enclosing function compiles, which scans it for ``this`` and
``arguments``).

Loading uses an unpickler that resolves only ``nodes._restore`` and
``nodes._restore_lazy``, so a planted file cannot run code.  The CRC covers the
blobs too, so a body read later cannot turn out damaged: a corrupt, truncated
or unreadable entry is found when it is read, ignored, parsed again and
rewritten.  Writes go to a temporary file in the same directory and are renamed
into place (``os.replace``), so readers never see half an entry.

The directory is ``cache_dir``, else ``$PYJS_CACHE_DIR``, else
``~/.cache/pyjs/ast``; entries are fanned out by the key's first two hex
digits.  Nothing is ever evicted: delete the directory to reclaim space.
"""
import io
import os
import zlib

try:
    # the C pickler itself: the pickle module adds ~2 ms of a start (its Python
    # implementation, which the cache never uses)
    import _pickle as pickle
except ImportError:         # not CPython
    import pickle

from .nodes import Node, _restore, _restore_lazy

try:
    # hashlib's own BLAKE2b, imported without hashlib itself, which loads OpenSSL:
    # ~12 ms of every start that reads the cache
    from _blake2 import blake2b
except ImportError:         # not CPython
    from hashlib import blake2b

MAGIC = b"PYJSAST2"
_HEADER = len(MAGIC) + 4
# functions whose parameters and body are stored apart
_SPLIT = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"))
_layer_digest = None


def default_cache_dir() -> str:
    env = os.environ.get("PYJS_CACHE_DIR")
    if env:
        return env
    return os.path.join(os.path.expanduser("~"), ".cache", "pyjs", "ast")


def new_hash(data=b""):
    """A 256-bit BLAKE2b hash object (for cache keys and code digests)."""
    return blake2b(data, digest_size=32)


def _esprima_version() -> bytes:
    """The esprima package's version module, read without importing esprima (a start
    whose sources all come from the cache never needs the parser)."""
    import importlib.util
    spec = importlib.util.find_spec("esprima")
    try:
        with open(os.path.join(spec.submodule_search_locations[0], "_version.py"), "rb") as f:
            return f.read()
    except (OSError, AttributeError, TypeError, IndexError):
        import esprima
        return repr(esprima.__version__).encode()


def hash_sources(h, directory) -> None:
    """Feed the name and text of each ``.py`` file in ``directory`` to hash ``h``, in name
    order.  ``os.listdir``, not ``Path.glob``: a process's first glob builds its pattern
    machinery (~8 ms of every start that reads the cache)."""
    for name in sorted(n for n in os.listdir(directory) if n.endswith(".py")):
        with open(os.path.join(directory, name), "rb") as f:
            h.update(name.encode() + b"\0" + f.read() + b"\0")


def layer_digest() -> bytes:
    """Digest of everything that shapes a cached tree (computed once)."""
    global _layer_digest
    if _layer_digest is None:
        h = new_hash(b"pyjs-parser\0" + _esprima_version() + b"\0")
        here = os.path.dirname(os.path.realpath(__file__))
        hash_sources(h, here)
        # the RegExp checker decides which literals are early errors (see _SplitPickler)
        hash_sources(h, os.path.join(os.path.dirname(here), "regexp"))
        _layer_digest = h.digest()
    return _layer_digest


def cache_key(source: str, module: bool) -> str:
    h = new_hash(layer_digest())
    h.update(b"module\0" if module else b"script\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


_ALLOWED = {"_restore": _restore, "_restore_lazy": _restore_lazy}


class _NodeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == Node.__module__ and name in _ALLOWED:
            return _ALLOWED[name]
        raise pickle.UnpicklingError(f"unexpected class {module}.{name} in AST cache")


class _SplitPickler(pickle.Pickler):
    """Pickles a tree with each function's parameters and body in a blob of its own,
    and collects its RegExp literals' (pattern, flags) in ``regexps``."""

    def __init__(self, file, regexps):
        super().__init__(file, protocol=5)
        self.regexps = regexps

    def reducer_override(self, obj):
        if type(obj) is Node:
            t = obj.type
            if t in _SPLIT:
                return self.split_function(obj.__dict__)
            if t == "RegExp":
                self.regexps.add((obj.pattern, obj.flags))
        return NotImplemented

    def split_function(self, fields):
        """Reduce a function node to its header, what creating its function object
        needs to know of the rest, and the rest (parameters and body) pickled apart."""
        from ..interp.compiler.scope import expected_argument_count, is_strict_body
        head = {k: v for k, v in fields.items() if k != "params" and k != "body"}
        params, body = fields["params"], fields["body"]
        strict = body.type == "BlockStatement" and is_strict_body(body.body)
        buf = io.BytesIO()
        _SplitPickler(buf, self.regexps).dump({"params": params, "body": body})
        return _restore_lazy, (head, expected_argument_count(params), strict, buf.getvalue())


def load_function_fields(blob):
    """The parameters and body of a function stored apart (its entry's CRC was checked)."""
    from . import gc_paused
    with gc_paused():
        return _NodeUnpickler(io.BytesIO(blob)).load()


def load_entry(path: str):
    """The stored record, or ``None`` if it is missing, unreadable or corrupt."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None
    if not data.startswith(MAGIC):
        return None
    body = memoryview(data)[_HEADER:]
    if zlib.crc32(body) != int.from_bytes(data[len(MAGIC):_HEADER], "big"):
        return None
    from . import gc_paused
    try:
        with gc_paused():
            unpickler = _NodeUnpickler(io.BytesIO(body))
            record = unpickler.load()
            regexps = unpickler.load()
    except Exception:  # any damage to the bytes shows up as some exception
        return None
    if type(record) is tuple and record and type(regexps) is tuple:
        if record[0] == "tree" and len(record) == 2 and type(record[1]) is Node:
            if regexps:     # the RegExp engine is ~7 ms of imports a source without literals skips
                from ..regexp import note_valid
                note_valid(regexps)
            return record
        if record[0] == "error" and len(record) == 5:
            return record
    return None


def store_entry(path: str, record) -> None:
    """Write ``record`` atomically; failures (read-only disk, ...) are ignored."""
    import tempfile         # only a cold start writes
    try:
        buf = io.BytesIO()
        regexps = set()
        pickler = _SplitPickler(buf, regexps)
        pickler.dump(record)
        pickler.dump(tuple(sorted(regexps)))
        body = buf.getvalue()
        data = MAGIC + zlib.crc32(body).to_bytes(4, "big") + body
        directory = os.path.dirname(path)
        os.makedirs(directory, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, pickle.PicklingError, RecursionError):
        pass


def entry_path(source: str, module: bool, cache_dir=None) -> str:
    key = cache_key(source, module)
    base = os.fspath(cache_dir) if cache_dir is not None else default_cache_dir()
    return os.path.join(base, key[:2], key[2:] + ".ast")


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
