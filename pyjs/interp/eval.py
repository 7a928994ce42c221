"""Direct and indirect eval (https://tc39.es/ecma262/#sec-eval-x)."""
from ..parser import EvalContext, ParseError, parse
from .agent import state
from .values import JSError


def _compile(realm, src, strict, scope, fn_state, in_params=False, filename="<eval>"):
    from .compiler import Compiler, CompileError
    from .deep import run_deep
    try:
        tree = parse(src, module=False, filename=filename, eval_context=_eval_context(scope, strict))
    except ParseError as e:
        raise realm.syntax_error_from(e) from None
    c = Compiler(src, filename)
    c.fn = fn_state
    c.eval_in_params = in_params
    _check_eval_context(tree, scope, fn_state)
    try:
        return run_deep(c.compile_script, tree, scope, True, strict)
    except CompileError as e:
        raise JSError.make("SyntaxError", str(e)) from None


def _eval_context(scope, strict):
    """The parser's view of where this eval runs (PerformEval steps 5-8)."""
    private = set()
    s = scope
    while s is not None:
        private.update(n[1:] for n, b in s.bindings.items() if b.kind == "private")
        s = s.parent
    s = scope
    while s is not None and not (s.kind == "function" and "%func" in s.bindings):
        s = s.parent
    return EvalContext(strict=strict, in_function=scope is not None and scope.func is not None,
                       private_names=frozenset(private),
                       field_initializer=s is not None and getattr(s, "field_initializer", False))


def _check_eval_context(tree, scope, fn_state):
    """Early errors that depend on where a direct eval appears (§19.2.1.1 steps 5-7)."""
    from .compiler.scope import walk_function_body
    in_function = scope is not None and scope.func is not None
    in_method = False
    in_derived_ctor = False
    in_class_field = False
    s = scope
    while s is not None:
        if s.kind == "function":
            if "%func" in s.bindings:
                break
        s = s.parent
    info = getattr(fn_state, "info", None) if fn_state is not None else None
    node = getattr(info, "node", None) if info is not None else None
    seen = {"new.target": False, "super_call": False, "super_prop": False, "arguments": False}

    def visit(n):
        t = n.type
        if t == "MetaProperty" and n.meta.name == "new":
            seen["new.target"] = True
        elif t == "CallExpression" and n.callee.type == "Super":
            seen["super_call"] = True
        elif t == "MemberExpression" and n.object.type == "Super":
            seen["super_prop"] = True
        return True
    for st in tree.body:
        walk_function_body(st, visit)
    fscope = scope
    while fscope is not None and not (fscope.kind == "function" and "%func" in fscope.bindings):
        fscope = fscope.parent
    if seen["new.target"] and fscope is None:
        raise JSError.make("SyntaxError", "new.target expression is not allowed here")
    if seen["super_prop"] and (fscope is None or not _is_method_scope(fscope)):
        raise JSError.make("SyntaxError", "'super' keyword unexpected here")
    if seen["super_call"] and (fscope is None or not getattr(fscope, "derived_ctor", False)):
        raise JSError.make("SyntaxError", "'super' keyword unexpected here")


def _is_method_scope(fscope):
    return getattr(fscope, "is_method", False)


def perform_direct_eval(realm, src, strict, scope, env, fn_state, in_params=False):
    instantiate, run = _compile(realm, src, strict, scope, fn_state, in_params)
    saved = getattr(state, "cv", None)
    state.cv = None
    try:
        e = instantiate(env)
        run(e)
        return state.cv
    finally:
        state.cv = saved


def indirect_eval(realm, src):
    """Eval in the global scope (``(0, eval)(src)``): a new lexical scope over the global one."""
    if type(src) is not str:
        return src
    from .compiler.scope import Scope
    from .deep import run_deep
    scope = Scope("script", None)
    scope.func = None

    def go():
        prev = state.realm
        state.realm = realm
        try:
            return perform_direct_eval(realm, src, False, scope, [None], None)
        finally:
            state.realm = prev
    return run_deep(go)
