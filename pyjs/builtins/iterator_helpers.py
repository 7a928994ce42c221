"""The Iterator constructor and iterator helpers (ES2025 §27.1.3 - §27.1.4).

https://tc39.es/ecma262/#sec-iterator-objects

``Iterator.prototype`` is the ``%IteratorPrototype%`` object created by
iteration.py (generators, array iterators ... already inherit from it); this
module only adds the constructor, ``Iterator.from`` and the helper methods.

Each lazy helper (map, filter, take, drop, flatMap) is the spec's *abstract
closure* written as a Python generator function: ``yield`` is the spec's
``Yield``, so the body reads step for step like the spec text, and
``CreateIteratorFromClosure`` becomes "create the Python generator, do not start
it".  No JS generator machinery is involved.  A ``return()`` on a suspended
helper is delivered as the ``_ReturnCompletion`` exception thrown in at the
``yield`` point (``GeneratorResumeAbrupt``); a custom exception rather than
``GeneratorExit`` so that Python's own ``close()`` when a suspended helper is
garbage-collected never runs JS code.
"""
from ..interp.ops import (IteratorRecord, call, create_iter_result, get_iterator_direct,
                          get_method, get_prototype_from_constructor, is_callable, describe,
                          iterator_close, iterator_complete, iterator_next, iterator_step_value,
                          ordinary_has_instance, to_boolean, to_number, to_integer_or_infinity,
                          create_data_property_or_throw, same_value)
from ..interp.values import (ACCESSOR, CONFIGURABLE, JSError, JSObject, MISSING, Prop,
                             SYM_ITERATOR, SYM_TO_STRING_TAG, range_error, type_error)
from ._helpers import arg, install_global, make_constructor, method, native

SUSPENDED_START, SUSPENDED_YIELD, EXECUTING, COMPLETED = range(4)
MAX_SAFE_INTEGER = 2.0 ** 53 - 1


class _ReturnCompletion(Exception):
    """A return completion resuming a suspended helper body (GeneratorResumeAbrupt)."""


class IteratorHelper(JSObject):
    """An Iterator Helper object: [[UnderlyingIterator]] plus generator-like state."""
    __slots__ = ("underlying", "state", "body")
    class_name = "Iterator Helper"

    def __init__(self, proto, underlying, body):
        super().__init__(proto)
        self.underlying = underlying
        self.state = SUSPENDED_START
        self.body = body


class WrapForValidIterator(JSObject):
    """The result of Iterator.from for a non-Iterator iterator: the [[Iterated]] record."""
    __slots__ = ("iterated",)

    def __init__(self, proto, iterated):
        super().__init__(proto)
        self.iterated = iterated


# -- abstract operations --------------------------------------------------------


def iterator_step(rec):
    """https://tc39.es/ecma262/#sec-iteratorstep : the result object, or MISSING when done.

    drop() skips values with this one (it must not read ``value``).
    """
    try:
        result = iterator_next(rec)
        done = iterator_complete(result)
    except JSError:
        rec.done = True
        raise
    if done:
        rec.done = True
        return MISSING
    return result


def get_iterator_flattenable(obj, primitive_handling):
    """https://tc39.es/ecma262/#sec-getiteratorflattenable"""
    if not isinstance(obj, JSObject):
        if primitive_handling == "reject-primitives" or type(obj) is not str:
            raise type_error(f"{describe(obj)} is not an iterator or iterable")
    method_ = get_method(obj, SYM_ITERATOR)
    if method_ is None:
        iterator = obj
    else:
        iterator = call(method_, obj, [])
    if not isinstance(iterator, JSObject):
        raise type_error(f"{describe(iterator)} is not an iterator object")
    return get_iterator_direct(iterator)


def close_with_error(iterated, error):
    """``Return ? IteratorClose(iterated, ThrowCompletion(error))`` (errors of return() lost)."""
    iterator_close(iterated, error)
    raise error


def _this_iterator(this, name):
    """Steps 1-3 shared by every prototype method: O must be an Object."""
    if not isinstance(this, JSObject):
        raise type_error(f"Iterator.prototype.{name} called on {describe(this)}")
    return IteratorRecord(this, None)


