"""The JSON object (https://tc39.es/ecma262/#sec-json-object).

Parsing.  ``parse_json_text`` is an exact, iterative scanner for the JSON
grammar (https://tc39.es/ecma262/#sec-json.parse step 2, ECMA-404): it never
recurses, so arbitrarily deep documents cannot exhaust the Python stack.
Because a Python-level scanner costs about a microsecond per token, JSON.parse
first tries CPython's C scanner (``json.scanner``).  Where it stops, the text is
settled elsewhere:

* a syntax error (ValueError), or ``NaN``/``Infinity``/``-Infinity`` (a Python
  extension, which reaches ``parse_constant`` and aborts the fast path): the
  text is scanned again the way V8 scans it (``json_errors``) to throw V8's
  SyntaxError -- should that scan find no error, the exact scanner decides;
* a RecursionError: the exact scanner (it is iterative).  When it rejects a
  text, the message again comes from ``json_errors``.

Everything else the C scanner accepts is exactly JSON: the same whitespace set,
number grammar, escapes, and rejection of raw control characters in strings.
Its results are converted as they are built: objects via
``object_hook`` (a duplicate key keeps its first position and takes the
last value, as CreateDataProperty does), numbers through ``float`` (correct
rounding, even for integers with thousands of digits), ``None`` to null and
lists to arrays.  One more difference is repaired rather than avoided: Python
joins an escaped surrogate pair (``"\\ud83d\\ude00"``) into one non-BMP code
point, while engine strings are UTF-16 code units; when the text contains an
escaped high surrogate, a second decoder splits such code points again in
every key and string it builds (JSON written by ``ensure_ascii`` encoders is
full of such escapes, so this case must stay fast).

Serialization.  ``JSONSerializer`` follows SerializeJSONProperty and friends
step by step through the objects' internal methods, with unobservable
shortcuts: an ordinary object's own data properties are read straight from its
property dict, dense array elements from the element list, and the ``toJSON``
lookup is skipped when neither the value nor its (intrinsic) prototype chain
has a ``toJSON`` property -- for such chains the lookup cannot run any code.
"""
import json as _pyjson
import re

from ..interp.arrays import HOLE, JSArray
from ..interp.numconv import number_to_string
from ..interp.ops import (
    call, create_data_property, create_data_property_or_throw, enumerable_own_properties, get_v,
    is_callable, length_of_array_like, to_integer_or_infinity, to_number, to_string,
)
from ..interp.values import (
    CONFIGURABLE, ENUMERABLE, MISSING, SYM_TO_STRING_TAG, JSObject, Prop, null,
    ordered_keys, range_error, syntax_error, type_error,
)
from ._helpers import arg, install_global, method, namespace_object, value as define_value
from .json_errors import json_parse_error_message, unexpected_token_message
from .object import is_array
from .primitives import PrimitiveObject, StringObject

# -- parsing ------------------------------------------------------------------------

# A JSON value's first token (after whitespace): the group number tells which.
_VALUE = re.compile(r'[ \t\n\r]*(?:(\{)|(\[)|(")|(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)'
                    r'|(true)|(false)|(null))')
_OBJECT, _ARRAY, _STRING, _NUMBER, _TRUE, _FALSE, _NULL = range(1, 8)
_PUNCTUATOR = re.compile(r"[ \t\n\r]*([,:\]}]?)")      # the next punctuator, or "" for anything else
_WS = re.compile(r"[ \t\n\r]*")
_STRING_CHUNK = re.compile(r'[^"\\\x00-\x1f]*')
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
                   "r": "\r", "t": "\t"}


def _syntax_error(text, i):
    """The SyntaxError for a text the exact scanner rejected at ``i``, worded as V8 words it.

    V8 may stop elsewhere than the exact scanner (see json_errors), so the
    message comes from scanning the text again as V8 does; ``i`` only serves
    a fallback that cannot happen while the two agree on what JSON is.
    """
    message = json_parse_error_message(text)
    if message is None:
        message = unexpected_token_message(text, i)
    return syntax_error(message)


