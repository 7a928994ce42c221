"""util.inspect-compatible formatting (pyjs.webapi.inspect) against Node's output.

The expected strings below were produced by Node 20's ``util.inspect``;
``test_matches_real_node`` re-checks a larger batch against a local ``node``
(one process for the whole batch) and is skipped when node is absent.
"""
import json
import shutil
import subprocess

import pytest

from pyjs import Realm
from pyjs.interp.values import JSObject, Prop
from pyjs.webapi.inspect import format_args, inspect


@pytest.fixture(scope="module")
def realm():
    return Realm()


def js(realm, expr):
    return realm.evaluate("(" + expr + ")")


NODE_CASES = [
    ('-0',
     '-0'),
    ('10n',
     '10n'),
    ("'it\\'s'",
     '"it\'s"'),
    ("Symbol('x')",
     'Symbol(x)'),
    ('[1, 2, 3]',
     '[ 1, 2, 3 ]'),
    ('[1, , 3]',
     '[ 1, <1 empty item>, 3 ]'),
    ('new Array(5)',
     '[ <5 empty items> ]'),
    ('[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]',
     '[\n   1,  2,  3,  4,  5,  6,  7,  8,  9,\n  10, 11, 12, 13, 14, 15, 16, 17, 18,\n  19, 20, 21, 22, 23, 24, 25, 26, 27,\n  28, 29, 30\n]'),
    ("['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon']",
     "[\n  'apple',      'banana',\n  'cherry',     'date',\n  'elderberry', 'fig',\n  'grape',      'honeydew',\n  'kiwi',       'lemon'\n]"),
    ('Array.from({length: 120}, (_, i) => i)',
     '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 20 more items\n]'),
    ("{ a: 1, 'b-c': 2, [Symbol('x')]: 3 }",
     "{ a: 1, 'b-c': 2, [Symbol(x)]: 3 }"),
    ('Object.create(null)',
     '[Object: null prototype] {}'),
    ('{ a: { b: { c: { d: 1 } } } }',
     '{ a: { b: { c: [Object] } } }'),
    ('[[1, [2, [3, [4]]]]]',
     '[ [ 1, [ 2, [Array] ] ] ]'),
    ("(() => { const o = { name: 'o' }; o.self = o; return o })()",
     "<ref *1> { name: 'o', self: [Circular *1] }"),
    ('function foo() {}',
     '[Function: foo]'),
    ('() => {}',
     '[Function (anonymous)]'),
    ('async function af() {}',
     '[AsyncFunction: af]'),
    ('function* gen() {}',
     '[GeneratorFunction: gen]'),
    ('class A {}',
     '[class A]'),
    ('(() => { class A {}; class B extends A {}; return B })()',
     '[class B extends A]'),
    ('{ get g() { return 1 }, set s(v) {}, get gs() { return 1 }, set gs(v) {} }',
     '{ g: [Getter], s: [Setter], gs: [Getter/Setter] }'),
    ('new Number(3)',
     '[Number: 3]'),
    ("new String('xy')",
     "[String: 'xy']"),
    ('Promise.resolve(1)',
     'Promise { 1 }'),
    ('new Promise(() => {})',
     'Promise { <pending> }'),
    ('(() => { class Point { constructor() { this.x = 1; this.y = 2 } }; return new Point() })()',
     'Point { x: 1, y: 2 }'),
    ("{ x: 'a'.repeat(20), y: 'b'.repeat(20), z: 'c'.repeat(20), w: 'd'.repeat(20) }",
     "{\n  x: 'aaaaaaaaaaaaaaaaaaaa',\n  y: 'bbbbbbbbbbbbbbbbbbbb',\n  z: 'cccccccccccccccccccc',\n  w: 'dddddddddddddddddddd'\n}"),
    ("[{ name: 'alice', tags: ['a', 'b'] }, { name: 'bob', tags: [] }]",
     "[ { name: 'alice', tags: [ 'a', 'b' ] }, { name: 'bob', tags: [] } ]"),
    ("(() => { const e = new TypeError('bad'); e.stack = 'TypeError: bad\\n    at f (a.js:1:2)'; e.code = 'E_BAD'; return e })()",
     "TypeError: bad\n    at f (a.js:1:2) {\n  code: 'E_BAD'\n}"),
    ("(() => { const e = new Error('m'); e.stack = 'Error: m'; return { e } })()",
     '{ e: [Error: m] }'),
    ("'a\\nb'",
     "'a\\nb'"),
    ("{ s: 'line one\\nline two is long enough to force the string to be split' }",
     "{\n  s: 'line one\\nline two is long enough to force the string to be split'\n}"),
    ('Math',
     'Object [Math] {}'),
    ('(function () { return arguments })(1, 2)',
     "[Arguments] { '0': 1, '1': 2 }"),
    ('Object.assign([1, 2], { extra: true })',
     '[ 1, 2, extra: true ]'),
    ("'😀'",
     "'😀'"),
    ("['😀', '\\ud800']",
     "[ '😀', '\\ud800' ]"),
    ('new Date(0)',
     '1970-01-01T00:00:00.000Z'),
]


