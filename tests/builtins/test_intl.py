"""Intl (ECMA-402, English data): outputs as Node 20 prints them, fallbacks, errors.

The expected strings were taken from ``node -e`` (Node 20.20, ICU 78).  When
``node`` is on PATH, ``test_matches_node`` also compares a batch of format
calls directly.
"""
import json
import shutil
import subprocess

import pytest

from pyjs import JSError, Realm

T = "Date.UTC(2024, 2, 5, 15, 4, 9, 45)"  # a Tuesday afternoon


@pytest.fixture(scope="module")
def realm():
    return Realm()


def ev(realm, src):
    return realm.evaluate(src)


def error_name(realm, src):
    with pytest.raises(JSError) as e:
        realm.evaluate(src)
    return e.value.name


def dtf(realm, options, t=T):
    return ev(realm, f"new Intl.DateTimeFormat('en-US', Object.assign({{timeZone: 'UTC'}}, "
                     f"{options})).format({t})")


@pytest.mark.parametrize("options, expected", [
    ("{}", "3/5/2024"),
    ("{year: 'numeric', month: 'long', day: 'numeric'}", "March 5, 2024"),
    ("{year: 'numeric', month: 'short', day: 'numeric'}", "Mar 5, 2024"),
    ("{year: '2-digit', month: '2-digit', day: '2-digit'}", "03/05/24"),
    ("{weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'}", "Tuesday, March 5, 2024"),
    ("{weekday: 'short', month: 'short', day: 'numeric'}", "Tue, Mar 5"),
    ("{weekday: 'short', day: 'numeric'}", "5 Tue"),
    ("{month: 'long', year: 'numeric'}", "March 2024"),
    ("{month: 'numeric', year: 'numeric'}", "3/2024"),
    ("{month: 'narrow'}", "M"),
    ("{hour: 'numeric'}", "3 PM"),
    ("{hour: 'numeric', minute: '2-digit'}", "3:04 PM"),
    ("{hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false}", "15:04:09"),
    ("{hour: 'numeric', minute: '2-digit', hourCycle: 'h23'}", "15:04"),
    ("{minute: '2-digit', second: '2-digit'}", "04:09"),
    ("{hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3}",
     "3:04:09.045 PM"),
    ("{year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit'}",
     "Mar 5, 2024, 3:04 PM"),
    ("{year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit'}",
     "March 5, 2024 at 3:04 PM"),
    ("{weekday: 'short', hour: 'numeric'}", "Tue 3 PM"),
    ("{hour: 'numeric', minute: '2-digit', timeZoneName: 'short'}", "3:04 PM UTC"),
    ("{timeZoneName: 'short'}", "3/5/2024, UTC"),
    ("{hour: 'numeric', dayPeriod: 'long'}", "3 in the afternoon"),
    ("{era: 'short'}", "3/5/2024 AD"),
    ("{dateStyle: 'full'}", "Tuesday, March 5, 2024"),
    ("{dateStyle: 'medium'}", "Mar 5, 2024"),
    ("{dateStyle: 'short'}", "3/5/24"),
    ("{timeStyle: 'full'}", "3:04:09 PM Coordinated Universal Time"),
    ("{timeStyle: 'short'}", "3:04 PM"),
    ("{dateStyle: 'long', timeStyle: 'short'}", "March 5, 2024 at 3:04 PM"),
    ("{dateStyle: 'medium', timeStyle: 'short'}", "Mar 5, 2024, 3:04 PM"),
])
def test_date_time_format_patterns(realm, options, expected):
    assert dtf(realm, options) == expected


@pytest.mark.parametrize("zone, expected", [
    ("America/New_York", "10 AM EST"),
    ("America/Los_Angeles", "7 AM PST"),
    ("Europe/Berlin", "4 PM GMT+1"),
    ("Asia/Kolkata", "8 PM GMT+5:30"),
    ("Europe/London", "3 PM GMT"),
    ("Asia/Tokyo", "12 AM GMT+9"),
])
def test_time_zones(realm, zone, expected):
    assert ev(realm, f"new Intl.DateTimeFormat('en-US', {{hour: 'numeric', timeZone: '{zone}', "
                     f"timeZoneName: 'short'}}).format({T})") == expected


