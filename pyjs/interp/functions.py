"""Function objects: native (Python) builtins, script functions, bound functions.

https://tc39.es/ecma262/#sec-ecmascript-function-objects
"""
from .agent import state, check_steps, call_depth, count_frames_of
from .proto_cache import EMPTY, fill_entry, fill_site
from .values import (ACCESSOR, CONFIGURABLE, WRITABLE, JSError, JSObject, Prop, range_error, type_error)


class JSFunctionBase(JSObject):
    __slots__ = ()
    class_name = "Function"
    callable = True

    def construct(self, args, new_target):
        raise type_error(f"{self.debug_name()} is not a constructor")

    def debug_name(self):
        p = self.props.get("name")
        v = p.value if type(p) is Prop else p
        return v if type(v) is str and v else "anonymous"


def _enter_realm(realm):
    prev = state.realm
    state.realm = realm
    return prev


def _materialize_in_realm(exc):
    """Create a lazily made error object (JSError.make) now, while the builtin's realm is current.

    A TypeError thrown by another realm's builtin is that realm's TypeError
    (test262 built-ins/*/non-generic-realm.js); reading ``exc.value`` after the
    realm is switched back would create it in the caller's realm.
    """
    exc.value  # noqa: B018 - the property read creates the error object


def _list_entry(pos):
    """``fn(this, args)`` of a builtin written with positional parameters."""
    return lambda this, args: pos(this, *args)


class NativeFunction(JSFunctionBase):
    """A builtin implemented in Python.

    ``fn(this, args)`` implements [[Call]]; ``ctor(args, new_target)``, when
    given, implements [[Construct]].  A builtin may instead be written with its
    arguments as positional parameters, ``pos(this, a, b=None, *rest)`` (a
    missing argument is undefined, None; extra ones are ignored or taken by
    ``*rest``): ``pos`` is then that function, which generated call sites call
    without building an argument list, and ``fn`` spreads a list into it.
    """

    __slots__ = ("fn", "ctor", "realm", "is_constructor", "pos")

    def __init__(self, realm, fn, name, length, ctor=None, proto=None, pos=None):
        self.proto = realm.function_prototype if proto is None else proto
        self.extensible = True
        self.fn = fn if pos is None else _list_entry(pos)
        self.pos = pos
        self.ctor = ctor
        self.realm = realm
        self.is_constructor = ctor is not None
        self.props = {"length": Prop(float(length), CONFIGURABLE), "name": Prop(name, CONFIGURABLE)}

    def call(self, this, args):
        st = state
        if self.realm is not st.realm:
            prev = _enter_realm(self.realm)
            try:
                return self.fn(this, args)
            except JSError as e:
                _materialize_in_realm(e)
                raise
            finally:
                st.realm = prev
        try:
            pos = self.pos
            return self.fn(this, args) if pos is None else pos(this, *args)
        except RecursionError:
            raise range_error("Maximum call stack size exceeded") from None

    def construct(self, args, new_target):
        if self.ctor is None:
            raise type_error(f"{self.debug_name()} is not a constructor")
        st = state
        if self.realm is not st.realm:
            prev = _enter_realm(self.realm)
            try:
                return self.ctor(args, new_target)
            except JSError as e:
                _materialize_in_realm(e)
                raise
            finally:
                st.realm = prev
        return self.ctor(args, new_target)


class BoundFunction(JSFunctionBase):
    """https://tc39.es/ecma262/#sec-bound-function-exotic-objects"""

    __slots__ = ("bound_target", "bound_this", "bound_args", "is_constructor")

    def __init__(self, proto, target, this, args):
        super().__init__(proto)
        self.bound_target = target
        self.bound_this = this
        self.bound_args = args
        self.is_constructor = target.is_constructor

    def call(self, this, args):
        return self.bound_target.call(self.bound_this, self.bound_args + list(args))

    def construct(self, args, new_target):
        t = self.bound_target
        if new_target is self:
            new_target = t
        return t.construct(self.bound_args + list(args), new_target)


def _check_limits(st):
    """A call's entry found ``st.calls`` past ``st.call_limit`` (see AgentState): a
    RangeError if the call is too deep, else the step check."""
    depth = call_depth()
    if depth > st.max_depth:
        raise range_error("Maximum call stack size exceeded")
    check_steps(depth)


def final_entry(fobj):
    """The positional [[Call]] a generated call site may keep for the script function
    ``fobj``: ``fobj.fast`` once final, or the code's final ``fast`` that enter_fast
    would make it; enter_fast itself for a function that will not get one (a class
    constructor, a body left to the closure compiler) or whose one may still be
    replaced (an async function's async_fast).  None while the function's body is
    still to be generated."""
    fast = fobj.fast
    if fast is enter_fast:
        code = fobj.code
        fast = code.fast
        if fast is None and code.entry is not None:
            return None
        if fast is None or fast is async_fast:
            fast = enter_fast
    return fast


