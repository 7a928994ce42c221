"""JSON.parse's SyntaxError messages are V8's (Node 20, V8 11.3), word for word.

Workers apps hand ``err.message`` to their users, who compare it with what
Cloudflare (V8) says.  The table's expected messages were produced by Node 20
and are committed as literals, so it runs without node.  The property test
mutates valid JSON at random and, when Node 20 is on the PATH, asks one node
process for all its messages at once.

Strings here are JS strings: UTF-16 code units (surrogates written out).
"""
import json
import shutil
import subprocess
from array import array

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from pyjs import JSError, Realm
from pyjs.builtins import json as J
from pyjs.builtins.json_errors import json_parse_error_message
from pyjs.interp.values import null


@pytest.fixture(scope="module")
def parse_message():
    """``text -> message`` of the SyntaxError JSON.parse(text) throws in pyjs (None if it parses)."""
    f = Realm().evaluate("(s => { try { JSON.parse(s); return null } catch (e) {"
                         " return e instanceof SyntaxError ? e.message : 'not a SyntaxError' } })")

    def message(text):
        m = f.call(None, [text])
        return None if m is null else m
    return message


# (input, V8's message), from Node 20.
V8_MESSAGES = [
    ('{not json',
     "Expected property name or '}' in JSON at position 1"),
    ('"abc',
     'Unterminated string in JSON at position 4'),
    ('[1,]',
     'Unexpected token \']\', "[1,]" is not valid JSON'),
    ('',
     'Unexpected end of JSON input'),
    ('{"a":1,}',
     'Expected double-quoted property name in JSON at position 7'),
    ('[1 2]',
     "Expected ',' or ']' after array element in JSON at position 3"),
    ('01',
     'Unexpected number in JSON at position 1'),
    ('{"a" 1}',
     "Expected ':' after property name in JSON at position 5"),
    ('1x',
     'Unexpected non-whitespace character after JSON at position 1'),
    ('"\\x"',
     'Bad escaped character in JSON at position 2'),
    ('\x00',
     'Unexpected token \'\x00\', "\x00" is not valid JSON'),
    ('\x01x',
     'Unexpected token \'\x01\', "\x01x" is not valid JSON'),
    ('\x7f',
     'Unexpected token \'\x7f\', "\x7f" is not valid JSON'),
    ('\n',
     'Unexpected end of JSON input'),
    ('\t',
     'Unexpected end of JSON input'),
    ('a\u2028',
     'Unexpected token \'a\', "a\u2028" is not valid JSON'),
    ('"\x01"',
     'Bad control character in string literal in JSON at position 1'),
    ('-',
     'No number after minus sign in JSON at position 1'),
    ('1.',
     'Unterminated fractional number in JSON at position 2'),
    ('1e',
     'Exponent part is missing a number in JSON at position 2'),
    ('-a',
     'No number after minus sign in JSON at position 1'),
    ('"\\u12"',
     'Bad Unicode escape in JSON at position 5'),
    ('"\\u12g4"',
     'Bad Unicode escape in JSON at position 5'),
    ('[',
     'Unexpected end of JSON input'),
    ('{',
     "Expected property name or '}' in JSON at position 1"),
    ('{"a"',
     "Expected ':' after property name in JSON at position 4"),
    ('{"a":',
     'Unexpected end of JSON input'),
    ('[1',
     "Expected ',' or ']' after array element in JSON at position 2"),
    ('undefined',
     '"undefined" is not valid JSON'),
    ('NaN',
     '"NaN" is not valid JSON'),
    ('Infinity',
     '"Infinity" is not valid JSON'),
    ('[object Object]',
     '"[object Object]" is not valid JSON'),
    ('tru',
     'Unexpected end of JSON input'),
    ('nul',
     'Unexpected end of JSON input'),
    ('t',
     'Unexpected end of JSON input'),
    ('truex',
     'Unexpected non-whitespace character after JSON at position 4'),
    ('%x',
     'Unexpected token \'%\', "%x" is not valid JSON'),
    ('{"a":1,"b" 1}',
     'Unexpected number in JSON at position 11'),
    ('{"a":1,"b"',
     'Unexpected end of JSON input'),
    ('{"a":1,"b"x',
     'Unexpected token \'x\', "{"a":1,"b"x" is not valid JSON'),
    ('{"a":1,"b" "c"}',
     'Unexpected string in JSON at position 11'),
    ('{"a":1',
     "Expected ',' or '}' after property value in JSON at position 6"),
    ('{"a":1 "b"}',
     "Expected ',' or '}' after property value in JSON at position 7"),
    ('"\\',
     'Unexpected end of JSON input'),
    ('"\\\u0100"',
     'Unexpected token \'\u0100\', ""\\\u0100"" is not valid JSON'),
    ('"\\\xe9"',
     'Bad escaped character in JSON at position 2'),
    ('"\\u',
     'Bad Unicode escape in JSON at position 3'),
    ('[,',
     'Unexpected token \',\', "[," is not valid JSON'),
    ('t1',
     'Unexpected number in JSON at position 1'),
    ('t"',
     'Unexpected string in JSON at position 1'),
    ('t ',
     'Unexpected token \' \', "t " is not valid JSON'),
    ('tx',
     'Unexpected token \'x\', "tx" is not valid JSON'),
    ('-01',
     'Unexpected number in JSON at position 2'),
    ('-0x',
     'Unexpected non-whitespace character after JSON at position 2'),
    ('0-',
     'Unexpected non-whitespace character after JSON at position 1'),
    ('1.5.',
     'Unexpected non-whitespace character after JSON at position 3'),
    ('1e5e',
     'Unexpected non-whitespace character after JSON at position 3'),
    ('1E+',
     'Exponent part is missing a number in JSON at position 3'),
    ('\u2028',
     'Unexpected token \'\u2028\', "\u2028" is not valid JSON'),
    ('\ud83d\ude00',
     'Unexpected token \'\ud83d\', "\ud83d\ude00" is not valid JSON'),
    ('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,x]',
     'Unexpected token \'x\', ...",12,13,14,x]" is not valid JSON'),
    ('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,x]',
     'Unexpected token \'x\', ...",16,17,18,x]" is not valid JSON'),
    ('[x,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18]',
     'Unexpected token \'x\', "[x,2,3,4,5,"... is not valid JSON'),
    ('[1,2,3,4,5,6,7,8,9,10,11,x]',
     'Unexpected token \'x\', ..."8,9,10,11,x]" is not valid JSON'),
    ('123456789012345678x',
     'Unexpected non-whitespace character after JSON at position 18'),
    ('1234567890123456789x',
     'Unexpected non-whitespace character after JSON at position 19'),
    ('[1,2,3,4,5,6,7,8,9,x]',
     'Unexpected token \'x\', ..."5,6,7,8,9,x]" is not valid JSON'),
    ('{"\\u0030":1,}',
     'Expected double-quoted property name in JSON at position 12'),
    ('{1:2}',
     "Expected property name or '}' in JSON at position 1"),
    ('{"a":}',
     'Unexpected token \'}\', "{"a":}" is not valid JSON'),
    ('[-]',
     'No number after minus sign in JSON at position 2'),
    ('"\t"',
     'Bad control character in string literal in JSON at position 1'),
    ('  ',
     'Unexpected end of JSON input'),
    ('nulll',
     'Unexpected non-whitespace character after JSON at position 4'),
    ('[NaN]',
     'Unexpected token \'N\', "[NaN]" is not valid JSON'),
    ('NaN ',
     'Unexpected token \'N\', "NaN " is not valid JSON'),
    ('[1,2,3,4,5,6,7,8,9,0x]',
     "Expected ',' or ']' after array element in JSON at position 20"),
    ('[1,2,3,4,5,6,7,8,9,0,x]',
     'Unexpected token \'x\', ..."6,7,8,9,0,x]" is not valid JSON'),
    ('[1,2,3,4,5,6,7,8,9,0,1x]',
     "Expected ',' or ']' after array element in JSON at position 22"),
    ('xxxxxxxxxxxxxxxxxxxxxxxxx',
     'Unexpected token \'x\', "xxxxxxxxxx"... is not valid JSON'),
    ('[1,2,3,4,5,6,7,8,x]',
     'Unexpected token \'x\', "[1,2,3,4,5,6,7,8,x]" is not valid JSON'),
    ('[1,2,3,4,5,6,7,8,9x]',
     "Expected ',' or ']' after array element in JSON at position 18"),
    ('x1234567890123456789z',
     'Unexpected token \'x\', "x123456789"... is not valid JSON'),
    ('["abcdefg",x,3,4,5,6,7,8,9]',
     'Unexpected token \'x\', ...""abcdefg",x,3,4,5,6,"... is not valid JSON'),
    ('["abcdef",x,3,4,5,6,7,8,9,10]',
     'Unexpected token \'x\', ..."["abcdef",x,3,4,5,6,"... is not valid JSON'),
    ('[1,2,3,4,x,6,7,8,9,10,11,12,13,14]',
     'Unexpected token \'x\', "[1,2,3,4,x,6,7,8,9,"... is not valid JSON'),
    ('[1,2,3,4,5,x,7,8,9,10,11,12,13,14]',
     'Unexpected token \'x\', ..."1,2,3,4,5,x,7,8,9,10"... is not valid JSON'),
    ('{"key": [1, 2, 3], "other": {"nested": tru }}',
     'Unexpected token \' \', ..."sted": tru }}" is not valid JSON'),
    ('{"key": [1, 2, 3], "other": {"nested": trux }}',
     'Unexpected token \'x\', ..."sted": trux }}" is not valid JSON'),
    ('{"a": "\\ud83d\\ude00", "b": \xe9}',
     'Unexpected token \'\xe9\', ..."00", "b": \xe9}" is not valid JSON'),
    ('["\\u00e9", "\\uZZZZ"]',
     'Bad Unicode escape in JSON at position 14'),
    ('{"a":1}}',
     'Unexpected non-whitespace character after JSON at position 7'),
    ('[1,2,3]]',
     'Unexpected non-whitespace character after JSON at position 7'),
    (' \t\n\r',
     'Unexpected end of JSON input'),
    ('{"a":1,}x',
     'Expected double-quoted property name in JSON at position 7'),
    ('[1,,2]',
     'Unexpected token \',\', "[1,,2]" is not valid JSON'),
    ('{,}',
     "Expected property name or '}' in JSON at position 1"),
    ('{"a"::1}',
     'Unexpected token \':\', "{"a"::1}" is not valid JSON'),
    ("'single'",
     'Unexpected token \'\'\', "\'single\'" is not valid JSON'),
    ("{'a':1}",
     "Expected property name or '}' in JSON at position 1"),
    ('[.5]',
     'Unexpected token \'.\', "[.5]" is not valid JSON'),
    ('[+1]',
     'Unexpected token \'+\', "[+1]" is not valid JSON'),
    ('[1.e5]',
     'Unterminated fractional number in JSON at position 3'),
    ('[0.5e]',
     'Exponent part is missing a number in JSON at position 5'),
    ('[0.5e-]',
     'Exponent part is missing a number in JSON at position 6'),
    ('[1e+5, 1E-5, -0.0e0, 2.]',
     'Unterminated fractional number in JSON at position 23'),
    ('"\\/\\b\\f\\n\\r\\t\\"\\\\\\a"',
     'Bad escaped character in JSON at position 18'),
    ('[true, false, nul]',
     'Unexpected token \']\', "[true, false, nul]" is not valid JSON'),
    ('[true, false, nulx]',
     'Unexpected token \'x\', "[true, false, nulx]" is not valid JSON'),
    ('[true, fals e]',
     'Unexpected token \' \', "[true, fals e]" is not valid JSON'),
    ('\ufeff[1]',
     'Unexpected token \'\ufeff\', "\ufeff[1]" is not valid JSON'),
    ('[1]\xa0',
     'Unexpected non-whitespace character after JSON at position 3'),
    ('-Infinity',
     'No number after minus sign in JSON at position 1'),
    ('[undefined]',
     'Unexpected token \'u\', "[undefined]" is not valid JSON'),
    ('null null',
     'Unexpected non-whitespace character after JSON at position 5'),
    ('{"a":1,"a":2,}',
     'Expected double-quoted property name in JSON at position 13'),
    ('{"0":1,"1" 2}',
     'Unexpected number in JSON at position 11'),
    ('"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"',
     'Bad control character in string literal in JSON at position 31'),
    ('[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,]',
     'Unexpected token \']\', ..."1,1,1,1,1,]" is not valid JSON'),
    ('{"abc"                                        1}',
     "Expected ':' after property name in JSON at position 46"),
    ('["\ud83d\ude00", "\ud83d\ude00", "\ud83d\ude00", x]',
     'Unexpected token \'x\', ..."\ude00", "\ud83d\ude00", x]" is not valid JSON'),
    ('\udc00',
     'Unexpected token \'\udc00\', "\udc00" is not valid JSON'),
    ('["\ud800","\\u\ud800"]',
     'Bad Unicode escape in JSON at position 8'),
    ('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
     "Expected ',' or ']' after array element in JSON at position 91"),
]


