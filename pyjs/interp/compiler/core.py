"""The closure compiler: scopes, functions and programs.

Each ``compile_*`` method turns one AST node into a Python closure taking the
runtime environment list.  Expressions return values; statements return None
for a normal completion or a signal tuple for break/continue/return
(``("b", label)``, ``("c", label)``, ``("r", value)``), so loops never pay
for an exception per iteration.  See ARCHITECTURE.md.
"""
import re

from ..agent import state
from ..arguments import create_arguments_object, LazyArguments
from .expressions import literal_value
from .code import FunctionCode, NORMAL, GENERATOR, ASYNC, ASYNC_GENERATOR, make_function, constructs_plainly
from .lazy import LazyFunctionCode
from .refs import Ref
from .scope import (
    Scope, FunctionInfo, TDZ, const_literal, ready_for, scan_function, var_declared_names, lexical_declarations,
    is_strict_body, function_body_strict, function_arg_count, bound_names, contains_suspend, contains_expression,
    params_share_body_env,
)

BREAK = ("b", None)
CONTINUE = ("c", None)


class CompileError(Exception):
    """An early error found while compiling (becomes a JS SyntaxError)."""

    def __init__(self, message, node=None):
        super().__init__(message)
        self.node = node


class FunctionState:
    """Per-function compile state."""

    def __init__(self, info, scope, kind):
        self.info = info
        self.scope = scope
        self.kind = kind
        self.gen = kind in (GENERATOR, ASYNC, ASYNC_GENERATOR)
        self.in_params = False
        self.var_env = None         # (scope, copied slots, functions) of a separate var scope
        self.is_async = kind in (ASYNC, ASYNC_GENERATOR)
        self.code = None            # the FunctionCode being compiled
        self.lazy = None            # (stmts, concise body, call number) for a later generation


