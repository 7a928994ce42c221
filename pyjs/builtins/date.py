"""Date constructor and Date.prototype (https://tc39.es/ecma262/#sec-date-objects).

The time-value arithmetic, local time, formatting and parsing live in
:mod:`pyjs.builtins.date_math`; this module wires them to JS objects.
"""
import math

from ..interp.ops import (to_number, to_primitive, to_string, to_object, get_prototype_from_constructor,
                          invoke, is_callable, describe, to_integer_or_infinity)
from ..interp.values import (null, JSObject, Prop, HIDDEN, CONFIGURABLE, type_error, range_error,
                             SYM_TO_PRIMITIVE)
from . import date_math as dm
from ._helpers import arg, method, make_constructor, install_global, native

NAN = math.nan


class DateObject(JSObject):
    __slots__ = ("tv",)
    class_name = "Date"

    def __init__(self, proto, tv):
        super().__init__(proto)
        self.tv = tv


def this_time_value(this, name):
    if not isinstance(this, DateObject):
        raise type_error(f"this is not a Date object. (Date.prototype.{name})")
    return this.tv


def _from_fields(args, local):
    """The shared steps of Date(y, m, ...) and Date.UTC(y, m, ...)."""
    nums = [to_number(a) for a in args[:7]]
    y = nums[0]
    m = nums[1] if len(nums) > 1 else 0.0
    dt = nums[2] if len(nums) > 2 else 1.0
    h = nums[3] if len(nums) > 3 else 0.0
    mi = nums[4] if len(nums) > 4 else 0.0
    s = nums[5] if len(nums) > 5 else 0.0
    ms = nums[6] if len(nums) > 6 else 0.0
    yr = dm.make_full_year(y)
    final = dm.make_date(dm.make_day(yr, m, dt), dm.make_time(h, mi, s, ms))
    return dm.time_clip(dm.utc(final) if local else final)


# (name, field getter, uses local time)
_GETTERS = [
    ("getDate", dm.date_from_time, True), ("getDay", dm.week_day, True),
    ("getFullYear", dm.year_from_time, True), ("getHours", dm.hour_from_time, True),
    ("getMilliseconds", dm.ms_from_time, True), ("getMinutes", dm.min_from_time, True),
    ("getMonth", dm.month_from_time, True), ("getSeconds", dm.sec_from_time, True),
    ("getUTCDate", dm.date_from_time, False), ("getUTCDay", dm.week_day, False),
    ("getUTCFullYear", dm.year_from_time, False), ("getUTCHours", dm.hour_from_time, False),
    ("getUTCMilliseconds", dm.ms_from_time, False), ("getUTCMinutes", dm.min_from_time, False),
    ("getUTCMonth", dm.month_from_time, False), ("getUTCSeconds", dm.sec_from_time, False),
]

# setters: name, length, local, which fields the arguments replace in order
_SETTERS = [
    ("setMilliseconds", 1, True, ("ms",)), ("setUTCMilliseconds", 1, False, ("ms",)),
    ("setSeconds", 2, True, ("sec", "ms")), ("setUTCSeconds", 2, False, ("sec", "ms")),
    ("setMinutes", 3, True, ("min", "sec", "ms")), ("setUTCMinutes", 3, False, ("min", "sec", "ms")),
    ("setHours", 4, True, ("hour", "min", "sec", "ms")), ("setUTCHours", 4, False, ("hour", "min", "sec", "ms")),
    ("setDate", 1, True, ("date",)), ("setUTCDate", 1, False, ("date",)),
    ("setMonth", 2, True, ("month", "date")), ("setUTCMonth", 2, False, ("month", "date")),
    ("setFullYear", 3, True, ("year", "month", "date")), ("setUTCFullYear", 3, False, ("year", "month", "date")),
]

# each field's place in dm.time_fields(t)
_FIELD_INDEX = {"year": 0, "month": 1, "date": 2, "hour": 3, "min": 4, "sec": 5, "ms": 6}


def _setter(name, local, fields):
    """One Date.prototype.setX method (e.g. https://tc39.es/ecma262/#sec-date.prototype.setminutes)."""
    def set_(this, args):
        t = this_time_value(this, name)
        given = {}
        for i, f in enumerate(fields):
            if i == 0 or i < len(args):
                given[f] = to_number(arg(args, i))
        if t != t:
            if fields[0] != "year":
                return NAN
            t = 0.0
        elif local:
            t = dm.local_time(t)
        vals = list(dm.time_fields(t))
        for f, v in given.items():
            vals[_FIELD_INDEX[f]] = v
        day = dm.make_day(vals[0], vals[1], vals[2])
        time = dm.make_time(vals[3], vals[4], vals[5], vals[6])
        new = dm.make_date(day, time)
        new = dm.time_clip(dm.utc(new) if local else new)
        this.tv = new
        return new
    return set_


