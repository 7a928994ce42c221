"""Date string parsing: the algorithm behind Date.parse and new Date(string).

The spec only requires the Date Time String Format
(https://tc39.es/ecma262/#sec-date-time-string-format) and the outputs of
toString/toUTCString; everything else is "implementation-specific heuristics".
Code in the wild relies on what browsers accept, so this module follows V8's
date parser (src/date/dateparser*.{h,cc}) step for step, Node being the oracle:

1. Try the ES5 ISO form ``[+-YY]YYYY[-MM[-DD]][THH:mm[:ss[.s+]][Z|+-hh:mm]]``.
   Date-only forms are UTC, date-time forms without offset are local time,
   ``24:00`` is the end of the day, ``-000000`` is invalid, any number of
   fraction digits is accepted, and ``+hhmm`` also works as an offset.
2. If the ISO scan stops early, the remaining tokens go through the legacy
   rules: numbers followed by ``:`` are times, month names (any word starting
   with the month's three letters) and AM/PM are keywords, ``GMT``/``UTC``/
   ``Z`` and the US zone abbreviations set the offset, ``(...)`` is a comment,
   unknown words are allowed only before the first number, and up to three
   loose numbers form the date (month-day-year unless the first cannot be a
   day, two-digit years 0..49 -> 20xx and 50..99 -> 19xx). Missing parts
   default to 1, which is why ``"Mar 5"`` is 5 March 2001 in V8 too.

Strings are UTF-16 code units; only ASCII digits count as digits, and a NUL
ends the input (V8 reads C-style).
"""

from __future__ import annotations

import math
import re

from pyjs.builtins.date_math import make_date, make_day, make_time, time_clip, utc

NaN = math.nan

_NONE = None  # V8's kNone: a part that was not given
_MAX_SIGNIFICANT_DIGITS = 9
_MAX_TIME_BEFORE_UTC = 8.64e15 + 30 * 86400000.0  # V8 kMaxTimeBeforeUTCInMs

# Token kinds; keyword kinds are the ones >= _KEYWORD.
_NUMBER, _SYMBOL, _WHITESPACE, _UNKNOWN, _END, _INVALID = range(6)
_KEYWORD = 10
_KW_OTHER, _KW_MONTH, _KW_ZONE, _KW_T, _KW_AMPM = range(10, 15)

_KEYWORDS = {
    "jan": (_KW_MONTH, 1), "feb": (_KW_MONTH, 2), "mar": (_KW_MONTH, 3),
    "apr": (_KW_MONTH, 4), "may": (_KW_MONTH, 5), "jun": (_KW_MONTH, 6),
    "jul": (_KW_MONTH, 7), "aug": (_KW_MONTH, 8), "sep": (_KW_MONTH, 9),
    "oct": (_KW_MONTH, 10), "nov": (_KW_MONTH, 11), "dec": (_KW_MONTH, 12),
    "am": (_KW_AMPM, 0), "pm": (_KW_AMPM, 12),
    "ut": (_KW_ZONE, 0), "utc": (_KW_ZONE, 0), "z": (_KW_ZONE, 0), "gmt": (_KW_ZONE, 0),
    "cdt": (_KW_ZONE, -5), "cst": (_KW_ZONE, -6), "edt": (_KW_ZONE, -4),
    "est": (_KW_ZONE, -5), "mdt": (_KW_ZONE, -6), "mst": (_KW_ZONE, -7),
    "pdt": (_KW_ZONE, -7), "pst": (_KW_ZONE, -8),
    "t": (_KW_T, 0),
}
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# ECMAScript WhiteSpace plus the ASCII line terminators; V8 reads U+2028 and
# U+2029 as word characters here (Node: "Mar 5 2024 10:00\u2028" is NaN).
_WHITESPACE_CHARS = frozenset(
    "\t\n\v\f\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u202f\u205f\u3000\ufeff")