class CompilerCore:
    def __init__(self, source, filename):
        from ...parser import to_utf16
        self.source = to_utf16(source)      # node offsets count UTF-16 units
        self.filename = filename
        self.scope = None
        self.fn = None
        self.strict = False
        self.track_completion = False
        self.pending_labels = ()
        self.eval_in_params = False   # compiling a direct eval found in parameter expressions
        self.lazy_functions = False   # function bodies compiled on first call (see lazy.py)

    def error(self, msg, node=None):
        return CompileError(msg, node)

    def text(self, node):
        try:
            return self.source[node.start:node.end]
        except (AttributeError, TypeError):
            return "expression"

    # -- scopes ---------------------------------------------------------------------
    def push_scope(self, kind):
        s = Scope(kind, self.scope, strict=self.strict)
        self.scope = s
        return s

    def pop_scope(self):
        self.scope = self.scope.parent

    def resolve(self, name):
        scope = self.scope
        depth = 0
        checks = []
        outer_function = None       # the outermost function scope crossed (see ready_for)
        while scope is not None:
            if scope.kind == "with":
                checks.append(("with", depth, 1))
                depth += 1
                scope = scope.parent
                continue
            b = scope.bindings.get(name)
            if b is not None:
                return Ref(name, depth, b, tuple(checks), ready=ready_for(b, outer_function))
            if scope.eval_vars:
                checks.append(("eval", depth, scope.eval_slot))
            if scope.kind == "script":
                break
            if scope.kind in ("function", "eval"):
                outer_function = scope
            depth += 1
            scope = scope.parent
        return Ref(name, checks=tuple(checks), is_global=True)

    def literal_value(self, ref):
        """The Number a read of the resolved name ``ref`` gives whenever it gives one
        (scope.const_literal): a ``const`` of this code with a literal initializer, a
        global one when declared by this script (another script cannot declare the
        name again, so the script's code reads this binding wherever it runs).  Else
        None."""
        if ref.checks:
            return None
        if ref.binding is not None:
            return ref.binding.literal
        scope = self.scope
        while scope.parent is not None:
            scope = scope.parent
        consts = scope.literal_consts if scope.kind == "script" else None
        return consts.get(ref.name) if consts else None

    def resolve_this(self):
        return self.resolve("%this")

    # -- declaration instantiation ---------------------------------------------------
    def declare_lexicals(self, scope, stmts, top_level_functions_are_var=False, in_order=True):
        """Declare let/const/class (and block-level functions) of ``stmts`` in ``scope``;
        ``in_order``: the statements run one after the other (not a switch's cases,
        which may be entered past a declaration), so each binding is ready (past its
        TDZ) once its declaration has run.

        Returns the function declarations to instantiate on scope entry.
        """
        funcs = []
        seen = {}
        for name, kind, node in lexical_declarations(stmts, top_level_functions_are_var):
            prev = seen.get(name)
            if prev is not None and not (prev == "function" and kind == "function" and not self.strict):
                raise self.error(f"Identifier '{name}' has already been declared", node)
            seen[name] = kind
            b = scope.declare(name, kind)
            if kind == "function":
                funcs.append(node)
            else:
                b.literal = const_literal(kind, node, name)
                if in_order:
                    b.ready_at = getattr(node, "end", None)
        return funcs

    def instantiate_functions(self, funcs):
        """Closures creating hoisted function objects: list of (setter, code)."""
        out = []
        last = {}
        for f in funcs:
            last[f.id.name if f.id else "*default*"] = f
        for name, f in last.items():
            ref = self.resolve(name)
            from .refs import make_setter
            setter = make_setter(ref, True, init=True)
            code = self.compile_function(f)
            out.append((setter, code))
        return out

    # -- functions --------------------------------------------------------------------
    def method_source(self, definition):
        """The source text of a method, accessor or class element method: from its
        first token (``get``, ``async``, ``*`` or the key) to the end of its body;
        ``static`` is not part of it (https://tc39.es/ecma262/#sec-method-definitions)."""
        start = definition.start
        if getattr(definition, "static", False):
            start = _skip_trivia(self.source, start + len("static"))
        return self.source[start:definition.value.end]

    def compile_function(self, node, name=None, is_method=False, kind_override=None,
                         class_ctor=None, derived=False, field_init=None, into=None):
        """Compile a function node into a :class:`FunctionCode`.

        With ``lazy_functions`` set (code whose early errors were all checked
        before, see :mod:`pyjs.interp.compiler.lazy`) the result is a
        :class:`LazyFunctionCode` that compiles its body on first use; ``into``
        is that object, filled in when it does."""
        if self.lazy_functions and into is None:
            return self.lazy_function(node, name, is_method, class_ctor, derived, field_init)
        code = FunctionCode() if into is None else into
        fill_function_header(code, self, node, name, is_method, class_ctor, derived)
        kind, strict, is_arrow = code.kind, code.strict, code.is_arrow
        body = node.body
        stmts = body.body if body.type == "BlockStatement" else None
        info = FunctionInfo(node, strict, is_arrow, kind)
        scan_function(info, node.params + ([body] if stmts is None else stmts))

        saved = (self.scope, self.fn, self.strict, self.track_completion, self.pending_labels)
        self.strict = strict
        self.track_completion = False
        self.pending_labels = ()
        scope = Scope("function", self.scope, strict=strict)
        scope.func = scope
        if node.type != "FunctionDeclaration":
            scope.created_at = getattr(node, "start", None)
        scope.is_method = is_method                 # where a direct eval may use super
        scope.derived_ctor = derived and class_ctor is not None
        scope.field_initializer = getattr(node, "field_initializer", False)
        self.scope = scope
        fs = FunctionState(info, scope, kind)
        self.fn = fs
        fs.code = code
        try:
            if not is_arrow:
                scope.declare("%this", "this")        # slot 1
                scope.declare("%newtarget", "this")   # slot 2
                scope.declare("%func", "this")        # slot 3
                if derived:
                    scope.bindings["%this"].kind = "let"
            # a function that never reads this/super (nor evals) need not bind them
            code.has_this = not is_arrow and (info.uses_this or info.has_direct_eval)
            if info.has_direct_eval and not strict:
                scope.eval_vars = True
                scope.eval_slot = scope.new_temp()
            setup = self.compile_function_setup(node, scope, info, stmts, code, field_init)
            code.setup = setup
            if stmts is None:
                # a concise body that awaits has no plain (non-suspending) form
                gbody = self.generated_body(None, body) if fs.gen else None
                if gbody is not None:
                    code.body = gbody
                elif fs.gen:
                    if contains_suspend(body):
                        g = self.compile_expr_g(body)

                        def gbody(env):
                            return (yield from g(env))
                    else:
                        expr = self.compile_expr(body)

                        def gbody(env):
                            return expr(env)
                            yield
                    code.body = gbody
                else:
                    code.body = self.generated_body(None, body) or self.compile_expr(body)
            else:
                code.body = self.compile_function_body(stmts, fs)
            if fs.var_env is not None:
                var_scope, copied, funcs = fs.var_env     # its template is final only now
                code.body = _with_var_environment(code.body, var_scope.make_template(), copied, funcs)
        finally:
            self.scope, self.fn, self.strict, self.track_completion, self.pending_labels = saved
        code.template = scope.make_template()
        if derived:
            code.template[1] = TDZ
        code.plain_construct = constructs_plainly(code, info)
        if kind != NORMAL:
            from ..generators import runner_for
            code.runner = runner_for(kind)
            if kind == ASYNC:       # its whole [[Call]]: generated, or generators.async_fast
                from ..generators import async_entry, async_fast
                code.entry = getattr(code.body, "entry", None) or async_entry
                code.fast = getattr(code.body, "fast", None) or async_fast
                code.leaf = getattr(code.body, "leaf", False)
            elif kind == GENERATOR:     # its whole [[Call]] when generated
                code.entry = getattr(code.body, "entry", None)
                code.fast = getattr(code.body, "fast", None)
                code.leaf = getattr(code.body, "leaf", False)
        code.slow_call = code.is_class_constructor or code.runner is not None
        if fs.var_env is None and not code.slow_call:
            code.entry = getattr(code.body, "entry", None)
            code.fast = getattr(code.body, "fast", None)
            code.leaf = getattr(code.body, "leaf", False)
            if code.entry is None and fs.lazy is not None:
                from .. import codegen
                code.entry = codegen.tier_up_entry(self, fs, code)
        elif fs.var_env is None:
            if code.is_class_constructor:      # its [[Construct]]; the caller counts a leaf's step
                code.construct_fast = getattr(code.body, "fast", None)
                code.leaf = getattr(code.body, "leaf", False)
            if fs.lazy is not None:
                from .. import codegen
                code.body = codegen.tier_up_body(self, fs, code)
        return code

    def lazy_function(self, node, name, is_method, class_ctor, derived, field_init):
        """The :class:`LazyFunctionCode` for a function node: its header now (what
        compile_function sets first), its body when first needed."""
        code = LazyFunctionCode((self, self.scope, self.strict, node, name, is_method,
                                 class_ctor, derived, field_init))
        fill_function_header(code, self, node, name, is_method, class_ctor, derived)
        return code

    def generated_body(self, stmts, concise=None, script=False):
        """The body as generated Python (tier 2), when that tier is on and can take it:
        not for code a sloppy direct eval can change (see ARCHITECTURE.md).  ``script``:
        global code, which keeps its completion value."""
        from .. import codegen
        if not codegen.enabled():
            return None
        if script:
            if not (codegen.eager() or codegen.has_loop(stmts)) or codegen.has_direct_eval(stmts):
                return None
            return codegen.generate_body(self, stmts, None, None)
        if self.fn.info.has_direct_eval:
            return None
        if codegen.eager():
            return codegen.generate_body(self, stmts, concise, self.fn.code)
        # generated when it is called: at once if one call can run long (a loop),
        # else on its second call (see codegen.tier_up_entry)
        calls = 1 if codegen.has_loop(stmts if concise is None else [concise]) else codegen.TIER_UP_CALLS
        self.fn.lazy = (stmts, concise, calls)
        return None

    def compile_function_body(self, stmts, fs):
        body = self.generated_body(stmts)
        if body is not None:
            return body
        if fs.gen:
            return self.compile_body_g(stmts)
        if stmts and stmts[-1].type == "ReturnStatement" and stmts[-1].argument is not None \
                and not any(_contains_return(s) for s in stmts[:-1]):
            # the common shape "...; return expr": no signal tuple for the return
            init = self.compile_statements(stmts[:-1]) if len(stmts) > 1 else None
            result = self.compile_expr(stmts[-1].argument)
            if init is None:
                return result

            def body_return(env):
                init(env)
                return result(env)
            return body_return
        run = self.compile_statements(stmts)

        def body(env):
            sig = run(env)
            if sig is not None and sig[0] == "r":
                return sig[1]
            return None
        return body

    def compile_function_setup(self, node, scope, info, stmts, code, field_init):
        """FunctionDeclarationInstantiation (https://tc39.es/ecma262/#sec-functiondeclarationinstantiation)."""
        params = node.params
        simple = all(p.type == "Identifier" for p in params)
        # (index, value) of each parameter defaulting to a literal, when every parameter is an
        # identifier or one with such a default: then nothing can observe the parameters
        # before they are all bound (no TDZ to keep), nor the parameter environment apart
        # from the body's vars, and binding is a test per default
        literal_defaults = None if simple or info.has_direct_eval else _literal_defaults(params)
        param_names = []
        for p in params:
            bound_names(p, param_names)
        if self.strict or not simple or info.is_arrow:
            seen = set()
            for n in param_names:
                if n in seen:
                    raise self.error("Duplicate parameter name not allowed in this context", node)
                seen.add(n)
        for n in param_names:
            # with parameter expressions, parameters are in TDZ until bound in order
            scope.declare(n, "param" if simple or literal_defaults is not None else "tdzparam")
        args_slot = None
        needs_arguments = (not info.is_arrow and (info.uses_arguments or info.has_direct_eval)
                           and "arguments" not in param_names)
        # FunctionDeclarationInstantiation step 18: a body declaration named "arguments"
        # hides the object only when no parameter expression can see it
        body_may_hide_arguments = simple
        body_stmts = stmts if stmts is not None else []
        var_names = []
        top_funcs = []
        annexb = []
        var_declared_names(body_stmts, var_names, top_funcs, annexb, self.strict)
        lex = lexical_declarations(body_stmts, True)
        lex_names = {n for n, _, _ in lex}
        if needs_arguments and body_may_hide_arguments:
            fn_names = {f.id.name for f in top_funcs}
            if "arguments" in fn_names or "arguments" in lex_names:
                needs_arguments = False
        if needs_arguments:
            args_slot = scope.declare("arguments", "var").slot
        for n in var_names:
            if n in lex_names:
                raise self.error(f"Identifier '{n}' has already been declared", node)
        for f in top_funcs:
            if f.id.name in lex_names:
                raise self.error(f"Identifier '{f.id.name}' has already been declared", f)
        for n, kind, decl in lex:
            if n in param_names:
                raise self.error(f"Identifier '{n}' has already been declared", decl)

        param_binder = None
        defaults = ()
        if literal_defaults is not None:
            param_slots = [scope.bindings[(p if p.type == "Identifier" else p.left).name].slot for p in params]
            defaults = tuple((param_slots[i], value) for i, value in literal_defaults)
        else:
            param_slots = [scope.bindings[p.name].slot for p in params] if simple else None
        if param_slots is None:
            self.fn.in_params = True
            try:
                param_binder = self.compile_params(params)
            finally:
                self.fn.in_params = False
        if param_slots is None and any(contains_expression(p) for p in params) and (scope.eval_vars or (
                var_names or top_funcs or lex or annexb) and not params_share_body_env(
                params, {*var_names, *lex_names, *(f.id.name for f in top_funcs), *(f.id.name for f in annexb)})):
            # FunctionDeclarationInstantiation steps 28 and 30: with parameter expressions
            # the body's vars (and lexical declarations) live in environments of their
            # own, which the parameter expressions cannot see.  (A body that declares
            # nothing, and has no direct eval to declare something, would leave them
            # empty: no difference; nor do they differ when params_share_body_env.
            # Without expressions, as for rest or destructured parameters alone, the
            # spec keeps one environment, and the code generator takes the whole call.)
            var_scope = Scope("function", scope, func=scope, strict=self.strict)
            if scope.eval_vars:
                var_scope.eval_vars = True
                var_scope.eval_slot = var_scope.new_temp()
            self.scope = var_scope
        else:
            var_scope = scope
        for n in var_names:
            var_scope.declare(n, "var")
        for f in top_funcs:
            var_scope.declare(f.id.name, "var")
        self.declare_lexicals(var_scope, body_stmts, True)
        self.annexb_candidates(annexb, var_scope, set(param_names) | lex_names)
        funcs = self.instantiate_functions(top_funcs)
        if var_scope is not scope:
            fn_names = {f.id.name for f in top_funcs}
            copied = [(scope.bindings[n].slot, var_scope.bindings[n].slot)
                      for n in dict.fromkeys(var_names) if n in scope.bindings and n not in fn_names]
            self.fn.var_env = (var_scope, tuple(copied), funcs)
            funcs = []
        mapped = args_slot is not None and simple and not self.strict
        strict = self.strict
        field_runner = field_init

        # sloppy duplicate names: the last one wins, even when its argument is missing
        duplicates = len(set(param_names)) != len(param_names)

        def setup(env, args, fobj, make_arguments=True):
            if param_slots is not None:
                n = len(args)
                i = 0
                for slot in param_slots:
                    if i < n:
                        env[slot] = args[i]
                    elif duplicates:
                        env[slot] = None
                    i += 1
                for slot, value in defaults:
                    if env[slot] is None:
                        env[slot] = value
            if args_slot is not None and make_arguments:
                env[args_slot] = create_arguments_object(fobj, args, env, param_slots if mapped else None, strict)
            if param_binder is not None:
                param_binder(env, args)
            for setter, fcode in funcs:
                setter(env, make_function(fcode, env))
            if field_runner is not None:
                field_runner(env)
        setup.lazy_arguments = None
        # destructured, defaulted or rest parameters in the body's environment, whose
        # binding is all setup does (no arguments object, hoisted functions or fields)
        # and whose expressions make no closure and call no eval: the code generator
        # may bind them itself (FunctionGenerator.bind_pattern_params)
        setup.pattern_params = tuple(params) if param_slots is None and args_slot is None and not funcs \
            and field_init is None and var_scope is scope and params_share_body_env(params, ()) else None
        if args_slot is not None and param_slots is not None and field_init is None and not duplicates:
            setup.lazy_arguments = LazyArguments(
                tuple(param_slots), mapped, not funcs and not defaults,
                lambda fobj, args, env: create_arguments_object(fobj, args, env, param_slots if mapped else None,
                                                                strict))
        if param_slots is not None and args_slot is None and not funcs and field_init is None \
                and not duplicates:
            if not param_slots:
                return None
            code.param_slots = tuple(param_slots)
            code.param_defaults = defaults
        return setup

    def annexb_candidates(self, annexb, var_scope, forbidden):
        """Annex B.3.3: sloppy block functions also get a var binding (when no conflict)."""
        if self.strict:
            return
        for f in annexb:
            name = f.id.name
            if name in forbidden:
                continue
            f.annexb_var = True
            if name not in var_scope.bindings:
                var_scope.declare(name, "var")

    # -- programs ------------------------------------------------------------------
    def compile_script(self, program, eval_scope=None, direct_eval=False, strict=False):
        """Compile global or eval code; returns ``run(env) -> completion value``."""
        stmts = program.body
        self.strict = strict or is_strict_body(stmts)
        self.track_completion = True
        if eval_scope is None:
            self.scope = Scope("script", None, strict=self.strict)
            self.scope.func = None
            return self._compile_global(stmts)
        return self._compile_eval(stmts, eval_scope, direct_eval)

    def _compile_global(self, stmts):
        """GlobalDeclarationInstantiation (https://tc39.es/ecma262/#sec-globaldeclarationinstantiation)."""
        var_names = []
        top_funcs = []
        annexb = []
        var_declared_names(stmts, var_names, top_funcs, annexb, self.strict)
        lex = lexical_declarations(stmts, True)
        seen = set()
        for n, kind, node in lex:
            if n in seen:
                raise self.error(f"Identifier '{n}' has already been declared", node)
            seen.add(n)
        for n in var_names:
            if n in seen:
                raise self.error(f"Identifier '{n}' has already been declared")
        for f in top_funcs:
            if f.id.name in seen:
                raise self.error(f"Identifier '{f.id.name}' has already been declared")
        lex_list = [(n, kind) for n, kind, _ in lex]
        self.scope.literal_consts = {n: v for n, kind, node in lex
                                     if (v := const_literal(kind, node, n)) is not None}
        func_codes = []
        last = {}
        for f in top_funcs:
            last[f.id.name] = f
        for name, f in last.items():
            func_codes.append((name, self.compile_function(f)))
        annex_names = []
        if not self.strict:
            for f in annexb:
                n = f.id.name
                if n not in seen and n not in last:
                    f.annexb_var = True
                    annex_names.append(n)
        run = self.generated_body(stmts, script=True) or self.compile_statements(stmts)
        var_list = list(dict.fromkeys(var_names + annex_names))

        def instantiate(realm, env):
            from ..globals_decl import global_declaration_instantiation
            global_declaration_instantiation(realm, env, lex_list, var_list, func_codes)

        return instantiate, run

    def _compile_eval(self, stmts, parent_scope, direct):
        """EvalDeclarationInstantiation (https://tc39.es/ecma262/#sec-evaldeclarationinstantiation)."""
        self.scope = parent_scope
        strict = self.strict
        scope = Scope("eval", parent_scope, strict=strict)
        scope.func = parent_scope.func if parent_scope is not None else None
        var_names = []
        top_funcs = []
        annexb = []
        var_declared_names(stmts, var_names, top_funcs, annexb, strict)
        self.declare_lexicals(scope, stmts, True)
        lex_names = set(scope.bindings)
        for n in var_names + [f.id.name for f in top_funcs]:
            if n in lex_names:
                raise self.error(f"Identifier '{n}' has already been declared")
        var_scope = None
        if strict:
            for n in var_names:
                scope.declare(n, "var")
            for f in top_funcs:
                scope.declare(f.id.name, "var")
            self.annexb_candidates(annexb, scope, lex_names)
        else:
            var_scope = parent_scope
            while var_scope is not None and var_scope.kind not in ("function", "script", "module"):
                var_scope = var_scope.parent
            if var_scope is not None and var_scope.kind == "module":
                pass
        self.scope = scope
        self.fn = FunctionState(FunctionInfo(None, strict, True, NORMAL), scope, NORMAL) \
            if parent_scope is None or parent_scope.func is None else self.fn
        new_vars = []
        if not strict:
            all_names = list(dict.fromkeys(var_names + [f.id.name for f in top_funcs]))
            if self.eval_in_params:
                # the parameters' environment lies between this eval and its var scope
                for n in all_names:
                    b = var_scope.bindings.get(n)
                    if (b is not None and b.kind in ("param", "tdzparam")) or (
                            n == "arguments" and not self.fn.info.is_arrow):
                        raise self.error(f"Identifier '{n}' has already been declared")
            for n in all_names:
                self._check_eval_var_conflict(parent_scope, n)
                new_vars.append(n)
            for f in annexb:
                n = f.id.name
                if n not in lex_names and not self._eval_lexical_conflict(parent_scope, n):
                    f.annexb_var = True
                    if n not in new_vars:
                        new_vars.append(n)
        funcs = []
        last = {}
        for f in top_funcs:
            last[f.id.name] = f
        for name, f in last.items():
            from .refs import make_setter
            funcs.append((name, make_setter(self.resolve(name), False, init=strict), self.compile_function(f)))
        run = self.compile_statements(stmts)
        template = scope.make_template()
        declare_var = self._eval_var_declarer(var_scope) if not strict else None

        global_vars = not strict and (var_scope is None or var_scope.kind == "script")

        def instantiate(env):
            e = template.copy()
            e[0] = env
            if global_vars:
                from ..globals_decl import eval_global_declaration_instantiation
                eval_global_declaration_instantiation(
                    state.realm, new_vars, [(n, make_function(code, e)) for n, _, code in funcs])
                return e
            if declare_var is not None:
                for n in new_vars:
                    declare_var(env, n)
            for n, setter, code in funcs:
                setter(e, make_function(code, e))
            return e
        return instantiate, run

    def _eval_lexical_conflict(self, scope, name):
        """Whether a lexical declaration between a sloppy direct eval and its var scope
        (a function's top-level lexicals included: they share the var scope here) binds
        ``name`` (EvalDeclarationInstantiation step 3.d)."""
        s = scope
        while s is not None:
            b = s.bindings.get(name)
            if s.kind in ("function", "script", "module"):
                return s.kind == "function" and b is not None and b.kind in ("let", "const", "class")
            if b is not None and b.kind in ("let", "const", "class", "function") and s.kind != "catch":
                return True
            s = s.parent
        return False

    def _check_eval_var_conflict(self, scope, name):
        if self._eval_lexical_conflict(scope, name):
            raise self.error(f"Identifier '{name}' has already been declared")
        s = scope
        while s is not None and s.kind not in ("function", "script", "module"):
            s = s.parent
        if s is not None and s.kind == "script":
            glex = state.realm.global_lex
            if name in glex:
                raise self.error(f"Identifier '{name}' has already been declared")

    def _eval_var_declarer(self, var_scope):
        """How a sloppy direct eval declares a var in its variable environment."""
        if var_scope is None or var_scope.kind == "script":
            def declare(env, name):
                g = state.realm.global_object
                if g.get_own_property(name) is None:
                    from ..values import data_desc
                    if g.is_extensible():
                        g.define_own_property(name, data_desc(None, True, True, True))
            return declare
        depth = 0
        s = self.scope.parent
        while s is not var_scope:
            depth += 1
            s = s.parent
        bindings = var_scope.bindings
        slot = var_scope.eval_slot if var_scope.eval_vars else None

        def declare(env, name):
            if name in bindings:
                return
            e = env
            for _ in range(depth):
                e = e[0]
            if slot is None:
                return
            d = e[slot]
            if d is None:
                d = e[slot] = {}
            if name not in d:
                d[name] = None
        return declare

    # -- statement lists -----------------------------------------------------------
    def compile_statements(self, stmts):
        fns = [self.compile_stmt(s) for s in stmts]
        fns = [f for f in fns if f is not None]
        if not fns:
            return lambda env: None
        if len(fns) == 1:
            return fns[0]
        if len(fns) == 2:
            a, b = fns

            def seq2(env):
                sig = a(env)
                if sig is not None:
                    return sig
                return b(env)
            return seq2
        fns = tuple(fns)

        def seq(env):
            for f in fns:
                sig = f(env)
                if sig is not None:
                    return sig
            return None
        return seq


