"""JSON.parse's SyntaxError messages, exactly as V8 words them (Node 20, V8 11.3).

The spec only says *that* JSON.parse throws a SyntaxError; the message is the
engine's choice.  Workers-style apps return ``err.message`` to their users, so
pyjs uses V8's messages verbatim, including where V8 places the error.

The exact scanner in ``json.py`` decides whether a text is JSON and builds the
value.  Only once it has failed, ``json_parse_error_message`` scans the text
again the way V8's ``JsonParser`` does (src/json/json-parser.cc), to find
where *V8* stops and which message template it reports there.  The two can
stop at different places (V8 reads ``tru`` to its end before complaining, and
checks a number's shape before what follows it), so the error position is
never taken from the exact scanner.  Running only on the error path, this
costs valid input nothing; it scans token by token with regular expressions,
so even a large invalid document costs about as much as the exact scanner.

Positions are indexes into the text in UTF-16 code units, like pyjs strings.
"""
import re

# Message templates (src/common/message-template.h, kJsonParse*).  Each "%" is
# filled with the next argument, verbatim (MessageFormatter::Format).
UNEXPECTED_EOS = "Unexpected end of JSON input"
UNEXPECTED_TOKEN_NUMBER = "Unexpected number in JSON at position %"
UNEXPECTED_TOKEN_STRING = "Unexpected string in JSON at position %"
UNTERMINATED_STRING = "Unterminated string in JSON at position %"
EXPECTED_PROP_NAME_OR_RBRACE = "Expected property name or '}' in JSON at position %"
EXPECTED_COMMA_OR_RBRACK = "Expected ',' or ']' after array element in JSON at position %"
EXPECTED_COMMA_OR_RBRACE = "Expected ',' or '}' after property value in JSON at position %"
EXPECTED_DOUBLE_QUOTED_PROPERTY_NAME = "Expected double-quoted property name in JSON at position %"
EXPECTED_COLON_AFTER_PROPERTY_NAME = "Expected ':' after property name in JSON at position %"
UNEXPECTED_NON_WHITESPACE_CHARACTER = "Unexpected non-whitespace character after JSON at position %"
BAD_ESCAPED_CHARACTER = "Bad escaped character in JSON at position %"
BAD_CONTROL_CHARACTER = "Bad control character in string literal in JSON at position %"
BAD_UNICODE_ESCAPE = "Bad Unicode escape in JSON at position %"
NO_NUMBER_AFTER_MINUS_SIGN = "No number after minus sign in JSON at position %"
UNTERMINATED_FRACTIONAL_NUMBER = "Unterminated fractional number in JSON at position %"
EXPONENT_PART_MISSING_NUMBER = "Exponent part is missing a number in JSON at position %"
SHORT_STRING = '"%" is not valid JSON'
UNEXPECTED_TOKEN_SHORT_STRING = "Unexpected token '%', \"%\" is not valid JSON"
UNEXPECTED_TOKEN_START_STRING_WITH_CONTEXT = "Unexpected token '%', \"%\"... is not valid JSON"
UNEXPECTED_TOKEN_SURROUND_STRING_WITH_CONTEXT = "Unexpected token '%', ...\"%\"... is not valid JSON"
UNEXPECTED_TOKEN_END_STRING_WITH_CONTEXT = "Unexpected token '%', ...\"%\" is not valid JSON"

# JsonParser::kMaxContextCharacters and kMinOriginalSourceLengthForContext.
MAX_CONTEXT_CHARACTERS = 10
MIN_ORIGINAL_SOURCE_LENGTH_FOR_CONTEXT = 2 * MAX_CONTEXT_CHARACTERS + 1

# JsonParser::IsSpecialString: whole texts that get just '"%" is not valid JSON'
# (what JSON.parse receives for undefined, NaN, Infinity and a plain object).
SPECIAL_STRINGS = frozenset(["[object Object]", "undefined", "Infinity", "NaN"])

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DIGITS = re.compile(r"[0-9]*")
_STRING_CHARACTERS = re.compile(r'[^"\\\x00-\x1f]*')     # what cannot end a JSONString scan
_DECIMAL_DIGITS = frozenset("0123456789")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_SINGLE_CHARACTER_ESCAPES = frozenset('"\\/bfnrt')
_LITERALS = {"t": "true", "f": "false", "n": "null"}


