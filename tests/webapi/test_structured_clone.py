"""structuredClone (pyjs.webapi.structured_clone), navigator and performance."""
import pytest

from pyjs import JSError
from webapi_helpers import eval_json, make_realm, run_async


@pytest.fixture(scope="module")
def realm():
    return make_realm(user_agent="test-agent/2")


def test_primitives_objects_arrays_and_cycles(realm):
    out = eval_json(realm, """(() => {
        const o = {a: 1, s: "x", n: null, u: undefined, big: 10n, nested: {arr: [1, , 3]}};
        o.self = o;
        o.nested.arr.extra = "e";
        const c = structuredClone(o);
        return [c !== o, c.self === c, c.a, c.s, c.n, "u" in c, typeof c.big, c.nested.arr.length,
                1 in c.nested.arr, c.nested.arr.extra, structuredClone(-0) === 0, Object.is(structuredClone(-0), -0)];
    })()""")
    assert out == [True, True, 1, "x", None, True, "bigint", 3, False, "e", True, True]


def test_builtin_types(realm):
    out = eval_json(realm, """(() => {
        const d = new Date(1234), m = new Map([[1, {k: "v"}]]), s = new Set(["a"]);
        const re = /ab+c/gi; re.lastIndex = 3;
        const err = new RangeError("bad"); err.extra = 1;
        const custom = new (class Foo extends Error {})("custom");
        const [cd, cm, cs, cre, cerr, cb, cstr, cdom, ccustom] = structuredClone(
            [d, m, s, re, err, Object(true), new String("str"), new DOMException("m", "DataError"), custom]);
        return [cd instanceof Date, cd.getTime(), cm.get(1).k, cm.get(1) !== m.get(1), cs.has("a"),
                cre.source, cre.flags, cre.lastIndex, cerr instanceof RangeError, cerr.message, "extra" in cerr,
                typeof cb, cb.valueOf(), String(cstr), cdom.name, cdom.message, ccustom.constructor === Error,
                ccustom.message];
    })()""")
    assert out == [True, 1234, "v", True, True, "ab+c", "gi", 0, True, "bad", False, "object", True, "str",
                   "DataError", "m", True, "custom"]


def test_blob_and_file_clone(realm):
    out = run_async(realm, """
        const [b, f] = structuredClone([new Blob(["hi"], {type: "text/x"}), new File(["f"], "n.txt")]);
        return [await b.text(), b.type, f.name, f instanceof File].join();
    """)
    assert out == "hi,text/x,n.txt,true"


@pytest.mark.parametrize("code", [
    "structuredClone(() => 1)", "structuredClone(Symbol())", "structuredClone({f() {}})",
    "structuredClone(new Headers())", "structuredClone(Promise.resolve())", "structuredClone(new Proxy({}, {}))",
    "structuredClone(1, {transfer: [{}]})",
])
def test_uncloneable_values(realm, code):
    with pytest.raises(JSError) as e:
        realm.evaluate(code)
    assert e.value.name == "DataCloneError"
    assert realm.evaluate(f"(() => {{ try {{ {code} }} catch (e) {{ return e.code }} }})()") == 25.0


def test_getters_run_and_errors_propagate(realm):
    out = eval_json(realm, """(() => {
        const log = [];
        const o = {get a() { log.push("a"); return 1; }, b: 2};
        Object.defineProperty(o, "hidden", {value: 3, enumerable: false});
        const c = structuredClone(o);
        let err;
        try { structuredClone({get x() { throw new TypeError("from getter"); }}) } catch (e) { err = e.message }
        return [log, c.a, c.b, "hidden" in c, Object.getOwnPropertyDescriptor(c, "a").value, err];
    })()""")
    assert out == [["a"], 1, 2, False, 1, "from getter"]


def test_collections_and_regexps_are_read_through_internal_slots():
    """Patched prototype methods are not what a clone uses (the spec reads [[MapData]],
    [[SetData]], [[OriginalSource]] and [[OriginalFlags]]); entries added while the
    clone runs (by a getter) are not copied (the spec's copiedList)."""
    realm = make_realm()
    out = eval_json(realm, """(() => {
        const set = Map.prototype.set;
        const m = new Map([[1, {a: 1}], ["k", [2]], ["obj", {get g() { set.call(m, "late", 1); return 0; }}]]);
        const s = new Set([3, "x"]);
        const log = [];
        Map.prototype.forEach = Set.prototype.forEach = () => log.push("forEach");
        Map.prototype.set = Set.prototype.add = () => log.push("add");
        Object.defineProperty(RegExp.prototype, "source", {get() { log.push("source"); return "no"; }});
        const [cm, cs, cr] = structuredClone([m, s, /a+b/gi]);
        return [log, [...Map.prototype.entries.call(cm)].map(([k, v]) => [k, JSON.stringify(v)]),
                [...Set.prototype.values.call(cs)], cr.test("xAAB"), cr.flags, cm.size, m.size];
    })()""")
    assert out == [[], [[1, '{"a":1}'], ["k", "[2]"], ["obj", '{"g":0}']], [3, "x"], True, "gi", 3, 4]


def test_installing_it_creates_no_builtin_family():
    """The Web APIs leave lazily created builtin families (pyjs.builtins.lazy) uncreated."""
    from pyjs import Realm
    from pyjs.webapi.install import install_web_apis
    realm = Realm()
    names = ("%Map%", "%Set%", "%RegExp%", "%Date%")

    def uncreated():
        return [n for n in names if not dict.__contains__(realm.intrinsics, n)]
    before = uncreated()
    install_web_apis(realm)
    assert uncreated() == before


def test_navigator_and_performance(realm):
    out = eval_json(realm, """[navigator.userAgent, navigator.hardwareConcurrency, typeof performance.now(),
        performance.now() >= 0, performance.timeOrigin > 1.6e12, Object.keys(performance.toJSON())]""")
    assert out == ["test-agent/2", 1, "number", True, True, ["timeOrigin"]]
