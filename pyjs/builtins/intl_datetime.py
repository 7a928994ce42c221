"""Intl.DateTimeFormat for English (ECMA-402 §11), Gregorian calendar, any IANA zone.

https://tc39.es/ecma402/#datetimeformat-objects

Option processing follows CreateDateTimeFormat step by step.  The pattern for
a set of components is what ICU's pattern generator gives for en (checked with
``node -e`` for every combination of weekday/era/year/month/day/hour/minute/
second/timeZoneName widths): the CLDR en "availableFormats" ("MMM d, y",
"E, M/d/y", "h:mm a" ...) glued by " at " after a long month and by ", "
otherwise.  Time zones come from the system tzdata through ``zoneinfo`` (via
``date_math``, which already knows how to handle instants outside datetime's
range and ICU's DST conventions); display names come from ``date_zone_names``.
"""
import re
import zoneinfo

from ..interp.ops import to_number, to_string
from ..interp.values import range_error, type_error
from . import date_math as dm
from .date_zone_names import zone_long_names
from .intl_locale import (canonicalize_locale_list, coerce_options_to_object, get_number_option,
                          get_option, resolve_locale)

_WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_ERAS = {"short": ("BC", "AD"), "long": ("Before Christ", "Anno Domini"), "narrow": ("B", "A")}
_TEXT = ("narrow", "short", "long")
_NUMERIC = ("2-digit", "numeric")
# Table 16 of ECMA-402: the components, in order, with their allowed values
_COMPONENTS = (
    ("weekday", _TEXT), ("era", _TEXT), ("year", _NUMERIC), ("month", _NUMERIC + _TEXT),
    ("day", _NUMERIC), ("dayPeriod", _TEXT), ("hour", _NUMERIC), ("minute", _NUMERIC),
    ("second", _NUMERIC), ("fractionalSecondDigits", None),
    ("timeZoneName", ("short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric")),
)
_STYLES = ("full", "long", "medium", "short")
_UTC_ALIASES = frozenset(
    "utc etc/utc uct etc/uct universal etc/universal zulu etc/zulu gmt etc/gmt gmt0 gmt+0 gmt-0 "
    "etc/gmt0 etc/gmt+0 etc/gmt-0 greenwich etc/greenwich".split())
_OFFSET_ZONE = re.compile(r"([+-])([01]\d|2[0-3])(?::?([0-5]\d))?$")
# CLDR en short names of the metazones "commonly used" in the US, keyed by long name
_US_SHORT = {
    "Eastern Standard Time": "EST", "Eastern Daylight Time": "EDT",
    "Central Standard Time": "CST", "Central Daylight Time": "CDT",
    "Mountain Standard Time": "MST", "Mountain Daylight Time": "MDT",
    "Pacific Standard Time": "PST", "Pacific Daylight Time": "PDT",
    "Alaska Standard Time": "AKST", "Alaska Daylight Time": "AKDT",
    "Hawaii-Aleutian Standard Time": "HAST", "Hawaii-Aleutian Daylight Time": "HADT",
    "Atlantic Standard Time": "AST", "Atlantic Daylight Time": "ADT",
    "Greenwich Mean Time": "GMT",
}
_HONOLULU = frozenset(("Pacific/Honolulu", "US/Hawaii", "Pacific/Johnston", "HST"))

_available_zones = None


class DateTimeFormatRecord:
    """The internal slots of an Intl.DateTimeFormat object."""
    __slots__ = ("locale", "calendar", "numbering_system", "time_zone", "zone_info",
                 "fixed_offset", "hour_cycle", "components", "date_style", "time_style",
                 "pattern")


# -- time zones -------------------------------------------------------------------


def _zone_key_for(name):
    """The canonical-case IANA key of ``name`` (matched case-insensitively), or None.

    Exact names (IANA keys start with a capital) are checked with zoneinfo directly;
    other spellings go through the list of available zones, read once.
    """
    global _available_zones
    if name[:1].isupper():
        try:
            zoneinfo.ZoneInfo(name)
            return name
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            pass
    if _available_zones is None:
        _available_zones = {z.lower(): z for z in zoneinfo.available_timezones()}
    return _available_zones.get(name.lower())


