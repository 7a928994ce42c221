"""The ECMA-262 methods ECMA-402 redefines: Number/BigInt/Date toLocale*String, localeCompare.

https://tc39.es/ecma402/#sec-number.prototype.tolocalestring

They replace the ECMA-262 versions when a realm is made (the prototypes they live on
exist from the start), while the Intl object itself is created on first use
(lazy.py); so they live apart from intl.py, which they import only when called.
"""
from ..interp.ops import require_object_coercible, to_string
from ._helpers import arg, lazy_module, method
from .lazy import with_intrinsic

intl = lazy_module("pyjs.builtins.intl")
dtf = lazy_module("pyjs.builtins.intl_datetime")
nfm = lazy_module("pyjs.builtins.intl_number")

_default_records = {}


def _cached(key, make, locales, options):
    """The record for (locales, options); the all-default one is built once per process."""
    if locales is None and options is None:
        rec = _default_records.get(key)
        if rec is None:
            rec = _default_records[key] = make()
        return rec
    return None


def setup(realm):
    """Number/BigInt/Date toLocale*String and String localeCompare per ECMA-402 §20.

    https://tc39.es/ecma402/#sec-number.prototype.tolocalestring
    """
    from .number import this_number_value
    from .bigint import this_big_int_value

    def number_format(locales, options):
        rec = _cached("nf", lambda: nfm.initialize_number_format(None, None), locales, options)
        return rec or nfm.initialize_number_format(locales, options)

    def number_to_locale_string(this, args):
        x = this_number_value(this, "Number.prototype.toLocaleString")
        return nfm.format_number_value(number_format(arg(args, 0), arg(args, 1)), x)
    method(realm, realm.intrinsics["%Number.prototype%"], "toLocaleString", 0)(number_to_locale_string)

    bigint_proto = realm.intrinsics.get("%BigInt.prototype%")
    if bigint_proto is not None:
        def bigint_to_locale_string(this, args):
            x = this_big_int_value(this, "BigInt.prototype.toLocaleString")
            return nfm.format_numeric(number_format(arg(args, 0), arg(args, 1)), x)
        method(realm, bigint_proto, "toLocaleString", 0)(bigint_to_locale_string)

    def date_to_locale_methods(date_proto):
        from .date import this_time_value
        from . import date_math as dm
        for name, required, defaults in (("toLocaleString", "any", "all"),
                                         ("toLocaleDateString", "date", "date"),
                                         ("toLocaleTimeString", "time", "time")):
            def date_to_locale(this, args, name=name, required=required, defaults=defaults):
                """https://tc39.es/ecma402/#sec-date.prototype.tolocalestring (and siblings)"""
                t = this_time_value(this, name)
                if t != t:
                    return "Invalid Date"
                locales, options = arg(args, 0), arg(args, 1)
                key = ("dtf", name, dm.system_time_zone_identifier())
                rec = _cached(key, lambda: dtf.create_date_time_format(None, None, required, defaults),
                              locales, options)
                if rec is None:
                    rec = dtf.create_date_time_format(locales, options, required, defaults)
                return dtf.format_date_time(rec, t)
            method(realm, date_proto, name, 0)(date_to_locale)
    with_intrinsic(realm, "%Date.prototype%", date_to_locale_methods)   # Date may be created later

    string_proto = realm.intrinsics.get("%String.prototype%")
    if string_proto is not None:
        def locale_compare(this, args):
            """https://tc39.es/ecma402/#sec-string.prototype.localecompare"""
            s = to_string(require_object_coercible(this))
            that = to_string(arg(args, 0))
            locales, options = arg(args, 1), arg(args, 2)
            rec = _cached("collator", lambda: intl.initialize_collator(None, None), locales, options)
            return intl.collator_compare(rec or intl.initialize_collator(locales, options), s, that)
        method(realm, string_proto, "localeCompare", 1)(locale_compare)