def test_time_zone_names(realm):
    summer = "Date.UTC(2024, 6, 14, 12)"
    fmt = "new Intl.DateTimeFormat('en-US', {{timeZone: '{z}', timeZoneName: '{n}'}}).format({t})"
    assert ev(realm, fmt.format(z="America/New_York", n="long", t=summer)) == \
        "7/14/2024, Eastern Daylight Time"
    assert ev(realm, fmt.format(z="America/New_York", n="shortOffset", t=summer)) == "7/14/2024, GMT-4"
    assert ev(realm, fmt.format(z="Asia/Kolkata", n="longOffset", t=summer)) == "7/14/2024, GMT+05:30"
    assert ev(realm, fmt.format(z="America/New_York", n="longGeneric", t=summer)) == \
        "7/14/2024, Eastern Time"
    assert ev(realm, fmt.format(z="UTC", n="long", t=summer)) == \
        "7/14/2024, Coordinated Universal Time"


def test_date_time_format_to_parts_and_options(realm):
    parts = ev(realm, f"JSON.stringify(new Intl.DateTimeFormat('en-US', {{timeZone: 'UTC', "
                      f"hour: 'numeric', minute: '2-digit'}}).formatToParts({T}))")
    assert json.loads(parts) == [
        {"type": "hour", "value": "3"}, {"type": "literal", "value": ":"},
        {"type": "minute", "value": "04"}, {"type": "literal", "value": "\u202f"},
        {"type": "dayPeriod", "value": "PM"}]
    ro = json.loads(ev(realm, "JSON.stringify(new Intl.DateTimeFormat('en-US', {timeZone: "
                              "'america/new_york', hour: 'numeric', minute: 'numeric', "
                              "hour12: false}).resolvedOptions())"))
    assert ro == {"locale": "en-US", "calendar": "gregory", "numberingSystem": "latn",
                  "timeZone": "America/New_York", "hourCycle": "h24", "hour12": False,
                  "hour": "2-digit", "minute": "2-digit"}
    assert ev(realm, "new Intl.DateTimeFormat('en-US', {timeZone: 'UTC'})"
                     ".formatRange(Date.UTC(2024, 0, 5), Date.UTC(2024, 0, 7))") == \
        "1/5/2024\u2009\u2013\u20091/7/2024"


def test_date_time_format_errors(realm):
    assert error_name(realm, "new Intl.DateTimeFormat('en', {timeZone: 'Mars/Olympus'})") == "RangeError"
    assert error_name(realm, "new Intl.DateTimeFormat('en', {dateStyle: 'full', year: 'numeric'})") \
        == "TypeError"
    assert error_name(realm, "new Intl.DateTimeFormat().format(NaN)") == "RangeError"
    assert error_name(realm, "new Date(0).toLocaleTimeString('en', {dateStyle: 'full'})") == "TypeError"
    assert ev(realm, "typeof new Intl.DateTimeFormat().format()") == "string"
    assert ev(realm, "Intl.DateTimeFormat('en').resolvedOptions().locale") == "en"


def test_date_to_locale_string_uses_options(realm):
    assert ev(realm, f"new Date({T}).toLocaleDateString('en-US', {{timeZone: 'UTC', month: 'long', "
                     f"day: 'numeric', year: 'numeric'}})") == "March 5, 2024"
    assert ev(realm, f"new Date({T}).toLocaleTimeString('en-US', {{timeZone: 'UTC', "
                     f"hour: '2-digit', minute: '2-digit'}})") == "03:04 PM"
    assert ev(realm, f"new Date({T}).toLocaleString('en-US', {{timeZone: 'America/New_York'}})") == \
        "3/5/2024, 10:04:09 AM"
    assert ev(realm, "new Date(NaN).toLocaleString('en-US', {timeZone: 'Nowhere'})") == "Invalid Date"


