"""TextEncoder and TextDecoder: https://encoding.spec.whatwg.org/#api

Decoders are Python codecs (incremental decoders for ``stream: true``).  Python
and the Encoding Standard agree on UTF-8 and UTF-16 error handling (one U+FFFD
per maximal ill-formed subsequence); the single-byte encodings are charmaps
built from the Python codec of the same name and patched where the standard's
index differs (windows-125x map the bytes Microsoft left undefined in
0x80-0x9F to the C1 controls; KOI8-U is the KOI8-RU variant; windows-1255 has
U+05BA at 0xCA).  The CJK encodings use the closest Python codecs (GBK is
decoded as gb18030, as the standard does; Shift_JIS as cp932, EUC-KR as cp949).

The encoders and the stream classes (TextEncoderStream/TextDecoderStream, in
:mod:`pyjs.webapi.streams_transform`) share :class:`Decoder`.
"""
import codecs

from ..interp.ops import get_prototype_from_constructor
from ..interp.values import JSObject, range_error, type_error
from .buffers import (buffer_source_bytes, is_buffer_source, is_uint8_array,
                      new_uint8_array, view_info, write_bytes)
from .url_percent import usv_from_utf16, utf16_from_usv
from .webidl import (arg, attribute, brand, define_interface, dictionary_member, operation,
                     to_boolean, to_dom_string, to_usv_string)

#: https://encoding.spec.whatwg.org/#names-and-labels: encoding name -> labels.
ENCODINGS = {
    "UTF-8": ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
              "x-unicode20utf8"),
    "IBM866": ("866", "cp866", "csibm866", "ibm866"),
    "ISO-8859-2": ("csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2",
                   "iso_8859-2:1987", "l2", "latin2"),
    "ISO-8859-3": ("csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3",
                   "iso_8859-3:1988", "l3", "latin3"),
    "ISO-8859-4": ("csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4",
                   "iso_8859-4:1988", "l4", "latin4"),
    "ISO-8859-5": ("csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5",
                   "iso88595", "iso_8859-5", "iso_8859-5:1988"),
    "ISO-8859-6": ("arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
                   "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596",
                   "iso_8859-6", "iso_8859-6:1987"),
    "ISO-8859-7": ("csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7",
                   "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"),
    "ISO-8859-8": ("csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e",
                   "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual"),
    "ISO-8859-8-I": ("csiso88598i", "iso-8859-8-i", "logical"),
    "ISO-8859-10": ("csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6",
                    "latin6"),
    "ISO-8859-13": ("iso-8859-13", "iso8859-13", "iso885913"),
    "ISO-8859-14": ("iso-8859-14", "iso8859-14", "iso885914"),
    "ISO-8859-15": ("csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"),
    "ISO-8859-16": ("iso-8859-16",),
    "KOI8-R": ("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"),
    "KOI8-U": ("koi8-ru", "koi8-u"),
    "macintosh": ("csmacintosh", "mac", "macintosh", "x-mac-roman"),
    "windows-874": ("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"),
    "windows-1250": ("cp1250", "windows-1250", "x-cp1250"),
    "windows-1251": ("cp1251", "windows-1251", "x-cp1251"),
    "windows-1252": ("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819",
                     "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
                     "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"),
    "windows-1253": ("cp1253", "windows-1253", "x-cp1253"),
    "windows-1254": ("cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
                     "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"),
    "windows-1255": ("cp1255", "windows-1255", "x-cp1255"),
    "windows-1256": ("cp1256", "windows-1256", "x-cp1256"),
    "windows-1257": ("cp1257", "windows-1257", "x-cp1257"),
    "windows-1258": ("cp1258", "windows-1258", "x-cp1258"),
    "x-mac-cyrillic": ("x-mac-cyrillic", "x-mac-ukrainian"),
    "GBK": ("chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
            "iso-ir-58", "x-gbk"),
    "gb18030": ("gb18030",),
    "Big5": ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"),
    "EUC-JP": ("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"),
    "ISO-2022-JP": ("csiso2022jp", "iso-2022-jp"),
    "Shift_JIS": ("csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j",
                  "x-sjis"),
    "EUC-KR": ("cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
               "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"),
    "replacement": ("csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr",
                    "replacement"),
    "UTF-16BE": ("unicodefffe", "utf-16be"),
    "UTF-16LE": ("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16",
                 "utf-16le"),
    "x-user-defined": ("x-user-defined",),
}
_LABELS = {label: name for name, labels in ENCODINGS.items() for label in labels}

