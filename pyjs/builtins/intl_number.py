"""Intl.NumberFormat for English (ECMA-402 §16, with NumberFormat v3 options).

https://tc39.es/ecma402/#numberformat-objects

Formatting follows the spec's FormatNumericToString/PartitionNumberPattern on
exact decimals (``decimal.Decimal``).  A Number is first turned into its
*shortest round-trip* decimal, as ICU does, so ``1.005`` rounds to ``1.01``
(the double is slightly below 1.005, but Node prints 1.01 too).  The en data
(currency symbols and names, unit patterns, compact suffixes) is CLDR's, as
Node 20 prints it; outputs were compared with ``node -e`` for every style.
"""
import math
import re
from decimal import (Context, Decimal, ROUND_DOWN, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP,
                     ROUND_UP, localcontext)

from ..interp.numconv import string_to_number
from ..interp.ops import to_boolean, to_number, to_primitive, to_string
from ..interp.values import JSSymbol, range_error, type_error
from .intl_locale import (canonicalize_locale_list, coerce_options_to_object, default_number_option,
                          get_number_option, get_option, resolve_locale)

_EXACT = Context(prec=100000, Emax=10 ** 6, Emin=-10 ** 6)

# ISO 4217 currencies whose minor unit is not 2 (CLDR / ICU values)
_CURRENCY_DIGITS = {
    "BHD": 3, "BIF": 0, "CLF": 4, "CLP": 0, "DJF": 0, "GNF": 0, "IQD": 0, "ISK": 0, "JOD": 3,
    "JPY": 0, "KMF": 0, "KRW": 0, "KWD": 3, "LYD": 3, "OMR": 3, "PYG": 0, "RWF": 0, "TND": 3,
    "UGX": 0, "UYI": 0, "UYW": 4, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
}
# code -> (symbol, narrow symbol, name one, name other); unlisted codes print the code
_CURRENCIES = {
    "USD": ("$", "$", "US dollar", "US dollars"),
    "EUR": ("€", "€", "euro", "euros"),
    "GBP": ("£", "£", "British pound", "British pounds"),
    "JPY": ("¥", "¥", "Japanese yen", "Japanese yen"),
    "CNY": ("CN¥", "¥", "Chinese yuan", "Chinese yuan"),
    "CAD": ("CA$", "$", "Canadian dollar", "Canadian dollars"),
    "AUD": ("A$", "$", "Australian dollar", "Australian dollars"),
    "NZD": ("NZ$", "$", "New Zealand dollar", "New Zealand dollars"),
    "HKD": ("HK$", "$", "Hong Kong dollar", "Hong Kong dollars"),
    "TWD": ("NT$", "$", "New Taiwan dollar", "New Taiwan dollars"),
    "MXN": ("MX$", "$", "Mexican peso", "Mexican pesos"),
    "BRL": ("R$", "R$", "Brazilian real", "Brazilian reals"),
    "INR": ("₹", "₹", "Indian rupee", "Indian rupees"),
    "KRW": ("₩", "₩", "South Korean won", "South Korean won"),
    "ILS": ("₪", "₪", "Israeli new shekel", "Israeli new shekels"),
    "VND": ("₫", "₫", "Vietnamese dong", "Vietnamese dong"),
    "PHP": ("₱", "₱", "Philippine peso", "Philippine pesos"),
    "XAF": ("FCFA", "FCFA", "Central African CFA franc", "Central African CFA francs"),
    "XOF": ("F\u202fCFA", "F\u202fCFA", "West African CFA franc", "West African CFA francs"),
    "CHF": ("CHF", "CHF", "Swiss franc", "Swiss francs"),
    "SEK": ("SEK", "kr", "Swedish krona", "Swedish kronor"),
    "NOK": ("NOK", "kr", "Norwegian krone", "Norwegian kroner"),
    "DKK": ("DKK", "kr", "Danish krone", "Danish kroner"),
    "PLN": ("PLN", "zł", "Polish zloty", "Polish zlotys"),
    "RUB": ("RUB", "₽", "Russian ruble", "Russian rubles"),
    "TRY": ("TRY", "₺", "Turkish lira", "Turkish Lira"),
    "ZAR": ("ZAR", "R", "South African rand", "South African rand"),
    "SGD": ("SGD", "$", "Singapore dollar", "Singapore dollars"),
    "THB": ("THB", "฿", "Thai baht", "Thai baht"),
    "UAH": ("UAH", "₴", "Ukrainian hryvnia", "Ukrainian hryvnias"),
    "NGN": ("NGN", "₦", "Nigerian naira", "Nigerian nairas"),
    "BTC": ("BTC", "BTC", "BTC", "BTC"),
}

