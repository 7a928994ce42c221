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
empty, and lookups then walk as they would without it.  A method call site of
generated code keeps the answers it read for itself (a *site cache*, see
:func:`fill_site`), forgotten whenever the cache is emptied.

Invariant for the rest of the engine: a watched object's properties change only
through its ``props`` dict (a stored ``Prop`` changed in place, as a non-configurable
one is by values.validate_and_apply, is stored again).
"""

from types import MappingProxyType

INHERITED = {}      # prototype object -> {name: value, or the accessor Prop, or None (absent)}
NO_ENTRY = MappingProxyType({})     # what to read from when a prototype has no entry

# Entries keep their prototypes alive: bound the cache for hosts that make many realms.
_LIMIT = 20000


# Site caches filled since INHERITED was last emptied: (namespace, names there of the first
# prototype, its method and that method again if a script function, dict of other prototypes,
# names of the first prototype again and of the method's positional [[Call]] once that is
# known: see fill_site).  Each answer comes from an entry of INHERITED, so no site is filled
# while it is empty.
SITES = []
EMPTY = type("EMPTY", (), {"__repr__": lambda self: "<EMPTY>"})()     # an unfilled site's prototype
_OTHERS_LIMIT = 256     # prototypes a site answers for besides its first

# Built-in call sites filled since the cache was last emptied: (namespace, name) of a
# global of generated code holding what the site checked (fill_builtin_site).
BUILTIN_SITES = []


def invalidate():
    """Forget every cached lookup (a watched object changed)."""
    if INHERITED or BUILTIN_SITES:
        _forget()


def _forget():
    INHERITED.clear()
    for ns, proto_name, value_name, script_name, others, entry_proto_name, entry_name in SITES:
        ns[proto_name], ns[value_name], ns[script_name] = EMPTY, None, None
        ns[entry_proto_name], ns[entry_name] = EMPTY, None
        others.clear()
    SITES.clear()
    for ns, name in BUILTIN_SITES:
        ns[name] = EMPTY
    BUILTIN_SITES.clear()


def fill_builtin_site(ns, name, value):
    """Set the global ``name`` of generated code (namespace ``ns``) to ``value``, what a
    built-in call site found in INHERITED or in a watched object's own properties
    (codegen.runtime.string_builtin, own_builtin), until the next change of a watched
    object sets it back to EMPTY.  A global not EMPTY is already listed."""
    if ns[name] is EMPTY:
        BUILTIN_SITES.append((ns, name))
    ns[name] = value


def remember(proto, key, value):
    """Cache what ``key`` resolved to from ``proto`` (the caller checked the chain is watched)."""
    entry = INHERITED.get(proto)
    if entry is None:
        if len(INHERITED) >= _LIMIT:
            _forget()
        entry = INHERITED[proto] = {}
    entry[key] = value


def fill_site(site, proto, value, script, entry=None):
    """Let the method call site cache ``site`` answer ``value`` (a function; ``script``
    tells whether a script function) for a receiver with the prototype ``proto`` and
    no own property of the name: what INHERITED now holds for the name from ``proto``,
    so the answer holds until INHERITED is emptied, which empties the site too.  The
    first prototype a site meets gets globals of the generated code (a test of the
    prototype's identity answers), the others the site's dict of script functions (one
    lookup, still cheaper than INHERITED's two): a site whose calls alternate between
    a few classes finds each.  A site meeting more than _OTHERS_LIMIT prototypes starts
    its dict again, so it stays small.  ``entry``, the script function's positional
    [[Call]] once it is final (functions.final_entry), lets the site call it without
    the general lookup for the first prototype (see fill_entry).  Returns True, for
    the caller's test."""
    ns, proto_name, value_name, script_name, others, entry_proto_name, entry_name = site
    if ns[proto_name] is EMPTY:
        ns[value_name], ns[script_name], ns[proto_name] = value, value if script else None, proto
        SITES.append(site)
        if entry is not None:
            fill_entry(site, entry)
    elif script:
        if len(others) >= _OTHERS_LIMIT:
            others.clear()
        others[proto] = value
    return True


def fill_entry(site, entry):
    """Let the filled method call site ``site`` keep ``entry``, the positional
    [[Call]] of the script function it holds for its first prototype, under that
    prototype's name again: a receiver with that prototype and no own property of the
    name is then called in one test of each (codegen CallGenerator.method_site_call),
    until INHERITED is emptied.  Returns True, for the caller's test."""
    ns, proto_name, _, _, _, entry_proto_name, entry_name = site
    ns[entry_proto_name], ns[entry_name] = ns[proto_name], entry
    return True


class WatchedProps(dict):
    """The ``props`` of a prototype: a dict whose every change empties :data:`INHERITED`.

    Stores from anywhere (ordinary [[Set]], ValidateAndApplyPropertyDescriptor,
    generated code writing ``props[name]``, deletes) reach these methods, since a
    dict subclass's overridden methods are what ``d[k] = v`` and ``del d[k]`` call.
    Reads stay the C dict's own.  The methods store through ``super()``, so a dict
    class that also watches its stores for another reason (values.WatchedGlobalProps)
    is this class followed by that one.
    """

    __slots__ = ()

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        invalidate()

    def __delitem__(self, key):
        super().__delitem__(key)
        invalidate()

    def __ior__(self, other):
        super().__ior__(other)
        invalidate()
        return self

    def pop(self, *args):
        invalidate()
        return super().pop(*args)

    def popitem(self):
        invalidate()
        return super().popitem()

    def clear(self):
        invalidate()
        super().clear()

    def setdefault(self, key, default=None):
        invalidate()
        return super().setdefault(key, default)

    def update(self, *args, **kwargs):
        super().update(*args, **kwargs)
        invalidate()