def resolve_time_zone(value):
    """The timeZone option: (identifier, ZoneInfo or None, fixed offset in minutes or None).

    https://tc39.es/ecma402/#sec-createdatetimeformat (steps for timeZone)
    """
    if value is None:
        name = dm.system_time_zone_identifier()
        if name.lower() in _UTC_ALIASES:
            return "UTC", None, 0
        key = _zone_key_for(name)
        return (key, zoneinfo.ZoneInfo(key), None) if key else ("UTC", None, 0)
    name = to_string(value)
    m = _OFFSET_ZONE.match(name)
    if m:
        sign, hours, minutes = m.group(1), int(m.group(2)), int(m.group(3) or 0)
        offset = (hours * 60 + minutes) * (-1 if sign == "-" else 1)
        return f"{'-' if offset < 0 else '+'}{hours:02d}:{minutes:02d}", None, offset
    if name.lower() in _UTC_ALIASES:
        return "UTC", None, 0
    key = _zone_key_for(name) if name.isascii() else None
    if key is None:
        raise range_error(f"Invalid time zone specified: {name}")
    return key, zoneinfo.ZoneInfo(key), None


def _zone_state(rec, t):
    """(offset ms, is_dst, tzdata abbreviation) of the record's zone at UTC instant t."""
    if rec.zone_info is None:
        return rec.fixed_offset * 60000, False, None
    local = dm._local_datetime(rec.zone_info, t)
    offset = dm._delta_ms(local.utcoffset())
    return offset, dm._icu_is_dst(rec.zone_info, local), local.tzname()


def _gmt(offset_ms, long_form):
    """ICU's localized GMT format: "GMT+5:30" (short) or "GMT+05:30" (long); seconds when LMT has them."""
    sign = "-" if offset_ms < 0 else "+"
    total = abs(offset_ms) // 1000
    hours, minutes, seconds = total // 3600, total // 60 % 60, total % 60
    if long_form:
        text = f"GMT{sign}{hours:02d}:{minutes:02d}"
        return text + (f":{seconds:02d}" if seconds else "")
    text = f"GMT{sign}{hours}"
    if minutes or seconds:
        text += f":{minutes:02d}"
    return text + (f":{seconds:02d}" if seconds else "")


def time_zone_display_name(rec, t, style):
    """The timeZoneName field for instant t (CLDR en metazone names, else GMT offsets)."""
    offset, is_dst, abbreviation = _zone_state(rec, t)
    if style in ("shortOffset", "longOffset"):
        return _gmt(offset, style == "longOffset")
    if rec.time_zone == "UTC":
        if style in ("short", "long"):
            return "UTC" if style == "short" else "Coordinated Universal Time"
        return _gmt(0, style == "longGeneric")
    names = zone_long_names(rec.time_zone) if rec.zone_info is not None else None
    if names is None or t < 0 or abbreviation == "LMT" or offset % 60000:
        # ICU's metazone mappings start in 1970: earlier instants get offsets
        return _gmt(offset, style in ("long", "longGeneric"))
    standard, daylight = names
    if style in ("shortGeneric", "longGeneric"):
        if standard != daylight:
            generic = standard.replace(" Standard", "")
            if style == "longGeneric":
                return generic
            short = _short_name(rec.time_zone, standard)
            return short.replace("S", "", 1) if short and short != "GMT" else generic
        style = "short" if style == "shortGeneric" else "long"
    name = daylight if is_dst else standard
    if style == "long":
        return name
    short = _short_name(rec.time_zone, name)
    if short is not None:
        return short
    return "GMT" if offset == 0 else _gmt(offset, False)


def _short_name(zone, long_name):
    """The en short name of a metazone long name, where CLDR has one ("EST"), else None."""
    if zone in _HONOLULU and long_name.startswith("Hawaii"):
        return "HST"
    return _US_SHORT.get(long_name)


# -- CreateDateTimeFormat -----------------------------------------------------------


