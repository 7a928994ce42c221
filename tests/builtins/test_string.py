"""String builtin: behaviour test262 does not pin down (UTF-16 vs code points,
case mapping against the current Unicode version, size guards, the pattern
dispatch without RegExp, GetSubstitution corner cases) and regressions."""
import json
import shutil
import subprocess

import pytest

from pyjs import JSError, Realm
from pyjs.builtins.string_ops import (code_point_at, code_points_to_string, get_substitution,
                                      is_string_well_formed_unicode, string_to_code_points,
                                      to_well_formed)


@pytest.fixture(scope="module")
def realm():
    return Realm()


def ev(realm, src):
    return realm.evaluate(src)


def error_name(realm, src):
    with pytest.raises(JSError) as e:
        realm.evaluate(src)
    return e.value.name


# -- code units and code points -----------------------------------------------------

def test_code_point_conversions():
    s = "a\ud83d\ude00b\ud800c\udc00"
    cps = string_to_code_points(s)
    assert cps == "a\U0001f600b\ud800c\udc00"
    assert code_points_to_string(cps) == s
    assert string_to_code_points("plain") == "plain"
    assert code_point_at(s, 1) == (0x1F600, 2, False)
    assert code_point_at(s, 2) == (0xDE00, 1, True)
    assert code_point_at(s, 4) == (0xD800, 1, True)
    assert code_point_at("\ud800", 0) == (0xD800, 1, True)


def test_well_formed():
    assert is_string_well_formed_unicode("a\ud83d\ude00")
    assert not is_string_well_formed_unicode("\ude00\ud83d")
    assert to_well_formed("\ude00\ud83d\ude00\ud83d") == "\ufffd\ud83d\ude00\ufffd"
    assert to_well_formed("abc") == "abc"


@pytest.mark.parametrize("src, expected", [
    ('"a\\u{1F600}b".length', 4.0),
    ('"\\u{1F600}".codePointAt(0)', 128512.0),
    ('"\\u{1F600}".codePointAt(1)', 56832.0),
    ('"\\u{1F600}".charCodeAt(0)', 55357.0),
    ('[..."a\\u{1F600}\\uD800b"].length', 4.0),
    ('[..."a\\u{1F600}\\uD800b"][1].length', 2.0),
    ('String.fromCodePoint(0x1F600, 0x61) === "\\uD83D\\uDE00a"', True),
    ('String.fromCodePoint(0xD800).length', 1.0),
    ('String.fromCharCode(0x10061, -1).charCodeAt(1)', 65535.0),
    ('"\\uD83D\\uDE00".at(-1) === "\\uDE00"', True),
])
def test_utf16_semantics(realm, src, expected):
    assert ev(realm, src) == expected


@pytest.mark.parametrize("src", ['String.fromCodePoint(1.5)', 'String.fromCodePoint(-1)',
                                 'String.fromCodePoint(0x110000)', 'String.fromCodePoint(NaN)',
                                 'String.fromCodePoint(Infinity)'])
def test_from_code_point_range_errors(realm, src):
    assert error_name(realm, src) == "RangeError"


# -- case mapping and normalization -------------------------------------------------

@pytest.mark.parametrize("src, expected", [
    ('"ß".toUpperCase()', "SS"),
    ('"\\u0130".toLowerCase()', "i\u0307"),
    ('"ΑΣ".toLowerCase()', "ας"),
    ('"ΑΣ Σ".toLowerCase()', "ας σ"),
    ('"\\uFB00".toUpperCase()', "FF"),
    ('"\\u{10400}".toLowerCase() === "\\u{10428}"', True),
    ('"\\uD800a".toUpperCase() === "\\uD800A"', True),
    ('"\\u019b".toUpperCase()', "\ua7dc"),            # Unicode 16, newer than Python 3.11
    ('"abc".toLocaleUpperCase("tr")', "ABC"),
])
def test_case_mapping(realm, src, expected):
    assert ev(realm, src) == expected


@pytest.mark.skipif(shutil.which("node") is None, reason="node not installed")
def test_case_mapping_matches_node_on_every_code_point(realm):
    """One string of all code points of planes 0-1 (no higher code point has a case
    mapping), mapped by pyjs and by node.  U+03A3 is left out: the final-sigma
    rule would make its result depend on its neighbours."""
    cps = "".join([chr(cp) for cp in range(0x20000) if not 0xD800 <= cp <= 0xDFFF and cp != 0x3A3])
    realm.global_object.props["__all"] = code_points_to_string(cps)
    script = ("const s = require('fs').readFileSync(0, 'utf8');"
              "process.stdout.write(JSON.stringify([s.toUpperCase(), s.toLowerCase()]))")
    out = subprocess.run(["node", "-e", script], input=cps.encode("utf-8"),
                         capture_output=True, check=True).stdout
    node_upper, node_lower = (code_points_to_string(x) for x in json.loads(out))
    assert ev(realm, "__all.toUpperCase()") == node_upper
    assert ev(realm, "__all.toLowerCase()") == node_lower