@pytest.mark.parametrize("expr,expected", NODE_CASES)
def test_like_node(realm, expr, expected):
    assert inspect(js(realm, expr)) == expected


def test_top_level_primitives(realm):
    assert inspect("abc") == "'abc'"
    assert inspect(None) == "undefined"
    assert inspect(js(realm, "null")) == "null"
    assert inspect(1.0) == "1"
    assert inspect(float("nan")) == "NaN"
    assert inspect(-float("inf")) == "-Infinity"
    assert inspect(123456789012345680000.0) == "123456789012345680000"
    assert inspect(True) == "true"
    assert inspect(js(realm, "Symbol()")) == "Symbol()"


def test_depth_option(realm):
    v = js(realm, "{ a: { b: { c: {} } } }")
    assert inspect(v, depth=0) == "{ a: [Object] }"
    assert inspect(v, depth=None) == "{ a: { b: { c: {} } } }"


def test_colors(realm):
    v = js(realm, "{ n: 1, s: 'x', u: undefined, f() {} }")
    assert inspect(v, colors=True) == (
        "{ n: \x1b[33m1\x1b[39m, s: \x1b[32m'x'\x1b[39m, u: \x1b[90mundefined\x1b[39m, "
        "f: \x1b[36m[Function: f]\x1b[39m }")


def test_show_hidden(realm):
    assert inspect(js(realm, "[1]"), show_hidden=True) == "[ 1, [length]: 1 ]"


def test_getters_are_never_called(realm):
    v = realm.evaluate("globalThis.calls = 0; ({ get x() { calls++; return 1 } })")
    assert inspect(v) == "{ x: [Getter] }"
    assert realm.evaluate("calls") == 0.0


def test_to_string_tag_getter_not_called(realm):
    v = realm.evaluate("globalThis.tagCalls = 0; new (class T { get [Symbol.toStringTag]() "
                       "{ tagCalls++; return 'TT' } })()")
    assert inspect(v) == "T {}"
    assert realm.evaluate("tagCalls") == 0.0


def test_utf16_output_is_real_text(realm):
    assert inspect(js(realm, "'😀'")) == "'😀'"
    assert inspect(js(realm, "['😀']")) == "[ '😀' ]"
    assert format_args([js(realm, "'😀'"), js(realm, "'\\ud800'")]) == "😀 \ufffd"


def test_never_raises(realm):
    class Exploding(JSObject):
        __slots__ = ()

        def own_property_keys(self):
            raise RuntimeError("boom")

        def get_own_property(self, key):
            raise RuntimeError("boom")

    assert inspect(Exploding(realm.object_prototype)) == "{}"
    obj = realm.new_object()
    obj.props["weird"] = Prop(object(), 7)      # not a JS value: must not crash
    assert isinstance(inspect(obj), str)


