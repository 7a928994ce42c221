"""Generators, async functions and async generators at run time.

A generator-kind function body is a Python generator (see
:mod:`pyjs.interp.compiler.suspend`) yielding ``(kind, value)`` pairs.  The
objects here drive it: the JS generator object resumes it on ``next``/
``throw``/``return``; async functions resume it from promise reactions.
"""
from functools import partial
from types import GeneratorType

from .agent import state
from .values import JSError, JSObject, MISSING, Prop, type_error, range_error
from .ops import (create_iter_result, get_iterator, call, get_method, get_prototype_from_constructor,
                  iterator_close, iterator_complete, iterator_value)
from .runtime import register_iterator_class

AWAIT = 0
YIELD = 1
YIELD_RAW = 2
AWAIT_LATER = 3     # an await whose body found that it cannot complete at once (see await_now)


class GeneratorReturn(BaseException):
    """Unwinds a suspended generator for ``return(value)``; JS ``catch`` never sees it."""

    def __init__(self, value):
        self.value = value


SUSPENDED_START, SUSPENDED_YIELD, EXECUTING, COMPLETED = range(4)


class JSGenerator(JSObject):
    """A generator object (https://tc39.es/ecma262/#sec-generator-objects)."""

    __slots__ = ("pygen", "gen_state", "realm")
    class_name = "Generator"

    def __init__(self, proto, pygen, realm):
        super().__init__(proto)
        self.pygen = pygen
        self.gen_state = SUSPENDED_START
        self.realm = realm

    def resume(self, mode, value):
        """GeneratorResume / GeneratorResumeAbrupt: the iterator result object."""
        v, done = self._resume(mode, value)
        return v if done is None else create_iter_result(v, done)

    def step_value(self):
        """IteratorStepValue of a for-of's ``next()``: the value, or MISSING when
        done, without the result object the loop would only read back.  A suspended
        generator (at its start or a yield) is resumed here, as _resume's ``next``
        would (a for-of resumes its generators once per iteration: the frame and
        tests saved count)."""
        if self.gen_state < EXECUTING:      # SUSPENDED_START or SUSPENDED_YIELD
            st = state
            st.calls = calls = st.calls + 1
            if calls > st.call_limit:
                _check_limits(st)
            self.gen_state = EXECUTING
            try:
                kind, v = self.pygen.send(None)
            except (StopIteration, GeneratorReturn):
                self._finish()
                return MISSING
            except BaseException:
                self._finish()
                raise
            self.gen_state = SUSPENDED_YIELD
            if kind != YIELD_RAW:
                return v
            done = None
        else:
            v, done = self._resume("next", None)
        if done is None:    # a yield* passing on its inner iterator's result object
            if iterator_complete(v):
                return MISSING
            return v.get("value", v)
        return MISSING if done else v

    def _resume(self, mode, value):
        """(value, done) of the resumption, or (result object, None) when a yield*
        passes on its inner iterator's result as it is.

        A resumption counts as a JS call for the depth limit (its frame is one of
        agent.call_depth's): generators resuming generators (``yield* g()`` in g)
        otherwise nest until Python's own recursion limit, some 20,000 levels, where
        every exception raised walks CPython's chain of the running generators'
        exception states, quadratic in the depth."""
        s = self.gen_state
        if s == EXECUTING:
            raise type_error("Generator is already running")
        if s == COMPLETED or (s == SUSPENDED_START and mode != "next"):
            self.gen_state = COMPLETED
            self.pygen = None
            if mode == "throw":
                raise JSError(value)
            return (value if mode == "return" else None), True
        st = state
        st.calls = calls = st.calls + 1     # the body runs one frame deeper: a call, for the depth limit
        if calls > st.call_limit:
            _check_limits(st)
        self.gen_state = EXECUTING
        g = self.pygen
        try:
            if mode == "next":
                out = g.send(value if s == SUSPENDED_YIELD else None)
            elif mode == "throw":
                out = g.throw(JSError(value))
            else:
                out = g.throw(GeneratorReturn(value))
        except StopIteration as stop:
            self._finish()
            return stop.value, True
        except GeneratorReturn as r:
            self._finish()
            return r.value, True
        except BaseException:
            self._finish()
            raise
        self.gen_state = SUSPENDED_YIELD
        kind, v = out
        if kind == YIELD_RAW:
            return v, None
        return v, False

    def _finish(self):
        self.gen_state = COMPLETED
        self.pygen = None