def _literal_defaults(params):
    """[(index, value)] of the parameters defaulting to a literal (not a RegExp literal, which
    makes an object each time) or a negated Number literal, or None unless every other
    parameter is an identifier."""
    found = []
    for i, p in enumerate(params):
        if p.type == "Identifier":
            continue
        if p.type != "AssignmentPattern" or p.left.type != "Identifier":
            return None
        value = _constant(p.right)
        if value is _NOT_CONSTANT:
            return None
        found.append((i, value))
    return found


_NOT_CONSTANT = object()


def _constant(node):
    if node.type == "Literal" and getattr(node, "regex", None) is None:
        return literal_value(node)
    if node.type == "UnaryExpression" and node.operator == "-" and node.argument.type == "Literal":
        value = literal_value(node.argument)
        if type(value) is float:
            return -value
    return _NOT_CONSTANT


def _with_var_environment(body, template, copied, funcs):
    """Run ``body`` in a fresh var environment below the parameters' one: vars that
    share a parameter's name start with its value, then the body's function
    declarations are instantiated there (FunctionDeclarationInstantiation 28, 36)."""
    def body_in_var_env(env):
        venv = template.copy()
        venv[0] = env
        for src, dst in copied:
            venv[dst] = env[src]
        for setter, fcode in funcs:
            setter(venv, make_function(fcode, venv))
        return body(venv)
    return body_in_var_env


