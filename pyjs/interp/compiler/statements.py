"""Compilation of statements (ECMA-262 §14) to closures ``f(env) -> signal``.

A statement closure returns None for a normal completion, or a signal tuple:
``("b", label)`` break, ``("c", label)`` continue, ``("r", value)`` return.
When compiling global or eval code (``track_completion``), statements also
maintain the completion value in ``state.cv``.
"""
from ..agent import state, check_steps
from ..runtime import for_of_values
from ..ops import to_object, strict_equals
from ..proto_cache import INHERITED, NO_ENTRY, WatchedProps, remember
from ..values import (JSError, JSObject, MISSING, NAMED_PROPS_CLASSES, null, ENUMERABLE, Prop,
                      ordered_keys)
from .code import make_function
from .core import BREAK, CONTINUE
from .refs import make_setter, make_getter
from .scope import bound_names


def _set_cv_none(env):
    state.cv = None


class StatementCompiler:

    def compile_stmt(self, node):
        m = getattr(self, "stmt_" + node.type, None)
        if m is None:
            raise self.error(f"Unsupported statement: {node.type}", node)
        return m(node)

    def stmt_EmptyStatement(self, node):
        return None

    stmt_DebuggerStatement = stmt_EmptyStatement

    def stmt_ExpressionStatement(self, node):
        e = self.compile_expr(node.expression)
        if self.track_completion:
            def expr_cv(env):
                state.cv = e(env)
            return expr_cv

        def expr(env):
            e(env)
        return expr

    # -- declarations -------------------------------------------------------------------
    def stmt_VariableDeclaration(self, node):
        steps = []
        kind = node.kind
        for d in node.declarations:
            if d.init is None:
                if kind == "var":
                    continue
                # let x;  initializes x to undefined
                steps.append(self.compile_binding_init(d.id, None, init=True))
                continue
            if d.id.type == "Identifier":
                val = self.compile_expr_named(d.init, d.id.name)
            else:
                val = self.compile_expr(d.init)
            steps.append(self.compile_binding_init(d.id, val, init=kind != "var"))
        if not steps:
            return None
        if len(steps) == 1:
            s0 = steps[0]

            def one(env):
                s0(env)
            return one
        steps = tuple(steps)

        def many(env):
            for s in steps:
                s(env)
        return many

    def compile_binding_init(self, pattern, value, init):
        """``f(env)`` evaluating ``value`` (None = undefined) and binding it to ``pattern``."""
        if pattern.type == "Identifier":
            ref = self.resolve(pattern.name)
            setter = make_setter(ref, self.strict, init=init)
            if not init and ref.checks:
                return self._dynamic_assign(ref, value or (lambda env: None))
            if value is None:
                return lambda env: setter(env, None)
            return lambda env: setter(env, value(env))
        bind = self.compile_binding_pattern(pattern, init)
        if value is None:
            return lambda env: bind(env, None)
        return lambda env: bind(env, value(env))

    def stmt_FunctionDeclaration(self, node):
        if node.__dict__.get("annexb_var", False):      # (getattr would load a LazyFunction)
            # Annex B.3.3: copy the block's binding to the function-level var
            name = node.id.name
            inner = make_getter(self.resolve(name))
            outer_scope = self.scope
            while outer_scope.kind not in ("function", "script", "eval") or (
                    outer_scope.kind == "eval" and name not in outer_scope.bindings and outer_scope.strict):
                outer_scope = outer_scope.parent
            saved = self.scope
            self.scope = outer_scope
            try:
                if outer_scope.kind == "script" or (outer_scope.kind == "eval" and name not in outer_scope.bindings):
                    ref = self.resolve(name)
                    setter = make_setter(ref, False)
                else:
                    ref = self.resolve(name)
                    setter = make_setter(ref, False, init=True)
            finally:
                self.scope = saved
            depth = 0
            s = self.scope
            while s is not outer_scope:
                depth += 1
                s = s.parent
            if outer_scope.kind == "script" or (ref.is_global and not ref.checks):
                def annexb_global(env):
                    g = state.realm.global_object
                    v = inner(env)
                    g.set(name, v, g)
                return annexb_global

            def annexb(env):
                e = env
                for _ in range(depth):
                    e = e[0]
                setter(e, inner(env))
            return annexb
        return None

    def stmt_ClassDeclaration(self, node):
        cls = self.compile_class(node, node.id.name)
        setter = make_setter(self.resolve(node.id.name), self.strict, init=True)

        def class_decl(env):
            setter(env, cls(env))
        return class_decl

    # -- control flow ---------------------------------------------------------------------
    def stmt_ReturnStatement(self, node):
        if node.argument is None:
            r = ("r", None)
            return lambda env: r
        e = self.compile_expr(node.argument)
        return lambda env: ("r", e(env))

    def stmt_IfStatement(self, node):
        test = self.compile_condition(node.test)
        cons = self.compile_sub_statement(node.consequent)
        alt = self.compile_sub_statement(node.alternate) if node.alternate is not None else None
        track = self.track_completion
        if alt is None:
            def if_(env):
                if track:
                    state.cv = None
                if test(env):
                    return cons(env)
            return if_

        def if_else(env):
            if track:
                state.cv = None
            if test(env):
                return cons(env)
            return alt(env)
        return if_else

    def compile_sub_statement(self, node):
        if node.type == "FunctionDeclaration":
            # if (x) function f() {}: as if the declaration were in a block (Annex B.3.4)
            f = self.compile_block([node])
        else:
            f = self.compile_stmt(node)
        return f if f is not None else (lambda env: None)

    def take_labels(self):
        labels = self.pending_labels
        self.pending_labels = ()
        return labels

    def stmt_LabeledStatement(self, node):
        labels = self.pending_labels + (node.label.name,)
        body = node.body
        if body.type in ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                         "DoWhileStatement", "LabeledStatement"):
            self.pending_labels = labels
            return self.compile_stmt(body)
        self.pending_labels = ()
        inner = self.compile_sub_statement(body)
        label = node.label.name

        def labeled(env):
            sig = inner(env)
            if sig is not None and sig[0] == "b" and sig[1] == label:
                return None
            return sig
        return labeled

    def stmt_BreakStatement(self, node):
        sig = ("b", node.label.name) if node.label is not None else BREAK
        return lambda env: sig

    def stmt_ContinueStatement(self, node):
        sig = ("c", node.label.name) if node.label is not None else CONTINUE
        return lambda env: sig

    def stmt_ThrowStatement(self, node):
        e = self.compile_expr(node.argument)
        line, col, filename = getattr(node, "line", 0), getattr(node, "column", 0), self.filename

        def throw(env):
            err = JSError(e(env))
            err.js_stack = [("", filename, line, col)]
            raise err
        return throw

    def stmt_BlockStatement(self, node):
        return self.compile_block(node.body)

    def compile_block(self, stmts, kind="block"):
        from .scope import lexical_declarations
        if not lexical_declarations(stmts, False):
            return self.compile_statements(stmts)
        scope = self.push_scope(kind)
        try:
            funcs = self.declare_lexicals(scope, stmts)
            inits = self.instantiate_functions(funcs)
            run = self.compile_statements(stmts)
        finally:
            self.pop_scope()
        template = scope.make_template()
        if not inits:
            def block(env):
                e = template.copy()
                e[0] = env
                return run(e)
            return block

        def block_funcs(env):
            e = template.copy()
            e[0] = env
            for setter, code in inits:
                setter(e, make_function(code, e))
            return run(e)
        return block_funcs

    def loop_signal(self, labels):
        """A function classifying a body signal: 0 continue loop, 1 exit loop, 2 propagate."""
        def classify(sig):
            k = sig[0]
            if k == "b":
                return 1 if sig[1] is None or sig[1] in labels else 2
            if k == "c":
                return 0 if sig[1] is None or sig[1] in labels else 2
            return 2
        return classify

    def stmt_WhileStatement(self, node):
        labels = self.take_labels()
        test = self.compile_condition(node.test)
        body = self.compile_sub_statement(node.body)
        classify = self.loop_signal(labels)
        track = self.track_completion
        st = state

        def while_(env):
            if track:
                st.cv = None
            while test(env):
                st.call_limit -= 1
                if st.calls > st.call_limit:
                    check_steps()
                sig = body(env)
                if sig is not None:
                    c = classify(sig)
                    if c == 1:
                        break
                    if c == 2:
                        return sig
            return None
        return while_

    def stmt_DoWhileStatement(self, node):
        labels = self.take_labels()
        test = self.compile_condition(node.test)
        body = self.compile_sub_statement(node.body)
        classify = self.loop_signal(labels)
        track = self.track_completion
        st = state

        def do_while(env):
            if track:
                st.cv = None
            while True:
                st.call_limit -= 1
                if st.calls > st.call_limit:
                    check_steps()
                sig = body(env)
                if sig is not None:
                    c = classify(sig)
                    if c == 1:
                        break
                    if c == 2:
                        return sig
                if not test(env):
                    break
            return None
        return do_while

    def for_head_scope(self, node):
        """The scope of a for statement's let/const head, pushed (None for other heads)."""
        init = node.init
        if init is None or init.type != "VariableDeclaration" or init.kind == "var":
            return None
        scope = self.push_scope("block")
        for d in init.declarations:
            for n in bound_names(d.id, []):
                if n in scope.bindings:
                    self.pop_scope()
                    raise self.error(f"Identifier '{n}' has already been declared", d)
                scope.declare(n, "const" if init.kind == "const" else "let").ready_at = init.end
        return scope

    def stmt_ForStatement(self, node):
        labels = self.take_labels()
        init_node = node.init
        scope = self.for_head_scope(node)
        lexical = scope is not None
        try:
            if init_node is None:
                init = None
            elif init_node.type == "VariableDeclaration":
                init = self.compile_stmt(init_node)
            else:
                e = self.compile_expr(init_node)
                init = e
            test = self.compile_condition(node.test) if node.test is not None else None
            update = self.compile_expr(node.update) if node.update is not None else None
            body = self.compile_sub_statement(node.body)
        finally:
            if lexical:
                self.pop_scope()
        classify = self.loop_signal(labels)
        track = self.track_completion
        per_iteration = lexical and init_node.kind != "const" and _has_closure(node)
        template = scope.make_template() if lexical else None
        st = state

        def for_(env):
            if track:
                st.cv = None
            if template is not None:
                e = template.copy()
                e[0] = env
            else:
                e = env
            if init is not None:
                init(e)
            if per_iteration:
                e = e.copy()
            while True:
                if test is not None and not test(e):
                    break
                st.call_limit -= 1
                if st.calls > st.call_limit:
                    check_steps()
                sig = body(e)
                if sig is not None:
                    c = classify(sig)
                    if c == 1:
                        break
                    if c == 2:
                        return sig
                if per_iteration:
                    e = e.copy()
                if update is not None:
                    update(e)
            return None
        return for_

    def compile_for_in_of_head(self, node):
        """(scope-or-None, bind(env, value) -> env) for the left side of for-in/of."""
        left = node.left
        if left.type == "VariableDeclaration":
            decl = left.declarations[0]
            if left.kind == "var":
                bind = self.compile_binding_pattern(decl.id, False) if decl.id.type != "Identifier" else None
                if bind is None:
                    setter = make_setter(self.resolve(decl.id.name), self.strict)
                    return None, (lambda env, v: (setter(env, v), env)[1])
                return None, (lambda env, v: (bind(env, v), env)[1])
            return "lexical", decl
        if left.type in ("ObjectPattern", "ArrayPattern"):
            assign = self.compile_assignment_pattern(left)
            return None, (lambda env, v: (assign(env, v), env)[1])
        assign = self.compile_assign_target(left)
        return None, (lambda env, v: (assign(env, v), env)[1])

    def _lexical_head(self, node, decl):
        kind = "const" if node.left.kind == "const" else "let"
        scope = self.push_scope("block")
        names = bound_names(decl.id, [])
        for n in names:
            if n in scope.bindings:
                self.pop_scope()
                raise self.error(f"Identifier '{n}' has already been declared", decl)
            scope.declare(n, kind).ready_at = node.body.start     # each iteration binds before the body
        return scope

    def stmt_ForInStatement(self, node):
        return self.compile_for_in_of(node, "in")

    def stmt_ForOfStatement(self, node):
        if node.is_await:
            return self.compile_stmt_g_as_plain(node)
        return self.compile_for_in_of(node, "of")

    def compile_for_in_of(self, node, kind):
        labels = self.take_labels()
        mode, head = self.compile_for_in_of_head(node)
        tdz_scope = None
        if mode == "lexical":
            # the iterated expression sees the new bindings in TDZ
            tdz_scope = self._lexical_head(node, head)
            try:
                right = self.compile_expr(node.right)
            finally:
                self.pop_scope()
            scope = self._lexical_head(node, head)
            try:
                bind_pat = self.compile_binding_pattern(head.id, True)
                body = self.compile_sub_statement(node.body)
            finally:
                self.pop_scope()
            template = scope.make_template()
            tdz_template = tdz_scope.make_template()

            def bind(env, v):
                e = template.copy()
                e[0] = env
                bind_pat(e, v)
                return e

            def eval_right(env):
                e = tdz_template.copy()
                e[0] = env
                return right(e)
        else:
            if node.left.type == "VariableDeclaration" and node.left.declarations[0].init is not None:
                # Annex B: for (var x = init in obj)
                d = node.left.declarations[0]
                init_val = self.compile_expr_named(d.init, d.id.name if d.id.type == "Identifier" else None)
                init_set = make_setter(self.resolve(d.id.name), self.strict)
                right0 = self.compile_expr(node.right)

                def eval_right(env):
                    init_set(env, init_val(env))
                    return right0(env)
            else:
                eval_right = self.compile_expr(node.right)
            bind = head
            body = self.compile_sub_statement(node.body)
        classify = self.loop_signal(labels)
        track = self.track_completion
        st = state
        if kind == "in":
            def for_in(env):
                if track:
                    st.cv = None
                obj = eval_right(env)
                if obj is None or obj is null:
                    return None
                o = to_object(obj)
                for key in for_in_keys(o):
                    st.call_limit -= 1
                    if st.calls > st.call_limit:
                        check_steps()
                    e = bind(env, key)
                    sig = body(e)
                    if sig is not None:
                        c = classify(sig)
                        if c == 1:
                            break
                        if c == 2:
                            return sig
                return None
            return for_in

        def for_of(env):
            if track:
                st.cv = None
            rec = for_of_values(eval_right(env))
            step = rec.step
            while True:
                v = step()
                if v is MISSING:
                    return None
                st.call_limit -= 1
                if st.calls > st.call_limit:
                    check_steps()
                try:
                    e = bind(env, v)
                    sig = body(e)
                except JSError as exc:
                    rec.close(exc)
                    raise
                except BaseException:
                    raise
                if sig is not None:
                    c = classify(sig)
                    if c == 0:
                        continue
                    rec.close()
                    if c == 1:
                        return None
                    return sig
        return for_of

    def stmt_SwitchStatement(self, node):
        labels = self.take_labels()
        disc = self.compile_expr(node.discriminant)
        from .scope import lexical_declarations
        all_stmts = [s for c in node.cases for s in c.consequent]
        has_lex = bool(lexical_declarations(all_stmts, False))
        scope = None
        if has_lex:
            scope = self.push_scope("block")
        try:
            inits = []
            if has_lex:
                funcs = self.declare_lexicals(scope, all_stmts, in_order=False)
                inits = self.instantiate_functions(funcs)
            cases = []
            default_index = -1
            for i, c in enumerate(node.cases):
                test = self.compile_expr(c.test) if c.test is not None else None
                if test is None:
                    default_index = i
                cases.append((test, self.compile_statements(c.consequent)))
        finally:
            if has_lex:
                self.pop_scope()
        template = scope.make_template() if has_lex else None
        track = self.track_completion

        def switch(env):
            if track:
                state.cv = None
            v = disc(env)
            if template is not None:
                e = template.copy()
                e[0] = env
                for setter, code in inits:
                    setter(e, make_function(code, e))
            else:
                e = env
            start = -1
            for i, (test, _) in enumerate(cases):
                if test is not None and strict_equals(v, test(e)):
                    start = i
                    break
            if start < 0:
                start = default_index
                if start < 0:
                    return None
            for i in range(start, len(cases)):
                sig = cases[i][1](e)
                if sig is not None:
                    if sig[0] == "b" and (sig[1] is None or sig[1] in labels):
                        return None
                    return sig
            return None
        return switch

    def stmt_TryStatement(self, node):
        block = self.compile_block(node.block.body)
        handler = None
        if node.handler is not None:
            handler = self.compile_catch(node.handler)
        final = self.compile_block(node.finalizer.body) if node.finalizer is not None else None
        track = self.track_completion

        if final is None:
            def try_catch(env):
                if track:
                    state.cv = None
                try:
                    return block(env)
                except JSError as e:
                    return handler(env, e)
            return try_catch

        def try_finally(env):
            if track:
                state.cv = None
            try:
                if handler is None:
                    sig = block(env)
                else:
                    try:
                        sig = block(env)
                    except JSError as e:
                        sig = handler(env, e)
            except JSError:
                if track:
                    saved = state.cv
                fsig = final(env)
                if fsig is not None:
                    return fsig
                if track:
                    state.cv = saved
                raise
            if track:
                saved = state.cv
            fsig = final(env)
            if fsig is not None:
                return fsig
            if track:
                state.cv = saved
            return sig
        return try_finally

    def push_catch_scope(self, param, body_stmts):
        """Push and return the scope of a catch parameter, with its early errors."""
        from .scope import lexical_declarations
        scope = self.push_scope("catch")
        names = bound_names(param, [])
        for n in names:
            if n in scope.bindings:
                self.pop_scope()
                raise self.error(f"Identifier '{n}' has already been declared", param)
            scope.declare(n, "let" if param.type != "Identifier" else "catchparam")
        for n, kind, decl in lexical_declarations(body_stmts, False):
            if n in names:
                self.pop_scope()
                raise self.error(f"Identifier '{n}' has already been declared", decl)
        return scope

    def compile_catch(self, clause):
        """``handler(env, jserror) -> signal``."""
        param = clause.param
        body_stmts = clause.body.body
        if param is None:
            body = self.compile_block(body_stmts)
            return lambda env, e: body(env)
        scope = self.push_catch_scope(param, body_stmts)
        try:
            bind = self.compile_binding_pattern(param, True)
            body = self.compile_block(body_stmts)
        finally:
            self.pop_scope()
        template = scope.make_template()

        def handler(env, err):
            e = template.copy()
            e[0] = env
            bind(e, err.value)
            return body(e)
        return handler

    def stmt_WithStatement(self, node):
        obj = self.compile_expr(node.object)
        scope = self.push_scope("with")
        scope.size = 2
        try:
            body = self.compile_sub_statement(node.body)
        finally:
            self.pop_scope()
        track = self.track_completion

        def with_(env):
            o = to_object(obj(env))
            if track:
                state.cv = None
            return body([env, o])
        return with_


