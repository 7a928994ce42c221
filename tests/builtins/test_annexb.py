"""Annex B escape/unescape (test262 annexB/built-ins covers the JS surface)."""
from pyjs import Realm
from pyjs.builtins.annexb import escape, unescape


def test_escape_round_trip():
    s = "a b+c/ä\u0100\ud83d\ude00%"
    assert escape(s) == "a%20b+c/%E4%u0100%uD83D%uDE00%25"
    assert unescape(escape(s)) == s


def test_unescape_leaves_malformed_sequences():
    assert unescape("%u12G4%4%zz%u123%41") == "%u12G4%4%zz%u123A"
    assert unescape("%u0041%") == "A%"


def test_globals():
    r = Realm()
    assert r.evaluate("escape('@*_+-./ ') + unescape('%41%u0042')") == "@*_+-./%20AB"