def _scan_string(text, i):
    """JSONString at ``text[i] == '"'``: returns (string value, index after it)."""
    parts = []
    i += 1
    while True:
        m = _STRING_CHUNK.match(text, i)
        parts.append(m.group())
        i = m.end()
        c = text[i:i + 1]
        if c == '"':
            return "".join(parts), i + 1
        if c != "\\":
            raise _syntax_error(text, i)    # end of input or a raw control character
        e = text[i + 1:i + 2]
        if e == "u":
            h = _HEX4.match(text, i + 2)
            if h is None:
                raise _syntax_error(text, i + 2)
            parts.append(chr(int(h.group(), 16)))
            i += 6
        elif e and e in _SIMPLE_ESCAPES:
            parts.append(_SIMPLE_ESCAPES[e])
            i += 2
        else:
            raise _syntax_error(text, i + 1)


def _scan_key(text, i):
    """``JSONString :`` of a member (after whitespace at ``i``): (key, index after the colon)."""
    i = _WS.match(text, i).end()
    if text[i:i + 1] != '"':
        raise _syntax_error(text, i)
    key, i = _scan_string(text, i)
    m = _PUNCTUATOR.match(text, i)
    if m.group(1) != ":":
        raise _syntax_error(text, m.start(1))
    return key, m.end()


def parse_json_text(realm, text):
    """Parse ``text`` as a JSON text into JS values, exactly and without recursion.

    https://tc39.es/ecma262/#sec-json.parse (steps 2-4; the grammar is ECMA-404).
    Open arrays and objects wait on an explicit stack of [container, pending key].
    """
    op, ap = realm.object_prototype, realm.array_prototype
    stack = []
    i = 0
    while True:
        m = _VALUE.match(text, i)
        if m is None:
            raise _syntax_error(text, _WS.match(text, i).end())
        kind = m.lastindex
        i = m.end()
        if kind == _NUMBER:
            value = float(m.group(kind))
        elif kind == _STRING:
            value, i = _scan_string(text, i - 1)
        elif kind == _OBJECT:
            m = _PUNCTUATOR.match(text, i)
            if m.group(1) != "}":
                key, i = _scan_key(text, i)
                stack.append([{}, key])
                continue
            value = JSObject(op)
            i = m.end()
        elif kind == _ARRAY:
            m = _PUNCTUATOR.match(text, i)
            if m.group(1) != "]":
                stack.append([[], None])
                continue
            value = JSArray(ap, [])
            i = m.end()
        else:
            value = True if kind == _TRUE else False if kind == _FALSE else null
        # Attach the value to the innermost open container, closing containers as they end.
        while True:
            m = _PUNCTUATOR.match(text, i)
            c = m.group(1)
            if not stack:
                if m.start(1) != len(text):     # only whitespace may follow the text's value
                    raise _syntax_error(text, m.start(1))
                return value
            frame = stack[-1]
            container = frame[0]
            i = m.end()
            if type(container) is list:
                container.append(value)
                if c == ",":
                    break
                if c != "]":
                    raise _syntax_error(text, m.start(1))
                value = JSArray(ap, container)
            else:
                container[frame[1]] = value
                if c == ",":
                    frame[1], i = _scan_key(text, i)
                    break
                if c != "}":
                    raise _syntax_error(text, m.start(1))
                value = JSObject(op)
                value.props = container
            stack.pop()


class _NotJSON(Exception):
    """The C scanner met a Python-only extension (NaN, Infinity)."""


def _reject_constant(name):
    raise _NotJSON(name)


_ESCAPED_HIGH_SURROGATE = re.compile(r"\\u[dD][89abAB]")
_NON_BMP = re.compile("[\U00010000-\U0010ffff]")


def _split_non_bmp(m):
    cp = ord(m.group()) - 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def _to_code_units(s):
    """A Python string as UTF-16 code units (non-BMP code points become surrogate pairs)."""
    if s.isascii() or max(s) < "\U00010000":
        return s
    return _NON_BMP.sub(_split_non_bmp, s)


