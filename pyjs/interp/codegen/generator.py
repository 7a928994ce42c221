"""Python source for one JS function body: statements and control flow.

Environments are the closure compiler's: one Python list per scope, slot 0 the
parent.  Scopes opened inside the body get Python locals (``e1``, ``e2``...),
so a binding of an enclosing block is one list index away, whatever its depth.

Jumps: a JS loop becomes a Python loop, and a labelled block or a ``switch``
a one-pass ``for`` loop.  ``break``/``continue`` whose target is the innermost
Python loop are Python's own; one aimed further out stores a code in ``_jump``
and breaks, and each loop it crosses re-dispatches after it ends.
"""
import re
import warnings
from types import MappingProxyType

from ..agent import state
from ..arrays import JSArray, HOLE
from ..values import JSError, JSObject, MISSING, NAMED_PROPS_CLASSES, Prop, null
from ..ops import to_object
from ..runtime import for_of_values
from ..compiler.statements import for_in_keys
from ..generators import (GeneratorReturn, AWAIT, AWAIT_LATER, YIELD, await_now, await_later, async_start,
                           async_return, async_throw)
from ...builtins.promise import JSPromise, FULFILLED
from ..compiler.scope import TDZ, lexical_declarations, walk_function_body
from ..compiler.code import make_function, constructs_plainly
from ..compiler.refs import global_var_cell
from .expressions import ExpressionGenerator, _number_value
from .source import PURE, Unsupported
from .tree_facts import (LOOPS, NESTED, NOT_AN_INDEX, captured_names, contains_return, continues_to, escaping_jump, indexes_with, is_leaf, is_number, is_small_int, key_names, key_uses, returns_through_cleanup, runs_to_end, written_names)
from ..functions import ScriptFunction, NativeFunction, _check_limits
from .runtime import (NOT_ARRAY, count_up, LineTable, sloppy_this, stack_overflow, counting_loop,
                      charge_steps, STEP_BATCH)
from ..agent import count_frames_of

__all__ = ["FunctionGenerator", "Unsupported"]

_ONCE = (None,)


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


_VALUE_STATEMENTS = frozenset((
    "ExpressionStatement", "IfStatement", "WhileStatement", "DoWhileStatement", "ForStatement",
    "ForInStatement", "ForOfStatement", "SwitchStatement", "TryStatement", "WithStatement"))


def _produces_value(node):
    """Does the statement's completion always carry a value (UpdateEmpty(..., undefined)
    or an expression's), so that it replaces the completion value of the statements
    before it?"""
    while node.type == "LabeledStatement":
        node = node.body
    return node.type in _VALUE_STATEMENTS


