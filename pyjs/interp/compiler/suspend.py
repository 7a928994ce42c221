"""Generator-mode compilation: only code paths that can suspend become Python generators.

Inside generator and async functions, a statement or expression containing
``yield``/``await`` compiles to a Python generator function ``g(env)`` used
with ``yield from``; everything else stays a plain closure.  Expressions with
suspending operands use "spilling": operands are evaluated in order into
temporary slots, then the plain closure of the expression reads the temps.

The Python generator yields ``(kind, value)`` pairs to its driver (see
:mod:`pyjs.interp.generators`): ``AWAIT`` to await a value, ``YIELD`` to
yield a value, ``YIELD_RAW`` to hand an inner iterator result through
(``yield*`` in sync generators).
"""
from ...parser.nodes import Node
from ..agent import state, take_steps
from ..generators import AWAIT, YIELD, GeneratorReturn, yield_star
from ..arrays import JSArray
from ..ops import (to_boolean, to_object, get_iterator, iterator_step_value, iterator_close,
                   strict_equals, iterator_complete, iterator_value, call,
                   get_method, to_property_key, require_object_coercible, get_v, copy_data_properties)
from ..values import JSError, JSObject, MISSING, null, type_error
from .code import make_function
from .refs import make_setter
from .scope import contains_suspend, bound_names
from .statements import for_in_keys, _has_closure
from .patterns import MemberTarget

# operand fields of expression types spilled generically, in evaluation order
_OPERANDS = {
    "BinaryExpression": ("left", "right"),
    "UnaryExpression": ("argument",),
    "CallExpression": ("callee", "arguments"),
    "NewExpression": ("callee", "arguments"),
    "ArrayExpression": ("elements",),
    "TemplateLiteral": ("expressions",),
    "TaggedTemplateExpression": ("tag", "quasi"),
    "MemberExpression": ("object", "property"),
    "SpreadElement": ("argument",),
    "ObjectExpression": ("properties",),
    "Property": ("key", "value"),
    "ChainExpression": ("expression",),
    "UpdateExpression": ("argument",),
    "ImportExpression": ("source",),
}


def _wrap_plain_stmt(f):
    def g(env):
        return f(env)
        yield  # pragma: no cover - makes this a generator
    return g


def _wrap_plain_expr(f):
    def g(env):
        return f(env)
        yield  # pragma: no cover
    return g


def _nothing_g(env):
    """The generator form of a statement that does nothing (``;``, ``var x;``)."""
    return None
    yield  # pragma: no cover


