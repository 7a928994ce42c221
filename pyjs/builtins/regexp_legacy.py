"""Legacy static properties of RegExp: RegExp.$1-$9, input ($_), lastMatch ($&), ...

https://github.com/tc39/proposal-regexp-legacy-features (Annex B candidate)

Web code still reads ``RegExp.$1`` after a match.  The proposal specifies
them as configurable accessors on %RegExp% that read internal slots updated by
every successful RegExpBuiltinExec of a direct RegExp instance (a subclass
instance, or a match from another realm, invalidates them: reads then throw).
To keep exec cheap the slots are derived lazily: a match only records the
string and the capture spans.
"""
from ..interp.agent import state
from ..interp.ops import to_string
from ..interp.values import type_error
from ._helpers import getter


class LegacyStatics:
    """The %RegExp% slots of the proposal for one realm, kept as the last match's (string, spans).

    ``valid`` is False once invalidated; ``input`` is [[RegExpInput]], which
    RegExp.input's setter may change independently.  After a replace done in
    one piece by ``re`` the spans of its last match are found only when read
    (``pending`` is then the program that matched ``string``).
    """

    __slots__ = ("realm", "valid", "input", "string", "spans", "pending")

    def __init__(self, realm):
        self.realm = realm
        self.valid = True
        self.input = ""
        self.string = ""
        self.spans = [(0, 0)]
        self.pending = None

    def last_spans(self):
        """The capture spans of the last match."""
        if self.pending is not None:
            self.spans = self.pending.last_match(self.string)
            self.pending = None
        return self.spans

    def _in_running_realm(self):
        """False (after invalidating the running realm's slots) for a match made in another realm."""
        if self.realm is state.realm:
            return True
        legacy = getattr(state.realm, "regexp_legacy", None)
        if legacy is not None:
            legacy.invalidate()
        return False

    def update(self, s, spans):
        """UpdateLegacyRegExpStaticProperties, or Invalidate... for a match in another realm."""
        if self._in_running_realm():
            self.valid = True
            self.input = self.string = s
            self.spans = spans
            self.pending = None

    def update_last_match(self, s, prog):
        """``update`` with the last match of ``prog``'s global search loop over ``s``."""
        if self._in_running_realm():
            self.valid = True
            self.input = self.string = s
            self.pending = prog

    def invalidate(self):
        """InvalidateLegacyRegExpStaticProperties."""
        self.valid = False

    def capture(self, i):
        spans = self.last_spans()
        if i >= len(spans) or spans[i] is None:
            return ""
        start, end = spans[i]
        return self.string[start:end]


def setup_legacy(realm, ctor):
    statics = LegacyStatics(realm)
    realm.regexp_legacy = statics

    def read(this, compute):
        """GetLegacyRegExpStaticProperty: only %RegExp% itself has the slots; empty ones throw."""
        if this is not ctor:
            raise type_error("RegExp legacy static accessor called on an incompatible receiver")
        if not statics.valid:
            raise type_error("RegExp legacy static properties are invalidated")
        return compute()

    def set_input(this, args):
        """SetLegacyRegExpStaticProperty for [[RegExpInput]]."""
        if this is not ctor:
            raise type_error("RegExp.input setter called on an incompatible receiver")
        statics.input = to_string(args[0] if args else None)

    def last_paren():
        n = len(statics.last_spans()) - 1
        return statics.capture(n) if n > 0 else ""

    def left_context():
        return statics.string[:statics.last_spans()[0][0]]

    def right_context():
        return statics.string[statics.last_spans()[0][1]:]

    fields = [(("input", "$_"), lambda: statics.input, set_input),
              (("lastMatch", "$&"), lambda: statics.capture(0), None),
              (("lastParen", "$+"), last_paren, None),
              (("leftContext", "$`"), left_context, None),
              (("rightContext", "$'"), right_context, None)]
    fields += [((f"${i}",), (lambda i=i: statics.capture(i)), None) for i in range(1, 10)]
    for names, compute, setter in fields:
        for name in names:
            getter(realm, ctor, name, setter)(lambda this, args, compute=compute: read(this, compute))
