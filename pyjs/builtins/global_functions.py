"""Global functions: eval, parseInt, parseFloat, isNaN, isFinite, URI coding (§19.2)."""
from ..interp.ops import to_number
from ..interp.values import Prop
from ._helpers import arg, native, install_global


def setup(realm):
    g = realm.global_object
    g.props["NaN"] = Prop(float("nan"), 0)
    g.props["Infinity"] = Prop(float("inf"), 0)
    g.props["undefined"] = Prop(None, 0)

    def eval_(this, args):
        from ..interp.eval import indirect_eval
        return indirect_eval(realm, arg(args, 0))
    f = native(realm, eval_, "eval", 1)
    realm.intrinsics["%eval%"] = f
    install_global(realm, "eval", f)

    # The same function objects as Number.parseInt / Number.parseFloat (number.py).
    install_global(realm, "parseInt", realm.intrinsics["%parseInt%"])
    install_global(realm, "parseFloat", realm.intrinsics["%parseFloat%"])

    def is_nan(this, number=None, *_):
        n = to_number(number)
        return n != n
    install_global(realm, "isNaN", native(realm, is_nan, "isNaN", 1, positional=True))

    def is_finite(this, number=None, *_):
        n = to_number(number)
        return n == n and n not in (float("inf"), float("-inf"))
    install_global(realm, "isFinite", native(realm, is_finite, "isFinite", 1, positional=True))

    from . import uri
    uri.setup(realm)