_SUSPENDABLE = frozenset((
    "ExpressionStatement", "VariableDeclaration", "ReturnStatement", "IfStatement",
    "ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement",
    "ThrowStatement", "TryStatement", "SwitchStatement", "LabeledStatement", "BlockStatement",
    "WithStatement", "ClassDeclaration", "ExportNamedDeclaration", "ExportDefaultDeclaration"))


def for_in_keys(o):
    """EnumerateObjectProperties (https://tc39.es/ecma262/#sec-enumerate-object-properties):
    each object's own String keys in [[OwnPropertyKeys]] order, read when the walk
    reaches that object; a key is skipped if it is gone or not enumerable when
    reached, or if an object nearer the start had it (enumerable or not).

    The start object's keys are the loop's usual work: a plain object's are read
    from its dict here, with no descriptor made and no visited set kept (nothing
    can shadow them), and those that were gone are remembered instead."""
    cls = type(o)
    if not (_PLAIN_KEYS.get(cls) or _plain_keys(cls)):
        yield from _enumerate_chain(o, set())
        return
    keys = _string_keys(o.props)
    missing = None
    for k in keys:
        v = o.props.get(k, MISSING)     # read anew: a store may replace the dict (values.watch_chain)
        if type(v) is not Prop:
            if v is not MISSING:
                yield k
            elif missing is None:
                missing = {k}
            else:
                missing.add(k)
        elif v.flags & ENUMERABLE:
            yield k
    proto = o.proto
    if proto is not None and not (INHERITED.get(proto, NO_ENTRY).get(_NO_FOR_IN_KEYS) or
                                  _no_enumerable_keys(proto)):
        yield from _enumerate_chain(proto, set(keys).difference(missing) if missing else set(keys))