register_iterator_class(JSGenerator, "%GeneratorPrototype.next%", JSGenerator.step_value)


def run_generator(code, fobj, env, args):
    """[[Call]] of a generator function: bind params, then return a suspended generator."""
    if code.setup is not None:
        code.setup(env, args, fobj)
    return generator_start(fobj, code.body(env))


def generator_start(fobj, pygen):
    """The generator object a call of the generator function ``fobj`` returns, its
    parameters bound and ``pygen`` its body, not started: OrdinaryCreateFromConstructor
    then GeneratorStart (https://tc39.es/ecma262/#sec-runtime-semantics-evaluategeneratorbody).
    A generated [[Call]] (codegen generator_call_function) calls it too."""
    return JSGenerator(get_prototype_from_constructor(fobj, "%GeneratorPrototype%"), pygen, fobj.realm)


def yield_star(value, is_async):
    """``yield*`` (https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation)."""
    rec = get_iterator(value, "async" if is_async else "sync")
    it = rec.iterator
    mode, received = "next", None
    while True:
        if mode == "next":
            r = call(rec.next_method, it, [received])
        elif mode == "throw":
            m = get_method(it, "throw")
            if m is None:
                if is_async:
                    from .compiler.suspend import _async_iterator_close
                    yield from _async_iterator_close(rec, None)
                else:
                    iterator_close(rec)
                raise type_error("The iterator does not provide a 'throw' method")
            r = m.call(it, [received])
        else:
            m = get_method(it, "return")
            if m is None:
                if is_async:
                    received = yield (AWAIT, received)
                raise GeneratorReturn(received)
            r = m.call(it, [received])
        if is_async:
            r = yield (AWAIT, r)
        if not isinstance(r, JSObject):
            raise type_error("Iterator result is not an object")
        done = iterator_complete(r)
        if done:
            v = iterator_value(r)
            if mode == "return":
                raise GeneratorReturn(v)
            return v
        try:
            if is_async:
                received = yield (YIELD, (yield (AWAIT, iterator_value(r))) if False else iterator_value(r))
            else:
                received = yield (YIELD_RAW, r)
            mode = "next"
        except JSError as e:
            mode, received = "throw", e.value
        except GeneratorReturn as g:
            mode, received = "return", g.value


# -- async functions ------------------------------------------------------------------


def run_async(code, fobj, env, args):
    """[[Call]] of an async function on an environment made by FunctionCode.invoke:
    bind the parameters and run the body until it first awaits (AsyncFunctionStart,
    https://tc39.es/ecma262/#sec-async-functions-abstract-operations-async-function-start)."""
    realm = fobj.realm
    try:
        if code.setup is not None:
            code.setup(env, args, fobj)
        g = code.body(env)
    except JSError as e:
        return async_throw(realm, e.value)
    if type(g) is GeneratorType:
        return async_start(realm, g)
    return async_return(realm, g)


def async_entry(fobj, this, args):
    """``code.entry`` of an async function (arguments as a list): see async_fast."""
    return async_fast(fobj, this, *args)


