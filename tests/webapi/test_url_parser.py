"""The URL Standard implementation against the Web Platform Tests' URL data files,
plus property tests.

The WPT files are read at test time from ``$PYJS_WPT_DIR/url/resources`` (default
``<repo>/../shared/wpt``) and never copied into the project; without them those
tests skip.  Each data-file test prints its pass count (``pytest -s`` shows it) and
fails listing the cases that did not pass.
"""

from __future__ import annotations

import ipaddress
import json
import os
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from pyjs.webapi import url_parser as U
from pyjs.webapi.url_idna import punycode_decode, punycode_encode, uts46_to_ascii
from pyjs.webapi.url_percent import usv_from_utf16, utf16_from_usv
from pyjs.webapi.urlencoded import (
    urlencoded_parse,
    urlencoded_serialize,
    urlencoded_string_parse,
)

REPO = Path(__file__).resolve().parents[2]
WPT_DIR = Path(os.environ.get("PYJS_WPT_DIR", REPO.parent / "shared" / "wpt"))
RESOURCES = WPT_DIR / "url" / "resources"

ATTRIBUTES = ("href", "protocol", "username", "password", "host", "hostname", "port",
              "pathname", "search", "hash")


def load(name: str):
    path = RESOURCES / name
    if not path.is_file():
        pytest.skip(f"WPT data file {path} not found (set PYJS_WPT_DIR to a WPT checkout)")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if isinstance(data, list):  # strings in the lists are comments
        return [case for case in data if not isinstance(case, str)]
    return data


def report(name: str, failures: list, total: int) -> None:
    print(f"\n{name}: {total - len(failures)}/{total} passed")
    assert not failures, f"{name}: {len(failures)} of {total} failed, e.g. {failures[:5]!r}"


def attributes(url: U.URLRecord) -> dict:
    return {name: getattr(U, "get_" + name)(url) for name in ATTRIBUTES}


def check_url_case(case: dict) -> str | None:
    """One urltestdata entry as url-constructor/url-origin/failure tests run it."""
    url = U.api_url_parse(case["input"], case["base"])
    if case.get("failure"):
        if url is not None:
            return f"parsed as {U.get_href(url)!r}"
        if case["base"] is None:
            if U.api_url_parse("about:blank", case["input"]) is not None:
                return "parsed as a base URL"
            with pytest.raises(U.URLParseError):
                U.set_href(U.parse_url("about:blank"), case["input"])
        return None
    if url is None:
        return "failed to parse"
    got = attributes(url)
    wrong = {k: (got[k], case[k]) for k in ATTRIBUTES if got[k] != case[k]}
    if "origin" in case and U.get_origin(url) != case["origin"]:
        wrong["origin"] = (U.get_origin(url), case["origin"])
    return repr(wrong) if wrong else None


@pytest.mark.parametrize("name", ["urltestdata.json", "urltestdata-javascript-only.json"])
def test_wpt_urltestdata(name):
    cases = load(name)
    failures = []
    for case in cases:
        problem = check_url_case(case)
        if problem:
            failures.append((case["input"], case["base"], problem))
    report(name, failures, len(cases))


def test_wpt_setters():
    data = load("setters_tests.json")
    failures, total = [], 0
    for attribute, cases in data.items():
        if attribute == "comment":
            continue
        for case in cases:
            total += 1
            url = U.parse_url(case["href"])
            setter = getattr(U, "set_" + attribute)
            try:
                setter(url, case["new_value"])
            except U.URLParseError:
                pass
            got = attributes(url)
            wrong = {k: (got[k], v) for k, v in case["expected"].items() if got[k] != v}
            if wrong:
                failures.append((attribute, case["href"], case["new_value"], wrong))
    report("setters_tests.json", failures, total)


HOST_ENDING = {":": "%3A", "/": "%2F", "?": "%3F", "#": "%23", "\\": "%5C"}


def check_host_case(case: dict, encode_host_ending: bool, via_setters: bool) -> bool:
    """As toascii.window.js / IdnaTestV2.window.js check it through ``new URL``."""
    text = case["input"]
    if encode_host_ending:
        text = "".join(HOST_ENDING.get(ch, ch) for ch in text)
    expected = case["output"]
    url = U.parse_url(f"https://{text}/x")
    if expected is None:
        ok = url is None
    else:
        ok = url is not None and (
            U.get_host(url), U.get_hostname(url), U.get_pathname(url), U.get_href(url)
        ) == (expected, expected, "/x", f"https://{expected}/x")
    if via_setters:
        for attribute in ("host", "hostname"):
            url = U.parse_url("https://x/x")
            getattr(U, "set_" + attribute)(url, case["input"])
            ok = ok and getattr(U, "get_" + attribute)(url) == (expected or "x")
    return ok