@pytest.mark.parametrize("text, expected", V8_MESSAGES)
def test_v8_message(parse_message, text, expected):
    assert parse_message(text) == expected


@pytest.mark.parametrize("text, expected", V8_MESSAGES)
def test_exact_scanner_rejects_with_v8_message(text, expected):
    """The exact scanner (taken for documents too deep for the C scanner) words errors alike."""
    realm = Realm()
    with pytest.raises(JSError) as e:
        J.parse_json_text(realm, text)
    assert e.value.name == "SyntaxError"
    assert e.value.value.get("message", e.value.value) == expected


@pytest.mark.parametrize("text, expected", [
    ("[" * 5000 + "]" * 4999 + "x", "Expected ',' or ']' after array element in JSON at position 9999"),
    ("[" * 5000 + "1,]" + "]" * 4999,
     'Unexpected token \']\', ..."[[[[[[[[1,]]]]]]]]]]"... is not valid JSON'),
    ('{"a":' * 3000 + "tru", "Unexpected end of JSON input"),
])
def test_deep_documents(parse_message, text, expected):
    assert parse_message(text) == expected


def test_non_string_arguments_are_worded_on_their_string():
    """JSON.parse(undefined / NaN / {}) parses ToString of the argument."""
    realm = Realm()
    for src, shown in [("undefined", "undefined"), ("NaN", "NaN"), ("Infinity", "Infinity"),
                       ("({})", "[object Object]")]:
        got = realm.evaluate(f"try {{ JSON.parse({src}) }} catch (e) {{ e.message }}")
        assert got == f'"{shown}" is not valid JSON'


