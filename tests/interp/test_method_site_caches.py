"""Site caches of method calls in generated code (pyjs.interp.proto_cache.fill_site):
what tests/programs/method_site_caches.js cannot show from JS, on every tier.

Compiled code, and so each call site's cache, is shared by the realms that run it;
a cache answers only for the prototype object it was filled for, so a realm's
receivers never see another realm's methods, and a receiver whose prototype comes
from another realm finds what the lookup itself would find.
"""
from pyjs import Realm
from pyjs.interp import proto_cache

SRC = """
    var tag = typeof marker === 'undefined' ? 'first' : marker;
    function K() {}
    K.prototype.m = function () { return tag; };
    function call(o) { return o.m(); }
    var s;
    for (var i = 0; i < 30; i++) s = call(new K());
    s;
"""


def test_site_shared_by_realms(tier):
    r1 = Realm()
    compiled = r1.compile_script(SRC, "shared.js")
    assert r1.run_script(compiled) == "first"
    r2 = Realm()
    r2.run_script(r2.compile_script("var marker = 'second';", "setup.js"))
    assert r2.run_script(compiled) == "second"
    again = r1.compile_script("call(new K()) + call(new K())", "again.js")
    other = r2.compile_script("call(new K()) + call(new K())", "other.js")
    seen = [r.run_script(c) for _ in range(3) for r, c in ((r1, again), (r2, other))]
    assert seen == ["firstfirst", "secondsecond"] * 3


def test_receiver_with_another_realms_prototype(tier):
    r1 = Realm()
    compiled = r1.compile_script(SRC, "shared.js")
    r1.run_script(compiled)
    r2 = Realm()
    r2.run_script(r2.compile_script("var marker = 'second';", "setup.js"))
    r2.run_script(compiled)
    # a realm-2 object whose prototype is realm 1's K.prototype, through realm 2's call site
    proto = r1.run_script(r1.compile_script("K.prototype", "proto.js"))
    r2.global_object.props["foreignProto"] = proto
    mixed = r2.compile_script("[call(Object.create(foreignProto)), call(new K())].join()", "mixed.js")
    assert [r2.run_script(mixed) for _ in range(3)] == ["first,second"] * 3


def test_sites_emptied_when_the_lookup_cache_overflows(tier, monkeypatch):
    """INHERITED emptied to bound it (not because anything changed) empties the sites
    too: a site is only valid while the entry it was filled from is there."""
    monkeypatch.setattr(proto_cache, "_LIMIT", 3)
    r = Realm()
    src = """
        function P() {} P.prototype.m = function () { return 'p'; };
        function call(o) { return o.m(); }
        var protos = [];
        for (var i = 0; i < 10; i++) protos.push(Object.create(P.prototype));
        var out = '';
        for (var j = 0; j < 4; j++) for (var i = 0; i < 10; i++) out += call(Object.create(protos[i]));
        P.prototype.m = function () { return 'q'; };
        for (var i = 0; i < 10; i++) out += call(Object.create(protos[i]));
        out;
    """
    assert r.run_script(r.compile_script(src, "overflow.js")) == "p" * 40 + "q" * 10
    assert len(proto_cache.INHERITED) <= 3


BUILTINS_SRC = """
    function codes(s) { var out = []; for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i)); return out.join(); }
    function floors(m, xs) { var out = []; for (var i = 0; i < xs.length; i++) out.push(m.floor(xs[i])); return out.join(); }
    function chars(f, xs) { var out = ''; for (var i = 0; i < xs.length; i++) out += f.fromCharCode(xs[i]); return out; }
    for (var r = 0; r < 30; r++) { codes('ab'); floors(Math, [1.5]); chars(String, [65]); }
"""


def test_builtin_sites_shared_by_realms(tier):
    """A built-in call site's answer (BuiltinCallGenerator.builtin_site) is for one realm:
    a realm whose String.prototype.charCodeAt or Math.floor is replaced, running the same
    code, sees its own; so does code given another realm's Math or String."""
    r1 = Realm()
    compiled = r1.compile_script(BUILTINS_SRC, "shared.js")
    r1.run_script(compiled)
    r2 = Realm()
    r2.run_script(r2.compile_script(
        "String.prototype.charCodeAt = function (i) { return 'c' + i; };"
        "Math.floor = function (x) { return 'f' + x; };"
        "String.fromCharCode = function (x) { return 's' + x; };", "setup.js"))
    r2.run_script(compiled)
    r2.global_object.props["otherMath"] = r1.global_object.props["Math"]
    r2.global_object.props["otherString"] = r1.global_object.props["String"]
    q1 = r1.compile_script("[codes('xy'), floors(Math, [2.5]), chars(String, [66])].join(' ')", "q1.js")
    q2 = r2.compile_script("[codes('xy'), floors(Math, [2.5]), chars(String, [66]), floors(otherMath, [3.5]),"
                           " chars(otherString, [67, 1e6])].join(' ')", "q2.js")
    seen = [r.run_script(c) for _ in range(3) for r, c in ((r1, q1), (r2, q2))]
    assert seen == ["120,121 2 B", "c0,c1 f2.5 s66 3 C\u4240"] * 3