def make_fast_parser(realm, split_non_bmp=False):
    """A ``text -> JS value`` function using CPython's C scanner (see the module docstring).

    Raises ``_NotJSON``, ``ValueError`` or ``RecursionError`` when the exact
    scanner must decide instead.  With ``split_non_bmp``, every string is
    converted to UTF-16 code units.
    """
    op, ap = realm.object_prototype, realm.array_prototype

    def to_value(v):
        if v is None:
            return null
        if type(v) is list:
            return to_array(v)
        if split_non_bmp and type(v) is str:
            return _to_code_units(v)
        return v

    def to_array(items):
        for i, v in enumerate(items):
            if v is None or type(v) is list or (split_non_bmp and type(v) is str):
                items[i] = to_value(v)
        return JSArray(ap, items)

    def to_object(props):
        # Without splitting, ``props`` is the dict built in C the way CreateDataProperty
        # would: a repeated key keeps its first position and takes the last value.  When
        # splitting, two keys can become equal only after conversion, so the pairs are used.
        if split_non_bmp:
            props = dict([(_to_code_units(k), v) for k, v in props])
        for k, v in props.items():
            if v is None or type(v) is list or (split_non_bmp and type(v) is str):
                props[k] = to_value(v)
        o = JSObject(op)
        o.props = props
        return o

    if split_non_bmp:
        decoder = _pyjson.JSONDecoder(object_pairs_hook=to_object, parse_int=float,
                                      parse_constant=_reject_constant)
    else:
        decoder = _pyjson.JSONDecoder(object_hook=to_object, parse_int=float,
                                      parse_constant=_reject_constant)
    decode = decoder.decode
    return lambda text: to_value(decode(text))


def parse_json(realm, text, fast_parsers=None):
    """ParseJSON's value for a string: the fast C path when it is exact, else the exact scanner.

    ``fast_parsers`` is the pair (plain, splitting non-BMP) from ``make_fast_parser``.
    """
    if fast_parsers is not None:
        split = "\\u" in text and _ESCAPED_HIGH_SURROGATE.search(text) is not None
        try:
            return fast_parsers[split](text)
        except (_NotJSON, ValueError):      # not JSON: throw V8's SyntaxError for it
            message = json_parse_error_message(text)
            if message is not None:
                raise syntax_error(message) from None
        except RecursionError:
            pass
    return parse_json_text(realm, text)


def internalize_json_property(holder, name, reviver):
    """https://tc39.es/ecma262/#sec-internalizejsonproperty"""
    val = holder.get(name, holder)
    if isinstance(val, JSObject):
        if is_array(val):
            keys = (str(i) for i in range(length_of_array_like(val)))
        else:
            keys = enumerable_own_properties(val, "key")
        for p in keys:
            new_element = internalize_json_property(val, p, reviver)
            if new_element is None:
                val.delete(p)
            else:
                create_data_property(val, p, new_element)
    return call(reviver, holder, [name, val])


# -- serialization ----------------------------------------------------------------------

_quote_basic = _pyjson.encoder.encode_basestring    # escapes " \ and U+0000-U+001F like JSON
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE_SURROGATE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


def _escape_surrogate(m):
    return "\\u%04x" % ord(m.group())


def quote_json_string(s):
    """https://tc39.es/ecma262/#sec-quotejsonstring

    The Python encoder already matches the table (short escapes for \\b \\t
    \\n \\f \\r \\" \\\\, lowercase \\u00XX for other controls); lone
    surrogates are escaped afterwards (well-formed JSON.stringify).
    """
    q = _quote_basic(s)
    if s.isascii() or _SURROGATE.search(s) is None:
        return q
    return _LONE_SURROGATE.sub(_escape_surrogate, q)


_ordinary_classes = {}


def _is_ordinary(cls):
    """Whether instances of ``cls`` use the ordinary [[Get]]/[[GetOwnProperty]]/[[OwnPropertyKeys]]."""
    r = _ordinary_classes.get(cls)
    if r is None:
        r = (cls.get is JSObject.get and cls.get_own_property is JSObject.get_own_property
             and cls.own_property_keys is JSObject.own_property_keys)
        _ordinary_classes[cls] = r
    return r


