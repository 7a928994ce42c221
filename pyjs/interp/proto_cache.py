"""A cache of inherited property lookups, kept exact by watching prototypes.

A method call ``o.m()`` on an instance of a class two levels down misses the
instance's own properties and then walks the prototype chain, testing each
object's ``props``: most of the cost of an object-oriented program's calls.
:data:`INHERITED` remembers, per prototype object, what a name resolved to from
there.  An entry may only be made when every object from that prototype up to
the one holding the name (or the whole chain, for an absent name) is *watched*:
its ``props`` is a :class:`WatchedProps`, whose every mutation empties the cache.
Changing a watched object's [[Prototype]] empties it too
(``JSObject.set_prototype_of``), as does replacing a watched ``props`` dict.

So an entry is valid exactly as long as it exists, and a lookup is two dict
reads.  Objects become watched when they become a prototype (see
``values.watch_chain``); a prototype rewritten in a loop just keeps the cache
empty, and lookups then walk as they would without it.

Invariant for the rest of the engine: a watched object's properties change only
through its ``props`` dict (a stored ``Prop`` changed in place, as a non-configurable
one is by values.validate_and_apply, is stored again).
"""

from types import MappingProxyType

INHERITED = {}      # prototype object -> {name: value, or the accessor Prop, or None (absent)}
NO_ENTRY = MappingProxyType({})     # what to read from when a prototype has no entry

# Entries keep their prototypes alive: bound the cache for hosts that make many realms.
_LIMIT = 20000


def invalidate():
    """Forget every cached lookup (a watched object changed)."""
    if INHERITED:
        INHERITED.clear()


def remember(proto, key, value):
    """Cache what ``key`` resolved to from ``proto`` (the caller checked the chain is watched)."""
    entry = INHERITED.get(proto)
    if entry is None:
        if len(INHERITED) >= _LIMIT:
            INHERITED.clear()
        entry = INHERITED[proto] = {}
    entry[key] = value


class WatchedProps(dict):
    """The ``props`` of a prototype: a dict whose every change empties :data:`INHERITED`.

    Stores from anywhere (ordinary [[Set]], ValidateAndApplyPropertyDescriptor,
    generated code writing ``props[name]``, deletes) reach these methods, since a
    dict subclass's overridden methods are what ``d[k] = v`` and ``del d[k]`` call.
    Reads stay the C dict's own.
    """

    __slots__ = ()

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)
        invalidate()

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        invalidate()

    def __ior__(self, other):
        dict.update(self, other)
        invalidate()
        return self

    def pop(self, *args):
        invalidate()
        return dict.pop(self, *args)

    def popitem(self):
        invalidate()
        return dict.popitem(self)

    def clear(self):
        invalidate()
        dict.clear(self)

    def setdefault(self, key, default=None):
        invalidate()
        return dict.setdefault(self, key, default)

    def update(self, *args, **kwargs):
        dict.update(self, *args, **kwargs)
        invalidate()