def create_date_time_format(locales, options, required, defaults):
    """https://tc39.es/ecma402/#sec-createdatetimeformat (without the object): the record."""
    rec = DateTimeFormatRecord()
    requested = canonicalize_locale_list(locales)
    options = coerce_options_to_object(options)
    get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit")
    calendar = get_option(options, "calendar", "string", (), None)
    if calendar is not None and not re.fullmatch(r"[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*", calendar):
        raise range_error(f"Invalid calendar : {calendar}")
    numbering = get_option(options, "numberingSystem", "string", (), None)
    if numbering is not None and not re.fullmatch(r"[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*", numbering):
        raise range_error(f"Invalid numberingSystem : {numbering}")
    hour12 = get_option(options, "hour12", "boolean", (), None)
    hour_cycle = get_option(options, "hourCycle", "string", ("h11", "h12", "h23", "h24"), None)
    if hour12 is not None:
        hour_cycle = None
    rec.locale, keywords = resolve_locale(
        requested, ("hc",), {"hc": lambda v: v in ("h11", "h12", "h23", "h24")})
    rec.calendar, rec.numbering_system = "gregory", "latn"
    if hour12 is True:
        hc = "h12"
    elif hour12 is False:
        hc = "h24"  # hcDefault of en-US is h12, so hour12:false means h24 (as Node prints)
    else:
        hc = hour_cycle or keywords.get("hc") or "h12"
    rec.time_zone, rec.zone_info, rec.fixed_offset = resolve_time_zone(options.get("timeZone", options))
    components = {}
    for name, values in _COMPONENTS:
        if values is None:
            value = get_number_option(options, name, 1, 3, None)
        else:
            value = get_option(options, name, "string", values, None)
        if value is not None:
            components[name] = value
    get_option(options, "formatMatcher", "string", ("basic", "best fit"), "best fit")
    rec.date_style = get_option(options, "dateStyle", "string", _STYLES, None)
    rec.time_style = get_option(options, "timeStyle", "string", _STYLES, None)
    if rec.date_style is not None or rec.time_style is not None:
        if components:
            raise type_error(f"Can't set option {next(iter(components))} when dateStyle/timeStyle is used")
        if required == "date" and rec.time_style is not None:
            raise type_error("Invalid option : timeStyle")
        if required == "time" and rec.date_style is not None:
            raise type_error("Invalid option : dateStyle")
        rec.components = {}
        rec.hour_cycle = hc if rec.time_style is not None else None
        rec.pattern = _style_pattern(rec.date_style, rec.time_style, hc)
        return rec
    need_defaults = True
    if required in ("date", "any") and any(
            k in components for k in ("weekday", "year", "month", "day")):
        need_defaults = False
    if required in ("time", "any") and any(
            k in components for k in ("dayPeriod", "hour", "minute", "second",
                                      "fractionalSecondDigits")):
        need_defaults = False
    if need_defaults and defaults in ("date", "all"):
        components.update(year="numeric", month="numeric", day="numeric")
    if need_defaults and defaults in ("time", "all"):
        components.update(hour="numeric", minute="numeric", second="numeric")
    rec.hour_cycle = hc if "hour" in components else None
    rec.components = _resolve_widths(components, rec.hour_cycle)
    rec.pattern = _component_pattern(rec.components, rec.hour_cycle)
    return rec


def _resolve_widths(c, hc):
    """The widths the chosen en pattern really uses (reported by resolvedOptions).

    With an hour, minutes and seconds are always two digits (and the hour too
    on a 24-hour clock); minutes and seconds shown alone are never padded.
    """
    c = dict(c)
    if "hour" in c and hc in ("h23", "h24"):
        c["hour"] = "2-digit"
    paired = "hour" in c or ("minute" in c and "second" in c)
    if "minute" in c:
        c["minute"] = "2-digit" if paired else "numeric"
    if "second" in c:
        c["second"] = "2-digit" if paired and "minute" in c else "numeric"
    return c


# -- patterns ---------------------------------------------------------------------


def _tokens(template, widths):
    """Turn "{month} {day}, {year}" into [("month", w), ("literal", " "), ...]."""
    out = []
    for literal, field in re.findall(r"([^{]*)(?:\{(\w+)\}|$)", template):
        if literal:
            out.append(("literal", literal))
        if field:
            out.append((field, widths[field]))
    return out


def _date_template(c):
    """The en date pattern for the date components present in ``c``."""
    has = {k for k in ("year", "month", "day") if k in c}
    text_month = c.get("month") in _TEXT
    if has == {"year", "month", "day"}:
        base = "{month} {day}, {year}" if text_month else "{month}/{day}/{year}"
    elif has == {"year", "month"}:
        base = "{month} {year}" if text_month else "{month}/{year}"
    elif has == {"month", "day"}:
        base = "{month} {day}" if text_month else "{month}/{day}"
    elif has == {"year", "day"}:
        base = "{year} (day: {day})"
    else:
        base = "{%s}" % next(iter(has)) if has else ""
    if "era" in c:
        base = base + " {era}" if base else "{era}"
    if "weekday" in c:
        if not base:
            base = "{weekday}"
        elif has == {"day"}:
            base = "{day} {weekday}"
        elif "day" in has:
            base = "{weekday}, " + base
        else:
            base += " {weekday}"
    return base