class JSONSerializer:
    """A JSON Serialization Record with the operations that use it.

    https://tc39.es/ecma262/#sec-json-serialization-record
    Array element keys are passed around as ints and turned into strings only
    when JS code (toJSON, the replacer) can see them.
    """

    __slots__ = ("replacer_function", "property_list", "gap", "indent", "stack",
                 "op", "ap", "quoted")

    def __init__(self, realm, replacer_function, property_list, gap):
        self.replacer_function = replacer_function
        self.property_list = property_list
        self.gap = gap
        self.indent = ""
        self.stack = set()          # ids of the objects being serialized (all alive)
        self.op = realm.object_prototype
        self.ap = realm.array_prototype
        self.quoted = {}            # property key -> QuoteJSONString(key) + the colon

    def serialize_json_property(self, key, holder):
        """https://tc39.es/ecma262/#sec-serializejsonproperty"""
        return self.serialize_value(key, holder, holder.get(key, holder))

    def serialize_value(self, key, holder, value):
        """SerializeJSONProperty from step 2, with ``value`` = Get(holder, key) already done."""
        t = type(value)
        replacer = self.replacer_function
        if replacer is None:        # steps 2-3 only concern objects, BigInts and replacers
            if t is str:
                return quote_json_string(value)
            if t is float:
                return number_to_string(value) if value - value == 0.0 else "null"
            if t is bool:
                return "true" if value else "false"
            if value is null:
                return "null"
        if t is int or isinstance(value, JSObject):
            to_json = self.get_to_json(value)
            if to_json is not None:
                value = to_json.call(value, [key if type(key) is str else str(key)])
        if replacer is not None:
            value = replacer.call(holder, [key if type(key) is str else str(key), value])
        t = type(value)
        if t is JSObject:       # the common objects: neither boxed primitives nor callable
            return self.serialize_json_object(value)
        if t is JSArray:
            return self.serialize_json_array(value)
        if isinstance(value, PrimitiveObject):
            p = value.primitive
            if type(p) is float:
                value = to_number(value)
            elif type(p) is bool or type(p) is int:
                value = p
        elif isinstance(value, StringObject):
            value = to_string(value)
        t = type(value)
        if value is null:
            return "null"
        if t is bool:
            return "true" if value else "false"
        if t is str:
            return quote_json_string(value)
        if t is float:
            return number_to_string(value) if value - value == 0.0 else "null"
        if t is int:
            raise type_error("Do not know how to serialize a BigInt")
        if isinstance(value, JSObject) and not value.callable:
            if is_array(value):
                return self.serialize_json_array(value)
            return self.serialize_json_object(value)
        return None

    def get_to_json(self, value):
        """GetV(value, "toJSON") if callable (step 2), skipping lookups that cannot run code."""
        t = type(value)
        if t is JSObject:
            op = self.op
            if value.proto is op and "toJSON" not in value.props and "toJSON" not in op.props:
                return None
        elif t is JSArray:
            ap, op = self.ap, self.op
            if (value.proto is ap and ap.proto is op and "toJSON" not in value.props
                    and "toJSON" not in ap.props and "toJSON" not in op.props):
                return None
        f = get_v(value, "toJSON")
        return f if is_callable(f) else None

    def _leave(self, value, stepback, partial, open_, close):
        """The final steps: join the parts (with the gap and indent) and pop the stack."""
        inner = self.indent
        self.stack.discard(id(value))
        self.indent = stepback
        if not partial:
            return open_ + close
        if not inner:
            return open_ + ",".join(partial) + close
        return open_ + "\n" + inner + (",\n" + inner).join(partial) + "\n" + stepback + close

    def emit(self, key, holder, value, out):
        """SerializeJSONProperty(key, holder) for ``value``, a JSObject or a JSArray, appended to ``out``.

        Only without replacer function, property list and gap.  Plain objects
        and dense arrays whose ``toJSON`` lookups find nothing are written
        straight into the one output list, their primitive members inline;
        anything else takes the general path for that value.  Returns False
        when the result is undefined (a toJSON returned undefined), so the
        caller drops the member.
        """
        t = type(value)
        op = self.op
        if t is JSObject:
            props = value.props
            if value.proto is not op or "toJSON" in props or "toJSON" in op.props:
                return self._emit_general(key, holder, value, out)
            keys = list(props)
            for k in keys:
                if type(k) is not str or k[:1].isdigit() or type(props[k]) is Prop:
                    out.append(self.serialize_json_object(value))   # toJSON is known to be absent
                    return True
            vid = id(value)
            stack = self.stack
            if vid in stack:
                raise type_error("Converting circular structure to JSON")
            stack.add(vid)
            quoted = self.quoted
            out.append("{")
            first = True
            for k in keys:
                v = props.get(k, MISSING)
                if v is MISSING or type(v) is Prop:     # changed by code a member's toJSON ran
                    v = value.get(k, value)
                q = quoted.get(k)
                if q is None:
                    q = quoted[k] = quote_json_string(k) + ":"
                mark = len(out)
                out.append(q if first else "," + q)
                tv = type(v)
                if tv is str:
                    out.append(quote_json_string(v))
                elif tv is float:
                    out.append(number_to_string(v) if v - v == 0.0 else "null")
                elif tv is bool:
                    out.append("true" if v else "false")
                elif v is null:
                    out.append("null")
                elif tv is JSObject or tv is JSArray:
                    if not self.emit(k, value, v, out):
                        del out[mark:]
                        continue
                else:
                    r = self.serialize_value(k, value, v)
                    if r is None:
                        del out[mark:]
                        continue
                    out.append(r)
                first = False
            out.append("}")
            stack.discard(vid)
            return True
        ap = self.ap
        if (t is not JSArray or value.proto is not ap or ap.proto is not op or "toJSON" in value.props
                or "toJSON" in ap.props or "toJSON" in op.props):
            return self._emit_general(key, holder, value, out)
        if value.elements is None:
            out.append(self.serialize_json_array(value))
            return True
        vid = id(value)
        stack = self.stack
        if vid in stack:
            raise type_error("Converting circular structure to JSON")
        stack.add(vid)
        out.append("[")
        for i in range(value.length):
            els = value.elements
            if els is not None and i < len(els) and els[i] is not HOLE:
                v = els[i]
            else:
                v = value.get(str(i), value)
            if i:
                out.append(",")
            tv = type(v)
            if tv is str:
                out.append(quote_json_string(v))
            elif tv is float:
                out.append(number_to_string(v) if v - v == 0.0 else "null")
            elif tv is JSObject or tv is JSArray:
                if not self.emit(i, value, v, out):
                    out.append("null")
            else:
                r = self.serialize_value(i, value, v)
                out.append("null" if r is None else r)
        out.append("]")
        stack.discard(vid)
        return True

    def _emit_general(self, key, holder, value, out):
        r = self.serialize_value(key, holder, value)
        if r is None:
            return False
        out.append(r)
        return True

    def serialize_json_object(self, value):
        """https://tc39.es/ecma262/#sec-serializejsonobject

        Without a replacer function, string, number, boolean and null
        property values are serialized inline (SerializeJSONProperty for them
        runs no code and reads nothing else).
        """
        if id(value) in self.stack:
            raise type_error("Converting circular structure to JSON")
        self.stack.add(id(value))
        stepback = self.indent
        self.indent = stepback + self.gap
        ordinary = _is_ordinary(type(value))
        keys = self.property_list
        props = value.props
        if keys is None:
            if ordinary:
                keys = [k for k, v in props.items() if type(k) is str
                        and (type(v) is not Prop or v.flags & ENUMERABLE)]
                for k in keys:
                    if k[:1].isdigit():     # integer keys come first: the general order
                        keys = [k for k in ordered_keys(props) if type(k) is str
                                and (type(props[k]) is not Prop or props[k].flags & ENUMERABLE)]
                        break
            else:
                keys = enumerable_own_properties(value, "key")
        quoted = self.quoted
        inline = self.replacer_function is None
        colon = ": " if self.gap else ":"
        partial = []
        for p in keys:
            if ordinary:
                v = props.get(p, MISSING)
                if v is MISSING or type(v) is Prop:
                    v = value.get(p, value)
            else:
                v = value.get(p, value)
            t = type(v)
            if inline and t is str:
                s = quote_json_string(v)
            elif inline and t is float:
                s = number_to_string(v) if v - v == 0.0 else "null"
            elif inline and t is bool:
                s = "true" if v else "false"
            elif inline and v is null:
                s = "null"
            else:
                s = self.serialize_value(p, value, v)
                if s is None:
                    continue
            q = quoted.get(p)
            if q is None:       # QuoteJSONString(P) + ":" (+ " " with a gap), once per key
                q = quoted[p] = quote_json_string(p) + colon
            partial.append(q + s)
        return self._leave(value, stepback, partial, "{", "}")

    def serialize_json_array(self, value):
        """https://tc39.es/ecma262/#sec-serializejsonarray"""
        if id(value) in self.stack:
            raise type_error("Converting circular structure to JSON")
        self.stack.add(id(value))
        stepback = self.indent
        self.indent = stepback + self.gap
        dense = type(value) is JSArray
        n = value.length if dense else length_of_array_like(value)
        inline = self.replacer_function is None
        partial = []
        for i in range(n):
            els = value.elements if dense else None
            if els is not None and i < len(els) and els[i] is not HOLE:
                v = els[i]
            else:
                v = value.get(str(i), value)
            t = type(v)
            if inline and t is str:
                partial.append(quote_json_string(v))
            elif inline and t is float:
                partial.append(number_to_string(v) if v - v == 0.0 else "null")
            else:
                s = self.serialize_value(i, value, v)
                partial.append("null" if s is None else s)
        return self._leave(value, stepback, partial, "[", "]")


