"""Function constructor and Function.prototype (https://tc39.es/ecma262/#sec-function-objects)."""
from ..interp.functions import BoundFunction, NativeFunction, ScriptFunction
from ..interp.ops import (to_string, create_list_from_array_like, is_callable, ordinary_has_instance,
                          to_integer_or_infinity, get_prototype_from_constructor, describe)
from ..interp.values import (JSObject, JSError, Prop, HIDDEN, CONFIGURABLE, ACCESSOR, null,
                             type_error, SYM_HAS_INSTANCE, JSSymbol)
from ._helpers import arg, method, make_constructor, install_global, native

_KIND_PREFIX = {"normal": "function", "generator": "function*", "async": "async function",
                "asyncgen": "async function*"}
_KIND_PROTO = {"normal": "%Function.prototype%", "generator": "%GeneratorFunction.prototype%",
               "async": "%AsyncFunction.prototype%", "asyncgen": "%AsyncGeneratorFunction.prototype%"}


def create_dynamic_function(realm, kind, args, new_target):
    """https://tc39.es/ecma262/#sec-createdynamicfunction"""
    from ..parser import parse, ParseError
    from ..interp.compiler import Compiler, CompileError
    from ..interp.compiler.scope import Scope
    from ..interp.compiler.code import make_function
    from ..interp.deep import run_deep
    params = [to_string(a) for a in args[:-1]]
    body = to_string(args[-1]) if args else ""
    p = ",".join(params)
    prefix = _KIND_PREFIX[kind]
    src = f"({prefix} anonymous({p}\n) {{\n{body}\n}})"
    try:
        tree = parse(src, module=False, filename="<anonymous>")
    except ParseError as e:
        raise JSError.make("SyntaxError", e.message) from None
    stmts = tree.body
    if len(stmts) != 1 or stmts[0].type != "ExpressionStatement" or \
            stmts[0].expression.type != "FunctionExpression" or stmts[0].expression.start != 1 \
            or stmts[0].expression.end != len(src) - 1:
        raise JSError.make("SyntaxError", "Invalid function parameters or body")
    fnode = stmts[0].expression
    if fnode.body.start != len(f"({prefix} anonymous({p}\n) "):
        raise JSError.make("SyntaxError", "Invalid function parameters")
    c = Compiler(src, "<anonymous>")
    c.scope = Scope("script", None)
    c.scope.func = None
    try:
        code = run_deep(c.compile_function, fnode)
    except CompileError as e:
        raise JSError.make("SyntaxError", str(e)) from None
    code.source_text = src[1:-1]
    proto = get_prototype_from_constructor(new_target, _KIND_PROTO[kind]) if new_target is not None \
        else realm.intrinsics[_KIND_PROTO[kind]]
    return make_function(code, [None], realm, proto=proto)


def function_to_string(f):
    code = getattr(f, "code", None)
    if code is not None and code.source_text:
        return code.source_text
    name = ""
    p = f.props.get("name")
    v = p.value if type(p) is Prop else p
    if type(v) is str:
        name = v
    return f"function {name}() {{ [native code] }}"


def setup(realm):
    fp = realm.function_prototype

    def function_call(this, args):
        return create_dynamic_function(realm, "normal", args, None)

    def function_construct(args, new_target):
        return create_dynamic_function(realm, "normal", args, new_target)

    ctor = make_constructor(realm, "Function", 1, function_call, function_construct, fp)
    install_global(realm, "Function", ctor)

    @method(realm, fp, "apply", 2)
    def apply(this, args):
        if not is_callable(this):
            raise type_error("Function.prototype.apply was called on a non-function")
        arr = arg(args, 1)
        if arr is None or arr is null:
            return this.call(arg(args, 0), [])
        return this.call(arg(args, 0), create_list_from_array_like(arr))
    realm.function_apply = fp.props["apply"].value     # generated code tests for it (LazyArguments)

    @method(realm, fp, "call", 1)
    def call_(this, args):
        if not is_callable(this):
            raise type_error("Function.prototype.call was called on a non-function")
        return this.call(arg(args, 0), list(args[1:]))
    realm.function_call = fp.props["call"].value     # generated code calls past it (codegen function_call_call)

    @method(realm, fp, "bind", 1)
    def bind(this, args):
        """https://tc39.es/ecma262/#sec-function.prototype.bind"""
        if not is_callable(this):
            raise type_error("Bind must be called on a function")
        f = BoundFunction(this.get_prototype_of(), this, arg(args, 0), list(args[1:]))
        length = 0.0
        if this.get_own_property("length") is not None:
            tl = this.get("length", this)
            if type(tl) is float:
                if tl == float("inf"):
                    length = tl
                elif tl != float("-inf"):
                    li = to_integer_or_infinity(tl)
                    length = float(max(0, li - max(0, len(args) - 1)))
        f.props["length"] = Prop(length, CONFIGURABLE)
        name = this.get("name", this)
        if type(name) is not str:
            name = ""
        f.props["name"] = Prop("bound " + name, CONFIGURABLE)
        return f

    @method(realm, fp, "toString", 0)
    def to_string_(this, args):
        if not is_callable(this):
            raise type_error("Function.prototype.toString requires that 'this' be a Function")
        return function_to_string(this)

    f = native(realm, lambda this, args: ordinary_has_instance(this, arg(args, 0)),
               "[Symbol.hasInstance]", 1)
    fp.props[SYM_HAS_INSTANCE] = Prop(f, 0)

    def thrower(this, args):
        raise type_error("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them")
    tte = native(realm, thrower, "", 0)
    tte.props["length"] = Prop(0.0, 0)
    tte.props["name"] = Prop("", 0)
    tte.extensible = False
    realm.intrinsics["%ThrowTypeError%"] = tte
    fp.props["caller"] = Prop(None, ACCESSOR | CONFIGURABLE, tte, tte)
    fp.props["arguments"] = Prop(None, ACCESSOR | CONFIGURABLE, tte, tte)