def _time_template(c, hc):
    """The en time pattern for the time components present in ``c``."""
    fraction = ".{fractionalSecond}" if "fractionalSecondDigits" in c else ""
    if "hour" in c:
        text = "{hour}"
        if "minute" in c:
            text += ":{minute}"
            if "second" in c:
                text += ":{second}" + fraction
        if hc in ("h11", "h12"):
            # CLDR 42+ puts U+202F before AM/PM; format() shows a plain space (see format_date_time)
            text += " {flexibleDayPeriod}" if "dayPeriod" in c else "\u202f{dayPeriod}"
        if "second" in c and "minute" not in c:
            text += " (second: {second})"
    elif "minute" in c and "second" in c:
        text = "{minute}:{second}" + fraction
    elif "minute" in c or "second" in c:
        text = ("{minute}" if "minute" in c else "{second}" + fraction)
    elif "fractionalSecondDigits" in c:
        text = "{fractionalSecond}"
    elif "dayPeriod" in c:
        text = "{flexibleDayPeriod}"
    else:
        text = ""
    if "timeZoneName" in c:
        text = text + " {timeZoneName}" if text else "{timeZoneName}"
    return text


def _join(date, time, long_date, weekday_only):
    """Glue date and time patterns as en's dateTimeFormats do."""
    if not date or not time:
        return date or time
    if weekday_only and time.startswith("{hour}") and "{timeZoneName}" not in time:
        return date + " " + time
    return date + (" at " if long_date else ", ") + time


def _field_widths(c):
    """Token widths: the components' own, plus the day period and fraction tokens."""
    w = dict(c)
    w["dayPeriod"] = "ampm"
    w["flexibleDayPeriod"] = c.get("dayPeriod")
    w["fractionalSecond"] = c.get("fractionalSecondDigits")
    return w


def _component_pattern(c, hc):
    """The token list for explicit components (the "best fit" en pattern)."""
    weekday_only = set(c) & {"weekday", "era", "year", "month", "day"} == {"weekday"}
    return _tokens(_join(_date_template(c), _time_template(c, hc), c.get("month") == "long",
                         weekday_only), _field_widths(c))


def _style_pattern(date_style, time_style, hc):
    """The token list for dateStyle/timeStyle (CLDR en dateFormats/timeFormats)."""
    date_c = {"full": dict(weekday="long", month="long", day="numeric", year="numeric"),
              "long": dict(month="long", day="numeric", year="numeric"),
              "medium": dict(month="short", day="numeric", year="numeric"),
              "short": dict(month="numeric", day="numeric", year="2-digit")}.get(date_style, {})
    time_c = {"full": dict(hour="numeric", minute="2-digit", second="2-digit", timeZoneName="long"),
              "long": dict(hour="numeric", minute="2-digit", second="2-digit", timeZoneName="short"),
              "medium": dict(hour="numeric", minute="2-digit", second="2-digit"),
              "short": dict(hour="numeric", minute="2-digit")}.get(time_style, {})
    if time_c and hc in ("h23", "h24"):
        time_c["hour"] = "2-digit"
    c = dict(date_c, **time_c)
    return _tokens(_join(_date_template(date_c), _time_template(time_c, hc),
                         date_style in ("full", "long"), False), _field_widths(c))


# -- formatting -------------------------------------------------------------------


def to_date_time_formattable(value):
    """The time value format() works on: now for undefined, else ToNumber then TimeClip.

    https://tc39.es/ecma402/#sec-datetime-format-functions
    """
    x = dm.current_time_value() if value is None else to_number(value)
    x = dm.time_clip(x)
    if x != x:
        raise range_error("Invalid time value")
    return x


def _day_period(hour, minute, second, width):
    """CLDR en flexible day periods ("in the morning", "noon", ...)."""
    if hour == 12 and minute == 0 and second == 0:
        return "n" if width == "narrow" else "noon"
    if hour < 12:
        return "in the morning"
    if hour < 18:
        return "in the afternoon"
    if hour < 21:
        return "in the evening"
    return "at night"


