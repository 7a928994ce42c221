"""The URL and URLSearchParams classes (pyjs.webapi.url); the parser itself is test_url_parser.py."""
import pytest

from pyjs import JSError
from webapi_helpers import eval_json, make_realm


@pytest.fixture(scope="module")
def realm():
    return make_realm()


def test_url_attributes_and_setters(realm):
    out = eval_json(realm, """(() => {
        const u = new URL("HTTPS://us:pw@Example.COM:443/a/./b/../c?x=1#frag");
        const before = [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port,
                        u.pathname, u.search, u.hash];
        u.port = "8080"; u.pathname = "/p q"; u.hash = ""; u.protocol = "http"; u.username = "";
        return [before, u.href, u.toJSON(), String(u)];
    })()""")
    assert out[0] == ["https://us:pw@example.com/a/c?x=1#frag", "https://example.com", "https:", "us", "pw",
                      "example.com", "example.com", "", "/a/c", "?x=1", "#frag"]
    assert out[1] == out[2] == out[3] == "http://:pw@example.com:8080/p%20q?x=1"


def test_url_statics_and_errors(realm):
    assert eval_json(realm, '[URL.canParse("/x"), URL.canParse("/x", "http://a"), URL.parse("nope"), '
                          'URL.parse("b", "http://a/c/d").href]') == [False, True, None, "http://a/c/b"]
    with pytest.raises(JSError) as e:
        realm.evaluate('new URL("http://[::1")')
    assert e.value.name == "TypeError"
    with pytest.raises(JSError):
        realm.evaluate('new URL("http://a").href = "not a url"')
    with pytest.raises(JSError):
        realm.evaluate("new URL()")


def test_search_params_live_link(realm):
    out = eval_json(realm, """(() => {
        const u = new URL("https://a.test/?b=2&a=1");
        const sp = u.searchParams;
        sp.append("c", "x y");
        const one = u.search;
        u.search = "?z=9";
        const two = [...sp];
        sp.delete("z");
        return [one, two, u.href, sp === u.searchParams, sp.size];
    })()""")
    assert out == ["?b=2&a=1&c=x+y", [["z", "9"]], "https://a.test/", True, 0]


def test_search_params_init_forms_and_sorting(realm):
    out = eval_json(realm, """(() => {
        const a = new URLSearchParams("?x=1&y=%F0%9F%98%80&x=2");
        const b = new URLSearchParams([["k", "v"], ["k", "w"]]);
        const c = new URLSearchParams({"\\ud835x": "1", "\\ud83dx": "2"});
        const s = new URLSearchParams("z=1&\\ufb03=2&a=3&\\ud83c\\udf08=4&a=5");
        s.sort();
        return [a.getAll("x"), a.get("y"), a.has("x", "2"), a.has("x", "3"), b.toString(), [...c],
                [...s.keys()], s.toString()];
    })()""")
    assert out[0] == ["1", "2"] and out[1] == "\U0001F600"
    assert out[2] is True and out[3] is False
    assert out[4] == "k=v&k=w"
    assert out[5] == [["\ufffdx", "2"]]            # both keys become the same USVString; the later wins
    assert out[6] == ["a", "a", "z", "\U0001F308", "\ufb03"]   # UTF-16 code unit order
    assert out[7] == "a=3&a=5&z=1&%F0%9F%8C%88=4&%EF%AC%83=2"


def test_search_params_iteration_sees_changes(realm):
    out = eval_json(realm, """(() => {
        const p = new URLSearchParams("a=1&b=2");
        const seen = [];
        p.forEach((v, k, obj) => { seen.push(k + v); if (k === "a") obj.append("c", "3"); });
        const it = p.entries();
        return [seen, Object.prototype.toString.call(it), it.next().value];
    })()""")
    assert out == [["a1", "b2", "c3"], "[object URLSearchParams Iterator]", ["a", "1"]]


def test_search_params_errors(realm):
    for code in ('new URLSearchParams([["a"]])', 'new URLSearchParams([1])', 'new URLSearchParams().append("a")',
                 'URLSearchParams.prototype.get.call({}, "a")', 'URLSearchParams()'):
        with pytest.raises(JSError) as e:
            realm.evaluate(code)
        assert e.value.name == "TypeError"