def test_deep_nesting(realm):
    v = js(realm, "(() => { let o = {}; for (let i = 0; i < 300; i++) o = { o }; return o })()")
    assert inspect(v) == "{ o: { o: { o: [Object] } } }"
    full = inspect(v, depth=None)
    assert full.count("o: {") == 300 and full.endswith("\n}")


def test_uncaught_report_keeps_stackless_error_bare(realm):
    from pyjs.webapi.inspect import error_report16
    e = js(realm, "(() => { const e = new Error('m'); e.stack = 'Error: m'; return e })()")
    assert inspect(e) == "[Error: m]"
    assert error_report16(e) == "Error: m"


# -- console.log's format string -------------------------------------------------------------

FORMAT_CASES = [
    ("'hello'", "hello"),
    ("'%s is %d years', 'Bob', 42", "Bob is 42 years"),
    ("'%s', -0", "-0"),
    ("'%s', 10n", "10n"),
    ("'%s', { a: [1, [2]] }", "{ a: [Array] }"),
    ("'%s', { toString() { return 'custom' } }", "custom"),
    ("'%d', '42'", "42"),
    ("'%i', 42.9", "42"),
    ("'%f', '1.5abc'", "1.5"),
    ("'%j', { a: [1, 'x'] }", '{"a":[1,"x"]}'),
    ("'%o', [1, 2]", "[ 1, 2, [length]: 2 ]"),
    ("'%O', { a: { b: { c: { d: 1 } } } }", "{ a: { b: { c: [Object] } } }"),
    ("'%c styled', 'color: red'", " styled"),
    ("'100%%'", "100%%"),
    ("'100%%', 1", "100% 1"),
    ("'%s %s', 'only one'", "only one %s"),
    ("'%x', 1", "%x 1"),
    ("1, 'two', [3]", "1 two [ 3 ]"),
]


@pytest.mark.parametrize("args,expected", FORMAT_CASES)
def test_format_args(realm, args, expected):
    arr = realm.evaluate("[" + args + "]")
    assert format_args(list(arr.elements)) == expected


def test_format_circular_json(realm):
    arr = realm.evaluate("(() => { const o = {}; o.o = o; return ['%j', o] })()")
    assert format_args(list(arr.elements)) == "[Circular]"


# -- against a real node -------------------------------------------------------------------------

