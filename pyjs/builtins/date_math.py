"""Engine-independent algorithms behind the JS ``Date`` builtin.

The ``Date`` constructor and prototype (``date.py``) are thin wiring over this
module, which knows nothing about JS objects: every function takes and returns
plain Python values, so it can be tested exactly and against Node in bulk.

Value conventions: a *time value* is a Python ``float`` holding an integral
number of milliseconds since the epoch, or NaN. Strings are ASCII ``str`` except
for a few non-ASCII long time zone names (still BMP, so valid UTF-16 units).

Sections:

* ECMA-262 §21.4.1 abstract operations (``day`` ... ``time_clip``), spec-exact,
  including ToIntegerOrInfinity truncation and IEEE float arithmetic where the
  spec says so. Calendar arithmetic runs on Python ints, so huge inputs give
  NaN or a rounded float, never ``OverflowError``.
* Local time (``local_time``, ``utc``): the host time zone is the ``TZ``
  environment variable, read at every call and resolved through ``zoneinfo``
  (resolutions are cached per ``TZ`` string; ``reset_time_zone_cache`` drops
  them). Unset or empty ``TZ`` means UTC. An unknown zone means UTC too, and
  is labelled ``GMT+00:00`` as Node labels a zone ICU does not know. Instants
  outside ``datetime``'s years 1..9999 are moved by whole 400-year Gregorian
  cycles, which keeps the calendar and the zone's recurring rule identical (and
  keeps the first historic offset, usually LMT, for the far past, as ICU does).
* Formatting: ``to_string`` (the spec's ToDateString, i.e.
  ``Date.prototype.toString``), ``to_date_string``, ``to_time_string``,
  ``to_utc_string``, ``to_iso_string`` and Node's default en-US
  ``toLocale*String`` output.
* Parsing: ``parse_date`` (implemented in ``date_parse``) follows V8's date
  parser (ES5 ISO first, then the legacy heuristics), because "what engines
  accept in practice" is defined by nothing but their code; Node was the
  oracle for every quirk kept there.

Time zone display names: V8 prints the ICU/CLDR long name in toString, e.g.
``(Central European Standard Time)``, choosing standard or daylight by the
zone's DST state at a V8 "equivalent time" (a year in 2008..2037 with the same
leap-ness and starting weekday) for instants before 1970 or after 2038. This
module does the same with a table of the long names Node prints (in
``date_zone_names``; it covers every tzdata zone whose name is not derivable
from tzdata), and otherwise falls back to the zoneinfo abbreviation when it is
alphabetic or to ICU's ``GMT+07:00`` form when tzdata only has a numeric one
(``+07``). Offsets always come from the system tzdata, so history that ICU's
copy of tzdata tells differently (mostly pre-1970 LMT of alias zones) differs.
"""

from __future__ import annotations

import functools
import math
import os
from time import time_ns
from typing import NamedTuple

from pyjs.builtins.date_zone_names import zone_long_names

NaN = math.nan
_INF = math.inf

MS_PER_DAY = 86400000.0
HOURS_PER_DAY = 24.0
MINUTES_PER_HOUR = 60.0
SECONDS_PER_MINUTE = 60.0
MS_PER_SECOND = 1000.0
MS_PER_MINUTE = 60000.0
MS_PER_HOUR = 3600000.0

_DAY_MS = 86400000
_MAX_TIME = 8.64e15


def _number(n: int) -> float:
    """The Number for a mathematical integer: rounded, +-Infinity beyond range."""
    try:
        return float(n)
    except OverflowError:
        return _INF if n > 0 else -_INF


def _finite(x: float) -> bool:
    return x - x == 0


def _to_integer(x: float) -> float:
    """ToIntegerOrInfinity for a finite Number, returned as a Number (-0 -> +0)."""
    return float(math.trunc(x))