def _this_iterator_with_callable(this, fn, name):
    """Steps 1-5 of map/filter/flatMap/reduce/forEach/some/every/find.

    A non-callable argument closes O (argument validation precedes reading ``next``).
    """
    iterated = _this_iterator(this, name)
    if not is_callable(fn):
        close_with_error(iterated, type_error(f"{describe(fn)} is not a function"))
    return get_iterator_direct(this)


def _this_iterator_with_limit(this, limit, name):
    """Steps 1-10 of take/drop: validate ``limit`` (closing O on failure), then GetIteratorDirect."""
    iterated = _this_iterator(this, name)
    try:
        num_limit = to_number(limit)
    except JSError as e:
        close_with_error(iterated, e)
    if num_limit != num_limit:
        close_with_error(iterated, range_error(f"{describe(limit)} must be a number"))
    if num_limit != float("inf") and num_limit > MAX_SAFE_INTEGER:
        close_with_error(iterated, range_error(f"{describe(limit)} is too large"))
    integer_limit = to_integer_or_infinity(num_limit)
    if integer_limit < 0:
        close_with_error(iterated, range_error(f"{describe(limit)} must be positive"))
    return get_iterator_direct(this), integer_limit


def _call_or_close(fn, args, iterated):
    """``Completion(Call(fn, undefined, args))`` then IfAbruptCloseIterator(result, iterated)."""
    try:
        return fn.call(None, args)
    except JSError as e:
        close_with_error(iterated, e)


def _yield(value, iterated):
    """``Completion(Yield(value))`` then IfAbruptCloseIterator(completion, iterated).

    Used as ``yield from _yield(v, iterated)``: a return() while suspended here
    closes the underlying iterator (its errors propagate) and then completes.
    """
    try:
        yield value
    except _ReturnCompletion:
        iterator_close(iterated)
        raise


# -- the helper bodies (abstract closures) ---------------------------------------


def _map_body(iterated, mapper):
    """Closure of https://tc39.es/ecma262/#sec-iterator.prototype.map"""
    counter = 0
    while True:
        value = iterator_step_value(iterated)
        if value is MISSING:
            return
        mapped = _call_or_close(mapper, [value, float(counter)], iterated)
        yield from _yield(mapped, iterated)
        counter += 1


def _filter_body(iterated, predicate):
    """Closure of https://tc39.es/ecma262/#sec-iterator.prototype.filter"""
    counter = 0
    while True:
        value = iterator_step_value(iterated)
        if value is MISSING:
            return
        selected = _call_or_close(predicate, [value, float(counter)], iterated)
        if to_boolean(selected):
            yield from _yield(value, iterated)
        counter += 1


def _take_body(iterated, remaining):
    """Closure of https://tc39.es/ecma262/#sec-iterator.prototype.take"""
    while True:
        if remaining == 0:
            iterator_close(iterated)
            return
        if remaining != float("inf"):
            remaining -= 1
        value = iterator_step_value(iterated)
        if value is MISSING:
            return
        yield from _yield(value, iterated)


def _drop_body(iterated, remaining):
    """Closure of https://tc39.es/ecma262/#sec-iterator.prototype.drop"""
    while remaining > 0:
        if remaining != float("inf"):
            remaining -= 1
        if iterator_step(iterated) is MISSING:
            return
    while True:
        value = iterator_step_value(iterated)
        if value is MISSING:
            return
        yield from _yield(value, iterated)


def _flat_map_body(iterated, mapper):
    """Closure of https://tc39.es/ecma262/#sec-iterator.prototype.flatmap

    A return() while an inner iterator is active closes the inner one first;
    if that throws, the outer one is closed with the throw completion.
    """
    counter = 0
    while True:
        value = iterator_step_value(iterated)
        if value is MISSING:
            return
        mapped = _call_or_close(mapper, [value, float(counter)], iterated)
        try:
            inner = get_iterator_flattenable(mapped, "reject-primitives")
        except JSError as e:
            close_with_error(iterated, e)
        while True:
            try:
                inner_value = iterator_step_value(inner)
            except JSError as e:
                close_with_error(iterated, e)
            if inner_value is MISSING:
                break
            try:
                yield inner_value
            except _ReturnCompletion:
                try:
                    iterator_close(inner)
                except JSError as e:
                    close_with_error(iterated, e)
                iterator_close(iterated)
                raise
        counter += 1


def _create_helper(realm, iterated, body):
    """CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%, ...)."""
    return IteratorHelper(realm.intrinsics["%IteratorHelperPrototype%"], iterated, body)