def fill_call_site(site, fobj):
    """Let a generated call site of a function read from a name (``f(x)``), which
    found the script function ``fobj``, call it from then on by a test of its
    identity and the positional [[Call]] it keeps (``site``: the generated code's
    globals and the names of the function and its entry there; see final_entry).
    A site whose function is still to be generated is left as it is, to be filled
    at a later call.  Returns True, for the caller's test."""
    ns, function_name, fast_name = site
    fast = final_entry(fobj)
    if fast is not None:
        ns[function_name], ns[fast_name] = fobj, fast
    return True


def fill_method_site(site, proto, fobj):
    """proto_cache.fill_site for a method call site that found the script function
    ``fobj`` from ``proto``, with its entry once final (see final_entry)."""
    return fill_site(site, proto, fobj, True, final_entry(fobj))


def fill_method_entry(site, fobj):
    """Give a method call site filled while the script function ``fobj`` it holds for
    its first prototype was still to be generated ``fobj``'s entry, once final
    (proto_cache.fill_entry).  Returns True, for the caller's test."""
    fast = final_entry(fobj)
    return fast is None or fill_entry(site, fast)


def fill_new_site(site, fobj):
    """Let a generated ``new F(...)`` site, empty or filled in another realm, that
    found the script function ``fobj`` construct it from then on with what this
    holds (``site``: the generated code's globals and the names there of the
    function, its prototype, its entry, whether a leaf, and the running realm).  A
    class whose [[Construct]] was found plain (``new_fast``) and whose "prototype"
    is read-only (non-writable and non-configurable: the object found there for
    good) constructs as construct_new would; a derived class with a generated
    constructor as construct_positional would (prototype None).  A class that may
    become either (its body still to be generated) leaves the site empty; any other
    constructor (a function, whose prototype may be replaced; a class with fields,
    or reading new.target) marks it NOT_CACHED, so that it takes the general path
    without another try in this realm.  Returns True, for the caller's test."""
    ns, function_name, proto_name, fast_name, leaf_name, realm_name = site
    ns[function_name], ns[realm_name] = EMPTY, state.realm
    code = fobj.code
    if code.derived:
        fast = code.construct_fast
        if fast is not None:
            ns[function_name], ns[proto_name], ns[fast_name], ns[leaf_name] = fobj, None, fast, code.leaf
        return True
    p = fobj.props.get("prototype")
    if type(p) is not Prop or p.flags & (WRITABLE | CONFIGURABLE | ACCESSOR) or not code.plain_construct or \
            fobj.fields or fobj.private_methods:
        ns[function_name] = NOT_CACHED
    elif fobj.new_fast is not None and p.value is fobj.new_proto:
        ns[function_name], ns[proto_name], ns[fast_name], ns[leaf_name] = \
            fobj, fobj.new_proto, fobj.new_fast, fobj.new_leaf
    return True


NOT_CACHED = object()       # a site cache given up on (fill_new_site)


def enter_fast(fobj, this, *args):
    """``ScriptFunction.fast`` until it is known: the code's own positional [[Call]]
    (``code.fast``, which a generated call site calls without the leaf step
    ScriptFunction.call counts), kept on the function object once it is final, so
    that a call site reads one attribute.  It is final once set, except an async
    function's generators.async_fast, which its generated body replaces at tier-up.
    A function without one (not generated yet, or never: a class constructor, a
    generator, a body the code generator leaves to the closure compiler) is called
    as ScriptFunction.call would be."""
    code = fobj.code
    fast = code.fast        # compiles a lazily compiled body, as the call would
    if fast is None:
        return fobj.call(this, list(args))
    if fast is not async_fast:
        fobj.fast = fast
    return fast(fobj, this, *args)


