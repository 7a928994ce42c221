"""Promise (https://tc39.es/ecma262/#sec-promise-objects).

Reactions may be JS functions or Python callables: the engine's own awaits
and the host's I/O resolve promises without creating JS closures.
"""
from functools import partial

from ..interp.agent import state
from ..interp.ops import (is_callable, is_constructor, call, get_iterator, iterator_step_value,
                          iterator_close, species_constructor, get_prototype_from_constructor,
                          describe, same_value)
from ..interp.functions import NativeFunction
from ..interp.values import (JSObject, JSError, Prop, HIDDEN, MISSING, CONFIGURABLE, null,
                             type_error, SYM_SPECIES, SYM_TO_STRING_TAG)
from ._helpers import arg, method, make_constructor, install_global, getter, native

PENDING, FULFILLED, REJECTED = "pending", "fulfilled", "rejected"


class JSPromise(JSObject):
    """A promise.  ``reactions`` holds the PromiseFulfillReactions and
    PromiseRejectReactions of a pending promise as one list of (fulfill, reject)
    reaction pairs (created on the first then), None otherwise.  A reaction is a
    PromiseReaction record, the tuple (capability or None, is_reject, handler) with
    a JS function or None (the identity or thrower) as handler; or, for the
    engine's own awaits and host code, a Python callable, which its job calls with
    the argument and nothing else."""

    __slots__ = ("promise_state", "result", "reactions", "is_handled")
    class_name = "Promise"

    def __init__(self, proto, promise_state=PENDING, result=None):
        self.props = {}
        self.proto = proto
        self.extensible = True
        self.promise_state = promise_state      # (made settled only where no reaction can exist yet)
        self.result = result
        self.reactions = None
        self.is_handled = False


class Capability:
    """A PromiseCapability record with Python-callable resolve/reject."""

    __slots__ = ("promise", "resolve_fn", "reject_fn")

    def __init__(self, promise, resolve_fn, reject_fn):
        self.promise = promise
        self.resolve_fn = resolve_fn
        self.reject_fn = reject_fn

    def resolve(self, v):
        f = self.resolve_fn
        if isinstance(f, JSObject):
            f.call(None, [v])
        else:
            f(v)

    def reject(self, r):
        f = self.reject_fn
        if isinstance(f, JSObject):
            f.call(None, [r])
        else:
            f(r)


class IntrinsicCapability:
    """NewPromiseCapability(%Promise%): a fresh promise and its resolving
    functions, which nothing outside the engine can see, as Python methods sharing
    one [[AlreadyResolved]] flag (no per-capability closures)."""

    __slots__ = ("promise", "done")

    def __init__(self, promise):
        self.promise = promise
        self.done = False

    def resolve(self, v):
        if not self.done:
            self.done = True
            resolve_with(self.promise, v)

    def reject(self, r):
        if not self.done:
            self.done = True
            reject_promise(self.promise, r)

    @property
    def resolve_fn(self):
        return self.resolve

    @property
    def reject_fn(self):
        return self.reject


def fulfill_promise(p, value):
    reactions = p.reactions
    p.result = value
    p.reactions = None
    p.promise_state = FULFILLED
    if reactions:
        trigger_reactions(reactions, 0, value)


def reject_promise(p, reason):
    reactions = p.reactions
    p.result = reason
    p.reactions = None
    p.promise_state = REJECTED
    if not p.is_handled:
        track_rejection(p, "reject")
    if reactions:
        trigger_reactions(reactions, 1, reason)


def track_rejection(p, operation):
    """HostPromiseRejectionTracker."""
    realm = state.realm
    hook = getattr(realm, "on_unhandled_rejection", None) if realm is not None else None
    if hook is not None:
        hook(p, operation)


def trigger_reactions(reactions, which, argument):
    """TriggerPromiseReactions: ``which`` picks the fulfill (0) or reject (1)
    reaction of each pair."""
    realm = state.realm
    direct = realm.host is None
    jobs = realm.jobs
    for pair in reactions:
        reaction = pair[which]
        job = partial(_run_reaction, reaction, argument) if type(reaction) is tuple else \
            partial(reaction, argument)
        if direct:
            jobs.append(job)
        else:
            realm.enqueue_job(job)


def enqueue(realm, job):
    """HostEnqueuePromiseJob: straight onto the queue when no host watches it."""
    if realm.host is None:
        realm.jobs.append(job)
    else:
        realm.enqueue_job(job)


