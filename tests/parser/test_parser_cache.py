"""The on-disk AST cache: hits, speed, keys, cached errors, damaged entries."""
import os
import pickle
import time
from pathlib import Path

import pytest

from pyjs.parser import ParseError, parse, parse_cached
from pyjs.parser.cache import MAGIC, cache_key, entry_path
from pyjs.parser.nodes import LazyFunction, Node


def as_data(x):
    """A tree as nested dicts and lists (loading every lazy function)."""
    if isinstance(x, Node):
        if type(x) is LazyFunction:
            x.load()
        return {k: as_data(v) for k, v in x.__dict__.items()}
    if type(x) is list:
        return [as_data(v) for v in x]
    return x


def bundle(n_funcs):
    """A synthetic bundle of varied, realistic code (~330 bytes per function)."""
    parts = []
    for i in range(n_funcs):
        parts.append(f"""
function handler{i}(req, env, {{ key = "k{i}", retries = {i % 5} }} = {{}}) {{
  const url = new URL(req.url);
  let total = 0;
  for (let j = 0; j < retries; j++) {{ total += j * {i} % 7; }}
  if (url.pathname.startsWith("/api/{i}")) {{
    return env.KV.get(key).then((v) => ({{ ok: true, v, total, tag: `t${{total}}-{i}` }}));
  }}
  return class extends Base{i % 3} {{ #x = {i}; get x() {{ return this.#x ?? null; }} }};
}}""")
    return "".join(parts)


def test_hit_returns_equal_tree(tmp_path):
    src = bundle(20)
    first = parse_cached(src, cache_dir=tmp_path)
    assert Path(entry_path(src, False, tmp_path)).read_bytes().startswith(MAGIC)
    second = parse_cached(src, cache_dir=tmp_path)
    assert second is not first
    assert as_data(second) == as_data(first) == as_data(parse(src))
    # a cached tree pickles (and copies) as plain nodes
    assert as_data(pickle.loads(pickle.dumps(second))) == as_data(first)


def test_parse_cache_flag_uses_env_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PYJS_CACHE_DIR", str(tmp_path / "c"))
    tree = parse("x = 1", cache=True)
    assert tree.body[0].expression.right.value == 1
    assert os.path.exists(entry_path("x = 1", False))
    assert str(entry_path("x = 1", False)).startswith(str(tmp_path / "c"))


def test_second_load_is_much_faster(tmp_path):
    src = bundle(100)   # ~33 KB (kept small for test speed; the ratio holds at 370 KB)
    t0 = time.process_time()
    parse_cached(src, cache_dir=tmp_path)
    parse_time = time.process_time() - t0
    loads = []
    for _ in range(3):
        t0 = time.process_time()
        tree = parse_cached(src, cache_dir=tmp_path)
        loads.append(time.process_time() - t0)
        del tree
    assert min(loads) < parse_time / 8, (parse_time, loads)


def test_key_depends_on_mode_and_source():
    assert cache_key("x", False) != cache_key("x", True)
    assert cache_key("x", False) != cache_key("y", False)
    assert cache_key("x", False) == cache_key("x", False)
    assert len(cache_key("\ud800 lone surrogate", False)) == 64


def test_script_and_module_entries_are_separate(tmp_path):
    src = "var await = 1;"
    parse_cached(src, module=False, cache_dir=tmp_path)
    with pytest.raises(ParseError):
        parse_cached(src, module=True, cache_dir=tmp_path)
    assert parse_cached(src, module=False, cache_dir=tmp_path).body


def test_errors_are_cached_with_the_callers_filename(tmp_path):
    src = "x = 1;\nlet let = 2;"
    with pytest.raises(ParseError) as first:
        parse_cached(src, filename="a.js", cache_dir=tmp_path)
    assert os.path.exists(entry_path(src, False, tmp_path))
    with pytest.raises(ParseError) as second:
        parse_cached(src, filename="b.js", cache_dir=tmp_path)
    for attr in ("message", "line", "column", "index"):
        assert getattr(first.value, attr) == getattr(second.value, attr)
    assert (second.value.filename, second.value.line) == ("b.js", 2)


class Evil:
    def __reduce__(self):
        return (print, ("pwned",))