def construct_positional(fobj, new_target, *args):
    """[[Construct]] of the script function ``fobj`` with the arguments passed
    positionally: what construct_new and a generated ``super(...)`` call, and
    ScriptFunction.construct.

    A plain function (no ``new.target`` or direct eval in its body) constructs as
    a [[Call]] with the new object as ``this``: the steps are the same, and so it
    runs its generated code (``code.fast``, here without the frame of
    ScriptFunction.call) and tiers up like a call.  A base class constructor does
    the same once its body is generated (``code.construct_fast``), after its
    instance fields are defined.  A derived class constructor's generated body
    (``code.construct_fast`` too) takes new.target and returns what
    FunctionCode.invoke_construct does.  The others take
    ScriptFunction._construct_slow."""
    code = fobj.code
    st = state
    if code.plain_construct and fobj.realm is st.realm:
        is_class = code.is_class_constructor
        fast = code.construct_fast if is_class else code.fast
        if fast is not None or not is_class:
            if not (type(new_target) is ScriptFunction and (proto := new_target.new_proto) is not None
                    and new_target.props["prototype"].value is proto):
                proto = prototype_for_construct(new_target)
            this = JSObject(proto)
            if fast is None:
                result = fobj.call(this, list(args))
            else:
                if is_class and (fobj.fields or fobj.private_methods):
                    initialize_instance_elements(this, fobj)
                elif new_target is fobj and proto is fobj.new_proto:
                    fobj.new_fast, fobj.new_leaf = fast, code.leaf
                if code.leaf:           # a leaf's own [[Call]] does not count a step
                    st.call_limit -= 1
                    if st.calls > st.call_limit:
                        check_steps()
                result = fast(fobj, this, *args)
            return result if isinstance(result, JSObject) else this
    if code.derived and (fast := code.construct_fast) is not None and fobj.realm is st.realm:
        if code.leaf:           # a leaf's own [[Construct]] does not count a step
            st.call_limit -= 1
            if st.calls > st.call_limit:
                check_steps()
        return derived_result(*fast(fobj, new_target, *args))
    return fobj._construct_slow(list(args), new_target)


def prototype_for_construct(new_target):
    """GetPrototypeFromConstructor(new_target, "%Object.prototype%") for a new
    ordinary object.  new.target's own "prototype" data property is read in place
    (as that does); when it is a constructor's (non-configurable: see
    construct_new) and holds an ordinary object that is a prototype already (its
    props watched: see values.watch_chain), a script function remembers that
    object (ScriptFunction.new_proto), so the next [[Construct]] only tests that
    the property still holds it."""
    p = new_target.props.get("prototype") if not new_target.exotic else None
    if type(p) is Prop and not p.flags & (ACCESSOR | CONFIGURABLE) and type(proto := p.value) is JSObject \
            and type(proto.props) is not dict:
        if type(new_target) is ScriptFunction:
            new_target.new_proto = proto
        return proto
    return get_prototype_from_constructor(new_target, "%Object.prototype%")


def super_construct_positional(ctor, new_target, *args):
    """SuperCall steps 5-6 with the arguments passed positionally: what a generated
    ``super(...)`` calls, ``ctor`` being the active function's [[GetPrototypeOf]]()
    read before the arguments were evaluated."""
    if type(ctor) is ScriptFunction and ctor.is_constructor:
        return construct_positional(ctor, new_target, *args)
    return super_construct(ctor, list(args), new_target)