@pytest.mark.parametrize("name,encode,via_setters", [
    ("toascii.json", False, True),
    ("IdnaTestV2.json", True, False),
    ("IdnaTestV2-removed.json", False, False),
])
def test_wpt_domain_to_ascii(name, encode, via_setters):
    cases = [case for case in load(name) if case["input"] != ""]
    failures = [ascii((case["input"], case["output"])) for case in cases
                if not check_host_case(case, encode, via_setters)]
    report(name, failures, len(cases))


def test_wpt_percent_encoding_utf8():
    """percent-encoding.json's UTF-8 column (other encodings are for documents)."""
    cases = load("percent-encoding.json")
    failures = []
    for case in cases:
        expected = case["output"]["utf-8"]
        url = U.parse_url(f"https://doesnotmatter.invalid/?{case['input']}#{case['input']}")
        if (U.get_search(url), U.get_hash(url)) != ("?" + expected, "#" + expected):
            failures.append((case["input"], U.get_search(url), U.get_hash(url)))
    report("percent-encoding.json (utf-8)", failures, len(cases))


# --- Direct behaviour ----------------------------------------------------------------------


def test_relative_resolution_and_record_shape():
    base = U.parse_url("https://user:pw@example.com:8443/a/b/c?q#f")
    url = U.parse_url("../d/./e/%2e%2E/g?x=1", base)
    assert U.get_href(url) == "https://user:pw@example.com:8443/a/d/g?x=1"
    assert url.path == ["a", "d", "g"] and url.port == 8443 and url.fragment is None
    assert U.parse_url("//other.test", base).host == "other.test"
    assert U.parse_url("no base") is None


def test_host_kinds():
    assert U.parse_url("http://0x7F.0.0.1").host == 0x7F000001
    assert U.parse_url("http://[1:0:0:2::3:0]").host == (1, 0, 0, 2, 0, 0, 3, 0)
    assert U.get_host(U.parse_url("http://[1:0:0:2::3:0]")) == "[1::2:0:0:3:0]"
    assert U.parse_url("sc://%C3%A9x").host == "%C3%A9x"  # opaque host
    assert U.parse_url("sc:///p").host == ""  # empty host
    assert U.parse_url("http://1.2.3.4.5") is None  # ends in a number, not IPv4
    assert U.parse_url("http://BÜCHER.example").host == "xn--bcher-kva.example"


def test_setters_keep_query_object_in_step():
    url = U.parse_url("https://example.com/?a=1")
    remaining = U.set_search(url, "?b=2 3&c")
    assert urlencoded_string_parse(remaining) == [("b", "2 3"), ("c", "")]
    assert U.get_search(url) == "?b=2%203&c"
    U.update_query_from_list(url, [("x", "y z"), ("é", "&")])
    assert U.get_href(url) == "https://example.com/?x=y+z&%C3%A9=%26"
    U.update_query_from_list(url, [])
    assert url.query is None and U.get_href(url) == "https://example.com/"


def test_set_href_failure_leaves_record():
    url = U.parse_url("https://example.com/p")
    with pytest.raises(U.URLParseError):
        U.set_href(url, "not a url")
    assert U.get_href(url) == "https://example.com/p"
    U.set_href(url, "ws://h:80/x")
    assert U.get_href(url) == "ws://h/x" and U.get_origin(url) == "ws://h"


def test_origins():
    assert U.get_origin(U.parse_url("blob:https://a.test:1/uuid")) == "https://a.test:1"
    assert U.get_origin(U.parse_url("blob:ftp://a.test/uuid")) == "null"
    assert U.get_origin(U.parse_url("file:///etc")) == "null"
    first, second = (U.url_origin(U.parse_url("data:x")) for _ in range(2))
    assert first != second  # each opaque origin is distinct


def test_utf16_conversions():
    assert usv_from_utf16("a\ud83d\ude00b\ud800") == "a\U0001F600b\ufffd"
    assert utf16_from_usv("a\U0001F600") == "a\ud83d\ude00"
    url = U.parse_url("https://h/\ud83d\ude00\udc00")  # UTF-16 input is tolerated
    assert U.get_pathname(url) == "/%F0%9F%98%80%EF%BF%BD"


def test_urlencoded_parser_cases():
    cases = {
        b"": [], b"&": [], b"a": [("a", "")], b"=b": [("", "b")],
        b"a==a": [("a", "=a")], b"a=a+b+c+d": [("a", "a b c d")],
        b"%61+%4d%4D=": [("a MM", "")], b"id=0&value=%": [("id", "0"), ("value", "%")],
        b"b=%2sf%2a": [("b", "%2sf*")], b"%FE%FF": [("\ufffd\ufffd", "")],
        b"%C2x": [("\ufffdx", "")], b"%EF%BB%BFtest=%EF%BB%BF": [("\ufefftest", "\ufeff")],
        b"&&&a=b&&&&c=d&": [("a", "b"), ("c", "d")],
    }
    for data, expected in cases.items():
        assert urlencoded_parse(data) == expected, data
    assert urlencoded_serialize([("a b", "~!'()*-._"), ("+", "\U0001F600")]) == \
        "a+b=%7E%21%27%28%29*-._&%2B=%F0%9F%98%80"