@pytest.mark.parametrize("damage", [
    lambda data: b"",
    lambda data: b"garbage" * 10,
    lambda data: data[: len(data) // 2],
    lambda data: data[:20] + bytes(reversed(data[20:60])) + data[60:],
    lambda data: MAGIC + pickle.dumps(("tree", "not a node")),
    lambda data: MAGIC + pickle.dumps(("tree", Evil())),
    lambda data: MAGIC + pickle.dumps(Node("Program", body=[])),
    lambda data: data[len(MAGIC):],
])
def test_damaged_entry_is_reparsed_and_rewritten(tmp_path, damage, capsys):
    src = "let answer = 6 * 7;"
    good = parse_cached(src, cache_dir=tmp_path)
    path = Path(entry_path(src, False, tmp_path))
    intact = path.read_bytes()
    path.write_bytes(damage(intact))
    tree = parse_cached(src, cache_dir=tmp_path)
    assert as_data(tree) == as_data(good)
    assert path.read_bytes() == intact
    assert "pwned" not in capsys.readouterr().out


def test_unreadable_entry_and_unwritable_dir_fall_back_to_parsing(tmp_path):
    src = "y = 2"
    path = Path(entry_path(src, False, tmp_path))
    path.mkdir(parents=True)        # a directory where the entry file should be
    assert parse_cached(src, cache_dir=tmp_path).body[0].expression.right.value == 2
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    assert parse_cached(src, cache_dir=blocker).body


def test_no_temporary_files_left_behind(tmp_path):
    for i in range(5):
        parse_cached(f"x{i} = {i}", cache_dir=tmp_path)
    names = [p.name for p in tmp_path.rglob("*") if p.is_file()]
    assert len(names) == 5 and all(n.endswith(".ast") for n in names)


def test_deep_trees_round_trip(tmp_path):
    for src in ("[" * 1000 + "]" * 1000, "+".join(f"a{i}" for i in range(5000))):
        first = parse_cached(src, cache_dir=tmp_path)
        second = parse_cached(src, cache_dir=tmp_path)
        assert second is not first and second.type == "Program"


def lazy_functions(node, out):
    """The LazyFunction nodes reachable without loading any."""
    for v in node.__dict__.values():
        for x in (v if type(v) is list else [v]):
            if type(x) is LazyFunction:
                out.append(x)
                if x.blob is None:
                    lazy_functions(x, out)
            elif type(x) is Node:
                lazy_functions(x, out)
    return out


def test_functions_load_when_first_read(tmp_path):
    src = bundle(5) + "\nvar arrow = (a, b = 1) => () => a;\nvar o = { m(x) { return x; } };"
    parse_cached(src, cache_dir=tmp_path)
    tree = parse_cached(src, cache_dir=tmp_path)
    fns = lazy_functions(tree, [])
    assert len(fns) == 7          # the top-level functions, not the ones nested in them
    fn = fns[0]
    assert fn.blob is not None and fn.type == "FunctionDeclaration" and fn.line == 2
    assert fn.id.name == "handler0" and not fn.generator and not fn.is_async
    assert fn.blob is not None and "params" not in fn.__dict__     # header fields do not load it
    assert fn.params[0].name == "req"                               # any other field does
    assert fn.blob is None and fn.body.body[0].type == "VariableDeclaration"
    assert lazy_functions(fn, []), "a nested function is stored apart in its parent's"
    arrow = fns[5]
    assert arrow.type == "ArrowFunctionExpression" and arrow.expression and arrow.blob is not None
    assert arrow.body.type == "ArrowFunctionExpression"     # a concise body is stored apart too
    assert as_data(tree) == as_data(parse(src))


def test_header_facts_known_without_loading(tmp_path):
    from pyjs.interp.compiler.scope import function_arg_count, function_body_strict
    src = 'function a() { "use strict"; return 1; }\nfunction b() { "not strict"; "use strict"; }\n' \
          'function c(x, y) { x; "use strict"; }\nfunction d(p, q = 1, r) {}\n' \
          'var e = (s, ...t) => "use strict";\nvar f = function ({ u }, [v]) {};'
    parse_cached(src, cache_dir=tmp_path)
    fns = lazy_functions(parse_cached(src, cache_dir=tmp_path), [])
    assert [function_body_strict(f) for f in fns] == [True, True, False, False, False, False]
    assert [function_arg_count(f) for f in fns] == [0, 0, 2, 1, 1, 2]
    assert all(f.blob is not None for f in fns)
    for f in fns:
        f.load()
    assert [function_body_strict(f) for f in fns] == [True, True, False, False, False, False]
    assert [function_arg_count(f) for f in fns] == [0, 0, 2, 1, 1, 2]


def test_damage_anywhere_in_the_entry_is_found_at_load(tmp_path):
    """Function bodies are read after the entry loaded: the checksum covers them."""
    src = bundle(3)
    good = parse_cached(src, cache_dir=tmp_path)
    path = Path(entry_path(src, False, tmp_path))
    intact = path.read_bytes()
    for at in (len(intact) // 3, len(intact) // 2, len(intact) - 30):
        path.write_bytes(intact[:at] + bytes([intact[at] ^ 0x20]) + intact[at + 1:])
        tree = parse_cached(src, cache_dir=tmp_path)
        assert not lazy_functions(tree, []), "damaged: parsed again"
        assert as_data(tree) == as_data(good)
        assert path.read_bytes() == intact
