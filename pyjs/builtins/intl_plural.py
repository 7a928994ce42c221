"""English plural rules and relative time phrases (ECMA-402 §17 and §18).

https://tc39.es/ecma402/#pluralrules-objects
https://tc39.es/ecma402/#relativetimeformat-objects

CLDR en plural rules: cardinal "one" when the formatted number is exactly
"1" (integer 1 with no visible fraction digits), else "other"; ordinal
one/two/few by the last digits (1st, 2nd, 3rd, but 11th-13th).  Relative time
phrases are CLDR en's, as Node prints them.
"""
from .intl_number import format_numeric_to_string

CARDINAL_CATEGORIES = ("one", "other")
ORDINAL_CATEGORIES = ("few", "one", "two", "other")


def plural_category(kind, digits):
    """PluralRuleSelect for en on the formatted digits string (no sign, no grouping).

    https://tc39.es/ecma402/#sec-pluralruleselect
    """
    int_part, _, frac = digits.partition(".")
    if kind == "cardinal":
        return "one" if int_part.lstrip("0") == "1" and not frac else "other"
    if frac:
        return "other"
    n = int(int_part or "0")
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if n % 10 == 2 and n % 100 != 12:
        return "two"
    if n % 10 == 3 and n % 100 != 13:
        return "few"
    return "other"


def resolve_plural(nf, kind, negative, x):
    """ResolvePlural: the category of a Decimal magnitude under the digit options.

    https://tc39.es/ecma402/#sec-resolveplural
    """
    if x in ("nan", "inf"):
        return "other"
    digits, _ = format_numeric_to_string(nf, x, negative)
    return plural_category(kind, digits)


# singular unit -> (long, short, narrow) forms: (one, other) each
_UNIT_FORMS = {
    "second": (("second", "seconds"), ("sec.", "sec."), ("s", "s")),
    "minute": (("minute", "minutes"), ("min.", "min."), ("m", "m")),
    "hour": (("hour", "hours"), ("hr.", "hr."), ("h", "h")),
    "day": (("day", "days"), ("day", "days"), ("d", "d")),
    "week": (("week", "weeks"), ("wk.", "wk."), ("w", "w")),
    "month": (("month", "months"), ("mo.", "mo."), ("mo", "mo")),
    "quarter": (("quarter", "quarters"), ("qtr.", "qtrs."), ("q", "q")),
    "year": (("year", "years"), ("yr.", "yr."), ("y", "y")),
}
# numeric: "auto" phrases: unit -> {value: (long, short/narrow)}
_AUTO_PHRASES = {
    "second": {0: ("now", "now")},
    "minute": {0: ("this minute", "this minute")},
    "hour": {0: ("this hour", "this hour")},
    "day": {-1: ("yesterday", "yesterday"), 0: ("today", "today"), 1: ("tomorrow", "tomorrow")},
    "week": {-1: ("last week", "last wk."), 0: ("this week", "this wk."), 1: ("next week", "next wk.")},
    "month": {-1: ("last month", "last mo."), 0: ("this month", "this mo."),
              1: ("next month", "next mo.")},
    "quarter": {-1: ("last quarter", "last qtr."), 0: ("this quarter", "this qtr."),
                1: ("next quarter", "next qtr.")},
    "year": {-1: ("last year", "last yr."), 0: ("this year", "this yr."), 1: ("next year", "next yr.")},
}
_STYLE_INDEX = {"long": 0, "short": 1, "narrow": 2}


def singular_relative_time_unit(unit):
    """https://tc39.es/ecma402/#sec-singularrelativetimeunit : the singular unit or None."""
    if unit.endswith("s") and unit[:-1] in _UNIT_FORMS:
        unit = unit[:-1]
    return unit if unit in _UNIT_FORMS else None


def auto_phrase(unit, value, style):
    """The numeric:"auto" phrase for value (a float), or None."""
    phrases = _AUTO_PHRASES[unit]
    if value != int(value) or int(value) not in phrases:
        return None
    long_form, short_form = phrases[int(value)]
    return long_form if style == "long" else short_form


def relative_time_affixes(unit, style, negative, plural_one):
    """(prefix, suffix) around the formatted number: ("in ", " days") or ("", " days ago")."""
    one, other = _UNIT_FORMS[unit][_STYLE_INDEX[style]]
    name = one if plural_one else other
    space = "" if style == "narrow" else " "
    if negative:
        return "", f"{space}{name} ago"
    return "in ", f"{space}{name}"