def async_fast(fobj, this, *args):
    """``code.fast`` of an async function the code generator has not given one of its
    own: its whole [[Call]] with the arguments passed positionally (what
    ScriptFunction._call_slow, FunctionCode.invoke and run_async do, in one frame).

    ``code.body`` gives a Python generator, or (a generated body without ``await``)
    the body's completion value at once."""
    st = state
    realm = st.realm
    if fobj.realm is not realm:
        return fobj._call_slow(this, list(args))
    code = fobj.code
    st.calls = calls = st.calls + 1
    try:
        if calls > st.call_limit:
            _check_limits(st)
        env = code.template.copy()
        env[0] = fobj.env
        if code.has_this:
            if code.strict or isinstance(this, JSObject):
                env[1] = this
            else:
                env[1] = code.sloppy_this(fobj, this)
            env[3] = fobj
        try:
            slots = code.param_slots
            if slots is not None:
                if len(slots) == 1:         # (cheaper than a zip)
                    if args:
                        env[slots[0]] = args[0]
                else:
                    n = len(args)
                    i = 0
                    for slot in slots:
                        if i == n:
                            break
                        env[slot] = args[i]
                        i += 1
                for slot, value in code.param_defaults:
                    if env[slot] is None:
                        env[slot] = value
            else:
                setup = code.setup
                if setup is not None:
                    setup(env, args, fobj)
            g = code.body(env)
        except JSError as e:
            return async_throw(realm, e.value)
        if type(g) is GeneratorType:
            return async_start(realm, g)
        return async_return(realm, g)
    except RecursionError:
        raise range_error("Maximum call stack size exceeded") from None


def async_start(realm, g):
    """Run an async function's body ``g`` (a Python generator) until it first
    awaits, and return the function's promise.

    The promise capability of %Promise% is unobservable, so the promise is made
    only now, by async_return or async_throw when the body ended without
    awaiting."""
    try:
        out = g.send(None)
    except StopIteration as stop:
        return async_return(realm, stop.value)
    except JSError as e:
        return async_throw(realm, e.value)
    p = JSPromise(realm.promise_prototype)
    d = AsyncDriver(g, p)
    await_value(out[1], d.resume, d.fail)
    return p


def async_return(realm, v):
    """The promise of an async function whose body returned ``v`` before it
    awaited: resolved with ``v``; a non-object, which nothing can have reacted to
    yet, makes it fulfilled at once."""
    if isinstance(v, JSObject):
        p = JSPromise(realm.promise_prototype)
        _promise.resolve_with(p, v)
        return p
    return JSPromise(realm.promise_prototype, FULFILLED, v)


def async_throw(realm, reason):
    """The promise of an async function whose body threw ``reason`` before it awaited."""
    p = JSPromise(realm.promise_prototype)
    _promise.reject_promise(p, reason)
    return p


class AsyncDriver:
    """Resumes an async function body each time an awaited promise settles, and
    settles the function's promise when the body ends.

    ``resume``/``fail`` are bound once (the await reactions of every await); they
    are dropped when the body completes, breaking the driver's reference cycle.

    They run only as promise jobs.  When such a job's body awaits again and that
    await's reaction job would be the only job in the queue (see await_now), the
    body is resumed at once, in this job, instead of queueing the reaction and
    returning to the drain loop, which would pop and run it before anything else.
    (A generated body does the same check itself at each await once it has been
    resumed, without suspending: codegen's x_AwaitExpression.)"""

    __slots__ = ("gen", "promise", "resume", "fail")

    def __init__(self, gen, promise):
        self.gen = gen
        self.promise = promise
        self.resume = self._resume
        self.fail = self._fail

    def on_return(self, value):
        _promise.resolve_with(self.promise, value)

    def on_throw(self, reason):
        _promise.reject_promise(self.promise, reason)

    def step(self, mode, value):
        """Start or resume the body outside a job (module evaluation)."""
        self._advance(self.gen.send if mode == "next" else self._throw_in, value)

    def _throw_in(self, reason):
        return self.gen.throw(JSError(reason))

    def _advance(self, run, value):
        """Run the body to its next await (``run`` sends or throws ``value`` in) and
        await there; or report how it ended.  (_resume, the hot path, inlines this.)"""
        try:
            out = run(value)
        except StopIteration as stop:
            self.resume = self.fail = None
            self.on_return(stop.value)
            return
        except JSError as e:
            self.resume = self.fail = None
            self.on_throw(e.value)
            return
        await_value(out[1], self.resume, self.fail)

    def _resume(self, value):
        g = self.gen
        while True:
            try:
                out = g.send(value)
            except StopIteration as stop:
                self.resume = self.fail = None
                self.on_return(stop.value)
                return
            except JSError as e:
                self.resume = self.fail = None
                self.on_throw(e.value)
                return
            kind, v = out
            if kind == AWAIT_LATER:
                break
            value = await_now(v)
            if value is MISSING:
                break
        await_value(v, self.resume, self.fail)

    def _fail(self, reason):
        self._advance(self._throw_in, reason)