@pytest.mark.parametrize("src, expected", [
    ('"\\u1E9B\\u0323".normalize("NFC")', "\u1e9b\u0323"),
    ('"\\u1E9B\\u0323".normalize("NFD")', "\u017f\u0323\u0307"),
    ('"\\u1E9B\\u0323".normalize("NFKC")', "\u1e69"),
    ('"\\u1E9B\\u0323".normalize("NFKD")', "s\u0323\u0307"),
    ('"a\\uD800\\u0301".normalize() === "a\\uD800\\u0301"', True),
    ('"\\u{1D15E}".normalize("NFD") === "\\u{1D157}\\u{1D165}"', True),
])
def test_normalize(realm, src, expected):
    assert ev(realm, src) == expected


def test_normalize_bad_form(realm):
    assert error_name(realm, '"a".normalize("nfc")') == "RangeError"


def test_locale_compare_canonical_equivalence(realm):
    assert ev(realm, '"o\\u0308".localeCompare("\\u00f6")') == 0.0
    assert ev(realm, '"a".localeCompare("b")') == -1.0
    assert ev(realm, '"b".localeCompare("a")') == 1.0


# -- size guards --------------------------------------------------------------------

@pytest.mark.parametrize("src", ['"ab".repeat(2**30)', '"a".padStart(2**31)', '"a".padEnd(2**40, "xy")',
                                 '"abc".repeat(-1)', '"abc".repeat(Infinity)'])
def test_size_guards(realm, src):
    assert error_name(realm, src) == "RangeError"


def test_empty_repeat_and_pad_never_throw(realm):
    assert ev(realm, '"".repeat(2**40)') == ""
    assert ev(realm, '"a".padStart(2**40, "")') == "a"


# -- string patterns without RegExp -------------------------------------------------

@pytest.mark.parametrize("src, expected", [
    ('"aXbXc".split("X")', "a,b,c"),
    ('"aXbXc".split("X", 2)', "a,b"),
    ('"abc".split("")', "a,b,c"),
    ('"".split("")', ""),
    ('"".split("X").length', 1.0),
    ('"abc".split().length', 1.0),
    ('"abc".split(undefined, 0).length', 0.0),
    ('"aaaa".split("aa").length', 3.0),
    ('"abc".replace("b", "[$&|$`|$\'|$$|$0|$1|$<x>]")', "a[b|a|c|$|$0|$1|$<x>]c"),
    ('"abc".replace("x", "y")', "abc"),
    ('"abc".replace("", "_")', "_abc"),
    ('"aaa".replaceAll("a", "$&$&")', "aaaaaa"),
    ('"abc".replaceAll("", "_")', "_a_b_c_"),
    ('"aaa".replaceAll("aa", "b")', "ba"),
    ('"abcb".replaceAll("b", (m, p, s) => "" + p + s.length)', "a14c34"),
])
def test_string_patterns(realm, src, expected):
    v = ev(realm, src)
    if not isinstance(v, (str, float)):
        v = ev(realm, "(" + src + ").join()")
    assert v == expected


def test_pattern_dispatch_to_symbol_methods(realm):
    src = """
    var log = [];
    var pat = {flags: "g"};   // Symbol.match makes it IsRegExp: matchAll/replaceAll check the flags
    pat[Symbol.match] = function (s) { log.push("match:" + s); return 1; };
    pat[Symbol.matchAll] = function (s) { log.push("matchAll:" + s); return 2; };
    pat[Symbol.replace] = function (s, r) { log.push("replace:" + s + r); return 3; };
    pat[Symbol.search] = function (s) { log.push("search:" + s); return 4; };
    pat[Symbol.split] = function (s, l) { log.push("split:" + s + l); return 5; };
    [ "x".match(pat), "x".matchAll(pat), "x".replace(pat, "r"), "x".replaceAll(pat, "r"),
      "x".search(pat), "x".split(pat, 7) ].join() + " " + log.join();
    """
    assert ev(realm, src) == "1,2,3,3,4,5 match:x,matchAll:x,replace:xr,replaceAll:xr,search:x,split:x7".replace(
        "replaceAll:xr", "replace:xr")


def test_primitive_symbol_methods_are_not_consulted(realm):
    src = """
    Object.defineProperty(String.prototype, Symbol.replace, {
        get() { throw new Error("read"); }, configurable: true });
    var r = "aXb".replace("X", "-");
    delete String.prototype[Symbol.replace];
    r;
    """
    assert ev(realm, src) == "a-b"