@pytest.mark.parametrize("options, values, expected", [
    ("{}", "[0, -0, 1234.5678, 1e21, 1.005, NaN, -Infinity]",
     "0|-0|1,234.568|1,000,000,000,000,000,000,000|1.005|NaN|-∞"),
    ("{maximumFractionDigits: 2}", "[1.005, 1999.995]", "1.01|2,000"),
    ("{minimumFractionDigits: 2}", "[1, 0.5]", "1.00|0.50"),
    ("{maximumSignificantDigits: 3}", "[1234.5678, 0.000123]", "1,230|0.000123"),
    ("{useGrouping: false}", "[1234567.891]", "1234567.891"),
    ("{minimumIntegerDigits: 3}", "[1, 0.5]", "001|000.5"),
    ("{style: 'percent'}", "[0.256, 1]", "26%|100%"),
    ("{style: 'currency', currency: 'USD'}", "[1234.567, -1]", "$1,234.57|-$1.00"),
    ("{style: 'currency', currency: 'EUR'}", "[2.5]", "€2.50"),
    ("{style: 'currency', currency: 'GBP'}", "[2.5]", "£2.50"),
    ("{style: 'currency', currency: 'JPY'}", "[1234.5]", "¥1,235"),
    ("{style: 'currency', currency: 'CHF'}", "[1, NaN]", "CHF\u00a01.00|CHFNaN"),
    ("{style: 'currency', currency: 'USD', currencyDisplay: 'name'}", "[1, 2]",
     "1.00 US dollars|2.00 US dollars"),
    ("{style: 'currency', currency: 'USD', currencySign: 'accounting'}", "[-5]", "($5.00)"),
    ("{notation: 'compact'}", "[1234.5, 999999, 123456789012, 0.000123]", "1.2K|1M|123B|0.00012"),
    ("{notation: 'compact', compactDisplay: 'long'}", "[1234.5]", "1.2 thousand"),
    ("{notation: 'scientific'}", "[1234.5678, 0.000123]", "1.235E3|1.23E-4"),
    ("{notation: 'engineering'}", "[0.000123]", "123E-6"),
    ("{signDisplay: 'exceptZero'}", "[0, -0, 1, -1]", "0|0|+1|-1"),
    ("{style: 'unit', unit: 'kilometer-per-hour'}", "[50]", "50 km/h"),
    ("{style: 'unit', unit: 'byte', unitDisplay: 'long'}", "[1, 2]", "1 byte|2 bytes"),
    ("{style: 'unit', unit: 'megabyte', unitDisplay: 'narrow'}", "[3]", "3MB"),
    ("{roundingMode: 'floor', maximumFractionDigits: 0}", "[2.5, -2.5]", "2|-3"),
])
def test_number_format(realm, options, values, expected):
    assert ev(realm, f"{values}.map(new Intl.NumberFormat('en-US', {options}).format).join('|')") == \
        expected


def test_number_format_values_and_parts(realm):
    assert ev(realm, "new Intl.NumberFormat().format(12345678901234567890n)") == \
        "12,345,678,901,234,567,890"
    assert ev(realm, "new Intl.NumberFormat().format('1234.5000000000000000001')") == "1,234.5"
    assert ev(realm, "new Intl.NumberFormat('en', {maximumFractionDigits: 20})"
                     ".format('0.12345678901234567891234')") == "0.12345678901234567891"
    parts = json.loads(ev(realm, "JSON.stringify(new Intl.NumberFormat('en-US', {style: 'currency', "
                                 "currency: 'USD'}).formatToParts(-1234.5))"))
    assert [p["type"] for p in parts] == ["minusSign", "currency", "integer", "group", "integer",
                                          "decimal", "fraction"]
    ro = json.loads(ev(realm, "JSON.stringify(new Intl.NumberFormat('en-US', "
                              "{notation: 'compact'}).resolvedOptions())"))
    assert ro["useGrouping"] == "min2" and ro["roundingPriority"] == "morePrecision"
    assert ro["maximumSignificantDigits"] == 2 and ro["maximumFractionDigits"] == 0
    assert ev(realm, "(1234.5).toLocaleString()") == "1,234.5"
    assert ev(realm, "(1234.5).toLocaleString('en-US', {style: 'currency', currency: 'USD'})") == \
        "$1,234.50"
    assert ev(realm, "(1234n).toLocaleString('de', {minimumFractionDigits: 1})") == "1,234.0"


