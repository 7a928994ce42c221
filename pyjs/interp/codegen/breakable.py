"""Python source for the breakable statements (ECMA-262 §14.7 iteration statements,
§14.12 ``switch``, §14.13 labelled statements) and the ``break``/``continue`` that
leave them: a mixin of FunctionGenerator, as stores.py is of ExpressionGenerator.

A JS loop becomes a Python loop, and a labelled block or a ``switch`` a one-pass
``for`` loop.  ``break``/``continue`` whose target is the innermost Python loop are
Python's own; one aimed further out stores a code in ``_jump`` and breaks, and each
loop it crosses re-dispatches after it ends.
"""
from ..compiler.scope import lexical_declarations
from .expressions import _number_value
from .source import Unsupported
from .runtime import SMALL_COUNTS, count_up
from .tree_facts import (LOOPS, NOT_AN_INDEX, continues_to, indexes_with, is_number, is_small_int, runs_to_end,
                         written_names)


_JUMPS = frozenset(("BreakStatement", "ContinueStatement", "ReturnStatement", "ThrowStatement"))


def _is_case_key(node):
    """A case test whose value can key the switch's dispatch dict: a String or Number literal."""
    return is_number(node) or node.type == "Literal" and type(node.value) is str


class _PyLoop:
    """A Python loop in the generated code, and the JS jump targets it carries."""

    __slots__ = ("breaks", "continues", "first_flag", "escaping")

    def __init__(self, first_flag=None):
        self.breaks = set()         # jump codes meaning "break this loop"
        self.continues = set()      # jump codes meaning "continue this loop"
        self.first_flag = first_flag
        self.escaping = set()       # codes raised inside that must pass beyond it


class _Target:
    __slots__ = ("labels", "kind", "py", "code")

    def __init__(self, labels, kind, py, code):
        self.labels = labels        # JS labels naming it
        self.kind = kind            # "loop", "switch" or "block" (a labelled statement)
        self.py = py                # the _PyLoop implementing it
        self.code = code            # jump code base: 2*code break, 2*code+1 continue


_COUNTER_KINDS = frozenset(("var", "let", "param"))
_BOUND_KINDS = _COUNTER_KINDS | {"const"}