def _tokenize(s: str) -> list[tuple[int, object, int]]:
    """Split s into (kind, value, length) tokens, ending with an _END token.

    Numbers keep their digit count (ISO needs fixed widths) and only their
    first nine significant digits after any leading zeros, as V8 reads them;
    words keep only their keyword meaning.
    """
    end = s.find("\0")
    if end >= 0:
        s = s[:end]
    tokens = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if "0" <= c <= "9":
            j = i
            while j < n and s[j] == "0":
                j += 1
            k = j
            while k < n and "0" <= s[k] <= "9":
                k += 1
            tokens.append((_NUMBER, int(s[j:min(k, j + _MAX_SIGNIFICANT_DIGITS)] or "0"), k - i))
            i = k
        elif c in ":-+.)":
            tokens.append((_SYMBOL, c, 1))
            i += 1
        elif c in _WHITESPACE_CHARS:
            tokens.append((_WHITESPACE, None, 1))
            i += 1
        elif c >= "A":
            j = i
            while j < n and s[j] >= "A" and s[j] not in _WHITESPACE_CHARS:
                j += 1
            length = j - i
            prefix = s[i:min(j, i + 3)].translate(_ASCII_LOWER)
            kind, value = _KEYWORDS.get(prefix, (_KW_OTHER, 0))
            if length > 3 and kind != _KW_MONTH:
                kind, value = _KW_OTHER, 0
            tokens.append((kind, value, length))
            i = j
        elif c == "(":
            balance = 0
            while i < n:
                if s[i] == ")":
                    balance -= 1
                elif s[i] == "(":
                    balance += 1
                i += 1
                if balance <= 0:
                    break
            tokens.append((_UNKNOWN, None, 1))
        else:
            tokens.append((_UNKNOWN, None, 1))
            i += 1
    tokens.append((_END, None, 0))
    return tokens


class _Scanner:
    """One-token lookahead over the token list (V8's DateStringTokenizer)."""

    __slots__ = ("tokens", "pos")

    def __init__(self, s: str):
        self.tokens = _tokenize(s)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        token = self.tokens[self.pos]
        if token[0] != _END:
            self.pos += 1
        return token

    def skip_symbol(self, symbol: str) -> bool:
        token = self.tokens[self.pos]
        if token[0] == _SYMBOL and token[1] == symbol:
            self.pos += 1
            return True
        return False


_FAILED = object()


def _is_sign(token) -> bool:
    return token[0] == _SYMBOL and token[1] in "+-"


def _sign_of(token) -> int:
    return 1 if token[1] == "+" else -1


def _is_fixed_number(token, length: int) -> bool:
    return token[0] == _NUMBER and token[2] == length


def _is_keyword_z(token) -> bool:
    return token[0] == _KW_ZONE and token[2] == 1 and token[1] == 0


def _read_milliseconds(token) -> int:
    """The first three significant digits of a fraction, as milliseconds."""
    number, length = token[1], token[2]
    if length == 1:
        return number * 100
    if length == 2:
        return number * 10
    if length > 3:
        return number // 10 ** (min(length, _MAX_SIGNIFICANT_DIGITS) - 3)
    return number


class _DayComposer:
    __slots__ = ("comp", "named_month", "is_iso_date")

    def __init__(self):
        self.comp: list[int] = []
        self.named_month = _NONE
        self.is_iso_date = False

    def add(self, n: int) -> bool:
        if len(self.comp) < 3:
            self.comp.append(n)
            return True
        return False

    def write(self):
        """(year, month 1..12, day), or None when the parts make no date."""
        comp = self.comp
        if not comp:
            return None
        # V8 pads missing parts with 1 before choosing an order, so a missing
        # year is 1, i.e. 2001 ("Mar 5" is 5 March 2001 in Node too).
        comp = comp + [1] * (3 - len(comp))
        if self.named_month is _NONE:
            if self.is_iso_date or not 1 <= comp[0] <= 31:
                year, month, day = comp
            else:
                month, day, year = comp
        else:
            month = self.named_month
            if not 1 <= comp[0] <= 31:
                year, day = comp[0], comp[1]
            else:
                day, year = comp[0], comp[1]
        if not self.is_iso_date:
            if 0 <= year <= 49:
                year += 2000
            elif 50 <= year <= 99:
                year += 1900
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return year, month, day


class _TimeComposer:
    __slots__ = ("comp", "hour_offset")

    def __init__(self):
        self.comp: list[int] = []
        self.hour_offset = _NONE

    def is_empty(self) -> bool:
        return not self.comp

    def is_expecting(self, n: int) -> bool:
        index = len(self.comp)
        return ((index == 1 and 0 <= n <= 59) or (index == 2 and 0 <= n <= 59)
                or (index == 3 and 0 <= n <= 999))

    def add(self, n: int) -> bool:
        if len(self.comp) < 4:
            self.comp.append(n)
            return True
        return False

    def add_final(self, n: int) -> bool:
        if not self.add(n):
            return False
        self.comp.extend([0] * (4 - len(self.comp)))
        return True

    def write(self):
        """(hour, minute, second, ms), or None when out of range."""
        hour, minute, second, ms = self.comp + [0] * (4 - len(self.comp))
        if self.hour_offset is not _NONE:
            if not 0 <= hour <= 12:
                return None
            hour = hour % 12 + self.hour_offset
        if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59
                and 0 <= ms <= 999):
            if hour != 24 or minute or second or ms:
                return None
        return hour, minute, second, ms