class SuspendCompiler:

    def compile_stmt_g_as_plain(self, node):
        raise self.error("Unsupported position for yield/await", node)

    def compile_expr_g_as_plain(self, node):
        raise self.error("Unsupported position for yield/await", node)

    # -- bodies and statement lists ---------------------------------------------------
    def compile_body_g(self, stmts):
        run = self.compile_statements_g(stmts)

        def body(env):
            try:
                sig = yield from run(env)
            except GeneratorReturn as r:
                return r.value
            if sig is not None and sig[0] == "r":
                return sig[1]
            return None
        return body

    def compile_statements_g(self, stmts):
        fns = []
        for s in stmts:
            f = self.compile_stmt_g(s)
            if f is not None:
                fns.append(f)
        fns = tuple(fns)

        def seq(env):
            for is_gen, f in fns:
                sig = (yield from f(env)) if is_gen else f(env)
                if sig is not None:
                    return sig
            return None
        return seq

    def compile_stmt_g(self, node):
        """(is_generator, closure) for a statement in a generator body, or None."""
        if not contains_suspend(node) or node.type not in _STMT_G:
            f = self.compile_stmt(node)
            return None if f is None else (False, f)
        return True, getattr(self, "stmt_g_" + node.type)(node)

    def sub_g(self, node):
        r = self.compile_stmt_g(node)
        if r is None:
            return _nothing_g
        is_gen, f = r
        return f if is_gen else _wrap_plain_stmt(f)

    def block_g(self, stmts):
        from .scope import lexical_declarations
        if not lexical_declarations(stmts, False):
            return self.compile_statements_g(stmts)
        scope = self.push_scope("block")
        try:
            funcs = self.declare_lexicals(scope, stmts)
            inits = self.instantiate_functions(funcs)
            run = self.compile_statements_g(stmts)
        finally:
            self.pop_scope()
        template = scope.make_template()

        def block(env):
            e = template.copy()
            e[0] = env
            for setter, code in inits:
                setter(e, make_function(code, e))
            return (yield from run(e))
        return block

    # -- statements -----------------------------------------------------------------------
    def stmt_g_BlockStatement(self, node):
        return self.block_g(node.body)

    def stmt_g_ExpressionStatement(self, node):
        e = self.compile_expr_g(node.expression)
        track = self.track_completion

        def expr(env):
            v = yield from e(env)
            if track:
                state.cv = v
        return expr

    def stmt_g_VariableDeclaration(self, node):
        steps = []
        kind = node.kind
        for d in node.declarations:
            if d.init is None:
                if kind != "var":
                    steps.append((False, self.compile_binding_init(d.id, None, init=True)))
                continue
            if contains_suspend(d.id):
                val = self.expr_g_or_plain(d.init)
                init = kind != "var"
                bind = self.pattern_g(d.id, lambda n, init=init: make_setter(
                    self.resolve(n.name), self.strict, init=init))
                steps.append((True, (val, bind, True)))
            elif contains_suspend(d.init):
                if d.id.type == "Identifier":
                    val = self.compile_expr_g_named(d.init, d.id.name)
                    setter = make_setter(self.resolve(d.id.name), self.strict, init=kind != "var")
                else:
                    val = self.compile_expr_g(d.init)
                    setter = self.compile_binding_pattern(d.id, kind != "var")
                steps.append((True, (val, setter, False)))
            else:
                val = self.compile_expr_named(d.init, d.id.name) if d.id.type == "Identifier" \
                    else self.compile_expr(d.init)
                steps.append((False, self.compile_binding_init(d.id, val, init=kind != "var")))
        steps = tuple(steps)

        def decl(env):
            for is_gen, s in steps:
                if is_gen:
                    val, setter, setter_is_gen = s
                    v = yield from val(env)
                    if setter_is_gen:
                        yield from setter(env, v)
                    else:
                        setter(env, v)
                else:
                    s(env)
        return decl

    def stmt_g_ReturnStatement(self, node):
        e = self.compile_expr_g(node.argument)
        is_async_gen = self.fn.kind == "asyncgen"

        def ret(env):
            v = yield from e(env)
            if is_async_gen:
                v = yield (AWAIT, v)
            return ("r", v)
        return ret

    def stmt_g_ThrowStatement(self, node):
        e = self.compile_expr_g(node.argument)

        def throw(env):
            raise JSError((yield from e(env)))
        return throw

    def stmt_g_IfStatement(self, node):
        test = self.expr_g_or_plain(node.test)
        cons = self.sub_g(node.consequent)
        alt = self.sub_g(node.alternate) if node.alternate is not None else None

        def if_(env):
            if to_boolean((yield from test(env))):
                return (yield from cons(env))
            if alt is not None:
                return (yield from alt(env))
            return None
        return if_

    def stmt_g_LabeledStatement(self, node):
        labels = self.pending_labels + (node.label.name,)
        body = node.body
        if body.type in ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                         "DoWhileStatement", "LabeledStatement"):
            self.pending_labels = labels
            return self.sub_g(body)
        self.pending_labels = ()
        inner = self.sub_g(body)
        label = node.label.name

        def labeled(env):
            sig = yield from inner(env)
            if sig is not None and sig[0] == "b" and sig[1] == label:
                return None
            return sig
        return labeled

    def stmt_g_WhileStatement(self, node):
        labels = self.take_labels()
        test = self.expr_g_or_plain(node.test)
        body = self.sub_g(node.body)
        classify = self.loop_signal(labels)

        def while_(env):
            while to_boolean((yield from test(env))):
                take_steps(1)
                sig = yield from body(env)
                if sig is not None:
                    c = classify(sig)
                    if c == 1:
                        break
                    if c == 2:
                        return sig
            return None
        return while_

    def stmt_g_DoWhileStatement(self, node):
        labels = self.take_labels()
        test = self.expr_g_or_plain(node.test)
        body = self.sub_g(node.body)
        classify = self.loop_signal(labels)

        def do_while(env):
            while True:
                take_steps(1)
                sig = yield from body(env)
                if sig is not None:
                    c = classify(sig)
                    if c == 1:
                        break
                    if c == 2:
                        return sig
                if not to_boolean((yield from test(env))):
                    break
            return None
        return do_while

    def stmt_g_ForStatement(self, node):
        labels = self.take_labels()
        init_node = node.init
        lexical = init_node is not None and init_node.type == "VariableDeclaration" and init_node.kind != "var"
        scope = None
        if lexical:
            scope = self.push_scope("block")
            for d in init_node.declarations:
                for n in bound_names(d.id, []):
                    scope.declare(n, "const" if init_node.kind == "const" else "let").ready_at = init_node.end
        try:
            if init_node is None:
                init = None
            elif init_node.type == "VariableDeclaration":
                init = self.sub_g(init_node)
            else:
                init = self.expr_g_or_plain(init_node)
            test = self.expr_g_or_plain(node.test) if node.test is not None else None
            update = self.expr_g_or_plain(node.update) if node.update is not None else None
            body = self.sub_g(node.body)
        finally:
            if lexical:
                self.pop_scope()
        classify = self.loop_signal(labels)
        per_iteration = lexical and _has_closure(node)
        template = scope.make_template() if lexical else None

        def for_(env):
            if template is not None:
                e = template.copy()
                e[0] = env
            else:
                e = env
            if init is not None:
                yield from init(e)
            if per_iteration:
                e = e.copy()
            while True:
                if test is not None and not to_boolean((yield from test(e))):
                    break
                take_steps(1)
                sig = yield from body(e)
                if sig is not None:
                    c = classify(sig)
                    if c == 1:
                        break
                    if c == 2:
                        return sig
                if per_iteration:
                    e = e.copy()
                if update is not None:
                    yield from update(e)
            return None
        return for_

    def stmt_g_ForInStatement(self, node):
        return self._for_in_of_g(node, "in")

    def stmt_g_ForOfStatement(self, node):
        return self._for_in_of_g(node, "await" if node.is_await else "of")

    def _for_head_g(self, left):
        """``bind(env, value)`` as a generator returning env, for a for-in/of head
        (a var declaration or an assignment target) whose pattern yields/awaits."""
        if left.type == "VariableDeclaration":
            target = self.pattern_g(left.declarations[0].id,
                                    lambda n: make_setter(self.resolve(n.name), self.strict))
        else:
            target = self.pattern_g(left, self.compile_assign_target)

        def bind(env, v):
            yield from target(env, v)
            return env
        return bind

    def _for_in_of_g(self, node, kind):
        labels = self.take_labels()
        bind_suspends = False
        left = node.left
        if left.type == "VariableDeclaration" and left.kind != "var":
            decl = left.declarations[0]
            tdz = self._lexical_head(node, decl)
            try:
                right = self.expr_g_or_plain(node.right)
            finally:
                self.pop_scope()
            scope = self._lexical_head(node, decl)
            try:
                bind_pat = self.compile_binding_pattern(decl.id, True)
                body = self.sub_g(node.body)
            finally:
                self.pop_scope()
            template = scope.make_template()
            tdz_template = tdz.make_template()

            def bind(env, v):
                e = template.copy()
                e[0] = env
                bind_pat(e, v)
                return e

            def eval_right(env):
                e = tdz_template.copy()
                e[0] = env
                return (yield from right(e))
        elif contains_suspend(node.left):
            bind = self._for_head_g(node.left)
            bind_suspends = True
            eval_right = self.expr_g_or_plain(node.right)
            body = self.sub_g(node.body)
        else:
            _, bind = self.compile_for_in_of_head(node)
            eval_right = self.expr_g_or_plain(node.right)
            body = self.sub_g(node.body)
        classify = self.loop_signal(labels)
        if kind == "in":
            def for_in(env):
                obj = yield from eval_right(env)
                if obj is None or obj is null:
                    return None
                for key in for_in_keys(to_object(obj)):
                    take_steps(1)
                    e = (yield from bind(env, key)) if bind_suspends else bind(env, key)
                    sig = yield from body(e)
                    if sig is not None:
                        c = classify(sig)
                        if c == 1:
                            break
                        if c == 2:
                            return sig
                return None
            return for_in
        is_await = kind == "await"

        def for_of(env):
            iterable = yield from eval_right(env)
            rec = get_iterator(iterable, "async" if is_await else "sync")
            while True:
                if is_await:
                    r = yield (AWAIT, call(rec.next_method, rec.iterator, []))
                    if not isinstance(r, JSObject):
                        raise type_error("Iterator result is not an object")
                    if iterator_complete(r):
                        return None
                    v = iterator_value(r)
                else:
                    v = iterator_step_value(rec)
                    if v is MISSING:
                        return None
                take_steps(1)
                try:
                    e = (yield from bind(env, v)) if bind_suspends else bind(env, v)
                    sig = yield from body(e)
                except (JSError, GeneratorReturn) as exc:
                    if is_await:
                        yield from _async_iterator_close(rec, exc)
                    else:
                        iterator_close(rec, exc if isinstance(exc, JSError) else None)
                    raise
                if sig is not None:
                    c = classify(sig)
                    if c == 0:
                        continue
                    if is_await:
                        yield from _async_iterator_close(rec, None)
                    else:
                        iterator_close(rec)
                    return None if c == 1 else sig
        return for_of

    def stmt_g_SwitchStatement(self, node):
        labels = self.take_labels()
        disc = self.expr_g_or_plain(node.discriminant)
        from .scope import lexical_declarations
        all_stmts = [s for c in node.cases for s in c.consequent]
        has_lex = bool(lexical_declarations(all_stmts, False))
        scope = self.push_scope("block") if has_lex else None
        try:
            inits = self.instantiate_functions(self.declare_lexicals(scope, all_stmts, in_order=False)) if has_lex else []
            cases = []
            default_index = -1
            for i, c in enumerate(node.cases):
                if c.test is None:
                    default_index = i
                test = self.expr_g_or_plain(c.test) if c.test is not None else None
                cases.append((test, self.compile_statements_g(c.consequent)))
        finally:
            if has_lex:
                self.pop_scope()
        template = scope.make_template() if has_lex else None

        def switch(env):
            v = yield from disc(env)
            e = env
            if template is not None:
                e = template.copy()
                e[0] = env
                for setter, code in inits:
                    setter(e, make_function(code, e))
            start = -1
            for i, (test, _) in enumerate(cases):
                if test is not None and strict_equals(v, (yield from test(e))):
                    start = i
                    break
            if start < 0:
                start = default_index
                if start < 0:
                    return None
            for i in range(start, len(cases)):
                sig = yield from cases[i][1](e)
                if sig is not None:
                    if sig[0] == "b" and (sig[1] is None or sig[1] in labels):
                        return None
                    return sig
            return None
        return switch

    def stmt_g_TryStatement(self, node):
        block = self.block_g(node.block.body)
        handler = None
        if node.handler is not None:
            clause = node.handler
            if clause.param is None:
                hbody = self.block_g(clause.body.body)

                def handler(env, err):
                    return (yield from hbody(env))
            else:
                scope = self.push_scope("catch")
                try:
                    for n in bound_names(clause.param, []):
                        scope.declare(n, "let" if clause.param.type != "Identifier" else "catchparam")
                    bind = self.compile_binding_pattern(clause.param, True)
                    hbody = self.block_g(clause.body.body)
                finally:
                    self.pop_scope()
                template = scope.make_template()

                def handler(env, err):
                    e = template.copy()
                    e[0] = env
                    bind(e, err.value)
                    return (yield from hbody(e))
        final = self.block_g(node.finalizer.body) if node.finalizer is not None else None

        def try_(env):
            if final is None:
                try:
                    return (yield from block(env))
                except JSError as e:
                    return (yield from handler(env, e))
            try:
                if handler is None:
                    sig = yield from block(env)
                else:
                    try:
                        sig = yield from block(env)
                    except JSError as e:
                        sig = yield from handler(env, e)
            except (JSError, GeneratorReturn):
                fsig = yield from final(env)
                if fsig is not None:
                    return fsig
                raise
            fsig = yield from final(env)
            if fsig is not None:
                return fsig
            return sig
        return try_

    def stmt_g_WithStatement(self, node):
        obj = self.expr_g_or_plain(node.object)
        scope = self.push_scope("with")
        scope.size = 2
        try:
            body = self.sub_g(node.body)
        finally:
            self.pop_scope()

        def with_(env):
            o = to_object((yield from obj(env)))
            return (yield from body([env, o]))
        return with_

    def stmt_g_ClassDeclaration(self, node):
        cls = self.compile_class_g(node, node.id.name)
        setter = make_setter(self.resolve(node.id.name), self.strict, init=True)

        def class_decl(env):
            setter(env, (yield from cls(env)))
        return class_decl

    # -- expressions ----------------------------------------------------------------------
    def expr_g_or_plain(self, node):
        if contains_suspend(node):
            return self.compile_expr_g(node)
        return _wrap_plain_expr(self.compile_expr(node))

    def compile_expr_g(self, node):
        if node is None:
            return _wrap_plain_expr(lambda env: None)
        if not contains_suspend(node):
            return _wrap_plain_expr(self.compile_expr(node))
        m = getattr(self, "expr_g_" + node.type, None)
        if m is not None:
            return m(node)
        return self.spill(node)

    def expr_g_ClassExpression(self, node):
        return self.compile_class_g(node, None)

    def compile_expr_g_named(self, node, name):
        """compile_expr_g with NamedEvaluation of an anonymous class (the only anonymous
        function-like whose evaluation can suspend: in its heritage or computed keys)."""
        if node.type == "ClassExpression" and node.id is None:
            return self.compile_class_g(node, name)
        return self.compile_expr_g(node)

    def expr_g_AwaitExpression(self, node):
        arg = self.expr_g_or_plain(node.argument)

        def await_(env):
            v = yield from arg(env)
            return (yield (AWAIT, v))
        return await_

    def expr_g_YieldExpression(self, node):
        arg = self.expr_g_or_plain(node.argument) if node.argument is not None else None
        is_async = self.fn.kind == "asyncgen"
        if node.delegate:
            def delegate(env):
                v = yield from arg(env)
                return (yield from yield_star(v, is_async))
            return delegate

        def yield_(env):
            v = (yield from arg(env)) if arg is not None else None
            if is_async:
                v = yield (AWAIT, v)
                try:
                    return (yield (YIELD, v))
                except GeneratorReturn as r:
                    # an async generator's return(v) awaits v at the yield point
                    raise GeneratorReturn((yield (AWAIT, r.value)))
            return (yield (YIELD, v))
        return yield_

    def expr_g_SequenceExpression(self, node):
        parts = tuple(self.expr_g_or_plain(e) for e in node.expressions)

        def seq(env):
            v = None
            for p in parts:
                v = yield from p(env)
            return v
        return seq

    def expr_g_LogicalExpression(self, node):
        left = self.expr_g_or_plain(node.left)
        right = self.expr_g_or_plain(node.right)
        op = node.operator

        def logical(env):
            v = yield from left(env)
            if op == "&&":
                return (yield from right(env)) if to_boolean(v) else v
            if op == "||":
                return v if to_boolean(v) else (yield from right(env))
            return (yield from right(env)) if v is None or v is null else v
        return logical

    def expr_g_ConditionalExpression(self, node):
        test = self.expr_g_or_plain(node.test)
        cons = self.expr_g_or_plain(node.consequent)
        alt = self.expr_g_or_plain(node.alternate)

        def cond(env):
            if to_boolean((yield from test(env))):
                return (yield from cons(env))
            return (yield from alt(env))
        return cond

    def expr_g_AssignmentExpression(self, node):
        target = node.left
        if node.operator == "=" and target.type in ("Identifier", "ObjectPattern", "ArrayPattern") \
                and not contains_suspend(target):
            right = self.compile_expr_g(node.right)
            if target.type == "Identifier":
                ref = self.resolve(target.name)
                setter = make_setter(ref, self.strict)
            else:
                setter = self.compile_assignment_pattern(target)

            def assign(env):
                v = yield from right(env)
                setter(env, v)
                return v
            return assign
        if node.operator == "=" and target.type in ("ObjectPattern", "ArrayPattern"):
            right = self.expr_g_or_plain(node.right)
            assign = self.pattern_g(target, self.compile_assign_target)

            def assign_pattern(env):
                v = yield from right(env)
                yield from assign(env, v)
                return v
            return assign_pattern
        if target.type == "MemberExpression" and node.operator == "=" and not contains_suspend(target):
            # evaluate the reference's parts first, then the suspending right side
            return self.spill(node, fields=("left_parts", "right"))
        if target.type == "Identifier" and not contains_suspend(target):
            return self.spill(node, fields=("right",))
        return self.spill(node, fields=("left_parts", "right"))

    def pattern_g(self, node, leaf):
        """Destructuring whose defaults or computed keys suspend: ``g(env, value)`` generators.

        Mirrors :class:`~.patterns.PatternCompiler`; only patterns containing
        ``yield``/``await`` come here.
        """
        if not contains_suspend(node):
            plain = self._pattern(node, leaf)

            def wrapped(env, v):
                plain(env, v)
                return None
                yield  # pragma: no cover
            return wrapped
        t = node.type
        if t == "AssignmentPattern":
            target = self.pattern_g(node.left, leaf)
            default = self.expr_g_or_plain(node.right)
            if type(target) is MemberTargetG:
                return MemberTargetG(target.ref, target.put, default)

            def with_default(env, v):
                if v is None:
                    v = yield from default(env)
                yield from target(env, v)
            return with_default
        if t == "ObjectPattern":
            steps = []
            rest = None
            for p in node.properties:
                if p.type == "RestElement":
                    rest = self.pattern_g(p.argument, leaf)
                    continue
                key = self.expr_g_or_plain(p.key) if p.computed else self.static_key(p.key)
                steps.append((p.computed, key, self.pattern_g(p.value, leaf)))

            def bind_object(env, value):
                require_object_coercible(value)
                used = []
                for computed, key, target in steps:
                    k = to_property_key((yield from key(env))) if computed else key
                    used.append(k)
                    if type(target) is MemberTargetG:
                        # the target reference is evaluated before the property is read
                        ref = yield from target.ref(env)
                        yield from target.assign(env, ref, get_v(value, k))
                    else:
                        yield from target(env, get_v(value, k))
                if rest is not None:
                    o = JSObject(state.realm.object_prototype)
                    copy_data_properties(o, value, used)
                    yield from rest(env, o)
            return bind_object
        if t == "ArrayPattern":
            elems = []
            for el in node.elements:
                if el is None:
                    elems.append((False, None))
                elif el.type == "RestElement":
                    elems.append((True, self.pattern_g(el.argument, leaf)))
                else:
                    elems.append((False, self.pattern_g(el, leaf)))

            def bind_array(env, value):
                rec = get_iterator(value)
                try:
                    for is_rest, target in elems:
                        ref = MISSING
                        if type(target) is MemberTargetG:
                            # the target reference is evaluated before the iterator steps
                            ref = yield from target.ref(env)
                        if is_rest:
                            items = []
                            while not rec.done:
                                v = iterator_step_value(rec)
                                if v is MISSING:
                                    break
                                items.append(v)
                            items = JSArray(state.realm.array_prototype, items)
                            if ref is not MISSING:
                                yield from target.assign(env, ref, items)
                            else:
                                yield from target(env, items)
                            continue
                        v = None
                        if not rec.done:
                            v = iterator_step_value(rec)
                            if v is MISSING:
                                v = None
                        if ref is not MISSING:
                            yield from target.assign(env, ref, v)
                        elif target is not None:
                            yield from target(env, v)
                except (JSError, GeneratorReturn) as e:
                    if not rec.done:
                        iterator_close(rec, e if isinstance(e, JSError) else None)
                    raise
                if not rec.done:
                    iterator_close(rec)
            return bind_array
        if t == "MemberExpression" and node.object.type != "Super" and contains_suspend(node):
            return self.member_target_g(node)
        plain_leaf = leaf(node)
        if type(plain_leaf) is MemberTarget:
            return MemberTargetG(_wrap_plain_expr(plain_leaf.ref), plain_leaf.put)

        def leaf_g(env, v):
            plain_leaf(env, v)
            return None
            yield  # pragma: no cover
        return leaf_g

    def member_target_g(self, node):
        """A destructuring target ``o.p`` / ``o[k]`` / ``o.#p`` whose object or key suspends."""
        obj = self.expr_g_or_plain(node.object)
        if node.property.type == "PrivateIdentifier":
            pn = self.private_name_getter(node.property)

            def ref(env):
                return ((yield from obj(env)), pn(env))
        elif node.computed:
            key = self.expr_g_or_plain(node.property)

            def ref(env):
                o = yield from obj(env)
                return (o, (yield from key(env)))
        else:
            ref = obj
        return MemberTargetG(ref, self.member_put(node))

    def spill(self, node, fields=None):
        """Evaluate the operands of ``node`` into temporaries, then run its plain closure."""
        scope = self.scope
        clone = _clone(node)
        names = fields or _OPERANDS.get(node.type)
        if names is None:
            raise self.error(f"yield/await inside {node.type} is not supported", node)
        last_suspend = -1
        operands = []
        for name in names:
            if name == "left_parts":
                target = node.left
                parts = [("object", target.object)] if target.object.type != "Super" else []
                if target.computed:
                    parts.append(("property", target.property))
                holder = _clone(target)
                clone.left = holder
                for attr, child in parts:
                    operands.append((holder, attr, None, child))
                continue
            v = getattr(node, name, None)
            if type(v) is list:
                lst = list(v)
                setattr(clone, name, lst)
                for i, child in enumerate(lst):
                    if child is None:
                        continue
                    if child.type == "SpreadElement":
                        holder = _clone(child)
                        lst[i] = holder
                        operands.append((holder, "argument", None, child.argument))
                    elif child.type == "Property":
                        holder = _clone(child)
                        lst[i] = holder
                        if child.computed:
                            operands.append((holder, "key", None, child.key))
                        if not (child.method or child.kind in ("get", "set")):
                            operands.append((holder, "value", None, child.value))
                    else:
                        operands.append((clone, name, i, child))
            elif isinstance(v, Node):      # a LazyFunction too
                if node.type == "CallExpression" and name == "callee" and v.type == "MemberExpression":
                    holder = _clone(v)
                    clone.callee = holder
                    if v.object.type != "Super":
                        operands.append((holder, "object", None, v.object))
                    if v.computed:
                        operands.append((holder, "property", None, v.property))
                    continue
                if node.type == "TaggedTemplateExpression" and name == "quasi":
                    holder = _clone(v)
                    holder.expressions = list(v.expressions)
                    clone.quasi = holder
                    for i, child in enumerate(v.expressions):
                        operands.append((holder, "expressions", i, child))
                    continue
                if name == "property" and node.type == "MemberExpression" and not node.computed:
                    continue
                if node.type == "UnaryExpression" and node.operator == "delete" and v.type == "MemberExpression":
                    holder = _clone(v)
                    clone.argument = holder
                    operands.append((holder, "object", None, v.object))
                    if v.computed:
                        operands.append((holder, "property", None, v.property))
                    continue
                operands.append((clone, name, None, v))
        for idx, op in enumerate(operands):
            if contains_suspend(op[3]):
                last_suspend = idx
        steps = []
        for idx, (holder, attr, index, child) in enumerate(operands):
            if idx > last_suspend:
                break
            slot = scope.new_temp()
            temp = Node("Temp", slot=slot)
            temp.depth_scope = scope
            if index is None:
                setattr(holder, attr, temp)
            else:
                getattr(holder, attr)[index] = temp
            if contains_suspend(child):
                steps.append((True, self.compile_expr_g(child), slot))
            else:
                steps.append((False, self.compile_expr(child), slot))
        final = self.compile_expr(clone)
        steps = tuple(steps)

        def spilled(env):
            for is_gen, f, slot in steps:
                env[slot] = (yield from f(env)) if is_gen else f(env)
            return final(env)
        return spilled

    def temp_reader(self, slot):
        return lambda env: env[slot]