class BreakableGenerator:
    """Loops, ``switch``, labelled statements and the jumps out of them (mixed into
    FunctionGenerator, whose ``emit``, ``statements`` and environments they use)."""

    def take_labels(self):
        labels = self.pending_labels
        self.pending_labels = ()
        return labels

    def s_LabeledStatement(self, node):
        labels = self.pending_labels + (node.label.name,)
        body = node.body
        if body.type in LOOPS or body.type == "LabeledStatement":
            self.pending_labels = labels
            self.stmt(body)
            return
        self.pending_labels = ()
        py = self.push_py_loop()
        target = self.push_target(labels, "block", py)
        self.emit("for _ in _ONCE:")
        self.level += 1
        self.sub_statement(body)
        self.level -= 1
        self.pop_target(target)
        self.pop_py_loop(py)

    def push_py_loop(self, first_flag=None):
        py = _PyLoop(first_flag)
        self.py_loops.append(py)
        return py

    def pop_py_loop(self, py):
        """Close a Python loop: dispatch jumps that crossed it toward outer targets."""
        self.py_loops.pop()
        if not py.escaping:
            return
        self.emit("if _jump:")
        self.level += 1
        outer = self.py_loops[-1] if self.py_loops else None
        for code in sorted(py.escaping):
            if outer is not None and code in outer.breaks:
                self.emit(f"if _jump == {code}:")
                self.emit("    _jump = 0")
                self.emit("    break")
            elif outer is not None and code in outer.continues:
                self.emit(f"if _jump == {code}:")
                self.emit("    _jump = 0")
                self.emit("    continue")
            elif outer is not None:
                outer.escaping.add(code)
        if outer is not None and outer.escaping & py.escaping:
            self.emit("break")
        self.level -= 1

    def push_target(self, labels, kind, py):
        t = _Target(labels, kind, py, self.next_code)
        self.next_code += 1
        py.breaks.add(2 * t.code)
        if kind == "loop":
            py.continues.add(2 * t.code + 1)
        self.targets.append(t)
        return t

    def pop_target(self, t):
        self.targets.pop()

    def s_BreakStatement(self, node):
        self.jump(node, False)

    def s_ContinueStatement(self, node):
        self.jump(node, True)

    def jump(self, node, is_continue):
        label = node.label.name if node.label is not None else None
        for t in reversed(self.targets):
            if label is None:
                if t.kind == "loop" or (t.kind == "switch" and not is_continue):
                    break
            elif label in t.labels and (t.kind == "loop" or not is_continue):
                break
        else:
            raise Unsupported("jump target not found")
        code = 2 * t.code + (1 if is_continue else 0)
        if self.py_loops[-1] is t.py:
            self.emit("continue" if is_continue else "break")
            return
        self.uses_jump = True
        for py in reversed(self.py_loops):
            if py is t.py:
                break
            py.escaping.add(code)
        self.emit(f"_jump = {code}")
        self.emit("break")

    def loop_head(self, labels, first_flag=None):
        py = self.push_py_loop(first_flag)
        return py, self.push_target(labels, "loop", py)

    @staticmethod
    def loop_header(target=None, iterable=None):
        """A Python ``for`` header whose every iteration draws one item of the agent's
        step ticks (agent.step_ticks), which charge the budget a batch at a time: over
        the ticks alone for a loop of its own tests, or zipped with ``iterable``, whose
        items go to ``target``."""
        if iterable is None:
            return "for _ in _st.ticks:"
        return f"for {target}, _ in zip({iterable}, _st.ticks):"

    def s_WhileStatement(self, node):
        labels = self.take_labels()
        self.mark(node)
        self.reset_completion()
        hoisted = self.hoist_arrays([node.test, node.body])
        py, t = self.loop_head(labels)
        self.emit(self.loop_header())
        self.level += 1
        self.emit(f"if not ({self.cond(node.test)}): break")
        self.sub_statement(node.body)
        self.level -= 1
        self.pop_target(t)
        self.pop_py_loop(py)
        self.drop_arrays(hoisted)

    def s_DoWhileStatement(self, node):
        labels = self.take_labels()
        self.mark(node)
        self.reset_completion()
        hoisted = self.hoist_arrays([node.test, node.body])
        flag = self.temp()
        py, t = self.loop_head(labels, flag)
        self.emit(f"{flag} = True")
        self.emit(self.loop_header())
        self.level += 1
        self.emit(f"if {flag}: {flag} = False")
        self.emit(f"elif not ({self.cond(node.test)}): break")
        self.sub_statement(node.body)
        self.level -= 1
        self.pop_target(t)
        self.pop_py_loop(py)
        self.drop_arrays(hoisted)

    def s_ForStatement(self, node):
        labels = self.take_labels()
        c = self.c
        init = node.init
        self.mark(node)
        self.reset_completion()
        scope = c.for_head_scope(node)
        lexical = scope is not None
        try:
            from ..compiler.statements import _has_closure
            per_iteration = lexical and init.kind != "const" and _has_closure(node)
            if lexical:
                env = self.open_env(scope)
            if init is not None:
                if init.type == "VariableDeclaration":
                    self.s_VariableDeclaration(init)
                else:
                    self.effect(init)
            if per_iteration:
                self.emit(f"{env} = {env}.copy()")
            hoisted = self.hoist_arrays([node.test, node.update, node.body], node.update)
            if per_iteration or not self.counting_loop(node, labels):
                self.while_loop(node, labels, per_iteration, env if lexical else None)
            self.drop_arrays(hoisted)
        finally:
            if lexical:
                c.pop_scope()
        if lexical:
            self.close_env(scope)

    def while_loop(self, node, labels, per_iteration, env):
        """A for statement's test-body-update cycle as a Python ``while`` loop."""
        flag = self.temp() if (node.update is not None or per_iteration) and continues_to(node) else None
        counter = None if per_iteration else self.integer_counter(node)
        if counter is not None:
            binding, start, step = counter
            twin = self.temp()
            self.int_index[binding] = twin
            target = node.update.argument if node.update.type == "UpdateExpression" else node.update.left
            var = self.binding(self.c.resolve(target.name))
            if start is not None:       # a literal start: the variable is an integral float throughout
                self.exact_ints.add(twin)
                self.rising_ints.add(twin)
                self.emit(f"{twin} = {start}")
            else:
                # any start: the twin is the variable's int while that is an integral
                # Number, else far below any index (and stepping keeps it there)
                self.emit(f"{twin} = int({var}) if type({var}) is float and {var}.is_integer() and "
                          f"-9007199254740992.0 < {var} < 9007199254740992.0 else -{NOT_AN_INDEX}")
            if start is not None or self.number(target):     # a Number: no test at the step
                update = f"{var} = {var} + {float(step)!r}; {twin} += {step}"
            else:
                update = (f"{var} = ({var} + {float(step)!r} if type({var}) is float else "
                          f"_numeric_step({var}, {float(step)!r})[1]); {twin} += {step}")
        py, t = self.loop_head(labels, flag)
        if flag is not None:
            self.emit(f"{flag} = True")
        self.emit(self.loop_header())
        self.level += 1
        if flag is not None:
            self.emit(f"if {flag}: {flag} = False")
            self.emit("else:")
            self.level += 1
            self.emit(update) if counter is not None else self.for_update(node, per_iteration, env)
            self.level -= 1
        if node.test is not None:
            self.emit(f"if not ({self.cond(node.test)}): break")
        self.sub_statement(node.body)
        if flag is None:
            self.emit(update) if counter is not None else self.for_update(node, per_iteration, env)
        self.level -= 1
        if counter is not None:
            del self.int_index[binding]
            self.exact_ints.discard(twin)
            self.rising_ints.discard(twin)
        self.pop_target(t)
        self.pop_py_loop(py)

    def integer_counter(self, node):
        """``(binding, start, step)`` for ``for (var i = start; ...; i++)`` (or ``i += 2``)
        whose test and body never write ``i`` and where no closure sees it: the loop
        keeps an int twin of ``i`` for indexing.  ``start`` is the int of an integer
        literal (``i`` then holds integral Numbers only and steps without a type check),
        or None for any other start expression.  Else None."""
        init, update = node.init, node.update
        if update is None or init is None:
            return None
        if update.type == "UpdateExpression" and update.operator == "++" and update.argument.type == "Identifier":
            name, step = update.argument.name, 1
        elif update.type == "AssignmentExpression" and update.operator == "+=" and \
                update.left.type == "Identifier" and is_small_int(update.right):
            name, step = update.left.name, int(update.right.value)
        else:
            return None
        if init.type == "VariableDeclaration":
            decls = [d for d in init.declarations if d.id.type == "Identifier" and d.id.name == name]
            value = decls[-1].init if decls else None
        elif init.type == "AssignmentExpression" and init.operator == "=" and \
                init.left.type == "Identifier" and init.left.name == name:
            value = init.right
        else:
            return None
        if value is None or name in self.captured:
            return None
        ref = self.c.resolve(name)
        if ref.checks or ref.is_global or ref.binding.kind not in ("var", "let") or ref.binding in self.written_twins \
                or ref.binding in self.int_locals:
            return None
        if name in written_names(node.body) or (node.test is not None and name in written_names(node.test)):
            return None
        return ref.binding, (int(value.value) if is_small_int(value) else None), step

    def s_ForOfStatement(self, node):
        if node.is_await or self.suspends(node.left):
            self.fallback_stmt(node)
            return
        self.for_in_of(node, "of")

    def s_ForInStatement(self, node):
        left = node.left
        if (left.type == "VariableDeclaration" and left.declarations[0].init is not None) or \
                self.suspends(left):
            self.fallback_stmt(node)        # Annex B: for (var x = init in o)
            return
        self.for_in_of(node, "in")

    def for_in_of(self, node, kind):
        """ForIn/OfHeadEvaluation and ForIn/OfBodyEvaluation
        (https://tc39.es/ecma262/#sec-runtime-semantics-forinofloopevaluation)."""
        labels = self.take_labels()
        c = self.c
        self.mark(node)
        self.reset_completion()
        left = node.left
        lexical = left.type == "VariableDeclaration" and left.kind != "var"
        if lexical:
            # the iterated expression sees the head's bindings in TDZ
            tdz = c._lexical_head(node, left.declarations[0])
            try:
                self.open_env(tdz)
                right = self.expr(node.right)
            finally:
                c.pop_scope()
            self.close_env(tdz)
        else:
            right = self.expr(node.right)
        cursor, value, ok = self.temp(), self.temp(), self.temp()
        target = left.declarations[0].id if left.type == "VariableDeclaration" else left
        pairs = kind == "of" and target.type == "ArrayPattern"
        if kind == "of":
            array, elements, index = self.temp(), self.temp(), self.temp()
            self.emit(f"{cursor} = _for_of_values({right}{', True' if pairs else ''})")
            self.emit(f"{array} = _iterated_array({cursor}); {index} = 0")
            self.emit(f"{ok} = True")
            self.emit("try:")
            self.level += 1
            py, t = self.loop_head(labels)
            self.emit(self.loop_header())
            self.level += 1
            self.emit(f"if ({elements} := {array}.elements) is not None and {index} < len({elements}) and "
                      f"({value} := {elements}[{index}]) is not HOLE:")
            self.emit(f"    {index} += 1; {ok} = False")
            self.emit("else:")
            self.emit(f"    if {array} is not _NOT_ARRAY: {cursor}.index = {index}; {array} = _NOT_ARRAY")
            self.emit(f"    {ok} = True")
            self.emit(f"    {value} = {cursor}.step()")
            self.emit(f"    if {value} is _MISSING: break")
            self.emit(f"    {ok} = False")
        else:
            obj = self.temp()
            self.emit(f"{obj} = {right}")
            py, t = self.loop_head(labels)
            self.emit(self.loop_header(value, f"() if {obj} is None or {obj} is null else "
                                      f"_for_in_keys({obj} if type({obj}) is JSObject else _to_object({obj}))"))
            self.level += 1
        key = self.for_in_key_name(node) if kind == "in" else None
        if lexical:
            scope = c._lexical_head(node, left.declarations[0])
            try:
                head = left.declarations[0].id
                self.open_env(scope, stored_first=(head.name,) if head.type == "Identifier" else ())
                self.bind_head(head, value, True, pairs)
                self.string_key_body(node, key)
            finally:
                c.pop_scope()
            self.close_env(scope)
        else:
            if left.type == "VariableDeclaration":
                self.bind_head(left.declarations[0].id, value, False, pairs)
            else:
                self.assign_head(left, value, pairs)
            self.string_key_body(node, key)
        self.level -= 1
        self.pop_target(t)
        self.pop_py_loop(py)
        if kind == "of":
            self.level -= 1
            self.emit("except _JSError as _e:")
            self.emit(f"    if not {ok}:")
            self.emit(f"        {ok} = True")
            self.emit(f"        {cursor}.close(_e)")
            self.emit("    raise")
            if self.gen_mode:       # return() of the generator: a return completion
                self.emit("except _GeneratorReturn:")
                self.emit(f"    if not {ok}:")
                self.emit(f"        {ok} = True")
                self.emit(f"        {cursor}.close()")
                self.emit("    raise")
            self.emit("except BaseException:")
            self.emit(f"    {ok} = True")
            self.emit("    raise")
            self.emit("finally:")
            self.emit(f"    if not {ok}: {cursor}.close()")

    def for_in_key_name(self, node):
        """The name of a for-in loop's variable when it holds the loop's String key
        throughout the body (see ExpressionGenerator.string_keys): a plain name that
        the body does not write (nor can a closure or a direct eval), else None."""
        left = node.left
        target = left.declarations[0].id if left.type == "VariableDeclaration" else left
        if target.type != "Identifier" or target.name in self.captured:
            return None
        written = written_names(node.body)
        if target.name in written or "*" in written:
            return None
        return target.name

    def string_key_body(self, node, name):
        """Generate the body of a for-in loop whose key variable is ``name`` (or None),
        its binding (resolved where the body is) in ``string_keys`` meanwhile."""
        ref = self.c.resolve(name) if name is not None else None
        if ref is None or ref.checks or ref.is_global:
            self.sub_statement(node.body)
            return
        self.string_keys.add(ref.binding)
        try:
            self.sub_statement(node.body)
        finally:
            self.string_keys.discard(ref.binding)

    def bind_head(self, pattern, value, init, pairs=False):
        """Bind a for-in/of declaration's pattern to the Python local ``value``
        (``pairs``: a step of for_of_values(..., True), see pair_pattern_values)."""
        if pattern.type == "Identifier":
            self.store_binding(pattern.name, value, init)
            if init:
                self.declared(pattern.name)
            return
        if self.inline_pattern(pattern, value, init, pairs):
            return
        if pairs:
            self.emit(f"{value} = _pair_value({value})")
        bind = self.c.compile_binding_pattern(pattern, init)
        self.touch(pattern)
        self.emit(f"{self.const(bind)}({self.env()}, {value})")

    def assign_head(self, target, value, pairs=False):
        """``for (target of ...)`` with an assignment target (``pairs`` as bind_head's)."""
        if target.type == "Identifier" and not self.c.resolve(target.name).checks:
            self.store_binding(target.name, value, False)
            return
        if target.type in ("ObjectPattern", "ArrayPattern") and self.inline_pattern(target, value, False, pairs):
            return
        if pairs:
            self.emit(f"{value} = _pair_value({value})")
        if target.type in ("ObjectPattern", "ArrayPattern"):
            assign = self.c.compile_assignment_pattern(target)
        else:
            assign = self.c.compile_assign_target(target)
        self.touch(target)
        self.emit(f"{self.const(assign)}({self.env()}, {value})")

    def counting_loop(self, node, labels):
        """Emit ``for (...; i < n; i++)`` (also ``<=`` and ``i += step``) as a Python
        ``for`` over a counting_loop, when the body writes none of the names involved
        and no closure can see them; False when the loop does not have that shape.
        A loop that can only end at its test or by an exception is charged to the
        step budget by its values, and its body counts no steps."""
        test, update = node.test, node.update
        if test is None or update is None or test.type != "BinaryExpression" or \
                test.operator not in ("<", "<=") or test.left.type != "Identifier":
            return False
        name = test.left.name
        if update.type == "UpdateExpression" and update.operator == "++" and \
                update.argument.type == "Identifier" and update.argument.name == name:
            step, increment = None, True
        elif update.type == "AssignmentExpression" and update.operator == "+=" and \
                update.left.type == "Identifier" and update.left.name == name:
            step, increment = update.right, False
        else:
            return False
        parts = [test.left, test.right] + ([step] if step is not None else [])
        names = set()
        for part in parts[1:]:
            if part.type == "Identifier":
                if part.name == name:
                    return False
                names.add(part.name)
            elif not is_number(part):
                return False
        names.add(name)
        for n in names:
            ref = self.c.resolve(n)
            if n != name and self.c.literal_value(ref) is not None:
                continue        # a literal const's bound or step: the same Number at every test
            # the counter itself may not be a const (its update throws)
            kinds = _COUNTER_KINDS if n == name else _BOUND_KINDS
            if ref.checks or ref.is_global or ref.binding.kind not in kinds or \
                    n in self.captured or ref.binding in self.written_twins:
                return False
        if names & written_names(node.body) or self.int_local(self.c.resolve(name)) is not None:
            return False        # an int local (own_scope) stepped by x += 0 stays an int
        loop_var = self.binding(self.c.resolve(name))
        start = self.slot_read(self.c.resolve(name))[0]
        bound = self.expr(test.right)
        by = self.expr(step) if step is not None else "1.0"
        counter, final = self.temp(), self.temp()
        binding = self.c.resolve(name).binding
        twin = self.temp() if indexes_with(node.body, name) else None
        charged = runs_to_end(node)
        extra = f", {bool(twin)}, True" if charged else ", True" if twin else ""
        shape = self.integer_counter(node)
        literal = shape[1] if shape is not None else None     # an integer literal start, as an int
        # count_from's table holds the small counts only
        first = literal if step is None and literal is not None and 0 <= literal < SMALL_COUNTS else None
        known = self.known_count(first, test, bool(twin))
        if known is not None:
            values, end = known
            self.emit(f"{counter}, {final} = {self.const(values)}, {end!r}")
            if charged:
                self.emit(f"_take_steps({len(values)})")
        elif first is not None:
            table = "_PAIRS" if twin else "_FLOATS"
            self.emit(f"{counter}, {final} = _count_from({first}, {bound}, {test.operator == '<='}, {table}, {charged})")
        elif step is None:
            self.emit(f"{counter}, {final} = _count_up({start}, {bound}, {test.operator == '<='}{extra})")
        else:
            self.emit(f"{counter}, {final} = _counting_loop({start}, {bound}, {by}, {test.operator == '<='}, "
                      f"{increment}{extra})")
        py, t = self.loop_head(labels)
        target = f"({loop_var}, {twin})" if twin else loop_var
        self.emit(f"for {target} in {counter}:" if charged else self.loop_header(target, counter))
        self.level += 1
        if twin:
            self.int_index[binding] = twin
            if literal is not None:
                self.exact_ints.add(twin)   # from an integer literal, stepping up by integers
                self.rising_ints.add(twin)
        self.sub_statement(node.body)
        self.int_index.pop(binding, None)
        self.exact_ints.discard(twin)
        self.rising_ints.discard(twin)
        self.level -= 1
        self.emit("else:")
        self.emit(f"    {self.binding(self.c.resolve(name))} = {counter}.final if {final} is None else {final}")
        self.pop_target(t)
        self.pop_py_loop(py)
        return True

    @staticmethod
    def known_count(first, test, with_int):
        """count_up's values and final value, computed now, for a counting loop from
        the integer literal ``first`` whose ``test`` compares with a
        Number literal within count_up's table: the loop then reads a constant of
        the generated code.  Else None."""
        if first is None or not is_number(test.right):
            return None
        values, end = count_up(float(first), float(test.right.value), test.operator == "<=", with_int)
        return (values, end) if type(values) is tuple else None

    def for_update(self, node, per_iteration, env):
        if per_iteration:
            self.emit(f"{env} = {env}.copy()")
        if node.update is not None:
            self.effect(node.update)

    def s_SwitchStatement(self, node):
        labels = self.take_labels()
        c = self.c
        self.mark(node)
        self.reset_completion()
        disc = self.temp()
        self.emit(f"{disc} = {self.expr(node.discriminant)}")
        all_stmts = [s for case in node.cases for s in case.consequent]
        has_lex = bool(lexical_declarations(all_stmts, False))
        scope = None
        if has_lex:
            scope = c.push_scope("block")
            scope.case_block = True
        try:
            if has_lex:
                funcs = c.declare_lexicals(scope, all_stmts, in_order=False)
                self.open_env(scope, c.instantiate_functions(funcs))
            groups = self.case_groups(node.cases)
            if groups is not None:
                self.case_chain(groups, disc, labels)
            else:
                self.case_blocks(node.cases, disc, labels)
        finally:
            if has_lex:
                c.pop_scope()
        if has_lex:
            self.close_env(scope)

    def case_blocks(self, cases, disc, labels):
        """The general switch: choose the index of the case to start at, then run the
        statements of every case from there on, until a jump."""
        start = self.temp()
        self.case_selection(cases, disc, start)
        first = [f"if {start} < 0: break"] if all(case.test is not None for case in cases) else []
        self.switch_loop(labels, first, [(f"if {start} <= {i}:", case.consequent)
                                         for i, case in enumerate(cases) if case.consequent])

    def case_groups(self, cases):
        """When no case's statements can run on into the next ones' (each ends in a
        jump, but the last) and some test is not a literal (so case_selection tests
        them in turn), ``[(tests, consequent)]``: the cases that share each list of
        statements, tests None for the default's; else None."""
        if all(case.test is None or _is_case_key(case.test) for case in cases):
            return None
        groups, tests = [], []
        for n, case in enumerate(cases):
            tests.append(case.test)
            if not case.consequent:
                continue
            if len(tests) > 1 and any(t is None for t in tests):
                return None     # a default that shares its statements with a case
            if n < len(cases) - 1 and case.consequent[-1].type not in _JUMPS:
                return None
            groups.append((None if tests[0] is None else tests, case.consequent))
            tests = []
        if tests:
            return None         # cases with no statements at the end
        return groups

    def case_chain(self, groups, disc, labels):
        """The switch as one ``if``/``elif`` over the case tests in source order, each
        branch the statements of its cases, the default's in the ``else``: the
        choosing and the running are one chain.  All tests are generated before any
        statements, in source order, as case_selection does."""
        branches, default = [], None
        for tests, body in groups:
            if tests is None:
                default = body
            else:
                branches.append((" or ".join(self.case_test(disc, t) for t in tests), body))
        headed = [(f"{'elif' if n else 'if'} {test}:", body) for n, (test, body) in enumerate(branches)]
        if default is not None:
            headed.append(("else:", default))
        self.switch_loop(labels, [], headed)

    def switch_loop(self, labels, first, branches):
        """A switch's one-pass Python loop (what its ``break`` leaves): the lines
        ``first``, then each branch's header line with its statements under it."""
        py = self.push_py_loop()
        t = self.push_target(labels, "switch", py)
        self.emit("for _ in _ONCE:")
        self.level += 1
        for line in first:
            self.emit(line)
        for header, body in branches:
            self.emit(header)
            self.level += 1
            before = len(self.lines)
            self.statements(body)
            if len(self.lines) == before:
                self.emit("pass")
            self.level -= 1
        self.level -= 1
        self.pop_target(t)
        self.pop_py_loop(py)

    def case_test(self, disc, t):
        """``disc === t`` for a case test ``t``.  IsStrictlyEqual (ops.strict_equals) is
        Python's == on two values of one type: no JS value's class defines __eq__, so
        objects, symbols and null compare by identity.  A test that fails, the usual
        case, ends at the ==."""
        if t.type == "Literal" and getattr(t, "regex", None) is None and getattr(t, "bigint", None) is None:
            return self.strict_equals_literal(disc, t)
        v = self.temp()
        return f"({disc} == ({v} := {self.expr(t)}) and type({v}) is type({disc}))"

    def case_selection(self, cases, disc, start):
        """Emit ``start = `` the index of the first case whose test is ``=== disc``,
        else of the default clause (-1 without one).  When every test is a String or
        Number literal, one dict lookup chooses (no test can have an effect, and
        0 and -0 are one key, as they are one case to ===)."""
        default = next((i for i, case in enumerate(cases) if case.test is None), -1)
        tests = [(i, case.test) for i, case in enumerate(cases) if case.test is not None]
        if not tests:
            self.emit(f"{start} = {default}")
            return
        if all(_is_case_key(t) for _, t in tests):
            table = {}
            for i, t in tests:
                table.setdefault(t.value if type(t.value) is str else _number_value(t), i)
            kinds = sorted({type(k).__name__ for k in table})
            guard = " or ".join(f"type({disc}) is {k}" for k in kinds)
            self.emit(f"{start} = {self.const(table)}.get({disc}, {default}) if {guard} else {default}")
            return
        for n, (i, t) in enumerate(tests):
            self.emit(f"{'elif' if n else 'if'} {self.case_test(disc, t)}: {start} = {i}")
        self.emit(f"else: {start} = {default}")