# unit -> (short one, short other, narrow, long one, long other); "{0}" is the number
_UNITS = {
    "acre": ("{0} ac", "{0} ac", "{0}ac", "{0} acre", "{0} acres"),
    "bit": ("{0} bit", "{0} bit", "{0}bit", "{0} bit", "{0} bits"),
    "byte": ("{0} byte", "{0} byte", "{0}B", "{0} byte", "{0} bytes"),
    "celsius": ("{0}°C", "{0}°C", "{0}°C", "{0} degree Celsius", "{0} degrees Celsius"),
    "centimeter": ("{0} cm", "{0} cm", "{0}cm", "{0} centimeter", "{0} centimeters"),
    "day": ("{0} day", "{0} days", "{0}d", "{0} day", "{0} days"),
    "degree": ("{0} deg", "{0} deg", "{0}°", "{0} degree", "{0} degrees"),
    "fahrenheit": ("{0}°F", "{0}°F", "{0}°", "{0} degree Fahrenheit", "{0} degrees Fahrenheit"),
    "fluid-ounce": ("{0} fl oz", "{0} fl oz", "{0}fl oz", "{0} fluid ounce", "{0} fluid ounces"),
    "foot": ("{0} ft", "{0} ft", "{0}′", "{0} foot", "{0} feet"),
    "gallon": ("{0} gal", "{0} gal", "{0}gal", "{0} gallon", "{0} gallons"),
    "gigabit": ("{0} Gb", "{0} Gb", "{0}Gb", "{0} gigabit", "{0} gigabits"),
    "gigabyte": ("{0} GB", "{0} GB", "{0}GB", "{0} gigabyte", "{0} gigabytes"),
    "gram": ("{0} g", "{0} g", "{0}g", "{0} gram", "{0} grams"),
    "hectare": ("{0} ha", "{0} ha", "{0}ha", "{0} hectare", "{0} hectares"),
    "hour": ("{0} hr", "{0} hr", "{0}h", "{0} hour", "{0} hours"),
    "inch": ("{0} in", "{0} in", "{0}″", "{0} inch", "{0} inches"),
    "kilobit": ("{0} kb", "{0} kb", "{0}kb", "{0} kilobit", "{0} kilobits"),
    "kilobyte": ("{0} kB", "{0} kB", "{0}kB", "{0} kilobyte", "{0} kilobytes"),
    "kilogram": ("{0} kg", "{0} kg", "{0}kg", "{0} kilogram", "{0} kilograms"),
    "kilometer": ("{0} km", "{0} km", "{0}km", "{0} kilometer", "{0} kilometers"),
    "liter": ("{0} L", "{0} L", "{0}L", "{0} liter", "{0} liters"),
    "megabit": ("{0} Mb", "{0} Mb", "{0}Mb", "{0} megabit", "{0} megabits"),
    "megabyte": ("{0} MB", "{0} MB", "{0}MB", "{0} megabyte", "{0} megabytes"),
    "meter": ("{0} m", "{0} m", "{0}m", "{0} meter", "{0} meters"),
    "microsecond": ("{0} μs", "{0} μs", "{0}μs", "{0} microsecond", "{0} microseconds"),
    "mile": ("{0} mi", "{0} mi", "{0}mi", "{0} mile", "{0} miles"),
    "mile-scandinavian": ("{0} smi", "{0} smi", "{0}smi", "{0} mile-scandinavian",
                          "{0} miles-scandinavian"),
    "milliliter": ("{0} mL", "{0} mL", "{0}mL", "{0} milliliter", "{0} milliliters"),
    "millimeter": ("{0} mm", "{0} mm", "{0}mm", "{0} millimeter", "{0} millimeters"),
    "millisecond": ("{0} ms", "{0} ms", "{0}ms", "{0} millisecond", "{0} milliseconds"),
    "minute": ("{0} min", "{0} min", "{0}m", "{0} minute", "{0} minutes"),
    "month": ("{0} mth", "{0} mths", "{0}m", "{0} month", "{0} months"),
    "nanosecond": ("{0} ns", "{0} ns", "{0}ns", "{0} nanosecond", "{0} nanoseconds"),
    "ounce": ("{0} oz", "{0} oz", "{0}oz", "{0} ounce", "{0} ounces"),
    "percent": ("{0}%", "{0}%", "{0}%", "{0} percent", "{0} percent"),
    "petabyte": ("{0} PB", "{0} PB", "{0}PB", "{0} petabyte", "{0} petabytes"),
    "pound": ("{0} lb", "{0} lb", "{0}#", "{0} pound", "{0} pounds"),
    "second": ("{0} sec", "{0} sec", "{0}s", "{0} second", "{0} seconds"),
    "stone": ("{0} st", "{0} st", "{0}st", "{0} stone", "{0} stones"),
    "terabit": ("{0} Tb", "{0} Tb", "{0}Tb", "{0} terabit", "{0} terabits"),
    "terabyte": ("{0} TB", "{0} TB", "{0}TB", "{0} terabyte", "{0} terabytes"),
    "week": ("{0} wk", "{0} wks", "{0}w", "{0} week", "{0} weeks"),
    "yard": ("{0} yd", "{0} yd", "{0}yd", "{0} yard", "{0} yards"),
    "year": ("{0} yr", "{0} yrs", "{0}y", "{0} year", "{0} years"),
}
# the denominator of "X-per-Y" where it differs from the unit's own symbol: (short, narrow)
_PER_SYMBOLS = {"hour": ("h", "h"), "second": ("s", "s"), "minute": ("min", "min"),
                "day": ("d", "d"), "week": ("w", "w"), "month": ("m", "m"), "year": ("y", "y"),
                "byte": ("byte", "B"), "foot": ("ft", "ft"), "inch": ("in", "in"),
                "pound": ("lb", "lb"), "degree": ("deg", "°")}