def reaction_job(reaction, argument):
    """NewPromiseReactionJob (https://tc39.es/ecma262/#sec-newpromisereactionjob).
    The job is a C-level partial, not a fresh closure."""
    if type(reaction) is tuple:
        return partial(_run_reaction, reaction, argument)
    return partial(reaction, argument)


def _run_reaction(reaction, argument):
    cap, is_reject, handler = reaction
    if handler is None:
        result, ok = argument, not is_reject
    else:
        try:
            result, ok = handler.call(None, [argument]), True
        except JSError as e:
            result, ok = e.value, False
    if cap is None:
        return
    if ok:
        cap.resolve(result)
    else:
        cap.reject(result)


def resolve_with(p, resolution):
    """The body of a promise resolve function (https://tc39.es/ecma262/#sec-promise-resolve-functions)."""
    if resolution is p:
        reject_promise(p, state.realm.new_error("TypeError", "Chaining cycle detected for promise"))
        return
    if not isinstance(resolution, JSObject):
        fulfill_promise(p, resolution)
        return
    try:
        then = resolution.get("then", resolution)
    except JSError as e:
        reject_promise(p, e.value)
        return
    if not is_callable(then):
        fulfill_promise(p, resolution)
        return
    realm = state.realm

    def thenable_job():
        resolve_fn, reject_fn = create_resolving_functions(realm, p)
        try:
            then.call(resolution, [resolve_fn, reject_fn])
        except JSError as e:
            reject_fn.call(None, [e.value])
    enqueue(realm, thenable_job)


def create_resolving_functions(realm, p):
    """https://tc39.es/ecma262/#sec-createresolvingfunctions"""
    done = [False]

    def resolve(this, args):
        if done[0]:
            return None
        done[0] = True
        resolve_with(p, arg(args, 0))
        return None

    def reject(this, args):
        if done[0]:
            return None
        done[0] = True
        reject_promise(p, arg(args, 0))
        return None
    return native(realm, resolve, "", 1), native(realm, reject, "", 1)


def new_promise_capability_intrinsic(realm):
    """NewPromiseCapability(%Promise%) without observable steps."""
    return IntrinsicCapability(JSPromise(realm.intrinsics["%Promise.prototype%"]))


def new_promise_capability(c):
    """https://tc39.es/ecma262/#sec-newpromisecapability"""
    realm = state.realm
    if c is realm.intrinsics["%Promise%"]:
        return new_promise_capability_intrinsic(realm)
    if not is_constructor(c):
        raise type_error(f"{describe(c)} is not a constructor")
    slots = [None, None]

    def executor(this, args):
        if slots[0] is not None or slots[1] is not None:
            raise type_error("Promise executor has already been invoked")
        slots[0] = arg(args, 0)
        slots[1] = arg(args, 1)
        return None
    p = c.construct([native(realm, executor, "", 2)], c)
    if not is_callable(slots[0]) or not is_callable(slots[1]):
        raise type_error("Promise resolve or reject function is not callable")
    return Capability(p, slots[0], slots[1])


def perform_promise_then(p, on_fulfilled, on_rejected, cap):
    """https://tc39.es/ecma262/#sec-performpromisethen"""
    if not is_callable(on_fulfilled):
        on_fulfilled = None
    if not is_callable(on_rejected):
        on_rejected = None
    _add_reactions(p, (cap, False, on_fulfilled), (cap, True, on_rejected))
    return None if cap is None else cap.promise


def _add_reactions(p, fr, rr):
    s = p.promise_state
    if s is PENDING:
        if p.reactions is None:
            p.reactions = [(fr, rr)]
        else:
            p.reactions.append((fr, rr))
    elif s is FULFILLED:
        enqueue(state.realm, reaction_job(fr, p.result))
    else:
        if not p.is_handled:
            track_rejection(p, "handle")
        enqueue(state.realm, reaction_job(rr, p.result))
    p.is_handled = True


def perform_promise_then_native(p, on_fulfilled, on_rejected):
    """Attach Python callables as reactions (used by await and host code)."""
    s = p.promise_state
    if s is PENDING:
        if p.reactions is None:
            p.reactions = [(on_fulfilled, on_rejected)]
        else:
            p.reactions.append((on_fulfilled, on_rejected))
    elif s is FULFILLED:
        enqueue(state.realm, partial(on_fulfilled, p.result))
    else:
        if not p.is_handled:
            track_rejection(p, "handle")
        enqueue(state.realm, partial(on_rejected, p.result))
    p.is_handled = True