def _two_digit(n):
    return f"{n % 100:02d}"


def format_date_time_to_parts(rec, t):
    """FormatDateTimePattern: a list of (type, value) parts for time value t.

    https://tc39.es/ecma402/#sec-formatdatetimepattern
    """
    offset, _, _ = _zone_state(rec, t)
    lt = t + offset
    year = int(dm.year_from_time(lt))
    hour = int(dm.hour_from_time(lt))
    minute = int(dm.min_from_time(lt))
    second = int(dm.sec_from_time(lt))
    fields = {k for k, _ in rec.pattern}
    parts = []
    for field, width in rec.pattern:
        if field == "literal":
            parts.append(("literal", width))
            continue
        if field == "weekday":
            name = _WEEKDAYS[int(dm.week_day(lt))]
            value = name if width == "long" else name[:3] if width == "short" else name[0]
        elif field == "era":
            value = _ERAS[width][year > 0]
        elif field == "year":
            era_year = year if year > 0 else 1 - year
            value = _two_digit(era_year) if width == "2-digit" else str(era_year)
        elif field == "month":
            month = int(dm.month_from_time(lt)) + 1
            if width in _TEXT:
                name = _MONTHS[month - 1]
                value = name if width == "long" else name[:3] if width == "short" else name[0]
            else:
                value = f"{month:02d}" if width == "2-digit" else str(month)
        elif field == "day":
            day = int(dm.date_from_time(lt))
            value = f"{day:02d}" if width == "2-digit" else str(day)
        elif field == "hour":
            h = {"h11": hour % 12, "h12": hour % 12 or 12, "h23": hour, "h24": hour or 24}[rec.hour_cycle]
            value = f"{h:02d}" if width == "2-digit" else str(h)
        elif field == "minute":
            value = f"{minute:02d}" if width == "2-digit" else str(minute)
        elif field == "second":
            value = f"{second:02d}" if width == "2-digit" else str(second)
        elif field == "fractionalSecond":
            value = f"{int(dm.ms_from_time(lt)):03d}"[:width]
        elif field == "dayPeriod":
            value = "AM" if hour < 12 else "PM"
        elif field == "flexibleDayPeriod":
            field = "dayPeriod"
            value = _day_period(hour, minute if "minute" in fields else 0,
                                second if "second" in fields else 0, width)
        else:
            value = time_zone_display_name(rec, t, width)
        parts.append((field, value))
    return parts


def format_date_time(rec, t):
    """https://tc39.es/ecma402/#sec-formatdatetime

    V8 turns the U+202F before AM/PM into a plain space in format() output
    (not in formatToParts), for compatibility with code that parses it.
    """
    return "".join(v for _, v in format_date_time_to_parts(rec, t)).replace("\u202f", " ")


def format_date_time_range_to_parts(rec, x, y):
    """PartitionDateTimeRangePattern, simplified: equal output collapses, else "a – b".

    https://tc39.es/ecma402/#sec-partitiondatetimerangepattern
    (ICU also merges shared fields, "Jan 5 – 7, 2024"; this keeps both ends whole.)
    """
    start = format_date_time_to_parts(rec, x)
    end = format_date_time_to_parts(rec, y)
    if start == end:
        return [(t, v, "shared") for t, v in start]
    return ([(t, v, "startRange") for t, v in start] + [("literal", "\u2009\u2013\u2009", "shared")]
            + [(t, v, "endRange") for t, v in end])


def resolved_options_entries(rec):
    """resolvedOptions() properties in ECMA-402 Table 17 order."""
    entries = [("locale", rec.locale), ("calendar", rec.calendar),
               ("numberingSystem", rec.numbering_system), ("timeZone", rec.time_zone)]
    if rec.hour_cycle is not None:
        entries += [("hourCycle", rec.hour_cycle), ("hour12", rec.hour_cycle in ("h11", "h12"))]
    for name, _ in _COMPONENTS:
        if name in rec.components:
            value = rec.components[name]
            entries.append((name, float(value) if type(value) is int else value))
    if rec.date_style is not None:
        entries.append(("dateStyle", rec.date_style))
    if rec.time_style is not None:
        entries.append(("timeStyle", rec.time_style))
    return entries