def derived_result(result, env):
    """[[Construct]] steps 10-12 for a derived class constructor whose body returned
    ``result`` (None for undefined or no return) in the environment ``env``."""
    if isinstance(result, JSObject):
        return result
    if result is not None:
        raise type_error("Derived constructors may only return object or undefined")
    this = env[1]
    if this is TDZ:
        raise JSError.make("ReferenceError", "Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
    return this


def construct_new(fobj, *args):
    """``new F(...args)`` of the script function ``fobj``, a constructor (new.target
    is ``fobj``): construct_positional's steps, without its tests once one
    [[Construct]] of ``fobj`` found it plain (see ScriptFunction.new_fast).

    The prototype is read in place: a constructor's own "prototype" is a
    non-configurable data property (OrdinaryFunctionCreate's MakeConstructor,
    ClassDefinitionEvaluation), so its Prop stays in ``props`` for good
    (values.validate_and_apply updates such a Prop in place); its value is
    tested to be the object prototype_for_construct last found to be a
    prototype already (one whose props are watched stays so), which is never
    None once ``new_fast`` is set."""
    st = state
    fast = fobj.new_fast
    if fast is not None and fobj.realm is st.realm and (proto := fobj.props["prototype"].value) is fobj.new_proto:
        this = JSObject(proto)
        if fobj.new_leaf:           # a leaf's own [[Call]] does not count a step
            st.call_limit -= 1
            if st.calls > st.call_limit:
                check_steps()
        result = fast(fobj, this, *args)
        if result is None:
            return this
        return result if isinstance(result, JSObject) else this
    return construct_positional(fobj, fobj, *args)


class ScriptFunction(JSFunctionBase):
    """A function defined in JS source: compiled code plus its closure environment."""

    __slots__ = ("code", "env", "realm", "home_object", "fields", "is_constructor",
                 "derived", "class_private", "private_methods", "fast", "new_fast", "new_proto", "new_leaf")

    def __init__(self, proto, code, env, realm, home_object=None):
        # JSObject.__init__, inline: one of these is made per evaluation of a function
        # expression or declaration (compiler.code.make_function)
        self.props = {}
        self.proto = proto
        self.extensible = True
        self.code = code
        # [[Call]] with the arguments passed positionally, as generated call sites
        # call it: ``fast(fobj, this, *args)``; first enter_fast, which finds it
        self.fast = enter_fast
        # for construct_new, once construct_positional ran ``new F()`` plainly: the
        # positional body it ran on the new object and whether that is a leaf (a
        # class with instance fields or private methods is never plain there: its
        # fields are set before the class value is reachable from code); and the
        # prototype of the objects constructed with new.target this function, as
        # prototype_for_construct last found it
        self.new_fast = None
        self.new_leaf = False
        self.new_proto = None
        self.env = env
        self.realm = realm
        self.home_object = home_object
        self.fields = None
        self.private_methods = None
        self.class_private = None
        self.derived = False
        self.is_constructor = code.is_constructor

    def call(self, this, args):
        """[[Call]] (https://tc39.es/ecma262/#sec-ecmascript-function-objects-call-thisargument-argumentslist).

        A function the code generator compiled has its own whole [[Call]]
        (``code.fast``, or ``code.entry`` for other kinds); the others take
        :meth:`call_closure_tier`."""
        code = self.code
        fast = code.fast
        if fast is not None:
            if code.leaf:           # a leaf's own [[Call]] does not count a step
                st = state
                st.call_limit -= 1
                if st.calls > st.call_limit:
                    check_steps()
            return fast(self, this, *args)
        entry = code.entry
        if entry is not None:
            return entry(self, this, args)
        return self.call_closure_tier(this, args)

    def call_closure_tier(self, this, args):
        """[[Call]] of a closure-compiled body.  The common case (a plain function of
        the running realm) is inlined here."""
        code = self.code
        st = state
        if code.slow_call or self.realm is not st.realm:
            return self._call_slow(this, args)
        st.calls = calls = st.calls + 1
        try:
            if calls > st.call_limit:
                _check_limits(st)
            env = code.template.copy()
            env[0] = self.env
            if code.has_this:
                if code.strict or isinstance(this, JSObject):
                    env[1] = this
                else:
                    env[1] = code.sloppy_this(self, this)
                env[3] = self
            slots = code.param_slots
            if slots is not None:
                for slot, a in zip(slots, args):
                    env[slot] = a
                for slot, value in code.param_defaults:
                    if env[slot] is None:
                        env[slot] = value
            else:
                setup = code.setup
                if setup is not None:
                    setup(env, args, self)
            return code.body(env)
        except RecursionError:
            raise range_error("Maximum call stack size exceeded") from None

    def _call_slow(self, this, args):
        code = self.code
        if code.is_class_constructor:
            # the TypeError is created in the callee's realm (spec [[Call]] step 2)
            raise JSError(self.realm.new_error(
                "TypeError", f"Class constructor {code.name} cannot be invoked without 'new'"))
        st = state
        st.calls = calls = st.calls + 1
        try:
            if calls > st.call_limit:
                _check_limits(st)
            if self.realm is not st.realm:
                prev = _enter_realm(self.realm)
                try:
                    return code.invoke(self, this, args, None)
                finally:
                    st.realm = prev
            return code.invoke(self, this, args, None)
        except RecursionError:
            raise range_error("Maximum call stack size exceeded") from None

    def construct(self, args, new_target):
        """https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget
        (see construct_positional)."""
        return construct_positional(self, new_target, *args)

    def _construct_slow(self, args, new_target):
        """[[Construct]] in general: on the closure tier, in another realm, a derived
        class constructor, a body that reads ``new.target``."""
        code = self.code
        st = state
        st.calls = calls = st.calls + 1
        try:
            if calls > st.call_limit:
                _check_limits(st)
            prev = _enter_realm(self.realm) if self.realm is not st.realm else None
            try:
                if self.derived:
                    this = None
                else:
                    this = JSObject(get_prototype_from_constructor(new_target, "%Object.prototype%"))
                    if self.fields or self.private_methods:
                        initialize_instance_elements(this, self)
                result, env = code.invoke_construct(self, this, args, new_target)
                if self.derived:
                    return derived_result(result, env)
                return result if isinstance(result, JSObject) else this
            finally:
                if prev is not None:
                    st.realm = prev
        except RecursionError:
            raise range_error("Maximum call stack size exceeded") from None


# a JS call runs one frame of each of these (and of a generated non-leaf ``_fast``);
# _call_slow runs inside one of them, or counts no depth (a leaf's in another realm)
count_frames_of(ScriptFunction.call_closure_tier.__code__)
count_frames_of(ScriptFunction._construct_slow.__code__)


# imported last: these modules import this one
from .ops import get_prototype_from_constructor  # noqa: E402
from .classes import initialize_instance_elements, super_construct  # noqa: E402
from .values import TDZ  # noqa: E402
from .generators import async_fast  # noqa: E402