def _enumerate_chain(o, visited):
    """Go on with EnumerateObjectProperties at ``o``, skipping the ``visited`` keys."""
    while o is not None:
        if _plain_keys(type(o)):
            for k in _string_keys(o.props):
                if k in visited:
                    continue
                v = o.props.get(k, MISSING)
                if v is MISSING:
                    continue
                visited.add(k)
                if type(v) is not Prop or v.flags & ENUMERABLE:
                    yield k
            o = o.proto
            continue
        for k in o.own_property_keys():
            if type(k) is not str or k in visited:
                continue
            d = o.get_own_property(k)
            if d is None:
                continue
            visited.add(k)
            if d.flags & ENUMERABLE:
                yield k
        o = o.get_prototype_of()


_is_str = str.__instancecheck__


def _string_keys(props):
    """A plain object's own String keys in OrdinaryOwnPropertyKeys order.  When no
    key can be an array index (none starts with a digit: the least key's first
    character sorts after "9") that is the dict's order.  (Keys are str, JSSymbol or
    PrivateName, so the C-level isinstance filter is ``type(k) is str``.)"""
    keys = list(filter(_is_str, props))
    if keys and not min(keys)[:1] > "9":
        keys = [k for k in ordered_keys(props) if type(k) is str]
    return keys


_NO_FOR_IN_KEYS = object()     # proto_cache entry: no enumerable String key from here up