def test_uts46_options():
    assert uts46_to_ascii("a-.b", check_hyphens=True) is None
    assert uts46_to_ascii("a-.b") == "a-.b"
    assert uts46_to_ascii("a_b", use_std3_ascii_rules=True) is None
    assert uts46_to_ascii("Fass.DE") == "fass.de"
    assert uts46_to_ascii("\u0661.a") is None  # Bidi: an LTR label must not hold AN


def test_uts46_table_is_the_engines_own():
    """The IDNA Mapping Table and Joining_Type come from the checked-in ``_uts46_data``
    (see gen_uts46_data.py), not from whatever ``idna`` release is installed."""
    from pyjs.webapi import _uts46_data

    assert _uts46_data.UNICODE_VERSION == "17.0.0"
    assert uts46_to_ascii("fa\u00df.de") == "xn--fa-hia.de"  # ß is a deviation: kept
    assert uts46_to_ascii("FA\u1e9e.de") == "xn--fa-hia.de"  # ẞ maps to ß
    assert uts46_to_ascii("a\u00adb") == "ab"  # soft hyphen is ignored
    assert uts46_to_ascii("a\ue000") is None  # private use is disallowed
    # CONTEXTJ (RFC 5892 A.1): ZWNJ between a dual-joining BEH and BEH, then after a Latin letter
    assert uts46_to_ascii("\u0628\u064e\u200c\u0628") is not None  # FATHA is transparent
    assert uts46_to_ascii("a\u200cb") is None


# --- Properties -----------------------------------------------------------------------------

URLISH = st.lists(
    st.sampled_from(list("abAB09:/\\?#@[]%.-+ |^`{}'\"<>~!$&=;,_\t\x00")
                    + ["é", "\u00df", "\u0661", "\u200c", "\U0001F600", "xn--", "::",
                       "%2e", "..", "C:", "0x", "1.2", "http:", "file:", "sc:"]),
    max_size=16,
).map("".join)
SCHEMES = st.sampled_from(["http://", "https://", "file://", "file:", "sc://", "sc:", "ws:",
                           "mailto:", "blob:", "", "//", "/"])
BASES = st.sampled_from([None, "http://h/a/b?q#f", "file:///C:/x/y", "sc://h/a/b", "sc:opaque"])


@settings(max_examples=200, deadline=None)
@given(SCHEMES, URLISH, BASES)
@example("sc:", "/..//p", None)
@example("web+x:", "/.//not-a-host/", None)
@example("file:", "//C|/a/../..", None)
def test_reparse_of_serialization_is_identity(scheme, rest, base):
    base_url = U.parse_url(base) if base else None
    url = U.parse_url(scheme + rest, base_url)
    assume(url is not None)
    href = U.serialize_url(url)
    assert href.isascii()
    again = U.parse_url(href)
    assert again is not None, href
    assert again == url
    assert U.serialize_url(again) == href


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(list(ATTRIBUTES[1:])), URLISH,
       st.sampled_from(["http://u:p@h:1/a?b#c", "file:///d", "sc://h/x", "sc:o", "blob:x"]))
def test_setters_keep_url_reparsable(attribute, value, href):
    url = U.parse_url(href)
    getattr(U, "set_" + attribute)(url, value)
    assert U.parse_url(U.get_href(url)) == url


USV = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(USV, USV), max_size=5))
def test_urlencoded_round_trip(pairs):
    serialized = urlencoded_serialize(pairs)
    assert serialized.isascii()
    assert urlencoded_string_parse(serialized) == pairs


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 0xFFFF), min_size=8, max_size=8))
def test_ipv6_matches_python_ipaddress(pieces):
    address = tuple(pieces)
    text = U.serialize_host(address)
    python = ipaddress.IPv6Address(b"".join(p.to_bytes(2, "big") for p in pieces))
    assert ipaddress.IPv6Address(text[1:-1]) == python
    if python.ipv4_mapped is None:  # Python may print those with a dotted quad
        assert text[1:-1] == python.compressed
    assert U.host_parse(text) == address


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 0xFFFFFFFF))
def test_ipv4_round_trip(address):
    text = U.serialize_host(address)
    assert text == str(ipaddress.IPv4Address(address))
    assert U.host_parse(text) == address
    assert U.host_parse(hex(address)) == address


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20))
def test_punycode_round_trip(text):
    encoded = punycode_encode(text)
    assert encoded.isascii()
    assert punycode_decode(encoded) == text
    if not text.isascii():
        assert encoded.encode("ascii") == text.encode("punycode")