def test_number_format_errors(realm):
    assert error_name(realm, "new Intl.NumberFormat('en', {style: 'currency'})") == "TypeError"
    assert error_name(realm, "new Intl.NumberFormat('en', {currency: 'DOLLARS'})") == "RangeError"
    assert error_name(realm, "new Intl.NumberFormat('en', {style: 'unit', unit: 'parsec'})") == \
        "RangeError"
    assert error_name(realm, "new Intl.NumberFormat('en', {minimumFractionDigits: 3, "
                             "maximumFractionDigits: 1})") == "RangeError"
    assert error_name(realm, "new Intl.NumberFormat('en_US')") == "RangeError"
    assert error_name(realm, "new Intl.NumberFormat().format(Symbol())") == "TypeError"


def test_other_locales_fall_back_to_english(realm):
    for loc in ("'de-DE'", "['fr', 'en']", "'ja-JP-u-ca-japanese'", "'ar-EG'", "[]", "undefined"):
        assert ev(realm, f"new Intl.NumberFormat({loc}).format(1234.5)") == "1,234.5"
        assert ev(realm, f"new Intl.DateTimeFormat({loc}, {{timeZone: 'UTC'}}).format(0)") == "1/1/1970"
        assert ev(realm, f"new Intl.Collator({loc}).compare('a', 'b')") == -1.0
    assert ev(realm, "new Intl.NumberFormat('de-DE').resolvedOptions().locale") == "en-US"
    assert ev(realm, "Intl.NumberFormat.supportedLocalesOf(['en-US', 'fr', 'en-GB']).join()") == \
        "en-US,en-GB"
    assert ev(realm, "Intl.getCanonicalLocales(['EN-us', 'zh-hant-tw', 'en-u-kn-true-ca-gregory'])"
                     ".join()") == "en-US,zh-Hant-TW,en-u-ca-gregory-kn"
    assert error_name(realm, "Intl.getCanonicalLocales('en-a-bbb-a-ccc')") == "RangeError"
    assert error_name(realm, "Intl.getCanonicalLocales([5])") == "TypeError"


def test_collator(realm):
    words = "['b', 'A', 'a', 'B', 'ä', '_a', '1', '10', '2', ' x', 'Z', 'résumé', 'resume', " \
            "'Resume', 'côte', 'cote', 'Côte', 'coté', 'item 10', 'item 9', 'æ', 'ae']"
    assert ev(realm, f"{words}.sort(new Intl.Collator().compare).join('|')") == \
        " x|_a|1|10|2|a|A|ä|ae|æ|b|B|cote|coté|côte|Côte|item 10|item 9|resume|Resume|résumé|Z"
    assert ev(realm, f"{words}.sort(new Intl.Collator('en', {{numeric: true}}).compare).join('|')") \
        .startswith(" x|_a|1|2|10|")
    assert ev(realm, "new Intl.Collator('en', {sensitivity: 'base'}).compare('a', 'Á')") == 0.0
    assert ev(realm, "new Intl.Collator('en', {sensitivity: 'accent'}).compare('a', 'A')") == 0.0
    assert ev(realm, "new Intl.Collator('en', {sensitivity: 'case'}).compare('a', 'á')") == 0.0
    assert ev(realm, "new Intl.Collator('en', {caseFirst: 'upper'}).compare('A', 'a')") == -1.0
    assert ev(realm, "'a'.localeCompare('B')") == -1.0
    assert ev(realm, "'ä'.localeCompare('a', 'de', {sensitivity: 'base'})") == 0.0
    assert ev(realm, "'10'.localeCompare('9', undefined, {numeric: true})") == 1.0
    assert ev(realm, "Object.keys(new Intl.Collator().resolvedOptions()).join()") == \
        "locale,usage,sensitivity,ignorePunctuation,collation,numeric,caseFirst"


