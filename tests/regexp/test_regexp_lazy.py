"""RegExp programs build their matcher on first use; patterns known valid parse then too."""
from pyjs import Realm
from pyjs.regexp import compile_regexp, note_valid


def test_matcher_and_prefilters_are_built_on_first_use():
    prog = compile_regexp(r"zz(\d+)q", "")
    assert "parsed" in prog.__dict__ and prog.group_count == 1
    assert not prog._programs and "_prefix" not in prog.__dict__
    assert prog.search("..zz42q", 0) == [(2, 7), (4, 6)]


def test_noted_valid_pattern_parses_when_it_first_runs():
    note_valid([(r"ab+(c|d)\1", "g"), (r"(?<year>\d{4})-(?<!x)", ""), (r"(?<=a)b(?!c)", "")])
    prog = compile_regexp(r"ab+(c|d)\1", "g")
    assert "parsed" not in prog.__dict__ and prog.named_groups is None
    assert prog.search("xabbcc", 0) == [(1, 6), (4, 5)]
    assert "parsed" in prog.__dict__ and prog.group_count == 1
    look = compile_regexp(r"(?<=a)b(?!c)", "")      # lookarounds are not named groups
    assert "parsed" not in look.__dict__ and look.match("ab", 1) == [(1, 2)]
    named = compile_regexp(r"(?<year>\d{4})-(?<!x)", "")    # may name groups: parsed now
    assert "parsed" in named.__dict__ and named.named_groups == [None, "year"]


def test_cached_module_regexp_literals_behave_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("PYJS_CACHE_DIR", str(tmp_path / "cache"))
    src = (r"""
export const results = [
  /^\/api\/v(\d+)\/([a-z]+)$/i.exec("/API/v12/users").slice(1).join(),
  "2024-05-06".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>.$<m>.$<y>"),
  "a+b+c".split(/\+/g).length, /(?<=\$)\d+/.exec("cost $42")[0], String(/[/]\//u),
  /x/y.sticky, /\p{L}+/u.exec("¡héllo!")[0],
];
""" + "\n// " + "x" * 9000 + "\n")
    path = tmp_path / "m.mjs"
    path.write_text(src)
    outs = []
    for _ in range(2):
        realm = Realm()
        realm.global_object.props["ns"] = realm.import_module(str(path))
        outs.append(realm.evaluate("JSON.stringify(ns.results)"))
    assert outs[0] == outs[1]
    assert outs[0] == '["12,users","06.05.2024",3,"42","/[/]\\\\//u",true,"héllo"]'