_COMPOUND_UNITS = {
    "mile-per-hour": ("{0} mph", "{0} mph", "{0}mph", "{0} mile per hour", "{0} miles per hour"),
    "mile-per-gallon": ("{0} mpg", "{0} mpg", "{0}mpg", "{0} mile per gallon",
                        "{0} miles per gallon"),
}
_COMPACT_SHORT = {3: "K", 6: "M", 9: "B", 12: "T"}
_COMPACT_LONG = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}
_ROUNDING_INCREMENTS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000)
_ROUNDING_MODES = ("ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand",
                   "halfTrunc", "halfEven")
_NUMERIC_LITERAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


class NumberFormatRecord:
    """The internal slots of an Intl.NumberFormat (or of PluralRules' digit options)."""
    __slots__ = ("locale", "numbering_system", "style", "currency", "currency_display",
                 "currency_sign", "unit", "unit_display", "mnid", "mnfd", "mxfd", "mnsd", "mxsd",
                 "rounding_type", "rounding_priority", "rounding_increment", "rounding_mode",
                 "trailing_zero_display", "notation", "compact_display", "use_grouping",
                 "sign_display")

    def __init__(self):
        for name in self.__slots__:
            setattr(self, name, None)


# -- option processing ------------------------------------------------------------


def is_well_formed_currency_code(currency):
    """https://tc39.es/ecma402/#sec-iswellformedcurrencycode"""
    return len(currency) == 3 and currency.isascii() and currency.isalpha()


def is_well_formed_unit_identifier(unit):
    """https://tc39.es/ecma402/#sec-iswellformedunitidentifier"""
    if unit in _UNITS:
        return True
    num, sep, den = unit.partition("-per-")
    return bool(sep) and num in _UNITS and den in _UNITS