class CallbackDriver(AsyncDriver):
    """An AsyncDriver that reports the body's end to Python callbacks instead of
    settling a promise (a module body with top-level await)."""

    __slots__ = ("on_return", "on_throw")

    def __init__(self, gen, on_return, on_throw):
        super().__init__(gen, None)
        self.on_return = on_return
        self.on_throw = on_throw


def await_now(v):
    """Await ``v`` at once, for code that runs inside a promise job and whose await
    reaction would be the job run next: return the value the await resumes with,
    or MISSING when it must suspend.

    When the job queue is empty and no host watches it (``realm.host`` is None),
    the reaction job of an await on a primitive, or on a fulfilled promise whose
    PromiseResolve runs no code (see promise.is_unmodified_promise, inlined here),
    would be the only job: the drain loop would pop and run it as soon as the
    running job ends, with nothing observable in between.  So the code resumed by
    that job may run on now.  Of PerformPromiseThen only the [[PromiseIsHandled]]
    mark stays visible.  The caller must know it runs in a job whose end returns to
    the drain loop: an async function body resumed by its AsyncDriver (after its
    first await), never the part of a body that runs inside its caller's call."""
    realm = state.realm
    if type(v) is JSPromise:
        if v.promise_state is FULFILLED and not realm.jobs and realm.host is None \
                and v.proto is realm.promise_prototype and "constructor" not in v.props \
                and type(c := v.proto.props.get("constructor")) is Prop \
                and c.value is realm.promise_constructor:
            v.is_handled = True
            return v.result
        return MISSING
    if isinstance(v, JSObject) or realm.jobs or realm.host is not None:
        return MISSING
    return v


def await_later(v):
    """await_now for code that may not run on: the part of an async function body
    that runs inside its caller's call, before its first await has suspended it."""
    return MISSING


def await_value(v, on_fulfilled, on_rejected):
    """Await (https://tc39.es/ecma262/#await): resume via promise jobs.

    PromiseResolve(%Promise%, v) then PerformPromiseThen with Python reactions.
    A primitive becomes a promise already fulfilled with it, which nothing can see:
    its reaction job is queued at once.  A promise whose ``constructor`` lookup
    cannot run code (see promise.is_unmodified_promise, inlined here) is used as
    is without the Get."""
    realm = state.realm
    if type(v) is JSPromise and v.proto is realm.promise_prototype and "constructor" not in v.props \
            and type(c := v.proto.props.get("constructor")) is Prop and c.value is realm.promise_constructor:
        if v.promise_state is FULFILLED:        # PerformPromiseThen on a fulfilled promise
            v.is_handled = True
            if realm.host is None:
                realm.jobs.append(partial(on_fulfilled, v.result))
            else:
                realm.enqueue_job(partial(on_fulfilled, v.result))
            return
    elif not isinstance(v, JSObject):
        _promise.enqueue(realm, partial(on_fulfilled, v))
        return
    else:
        try:
            v = _promise.promise_resolve(realm.intrinsics["%Promise%"], v)
        except JSError as e:
            _promise.enqueue(realm, partial(on_rejected, e.value))
            return
    _promise.perform_promise_then_native(v, on_fulfilled, on_rejected)


# -- async generators ------------------------------------------------------------------