NODE_BATCH = [
    "1", "-0", "0.1 + 0.2", "1e21", "NaN", "10n", "'abc'", '"it\'s"', "'\\x00\\x1f\\x7f\\x9f'",
    "'\\ud800x'", "Symbol.iterator", "undefined", "null", "[]", "[,,]", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]",
    "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']", "new Array(200).fill(0)",
    "[1.5, -2.25, 3, 100000, 7, 8, 9]", "['a', 1, 'b', 2, 'c', 3, 'd']",
    "[1n, 2n, 3n, 4n, 5n, 6n, 7n]", "{}", "{ __proto__: null, x: 1 }",
    "{ a: [1, 2, [3, [4]]] }", "(() => { const o = { a: {} }; o.a.b = o; o.c = o.a; return o })()",
    "(() => { const a = [1, 2]; a.push(a); return a })()",
    "(() => { const a = {}; const b = { a }; a.b = b; return [a, b] })()",
    "async function* ag() {}", "class {}", "Object(10n)", "Object(Symbol('s'))",
    "new Boolean(false)", "Object.assign(new Number(-0), { x: 1 })",
    "new String('a long string that goes past the break length for sure, yes indeed it does')",
    "(() => { const p = Promise.reject(3); p.catch(() => {}); return p })()",
    "Promise.resolve({ a: 1, b: [1, 2] })",
    "(() => { class P { constructor() { this.a = 1 } }; class Q extends P {}; return new Q() })()",
    "{ a: 'x'.repeat(100) }", "'x'.repeat(100)", "['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)]",
    "{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14 }",
    "Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))",
    "Array.from({ length: 101 }, (_, i) => i)", "[[1, 2, 3], [4, 5, 6], [7, 8, 9]]",
    "{ matrix: [[1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 12, 13, 14, 15, 16]] }",
    "'line1\\nline2\\nline3 is a long line that should be split because it is long'",
    "{ fn: function named() {}, arrow: () => {}, cls: class Z {}, bound: function b() {}.bind(null) }",
    "{ 'key\\nwith newline': 1, \"quote'key\": 2 }",
    "Object.defineProperty({}, 'hidden', { value: 1, enumerable: false })",
    "[, 1, , 2, , , 3, , ]", "(() => { const a = []; a[5] = 1; a[10] = 2; return a })()",
    "(() => { const a = [1, 2, 3]; a[-1] = 0; a.foo = 'bar'; return a })()",
    "Array.from({ length: 8 }, (_, i) => ({ i }))", "Array.from({ length: 30 }, (_, i) => i % 2 ? 'odd' : i)",
    "{ emoji: '😀😀😀', cjk: '日本語' }", "['😀', '日本語', 'a', 'b', 'c', 'd', 'e', 'f']",
    "Object.assign(Object.create({ inherited: 1 }), { own: 2 })",
    "Object.assign(Object.create(Object.create(null)), { x: 1 })",
    "{ [Symbol.toStringTag]: 'Custom' }", "Object.defineProperty({ x: 1 }, Symbol.toStringTag, { value: 'T' })",
    "(() => { class T { static x = 1 }; return T })()", "(() => { function F() { this.a = 1 }; return new F() })()",
    "(() => { const e = new Error('msg'); e.stack = 'Error: msg\\n    at foo (file.js:1:2)'; return { e } })()",
    "(() => { class MyErr extends Error {}; const e = new MyErr('x'); e.stack = 'Error: x\\n    at f (a.js:1:1)'; return e })()",
    "(() => { const e = new RangeError('r', { cause: 'c' }); e.stack = 'RangeError: r\\n    at f (a.js:1:1)'; return e })()",
    "(() => { const e = new Error('m'); e.name = 'Custom'; e.stack = 'Custom: m\\n    at x (a.js:1:1)'; return e })()",
    "(() => { const e = new Error('m'); delete e.stack; return e })()",
    "{ p: new Promise(() => {}) }", "[Promise.resolve(1)]", "new Date(NaN)", "{ d: new Date(86400000) }",
]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_matches_real_node(realm):
    script = ("const util = require('util'); const out = [];"
              "for (const e of JSON.parse(process.argv[1])) out.push(util.inspect((0, eval)('(' + e + ')')));"
              "process.stdout.write(JSON.stringify(out));")
    res = subprocess.run(["node", "-e", script, json.dumps(NODE_BATCH)], capture_output=True,
                         text=True, timeout=60)
    expected = json.loads(res.stdout)
    mismatches = [(e, n, inspect(js(realm, e))) for e, n in zip(NODE_BATCH, expected)
                  if inspect(js(realm, e)) != n]
    assert mismatches == []


# -- Map and Set (read through the realm's builtin iterators) ------------------------------------