def currency_digits(currency):
    """https://tc39.es/ecma402/#sec-currencydigits"""
    return _CURRENCY_DIGITS.get(currency, 2)


def initialize_number_format(locales, options):
    """InitializeNumberFormat minus the object: a NumberFormatRecord.

    https://tc39.es/ecma402/#sec-initializenumberformat
    """
    nf = NumberFormatRecord()
    requested = canonicalize_locale_list(locales)
    options = coerce_options_to_object(options)
    get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit")
    numbering_system = get_option(options, "numberingSystem", "string", (), None)
    if numbering_system is not None and not re.fullmatch(r"[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*",
                                                         numbering_system):
        raise range_error(f"Invalid numberingSystem : {numbering_system}")
    nf.locale, _ = resolve_locale(requested)
    nf.numbering_system = "latn"
    set_number_format_unit_options(nf, options)
    if nf.style == "currency":
        digits = currency_digits(nf.currency)
        mnfd_default, mxfd_default = digits, digits
    else:
        mnfd_default, mxfd_default = 0, (0 if nf.style == "percent" else 3)
    nf.notation = get_option(options, "notation", "string",
                             ("standard", "scientific", "engineering", "compact"), "standard")
    set_number_format_digit_options(nf, options, mnfd_default, mxfd_default, nf.notation)
    nf.compact_display = get_option(options, "compactDisplay", "string", ("short", "long"), "short")
    default_grouping = "min2" if nf.notation == "compact" else "auto"
    nf.use_grouping = _get_use_grouping(options, default_grouping)
    nf.sign_display = get_option(options, "signDisplay", "string",
                                 ("auto", "never", "always", "exceptZero", "negative"), "auto")
    return nf


def _get_use_grouping(options, fallback):
    """GetBooleanOrStringNumberFormatOption(options, "useGrouping", ...).

    https://tc39.es/ecma402/#sec-getbooleanorstringnumberformatoption
    """
    value = options.get("useGrouping", options)
    if value is None:
        return fallback
    if value is True:
        return "always"
    if not to_boolean(value):
        return False
    value = to_string(value)
    if value in ("true", "false"):
        return fallback
    if value not in ("min2", "auto", "always"):
        raise range_error(f"Value {value} out of range for Intl.NumberFormat options property useGrouping")
    return value


def set_number_format_unit_options(nf, options):
    """https://tc39.es/ecma402/#sec-setnumberformatunitoptions"""
    style = get_option(options, "style", "string", ("decimal", "percent", "currency", "unit"),
                       "decimal")
    currency = get_option(options, "currency", "string", (), None)
    if currency is None:
        if style == "currency":
            raise type_error("Currency code is required with currency style.")
    elif not is_well_formed_currency_code(currency):
        raise range_error(f"Invalid currency code : {currency}")
    currency_display = get_option(options, "currencyDisplay", "string",
                                  ("code", "symbol", "narrowSymbol", "name"), "symbol")
    currency_sign = get_option(options, "currencySign", "string", ("standard", "accounting"),
                               "standard")
    unit = get_option(options, "unit", "string", (), None)
    if unit is None:
        if style == "unit":
            raise type_error("Unit is required with unit style.")
    elif not is_well_formed_unit_identifier(unit):
        raise range_error(f"Invalid unit argument for Intl.NumberFormat() '{unit}'")
    unit_display = get_option(options, "unitDisplay", "string", ("short", "narrow", "long"), "short")
    nf.style = style
    if style == "currency":
        nf.currency, nf.currency_display, nf.currency_sign = currency.upper(), currency_display, currency_sign
    if style == "unit":
        nf.unit, nf.unit_display = unit, unit_display