class JSAsyncGenerator(JSObject):
    """https://tc39.es/ecma262/#sec-asyncgenerator-objects"""

    __slots__ = ("pygen", "gen_state", "queue", "realm")
    class_name = "AsyncGenerator"

    def __init__(self, proto, pygen, realm):
        super().__init__(proto)
        self.pygen = pygen
        self.gen_state = SUSPENDED_START
        self.queue = []
        self.realm = realm

    def enqueue(self, mode, value, cap):
        """AsyncGeneratorEnqueue + resume when idle."""
        self.queue.append((mode, value, cap))
        if self.gen_state not in (EXECUTING, AWAITING_RETURN):
            self.resume_next()

    def resume_next(self):
        """AsyncGeneratorResumeNext (drain the request queue)."""
        while self.queue:
            s = self.gen_state
            if s in (EXECUTING, AWAITING_RETURN):
                return
            mode, value, cap = self.queue[0]
            if mode != "next" and s == SUSPENDED_START:
                self.gen_state = s = COMPLETED
            if s == COMPLETED:
                if mode == "next":
                    self.queue.pop(0)
                    cap.resolve(create_iter_result(None, True))
                    continue
                if mode == "return":
                    self.gen_state = AWAITING_RETURN

                    def ok(v, self=self):
                        self.gen_state = COMPLETED
                        self._settle(False, create_iter_result(v, True))

                    def err(e, self=self):
                        self.gen_state = COMPLETED
                        self._settle(True, e)
                    await_value(value, ok, err)
                    return
                self.queue.pop(0)
                cap.reject(value)
                continue
            self._run(mode, value)
            return

    def _settle(self, is_error, value):
        mode, v, cap = self.queue.pop(0)
        if is_error:
            cap.reject(value)
        else:
            cap.resolve(value)
        self.resume_next()

    def _run(self, mode, value):
        """Resume the body; a call for the depth limit, as JSGenerator._resume is
        (``yield* g()`` in async generator g nests resumptions synchronously too)."""
        st = state
        st.calls = calls = st.calls + 1
        if calls > st.call_limit:
            _check_limits(st)
        prev = self.gen_state
        self.gen_state = EXECUTING
        g = self.pygen
        try:
            if mode == "next":
                out = g.send(value if prev == SUSPENDED_YIELD else None)
            elif mode == "throw":
                out = g.throw(JSError(value))
            else:
                out = g.throw(GeneratorReturn(value))
        except StopIteration as stop:
            self.gen_state = COMPLETED
            self.pygen = None
            self._settle(False, create_iter_result(stop.value, True))
            return
        except GeneratorReturn as r:
            self.gen_state = COMPLETED
            self.pygen = None
            self._settle(False, create_iter_result(r.value, True))
            return
        except JSError as e:
            self.gen_state = COMPLETED
            self.pygen = None
            self._settle(True, e.value)
            return
        self._handle(out)

    def _handle(self, out):
        kind, v = out
        if kind == AWAIT:
            def ok(r, self=self):
                self.gen_state = SUSPENDED_YIELD
                self._run("next", r)

            def err(e, self=self):
                self.gen_state = SUSPENDED_YIELD
                self._run("throw", e)
            await_value(v, ok, err)
            return
        self.gen_state = SUSPENDED_YIELD
        self._settle(False, create_iter_result(v, False))


AWAITING_RETURN = 4


def run_async_generator(code, fobj, env, args):
    if code.setup is not None:
        code.setup(env, args, fobj)
    proto = get_prototype_from_constructor(fobj, "%AsyncGeneratorPrototype%")
    return JSAsyncGenerator(proto, code.body(env), fobj.realm)


def runner_for(kind):
    return {"generator": run_generator, "async": run_async,
            "asyncgen": run_async_generator}[kind]


from ..builtins import promise as _promise  # noqa: E402  (it imports this module's siblings)
from ..builtins.promise import JSPromise, FULFILLED  # noqa: E402
from .functions import _check_limits  # noqa: E402
from .agent import count_frames_of  # noqa: E402

count_frames_of(async_fast.__code__)    # one frame a JS call (see agent.call_depth)
count_frames_of(JSGenerator._resume.__code__)
count_frames_of(JSGenerator.step_value.__code__)     # resumes without _resume (a for-of's steps)
count_frames_of(JSAsyncGenerator._run.__code__)