class _TimeZoneComposer:
    __slots__ = ("sign", "hour", "minute")

    def __init__(self):
        self.sign = self.hour = self.minute = _NONE

    def set(self, offset_in_hours: int) -> None:
        self.sign = -1 if offset_in_hours < 0 else 1
        self.hour = abs(offset_in_hours)
        self.minute = 0

    def is_expecting(self, n: int) -> bool:
        return self.hour is not _NONE and self.minute is _NONE and 0 <= n <= 59

    def is_utc(self) -> bool:
        return self.hour == 0 and self.minute == 0

    def is_empty(self) -> bool:
        return self.hour is _NONE

    def write(self):
        """The UTC offset in seconds, or None for local time."""
        if self.sign is _NONE:
            return None
        # V8 sums in unsigned 32-bit arithmetic and then wants a small integer.
        total = ((self.hour or 0) * 3600 + (self.minute or 0) * 60) & 0xFFFFFFFF
        if total > 0x7FFFFFFF:
            return _FAILED
        return -total if self.sign < 0 else total


def _parse_es5(scanner: _Scanner, day: _DayComposer, time: _TimeComposer,
               tz: _TimeZoneComposer):
    """Scan as much ES5 ISO syntax as possible (V8's ParseES5DateTime).

    Returns the first token the legacy parser must handle, an _END token when
    the whole string was ISO, or _FAILED when the string is certainly invalid.
    """
    if _is_sign(scanner.peek()):
        sign_token = scanner.next()
        if not _is_fixed_number(scanner.peek(), 6):
            return sign_token
        year = scanner.next()[1]
        if sign_token[1] == "-" and year == 0:
            return sign_token
        day.add(_sign_of(sign_token) * year)
    elif _is_fixed_number(scanner.peek(), 4):
        day.add(scanner.next()[1])
    else:
        return scanner.next()
    if scanner.skip_symbol("-"):
        token = scanner.peek()
        if not _is_fixed_number(token, 2) or not 1 <= token[1] <= 12:
            return scanner.next()
        day.add(scanner.next()[1])
        if scanner.skip_symbol("-"):
            token = scanner.peek()
            if not _is_fixed_number(token, 2) or not 1 <= token[1] <= 31:
                return scanner.next()
            day.add(scanner.next()[1])
    if scanner.peek()[0] != _KW_T:
        if scanner.peek()[0] != _END:
            return scanner.next()
    else:
        scanner.next()
        token = scanner.peek()
        if not _is_fixed_number(token, 2) or not 0 <= token[1] <= 24:
            return _FAILED
        hour_is_24 = token[1] == 24
        time.add(scanner.next()[1])
        if not scanner.skip_symbol(":"):
            return _FAILED
        token = scanner.peek()
        if (not _is_fixed_number(token, 2) or not 0 <= token[1] <= 59
                or (hour_is_24 and token[1] > 0)):
            return _FAILED
        time.add(scanner.next()[1])
        if scanner.skip_symbol(":"):
            token = scanner.peek()
            if (not _is_fixed_number(token, 2) or not 0 <= token[1] <= 59
                    or (hour_is_24 and token[1] > 0)):
                return _FAILED
            time.add(scanner.next()[1])
            if scanner.skip_symbol("."):
                token = scanner.peek()
                if token[0] != _NUMBER or (hour_is_24 and token[1] > 0):
                    return _FAILED
                time.add(_read_milliseconds(scanner.next()))
        if _is_keyword_z(scanner.peek()):
            scanner.next()
            tz.set(0)
        elif _is_sign(scanner.peek()):
            tz.sign = _sign_of(scanner.next())
            if _is_fixed_number(scanner.peek(), 4):
                hour, minute = divmod(scanner.next()[1], 100)
                if not (0 <= hour <= 23 and 0 <= minute <= 59):
                    return _FAILED
                tz.hour, tz.minute = hour, minute
            else:
                token = scanner.peek()
                if not _is_fixed_number(token, 2) or not 0 <= token[1] <= 23:
                    return _FAILED
                tz.hour = scanner.next()[1]
                if not scanner.skip_symbol(":"):
                    return _FAILED
                token = scanner.peek()
                if not _is_fixed_number(token, 2) or not 0 <= token[1] <= 59:
                    return _FAILED
                tz.minute = scanner.next()[1]
        if scanner.peek()[0] != _END:
            return _FAILED
    if tz.is_empty() and time.is_empty():
        tz.set(0)
    day.is_iso_date = True
    return (_END, None, 0)


