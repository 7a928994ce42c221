"""The test262 host: a fresh realm with ``print`` and ``$262``.

https://github.com/tc39/test262/blob/main/INTERPRETING.md#host-defined-functions

Every global the host adds (``print``, ``$262``) and every property of
``$262`` is writable, configurable and non-enumerable, like a builtin.

``$262`` offers:

* ``createRealm()`` - a new :class:`pyjs.Realm` with this same host API; its
  ``print`` writes to the same output list; returns the new realm's ``$262``;
* ``evalScript(src)`` - ParseScript + ScriptEvaluation in that realm; a syntax
  error is thrown as that realm's ``SyntaxError``;
* ``detachArrayBuffer(buffer, key)`` - DetachArrayBuffer through the engine's
  hook (see :func:`find_detach_hook`); a ``TypeError`` while the engine has none;
* ``gc()`` - runs Python's cyclic collector (``gc.collect()``): it is the
  host's only garbage-collection capability;
* ``global`` - the realm's global object;
* ``IsHTMLDDA`` - a callable object with the ``is_htmldda`` marker the engine's
  ``typeof``/ToBoolean/``==`` honour, returning ``null``;
* ``agent`` - the multi-agent API (:mod:`.agents`): ``start``, ``broadcast``,
  ``getReport``, ``sleep``, ``monotonicNow`` in the main agent;
  ``receiveBroadcast``, ``report``, ``sleep``, ``leaving``, ``monotonicNow`` in
  a started agent.

Every realm's ``host`` is its agent's :class:`.agents.EventLoop`, which also
provides HostEnqueueTimeoutJob (``realm.enqueue_timeout_job``).
"""
import gc as _gc
import importlib

from pyjs import Realm, JSError
from pyjs.interp.functions import NativeFunction
from pyjs.interp.values import JSObject, Prop, HIDDEN, null, type_error

from .agents import EventLoop, install_agent_api, install_started_agent_api

__all__ = ["make_realm", "install_host", "find_detach_hook"]


class HTMLDDAFunction(NativeFunction):
    """An object with an [[IsHTMLDDA]] internal slot (Annex B.3.6)."""

    __slots__ = ()
    is_htmldda = True


_detach_hook = False     # False = not looked up yet


def find_detach_hook():
    """The engine's DetachArrayBuffer(buffer, key) as a Python callable, or None.

    Looks, in order, for a module-level ``detach_array_buffer(buffer, key)`` in
    the binary-data builtin modules.  The per-object fallback (a ``detach(key)``
    method on the buffer) is checked in :func:`_detach`.
    """
    global _detach_hook
    if _detach_hook is False:
        _detach_hook = None
        for name in ("pyjs.builtins.typed_arrays", "pyjs.builtins.arraybuffer",
                     "pyjs.builtins.array_buffer", "pyjs.builtins.binary"):
            try:
                mod = importlib.import_module(name)
            except ImportError:
                continue
            fn = getattr(mod, "detach_array_buffer", None)
            if callable(fn):
                _detach_hook = fn
                break
    return _detach_hook


def _define(obj, name, value):
    obj.props[name] = Prop(value, HIDDEN)


def install_host(realm, output, agent_host=None):
    """Install ``print`` and ``$262`` on ``realm``; ``print`` appends to ``output``.

    ``agent_host`` is the :class:`.agents.AgentHost` of a started agent, ``None`` in
    the main agent.  ``realm.host`` must be an :class:`.agents.EventLoop` (or None)."""
    from pyjs.interp.ops import to_string
    loop = realm.host
    if isinstance(loop, EventLoop):
        loop.add_realm(realm)

    def print_(this, args):
        v = args[0] if args else None
        try:
            s = v if type(v) is str else to_string(v)
        except JSError:
            raise
        output.append(s)
        return None

    realm.set_global("print", NativeFunction(realm, print_, "print", 1))

    d262 = JSObject(realm.object_prototype)

    def create_realm(this, args):
        other = Realm(host=loop)
        return install_host(other, output, agent_host)

    def eval_script(this, args):
        src = args[0] if args else None
        if type(src) is not str:
            src = to_string(src)
        try:
            compiled = realm.compile_script(src, "<evalScript>")
        except JSError as e:
            e.value                 # materialize the SyntaxError in this realm
            raise
        return realm.run_script(compiled)

    def detach_array_buffer(this, args):
        buf = args[0] if args else None
        key = args[1] if len(args) > 1 else None
        hook = find_detach_hook()
        if hook is not None:
            hook(buf, key)
            return None
        meth = getattr(type(buf), "detach", None) if isinstance(buf, JSObject) else None
        if callable(meth):
            buf.detach(key)
            return None
        raise type_error("$262.detachArrayBuffer: the engine offers no DetachArrayBuffer hook")

    def gc(this, args):
        _gc.collect()
        return None

    _define(d262, "createRealm", NativeFunction(realm, create_realm, "createRealm", 0))
    _define(d262, "evalScript", NativeFunction(realm, eval_script, "evalScript", 1))
    _define(d262, "detachArrayBuffer",
            NativeFunction(realm, detach_array_buffer, "detachArrayBuffer", 1))
    _define(d262, "gc", NativeFunction(realm, gc, "gc", 0))
    _define(d262, "global", realm.global_object)
    _define(d262, "IsHTMLDDA", HTMLDDAFunction(realm, lambda this, args: null, "IsHTMLDDA", 0))
    if agent_host is None:
        def make_agent_realm(agent_loop, ah):
            other = Realm(host=agent_loop)
            install_host(other, output, ah)
            return other
        install_agent_api(realm, d262, make_agent_realm)
    else:
        install_started_agent_api(realm, d262, agent_host)
    realm.set_global("$262", d262)
    return d262


def make_realm(output):
    """A fresh realm with the test262 host API and its own event loop (``realm.host``);
    ``print`` appends to ``output``."""
    realm = Realm(host=EventLoop())
    install_host(realm, output)
    return realm
