"""TextEncoder/TextDecoder and their streams (pyjs.webapi.encoding), atob/btoa (pyjs.webapi.base64)."""
import pytest

from pyjs import JSError
from pyjs.webapi.base64 import forgiving_base64_decode
from pyjs.webapi.encoding import ENCODINGS, Decoder, get_encoding
from webapi_helpers import has_binary, make_realm, run_async


@pytest.fixture(scope="module")
def realm():
    return make_realm()


@pytest.mark.parametrize("label,name", [
    ("utf8", "UTF-8"), (" UTF-8\n", "UTF-8"), ("latin1", "windows-1252"), ("ascii", "windows-1252"),
    ("utf-16", "UTF-16LE"), ("UTF-16BE", "UTF-16BE"), ("sjis", "Shift_JIS"), ("gb2312", "GBK"),
    ("iso-2022-kr", "replacement"), ("x-user-defined", "x-user-defined"), ("utf-32", None),
    ("\u212aoi8-r", None),
])
def test_labels(label, name):
    assert get_encoding(label) == name


def test_every_label_has_a_decoder():
    for name in ENCODINGS:
        if name != "replacement":
            assert isinstance(Decoder(name).decode(bytes(range(0x20, 0x7f)), True), str)


def test_utf8_decoding_replacement_bom_and_streaming():
    d = Decoder("UTF-8")
    assert d.decode(b"\xef\xbb\xbfa\xc3", False) == "a"
    assert d.decode(b"\xa9\xf0\x9f", False) == "\u00e9"
    assert d.decode(b"\x98\x80", True) == "\ud83d\ude00"
    assert d.decode(b"\xff\xe2\x82", True) == "\ufffd\ufffd"
    assert Decoder("UTF-8", ignore_bom=True).decode(b"\xef\xbb\xbfx", True) == "\ufeffx"


def test_fatal_decoding_raises_type_error_and_resets():
    d = Decoder("UTF-8", fatal=True)
    with pytest.raises(JSError) as e:
        d.decode(b"\xc3(", True)
    assert e.value.kind == "TypeError"
    assert d.decode(b"ok", True) == "ok"


def test_legacy_single_byte_tables_follow_the_encoding_standard():
    assert Decoder("windows-1252").decode(b"\x80\x81\x9f", True) == "\u20ac\u0081\u0178"
    assert Decoder("windows-1253").decode(b"\xaa", True) == "\ufffd"
    assert Decoder("KOI8-U").decode(b"\xae\xbe", True) == "\u045e\u040e"
    assert Decoder("windows-1255").decode(b"\xca", True) == "\u05ba"
    assert Decoder("x-user-defined").decode(b"a\x80\xff", True) == "a\uf780\uf7ff"
    with pytest.raises(JSError):
        Decoder("ISO-8859-3", fatal=True).decode(b"\xa5", True)


def test_utf16_with_lone_surrogates_and_odd_length():
    assert Decoder("UTF-16LE").decode(b"\xff\xfea\x00\x00\xd8", True) == "a\ufffd"
    assert Decoder("UTF-16BE").decode(b"\x00a\x00", True) == "a\ufffd"


def test_text_decoder_constructor_and_attributes(realm):
    assert realm.evaluate('new TextDecoder().encoding') == "utf-8"
    assert realm.evaluate('new TextDecoder("UTF-16", {fatal: true, ignoreBOM: 1}).encoding') == "utf-16le"
    assert realm.evaluate('new TextDecoder("latin1", {fatal: true}).fatal') is True
    for label in ("replacement", "utf-7", "iso-2022-kr"):
        with pytest.raises(JSError) as e:
            realm.evaluate(f'new TextDecoder("{label}")')
        assert e.value.name == "RangeError"
    with pytest.raises(JSError) as e:
        realm.evaluate('new TextDecoder().decode("not a buffer")')
    assert e.value.name == "TypeError"
    assert realm.evaluate('new TextDecoder().decode()') == ""


def test_text_encoder_with_binary(realm):
    if not has_binary(realm):
        pytest.skip("needs Uint8Array")
    out = run_async(realm, """
        const enc = new TextEncoder();
        const bytes = enc.encode("h\\u00e9\\ud83d\\ude00\\ud800");
        const dest = new Uint8Array(5);
        const r = enc.encodeInto("a\\u00e9\\ud83d\\ude00", dest);
        const dec = new TextDecoder();
        return [Array.from(bytes).join(), r.read, r.written, dec.decode(bytes),
                dec.decode(new Uint8Array([0xf0, 0x9f]), {stream: true}) + dec.decode(new Uint8Array([0x98, 0x80]))
               ].join("|");
    """)
    assert out == "104,195,169,240,159,152,128,239,191,189|2|3|h\u00e9\ud83d\ude00\ufffd|\ud83d\ude00"


def test_encoding_streams_attributes(realm):
    assert realm.evaluate('new TextEncoderStream().encoding') == "utf-8"
    assert realm.evaluate('new TextDecoderStream("utf-16be").encoding') == "utf-16be"
    assert realm.evaluate('new TextDecoderStream().readable instanceof ReadableStream') is True
    with pytest.raises(JSError):
        realm.evaluate('new TextDecoderStream("bogus")')


def test_text_decoder_stream_rejects_non_buffer_chunks(realm):
    out = run_async(realm, """
        const ds = new TextDecoderStream();
        const read = ds.readable.getReader().read();     // a reader pulls, relieving backpressure
        const w = ds.writable.getWriter();
        const names = [];
        for (const p of [w.write("text"), read]) {
            try { await p; names.push("no error") } catch (e) { names.push(e.name) }
        }
        return names.join();
    """)
    assert out == "TypeError,TypeError"


# -- atob / btoa -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("data,expected", [
    ("YWJj", b"abc"), (" YW\tJj\n", b"abc"), ("YQ", b"a"), ("YQ==", b"a"), ("YR==", b"a"), ("", b""),
    ("YQ=", None), ("Y", None), ("YQ===", None), ("Y Q = =", b"a"), ("YW*j", None), ("=YQ", None),
])
def test_forgiving_base64(data, expected):
    assert forgiving_base64_decode(data) == expected


def test_atob_btoa(realm):
    assert realm.evaluate('atob("/w==")') == "\xff"
    assert realm.evaluate('btoa("\\u00ff\\u0000a")') == "/wBh"
    assert realm.evaluate('btoa(undefined)') == "dW5kZWZpbmVk"
    for code in ('atob("a")', 'btoa("\\u0100")'):
        with pytest.raises(JSError) as e:
            realm.evaluate(code)
        assert e.value.name == "InvalidCharacterError"
    with pytest.raises(JSError) as e:
        realm.evaluate("atob()")
    assert e.value.name == "TypeError"