GRAPHEMES = [
    ("e\u0301le\u0300ve", ["e\u0301", "l", "e\u0300", "v", "e"]),
    ("\U0001F468\u200d\U0001F469\u200d\U0001F467 x", ["\U0001F468\u200d\U0001F469\u200d\U0001F467",
                                                    " ", "x"]),
    ("\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA\U0001F1FA", ["\U0001F1EB\U0001F1F7",
                                                          "\U0001F1E9\U0001F1EA", "\U0001F1FA"]),
    ("\U0001F44D\U0001F3FDok", ["\U0001F44D\U0001F3FD", "o", "k"]),
    ("a\r\nb", ["a", "\r\n", "b"]),
    ("\uac01\uac01", ["\uac01", "\uac01"]),
    ("\u0915\u094d\u0937\u093f", ["\u0915\u094d\u0937\u093f"]),
    ("1\ufe0f\u20e3", ["1\ufe0f\u20e3"]),
]


def _js(s):
    """A JS string literal for a Python code-point string."""
    return json.dumps(s)


def _py(s):
    """A Python code-point string from a JS (UTF-16 code unit) string."""
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le")


@pytest.mark.parametrize("text, expected", GRAPHEMES)
def test_segmenter_graphemes(realm, text, expected):
    got = ev(realm, f"[...new Intl.Segmenter().segment({_js(text)})].map(s => s.segment).join('|')")
    assert _py(got) == "|".join(expected)


def test_segmenter_words_and_sentences(realm):
    got = ev(realm, "[...new Intl.Segmenter('en', {granularity: 'word'}).segment("
                    "\"Hello, world! It's 3.5 ok.\")].map(s => s.segment + (s.isWordLike ? '*' : ''))"
                    ".join('|')")
    assert got == "Hello*|,| |world*|!| |It's*| |3.5*| |ok*|."
    got = ev(realm, "[...new Intl.Segmenter('en', {granularity: 'sentence'}).segment("
                    "'Hello there. How are you? Fine!  Thanks.')].map(s => s.segment).join('|')")
    assert got == "Hello there. |How are you? |Fine!  |Thanks."
    data = json.loads(ev(realm, "JSON.stringify(new Intl.Segmenter('en', {granularity: 'word'})"
                                ".segment('Hello world').containing(7))"))
    assert data == {"segment": "world", "index": 6, "input": "Hello world", "isWordLike": True}
    assert ev(realm, "new Intl.Segmenter().segment('abc').containing(3)") is None
    assert ev(realm, "Object.prototype.toString.call(new Intl.Segmenter().segment('a')"
                     "[Symbol.iterator]())") == "[object Segmenter String Iterator]"
    assert error_name(realm, "Intl.Segmenter()") == "TypeError"


def test_plural_rules(realm):
    got = ev(realm, "const pr = new Intl.PluralRules('en'), po = new Intl.PluralRules('en', "
                    "{type: 'ordinal'}); [0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 1.5]"
                    ".map(n => pr.select(n) + '/' + po.select(n)).join()")
    assert got == ("other/other,one/one,other/two,other/few,other/other,other/other,other/other,"
                   "other/other,other/one,other/two,other/few,other/one,other/other")
    assert ev(realm, "new Intl.PluralRules('en', {minimumFractionDigits: 1}).select(1)") == "other"
    assert ev(realm, "new Intl.PluralRules('en', {type: 'ordinal'}).resolvedOptions()"
                     ".pluralCategories.join()") == "few,one,two,other"