#: Python codecs behind the multi-byte and Unicode encodings.
_CODECS = {
    "UTF-8": "utf-8", "UTF-16BE": "utf-16-be", "UTF-16LE": "utf-16-le", "GBK": "gb18030",
    "gb18030": "gb18030", "Big5": "big5hkscs", "EUC-JP": "euc_jp", "ISO-2022-JP": "iso2022_jp",
    "Shift_JIS": "cp932", "EUC-KR": "cp949",
}
#: Python codecs behind the single-byte encodings (patched by ``_single_byte_table``).
_SINGLE_BYTE = {
    "IBM866": "cp866", "ISO-8859-2": "iso8859_2", "ISO-8859-3": "iso8859_3", "ISO-8859-4": "iso8859_4",
    "ISO-8859-5": "iso8859_5", "ISO-8859-6": "iso8859_6", "ISO-8859-7": "iso8859_7",
    "ISO-8859-8": "iso8859_8", "ISO-8859-8-I": "iso8859_8", "ISO-8859-10": "iso8859_10",
    "ISO-8859-13": "iso8859_13", "ISO-8859-14": "iso8859_14", "ISO-8859-15": "iso8859_15",
    "ISO-8859-16": "iso8859_16", "KOI8-R": "koi8_r", "KOI8-U": "koi8_u", "macintosh": "mac_roman",
    "windows-874": "cp874", "windows-1250": "cp1250", "windows-1251": "cp1251",
    "windows-1252": "cp1252", "windows-1253": "cp1253", "windows-1254": "cp1254",
    "windows-1255": "cp1255", "windows-1256": "cp1256", "windows-1257": "cp1257",
    "windows-1258": "cp1258", "x-mac-cyrillic": "mac_cyrillic",
}
_INDEX_PATCHES = {"KOI8-U": {0xAE: "\u045e", 0xBE: "\u040e"}, "windows-1255": {0xCA: "\u05ba"}}
_UNDEFINED = "\ufffe"       # codecs.charmap_decode's "no mapping" marker
_tables = {}


def get_encoding(label):
    """https://encoding.spec.whatwg.org/#concept-encoding-get -> encoding name or None."""
    return _LABELS.get(label.strip("\t\n\f\r ").lower()) if label.isascii() else None


def _single_byte_table(name):
    table = _tables.get(name)
    if table is None:
        chars = []
        for b in range(256):
            try:
                c = bytes((b,)).decode(_SINGLE_BYTE[name])
            except UnicodeDecodeError:
                c = chr(b) if name.startswith("windows-") and 0x80 <= b <= 0x9F else _UNDEFINED
            chars.append(c)
        for b, c in _INDEX_PATCHES.get(name, {}).items():
            chars[b] = c
        table = _tables[name] = "".join(chars)
    return table


class _CharmapDecoder:
    """A stateless incremental decoder for a single-byte encoding or x-user-defined."""

    def __init__(self, table, errors):
        self.table = table
        self.errors = errors

    def decode(self, data, final=False):
        return codecs.charmap_decode(data, self.errors, self.table)[0]


_USER_DEFINED = "".join(chr(b) if b < 0x80 else chr(0xF780 + b - 0x80) for b in range(256))


class Decoder:
    """One decoding session: the decoder instance, BOM state and error mode of a
    TextDecoder (https://encoding.spec.whatwg.org/#textdecodercommon).

    ``decode`` takes bytes and returns a JS string (UTF-16 code units); with
    ``fatal`` a malformed input raises a JS TypeError.
    """

    __slots__ = ("encoding", "fatal", "ignore_bom", "bom_seen", "decoder")

    def __init__(self, encoding, fatal=False, ignore_bom=False):
        self.encoding = encoding
        self.fatal = fatal
        self.ignore_bom = ignore_bom
        self.reset()

    def reset(self):
        errors = "strict" if self.fatal else "replace"
        name = self.encoding
        if name in _CODECS:
            self.decoder = codecs.getincrementaldecoder(_CODECS[name])(errors)
        elif name == "x-user-defined":
            self.decoder = _CharmapDecoder(_USER_DEFINED, errors)
        else:
            self.decoder = _CharmapDecoder(_single_byte_table(name), errors)
        self.bom_seen = False

    def decode(self, data, final):
        try:
            text = self.decoder.decode(data, final)
            if not final and self.encoding == "UTF-8":
                text += self._utf8_surrogate_prefix()
        except UnicodeDecodeError:
            self.reset()
            raise type_error(f"The encoded data was not valid for encoding {self.encoding.lower()}")
        if not self.bom_seen and text:
            # https://encoding.spec.whatwg.org/#concept-td-serialize
            self.bom_seen = True
            if (not self.ignore_bom and text[0] == "\ufeff"
                    and self.encoding in ("UTF-8", "UTF-16LE", "UTF-16BE")):
                text = text[1:]
        if final:
            self.reset()
        return utf16_from_usv(text)


    def _utf8_surrogate_prefix(self):
        """Python's incremental UTF-8 decoder keeps ED A0..BF (the start of an encoded
        surrogate) waiting for a third byte; the Encoding Standard's decoder rejects the
        second byte at once.  Emit what the standard emits (two errors) now."""
        buffered = self.decoder.getstate()[0]
        if len(buffered) >= 2 and buffered[0] == 0xED and buffered[1] >= 0xA0:
            self.decoder.reset()
            return buffered.decode("utf-8", "strict" if self.fatal else "replace")
        return ""