def format_message(template, *args):
    """MessageFormatter::Format: each "%" takes the next argument as is."""
    pieces = template.split("%")
    out = [pieces[0]]
    for arg, piece in zip(args, pieces[1:]):
        out.append(str(arg))
        out.append(piece)
    return "".join(out)


class _Reported(Exception):
    """Unwinds the scan once V8 would have thrown (``message`` is the SyntaxError's)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def json_parse_error_message(text):
    """The message of V8's SyntaxError for ``JSON.parse(text)``, or None if V8 accepts it."""
    try:
        _V8JsonScanner(text).parse_json()
    except _Reported as e:
        return e.message
    return None


def unexpected_token_message(text, pos):
    """JsonParser::LookUpErrorMessageForJsonToken for the character at ``pos`` (or the end).

    The token kind matters only for the end of input, numbers ('-' and digits)
    and strings ('"'); any other character is quoted together with the text
    (elided to 10 characters either side of it once the text has 21 or more).
    """
    if pos >= len(text):
        return UNEXPECTED_EOS
    c = text[pos]
    if c == "-" or c in _DECIMAL_DIGITS:
        return format_message(UNEXPECTED_TOKEN_NUMBER, pos)
    if c == '"':
        return format_message(UNEXPECTED_TOKEN_STRING, pos)
    if text in SPECIAL_STRINGS:
        return format_message(SHORT_STRING, text)
    return _message_with_ellipses(text, pos)


def _message_with_ellipses(text, pos):
    """JsonParser::GetErrorMessageWithEllipses."""
    token = text[pos]
    length = len(text)
    if length < MIN_ORIGINAL_SOURCE_LENGTH_FOR_CONTEXT:
        return format_message(UNEXPECTED_TOKEN_SHORT_STRING, token, text)
    if pos < MAX_CONTEXT_CHARACTERS:
        return format_message(UNEXPECTED_TOKEN_START_STRING_WITH_CONTEXT, token,
                              text[:pos + MAX_CONTEXT_CHARACTERS])
    if pos < length - MAX_CONTEXT_CHARACTERS:
        return format_message(UNEXPECTED_TOKEN_SURROUND_STRING_WITH_CONTEXT, token,
                              text[pos - MAX_CONTEXT_CHARACTERS:pos + MAX_CONTEXT_CHARACTERS])
    return format_message(UNEXPECTED_TOKEN_END_STRING_WITH_CONTEXT, token,
                          text[pos - MAX_CONTEXT_CHARACTERS:])


