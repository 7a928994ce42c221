"""``performance``: https://w3c.github.io/hr-time/#the-performance-attribute

Each realm's time origin is fixed the first time it is asked for (when the
Web APIs are installed); ``performance.now()`` is milliseconds on a monotonic
clock since then, and ``performance.timeOrigin`` that instant on the Unix-epoch
clock.  Event ``timeStamp`` values use the same clock.
"""
import time
import weakref

from ..interp.values import JSObject
from .webidl import attribute, brand, define_interface, operation

_origins = weakref.WeakKeyDictionary()      # realm -> (monotonic origin, epoch origin in ms)


def time_origin(realm):
    origin = _origins.get(realm)
    if origin is None:
        origin = _origins[realm] = (time.monotonic(), time.time() * 1000.0)
    return origin


def now_ms(realm):
    """https://w3c.github.io/hr-time/#dfn-current-high-resolution-time (relative to the origin)."""
    return (time.monotonic() - time_origin(realm)[0]) * 1000.0


class PerformanceObject(JSObject):
    __slots__ = ()


def setup(realm):
    time_origin(realm)
    _, proto = define_interface(realm, "Performance")

    def this_performance(this):
        return brand(this, PerformanceObject, "Performance")

    @operation(realm, proto, "now", 0)
    def now(this, args):
        this_performance(this)
        return now_ms(realm)

    def get_time_origin(this, args):
        this_performance(this)
        return time_origin(realm)[1]
    attribute(realm, proto, "timeOrigin", get_time_origin)

    @operation(realm, proto, "toJSON", 0)
    def to_json(this, args):
        this_performance(this)
        o = realm.new_object()
        o.props["timeOrigin"] = time_origin(realm)[1]
        return o

    realm.set_global("performance", PerformanceObject(proto))