def is_unmodified_promise(x, realm):
    """Is ``x`` a promise of ``realm`` whose Get(x, "constructor") is sure to give
    %Promise% without running any code: no own "constructor", and its prototype is
    the intrinsic %Promise.prototype% still holding %Promise% as a data property?
    (PromiseResolve's Get is then unobservable, so it can be skipped.)"""
    if type(x) is not JSPromise or x.proto is not realm.promise_prototype or "constructor" in x.props:
        return False
    c = x.proto.props.get("constructor")
    return type(c) is Prop and c.value is realm.promise_constructor


def promise_species_constructor(p, realm):
    """SpeciesConstructor(p, %Promise%) (https://tc39.es/ecma262/#sec-speciesconstructor)
    for a promise ``p`` of ``realm``.  When the Get of p's "constructor" runs no code
    and gives %Promise% (is_unmodified_promise) and %Promise%[@@species] is still the
    original accessor, whose getter returns its this value, both Gets are
    unobservable and give %Promise%."""
    c = realm.promise_constructor
    if is_unmodified_promise(p, realm) and c.props.get(SYM_SPECIES) is realm.promise_species:
        return c
    return species_constructor(p, c)


def promise_resolve(c, x):
    """https://tc39.es/ecma262/#sec-promise-resolve"""
    if isinstance(x, JSPromise):
        realm = state.realm
        if c is realm.promise_constructor and is_unmodified_promise(x, realm):
            return x
        ctor = x.get("constructor", x)
        if ctor is c:
            return x
    cap = new_promise_capability(c)
    cap.resolve(x)
    return cap.promise


def promise_resolve_intrinsic(x):
    realm = state.realm
    if is_unmodified_promise(x, realm):
        return x
    return promise_resolve(realm.intrinsics["%Promise%"], x)


def _this_promise(this, name):
    if not isinstance(this, JSPromise):
        raise type_error(f"Method Promise.prototype.{name} called on incompatible receiver {describe(this)}")
    return this