# -- near-JSON: valid JSON with a few characters deleted, inserted or replaced ---------

def to_code_units(s):
    """A Python string as JS code units (non-BMP characters become surrogate pairs)."""
    return "".join(map(chr, array("H", s.encode("utf-16-le", "surrogatepass"))))


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet="ab0 \"\\/\n\t\u00e9\u2028\U0001f600", max_size=6),
    lambda inner: st.lists(inner, max_size=5)
    | st.dictionaries(st.text(alphabet="ab1\"", max_size=3), inner, max_size=4),
    max_leaves=12)

# Characters that steer a scanner somewhere: structure, number and literal parts,
# escapes, whitespace, control and non-ASCII characters, surrogates.
_MUTATION_CHARACTERS = list('{}[],:"\\-+.0123456789eEtrufalsnx/bu \t\n\r') + [
    "\x00", "\x1f", "\x7f", "\u00a0", "\u00e9", "\u0100", "\u2028", "\ufeff", "\ud83d", "\ude00"]


@st.composite
def near_json(draw):
    value = draw(_JSON_VALUES)
    indent = draw(st.sampled_from([None, None, 0, 2]))
    text = to_code_units(json.dumps(value, indent=indent, ensure_ascii=draw(st.booleans())))
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["delete", "insert", "replace"]))
        c = draw(st.sampled_from(_MUTATION_CHARACTERS))
        if op == "delete":
            text = text[:i] + text[i + 1:]
        elif op == "insert":
            text = text[:i] + c + text[i:]
        else:
            text = text[:i] + c + text[i + 1:]
    return text