def set_number_format_digit_options(nf, options, mnfd_default, mxfd_default, notation):
    """https://tc39.es/ecma402/#sec-setnfdigitoptions"""
    mnid = get_number_option(options, "minimumIntegerDigits", 1, 21, 1)
    mnfd = options.get("minimumFractionDigits", options)
    mxfd = options.get("maximumFractionDigits", options)
    mnsd = options.get("minimumSignificantDigits", options)
    mxsd = options.get("maximumSignificantDigits", options)
    nf.mnid = mnid
    increment = get_number_option(options, "roundingIncrement", 1, 5000, 1)
    if increment not in _ROUNDING_INCREMENTS:
        raise range_error(f"{increment} is not a valid roundingIncrement")
    nf.rounding_mode = get_option(options, "roundingMode", "string", _ROUNDING_MODES, "halfExpand")
    priority = get_option(options, "roundingPriority", "string",
                          ("auto", "morePrecision", "lessPrecision"), "auto")
    nf.trailing_zero_display = get_option(options, "trailingZeroDisplay", "string",
                                          ("auto", "stripIfInteger"), "auto")
    if increment != 1:
        mxfd_default = mnfd_default
    nf.rounding_increment = increment
    has_sd = mnsd is not None or mxsd is not None
    has_fd = mnfd is not None or mxfd is not None
    need_sd = need_fd = True
    if priority == "auto":
        need_sd = has_sd
        if need_sd or (not has_fd and notation == "compact"):
            need_fd = False
    if need_sd:
        if has_sd:
            nf.mnsd = default_number_option(mnsd, 1, 21, 1, "minimumSignificantDigits")
            nf.mxsd = default_number_option(mxsd, nf.mnsd, 21, 21, "maximumSignificantDigits")
        else:
            nf.mnsd, nf.mxsd = 1, 21
    if need_fd:
        if has_fd:
            mnfd = default_number_option(mnfd, 0, 100, None, "minimumFractionDigits")
            mxfd = default_number_option(mxfd, 0, 100, None, "maximumFractionDigits")
            if mnfd is None:
                mnfd = min(mnfd_default, mxfd)
            elif mxfd is None:
                mxfd = max(mxfd_default, mnfd)
            elif mnfd > mxfd:
                raise range_error("maximumFractionDigits value is out of range.")
            nf.mnfd, nf.mxfd = mnfd, mxfd
        else:
            nf.mnfd, nf.mxfd = mnfd_default, mxfd_default
    if not need_sd and not need_fd:
        nf.mnfd, nf.mxfd, nf.mnsd, nf.mxsd = 0, 0, 1, 2
        nf.rounding_type, nf.rounding_priority = "morePrecision", "morePrecision"
    elif priority == "auto":
        nf.rounding_type = "significantDigits" if need_sd else "fractionDigits"
        nf.rounding_priority = "auto"
    else:
        nf.rounding_type = nf.rounding_priority = priority
    if increment != 1:
        if nf.rounding_type != "fractionDigits":
            raise type_error("roundingIncrement requires fraction digit rounding")
        if nf.mxfd != nf.mnfd:
            raise range_error("roundingIncrement requires equal minimum and maximum fraction digits")


def resolved_options_entries(nf):
    """The resolvedOptions() properties in the spec's table order (None values omitted)."""
    entries = [("locale", nf.locale), ("numberingSystem", nf.numbering_system),
               ("style", nf.style), ("currency", nf.currency),
               ("currencyDisplay", nf.currency_display), ("currencySign", nf.currency_sign),
               ("unit", nf.unit), ("unitDisplay", nf.unit_display),
               ("minimumIntegerDigits", float(nf.mnid))]
    if nf.rounding_type != "significantDigits":
        entries += [("minimumFractionDigits", float(nf.mnfd)),
                    ("maximumFractionDigits", float(nf.mxfd))]
    if nf.rounding_type != "fractionDigits":
        entries += [("minimumSignificantDigits", float(nf.mnsd)),
                    ("maximumSignificantDigits", float(nf.mxsd))]
    entries += [("useGrouping", nf.use_grouping), ("notation", nf.notation)]
    if nf.notation == "compact":
        entries.append(("compactDisplay", nf.compact_display))
    entries += [("signDisplay", nf.sign_display), ("roundingIncrement", float(nf.rounding_increment)),
                ("roundingMode", nf.rounding_mode), ("roundingPriority", nf.rounding_priority),
                ("trailingZeroDisplay", nf.trailing_zero_display)]
    return [(k, v) for k, v in entries if v is not None]


