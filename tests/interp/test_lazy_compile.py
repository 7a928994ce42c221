"""Function bodies compiled on first call for cached sources checked before (compiler/lazy.py)."""
import os

import pytest

from pyjs import Realm, JSError
from pyjs.interp.compiler.lazy import LazyFunctionCode

BODY = r"""
var log = [];
function outer(a, b = a + 1, ...rest) {
  var v = 1; let w = 2;
  function inner() { return a + b + v + w + rest.length + arguments.length; }
  const arrow = () => this === undefined ? "u" : typeof this;
  return [inner(), arrow(), arguments.length];
}
class Base { #p = 5; static s = 9; constructor(x) { this.x = x; } get p() { return this.#p; }
  static { log.push("static " + this.s); } m() { return "base"; } }
class Derived extends Base {
  f = () => this.x * 2;
  constructor(x) { super(x + 1); }
  m() { return "derived/" + super.m(); }
  *gen(n) { for (let i = 0; i < n; i++) yield i; }
  async am(v) { await null; return v * 3; }
  static async *ag() { yield 1; yield await 2; }
}
var obj = { method() { return this.k; }, get g() { return 4; }, k: 7, ["c" + 1]() { return "computed"; } };
function sloppy() { return typeof this; }
function withEval(q) { var z = 10; return eval("z + q"); }
function counter() { let c = 0; return { inc: () => ++c, get: function () { return c; } }; }
function early() { label: for (;;) { break label; } return "ok"; }
var d = new Derived(1);
var c = counter(); c.inc(); c.inc();
var results = [
  outer(1), outer(1, 2, 3, 4), d.x, d.p, d.f(), d.m(), [...d.gen(3)], sloppy(), withEval(5), c.get(),
  obj.method(), obj.g, obj.c1(), early(), outer.length, outer.name, Derived.name, d.am.length,
  String(function named(a, b) { return a; }), Object.getOwnPropertyNames(outer).join(),
  typeof Derived.prototype.gen, Object.getPrototypeOf(Derived.ag).constructor.name,
];
var pending = [];
d.am(2).then(v => pending.push(v));
(async () => { for await (const x of Derived.ag()) pending.push(x); })();
export { results, log, pending };
export default function main() { return "default"; }
"""

PAD = "\n// " + "x" * 9000 + "\n"      # over CACHE_MIN_SOURCE: goes through the parse cache


def run_module(tmp_path, source, name="m.mjs"):
    path = tmp_path / name
    path.write_text(source)
    realm = Realm()
    ns = realm.import_module(str(path))
    realm.run_jobs()
    return realm, ns


def snapshot(realm, ns):
    realm.global_object.props["ns"] = ns
    return realm.evaluate("JSON.stringify([ns.results, ns.log, ns.pending, ns.default()])")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("PYJS_CACHE_DIR", str(d))
    return d


def test_warm_load_compiles_lazily_and_behaves_the_same(tmp_path, cache_dir):
    src = BODY + PAD
    cold_realm, cold_ns = run_module(tmp_path, src)
    cold = snapshot(cold_realm, cold_ns)
    assert list(cache_dir.rglob("*.ok-*")), "a clean eager compile leaves a check marker"
    warm_realm, warm_ns = run_module(tmp_path, src)
    fn = warm_ns.get("default", warm_ns)
    assert isinstance(fn.code, LazyFunctionCode)
    assert fn.code.lazy is not None             # not compiled before its first call
    warm = snapshot(warm_realm, warm_ns)
    assert fn.code.lazy is None
    assert warm == cold
    assert '"ok"' in warm and "computed" in warm


def test_early_error_in_function_body_is_reported_at_load_every_time(tmp_path, cache_dir):
    src = "export function f() { let a; let a; }" + PAD
    for _ in range(2):
        with pytest.raises(JSError) as e:
            run_module(tmp_path, src)
        assert e.value.name == "SyntaxError"
    assert not list(cache_dir.rglob("*.ok-*"))


def test_early_error_break_to_unknown_label_in_nested_function(tmp_path, cache_dir):
    src = "export function f() { return function () { while (1) break nowhere; }; }" + PAD
    for _ in range(2):
        with pytest.raises(JSError) as e:
            run_module(tmp_path, src)
        assert e.value.name == "SyntaxError"


def test_marker_of_another_compiler_does_not_count(tmp_path, cache_dir):
    src = "export function f() { return 1; }" + PAD
    run_module(tmp_path, src)
    for m in cache_dir.rglob("*.ok-*"):
        os.rename(m, str(m).rsplit("-", 1)[0] + "-0000000000000000")
    _, ns = run_module(tmp_path, src)
    assert not isinstance(ns.get("f", ns).code, LazyFunctionCode)


def test_cached_script_compiles_lazily_the_second_time(tmp_path, cache_dir):
    src = "function f(x) { return x * 2; } var r = f(21);" + PAD
    for _ in range(2):
        realm = Realm()
        realm.run_script(realm.compile_script(src, "s.js", cache=True))
        assert realm.evaluate("r") == 42.0
    assert isinstance(realm.evaluate("f").code, LazyFunctionCode)


def _live_nodes():
    import gc
    from pyjs.parser.nodes import Node
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, Node))


def test_warm_load_keeps_only_the_uncalled_functions_headers(tmp_path, cache_dir):
    """After a warm load, the module's tree and its top level's compiled form are gone:
    what stays is each function's header (a LazyFunction of the parse cache), until the
    function is first called (then its own nodes, which its compile reads)."""
    from pyjs.interp.modules import ModuleRecord
    from pyjs.parser.nodes import LazyFunction
    funcs = "".join(f"export const f{i} = (a, {{ b = [a, {i}] }} = {{}}) => ({{ a, b, s: `${{a}}-{i}` }});\n"
                    for i in range(200))
    src = funcs + "export class K { m() { return [1, 2, 3].map((x) => x * 2); } static n = 1; }\n" + PAD
    run_module(tmp_path, src)
    before = _live_nodes()
    realm, ns = run_module(tmp_path, src)
    record = next(m for m in realm.modules.values() if isinstance(m, ModuleRecord))
    assert record.code.body is None, "the top level ran once: its closures are released"
    kept = _live_nodes() - before
    # one LazyFunction per function, and the Identifier of a named one; the 200 arrows'
    # parameters and bodies (over 20 nodes each) and the tree around them are not kept
    assert kept <= 2 * 202, kept
    f = ns.get("f3", ns)
    assert type(f.code.lazy[3]) is LazyFunction and f.code.lazy[3].blob is not None
    assert realm.evaluate("1") == 1.0
    realm.global_object.props["ns"] = ns
    assert realm.evaluate("JSON.stringify(ns.f3(7))") == '{"a":7,"b":[7,3],"s":"7-3"}'


def test_large_cached_script_and_module_compile_with_the_gc_paused(tmp_path, cache_dir, monkeypatch):
    """Their objects go to the oldest generation at once (parser.age_tracked_objects);
    a small source's compile leaves the GC alone."""
    import pyjs.parser as parser
    calls = []
    monkeypatch.setattr(parser, "age_tracked_objects", lambda: calls.append(parser._gc_pausers))
    src = "function f(x) { return x * 2; } var r = f(21);" + PAD
    realm = Realm()
    realm.run_script(realm.compile_script(src, "s.js", cache=True))
    run_module(tmp_path, "export const r = 1;" + PAD)
    assert calls == [1, 1], "inside the pause, once per large source"
    realm.evaluate("var small = 1")
    run_module(tmp_path, "export const s = 2;", "small.mjs")
    assert calls == [1, 1]