def test_is_reg_exp_checks(realm):
    assert error_name(realm, 'var o = {}; o[Symbol.match] = true; "a".startsWith(o)') == "TypeError"
    assert error_name(realm, 'var o = {}; o[Symbol.match] = 1; "a".includes(o)') == "TypeError"
    src = 'var o = {flags: "i"}; o[Symbol.match] = true; "a".replaceAll(o, "")'
    assert error_name(realm, src) == "TypeError"
    src = 'var o = {toString() { return "a"; }}; o[Symbol.match] = false; "abc".endsWith(o, 1)'
    assert ev(realm, src) is True


def test_match_without_regexp_is_a_clear_type_error():
    r = Realm()
    if "%RegExp%" in r.intrinsics:
        pytest.skip("RegExp is installed")
    with pytest.raises(JSError) as e:
        r.evaluate('"abc".match("b")')
    assert e.value.name == "TypeError" and "RegExp" in e.value.message


# -- GetSubstitution ----------------------------------------------------------------

@pytest.mark.parametrize("template, expected", [
    ("$1-$2", "X-"),              # undefined capture -> ""
    ("$01$02$03", "X$03"),
    ("$10", "X0"),                # two digits past the group count: $1 then "0"
    ("$00", "$00"),
    ("$0", "$0"),
    ("$", "$"),
    ("$$1", "$1"),
    ("$<n>|$<m>|$<", "N||$<"),
    ("$`|$'|$&", "ab|ef|cd"),
])
def test_get_substitution(realm, template, expected):
    named = ev(realm, '({n: "N", m: undefined})')
    assert get_substitution("cd", "abcdef", 2, ["X", None], named, template) == expected


def test_get_substitution_without_named_groups():
    assert get_substitution("b", "abc", 1, [], None, "$<n>") == "$<n>"


def test_get_substitution_tail_past_end():
    # position + len(matched) can exceed the string for a user RegExp exec result
    assert get_substitution("xyz", "ab", 1, [], None, "[$']") == "[]"


# -- String exotic objects and misc -------------------------------------------------

def test_string_object_own_keys(realm):
    src = """
    var s = new String("ab"); s[5] = 1; s.x = 2; s[2] = 3;
    Reflect.ownKeys(s).join();
    """
    assert ev(realm, src) == "0,1,2,5,length,x"
    assert ev(realm, 'Object.getOwnPropertyDescriptor(new String("ab"), "1").writable') is False
    assert ev(realm, '"use strict"; var t = new String("ab"); try { t[0] = "z"; 1 } catch (e) { e.name }') == "TypeError"
    assert ev(realm, 'var u = new String("ab"); u["-0"] = 1; u["-0"]') == 1.0
    assert ev(realm, '"1" in new String("ab")') is True
    assert ev(realm, '"2" in new String("ab")') is False


def test_trim_aliases_and_whitespace(realm):
    assert ev(realm, 'String.prototype.trimLeft === String.prototype.trimStart') is True
    assert ev(realm, 'String.prototype.trimRight.name') == "trimEnd"
    assert ev(realm, '"\\uFEFF\\u2029 a \\u0085".trim()') == "a \u0085"


def test_annex_b(realm):
    assert ev(realm, '"abc".substr(-2, 1)') == "b"
    assert ev(realm, '"abc".substr(1)') == "bc"
    assert ev(realm, '"x".link("a\\"b")') == '<a href="a&quot;b">x</a>'
    assert ev(realm, '"x".big()') == "<big>x</big>"
    assert error_name(realm, 'String.prototype.bold.call(null)') == "TypeError"


def test_string_raw(realm):
    assert ev(realm, 'String.raw`a\\n${1}b${2}`') == "a\\n1b2"
    assert ev(realm, 'String.raw({raw: {length: 3, 0: "x", 1: "y", 2: "z"}}, 1)') == "x1yz"
    assert ev(realm, 'String.raw({raw: {length: -1}})') == ""


def test_iterator_is_by_code_point(realm):
    assert ev(realm, 'var it = "\\uD83D\\uDE00x"[Symbol.iterator](); it.next().value.length') == 2.0
    assert ev(realm, 'it.next().value + it.next().done + it.next().done') == "xtruetrue"
    assert ev(realm, 'Object.prototype.toString.call(it)') == "[object String Iterator]"
    assert error_name(realm, 'it.next.call({})') == "TypeError"


def test_this_coercion_errors_name_the_method(realm):
    with pytest.raises(JSError) as e:
        realm.evaluate("String.prototype.padStart.call(undefined, 3)")
    assert "padStart" in e.value.message


def test_cross_realm_type_error(realm):
    other = Realm()
    f = other.evaluate("String.prototype.toString")
    realm.global_object.props["__otherToString"] = f
    realm.global_object.props["__OtherTypeError"] = other.evaluate("TypeError")
    assert ev(realm, "try { __otherToString.call(1) } catch (e) { e instanceof __OtherTypeError }") is True