# -- the value ------------------------------------------------------------------


def to_intl_mathematical_value(value):
    """https://tc39.es/ecma402/#sec-tointlmathematicalvalue

    Returns (negative, magnitude) with magnitude a Decimal, "nan" or "inf";
    strings keep their exact decimal value instead of rounding to a double.
    """
    prim = to_primitive(value, "number")
    if type(prim) is int:
        return prim < 0, Decimal(abs(prim))
    if type(prim) is JSSymbol:
        raise type_error("Cannot convert a Symbol value to a number")
    if type(prim) is str:
        text = prim.strip(" \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                          "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
        if _NUMERIC_LITERAL.match(text):
            d = Decimal(text)
            if float(abs(d)) == math.inf:  # RoundMVResult gives +inf: format as infinity
                return d.is_signed(), "inf"
            return d.is_signed(), abs(d)
        x = string_to_number(prim)
    else:
        x = to_number(prim)
    return number_to_intl_value(x)


def number_to_intl_value(x):
    """A float as (negative, shortest round-trip Decimal | "nan" | "inf")."""
    if x != x:
        return False, "nan"
    negative = math.copysign(1.0, x) < 0
    if x in (math.inf, -math.inf):
        return negative, "inf"
    return negative, Decimal(repr(abs(x)))


# -- rounding (https://tc39.es/ecma402/#sec-formatnumberstring) --------------------


def _decimal_rounding(mode, negative):
    """The Python rounding constant for a JS roundingMode applied to a magnitude."""
    return {"ceil": ROUND_DOWN if negative else ROUND_UP,
            "floor": ROUND_UP if negative else ROUND_DOWN,
            "expand": ROUND_UP, "trunc": ROUND_DOWN,
            "halfCeil": ROUND_HALF_DOWN if negative else ROUND_HALF_UP,
            "halfFloor": ROUND_HALF_UP if negative else ROUND_HALF_DOWN,
            "halfExpand": ROUND_HALF_UP, "halfTrunc": ROUND_HALF_DOWN,
            "halfEven": ROUND_HALF_EVEN}[mode]


def _trim_fraction(s, keep):
    """Drop trailing fraction zeros, keeping at least ``keep`` fraction digits."""
    int_part, dot, frac = s.partition(".")
    frac = frac.rstrip("0")
    if len(frac) < keep:
        frac = frac + "0" * (keep - len(frac))
    return int_part + ("." + frac if frac else "")


def to_raw_precision(x, min_p, max_p, rounding):
    """https://tc39.es/ecma402/#sec-torawprecision : (string, rounded Decimal, magnitude).

    The magnitude is the power of ten of the last kept digit (the spec's
    [[RoundingMagnitude]]), which roundingPriority compares.
    """
    with localcontext(_EXACT):
        e = x.adjusted() if x else 0
        r = x.quantize(Decimal(1).scaleb(e - max_p + 1), rounding=rounding)
        if r and r.adjusted() > e:  # rounded up to the next power of ten
            e += 1
            r = r.quantize(Decimal(1).scaleb(e - max_p + 1), rounding=rounding)
        return _trim_fraction(format(r, "f"), max(min_p - 1 - e, 0)), r, e - max_p + 1


def to_raw_fixed(x, min_f, max_f, increment, rounding):
    """https://tc39.es/ecma402/#sec-torawfixed : (string, rounded Decimal, magnitude)."""
    with localcontext(_EXACT):
        quantum = Decimal(1).scaleb(-max_f)
        if increment == 1:
            r = x.quantize(quantum, rounding=rounding)
        else:
            step = quantum * increment
            r = ((x / step).quantize(Decimal(1), rounding=rounding) * step).quantize(quantum)
        return _trim_fraction(format(r, "f"), min_f), r, -max_f


def format_numeric_to_string(nf, x, negative):
    """FormatNumericToString on a non-negative Decimal: (digits string, rounded Decimal)."""
    rounding = _decimal_rounding(nf.rounding_mode, negative)
    kind = nf.rounding_type
    if kind == "significantDigits":
        s, r, _ = to_raw_precision(x, nf.mnsd, nf.mxsd, rounding)
    elif kind == "fractionDigits":
        s, r, _ = to_raw_fixed(x, nf.mnfd, nf.mxfd, nf.rounding_increment, rounding)
    else:
        sig = to_raw_precision(x, nf.mnsd, nf.mxsd, rounding)
        fix = to_raw_fixed(x, nf.mnfd, nf.mxfd, 1, rounding)
        if kind == "morePrecision":
            s, r, _ = sig if sig[2] <= fix[2] else fix
        else:
            s, r, _ = fix if sig[2] <= fix[2] else sig
    if nf.trailing_zero_display == "stripIfInteger" and r == r.to_integral_value():
        s = s.partition(".")[0]
    int_part, dot, frac = s.partition(".")
    if len(int_part) < nf.mnid:
        s = "0" * (nf.mnid - len(int_part)) + s
    return s, r


def _compute_exponent_for_magnitude(nf, magnitude):
    """https://tc39.es/ecma402/#sec-computeexponentformagnitude (en compact data)."""
    if nf.notation == "scientific":
        return magnitude
    if nf.notation == "engineering":
        return magnitude // 3 * 3
    if nf.notation == "compact":
        return 0 if magnitude < 3 else min(magnitude // 3 * 3, 12)
    return 0


def compute_exponent(nf, x, negative):
    """https://tc39.es/ecma402/#sec-computeexponent : (exponent, magnitude)."""
    if x == 0 or nf.notation == "standard":
        return 0, 0
    magnitude = x.adjusted()
    exponent = _compute_exponent_for_magnitude(nf, magnitude)
    _, rounded = format_numeric_to_string(nf, x.scaleb(-exponent), negative)
    if rounded == 0 or rounded.adjusted() == magnitude - exponent:
        return exponent, magnitude
    return _compute_exponent_for_magnitude(nf, magnitude + 1), magnitude + 1


# -- patterns -------------------------------------------------------------------


def _group(int_digits, use_grouping):
    """Split integer digits into en groups of three (min2: only from five digits)."""
    n = len(int_digits)
    if use_grouping is False or n < 4 or (use_grouping == "min2" and n < 5):
        return [int_digits]
    head = n % 3 or 3
    return [int_digits[:head]] + [int_digits[i:i + 3] for i in range(head, n, 3)]


def _number_parts(nf, digits, exponent):
    """The integer/group/decimal/fraction (+ exponent) parts of a formatted magnitude."""
    parts = []
    int_part, dot, frac = digits.partition(".")
    for i, g in enumerate(_group(int_part, nf.use_grouping)):
        if i:
            parts.append(("group", ","))
        parts.append(("integer", g))
    if dot:
        parts.append(("decimal", "."))
        parts.append(("fraction", frac))
    if nf.notation in ("scientific", "engineering"):
        parts.append(("exponentSeparator", "E"))
        if exponent < 0:
            parts.append(("exponentMinusSign", "-"))
        parts.append(("exponentInteger", str(abs(exponent))))
    return parts


def _sign(nf, negative, is_zero, is_nan):
    """GetNumberFormatPattern's sign choice: "-", "+" or "" (https://tc39.es/ecma402/#sec-getnumberformatpattern)."""
    display = nf.sign_display
    if display == "never":
        return ""
    if display == "auto":
        return "-" if negative and not is_nan else ""
    if display == "always":
        return "-" if negative and not is_nan else "+"
    if display == "exceptZero":
        if is_zero or is_nan:
            return ""
        return "-" if negative else "+"
    return "-" if negative and not is_zero and not is_nan else ""


def _is_plural_one(number_parts):
    """English cardinal "one": the displayed number is exactly "1" (no fraction digits)."""
    return [v for t, v in number_parts if t != "group"] == ["1"]


def _unit_pattern(nf, one):
    """The en pattern ("{0} km") for the unit style."""
    index = {"short": 0 if one else 1, "narrow": 2, "long": 3 if one else 4}[nf.unit_display]
    unit = nf.unit
    if unit in _UNITS:
        return _UNITS[unit][index]
    if unit in _COMPOUND_UNITS:
        return _COMPOUND_UNITS[unit][index]
    num, _, den = unit.partition("-per-")
    num_pattern = _UNITS[num][index]
    if nf.unit_display == "long":
        return num_pattern + " per " + _UNITS[den][3].replace("{0} ", "")
    per = _PER_SYMBOLS.get(den)
    if per is not None:
        den_symbol = per[0] if nf.unit_display == "short" else per[1]
    else:
        den_symbol = _UNITS[den][0 if nf.unit_display == "short" else 2].replace("{0}", "").strip()
    return num_pattern + "/" + den_symbol


def _expand(pattern, number_parts, kind):
    """Substitute the number parts for "{0}" in an affix pattern; the affixes become ``kind`` parts."""
    before, _, after = pattern.partition("{0}")
    return _affix(before, kind) + number_parts + _affix(after, kind)


def _affix(text, kind):
    """One affix as parts: its spaces are literals, the rest is a ``kind`` part."""
    if not text:
        return []
    core = text.strip(" ")
    lead = text[:len(text) - len(text.lstrip(" "))]
    trail = text[len(text.rstrip(" ")):]
    return ([("literal", lead)] if lead else []) + [(kind, core)] + \
        ([("literal", trail)] if trail else [])


def partition_number_pattern(nf, negative, x):
    """https://tc39.es/ecma402/#sec-partitionnumberpattern : a list of (type, value) parts."""
    exponent = 0
    if x == "nan":
        number = [("nan", "NaN")]
        is_zero, is_nan = False, True
    elif x == "inf":
        number = [("infinity", "∞")]
        is_zero, is_nan = False, False
    else:
        if nf.style == "percent":
            x = x * 100
        exponent, _ = compute_exponent(nf, x, negative)
        digits, rounded = format_numeric_to_string(nf, x.scaleb(-exponent), negative)
        number = _number_parts(nf, digits, exponent)
        is_zero, is_nan = rounded == 0, False
    if nf.notation == "compact" and exponent:
        if nf.compact_display == "long":
            number = number + [("literal", " "), ("compact", _COMPACT_LONG[exponent])]
        else:
            number = number + [("compact", _COMPACT_SHORT[exponent])]
    sign = _sign(nf, negative, is_zero, is_nan)
    style = nf.style
    if style == "percent":
        number = number + [("percentSign", "%")]
    elif style == "unit":
        number = _expand(_unit_pattern(nf, _is_plural_one(number)), number, "unit")
    elif style == "currency":
        number = _currency_parts(nf, number)
        if sign == "-" and nf.currency_sign == "accounting":
            return [("literal", "(")] + number + [("literal", ")")]
    if sign:
        number = [("minusSign" if sign == "-" else "plusSign", sign)] + number
    return number


def _currency_parts(nf, number):
    """Attach the currency symbol, code or name (with ICU's currency spacing)."""
    code = nf.currency
    symbol, narrow, one, other = _CURRENCIES.get(code, (code, code, code, code))
    display = nf.currency_display
    if display == "name":
        return number + [("literal", " "), ("currency", one if _is_plural_one(number) else other)]
    text = code if display == "code" else narrow if display == "narrowSymbol" else symbol
    parts = [("currency", text)]
    if text[-1].isalpha() and number[0][0] == "integer":
        parts.append(("literal", "\u00a0"))
    return parts + number


def format_numeric_to_parts(nf, value):
    """Format a JS value (Number, BigInt or numeric string): list of (type, value)."""
    return partition_number_pattern(nf, *to_intl_mathematical_value(value))


def format_numeric(nf, value):
    """https://tc39.es/ecma402/#sec-formatnumber"""
    return "".join(v for _, v in format_numeric_to_parts(nf, value))


def format_number_value(nf, x):
    """Format a Python float (Number.prototype.toLocaleString's fast path)."""
    return "".join(v for _, v in partition_number_pattern(nf, *number_to_intl_value(x)))