def _clone(node):
    return node.__copy__()      # a plain Node (a LazyFunction loads first)


def _async_iterator_close(rec, exc):
    """AsyncIteratorClose (https://tc39.es/ecma262/#sec-asynciteratorclose)."""
    it = rec.iterator
    try:
        ret = get_method(it, "return")
        if ret is None:
            return
        r = ret.call(it, [])
        r = yield (AWAIT, r)
    except JSError:
        if exc is not None:
            return
        raise
    if exc is None and not isinstance(r, JSObject):
        raise type_error("iterator.return() did not return an object")


_STMT_G = frozenset((
    "BlockStatement", "ExpressionStatement", "VariableDeclaration", "ReturnStatement",
    "ThrowStatement", "IfStatement", "LabeledStatement", "WhileStatement", "DoWhileStatement",
    "ForStatement", "ForInStatement", "ForOfStatement", "SwitchStatement", "TryStatement",
    "WithStatement", "ClassDeclaration", "ExportNamedDeclaration", "ExportDefaultDeclaration"))


class MemberTargetG:
    """A property reference destructuring target in generator code: ``ref(env)`` is a
    generator evaluating the reference (before the value is fetched, as in
    :class:`~.patterns.MemberTarget`), ``assign(env, ref, v)`` applies the default
    and stores."""

    __slots__ = ("ref", "put", "default")

    def __init__(self, ref, put, default=None):
        self.ref = ref
        self.put = put
        self.default = default

    def assign(self, env, ref, v):
        if v is None and self.default is not None:
            v = yield from self.default(env)
        self.put(ref, v)

    def __call__(self, env, v):
        ref = yield from self.ref(env)
        yield from self.assign(env, ref, v)