def _parse_parts(s: str):
    """V8's DateParser::Parse: (year, month 1..12, day, h, m, s, ms, offset s | None) or None."""
    scanner = _Scanner(s)
    day, time, tz = _DayComposer(), _TimeComposer(), _TimeZoneComposer()
    token = _parse_es5(scanner, day, time, tz)
    if token is _FAILED:
        return None
    has_read_number = bool(day.comp)
    while token[0] != _END:
        kind = token[0]
        if kind == _NUMBER:
            has_read_number = True
            n = token[1]
            if scanner.skip_symbol(":"):
                if scanner.skip_symbol(":"):
                    if not time.is_empty():
                        return None
                    time.add(n)
                    time.add(0)
                else:
                    if not time.add(n):
                        return None
                    if scanner.peek()[0] == _SYMBOL and scanner.peek()[1] == ".":
                        scanner.next()
            elif scanner.skip_symbol(".") and time.is_expecting(n):
                time.add(n)
                if scanner.peek()[0] != _NUMBER:
                    return None
                time.add_final(_read_milliseconds(scanner.next()))
            elif tz.is_expecting(n):
                tz.minute = n
            elif time.is_expecting(n):
                time.add_final(n)
                following = scanner.peek()
                if not (following[0] in (_END, _WHITESPACE) or _is_keyword_z(following)
                        or _is_sign(following)):
                    return None
            else:
                if not day.add(n):
                    return None
                scanner.skip_symbol("-")
        elif kind >= _KEYWORD:
            value = token[1]
            if kind == _KW_AMPM and not time.is_empty():
                time.hour_offset = value
            elif kind == _KW_MONTH:
                day.named_month = value
                scanner.skip_symbol("-")
            elif kind == _KW_ZONE and has_read_number:
                tz.set(value)
            else:
                if has_read_number:
                    return None  # garbage words only before the first number
                if scanner.peek()[0] == _NUMBER:
                    return None
        elif _is_sign(token) and (tz.is_utc() or not time.is_empty()):
            tz.sign = _sign_of(token)
            n = length = 0
            if scanner.peek()[0] == _NUMBER:
                _, n, length = scanner.next()
            has_read_number = True
            following = scanner.peek()
            if following[0] == _SYMBOL and following[1] == ":":
                tz.hour, tz.minute = n, _NONE
            elif length in (1, 2):
                tz.hour, tz.minute = n, 0
            elif length in (3, 4):
                tz.hour, tz.minute = divmod(n, 100)
            else:
                return None
        elif (_is_sign(token) or (kind == _SYMBOL and token[1] == ")")) and has_read_number:
            return None
        token = scanner.next()
    date = day.write()
    clock = time.write()
    offset = tz.write()
    if date is None or clock is None or offset is _FAILED:
        return None
    return (*date, *clock, offset)


# The UTC forms of the Date Time String Format with a four-digit year, as toISOString
# writes them (https://tc39.es/ecma262/#sec-date-time-string-format): a date alone, or a
# date and time ending in Z, with a fraction of one to three digits.
_ISO_UTC = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})"
                      r"(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,3}))?)?Z)?")


def _parse_iso_utc(s: str):
    """The time value of ``s`` in one of the _ISO_UTC forms whose fields are in the
    ranges _parse_es5 accepts (hour 24 excepted), as _parse_parts and parse_date would
    compute it; None for any other string."""
    m = _ISO_UTC.fullmatch(s)
    if m is None:
        return None
    year, month, date, hour, minute, second, fraction = m.groups()
    month, date = int(month), int(date)
    h = int(hour) if hour is not None else 0
    mi = int(minute) if minute is not None else 0
    sec = int(second) if second is not None else 0
    if not (1 <= month <= 12 and 1 <= date <= 31 and h <= 23 and mi <= 59 and sec <= 59):
        return None
    ms = 0 if fraction is None else int(fraction) * 10 ** (3 - len(fraction))
    tv = make_date(make_day(float(year), float(month - 1), float(date)),
                   make_time(float(h), float(mi), float(sec), float(ms)))
    return time_clip(tv)


def parse_date(s: str) -> float:
    """Date.parse(s) for a string already converted by ToString: a time value or NaN.

    https://tc39.es/ecma262/#sec-date.parse
    """
    tv = _parse_iso_utc(s)
    if tv is not None:
        return tv
    parts = _parse_parts(s)
    if parts is None:
        return NaN
    year, month, date, hour, minute, second, ms, offset = parts
    tv = make_date(make_day(float(year), float(month - 1), float(date)),
                   make_time(float(hour), float(minute), float(second), float(ms)))
    if offset is None:
        if not -_MAX_TIME_BEFORE_UTC <= tv <= _MAX_TIME_BEFORE_UTC:
            return NaN
        tv = utc(tv)
    else:
        tv -= offset * 1000.0
    return time_clip(tv)