class _V8JsonScanner:
    """The error behaviour of V8's JsonParser: where it stops and what it reports.

    Method names follow json-parser.cc/.h.  ``pos`` is V8's ``cursor_``; the
    scan builds no values and, like V8's, keeps open arrays and objects on an
    explicit stack instead of recursing.
    """

    def __init__(self, text):
        self.text = text
        self.pos = 0

    # -- reporting --------------------------------------------------------------

    def report(self, template, pos):
        """ReportUnexpectedToken with an explicit message: the template takes the position."""
        raise _Reported(format_message(template, pos))

    def report_unexpected_character(self, pos):
        """ReportUnexpectedCharacter: the message depends on the kind of token at ``pos``."""
        raise _Reported(unexpected_token_message(self.text, pos))

    # -- tokens -----------------------------------------------------------------

    def skip_whitespace(self):
        """SkipWhitespace; returns the next character ("" at the end)."""
        self.pos = _WHITESPACE.match(self.text, self.pos).end()
        return self.text[self.pos:self.pos + 1]

    def check(self, token):
        """Check: skip whitespace and consume ``token`` if it is next ("" is the end)."""
        if self.skip_whitespace() != token:
            return False
        self.pos += 1
        return True

    def expect(self, token, template=None):
        """Expect (after whitespace was skipped): consume ``token`` or report."""
        if self.text[self.pos:self.pos + 1] == token:
            self.pos += 1
        elif template is not None:
            self.report(template, self.pos)
        else:
            self.report_unexpected_character(self.pos)

    def expect_next(self, token, template=None):
        """ExpectNext: skip whitespace, then Expect."""
        self.skip_whitespace()
        self.expect(token, template)

    # -- values -----------------------------------------------------------------

    def parse_json(self):
        """ParseJson: one value, then nothing but whitespace."""
        self.parse_json_value()
        if not self.check(""):
            self.report(UNEXPECTED_NON_WHITESPACE_CHARACTER, self.pos)

    def parse_json_value(self):
        """ParseJsonValue: produce values, and consume them into the open containers."""
        open_containers = []       # "[" or "{" per open array or object, innermost last
        while True:
            # Produce a value (or open a container and produce its first member).
            while True:
                c = self.skip_whitespace()
                if c == '"':
                    self.pos += 1
                    self.scan_json_string()
                elif c == "-" or c in _DECIMAL_DIGITS:
                    self.parse_json_number()
                elif c == "{":
                    self.pos += 1
                    if not self.check("}"):
                        open_containers.append("{")
                        self.expect_next('"', EXPECTED_PROP_NAME_OR_RBRACE)
                        self.scan_json_string()
                        self.expect_next(":", EXPECTED_COLON_AFTER_PROPERTY_NAME)
                        continue
                elif c == "[":
                    self.pos += 1
                    if not self.check("]"):
                        open_containers.append("[")
                        continue
                elif c in _LITERALS:
                    self.scan_literal(_LITERALS[c])
                else:
                    self.report_unexpected_character(self.pos)
                break
            # Consume it: a comma starts the next member, else the container must close.
            while True:
                if not open_containers:
                    return
                if open_containers[-1] == "{":
                    if self.check(","):
                        self.expect_next('"', EXPECTED_DOUBLE_QUOTED_PROPERTY_NAME)
                        self.scan_json_string()
                        self.expect_next(":")      # V8 names no expectation here
                        break
                    self.expect("}", EXPECTED_COMMA_OR_RBRACE)
                else:
                    if self.check(","):
                        break
                    self.expect("]", EXPECTED_COMMA_OR_RBRACK)
                open_containers.pop()

    def scan_literal(self, literal):
        """ScanLiteral: the first differing character is unexpected; a cut-off literal is the end."""
        text, pos = self.text, self.pos
        if text.startswith(literal, pos):
            self.pos = pos + len(literal)
            return
        for expected in literal[1:]:
            pos += 1
            if pos == len(text):
                break
            if text[pos] != expected:
                self.report_unexpected_character(pos)
        raise _Reported(UNEXPECTED_EOS)

    def parse_json_number(self):
        """ParseJsonNumber, at a '-' or a digit."""
        text, pos = self.text, self.pos
        if text[pos] == "-":
            pos += 1
        if text[pos:pos + 1] == "0":
            pos += 1
            if self._is_digit(pos):
                self.report_unexpected_character(pos)        # a leading zero: "Unexpected number"
        else:
            end = _DIGITS.match(text, pos).end()
            if end == pos:
                self.report(NO_NUMBER_AFTER_MINUS_SIGN, pos)
            pos = end
        if text[pos:pos + 1] == ".":
            pos += 1
            if not self._is_digit(pos):
                self.report(UNTERMINATED_FRACTIONAL_NUMBER, pos)
            pos = _DIGITS.match(text, pos).end()
        if text[pos:pos + 1] in ("e", "E"):
            pos += 1
            if text[pos:pos + 1] in ("+", "-"):
                pos += 1
            if not self._is_digit(pos):
                self.report(EXPONENT_PART_MISSING_NUMBER, pos)
            pos = _DIGITS.match(text, pos).end()
        self.pos = pos

    def _is_digit(self, pos):
        return pos < len(self.text) and self.text[pos] in _DECIMAL_DIGITS

    def scan_json_string(self):
        """ScanJsonString, after the opening quote."""
        text, pos = self.text, self.pos
        while True:
            pos = _STRING_CHARACTERS.match(text, pos).end()
            if pos == len(text):
                self.report(UNTERMINATED_STRING, pos)
            c = text[pos]
            if c == '"':
                self.pos = pos + 1
                return
            if c != "\\":
                self.report(BAD_CONTROL_CHARACTER, pos)
            pos += 1
            if pos == len(text) or ord(text[pos]) > 0xFF:
                self.report_unexpected_character(pos)        # not even a Latin-1 character
            e = text[pos]
            if e == "u":
                for _ in range(4):                           # ScanUnicodeCharacter
                    pos += 1
                    if pos == len(text) or text[pos] not in _HEX_DIGITS:
                        self.report(BAD_UNICODE_ESCAPE, pos)
            elif e not in _SINGLE_CHARACTER_ESCAPES:
                self.report(BAD_ESCAPED_CHARACTER, pos)
            pos += 1