def _reject_constant(name):
    raise ValueError(name)


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(near_json())
def test_v8_scan_rejects_exactly_what_is_not_json(parse_message, text):
    """json_errors' V8-shaped scan finds an error exactly in the texts that are not JSON
    (Python's grammar without NaN/Infinity), and that error is what JSON.parse throws."""
    message = json_parse_error_message(text)
    try:
        json.loads(text, parse_constant=_reject_constant)
        valid = True
    except ValueError:
        valid = False
    assert (message is None) == valid, (text, message)
    assert parse_message(text) == message


def _node20():
    node = shutil.which("node")
    if node is None:
        return None
    version = subprocess.run([node, "-p", "process.versions.node"], capture_output=True,
                             text=True).stdout.strip()
    return node if version.split(".")[0] == "20" else None


_NODE_MESSAGES = r"""
const inputs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
console.log(JSON.stringify(inputs.map(s => {
  try { JSON.parse(s); return null } catch (e) { return e.message }
})));
"""


def node_messages(node, texts):
    """V8's message (or None) for each text, from one node process."""
    out = subprocess.run([node, "-e", _NODE_MESSAGES], input=json.dumps(texts),
                         capture_output=True, text=True, check=True, timeout=120).stdout
    return [None if m is None else to_code_units(m) for m in json.loads(out)]


def test_messages_match_node_on_near_json(parse_message):
    node = _node20()
    if node is None:
        pytest.skip("needs Node 20 (V8 11.3) on the PATH")
    examples = []

    @settings(max_examples=400, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(near_json())
    def collect(text):
        examples.append((text, parse_message(text)))

    collect()
    expected = node_messages(node, [text for text, _ in examples])
    mismatches = [(text, want, got) for (text, got), want in zip(examples, expected) if got != want]
    mismatches.sort(key=lambda m: len(m[0]))
    assert not mismatches, "\n".join(f"{t!r}: node {w!r}, pyjs {g!r}" for t, w, g in mismatches[:10])
    assert sum(want is not None for want in expected) > len(expected) // 2   # mostly errors