def _helper_resume(helper):
    """GeneratorResume(helper, undefined, "Iterator Helper").

    https://tc39.es/ecma262/#sec-generatorresume
    """
    if not isinstance(helper, IteratorHelper):
        raise type_error("next method called on incompatible receiver")
    state = helper.state
    if state == EXECUTING:
        raise type_error("Iterator helper is already running")
    if state == COMPLETED:
        return create_iter_result(None, True)
    helper.state = EXECUTING
    try:
        value = next(helper.body)
    except StopIteration:
        helper.state = COMPLETED
        return create_iter_result(None, True)
    except BaseException:
        helper.state = COMPLETED
        raise
    helper.state = SUSPENDED_YIELD
    return create_iter_result(value, False)


def _helper_return(helper):
    """%IteratorHelperPrototype%.return, with GeneratorResumeAbrupt for a return completion.

    https://tc39.es/ecma262/#sec-%iteratorhelperprototype%.return
    """
    if not isinstance(helper, IteratorHelper):
        raise type_error("return method called on incompatible receiver")
    state = helper.state
    if state == SUSPENDED_START:
        helper.state = COMPLETED
        iterator_close(helper.underlying)
        return create_iter_result(None, True)
    if state == EXECUTING:
        raise type_error("Iterator helper is already running")
    if state == COMPLETED:
        return create_iter_result(None, True)
    helper.state = EXECUTING
    try:
        helper.body.throw(_ReturnCompletion())
    except (_ReturnCompletion, StopIteration):
        pass
    finally:
        helper.state = COMPLETED
    return create_iter_result(None, True)


def setter_that_ignores_prototype_properties(this, home, p, v):
    """https://tc39.es/ecma262/#sec-SetterThatIgnoresPrototypeProperties"""
    if not isinstance(this, JSObject):
        raise type_error(f"Cannot set property on {describe(this)}")
    if same_value(this, home):
        raise type_error("Cannot assign to read only property of Iterator.prototype")
    desc = this.get_own_property(p)
    if desc is None:
        create_data_property_or_throw(this, p, v)
    elif not this.set(p, v, this):
        raise type_error("Cannot assign to read only property")


# -- setup ----------------------------------------------------------------------


def setup(realm):
    proto = realm.intrinsics["%IteratorPrototype%"]
    realm.intrinsics["%Iterator.prototype%"] = proto

    def iterator_call(this, args):
        raise type_error("Constructor Iterator requires 'new'")

    def iterator_construct(args, new_target):
        """https://tc39.es/ecma262/#sec-iterator-constructor : abstract, only for subclasses."""
        if new_target is None or new_target is ctor:
            raise type_error("Abstract class Iterator not directly constructable")
        return JSObject(get_prototype_from_constructor(new_target, "%Iterator.prototype%"))

    ctor = make_constructor(realm, "Iterator", 0, iterator_call, iterator_construct, proto)
    install_global(realm, "Iterator", ctor)
    _setup_accessors(realm, proto, ctor)
    _setup_wrap_for_valid(realm, ctor, proto)
    _setup_helper_prototype(realm, proto)
    _setup_lazy_methods(realm, proto)
    _setup_eager_methods(realm, proto)


def _setup_accessors(realm, proto, ctor):
    """Iterator.prototype.constructor / [@@toStringTag]: accessors, for web compatibility.

    https://tc39.es/ecma262/#sec-iterator.prototype.constructor
    """
    for key, val, name in (("constructor", ctor, "constructor"),
                           (SYM_TO_STRING_TAG, "Iterator", "[Symbol.toStringTag]")):
        def get(this, args, val=val):
            return val

        def set_(this, args, key=key):
            setter_that_ignores_prototype_properties(this, proto, key, arg(args, 0))
        proto.props[key] = Prop(None, ACCESSOR | CONFIGURABLE, native(realm, get, "get " + name, 0),
                                native(realm, set_, "set " + name, 1))


