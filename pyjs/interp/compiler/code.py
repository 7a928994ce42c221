"""FunctionCode: the compiled, realm-independent form of one JS function.

Compiling happens once per function *source*; each evaluation of a function
expression or declaration only pairs a FunctionCode with an environment (see
:func:`make_function`).  ``invoke`` is the [[Call]] fast path.
"""
from ..agent import state
from ..values import CONFIGURABLE, JSObject, Prop, WRITABLE, HIDDEN, null
from ..functions import ScriptFunction
from ..ops import to_object

NORMAL, GENERATOR, ASYNC, ASYNC_GENERATOR = "normal", "generator", "async", "asyncgen"


class FunctionCode:
    __slots__ = ("name", "length", "strict", "kind", "is_arrow", "is_constructor",
                 "is_class_constructor", "template", "setup", "body", "filename", "line",
                 "column", "source_text", "is_method", "has_this", "runner", "derived",
                 "field_init", "home_needed", "param_slots", "param_defaults", "slow_call", "entry", "fast", "leaf", "plain_construct",
                 "construct_fast", "__weakref__")

    def __init__(self):
        self.name = ""
        self.length = 0
        self.strict = False
        self.kind = NORMAL
        self.is_arrow = False
        self.is_constructor = False
        self.is_class_constructor = False
        self.is_method = False
        self.has_this = True
        self.template = [None]
        self.setup = None           # setup(env, args, fobj): params, arguments, hoisting
        self.body = None            # body(env) -> return value (or a Python generator)
        self.runner = None          # wraps body for generators / async functions
        self.filename = "<anonymous>"
        self.line = 0
        self.column = 0
        self.source_text = ""
        self.derived = False
        self.param_slots = None     # slots of simple parameters when binding them is all setup does
        self.param_defaults = ()    # with param_slots: (slot, value) of literal defaults, set when undefined
        self.slow_call = False      # class constructors and generator kinds take the general path
        self.entry = None           # entry(fobj, this, args): a generated whole [[Call]] (tier 2)
        self.fast = None            # fast(fobj, this, *args): the same, arguments passed positionally
        self.leaf = False           # fast neither counts a step nor depth (codegen _is_leaf)
        self.plain_construct = False    # [[Construct]] is [[Call]] on a new object (see ScriptFunction.construct)
        # a class constructor's generated [[Construct]]: a base class's body on a new
        # object, fast(fobj, this, *args); a derived class's, fast(fobj, new_target, *args)
        # -> (result, env) (see functions.construct_positional)
        self.construct_fast = None

    def sloppy_this(self, fobj, this):
        """OrdinaryCallBindThis for a sloppy-mode function and a non-object ``this``."""
        if this is None or this is null:
            return fobj.realm.global_this
        return to_object(this)

    def invoke(self, fobj, this, args, new_target):
        env = self.template.copy()
        env[0] = fobj.env
        if self.has_this:
            if self.strict or isinstance(this, JSObject):
                env[1] = this
            elif this is None or this is null:
                env[1] = fobj.realm.global_this
            else:
                env[1] = to_object(this)
            env[2] = new_target
            env[3] = fobj
        setup = self.setup
        if self.runner is None:
            if setup is not None:
                setup(env, args, fobj)
            return self.body(env)
        return self.runner(self, fobj, env, args)

    def invoke_construct(self, fobj, this, args, new_target):
        env = self.template.copy()
        env[0] = fobj.env
        if not self.derived:
            env[1] = this
        env[2] = new_target
        env[3] = fobj
        if self.setup is not None:
            self.setup(env, args, fobj)
        return self.body(env), env


def constructs_plainly(code, info):
    """Is [[Construct]] of ``code`` its body run on a new object, with nothing else
    to bind?  True for a plain function or a base class constructor that neither
    reads ``new.target`` nor calls eval directly (either needs the environment the
    general path makes)."""
    return code.is_constructor and not code.derived and not info.uses_new_target and \
        not info.has_direct_eval


def make_function(code, env, realm=None, proto=None, home_object=None):
    """Instantiate a function object for ``code`` closing over ``env``.

    https://tc39.es/ecma262/#sec-ordinaryfunctioncreate
    """
    if realm is None:
        realm = state.realm
    kind = code.kind
    if proto is None:
        if kind == NORMAL:
            proto = realm.function_prototype
        elif kind == GENERATOR:
            proto = realm.intrinsics["%GeneratorFunction.prototype%"]
        elif kind == ASYNC:
            proto = realm.intrinsics["%AsyncFunction.prototype%"]
        else:
            proto = realm.intrinsics["%AsyncGeneratorFunction.prototype%"]
    f = ScriptFunction(proto, code, env, realm, home_object)
    props = f.props
    props["length"] = Prop(float(code.length), CONFIGURABLE)
    props["name"] = Prop(code.name, CONFIGURABLE)
    if code.is_constructor and not code.is_class_constructor:
        p = JSObject(realm.object_prototype)
        p.props["constructor"] = Prop(f, HIDDEN)
        props["prototype"] = Prop(p, WRITABLE)
    elif kind == GENERATOR:
        props["prototype"] = Prop(JSObject(realm.intrinsics["%GeneratorPrototype%"]), WRITABLE)
    elif kind == ASYNC_GENERATOR:
        props["prototype"] = Prop(JSObject(realm.intrinsics["%AsyncGeneratorPrototype%"]), WRITABLE)
    return f