def setup(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%Date.prototype%"] = proto

    def call(this, args):
        return dm.to_string(dm.current_time_value())

    def construct(args, new_target):
        n = len(args)
        if n == 0:
            tv = dm.current_time_value()
        elif n == 1:
            v = args[0]
            if isinstance(v, DateObject):
                tv = v.tv
            else:
                v = to_primitive(v)
                tv = dm.parse_date(v) if type(v) is str else to_number(v)
            tv = dm.time_clip(tv)
        else:
            tv = _from_fields(args, True)
        return DateObject(get_prototype_from_constructor(new_target, "%Date.prototype%"), tv)

    ctor = make_constructor(realm, "Date", 7, call, construct, proto)
    install_global(realm, "Date", ctor)

    method(realm, ctor, "now", 0)(lambda this, args: dm.current_time_value())
    method(realm, ctor, "parse", 1)(lambda this, args: dm.parse_date(to_string(arg(args, 0))))
    method(realm, ctor, "UTC", 7)(lambda this, args: _from_fields(args or [None], False))

    for name, fn, local in _GETTERS:
        def get(this, args, name=name, fn=fn, local=local):
            t = this_time_value(this, name)
            if t != t:
                return NAN
            return fn(dm.local_time(t) if local else t)
        method(realm, proto, name, 0)(get)

    for name, length, local, fields in _SETTERS:
        method(realm, proto, name, length)(_setter(name, local, fields))

    @method(realm, proto, "getTime", 0)
    def get_time(this, args):
        return this_time_value(this, "getTime")

    method(realm, proto, "valueOf", 0)(lambda this, args: this_time_value(this, "valueOf"))

    @method(realm, proto, "getTimezoneOffset", 0)
    def get_timezone_offset(this, args):
        t = this_time_value(this, "getTimezoneOffset")
        if t != t:
            return NAN
        return float(math.trunc((t - dm.local_time(t)) / dm.MS_PER_MINUTE))

    @method(realm, proto, "setTime", 1)
    def set_time(this, args):
        this_time_value(this, "setTime")
        this.tv = dm.time_clip(to_number(arg(args, 0)))
        return this.tv

    def formatter(name, fn):
        def fmt(this, args):
            return fn(this_time_value(this, name))
        method(realm, proto, name, 0)(fmt)
    formatter("toString", dm.to_string)
    formatter("toDateString", dm.to_date_string)
    formatter("toTimeString", dm.to_time_string)
    formatter("toUTCString", dm.to_utc_string)
    formatter("toLocaleString", dm.to_locale_string)
    formatter("toLocaleDateString", dm.to_locale_date_string)
    formatter("toLocaleTimeString", dm.to_locale_time_string)
    proto.props["toGMTString"] = proto.props["toUTCString"]

    @method(realm, proto, "toISOString", 0)
    def to_iso_string(this, args):
        s = dm.to_iso_string(this_time_value(this, "toISOString"))
        if s is None:
            raise range_error("Invalid time value")
        return s

    @method(realm, proto, "toJSON", 1)
    def to_json(this, args):
        o = to_object(this)
        tv = to_primitive(o, "number")
        if type(tv) is float and (tv != tv or tv in (math.inf, -math.inf)):
            return null
        return invoke(o, "toISOString", [])

    def to_prim(this, args):
        if not isinstance(this, JSObject):
            raise type_error("Date.prototype[Symbol.toPrimitive] called on non-object")
        hint = arg(args, 0)
        if hint in ("string", "default"):
            try_first = "string"
        elif hint == "number":
            try_first = "number"
        else:
            raise type_error(f"Invalid hint: {describe(hint)}")
        from ..interp.ops import ordinary_to_primitive
        return ordinary_to_primitive(this, try_first)
    proto.props[SYM_TO_PRIMITIVE] = Prop(native(realm, to_prim, "[Symbol.toPrimitive]", 1), CONFIGURABLE)

    # Annex B
    @method(realm, proto, "getYear", 0)
    def get_year(this, args):
        t = this_time_value(this, "getYear")
        if t != t:
            return NAN
        return dm.year_from_time(dm.local_time(t)) - 1900.0

    @method(realm, proto, "setYear", 1)
    def set_year(this, args):
        t = this_time_value(this, "setYear")
        y = to_number(arg(args, 0))
        t = 0.0 if t != t else dm.local_time(t)
        yi = to_integer_or_infinity(y)
        if y != y:
            this.tv = NAN
            return NAN
        yyyy = 1900.0 + yi if 0 <= yi <= 99 else y
        d = dm.make_day(yyyy, dm.month_from_time(t), dm.date_from_time(t))
        this.tv = dm.time_clip(dm.utc(dm.make_date(d, dm.time_within_day(t))))
        return this.tv
