"""Generators, async functions and async generators at run time.

A generator-kind function body is a Python generator (see
:mod:`pyjs.interp.compiler.suspend`) yielding ``(kind, value)`` pairs.  The
objects here drive it: the JS generator object resumes it on ``next``/
``throw``/``return``; async functions resume it from promise reactions.
"""
from .agent import state
from .values import JSError, JSObject, MISSING, Prop, type_error, null
from .ops import (create_iter_result, get_iterator, call, get_method, iterator_complete,
                  iterator_value, to_boolean)

AWAIT = 0
YIELD = 1
YIELD_RAW = 2


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
        """GeneratorResume / GeneratorResumeAbrupt."""
        s = self.gen_state
        if s == EXECUTING:
            raise type_error("Generator is already running")
        if s == COMPLETED or (s == SUSPENDED_START and mode != "next"):
            self.gen_state = COMPLETED
            self.pygen = None
            if mode == "throw":
                raise JSError(value)
            return create_iter_result(value if mode == "return" else None, True)
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
            return create_iter_result(stop.value, True)
        except GeneratorReturn as r:
            self._finish()
            return create_iter_result(r.value, True)
        except BaseException:
            self._finish()
            raise
        self.gen_state = SUSPENDED_YIELD
        kind, v = out
        if kind == YIELD_RAW:
            return v
        return create_iter_result(v, False)

    def _finish(self):
        self.gen_state = COMPLETED
        self.pygen = None


def _generator_proto(fobj, default_name):
    from .ops import get_prototype_from_constructor
    return get_prototype_from_constructor(fobj, default_name)


def run_generator(code, fobj, env, args):
    """[[Call]] of a generator function: bind params, then return a suspended generator."""
    if code.setup is not None:
        code.setup(env, args, fobj)
    proto = _generator_proto(fobj, "%GeneratorPrototype%")
    return JSGenerator(proto, code.body(env), fobj.realm)


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
                from .ops import iterator_close
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
    """[[Call]] of an async function: run until the first await, return a promise."""
    cap = _promise.new_promise_capability_intrinsic(fobj.realm)
    try:
        if code.setup is not None:
            code.setup(env, args, fobj)
        g = code.body(env)
    except JSError as e:
        cap.reject(e.value)
        return cap.promise
    AsyncDriver(g, cap.resolve, cap.reject).step("next", None)
    return cap.promise


class AsyncDriver:
    """Resumes an async function body each time an awaited promise settles."""

    __slots__ = ("gen", "on_return", "on_throw")

    def __init__(self, gen, on_return, on_throw):
        self.gen = gen
        self.on_return = on_return
        self.on_throw = on_throw

    def step(self, mode, value):
        g = self.gen
        try:
            if mode == "next":
                out = g.send(value)
            else:
                out = g.throw(JSError(value))
        except StopIteration as stop:
            self.on_return(stop.value)
            return
        except JSError as e:
            self.on_throw(e.value)
            return
        kind, v = out
        await_value(v, lambda r: self.step("next", r), lambda e: self.step("throw", e))


def await_value(v, on_fulfilled, on_rejected):
    """Await (https://tc39.es/ecma262/#await): resume via promise jobs."""
    try:
        p = _promise.promise_resolve_intrinsic(v)
    except JSError as e:
        reason = e.value
        state.realm.enqueue_job(lambda: on_rejected(reason))
        return
    _promise.perform_promise_then_native(p, on_fulfilled, on_rejected)


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
    proto = _generator_proto(fobj, "%AsyncGeneratorPrototype%")
    return JSAsyncGenerator(proto, code.body(env), fobj.realm)


def runner_for(kind):
    return {"generator": run_generator, "async": run_async,
            "asyncgen": run_async_generator}[kind]


from ..builtins import promise as _promise  # noqa: E402  (it imports this module's siblings)