class TextDecoderObject(JSObject):
    __slots__ = ("decoding",)


class TextEncoderObject(JSObject):
    __slots__ = ()


def make_decoder(label_arg, options):
    """The shared TextDecoder/TextDecoderStream constructor steps -> :class:`Decoder`.

    https://encoding.spec.whatwg.org/#dom-textdecoder
    """
    label = to_dom_string(label_arg) if label_arg is not None else "utf-8"
    fatal = to_boolean(dictionary_member(options, "fatal"))
    ignore_bom = to_boolean(dictionary_member(options, "ignoreBOM"))
    encoding = get_encoding(label)
    if encoding is None or encoding == "replacement":
        raise range_error(f"The encoding label provided ('{label}') is invalid.")
    return Decoder(encoding, fatal, ignore_bom)


def encode_into(realm, source, destination):
    """https://encoding.spec.whatwg.org/#dom-textencoder-encodeinto -> (read, written).

    ``source`` is a JS string (UTF-16 code units); only whole code points that fit
    are written, and ``read`` counts the code units they came from.
    """
    length = view_info(destination)[2]
    text = usv_from_utf16(source)
    data = text.encode("utf-8")
    if len(data) <= length:
        write_bytes(destination, 0, data)
        return len(source), len(data)
    read = written = 0
    out = bytearray()
    for c in text:
        b = c.encode("utf-8")
        if written + len(b) > length:
            break
        out += b
        written += len(b)
        read += 2 if len(b) == 4 else 1
    write_bytes(destination, 0, out)
    return read, written


def setup(realm):
    def construct_decoder(args, new_target):
        decoding = make_decoder(arg(args, 0), arg(args, 1))
        o = TextDecoderObject(get_prototype_from_constructor(new_target, "%TextDecoder.prototype%"))
        o.decoding = decoding
        return o

    _, dproto = define_interface(realm, "TextDecoder", construct_decoder, 0)

    def this_decoder(this):
        return brand(this, TextDecoderObject, "TextDecoder").decoding

    attribute(realm, dproto, "encoding", lambda this, args: this_decoder(this).encoding.lower())
    attribute(realm, dproto, "fatal", lambda this, args: this_decoder(this).fatal)
    attribute(realm, dproto, "ignoreBOM", lambda this, args: this_decoder(this).ignore_bom)

    @operation(realm, dproto, "decode", 0)
    def decode(this, args):
        d = this_decoder(this)
        data = arg(args, 0)
        stream = to_boolean(dictionary_member(arg(args, 1), "stream"))
        if data is None:
            data = b""
        elif is_buffer_source(data):
            data = buffer_source_bytes(realm, data)
        else:
            raise type_error("The provided value is not of type '(ArrayBuffer or ArrayBufferView)'")
        return d.decode(data, not stream)

    def construct_encoder(args, new_target):
        return TextEncoderObject(get_prototype_from_constructor(new_target, "%TextEncoder.prototype%"))

    _, eproto = define_interface(realm, "TextEncoder", construct_encoder, 0)

    def encoder_encoding(this, args):
        brand(this, TextEncoderObject, "TextEncoder")
        return "utf-8"
    attribute(realm, eproto, "encoding", encoder_encoding)

    @operation(realm, eproto, "encode", 0)
    def encode(this, args):
        brand(this, TextEncoderObject, "TextEncoder")
        text = to_usv_string(arg(args, 0)) if args and args[0] is not None else ""
        return new_uint8_array(realm, text.encode("utf-8"))

    @operation(realm, eproto, "encodeInto", 2)
    def encode_into_op(this, args):
        brand(this, TextEncoderObject, "TextEncoder")
        source = to_dom_string(arg(args, 0))
        destination = arg(args, 1)
        if not is_uint8_array(destination):
            raise type_error("Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of "
                             "type 'Uint8Array'.")
        read, written = encode_into(realm, source, destination)
        result = realm.new_object()
        result.props["read"] = float(read)
        result.props["written"] = float(written)
        return result