def _property_list(replacer):
    """JSON.stringify step 4.b: the PropertyList from an array replacer."""
    out = []
    seen = set()
    for k in range(length_of_array_like(replacer)):
        v = replacer.get(str(k), replacer)
        if type(v) is str:
            item = v
        elif type(v) is float:
            item = number_to_string(v)
        elif (isinstance(v, StringObject)
              or (isinstance(v, PrimitiveObject) and type(v.primitive) is float)):
            item = to_string(v)
        else:
            continue
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _gap(space):
    """JSON.stringify steps 5-8."""
    if isinstance(space, PrimitiveObject) and type(space.primitive) is float:
        space = to_number(space)
    elif isinstance(space, StringObject):
        space = to_string(space)
    if type(space) is float:
        n = min(10, to_integer_or_infinity(space))
        return " " * int(n) if n >= 1 else ""
    if type(space) is str:
        return space[:10]
    return ""


def json_stringify(realm, value, replacer=None, space=None):
    """https://tc39.es/ecma262/#sec-json.stringify (returns a str or None for undefined)."""
    replacer_function = property_list = None
    if isinstance(replacer, JSObject):
        if is_callable(replacer):
            replacer_function = replacer
        elif is_array(replacer):
            property_list = _property_list(replacer)
    gap = _gap(space)
    wrapper = JSObject(realm.object_prototype)
    create_data_property_or_throw(wrapper, "", value)
    serializer = JSONSerializer(realm, replacer_function, property_list, gap)
    if replacer_function is None and property_list is None and not gap and (
            type(value) is JSObject or type(value) is JSArray):
        out = []
        return "".join(out) if serializer.emit("", wrapper, value, out) else None
    return serializer.serialize_json_property("", wrapper)