class FunctionGenerator(ExpressionGenerator):

    def __init__(self, compiler):
        super().__init__(compiler)
        self.leaf = False           # the function neither calls nor loops (see is_leaf)
        self.body_suspends = False  # _body is a Python generator (see body_function)
        self.lines = []
        self.level = 1
        self.positions = []         # (python line, (js line, js col))
        self.py_loops = []
        self.targets = []
        self.load_points = []       # (bindings, env source) where a scope's list is made
        self.source_lines = []
        self.local = {}
        self.next_code = 1
        self.uses_jump = False
        self.uses_steps = False
        self.env_count = 0
        self.opened_envs = {}       # eN -> (line of its creation, outer env, its template)
        self.track = compiler.track_completion     # script code keeps its completion value
        self.this_props_line = None     # the index of the line hoist_this_props emitted

    # -- output ---------------------------------------------------------------------
    def emit(self, line):
        self.lines.append("    " * self.level + line)

    def mark(self, node):
        line = getattr(node, "line", None)
        if line is not None:
            self.positions.append((len(self.lines), (line, getattr(node, "column", 0))))

    def build(self, stmts, concise, code):
        """``_body(env)`` for a function (its ``entry`` attribute: ``_call`` when the
        function can take the fast [[Call]]), or for script code when ``code`` is None."""
        c = self.c
        node = c.fn.info.node if code is not None else None
        code_name = node.id.name if getattr(node, "id", None) else ""
        base = self.base_scope = c.scope
        self.envs = {id(base): "env"}
        self.captured = captured_names(stmts if concise is None else [concise])
        for b in base.bindings.values():
            self.owned[b] = "env"
        self.level = 2
        self.hoist_props_caches([concise] if concise is not None else stmts)
        if concise is not None:
            self.mark(concise)
            self.emit_return(self.expr(concise))
        else:
            if code is not None:
                self.hoist_this_props(node)
                self.statements(stmts)
            else:
                self.hoist_global_cells(stmts)
                self.script_statements(stmts)
        marked = self.finish() or ["        pass"]
        body = [_plain_returns(line) for line in marked]
        ns = self.namespace
        ns["_lines"] = LineTable(code_name, c.filename, self.positions)
        parts = [self.body_function(body)]
        if code is not None and c.fn.var_env is None:
            kind = c.fn.kind
            if kind == "normal" and (not code.is_class_constructor or constructs_plainly(code, c.fn.info)):
                parts.append(self.call_function(body, code))    # a class constructor's: construct_fast
            elif kind == "async" and (self.body_suspends or not returns_through_cleanup(node)):
                parts.append(self.async_call_function(marked, code))
        src = "\n".join(parts) + "\n"
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", SyntaxWarning)
                compiled = compile(src, self.python_filename(code_name, code, node), "exec")
            exec(compiled, ns)
        except (SyntaxError, RecursionError, MemoryError, ValueError, OverflowError):
            raise Unsupported("python could not compile the generated body") from None
        fn = ns["_body"]
        fn.source = src
        fn.entry = ns.get("_call")
        fn.fast = ns.get("_fast")
        fn.leaf = self.leaf
        if fn.fast is not None and not self.leaf:
            count_frames_of(fn.fast.__code__)   # a JS call for the depth limit (agent.call_depth)
        return fn

    def python_filename(self, code_name, code, node):
        """The name profilers and Python tracebacks show for the generated code: the JS
        file, function name and line, since methods and arrows share the name 'anonymous'."""
        name = code_name or (code and code.name) or "anonymous"
        line = getattr(node, "line", None)
        return f"<js {self.c.filename}:{name}" + (f":{line}>" if line else ">")

    def base_loads(self, skip=(), template=None):
        """Load the promoted bindings of the function's scope from ``env``, or, given
        the ``template`` that a fresh ``env`` was just made from, from that."""
        b_local = self.local
        parts = [f"{b_local[b]} = " + (f"env[{b.slot}]" if template is None else
                                        "_TDZ" if template[b.slot] is TDZ else "None")
                 for b in self.base_scope.bindings.values() if b in b_local and b.slot not in skip]
        return "        " + ("; ".join(parts) if parts else "pass")

    def hoist_this_props(self, node):
        """Read ``this.props`` once when the body reads or writes ``this.name`` more
        than once: a plain object's property dict is never replaced, and ``this``
        never changes (a derived constructor's, bound by super(), is left alone).
        Any other ``this`` gets ``_NO_PROPS``, a read-only empty mapping, so every
        access takes the general path."""
        ref = self.c.resolve("%this")
        if ref.is_global or ref.binding.kind == "let":
            return
        uses = 0

        def visit(n):
            nonlocal uses
            if n.type == "MemberExpression" and not n.computed and n.object.type == "ThisExpression":
                uses += 1
            return n.type != "ArrowFunctionExpression"
        walk_function_body(node.body, visit)
        if uses >= 2:
            this = self.binding(ref)
            self.this_props = self.temp()
            self.this_props_line = len(self.lines)
            self.emit(f"{self.this_props} = {this}.props if type({this}) is JSObject else _NO_PROPS")

    def hoist_props_caches(self, nodes):
        """Give each name whose ``name.key`` the body reads or writes more than once
        (outside calls ``name.key(...)``, which look methods up) a pair of locals that
        remember the last object read through it and that object's ``props``: a plain
        object's property dict is never replaced (watch_chain empties the one it
        replaces, so a stale pair only sends accesses to the general path), so the
        pair holds whatever the name is bound to later, and each access tests only
        that it meets the same object again (see ExpressionGenerator.cached_props)."""
        uses = {}

        def visit(n):
            t = n.type
            if t == "CallExpression" and n.callee.type == "MemberExpression":
                for a in n.arguments:
                    walk_function_body(a, visit)
                walk_function_body(n.callee.object, visit)
                if n.callee.computed:
                    walk_function_body(n.callee.property, visit)
                return False
            if t == "MemberExpression" and not n.computed and n.object.type == "Identifier" and \
                    n.property.type == "Identifier" and n.property.name != "length":
                uses[n.object.name] = uses.get(n.object.name, 0) + 1
            return t not in NESTED
        for n in nodes:
            walk_function_body(n, visit)
        for name in sorted(uses):
            if uses[name] >= 2:
                pair = self.props_caches[name] = (self.temp(), self.temp())
                self.emit(f"{pair[0]} = {pair[1]} = _NO_PROPS")

    def hoist_arrays(self, nodes):
        """Before a loop made of ``nodes``: for each variable the loop indexes
        (``a[i]``, ``a[i] = v``, ``a.length``, ``a.push(v)``) and cannot change, read once
        whether it holds an Array, into a local that those accesses test instead of the
        variable's type (see ExpressionGenerator.array_of).  An object's class never
        changes, so that holds for the whole loop when the variable does: a binding of
        this body in no TDZ, that no nested function names, no mapped ``arguments``
        object aliases, and the loop never assigns.  Likewise each such variable used
        as a key (``a[k]``) gets an int twin, as a counting loop's variable has (see
        ExpressionGenerator.int_key): its value when it is an integral Number that is
        an array index, else -NOT_AN_INDEX, which no fast path takes.  Returns what was hoisted,
        for :meth:`drop_arrays` after the loop."""
        names, keys = set(), set()

        def visit(n):
            if n.type == "MemberExpression" and n.object.type == "Identifier" and \
                    (n.computed or n.property.type == "Identifier" and n.property.name in ("length", "push")):
                names.add(n.object.name)
            if n.type == "MemberExpression" and n.computed:
                keys.update(key_names(n.property))
            return n.type not in NESTED
        for n in nodes:
            if n is not None:
                walk_function_body(n, visit)
        if not names and not keys:
            return ()
        written = set()
        for n in nodes:
            if n is not None:
                written |= written_names(n)
        if "*" in written:
            return ()
        hoisted = []
        for name in sorted(n for n in names | keys if n not in written):
            ref = self.own_local(name)
            if ref is None:
                continue
            var = self.binding(ref)
            if name in names and ref.binding not in self.arrays:
                local = self.temp()
                self.emit(f"{local} = {var} if type({var}) is JSArray else _NOT_ARRAY")
                self.arrays[ref.binding] = local
                hoisted.append((self.arrays, ref.binding))
            if name in keys and ref.binding not in self.int_index:
                twin = self.temp()
                self.emit(f"{twin} = {_index_twin(var)}")
                self.int_index[ref.binding] = twin
                hoisted.append((self.int_index, ref.binding))
        return hoisted

    def own_local(self, name):
        """The reference of ``name`` when it is a variable only this function's code
        can write, by the statements that name it (a binding of this body, in no TDZ,
        that no nested function names and no mapped ``arguments`` object aliases).
        Else None."""
        if name in self.captured:
            return None
        ref = self.c.resolve(name)
        fn = self.c.fn
        mapped = fn is not None and not self.c.strict and fn.info.uses_arguments
        if ref.checks or ref.is_global or ref.binding not in self.owned or \
                (mapped and ref.binding.kind == "param") or self.slot_read(ref)[1] != PURE:
            return None
        return ref

    def statements(self, stmts):
        """Each statement in turn; a variable used as a key (see key_names) twice or
        more by consecutive statements that do not assign it gets an int twin for
        them (see ExpressionGenerator.int_key), computed once before the first:
        ``up[l] + row[l] + down[l]`` converts ``l`` once."""
        uses = [key_uses(s) for s in stmts]
        writes = [written_names(s) for s in stmts] if any(uses) else ()
        active = {}         # binding -> index of the last statement of its run
        for j, s in enumerate(stmts):
            for name in uses[j]:
                ref = self.own_local(name)
                if ref is None or ref.binding in self.int_index:
                    continue
                end, count = j, 0
                while end < len(stmts) and name not in writes[end] and "*" not in writes[end]:
                    count += uses[end].get(name, 0)
                    end += 1
                if count >= 2:
                    twin, var = self.temp(), self.binding(ref)
                    self.emit(f"{twin} = {_index_twin(var)}")
                    self.int_index[ref.binding] = twin
                    active[ref.binding] = end - 1
            self.stmt(s)
            for b in [b for b, last in active.items() if last == j]:
                del self.int_index[b]
                del active[b]

    @staticmethod
    def drop_arrays(hoisted):
        for table, b in hoisted:
            del table[b]

    def body_function(self, body):
        """``_body(env)``: the body on an environment prepared by the caller (the
        closure tier's FunctionCode.invoke path: construct, other realms, setup).
        A generator-kind body is a Python generator yielding ``(kind, value)`` to its
        runner (pyjs.interp.generators); ``return(v)`` ends it with ``v``.  An async
        function without ``await`` is a plain function (generators.async_fast)."""
        head = ["def _body(env):", "    _realm = _st.realm", self.local_counters(), "    try:", self.base_loads()]
        if self.await_now:
            head.insert(1, "    _aw = _await_later")
        start = len(self.source_lines) + len(head) + 1
        extra = []
        node = self.c.fn.info.node if self.gen_mode else None
        self.body_suspends = self.gen_mode and not (
            self.c.fn.kind == "async" and node is not None and node.type != "Program" and not self.suspends(node.body))
        if self.body_suspends:
            body = body + ["        return None", "        yield  # a generator even without a yield"]
            extra = ["    except _GeneratorReturn as _r:", "        return _r.value"]
        return self.assemble(head, body, start, extra)

    def local_counters(self):
        parts = (["_jump = 0"] if self.uses_jump else []) + ([f"_sc = {STEP_BATCH}"] if self.uses_steps else [])
        return "    " + ("; ".join(parts) if parts else "pass")

    def call_function(self, body, code):
        """``_call(fobj, this, args)``: a whole [[Call]] of a plain function, as
        ScriptFunction.call does it (realm, depth and step checks, OrdinaryCallBindThis,
        parameters), so one Python frame runs one JS call."""
        template, items, this, this_local, params, binds, args = self.call_parameters(code, False)
        bound = code.param_slots or ()
        leaf = self.leaf = is_leaf(self.c.fn.info.node)
        head, this_param = self.call_head(params, args, leaf, this, this_local,
                                          any("_realm" in line for line in body))
        head.append("    try:")
        if not leaf:
            head.append("        if _c > _st.call_limit: _check_limits(_st)")
        body, stmts = self.bind_this(body, this, this_local, this_param)
        stmts += binds
        if code.setup is not None and code.param_slots is None:
            stmts.append(f"{self.const(code.setup)}(env, list(args), fobj)")
        # without a setup call, every other slot still holds its template value
        fresh = template if code.param_slots is not None or code.setup is None else None
        stmts.append(self.base_loads(bound + ((1,) if this_local is not None else ()), fresh))
        head += self.binding_lines(items, stmts, body)
        return self.call_entries(head, body)

    def bind_this(self, body, this, this_local, this_param):
        """The body of ``_fast`` and its first statements (the local counters, then
        ``this`` bound in its local when it is not the parameter itself: sloppy
        code's, coerced by OrdinaryCallBindThis).  Where the body reads the props
        of ``this`` (hoist_this_props), one type test serves both: that line of
        the body is replaced, so no line moves."""
        stmts = [self.local_counters()]
        if this_local is None or this_param == this_local:
            return body, stmts
        at = self.this_props_line
        if at is None:
            return body, stmts + [f"{this_local} = {this}"]
        t, p = this_local, self.this_props
        body = list(body)
        body[at] = (f"        {p} = ({t} := this).props if type(this) is JSObject else _NO_PROPS "
                    f"if type({t} := _sloppy_this(this, fobj.realm)) is not JSObject else {t}.props")
        return body, stmts

    @staticmethod
    def binding_lines(items, stmts, body):
        """The statements that bind a call (its ``env`` list, made only when some
        code reads it, then ``stmts``) as at most one line of ``_fast``: each line
        holding only ``pass`` would cost an instruction (a NOP) on every call."""
        stmts = [t for t in (s.strip() for s in stmts) if t != "pass"]
        uses = [line[m.end():m.end() + 3] for line in stmts + body for m in _ENV.finditer(line)]
        if uses:
            # a body that only reaches enclosing scopes (env[0]) needs no list of slots
            only_outer = all(u == "[0]" for u in uses)
            stmts.insert(0, "env = (fobj.env,)" if only_outer else f"env = [{', '.join(items)}]")
        return ["        " + ("; ".join(stmts) or "pass")] if stmts or not body else []

    def call_parameters(self, code, in_env):
        """What a whole [[Call]] binds: (the function scope's template, the source of
        each item of a fresh ``env`` list, the source of ``this``, the Python local
        ``this`` lives in or None, the ``_fast`` parameters, the statements storing
        parameters that live in ``env``, the arguments as one list for
        ``_call_slow``).  ``in_env``: every binding lives in ``env`` (a body that
        loads its locals itself), so ``this`` and parameters go into its items."""
        template = self.base_scope.make_template()
        items = ["fobj.env"]
        this = this_local = None
        for i, v in enumerate(template[1:], 1):
            if code.has_this and i == 1:
                this = "this" if code.strict else \
                    "(this if isinstance(this, JSObject) else _sloppy_this(this, fobj.realm))"
                if not in_env:
                    this_local = self.local.get(self.base_scope.bindings["%this"])
                items.append(this if this_local is None else "None")
            elif code.has_this and i == 3:
                items.append("fobj")
            else:
                items.append("_TDZ" if v is TDZ else "None")
        params, binds = [], []
        slots = {b.slot: b for b in self.base_scope.bindings.values()}
        for i, slot in enumerate(code.param_slots or ()):
            b = slots[slot]
            name = f"_p{i}" if in_env else self.local.get(b) or f"_p{i}"
            params.append(f"{name}=None")
            if in_env:
                items[slot] = name
            elif b not in self.local and (b in self.used or b in self.touched or b.name in self.captured):
                binds.append(f"        env[{slot}] = {name}")
        if code.setup is not None and code.param_slots is None:
            params, args = ["*args"], "list(args)"
        else:
            params.append("*_rest")
            args = "[" + "".join(p[:-5] + ", " for p in params[:-1]) + "*_rest]"
        return template, items, this, this_local, params, binds, args

    def async_call_function(self, marked, code):
        """``_fast``/``_call`` of an async function: its whole [[Call]], returning its
        promise (what generators.async_fast does for any async function, here with
        the parameters bound as call_function binds them).

        A body that can suspend is the generator ``_body``, started on a fresh
        ``env`` by generators.async_start.  A body that cannot runs here itself,
        each ``return v`` giving what ``_async_return(_realm, v)`` gives (inline for a
        non-object) and a throw ``_async_throw``: the promise is made at the return,
        which is unobservable
        unless ``v`` is an object (whose "then" resolving it reads) and code still
        runs after the return; so a body that returns from inside a ``finally``'s
        try or a ``for-of`` (which closes its iterator) takes this path only when
        it suspends (see build)."""
        suspends = self.body_suspends
        template, items, this, this_local, params, binds, args = self.call_parameters(code, suspends)
        setup = code.setup is not None and code.param_slots is None
        leaf = self.leaf = is_leaf(self.c.fn.info.node)
        head, this_param = self.call_head(params, args, leaf, this, this_local)
        if not leaf:
            head.append("    if _c > _st.call_limit: _check_limits(_st)")
        head.append("    try:")
        if suspends:
            stmts = [f"env = [{', '.join(items)}]"]
            if setup:
                stmts.append(f"{self.const(code.setup)}(env, list(args), fobj)")
            head.append("        " + "; ".join(stmts))
            body = ["        return _async_start(_realm, _body(env))"]
        else:
            marked, stmts = self.bind_this(marked, this, this_local, this_param)
            stmts += binds
            if setup:
                stmts.append(f"{self.const(code.setup)}(env, list(args), fobj)")
            fresh = template if not setup else None
            stmts.append(self.base_loads(tuple(code.param_slots or ()) + ((1,) if this_local is not None else ()),
                                         fresh))
            body = [line.replace(_RETURN_OPEN, "(_JSPromise(_realm.promise_prototype, _FULFILLED, _rv) if not "
                                 "isinstance((_rv := ").replace(_RETURN_CLOSE, "), JSObject) else _async_return(_realm, _rv))")
                    for line in marked] + ["        return _JSPromise(_realm.promise_prototype, _FULFILLED, None)"]
            head += self.binding_lines(items, stmts, body)
        return self.call_entries(head, body, "return _async_throw(_realm, _e.value)")

    @staticmethod
    def call_head(params, args, leaf, this, this_local, realm_used=True):
        """The first lines of ``_fast`` and the name of its ``this`` parameter: the
        Python local of ``this`` itself when strict code binds it unchanged.
        Another realm's function takes the general [[Call]] (the running realm is
        kept in ``_realm`` when the body reads it); a non-leaf counts its
        call (``_c``, to test against the agent's ``call_limit``, which stands for
        both the depth limit and the step budget; see agent.AgentState), and its
        frame counts for the depth (agent.call_depth), so that it need not count
        its return.  A leaf, which neither calls nor loops, counts nothing: it
        cannot go deeper, and its caller counted its step."""
        this_param = this_local if this_local is not None and this == "this" else "this"
        head = [f"def _fast(fobj, {this_param}, {', '.join(params)}):"]
        realm = "_st.realm"
        if realm_used:
            head.append(f"    _realm = {realm}")
            realm = "_realm"
        head.append(f"    if fobj.realm is not {realm}: return _call_slow(fobj, {this_param}, {args})")
        if not leaf:
            head.append("    _st.calls = _c = _st.calls + 1")
        return head, this_param

    def call_entries(self, head, body, on_error="raise"):
        """``_fast`` from its head and body (a stack overflow becomes a RangeError), and
        ``_call``, its list-of-arguments form."""
        start = len(self.source_lines) + len(head) + 1
        extra = ["    except RecursionError:",
                 "        raise _stack_overflow() from None"]
        return self.assemble(head, body, start, extra, on_error) + \
            "\ndef _call(fobj, this, args):\n    return _fast(fobj, this, *args)"

    def assemble(self, head, body, start, extra, on_error="raise"):
        tail = ["    except _JSError as _e:", f"        _lines.annotate(_e, {start})", "        " + on_error]
        lines = head + body + tail + extra
        self.source_lines.extend(lines)
        return "\n".join(lines)

    def load_bindings(self, scope, env):
        """Own ``scope``'s bindings, and mark where their Python locals (if they get
        any) are loaded from the list ``env`` just created."""
        for b in scope.bindings.values():
            self.owned[b] = env
        self.load_points.append((list(scope.bindings.values()), env))
        self.emit(f"\x05{len(self.load_points) - 1}\x02")

    def finish(self):
        """Decide which bindings live in Python locals, and write out the tokens.

        A binding becomes a local when only this generated code can reach it: no
        nested function names it, no closure-compiled part uses it, and no mapped
        ``arguments`` object aliases it (sloppy functions reading ``arguments``).
        A derived constructor's ``this``, bound by super(), is read from the
        environment once the body returns (ScriptFunction.construct)."""
        fn = self.c.fn
        mapped = fn is not None and not self.c.strict and fn.info.uses_arguments
        derived = fn is not None and getattr(fn.scope, "derived_ctor", False)
        local = {}
        used = self.used = {a[0] for a in self.accesses}
        for b in self.owned:
            if b not in used or b in self.touched or b.name in self.captured or b.kind == "import" or \
                    (b.name[0] == "%" and (b.name != "%this" or derived)) or (mapped and b.kind == "param"):
                continue
            local[b] = f"l{len(local)}"
        self.local = local
        accesses = self.accesses
        loads = self.load_points
        unused = self.drop_unused_envs(local)

        def token(m):
            kind, n = m.group(1), int(m.group(2))
            if kind == "\x05":
                bindings, env = loads[n]
                if env in unused:
                    template = self.opened_envs[env][2]
                    parts = [f"{local[b]} = {'_TDZ' if template[b.slot] is TDZ else 'None'}"
                             for b in bindings if b in local]
                else:
                    parts = [f"{local[b]} = {env}[{b.slot}]" for b in bindings if b in local]
                return "; ".join(parts) if parts else "pass"
            b, env, slot = accesses[n]
            name = local.get(b)
            if kind == "\x01":
                return name if name is not None else f"{env}[{slot}]"
            if kind == "\x03":
                return f"({name} := " if name is not None else f"({env}.__setitem__({slot}, _w{n} := "
            return ")" if name is not None else f") or _w{n})"
        return [_TOKEN.sub(token, line) for line in self.lines]

    def drop_unused_envs(self, local):
        """The block environments (``eN`` lists) nothing reads once the bindings that
        only this code reaches became Python locals: no closure, no closure-compiled
        part and no inner environment that is kept refers to them.  Their creation
        becomes ``pass`` (a per-iteration ``for (const x of ...)`` would otherwise
        build a list each time round), and their bindings start from the template's
        values."""
        opened = self.opened_envs
        creations = {line: name for name, (line, _, _) in opened.items()}
        direct = {env for b, env, _ in self.accesses if b not in local}
        for i, line in enumerate(self.lines):
            if i not in creations:
                direct.update(_ENV_NAME.findall(line))
        kept = set()
        stack = [name for name in direct if name in opened]
        while stack:
            name = stack.pop()
            if name not in kept and name in opened:
                kept.add(name)
                stack.append(opened[name][1])
        unused = {name for name, (_, _, template) in opened.items() if name not in kept and template is not None}
        for name in unused:
            line = opened[name][0]
            text = self.lines[line]
            self.lines[line] = text[:len(text) - len(text.lstrip())] + "pass"
        return unused

    # -- statements -------------------------------------------------------------------
    def stmt(self, node):
        m = getattr(self, "s_" + node.type, None)
        if m is None:
            self.fallback_stmt(node)
        else:
            m(node)

    def hoist_global_cells(self, stmts):
        """Global code: for each global name that its loops use (outside nested
        functions), read once at entry the Prop its var binding keeps for as long as
        the code runs (refs.global_var_cell), into a local that reads and writes of
        the name use when it is not None (see ExpressionGenerator.identifier and
        global_store).  Each reference site's own cache stays the fall-back.  A name
        the code declares with let, const or class is read and written in the realm's
        global_lex (``_glex``), where its GlobalDeclarationInstantiation put it and
        where it stays."""
        names = set()

        def visit_loop(n):
            t = n.type
            if t == "Identifier":
                names.add(n.name)
            elif t == "MemberExpression" and not n.computed:     # not the property name
                walk_function_body(n.object, visit_loop)
                return False
            elif t == "Property" and not n.computed and not n.shorthand:   # nor a key
                walk_function_body(n.value, visit_loop)
                return False
            return t not in NESTED

        def visit(n):
            if n.type in LOOPS:
                walk_function_body(n, visit_loop)
                return False
            return n.type not in NESTED
        for s in stmts:
            walk_function_body(s, visit)
        lexicals = {n: kind for n, kind, _ in lexical_declarations(stmts, True)}
        for name in sorted(names):
            ref = self.c.resolve(name)
            if name == "undefined" or not ref.is_global or ref.checks:
                continue
            if name in lexicals:
                if not self.global_lexicals:
                    self.emit(f"_glex = {self.realm}.global_lex")
                self.global_lexicals[name] = lexicals[name]
            else:
                cell = self.global_cells[name] = f"_gv{len(self.global_cells)}"
                self.emit(f"{cell} = _global_var_cell({self.realm}, {name!r})")

    def script_statements(self, stmts):
        """Global code's statements.  A statement followed by one that always
        produces a value (an expression statement, or a statement whose value is at
        least undefined: if, a loop, switch, try, with) gives a completion value that
        nothing can read: at this level no break or continue can carry it out, and a
        throw discards it.  Such a statement, and all it contains, is generated without
        keeping the value (so ``a.push(x)`` and ``o.n++`` take their statement forms)."""
        last = max((i for i, s in enumerate(stmts) if _produces_value(s)), default=-1)
        for i, s in enumerate(stmts):
            if i < last and self.track:
                c = self.c
                self.track = c.track_completion = False
                try:
                    self.stmt(s)
                finally:
                    self.track = c.track_completion = True
            else:
                self.stmt(s)

    def reset_completion(self):
        """Statements that start a new completion value (as the closure tier does)."""
        if self.track:
            self.emit("_st.cv = None")

    def sub_statement(self, node):
        """A statement in a position that needs at least one Python line."""
        start = len(self.lines)
        if node.type == "FunctionDeclaration":
            self.block([node])
        else:
            self.stmt(node)
        if len(self.lines) == start:
            self.emit("pass")

    def fallback_stmt(self, node):
        """Run a statement through its closure-compiled form."""
        if escaping_jump(node):
            raise Unsupported("a jump leaves a closure-compiled statement")
        labels = self.pending_labels
        self.pending_labels = ()
        self.c.pending_labels = labels
        call = ""
        if self.suspends(node):
            r = self.c.compile_stmt_g(node)
            f = None if r is None else r[1]
            call = "yield from " if r is not None and r[0] else ""
        else:
            f = self.c.compile_stmt(node)
        self.c.pending_labels = ()
        if f is None:
            return
        self.touch(node)
        name = self.const(f)
        self.mark(node)
        if contains_return(node):
            self.emit(f"_s = {call}{name}({self.env()})")
            self.emit("if _s is not None:")
            self.level += 1
            self.emit_return("_s[1]")
            self.level -= 1
        else:
            self.emit(f"{call}{name}({self.env()})")

    def s_EmptyStatement(self, node):
        pass

    s_DebuggerStatement = s_EmptyStatement

    def s_ExpressionStatement(self, node):
        self.mark(node)
        e = node.expression
        if not self.track:
            self.effect(e)
            return
        stored = self.assign_statement(e) if e.type == "AssignmentExpression" else False
        self.emit(f"_st.cv = {stored or self.expr(e)}")

    def effect(self, e):
        """Emit an expression evaluated for its effects only."""
        t = e.type
        if t == "AssignmentExpression" and self.assign_statement(e):
            return
        if t == "UpdateExpression" and self.update_statement(e):
            return
        if t == "CallExpression" and self.push_statement(e):
            return
        if t == "SequenceExpression":
            for x in e.expressions:
                self.effect(x)
            return
        self.emit(self.expr(e))

    def s_VariableDeclaration(self, node):
        self.mark(node)
        c = self.c
        init = node.kind != "var"
        if self.gen_mode and any(self.suspends(d.id) or (
                d.id.type == "Identifier" and not init and c.resolve(d.id.name).checks and
                d.init is not None and self.suspends(d.init)) for d in node.declarations):
            self.fallback_stmt(node)
            return
        for d in node.declarations:
            if d.id.type == "Identifier" and not init and c.resolve(d.id.name).checks:
                if d.init is not None:       # the reference is resolved before the value runs
                    value = c.compile_expr_named(d.init, d.id.name)
                    self.emit(self.closure(c.compile_binding_init(d.id, value, init), d))
                continue
            if d.id.type != "Identifier":
                if d.init is None and not init:
                    continue
                value = self.temp()
                self.emit(f"{value} = {self.expr(d.init) if d.init is not None else 'None'}")
                if self.inline_pattern(d.id, value, init):
                    continue
                bind = c.compile_binding_pattern(d.id, init)
                self.touch(d.id)
                self.emit(f"{self.const(bind)}({self.env()}, {value})")
                continue
            if d.init is None:
                if init:
                    self.store_binding(d.id.name, "None", True)
                    self.declared(d.id.name)
                continue
            value = self.expr_named(d.init, d.id.name)
            self.store_binding(d.id.name, value, init)
            if init:
                self.declared(d.id.name)

    def declared(self, name):
        """``name``'s declaration has run: code after it in its block reads the
        binding without a TDZ check, since control inside a block only moves
        forward to it (a switch's cases are the exception: a case can be entered
        past a declaration in an earlier one)."""
        c = self.c
        if not getattr(c.scope, "case_block", False):
            ref = c.resolve(name)
            if ref.binding is not None and ref.binding in self.owned:
                self.initialized.add(ref.binding)

    def s_ClassDeclaration(self, node):
        self.fallback_stmt(node)
        self.declared(node.id.name)

    def s_FunctionDeclaration(self, node):
        f = self.c.stmt_FunctionDeclaration(node)
        if f is not None:
            self.captured.add(node.id.name)     # Annex B copies it to the var of that name
            self.emit(self.closure(f, node))

    def s_ReturnStatement(self, node):
        self.mark(node)
        self.emit_return("None" if node.argument is None else self.expr(node.argument))

    def emit_return(self, value):
        """``return value`` from the body, its value marked: an async function's
        ``_fast`` returns the promise made from it (see call_function)."""
        self.emit(f"return {_RETURN_OPEN}{value}{_RETURN_CLOSE}")

    def s_ThrowStatement(self, node):
        self.mark(node)
        v = self.expr(node.argument)
        fname = self.const(self.c.filename)
        self.emit(f"raise _throw_value({v}, {fname}, {getattr(node, 'line', 0)}, {getattr(node, 'column', 0)})")

    def s_IfStatement(self, node):
        if node.consequent.type == "FunctionDeclaration" or (
                node.alternate is not None and node.alternate.type == "FunctionDeclaration"):
            self.fallback_stmt(node)
            return
        self.mark(node)
        self.reset_completion()
        self.emit(f"if {self.cond(node.test)}:")
        self.level += 1
        self.sub_statement(node.consequent)
        self.level -= 1
        alt = node.alternate
        while alt is not None:
            if alt.type == "IfStatement" and alt.consequent.type != "FunctionDeclaration" and (
                    alt.alternate is None or alt.alternate.type != "FunctionDeclaration"):
                self.emit(f"elif {self.cond(alt.test)}:")
                self.level += 1
                self.sub_statement(alt.consequent)
                self.level -= 1
                alt = alt.alternate
                continue
            self.emit("else:")
            self.level += 1
            self.sub_statement(alt)
            self.level -= 1
            break

    def s_BlockStatement(self, node):
        self.block(node.body)

    def block(self, stmts):
        if not lexical_declarations(stmts, False):
            self.statements(stmts)
            return
        c = self.c
        scope = c.push_scope("block")
        try:
            funcs = c.declare_lexicals(scope, stmts)
            inits = c.instantiate_functions(funcs)
            self.open_env(scope, inits)
            self.statements(stmts)
        finally:
            c.pop_scope()
        self.close_env(scope)

    def open_env(self, scope, inits=()):
        """Emit the creation of ``scope``'s environment list (its template is
        final only when the scope has been compiled, so it is patched in later)."""
        outer = self.envs[id(scope.parent)]
        self.env_count += 1
        name = f"e{self.env_count}"
        self.envs[id(scope)] = name
        placeholder = len(self.lines)
        self.emit(f"{name} = ...")
        self.pending_templates = getattr(self, "pending_templates", [])
        self.pending_templates.append((placeholder, name, outer, scope))
        self.opened_envs[name] = (placeholder, outer, None)
        if inits:
            self.emit(f"for _set, _code in {self.const(tuple(inits))}: _set({name}, _make_function(_code, {name}))")
        self.load_bindings(scope, name)
        return name

    def close_env(self, scope):
        for i, (line, name, outer, s) in enumerate(self.pending_templates):
            if s is scope:
                template = s.make_template()
                values = ", ".join("_TDZ" if v is TDZ else "None" for v in template[1:])
                indent = self.lines[line][:len(self.lines[line]) - len(self.lines[line].lstrip())]
                self.lines[line] = f"{indent}{name} = [{outer}{', ' if values else ''}{values}]"
                self.opened_envs[name] = (line, outer, template)
                del self.pending_templates[i]
                break
        self.envs.pop(id(scope), None)

    # -- loops and jumps -----------------------------------------------------------------
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

    def steps(self):
        """A loop back-edge: count a step.  Generated loops count in a local and
        charge the agent's budget every STEP_BATCH iterations (a function's first
        iterations are not charged; its call was), except a counting loop that runs
        to its end, whose values charge its iterations (see counting_loop)."""
        self.uses_steps = True
        self.emit("_sc -= 1")
        self.emit("if _sc < 0: _sc = _charge_steps()")

    def s_WhileStatement(self, node):
        labels = self.take_labels()
        self.mark(node)
        self.reset_completion()
        hoisted = self.hoist_arrays([node.test, node.body])
        py, t = self.loop_head(labels)
        self.emit(f"while {self.cond(node.test)}:")
        self.level += 1
        self.steps()
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
        self.emit("while True:")
        self.level += 1
        self.emit(f"if {flag}: {flag} = False")
        self.emit(f"elif not ({self.cond(node.test)}): break")
        self.steps()
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
            hoisted = self.hoist_arrays([node.test, node.update, node.body])
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
            var = self.binding(self.c.resolve(node.update.argument.name if node.update.type == "UpdateExpression"
                                              else node.update.left.name))
            if start is not None:       # a literal start: the variable is an integral float throughout
                self.exact_ints.add(twin)
                self.emit(f"{twin} = {start}")
                update = f"{var} = {var} + {float(step)!r}; {twin} += {step}"
            else:
                # any start: the twin is the variable's int while that is an integral
                # Number, else far below any index (and stepping keeps it there)
                self.emit(f"{twin} = int({var}) if type({var}) is float and {var}.is_integer() and "
                          f"-9007199254740992.0 < {var} < 9007199254740992.0 else -{NOT_AN_INDEX}")
                update = (f"{var} = ({var} + {float(step)!r} if type({var}) is float else "
                          f"_numeric_step({var}, {float(step)!r})[1]); {twin} += {step}")
        py, t = self.loop_head(labels, flag)
        if flag is not None:
            self.emit(f"{flag} = True")
        self.emit("while True:")
        self.level += 1
        if flag is not None:
            self.emit(f"if {flag}: {flag} = False")
            self.emit("else:")
            self.level += 1
            self.emit(update) if counter is not None else self.for_update(node, per_iteration, env)
            self.level -= 1
        if node.test is not None:
            self.emit(f"if not ({self.cond(node.test)}): break")
        self.steps()
        self.sub_statement(node.body)
        if flag is None:
            self.emit(update) if counter is not None else self.for_update(node, per_iteration, env)
        self.level -= 1
        if counter is not None:
            del self.int_index[binding]
            self.exact_ints.discard(twin)
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
        if ref.checks or ref.is_global or ref.binding.kind not in ("var", "let"):
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
        if kind == "of":
            self.emit(f"{cursor} = _for_of_values({right})")
            self.emit(f"{ok} = True")
            self.emit("try:")
            self.level += 1
            py, t = self.loop_head(labels)
            self.emit("while True:")
            self.level += 1
            self.emit(f"{ok} = True")
            self.emit(f"{value} = {cursor}.step()")
            self.emit(f"if {value} is _MISSING: break")
            self.emit(f"{ok} = False")
        else:
            obj = self.temp()
            self.emit(f"{obj} = {right}")
            py, t = self.loop_head(labels)
            self.emit(f"for {value} in (() if {obj} is None or {obj} is null else "
                      f"_for_in_keys({obj} if type({obj}) is JSObject else _to_object({obj}))):")
            self.level += 1
        self.steps()
        if lexical:
            scope = c._lexical_head(node, left.declarations[0])
            try:
                self.open_env(scope)
                self.bind_head(left.declarations[0].id, value, True)
                self.sub_statement(node.body)
            finally:
                c.pop_scope()
            self.close_env(scope)
        else:
            if left.type == "VariableDeclaration":
                self.bind_head(left.declarations[0].id, value, False)
            else:
                self.assign_head(left, value)
            self.sub_statement(node.body)
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

    def bind_head(self, pattern, value, init):
        """Bind a for-in/of declaration's pattern to the Python local ``value``."""
        if pattern.type == "Identifier":
            self.store_binding(pattern.name, value, init)
            if init:
                self.declared(pattern.name)
            return
        if self.inline_pattern(pattern, value, init):
            return
        bind = self.c.compile_binding_pattern(pattern, init)
        self.touch(pattern)
        self.emit(f"{self.const(bind)}({self.env()}, {value})")

    def assign_head(self, target, value):
        """``for (target of ...)`` with an assignment target."""
        if target.type == "Identifier" and not self.c.resolve(target.name).checks:
            self.store_binding(target.name, value, False)
            return
        if target.type in ("ObjectPattern", "ArrayPattern") and self.inline_pattern(target, value, False):
            return
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
            if ref.checks or ref.is_global or ref.binding.kind not in ("var", "let", "param") or \
                    n in self.captured:
                return False
        if names & written_names(node.body):
            return False
        loop_var = self.binding(self.c.resolve(name))
        start = self.slot_read(self.c.resolve(name))[0]
        bound = self.expr(test.right)
        by = self.expr(step) if step is not None else "1.0"
        counter, final = self.temp(), self.temp()
        binding = self.c.resolve(name).binding
        twin = self.temp() if indexes_with(node.body, name) else None
        charged = runs_to_end(node)
        extra = f", {bool(twin)}, True" if charged else ", True" if twin else ""
        if step is None:
            self.emit(f"{counter}, {final} = _count_up({start}, {bound}, {test.operator == '<='}{extra})")
        else:
            self.emit(f"{counter}, {final} = _counting_loop({start}, {bound}, {by}, {test.operator == '<='}, "
                      f"{increment}{extra})")
        py, t = self.loop_head(labels)
        self.emit(f"for {loop_var}{', ' + twin if twin else ''} in {counter}:")
        self.level += 1
        if not charged:
            self.steps()
        if twin:
            self.int_index[binding] = twin
        self.sub_statement(node.body)
        self.int_index.pop(binding, None)
        self.level -= 1
        self.emit("else:")
        self.emit(f"    {self.binding(self.c.resolve(name))} = {counter}.final if {final} is None else {final}")
        self.pop_target(t)
        self.pop_py_loop(py)
        return True

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
                funcs = c.declare_lexicals(scope, all_stmts)
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

    def s_TryStatement(self, node):
        """try/catch/finally.  A finally block runs on normal completion, on a jump
        out, on a JS throw and on a generator's return(), but not when the engine
        terminates the script (budget, process.exit): those are not JS completions."""
        if node.handler is not None and node.handler.param is not None and self.suspends(node.handler.param):
            self.fallback_stmt(node)
            return
        self.mark(node)
        self.reset_completion()
        final = node.finalizer
        if final is not None:
            run_final = self.temp()
            self.emit(f"{run_final} = True")
            self.emit("try:")
            self.level += 1
        if node.handler is not None:
            self.emit("try:")
            self.level += 1
            self.sub_block(node.block.body)
            self.level -= 1
            err = self.temp()
            self.emit(f"except _JSError as {err}:")
            self.level += 1
            self.catch_clause(node.handler, err)
            self.level -= 1
        else:
            self.sub_block(node.block.body)
        if final is None:
            return
        self.level -= 1
        self.emit("except BaseException as _x:")
        self.emit(f"    if not isinstance(_x, (_JSError, _GeneratorReturn)): {run_final} = False")
        self.emit("    raise")
        self.emit("finally:")
        self.level += 1
        self.emit(f"if {run_final}:")
        self.level += 1
        if self.track:
            saved = self.temp()
            self.emit(f"{saved} = _st.cv")
            self.sub_block(final.body)
            self.emit(f"_st.cv = {saved}")
        else:
            self.sub_block(final.body)
        self.level -= 2

    def sub_block(self, stmts):
        before = len(self.lines)
        self.block(stmts)
        if len(self.lines) == before:
            self.emit("pass")

    def catch_clause(self, clause, err):
        c = self.c
        param = clause.param
        body = clause.body.body
        if param is None:
            self.sub_block(body)
            return
        scope = c.push_catch_scope(param, body)
        try:
            env = self.open_env(scope)
            if param.type == "Identifier":
                self.emit(f"{self.binding(c.resolve(param.name))} = {err}.value")
            else:
                bind = c.compile_binding_pattern(param, True)
                self.touch(param)
                self.emit(f"{self.const(bind)}({env}, {err}.value)")
            self.sub_block(body)
        finally:
            c.pop_scope()
        self.close_env(scope)


