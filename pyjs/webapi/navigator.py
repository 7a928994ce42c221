"""``navigator``: https://html.spec.whatwg.org/multipage/system-state.html#the-navigator-object

A worker's navigator says only who is running it (``userAgent``, given by the
host) and how many threads it may use (``hardwareConcurrency``: one, as in
Cloudflare Workers).
"""
from ..interp.values import JSObject
from .webidl import attribute, brand, define_interface


class NavigatorObject(JSObject):
    __slots__ = ("user_agent",)


def setup(realm, user_agent):
    _, proto = define_interface(realm, "Navigator", global_name=False)
    attribute(realm, proto, "userAgent", lambda this, args: brand(this, NavigatorObject, "Navigator").user_agent)

    def hardware_concurrency(this, args):
        brand(this, NavigatorObject, "Navigator")
        return 1.0
    attribute(realm, proto, "hardwareConcurrency", hardware_concurrency)
    navigator = NavigatorObject(proto)
    navigator.user_agent = user_agent
    realm.set_global("navigator", navigator)