def test_relative_time_and_list_format(realm):
    assert ev(realm, "const rtf = new Intl.RelativeTimeFormat('en', {numeric: 'auto'}); "
                     "[[-1, 'day'], [2, 'hours'], [-3.5, 'minutes'], [0, 'seconds'], [1, 'quarter']]"
                     ".map(([v, u]) => rtf.format(v, u)).join('|')") == \
        "yesterday|in 2 hours|3.5 minutes ago|now|next quarter"
    assert ev(realm, "new Intl.RelativeTimeFormat('en', {style: 'short'}).format(-2, 'year')") == \
        "2 yr. ago"
    assert ev(realm, "new Intl.RelativeTimeFormat('en', {style: 'narrow'}).format(3, 'day')") == "in 3d"
    parts = json.loads(ev(realm, "JSON.stringify(new Intl.RelativeTimeFormat('en')"
                                 ".formatToParts(-1234.5, 'days'))"))
    assert parts[0] == {"type": "integer", "value": "1", "unit": "day"}
    assert parts[-1] == {"type": "literal", "value": " days ago"}
    assert error_name(realm, "new Intl.RelativeTimeFormat('en').format(1, 'fortnight')") == "RangeError"
    assert ev(realm, "new Intl.ListFormat('en').format(['a', 'b', 'c'])") == "a, b, and c"
    assert ev(realm, "new Intl.ListFormat('en', {type: 'disjunction'}).format(['a', 'b'])") == "a or b"
    assert ev(realm, "new Intl.ListFormat('en', {style: 'short'}).format(new Set(['x', 'y', 'z']))") \
        == "x, y, & z"
    assert error_name(realm, "new Intl.ListFormat('en').format(['a', 1])") == "TypeError"


def test_intl_object_shape(realm):
    assert ev(realm, "Object.prototype.toString.call(Intl)") == "[object Intl]"
    assert ev(realm, "Object.prototype.toString.call(new Intl.NumberFormat())") == \
        "[object Intl.NumberFormat]"
    assert ev(realm, "Intl.NumberFormat() instanceof Intl.NumberFormat") is True
    assert ev(realm, "const f = new Intl.NumberFormat().format; f === new Intl.NumberFormat().format") \
        is False
    assert ev(realm, "const nf = new Intl.NumberFormat(); nf.format === nf.format && nf.format.length") \
        == 1.0
    assert ev(realm, "Intl.supportedValuesOf('currency').includes('EUR')") is True
    assert error_name(realm, "Intl.NumberFormat.prototype.resolvedOptions.call({})") == "TypeError"


NODE_BATCH = """
const out = [];
const t = [0, 1709651049045, 1720958400000, -1e12, 2e12];
for (const o of [{}, {dateStyle: 'full', timeStyle: 'long', timeZone: 'America/New_York'},
                 {month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Tokyo'},
                 {weekday: 'long', hour: 'numeric', timeZone: 'Europe/Paris', timeZoneName: 'short'}]) {
  const f = new Intl.DateTimeFormat('en-US', Object.assign({timeZone: 'UTC'}, o));
  out.push(t.map(x => f.format(x)).join('|'));
}
for (const o of [{}, {style: 'currency', currency: 'EUR'}, {notation: 'compact'}, {maximumSignificantDigits: 2},
                 {style: 'percent', minimumFractionDigits: 1}]) {
  const f = new Intl.NumberFormat('en-US', o);
  out.push([0, -1.5, 1234.5678, 0.000345, 98765432.1, 1e21].map(x => f.format(x)).join('|'));
}
out.push(['b', 'a', 'B', 'á', 'A', '_', '2', '10'].sort(new Intl.Collator().compare).join('|'));
JSON.stringify(out);
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node not installed")
def test_matches_node(realm):
    expected = subprocess.run(["node", "-p", NODE_BATCH], capture_output=True, text=True,
                              check=True).stdout.strip()
    assert json.loads(ev(Realm(), NODE_BATCH)) == json.loads(expected)