def _days_from_civil(year: int, month: int, date: int) -> int:
    """Days from 1970-01-01 to year-month-date (month 1..12), proleptic Gregorian.

    Pure integer arithmetic (H. Hinnant's algorithm), exact for any year.
    """
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    doy = (153 * ((month + 9) % 12) + 2) // 5 + date - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of ``_days_from_civil``: (year, month 1..12, date 1..31)."""
    days += 719468
    era = days // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    date = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (month <= 2), month, date


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


# ---------------------------------------------------------------------------
# §21.4.1 Properties of Date objects: the abstract operations


def day(t: float) -> float:
    """Day(t): the day number containing t.

    https://tc39.es/ecma262/#sec-day
    """
    if not _finite(t):
        return NaN
    return float(math.floor(t) // _DAY_MS)


def time_within_day(t: float) -> float:
    """TimeWithinDay(t): milliseconds since the start of t's day.

    https://tc39.es/ecma262/#sec-timewithinday
    """
    if not _finite(t):
        return NaN
    r = math.fmod(t, MS_PER_DAY)
    if r < 0:
        r += MS_PER_DAY
    return r + 0.0


def days_in_year(y: float) -> float:
    """DaysInYear(y): 365 or 366.

    https://tc39.es/ecma262/#sec-daysinyear
    """
    if not _finite(y):
        return NaN
    return 366.0 if _is_leap(int(y)) else 365.0


def day_from_year(y: float) -> float:
    """DayFromYear(y): the day number of the first day of year y.

    https://tc39.es/ecma262/#sec-dayfromyear
    """
    if not _finite(y):
        return NaN
    yi = int(y)
    return _number(365 * (yi - 1970) + (yi - 1969) // 4 - (yi - 1901) // 100 + (yi - 1601) // 400)


def time_from_year(y: float) -> float:
    """TimeFromYear(y): the time value of the start of year y.

    https://tc39.es/ecma262/#sec-timefromyear
    """
    if not _finite(y):
        return NaN
    return _number(_DAY_MS * _days_from_civil(int(y), 1, 1))


def year_from_time(t: float) -> float:
    """YearFromTime(t): the largest integral y with TimeFromYear(y) <= t.

    https://tc39.es/ecma262/#sec-yearfromtime
    """
    if not _finite(t):
        return NaN
    return float(_civil_from_days(math.floor(t) // _DAY_MS)[0])


def day_within_year(t: float) -> float:
    """DayWithinYear(t): 0-based day of the year.

    https://tc39.es/ecma262/#sec-daywithinyear
    """
    if not _finite(t):
        return NaN
    days = math.floor(t) // _DAY_MS
    return float(days - _days_from_civil(_civil_from_days(days)[0], 1, 1))


def in_leap_year(t: float) -> float:
    """InLeapYear(t): 1 if t falls in a leap year, else +0.

    https://tc39.es/ecma262/#sec-inleapyear
    """
    if not _finite(t):
        return NaN
    return 1.0 if _is_leap(_civil_from_days(math.floor(t) // _DAY_MS)[0]) else 0.0


def month_from_time(t: float) -> float:
    """MonthFromTime(t): 0 (January) .. 11 (December).

    https://tc39.es/ecma262/#sec-monthfromtime
    """
    if not _finite(t):
        return NaN
    return float(_civil_from_days(math.floor(t) // _DAY_MS)[1] - 1)


def date_from_time(t: float) -> float:
    """DateFromTime(t): day of the month, 1..31.

    https://tc39.es/ecma262/#sec-datefromtime
    """
    if not _finite(t):
        return NaN
    return float(_civil_from_days(math.floor(t) // _DAY_MS)[2])


def week_day(t: float) -> float:
    """WeekDay(t): 0 (Sunday) .. 6 (Saturday); 1970-01-01 was a Thursday.

    https://tc39.es/ecma262/#sec-week-day
    """
    if not _finite(t):
        return NaN
    return float((math.floor(t) // _DAY_MS + 4) % 7)


def hour_from_time(t: float) -> float:
    """HourFromTime(t).

    https://tc39.es/ecma262/#sec-hourfromtime
    """
    if not _finite(t):
        return NaN
    return float(math.floor(t) // 3600000 % 24)


def min_from_time(t: float) -> float:
    """MinFromTime(t).

    https://tc39.es/ecma262/#sec-minfromtime
    """
    if not _finite(t):
        return NaN
    return float(math.floor(t) // 60000 % 60)


def sec_from_time(t: float) -> float:
    """SecFromTime(t).

    https://tc39.es/ecma262/#sec-secfromtime
    """
    if not _finite(t):
        return NaN
    return float(math.floor(t) // 1000 % 60)


def ms_from_time(t: float) -> float:
    """msFromTime(t).

    https://tc39.es/ecma262/#sec-msfromtime
    """
    if not _finite(t):
        return NaN
    r = math.fmod(t, MS_PER_SECOND)
    if r < 0:
        r += MS_PER_SECOND
    return r + 0.0


def time_fields(t: float) -> tuple:
    """(YearFromTime(t), MonthFromTime(t), DateFromTime(t), HourFromTime(t),
    MinFromTime(t), SecFromTime(t), msFromTime(t)) of a finite ``t``, with one
    calendar computation for the three date fields (what a setter that replaces
    some of them reads for the others)."""
    ft = math.floor(t)
    year, month, date = _civil_from_days(ft // _DAY_MS)
    return (float(year), float(month - 1), float(date), float(ft // 3600000 % 24),
            float(ft // 60000 % 60), float(ft // 1000 % 60), ms_from_time(t))


def make_time(hour: float, min: float, sec: float, ms: float) -> float:  # noqa: A002
    """MakeTime(hour, min, sec, ms): milliseconds from the parts.

    The sum is IEEE arithmetic, as the spec demands, so huge parts lose
    precision or overflow to an infinity exactly like an engine's doubles
    (test262 checks the evaluation order).
    https://tc39.es/ecma262/#sec-maketime
    """
    if not (_finite(hour) and _finite(min) and _finite(sec) and _finite(ms)):
        return NaN
    h = _to_integer(hour)
    m = _to_integer(min)
    s = _to_integer(sec)
    milli = _to_integer(ms)
    return ((h * MS_PER_HOUR + m * MS_PER_MINUTE) + s * MS_PER_SECOND) + milli


def make_day(year: float, month: float, date: float) -> float:
    """MakeDay(year, month, date): the day number of the given date.

    Months outside 0..11 carry into the year; the date is added as a Number
    (so it may run far past the month). The month start is found exactly with
    integers; a start that is not a finite time value gives NaN. (V8 instead
    gives NaN for any |year| > 1e6, so Date.UTC(1e7, 0, -3.65e9) differs.)
    https://tc39.es/ecma262/#sec-makeday
    """
    if not (_finite(year) and _finite(month) and _finite(date)):
        return NaN
    y = _to_integer(year)
    m = int(_to_integer(month))
    dt = _to_integer(date)
    ym = y + float(m // 12)
    if not _finite(ym):
        return NaN
    mn = m % 12
    days = _days_from_civil(int(ym), mn + 1, 1)
    try:
        float(days * _DAY_MS)
        first = float(days)
    except OverflowError:
        return NaN
    return first + dt - 1.0


def make_date(day: float, time: float) -> float:
    """MakeDate(day, time): day * msPerDay + time, NaN unless finite.

    https://tc39.es/ecma262/#sec-makedate
    """
    if not (_finite(day) and _finite(time)):
        return NaN
    tv = day * MS_PER_DAY + time
    if not _finite(tv):
        return NaN
    return tv


def make_full_year(year: float) -> float:
    """MakeFullYear(year): maps two-digit years 0..99 to 1900..1999.

    https://tc39.es/ecma262/#sec-makefullyear
    """
    if year != year:
        return NaN
    truncated = _to_integer(year) if _finite(year) else year
    if 0 <= truncated <= 99:
        return 1900.0 + truncated
    return truncated


def time_clip(time: float) -> float:
    """TimeClip(time): NaN outside +-8.64e15 ms, else the integral part (+0 for -0).

    https://tc39.es/ecma262/#sec-timeclip
    """
    if not _finite(time) or abs(time) > _MAX_TIME:
        return NaN
    return _to_integer(time)


def current_time_value() -> float:
    """The time value for "now", as Date() and Date.now() need it.

    https://tc39.es/ecma262/#sec-date.now
    """
    return float(time_ns() // 1_000_000)


# ---------------------------------------------------------------------------
# Local time: the host time zone


class _Zone(NamedTuple):
    key: str
    info: zoneinfo.ZoneInfo | None  # None: fixed offset zero
    label: str | None  # fixed display name, when the zone has a single one


_UTC_LABEL = "Coordinated Universal Time"
_UTC_ZONE = _Zone("UTC", None, _UTC_LABEL)
_UNKNOWN_ZONE = _Zone("UTC", None, "GMT+00:00")
_UTC_NAMES = frozenset(
    "UTC Etc/UTC UCT Etc/UCT Universal Etc/Universal Zulu Etc/Zulu".split())
_GMT_NAMES = frozenset(
    "GMT Etc/GMT GMT0 GMT+0 GMT-0 Etc/GMT0 Etc/GMT+0 Etc/GMT-0 Greenwich "
    "Etc/Greenwich".split())


@functools.lru_cache(maxsize=64)
def _resolve_zone(tz: str | None) -> _Zone:
    if not tz:
        return _UTC_ZONE
    name = tz[1:] if tz.startswith(":") else tz
    if name in _UTC_NAMES:
        return _Zone(name, None, _UTC_LABEL)
    if name in _GMT_NAMES:
        return _Zone(name, None, "Greenwich Mean Time")
    try:
        import zoneinfo         # only for a named zone: UTC needs neither it nor datetime
        info = zoneinfo.ZoneInfo(name)
    except Exception:  # not found, malformed key, unreadable file
        return _UNKNOWN_ZONE
    return _Zone(name, info, None)


def _system_zone() -> _Zone:
    return _resolve_zone(os.environ.get("TZ"))


def system_time_zone_identifier() -> str:
    """SystemTimeZoneIdentifier(): the host zone's identifier ("UTC" by default).

    https://tc39.es/ecma262/#sec-systemtimezoneidentifier
    """
    return _system_zone().key


def reset_time_zone_cache() -> None:
    """Forget resolved zones and cached DST facts (after tzdata changes, in tests)."""
    _resolve_zone.cache_clear()
    _has_negative_dst.cache_clear()


_ZERO = None           # datetime.timedelta(0), set by _epoch()


def _epoch():
    """datetime(1970, 1, 1), importing :mod:`datetime` on first use (named zones only)."""
    global _EPOCH, _ZERO, timedelta
    from datetime import datetime, timedelta
    _ZERO = timedelta(0)
    _EPOCH = datetime(1970, 1, 1)
    return _EPOCH


_EPOCH = None
_CYCLE_MS = 146097 * _DAY_MS  # 400 Gregorian years: the calendar repeats exactly
_SAFE_LO = _days_from_civil(2, 1, 1) * _DAY_MS
_SAFE_HI = _days_from_civil(9998, 1, 1) * _DAY_MS


def _into_datetime_range(ms: int) -> int:
    """Shift ms by whole 400-year cycles into datetime's comfortable years 2..9997."""
    if ms < _SAFE_LO:
        ms += ((_SAFE_LO - ms) // _CYCLE_MS + 1) * _CYCLE_MS
    elif ms >= _SAFE_HI:
        ms -= ((ms - _SAFE_HI) // _CYCLE_MS + 1) * _CYCLE_MS
    return ms


def _delta_ms(delta: timedelta) -> int:
    return (delta.days * 86400 + delta.seconds) * 1000 + delta.microseconds // 1000


def _local_datetime(info: zoneinfo.ZoneInfo, t: float) -> datetime:
    """The aware local datetime of UTC instant t (after the cycle shift)."""
    naive = (_EPOCH or _epoch()) + timedelta(milliseconds=_into_datetime_range(math.floor(t)))
    return info.fromutc(naive.replace(tzinfo=info))


def _offset_ms(zone: _Zone, t: float) -> int:
    if zone.info is None:
        return 0
    return _delta_ms(_local_datetime(zone.info, t).utcoffset())


def local_time(t: float) -> float:
    """LocalTime(t): UTC time value t seen on the host zone's wall clock.

    https://tc39.es/ecma262/#sec-localtime
    """
    if not _finite(t):
        return NaN
    return t + _offset_ms(_system_zone(), t)


def utc(t: float) -> float:
    """UTC(t): the UTC time value of local wall-clock time t.

    Ambiguous wall times (clocks set back) take the earlier instant, and
    skipped ones (clocks set forward) use the offset from before the
    transition, as the spec and V8 do; that is exactly PEP 495's fold=0.
    https://tc39.es/ecma262/#sec-utc-t
    """
    if not _finite(t):
        return NaN
    info = _system_zone().info
    if info is None:
        return t
    naive = (_EPOCH or _epoch()) + timedelta(milliseconds=_into_datetime_range(math.floor(t)))
    return t - _delta_ms(naive.replace(tzinfo=info).utcoffset())


def local_tza(t: float, is_utc: bool) -> float:
    """LocalTZA(t, isUTC) of ES2017-2022: the offset in ms at UTC or local time t.

    https://262.ecma-international.org/13.0/#sec-local-time-zone-adjustment
    """
    if not _finite(t):
        return NaN
    return float(_offset_ms(_system_zone(), t) if is_utc else t - utc(t))


def timezone_offset(t: float) -> float:
    """Date.prototype.getTimezoneOffset's value: (t - LocalTime(t)) / msPerMinute.

    Spec-exact: an LMT offset with seconds gives a fraction (V8 truncates).
    https://tc39.es/ecma262/#sec-date.prototype.gettimezoneoffset
    """
    if not _finite(t):
        return NaN
    return (t - local_time(t)) / MS_PER_MINUTE


_MAX_EPOCH_MS = 2147483647 * 1000  # V8 kMaxEpochTimeInMs: the last 32-bit second


def _equivalent_year(year: int) -> int:
    """V8's EquivalentYear: a year in 2008..2035 with the same leap-ness and weekday of Jan 1."""
    weekday = (_days_from_civil(year, 1, 1) + 4) % 7
    recent = (1956 if _is_leap(year) else 1967) + (weekday * 12) % 28
    return 2008 + (recent + 3 * 28 - 2008) % 28


def _equivalent_time(ms: int) -> int:
    days, within = divmod(ms, _DAY_MS)
    year, month, date = _civil_from_days(days)
    return (_days_from_civil(_equivalent_year(year), month, 1) + date - 1) * _DAY_MS + within


@functools.lru_cache(maxsize=256)
def _has_negative_dst(info: zoneinfo.ZoneInfo, year: int) -> bool:
    """Whether tzdata gives the zone a negative DST in that year (Dublin's winter).

    ICU uses the "rearguard" form of such zones, in which the other part of
    the year is the daylight time: Dublin's summer is DST with the name
    "Irish Standard Time".
    """
    start = _days_from_civil(year, 1, 1) * _DAY_MS
    return any(_local_datetime(info, float(start + week * 7 * _DAY_MS)).dst() < _ZERO
               for week in range(53))


def _icu_is_dst(info: zoneinfo.ZoneInfo, local: datetime) -> bool:
    dst = local.dst()
    if dst > _ZERO:
        return True
    if dst < _ZERO:
        return False
    return _has_negative_dst(info, local.year)


def _gmt_format(offset_ms: int) -> str:
    sign = "+" if offset_ms >= 0 else "-"
    minutes = abs(offset_ms) // 60000
    return f"GMT{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def time_zone_name(tv: float) -> str:
    """The implementation-defined zone name that toString prints in parentheses.

    Like V8, the standard/daylight choice for instants before 1970 or after
    2038 is made at the equivalent time, so a 1800 date in Sydney's summer
    says "Daylight" although LMT then had none.
    https://tc39.es/ecma262/#sec-timezoneestring
    """
    zone = _system_zone()
    if zone.label is not None:
        return zone.label
    ms = math.floor(tv)
    if ms < 0 or ms > _MAX_EPOCH_MS:
        ms = _equivalent_time(ms)
    local = _local_datetime(zone.info, float(ms))
    is_dst = _icu_is_dst(zone.info, local)
    names = zone_long_names(zone.key)
    if names is not None:
        return names[1] if is_dst else names[0]
    abbreviation = local.tzname() or ""
    if abbreviation[:1].isalpha():
        return abbreviation
    return _gmt_format(_delta_ms(local.utcoffset()))


# ---------------------------------------------------------------------------
# Formatting

_WEEK_DAY_NAMES = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class _Fields(NamedTuple):
    year: int
    month: int  # 1..12
    date: int
    week_day: int
    hour: int
    minute: int
    second: int
    ms: int


def _fields(t: float) -> _Fields:
    days, within = divmod(math.floor(t), _DAY_MS)
    year, month, date = _civil_from_days(days)
    return _Fields(year, month, date, (days + 4) % 7, within // 3600000,
                   within // 60000 % 60, within // 1000 % 60, within % 1000)


def _year_string(year: int) -> str:
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def date_string(tv: float) -> str:
    """DateString(tv): "Tue Mar 05 2024" for a (local) time value.

    https://tc39.es/ecma262/#sec-datestring
    """
    f = _fields(tv)
    return (f"{_WEEK_DAY_NAMES[f.week_day]} {_MONTH_NAMES[f.month - 1]} "
            f"{f.date:02d} {_year_string(f.year)}")


def time_string(tv: float) -> str:
    """TimeString(tv): "10:00:00 GMT" for a (local) time value.

    https://tc39.es/ecma262/#sec-timestring
    """
    f = _fields(tv)
    return f"{f.hour:02d}:{f.minute:02d}:{f.second:02d} GMT"


def time_zone_string(tv: float) -> str:
    """TimeZoneString(tv): "+0100 (Central European Standard Time)" for UTC tv.

    The offset is truncated to whole minutes, so LMT -4:56:02 prints -0456.
    https://tc39.es/ecma262/#sec-timezoneestring
    """
    offset = _offset_ms(_system_zone(), tv)
    sign = "+" if offset >= 0 else "-"
    minutes = abs(offset) // 60000
    return f"{sign}{minutes // 60 % 24:02d}{minutes % 60:02d} ({time_zone_name(tv)})"


def to_string(tv: float) -> str:
    """ToDateString(tv): the Date.prototype.toString text, in local time.

    "Tue Mar 05 2024 10:00:00 GMT+0100 (Central European Standard Time)".
    https://tc39.es/ecma262/#sec-todatestring
    """
    if not _finite(tv):
        return "Invalid Date"
    t = local_time(tv)
    return f"{date_string(t)} {time_string(t)}{time_zone_string(tv)}"


def to_date_string(tv: float) -> str:
    """Date.prototype.toDateString's text: "Tue Mar 05 2024" in local time.

    https://tc39.es/ecma262/#sec-date.prototype.todatestring
    """
    if not _finite(tv):
        return "Invalid Date"
    return date_string(local_time(tv))


def to_time_string(tv: float) -> str:
    """Date.prototype.toTimeString's text: "10:00:00 GMT+0100 (...)" in local time.

    https://tc39.es/ecma262/#sec-date.prototype.totimestring
    """
    if not _finite(tv):
        return "Invalid Date"
    return time_string(local_time(tv)) + time_zone_string(tv)


def to_utc_string(tv: float) -> str:
    """Date.prototype.toUTCString's text: "Tue, 05 Mar 2024 10:00:00 GMT".

    https://tc39.es/ecma262/#sec-date.prototype.toutcstring
    """
    if not _finite(tv):
        return "Invalid Date"
    f = _fields(tv)
    return (f"{_WEEK_DAY_NAMES[f.week_day]}, {f.date:02d} {_MONTH_NAMES[f.month - 1]} "
            f"{_year_string(f.year)} {time_string(tv)}")


def to_iso_string(tv: float) -> str | None:
    """Date.prototype.toISOString's text, or None for NaN (the caller throws RangeError).

    Years outside 0..9999 use the expanded form with a sign and six digits.
    https://tc39.es/ecma262/#sec-date.prototype.toisostring
    """
    if not _finite(tv):
        return None
    f = _fields(tv)
    if 0 <= f.year <= 9999:
        year = f"{f.year:04d}"
    else:
        year = f"{'-' if f.year < 0 else '+'}{abs(f.year):06d}"
    return (f"{year}-{f.month:02d}-{f.date:02d}T{f.hour:02d}:{f.minute:02d}:"
            f"{f.second:02d}.{f.ms:03d}Z")


def _locale_date(f: _Fields) -> str:
    year = f.year if f.year > 0 else 1 - f.year  # ICU prints the era year: 0 is 1 BC
    return f"{f.month}/{f.date}/{year}"


def _locale_time(f: _Fields) -> str:
    return (f"{(f.hour + 11) % 12 + 1}:{f.minute:02d}:{f.second:02d} "
            f"{'AM' if f.hour < 12 else 'PM'}")


def to_locale_string(tv: float) -> str:
    """Date.prototype.toLocaleString() as Node prints it by default (en-US).

    "3/5/2024, 10:00:00 AM": numeric month/day, the era year, a 12-hour clock.
    https://tc39.es/ecma262/#sec-date.prototype.tolocalestring
    """
    if not _finite(tv):
        return "Invalid Date"
    f = _fields(local_time(tv))
    return f"{_locale_date(f)}, {_locale_time(f)}"


def to_locale_date_string(tv: float) -> str:
    """Date.prototype.toLocaleDateString() as Node prints it by default: "3/5/2024".

    https://tc39.es/ecma262/#sec-date.prototype.tolocaledatestring
    """
    if not _finite(tv):
        return "Invalid Date"
    return _locale_date(_fields(local_time(tv)))


def to_locale_time_string(tv: float) -> str:
    """Date.prototype.toLocaleTimeString() as Node prints it by default: "10:00:00 AM".

    https://tc39.es/ecma262/#sec-date.prototype.tolocaletimestring
    """
    if not _finite(tv):
        return "Invalid Date"
    return _locale_time(_fields(local_time(tv)))


def parse_date(s: str) -> float:
    """The string half of Date.parse and new Date(string): a time value or NaN.

    Implemented in ``date_parse`` (V8's ES5-ISO-then-legacy parser); imported
    lazily because that module builds on the operations above.
    https://tc39.es/ecma262/#sec-date.parse
    """
    from pyjs.builtins.date_parse import parse_date as parse

    return parse(s)


__all__ = [
    "NaN", "MS_PER_DAY", "MS_PER_HOUR", "MS_PER_MINUTE", "MS_PER_SECOND",
    "HOURS_PER_DAY", "MINUTES_PER_HOUR", "SECONDS_PER_MINUTE",
    "day", "time_within_day", "days_in_year", "day_from_year", "time_from_year",
    "year_from_time", "day_within_year", "in_leap_year", "month_from_time",
    "date_from_time", "week_day", "hour_from_time", "min_from_time",
    "sec_from_time", "ms_from_time", "make_time", "make_day", "make_date",
    "make_full_year", "time_clip", "current_time_value",
    "system_time_zone_identifier", "reset_time_zone_cache", "local_time", "utc",
    "local_tza", "timezone_offset", "time_zone_name",
    "date_string", "time_string", "time_zone_string", "to_string",
    "to_date_string", "to_time_string", "to_utc_string", "to_iso_string",
    "to_locale_string", "to_locale_date_string", "to_locale_time_string",
    "parse_date",
]