def setup(realm):
    proto = JSObject(realm.object_prototype)
    realm.intrinsics["%Promise.prototype%"] = proto

    def construct(args, new_target):
        executor = arg(args, 0)
        if not is_callable(executor):
            raise type_error(f"Promise resolver {describe(executor)} is not a function")
        p = JSPromise(get_prototype_from_constructor(new_target, "%Promise.prototype%"))
        resolve, reject = create_resolving_functions(realm, p)
        try:
            executor.call(None, [resolve, reject])
        except JSError as e:
            reject.call(None, [e.value])
        return p

    def call_(this, args):
        raise type_error("Promise constructor cannot be invoked without 'new'")

    ctor = make_constructor(realm, "Promise", 1, call_, construct, proto)
    realm.promise_prototype = proto         # for is_unmodified_promise
    realm.promise_constructor = ctor
    install_global(realm, "Promise", ctor)
    proto.props[SYM_TO_STRING_TAG] = Prop("Promise", CONFIGURABLE)
    getter(realm, ctor, SYM_SPECIES)(lambda this, args: this)
    realm.promise_species = ctor.props[SYM_SPECIES]     # for promise_species_constructor

    @method(realm, proto, "then", 2)
    def then(this, args):
        p = _this_promise(this, "then")
        c = promise_species_constructor(p, realm)
        cap = new_promise_capability(c)
        return perform_promise_then(p, arg(args, 0), arg(args, 1), cap)

    @method(realm, proto, "catch", 1)
    def catch(this, args):
        return call(_get(this, "then"), this, [None, arg(args, 0)])

    @method(realm, proto, "finally", 1)
    def finally_(this, args):
        if not isinstance(this, JSObject):
            raise type_error("Promise.prototype.finally called on a non-object")
        c = species_constructor(this, ctor)
        on_finally = arg(args, 0)
        if not is_callable(on_finally):
            then_f, catch_f = on_finally, on_finally
        else:
            def then_finally(_, a):
                value = arg(a, 0)
                result = on_finally.call(None, [])
                p = promise_resolve(c, result)
                return call(_get(p, "then"), p, [native(realm, lambda t, x: value, "", 0)])

            def catch_finally(_, a):
                reason = arg(a, 0)
                result = on_finally.call(None, [])
                p = promise_resolve(c, result)

                def thrower(t, x):
                    raise JSError(reason)
                return call(_get(p, "then"), p, [native(realm, thrower, "", 0)])
            then_f = native(realm, then_finally, "", 1)
            catch_f = native(realm, catch_finally, "", 1)
        return call(_get(this, "then"), this, [then_f, catch_f])

    @method(realm, ctor, "resolve", 1)
    def resolve(this, args):
        if not isinstance(this, JSObject):
            raise type_error("PromiseResolve called on non-object")
        return promise_resolve(this, arg(args, 0))

    @method(realm, ctor, "reject", 1)
    def reject(this, args):
        cap = new_promise_capability(this)
        cap.reject(arg(args, 0))
        return cap.promise

    @method(realm, ctor, "withResolvers", 0)
    def with_resolvers(this, args):
        cap = new_promise_capability(this)
        o = realm.new_object()
        o.props["promise"] = cap.promise
        o.props["resolve"] = _as_function(realm, cap.resolve_fn, cap.resolve)
        o.props["reject"] = _as_function(realm, cap.reject_fn, cap.reject)
        return o

    @method(realm, ctor, "try", 1)
    def try_(this, args):
        if not isinstance(this, JSObject):
            raise type_error("Promise.try called on non-object")
        cap = new_promise_capability(this)
        try:
            r = call(arg(args, 0), None, list(args[1:]))
        except JSError as e:
            cap.reject(e.value)
        else:
            cap.resolve(r)
        return cap.promise

    def combinator(name, body):
        def m(this, args):
            cap = new_promise_capability(this)
            try:
                resolve_fn = _get(this, "resolve")
                if not is_callable(resolve_fn):
                    raise type_error("Promise resolve is not a function")
                rec = get_iterator(arg(args, 0))
            except JSError as e:
                cap.reject(e.value)
                return cap.promise
            try:
                return body(this, rec, cap, resolve_fn)
            except JSError as e:
                if not rec.done:
                    iterator_close(rec, e)
                cap.reject(e.value)
                return cap.promise
        method(realm, ctor, name, 1)(m)

    def each(rec, c, resolve_fn, on_item):
        index = 0
        while True:
            v = iterator_step_value(rec)
            if v is MISSING:
                return index
            next_promise = resolve_fn.call(c, [v])
            on_item(index, next_promise)
            index += 1

    def all_like(mode):
        def body(c, rec, cap, resolve_fn):
            values = []
            remaining = [1]

            def finish():
                remaining[0] -= 1
                if remaining[0] == 0:
                    if mode == "any":
                        err = realm.new_error("AggregateError", "All promises were rejected")
                        err.props["errors"] = Prop(realm.new_array(values), HIDDEN)
                        cap.reject(err)
                    else:
                        cap.resolve(realm.new_array(values))

            def on_item(i, p):
                values.append(None)
                remaining[0] += 1
                called = [False]

                def settle(kind):
                    def f(this, a):
                        if called[0]:
                            return None
                        called[0] = True
                        x = arg(a, 0)
                        if mode == "allSettled":
                            o = realm.new_object()
                            o.props["status"] = "fulfilled" if kind == "ok" else "rejected"
                            o.props["value" if kind == "ok" else "reason"] = x
                            values[i] = o
                        else:
                            values[i] = x
                        finish()
                        return None
                    return native(realm, f, "", 1)
                if mode == "all":
                    ok, err = settle("ok"), cap.reject_fn
                elif mode == "allSettled":
                    ok, err = settle("ok"), settle("err")
                else:
                    ok, err = cap.resolve_fn, settle("err")
                call(_get(p, "then"), p, [_as_function(realm, ok, None), _as_function(realm, err, None)])
            each(rec, c, resolve_fn, on_item)
            finish()
            return cap.promise
        return body

    combinator("all", all_like("all"))
    combinator("allSettled", all_like("allSettled"))
    combinator("any", all_like("any"))

    def race_body(c, rec, cap, resolve_fn):
        def on_item(i, p):
            call(_get(p, "then"), p, [_as_function(realm, cap.resolve_fn, cap.resolve),
                                      _as_function(realm, cap.reject_fn, cap.reject)])
        each(rec, c, resolve_fn, on_item)
        return cap.promise
    combinator("race", race_body)


def _get(o, key):
    from ..interp.ops import get_v
    return get_v(o, key)


def _as_function(realm, fn, py):
    """A JS function for a capability's resolve/reject (wrapping Python callables)."""
    if isinstance(fn, JSObject):
        return fn
    f = fn if py is None else py
    return native(realm, lambda this, args: f(arg(args, 0)), "", 1)