def _no_enumerable_keys(proto):
    """Has no object on the chain from ``proto`` an enumerable String key (so the walk
    would yield nothing from there)?  Remembered while the whole chain is watched
    (proto_cache), as Object.prototype's is, for for_in_keys to read first; False
    when it cannot say cheaply."""
    o = proto
    while o is not None:
        props = o.props if _plain_keys(type(o)) else None
        if not isinstance(props, WatchedProps):
            return False
        for k, v in props.items():
            if type(k) is str and (type(v) is not Prop or v.flags & ENUMERABLE):
                return False
        o = o.proto
    remember(proto, _NO_FOR_IN_KEYS, True)
    return True


_PLAIN_KEYS = {}


def _plain_keys(cls):
    """Do objects of ``cls`` keep all their own properties in ``props``, with the
    ordinary [[OwnPropertyKeys]], [[GetOwnProperty]] and [[GetPrototypeOf]]?"""
    plain = _PLAIN_KEYS.get(cls)
    if plain is None:
        plain = _PLAIN_KEYS[cls] = cls in NAMED_PROPS_CLASSES and \
            cls.own_property_keys is JSObject.own_property_keys and \
            cls.get_prototype_of is JSObject.get_prototype_of
    return plain


def _has_closure(node):
    """Could a closure capture a per-iteration binding of this ``for`` statement (one with
    a ``let``/``const`` head)?  The parser found out (``parser.nodes.may_hold_closure``)."""
    return node.has_closure