def _stack_overflow():
    """Serializing and reviving recurse once per nesting level; too deep a value is a
    RangeError like any other stack overflow, never a Python RecursionError."""
    return range_error("Maximum call stack size exceeded")


def setup(realm):
    json_obj = namespace_object(realm, "%JSON%")
    fast_parsers = (make_fast_parser(realm), make_fast_parser(realm, split_non_bmp=True))

    @method(realm, json_obj, "parse", 2)
    def parse(this, args):
        """https://tc39.es/ecma262/#sec-json.parse"""
        text = to_string(arg(args, 0))
        reviver = arg(args, 1)
        unfiltered = parse_json(realm, text, fast_parsers)
        if is_callable(reviver):
            root = JSObject(realm.object_prototype)
            create_data_property_or_throw(root, "", unfiltered)
            try:
                return internalize_json_property(root, "", reviver)
            except RecursionError:
                raise _stack_overflow() from None
        return unfiltered

    @method(realm, json_obj, "stringify", 3)
    def stringify(this, args):
        try:
            return json_stringify(realm, arg(args, 0), arg(args, 1), arg(args, 2))
        except RecursionError:
            raise _stack_overflow() from None

    realm.intrinsics["%JSON.parse%"] = json_obj.props["parse"].value
    realm.intrinsics["%JSON.stringify%"] = json_obj.props["stringify"].value
    define_value(json_obj, SYM_TO_STRING_TAG, "JSON", CONFIGURABLE)
    install_global(realm, "JSON", json_obj)