_TRIVIA = re.compile(r"(?:\s|/\*.*?\*/|//[^\n\r\u2028\u2029]*)*", re.S)


def _skip_trivia(source, i):
    """The index of the first token at or after ``i`` (skipping white space and comments)."""
    return _TRIVIA.match(source, i).end()


def _contains_return(node):
    """Does a statement contain a return of the enclosing function?"""
    from .scope import walk_function_body
    found = []

    def visit(n):
        if n.type == "ReturnStatement":
            found.append(n)
            return False
        return n.type not in ("ArrowFunctionExpression", "ClassExpression", "ClassDeclaration")
    walk_function_body(node, visit)
    return bool(found)


def fill_function_header(code, compiler, node, name, is_method, class_ctor, derived):
    """Set what creating a function object needs (kind, strictness, position, name,
    length, constructor-ness) on ``code``: before compiling its body, or instead of it
    (pyjs.interp.compiler.lazy)."""
    is_arrow = node.type == "ArrowFunctionExpression"
    if node.generator:
        kind = ASYNC_GENERATOR if node.is_async else GENERATOR
    else:
        kind = ASYNC if node.is_async else NORMAL
    code.is_class_constructor = class_ctor is not None
    code.kind = kind
    code.strict = compiler.strict or class_ctor is not None or function_body_strict(node)
    code.is_arrow = is_arrow
    code.filename = compiler.filename
    code.line = getattr(node, "line", 0)
    code.column = getattr(node, "column", 0)
    code.source_text = compiler.source[node.start:node.end] if hasattr(node, "start") else ""
    code.is_method = is_method
    code.derived = derived
    code.name = name if name is not None else (node.id.name if node.id is not None else "")
    code.length = function_arg_count(node)
    code.is_constructor = (kind == NORMAL and not is_arrow and not is_method) or class_ctor is not None