def _setup_wrap_for_valid(realm, ctor, proto):
    """Iterator.from and %WrapForValidIteratorPrototype%.

    https://tc39.es/ecma262/#sec-iterator.from
    """
    wrap_proto = JSObject(proto)
    realm.intrinsics["%WrapForValidIteratorPrototype%"] = wrap_proto

    @method(realm, ctor, "from", 1)
    def iterator_from(this, args):
        rec = get_iterator_flattenable(arg(args, 0), "iterate-string-primitives")
        if ordinary_has_instance(ctor, rec.iterator):
            return rec.iterator
        return WrapForValidIterator(wrap_proto, rec)

    def this_wrapper(this):
        if not isinstance(this, WrapForValidIterator):
            raise type_error("method called on incompatible receiver")
        return this.iterated

    @method(realm, wrap_proto, "next", 0)
    def wrap_next(this, args):
        rec = this_wrapper(this)
        return call(rec.next_method, rec.iterator, [])

    @method(realm, wrap_proto, "return", 0)
    def wrap_return(this, args):
        iterator = this_wrapper(this).iterator
        return_method = get_method(iterator, "return")
        if return_method is None:
            return create_iter_result(None, True)
        return call(return_method, iterator, [])


def _setup_helper_prototype(realm, proto):
    """%IteratorHelperPrototype% (https://tc39.es/ecma262/#sec-%iteratorhelperprototype%-object)."""
    helper_proto = JSObject(proto)
    realm.intrinsics["%IteratorHelperPrototype%"] = helper_proto
    method(realm, helper_proto, "next", 0)(lambda this, args: _helper_resume(this))
    method(realm, helper_proto, "return", 0)(lambda this, args: _helper_return(this))
    helper_proto.props[SYM_TO_STRING_TAG] = Prop("Iterator Helper", CONFIGURABLE)


def _setup_lazy_methods(realm, proto):
    """map, filter, flatMap (callback) and take, drop (limit): each returns a helper."""
    for name, body in (("map", _map_body), ("filter", _filter_body), ("flatMap", _flat_map_body)):
        def callback_helper(this, args, name=name, body=body):
            fn = arg(args, 0)
            iterated = _this_iterator_with_callable(this, fn, name)
            return _create_helper(realm, iterated, body(iterated, fn))
        method(realm, proto, name, 1)(callback_helper)

    for name, body in (("take", _take_body), ("drop", _drop_body)):
        def limit_helper(this, args, name=name, body=body):
            iterated, limit = _this_iterator_with_limit(this, arg(args, 0), name)
            return _create_helper(realm, iterated, body(iterated, limit))
        method(realm, proto, name, 1)(limit_helper)


def _setup_eager_methods(realm, proto):
    """reduce, toArray, forEach, some, every, find: consume the iterator at once."""

    @method(realm, proto, "reduce", 1)
    def reduce(this, args):
        """https://tc39.es/ecma262/#sec-iterator.prototype.reduce"""
        reducer = arg(args, 0)
        iterated = _this_iterator_with_callable(this, reducer, "reduce")
        if len(args) < 2:
            accumulator = iterator_step_value(iterated)
            if accumulator is MISSING:
                raise type_error("Reduce of empty iterator with no initial value")
            counter = 1
        else:
            accumulator = args[1]
            counter = 0
        while True:
            value = iterator_step_value(iterated)
            if value is MISSING:
                return accumulator
            accumulator = _call_or_close(reducer, [accumulator, value, float(counter)], iterated)
            counter += 1

    @method(realm, proto, "toArray", 0)
    def to_array(this, args):
        """https://tc39.es/ecma262/#sec-iterator.prototype.toarray"""
        _this_iterator(this, "toArray")
        iterated = get_iterator_direct(this)
        items = []
        while True:
            value = iterator_step_value(iterated)
            if value is MISSING:
                return realm.new_array(items)
            items.append(value)

    def each(name, stop_when, found, exhausted):
        """forEach/some/every/find: call fn per value; stop (closing) when ToBoolean(result) is ``stop_when``.

        ``found(value)`` is the result on an early stop, ``exhausted`` the result at the end.
        """
        def m(this, args):
            fn = arg(args, 0)
            iterated = _this_iterator_with_callable(this, fn, name)
            counter = 0
            while True:
                value = iterator_step_value(iterated)
                if value is MISSING:
                    return exhausted
                result = _call_or_close(fn, [value, float(counter)], iterated)
                if stop_when is not None and to_boolean(result) is stop_when:
                    iterator_close(iterated)
                    return found(value)
                counter += 1
        method(realm, proto, name, 1)(m)

    each("forEach", None, None, None)
    each("some", True, lambda v: True, False)
    each("every", False, lambda v: False, True)
    each("find", True, lambda v: v, None)