def _index_twin(var):
    """Source of the int twin of the variable ``var`` used as a key: its value when
    that is an integral Number that is an array index, else -NOT_AN_INDEX, which no
    fast path takes (see ExpressionGenerator.int_key)."""
    return (f"int({var}) if type({var}) is float and 0.0 <= {var} < 4294967295.0 "
            f"and {var}.is_integer() else -{NOT_AN_INDEX}")


_ENV = re.compile(r"\benv\b")
_TOKEN = re.compile("([\x01\x03\x04\x05])(\\d+)\x02")
_ENV_NAME = re.compile(r"\be\d+\b")
_RETURN_OPEN, _RETURN_CLOSE = "\x06", "\x07"     # around a returned value (emit_return)


def _plain_returns(line):
    return line.replace(_RETURN_OPEN, "").replace(_RETURN_CLOSE, "")


BASE_NAMESPACE = {
    "_st": state, "_JSError": JSError, "_TDZ": TDZ,
    "_ONCE": _ONCE, "_make_function": make_function, "JSArray": JSArray, "HOLE": HOLE,
    "_global_var_cell": global_var_cell,
    "JSObject": JSObject, "Prop": Prop, "null": null, "_SF": ScriptFunction, "_NF": NativeFunction,
    "_call_slow": ScriptFunction._call_slow, "_check_limits": _check_limits,
    "_for_of_values": for_of_values, "_for_in_keys": for_in_keys, "_MISSING": MISSING,
    "_to_object": to_object, "_counting_loop": counting_loop, "_count_up": count_up, "_charge_steps": charge_steps, "_GeneratorReturn": GeneratorReturn, "_AWAIT": AWAIT, "_YIELD": YIELD, "_AWAIT_LATER": AWAIT_LATER,
    "_await_now": await_now, "_await_later": await_later, "_async_start": async_start,
    "_async_return": async_return, "_JSPromise": JSPromise, "_FULFILLED": FULFILLED, "_async_throw": async_throw,
    "_sloppy_this": sloppy_this, "_stack_overflow": stack_overflow,
    "_ORDINARY": NAMED_PROPS_CLASSES, "_NO_PROPS": MappingProxyType({}), "_NOT_ARRAY": NOT_ARRAY,
}