def _stub_collections(realm):
    """Minimal Map/Set stand-ins with builtin iterators, for when the real family is absent.

    They exercise the same path as the real builtins: a ``class_name`` plus the
    realm's original ``%Map.prototype%.entries`` / ``%Set.prototype%.values``.
    """
    from pyjs.interp.functions import NativeFunction

    def iterator(items):
        it = realm.new_object()
        pending = list(items)

        def next_(this, args):
            res = realm.new_object()
            res.props["done"] = not pending
            res.props["value"] = pending.pop(0) if pending else None
            return res
        it.props["next"] = NativeFunction(realm, next_, "next", 0)
        return it

    class StubMap(JSObject):
        __slots__ = ("data",)
        class_name = "Map"

    class StubSet(JSObject):
        __slots__ = ("data",)
        class_name = "Set"

    made = []
    for cls, family, method, make_items in (
            (StubMap, "Map", "entries", lambda o: [realm.new_array(kv) for kv in o.data]),
            (StubSet, "Set", "values", lambda o: list(o.data))):
        proto = realm.new_object()
        proto.props[method] = NativeFunction(
            realm, lambda this, args, f=make_items: iterator(f(this)), method, 0)
        realm.intrinsics[f"%{family}.prototype%"] = proto
        ctor = NativeFunction(realm, lambda this, args: None, family, 0)
        ctor.props["prototype"] = proto
        proto.props["constructor"] = Prop(ctor, 5)
        made.append(lambda data, cls=cls, proto=proto: _with_data(cls(proto), data))
    return made


def _with_data(obj, data):
    obj.data = data
    return obj


def test_map_and_set():
    realm = Realm()
    if realm.evaluate("typeof Map") == "function" and realm.evaluate("typeof Set") == "function":
        m = realm.evaluate("new Map([['a', 1], [{ x: 1 }, [2]]])")
        s = realm.evaluate("new Set([1, 'two'])")
        empty = realm.evaluate("new Map()")
        nested = realm.evaluate("({ m: new Map([[1, { a: { b: {} } }]]) })")
        extra = realm.evaluate("Object.assign(new Set([1]), { extra: 2 })")
    else:
        make_map, make_set = _stub_collections(realm)
        m = make_map([["a", 1.0], [realm.evaluate("({ x: 1 })"), realm.new_array([2.0])]])
        s = make_set([1.0, "two"])
        empty = make_map([])
        nested = realm.new_object()
        nested.props["m"] = make_map([[1.0, realm.evaluate("({ a: { b: {} } })")]])
        extra = make_set([1.0])
        extra.props["extra"] = 2.0
    assert inspect(m) == "Map(2) { 'a' => 1, { x: 1 } => [ 2 ] }"
    assert inspect(s) == "Set(2) { 1, 'two' }"
    assert inspect(empty) == "Map(0) {}"
    assert inspect(nested) == "{ m: Map(1) { 1 => { a: [Object] } } }"
    assert inspect(extra) == "Set(1) { 1, extra: 2 }"


# -- found comparing with Node on tests/programs ----------------------------------------------

def test_backslashes_in_strings_are_escaped():
    from pyjs.webapi.inspect import str_escape
    assert str_escape("c\\n") == "'c\\\\n'"
    assert str_escape("it's \\") == '"it\'s \\\\"'


def test_map_and_set_iterators_show_their_remaining_entries():
    from pyjs import Realm
    from pyjs.webapi.inspect import inspect
    r = Realm()
    it = r.evaluate("const m = new Map([[1, 'a'], [2, 'b']]); const it = m.keys(); it.next(); it")
    assert inspect(it) == "[Map Iterator] { 2 }"
    assert inspect(r.evaluate("m.entries()")) == "[Map Entries] { [ 1, 'a' ], [ 2, 'b' ] }"
    assert inspect(r.evaluate("new Set([1]).entries()")) == "[Set Entries] { [ 1, 1 ] }"
    assert inspect(r.evaluate("it.next(); it.next(); it")) == "[Map Iterator] {  }"


def test_buffers_views_and_typed_array_subclasses():
    from pyjs import Realm
    from pyjs.webapi.inspect import inspect
    r = Realm()
    assert inspect(r.evaluate("new Uint8Array([1, 2]).buffer")) == \
        "ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }"
    assert inspect(r.evaluate("new DataView(new ArrayBuffer(2), 1)")) == (
        "DataView {\n  byteLength: 1,\n  byteOffset: 1,\n"
        "  buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }\n}")
    assert inspect(r.evaluate("new (class Buf extends Uint8Array {})(2)")) == \
        "Buf(2) [Uint8Array] [ 0, 0 ]"
