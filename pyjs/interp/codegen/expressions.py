"""Python source for JS expressions.

Each method returns the source of one Python expression.  Values that later
parts of an expression read again are bound once with ``:=`` (every temporary
is a local of the generated function), and operands are evaluated left to
right exactly once, as the spec orders them.  Fast paths are inline guards
(``type(a) is type(b) is float``) that fall back to the shared runtime
helpers, which hold the semantics.
"""
import math

from ..ops import (
    js_add, js_sub, js_mul, js_div, js_mod, js_pow, js_bitand, js_bitor, js_bitxor,
    js_shl, js_sar, js_shr, js_lt, js_gt, js_le, js_ge, strict_equals, loose_equals,
    js_in, type_of, to_boolean, to_number, js_neg, js_bitnot, float_div,
    float_mod, to_property_key, set_failure_error, to_int32, to_string, copy_data_properties,
)
from ..numconv import number_to_string
from ..runtime import (NUMERIC_INDEXED, get_member, get_computed, set_member, set_computed,
                       computed_key, assign_computed, new_object, with_props, instance_of, private_get, private_set,
                       spread_values, super_get,
                       get_named_ordinary, get_string_named, array_pattern_values, not_destructurable,
                       pair_pattern_values, pair_value, array_values_at_once, pattern_step, closed_unless_done)
from ..agent import state
from ..functions import (construct_new, super_construct_positional, fill_call_site, fill_new_site, derived_result,
                         fill_method_site, fill_method_entry)
from .tree_facts import Everything, is_number, referenced_names, written_names
from .number_locals import NO_FACTS
from .source import CONST, PURE, EFFECT, OwnRead, type_test
from .builtin_calls import BuiltinCallGenerator
from .calls import CallGenerator
from .stores import StoreGenerator
from .int_tree import IntTreeGenerator, BITWISE, is_int_tree_root
from .elements import ElementGenerator
from ..compiler.scope import contains_suspend
from ..values import JSError, Prop, ACCESSOR, CONFIGURABLE, null
from ..proto_cache import INHERITED, NO_ENTRY, EMPTY, fill_site
from .runtime import not_function, tdz, numeric_step, throw_value, math_imul, string_builtin, own_builtin, adds_own
from ..classes import initialize_instance_elements, super_called_twice
from ..arrays import PrototypeProps
from ...builtins.array_mutators import push as array_push


_HELPERS = {
    "_js_add": js_add, "_js_sub": js_sub, "_js_mul": js_mul, "_js_div": js_div,
    "_js_mod": js_mod, "_js_pow": js_pow, "_js_bitand": js_bitand, "_js_bitor": js_bitor,
    "_js_bitxor": js_bitxor, "_js_shl": js_shl, "_js_sar": js_sar, "_js_shr": js_shr,
    "_js_lt": js_lt, "_js_gt": js_gt, "_js_le": js_le, "_js_ge": js_ge,
    "_strict_equals": strict_equals, "_loose_equals": loose_equals,
    "_instance_of": instance_of, "_js_in": js_in, "_type_of": type_of,
    "_to_boolean": to_boolean, "_to_number": to_number, "_to_string": to_string, "_js_neg": js_neg,
    "_number_to_string": number_to_string,
    "_js_bitnot": js_bitnot, "_float_div": float_div, "_float_mod": float_mod,
    "_to_property_key": to_property_key, "_set_failure_error": set_failure_error,
    "_get_member": get_member, "_get_named_ordinary": get_named_ordinary,
    "_get_string_named": get_string_named,
    "_array_pattern_values": array_pattern_values, "_not_destructurable": not_destructurable,
    "_array_values_at_once": array_values_at_once, "_pattern_step": pattern_step,
    "_closed_unless_done": closed_unless_done,
    "_pair_pattern_values": pair_pattern_values, "_pair_value": pair_value,
    "_INHERITED": INHERITED, "_get_computed": get_computed,
    "_set_member": set_member, "_set_computed": set_computed, "_computed_key": computed_key,
    "_assign_computed": assign_computed,
    "_NUMERIC_INDEXED": NUMERIC_INDEXED,
    "_spread_values": spread_values, "_private_get": private_get, "_private_set": private_set,
    "_super_get": super_get,
    "_new_object": new_object, "_with_props": with_props, "_copy_data_properties": copy_data_properties,
    "_not_function": not_function, "_construct": construct_new, "_tdz": tdz,
    "_numeric_step": numeric_step, "_throw_value": throw_value, "_math_imul": math_imul,
    "_super_construct": super_construct_positional, "_super_called_twice": super_called_twice,
    "_init_instance_elements": initialize_instance_elements,
    "_PrototypeProps": PrototypeProps, "_array_push": array_push,
    "_PROP0": Prop(None, 0), "_JSError": JSError, "Prop": Prop, "null": null,
    "_NO_PROP": Prop(None, ACCESSOR),       # "absent" to an inline data-property read
    "_NO_ENTRY": NO_ENTRY,                  # the INHERITED entry of a prototype with none
    "_EMPTY": EMPTY, "_fill_site": fill_site,     # site caches (ExpressionGenerator.site_cache)
    "_fill_method": fill_method_site, "_fill_entry": fill_method_entry,     # (CallGenerator.method_site_call)
    "_fill_call": fill_call_site, "_fill_new": fill_new_site,     # (CallGenerator.function_site, new_site)
    "_derived_result": derived_result,
    "_string_builtin": string_builtin, "_own_builtin": own_builtin,    # BuiltinCallGenerator.builtin_site
    "_adds_own": adds_own,          # StoreGenerator.constructor_adds
}

# operator -> (helper, inline float form or None)
_ARITH = {
    "+": ("_js_add", "{a} + {b}"), "-": ("_js_sub", "{a} - {b}"), "*": ("_js_mul", "{a} * {b}"),
    "/": ("_js_div", "({a} / {b} if {b} else _float_div({a}, {b}))"),
    # for a divisor above zero (ExpressionGenerator.arith tests it, unless a literal):
    # Python's % agrees with JS's (the sign of the dividend) when the dividend is positive
    # too, a negative one's is the negated remainder of its negation, and a dividend ±0
    # is the result (https://tc39.es/ecma262/#sec-numeric-types-number-remainder); NaN
    # (and an infinite dividend, which gives NaN both ways) is the helper's
    "%": ("_js_mod", "({a} % {b} if {a} > 0.0 else {a} if {a} == 0.0 else -(-{a} % {b}) if {a} < 0.0 "
          "else _float_mod({a}, {b}))"),
    "<": ("_js_lt", "{a} < {b}"), "<=": ("_js_le", "{a} <= {b}"),
    ">": ("_js_gt", "{a} > {b}"), ">=": ("_js_ge", "{a} >= {b}"),
    "==": ("_loose_equals", "{a} == {b}"),
    "**": ("_js_pow", None),
    # Numbers in int32 range ({range}): ToInt32 is int() (truncation), and &, |, ^, >> of two
    # int32 stay in range; << wraps; >>> takes any finite Number (ToUint32 is int() mod 2**32).
    # {ia}/{ib} are int({a})/int({b}), or the integer itself for a literal operand.
    # &, | and ^ of any finite Numbers (a Uint32 from >>> 0, say) are int() of them, wrapped
    # to int32 ({wide}: that case, when {range} is narrower): the low 32 bits of the result
    # are those of ToInt32's.
    "&": ("_js_bitand", "(float({ia} & {ib}) if {range} else {wide}_js_bitand({a}, {b}))"),
    "|": ("_js_bitor", "(float({ia} | {ib}) if {range} else {wide}_js_bitor({a}, {b}))"),
    "^": ("_js_bitxor", "(float({ia} ^ {ib}) if {range} else {wide}_js_bitxor({a}, {b}))"),
    ">>": ("_js_sar", "(float({ia} >> ({ib} & 31)) if {range} else _js_sar({a}, {b}))"),
    "<<": ("_js_shl", "(float((({ia} << ({ib} & 31)) + 2147483648 & 4294967295) - 2147483648) if {range} "
           "else _js_shl({a}, {b}))"),
    ">>>": ("_js_shr", "(float(({ia} & 4294967295) >> ({ib} & 31)) if {range} else _js_shr({a}, {b}))"),
    "instanceof": ("_instance_of", None), "in": ("_js_in", None),
}

_FLOAT_TREE_OPS = frozenset(("+", "-", "*", "/"))    # see ExpressionGenerator.float_tree

# typeof results that name one Python type of values (a BigInt is an int, never a bool)
_TYPEOF_TYPES = {"number": "float", "string": "str", "boolean": "bool", "bigint": "int"}

# the operators whose inline form (Python's) also serves two Strings: + joins them, and
# the relational operators compare them by code units (each a character of the str)
_STRING_OPS = frozenset(("+", "<", "<=", ">", ">="))
# comparison and equality operators on two Numbers -> Python's
_PY_COMPARISONS = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "==": "==", "===": "==", "!=": "!=", "!==": "!="}

_BOOLEAN_OPS = frozenset(("<", ">", "<=", ">=", "==", "!=", "===", "!==", "instanceof", "in"))


_NUMERIC_OPS = frozenset(("-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"))


def _is_numeric(node):
    """Is the expression's value always a Number or a BigInt (``a % b``, ``i--``...)?"""
    t = node.type
    if t == "BinaryExpression":
        return node.operator in _NUMERIC_OPS
    if t == "UnaryExpression":
        return node.operator in ("-", "~")
    return t == "UpdateExpression"


def _is_boolean(node):
    """Is the expression's value always a Boolean (a comparison, ``!``, ``true``...)?"""
    t = node.type
    if t == "BinaryExpression":
        return node.operator in _BOOLEAN_OPS
    if t == "UnaryExpression":
        return node.operator == "!"
    if t == "Literal":
        return type(node.value) is bool
    if t == "LogicalExpression" and node.operator != "??":
        return _is_boolean(node.left) and _is_boolean(node.right)
    return False



class ExpressionGenerator(StoreGenerator, ElementGenerator, IntTreeGenerator, BuiltinCallGenerator, CallGenerator):

    def __init__(self, compiler):
        from .generator import BASE_NAMESPACE
        self.c = compiler
        self.strict = compiler.strict
        self.namespace = dict(BASE_NAMESPACE)
        self.namespace.update(_HELPERS)
        self.const_names = {}
        self.ntemp = 0
        self.pending_labels = ()
        self.pending_templates = []
        fn = compiler.fn
        self.gen_mode = fn is not None and fn.gen     # a generator or async body: may yield
        # the running realm, read once per call; a generator resumes whenever its caller
        # decides, so it reads it at each use, as the closure tier does
        self.realm = "_st.realm" if self.gen_mode else "_realm"
        self.accesses = []          # (binding, env source, slot) per binding token
        self.owned = {}             # bindings of scopes whose lists this body creates
        self.touched = set()        # owned bindings that closure-compiled parts use
        self.initialized = set()    # lexical bindings whose declaration precedes all code still to come
        self.int_index = {}         # counting-loop variable binding -> its value as a Python int
        self.exact_ints = set()     # the twins in int_index that always equal their variable
        self.rising_ints = set()    # the exact twins of counters from an integer literal stepping up
        self.rising_sums = set()    # int keys that are sums of rising_ints and literals (not_negative)
        self.written_twins = {}     # binding -> its twin in int_index that writes keep (written_twin)
        self.twin_block = None      # (declaration, statements after it, entries) see declaration_twin
        self.twin_writes = {}       # binding -> the write nodes of its written twin's loop
        self.twin_written = set()   # id() of the write nodes generated with their twin's update
        self.index_twins = set()    # the twins in int_index below 2**32 in magnitude or far below zero, unstepped
        self.loose_twins = set()    # declared twins that are unclamped sums (bounded_twin)
        self.this_props = None      # the local holding this.props (or None), when hoisted
        self.in_float_tree = False  # generating the general form of a float_tree
        self.in_int_tree = False    # generating the general form of an int_tree
        self.int_overrides = None   # id(leaf node) -> (source, purity) there (see int_tree)
        self.props_caches = {}      # name -> (object local, props local) (hoist_props_caches)
        self.arrays = {}            # binding -> local naming it if an Array, else _NOT_ARRAY (hoist_arrays)
        self.typed_twins = {}       # such a local -> the local naming it if a TypedArray, else _NOT_ARRAY
        self.await_now = False      # an await may complete without suspending (x_AwaitExpression)
        self.global_cells = {}      # global name -> local holding its var binding's Prop or None (hoist_global_cells)
        self.global_reads = {}      # global name -> local holding its var binding's Prop or a GlobalRead (hoist_loop_globals)
        self.global_lexicals = {}   # global name -> (local holding its lexical cell, "let", "const" or "class") (hoist_global_cells)
        self.global_initialized = set()     # such names whose declaration precedes all code still to come
        self.global_getters = {}    # id(Identifier node) -> its global_getter (global_getter_of)
        # the function's own ``arguments`` binding while its object is made only when first
        # needed (FunctionGenerator.lazy_arguments_binding), and that LazyArguments
        self.lazy_args = self.lazy_spec = None
        self.string_keys = set()    # bindings of for-in variables holding their String key (string_key_get)
        self.string_hints = frozenset()     # receivers the body uses as Strings (tree_facts.string_receivers)
        self.table_hints = frozenset()      # names the body gives object literals (tree_facts.table_names)
        self.local_facts = NO_FACTS     # typed and definitely assigned reads (number_locals.analyze)
        self.use_int_locals = True      # the int locals of local_facts are held as Python ints (own_scope)
        self.int_locals = {}        # binding of an int local -> the token of its Python local
        self.int_ranges = {}        # that token -> INT32 or WIDE, the interval of its int

    # -- names --------------------------------------------------------------------------
    def const(self, obj):
        """A name in the generated code's globals bound to ``obj``."""
        key = id(obj)
        name = self.const_names.get(key)
        if name is None:
            name = f"_k{len(self.const_names)}"
            self.const_names[key] = name
            self.namespace[name] = obj
        return name

    def temp(self):
        self.ntemp += 1
        return f"_t{self.ntemp}"

    def env(self):
        return self.envs[id(self.c.scope)]

    def env_path(self, depth):
        """Python source of the environment list ``depth`` scopes up."""
        s = self.c.scope
        base, base_depth = self.envs[id(s)], 0
        for i in range(depth):
            s = s.parent
            name = self.envs.get(id(s))
            if name is not None:
                base, base_depth = name, i + 1
        return base + "[0]" * (depth - base_depth)

    def closure(self, f, node):
        """Call a closure-compiled piece (compiled from ``node``) on the current
        environment.  The bindings it can reach must stay in their lists.  A
        function expression's closure only makes the function object: that is
        called directly."""
        self.touch(node)
        code = getattr(f, "function_code", None)
        if code is not None:
            return f"_make_function({self.const(code)}, {self.env()})"
        return f"{self.const(f)}({self.env()})"

    def touch(self, node):
        """Keep in their lists the bindings code in ``node`` may reach (a nested
        function: only the names it does not declare itself)."""
        names = referenced_names(node)
        if type(names) is Everything:
            self.touched.update(self.owned)
            return
        resolve = self.c.resolve
        for name in names:
            ref = resolve(name)
            if ref.binding is not None:
                self.touched.add(ref.binding)

    def fallback(self, node):
        if self.suspends(node):
            f = self.c.compile_expr_g(node)
            self.touch(node)
            return f"(yield from {self.const(f)}({self.env()}))"
        return self.closure(self.c.compile_expr(node), node)

    def suspends(self, node):
        """Can evaluating ``node`` suspend the generator or async function?"""
        return self.gen_mode and contains_suspend(node)

    def x_AwaitExpression(self, node):
        """``await`` suspends the body, except in an async function body already
        resumed by its driver, which is running inside a promise job: there
        ``_aw`` is generators.await_now, which gives the value at once when the
        await's reaction job would be the next job run anyway.  ``_aw`` starts as
        await_later (the body's first part runs inside its caller's call) and
        becomes await_now at the first suspension; an await that did not complete
        says so (AWAIT_LATER), so that the driver does not check it again.  Async generators are resumed by
        their callers' next() and module bodies by module evaluation: they always
        suspend."""
        value = self.expr(node.argument)
        fn = self.c.fn
        if fn.kind != "async" or fn.info.node.type == "Program":
            return f"(yield (_AWAIT, {value}))"
        self.await_now = True
        v, r = self.temp(), self.temp()
        return f"({r} if ({r} := _aw({v} := {value})) is not _MISSING else " \
               f"(yield (_AWAIT_LATER, {v})) if (_aw := _await_now) else None)"

    def x_YieldExpression(self, node):
        if node.delegate or self.c.fn.kind == "asyncgen":
            return self.fallback(node)
        value = self.expr(node.argument) if node.argument is not None else "None"
        return f"(yield (_YIELD, {value}))"

    # -- bindings -----------------------------------------------------------------------
    def binding(self, ref):
        """Source of a resolved binding, usable as a target: a token that
        :meth:`finish` turns into a Python local (for a binding no closure can
        see) or an item of its environment list."""
        n = len(self.accesses)
        self.accesses.append((ref.binding, self.env_path(ref.depth), ref.binding.slot))
        return f"\x01{n}\x02"

    def binding_write(self, ref, value):
        """An expression storing ``value`` in a binding and yielding it."""
        n = len(self.accesses)
        self.accesses.append((ref.binding, self.env_path(ref.depth), ref.binding.slot))
        return f"\x03{n}\x02{value}\x04{n}\x02"

    def own_scope(self, bindings, env):
        """This body creates the list ``env`` of ``bindings``: it owns them.  An int
        local among them (number_locals: a variable that only ever holds Int32s, or
        Int32s and Uint32s, and is never read unassigned) holds its value as a Python
        int: in int_index, as an exact twin that is the variable itself (int_key), read
        as it is by int trees and int keys, as ``float()`` of it by any other read
        (slot_read), and stored by int_value.  finish() makes sure each became a Python
        local, out of the reach of closure-compiled code."""
        ints = self.local_facts.int_locals if self.use_int_locals else {}
        for b in bindings:
            self.owned[b] = env
            interval = ints.get(b.name) if b.kind in ("var", "let", "const") else None
            if interval is not None:
                n = len(self.accesses)
                self.accesses.append((b, env, b.slot))
                token = self.int_locals[b] = self.int_index[b] = f"\x01{n}\x02"
                self.int_ranges[token] = interval
                self.exact_ints.add(token)
                self.index_twins.add(token)

    def int_local(self, ref):
        """The token of the Python local of the int local ``ref`` resolves to, or None."""
        return None if ref.is_global or ref.checks else self.int_locals.get(ref.binding)

    def int_value(self, node):
        """Source of the Python int an int local stores for the expression ``node``,
        which number_locals found to be an integer Number of its interval: a literal's
        digits, an int local's int, an int tree's int, else the int of its Number."""
        t = node.type
        if t == "ParenthesizedExpression":
            return self.int_value(node.expression)
        if is_number(node):
            return repr(int(_number_value(node)))
        if t == "Identifier":
            token = self.int_local(self.c.resolve(node.name))
            if token is not None:
                return token
        if is_int_tree_root(node) and not self.in_int_tree:
            fused = self.int_tree_int(node)
            if fused is not None:
                return fused
        return f"int({self.expr(node)})"

    # -- operands -----------------------------------------------------------------------
    def gen(self, node):
        """``(source, purity)`` of an expression."""
        if self.int_overrides is not None:
            held = self.int_overrides.get(id(node))
            if held is not None:
                return held
        t = node.type
        if t == "Literal":
            return self.literal(node)
        if t == "Identifier":
            return self.identifier(node)
        if t == "ThisExpression":
            return self.this_read(node)
        m = getattr(self, "x_" + t, None)
        if m is None:
            return self.fallback(node), EFFECT
        return m(node), EFFECT

    def expr(self, node):
        return self.gen(node)[0]

    def expr_named(self, node, name):
        """An initializer: anonymous functions and classes take ``name``."""
        if node.type in ("FunctionExpression", "ArrowFunctionExpression", "ClassExpression") \
                and node.id is None:
            if self.suspends(node):
                self.touch(node)
                return f"(yield from {self.const(self.c.compile_expr_g_named(node, name))}({self.env()}))"
            return self.closure(self.c.compile_expr_named(node, name), node)
        return self.expr(node)

    def operands(self, nodes):
        """``[(first, again)]``: the source evaluating each operand in order, and the
        source reading its value afterwards.  An operand is re-read in place only
        when nothing after it can change it: nothing with an effect runs, or it is
        a variable that only this function's code can write and the later
        operands do not (see :meth:`stable`)."""
        gens = [self.gen(n) for n in nodes]
        out = []
        for i, (src, purity) in enumerate(gens):
            if purity == CONST or (purity == PURE and (
                    all(p != EFFECT for _, p in gens[i + 1:]) or self.stable(nodes[i], nodes[i + 1:]))):
                out.append((src, src))
            elif type(src) is OwnRead:
                out.append((src.bound(), src.v))
            else:
                t = self.temp()
                out.append((f"({t} := {src})", t))
        return out

    def stable(self, node, later):
        """Is ``node`` a variable whose value evaluating ``later`` cannot change?
        True for ``this`` once bound (callers test that it reads as pure, which a
        derived constructor's does not), and for a binding of this body (one of an
        enclosing function's any callee may assign) that no nested function
        mentions, no mapped ``arguments`` object aliases (a sloppy function's
        parameter, when it reads ``arguments``) and ``later`` does not assign either."""
        if node.type == "ThisExpression":
            return True
        if node.type != "Identifier" or node.name in self.captured:
            return False
        ref = self.c.resolve(node.name)
        if ref.is_global or ref.binding not in self.owned:
            return False
        fn = self.c.fn
        if ref.binding.kind == "param" and fn is not None and not self.c.strict and fn.info.uses_arguments:
            return False
        return not any(node.name in written_names(n) or "*" in written_names(n) for n in later)

    def number(self, node):
        """Does the expression ``node`` (None: no node) always give a Number, a Python
        float: a Number literal, or an expression number_locals proved one?"""
        return node is not None and (is_number(node) or self.local_facts.number(node))

    def boolean(self, node):
        """Does the expression ``node`` always give a Boolean, a Python bool (see
        _is_boolean and number_locals)?"""
        return _is_boolean(node) or self.local_facts.boolean(node)

    # -- primary --------------------------------------------------------------------------
    def literal(self, node):
        if getattr(node, "regex", None) is not None:
            from ...builtins.regexp import regexp_create
            return (f"{self.const(regexp_create)}({self.realm}, {node.regex.pattern!r}, "
                    f"{node.regex.flags!r})"), EFFECT
        if getattr(node, "bigint", None) is not None:
            return self.fallback(node), EFFECT
        v = node.value
        if v is None:
            return "null", CONST
        if type(v) is bool:
            return repr(v), CONST
        if type(v) is str:
            return repr(v), CONST
        f = _number_value(node)
        if math.isinf(f) or math.isnan(f):
            return self.const(f), CONST
        return repr(f), CONST

    def identifier(self, node):
        name = node.name
        c = self.c
        ref = c.resolve(name)
        if name == "undefined" and ref.is_global and not ref.checks:
            return "None", CONST
        if ref.is_global and not ref.checks:
            if name in self.global_lexicals:
                t, cell = self.temp(), self.global_lexicals[name][0]
                if name in self.global_initialized:
                    return f"{cell}.value", PURE
                return f"({t} if ({t} := {cell}.value) is not _TDZ else _tdz({name!r}))", EFFECT
            if name in self.global_reads:
                return f"{self.global_reads[name]}.value", EFFECT
            get = self.global_getter_of(node)
            if getattr(get, "cache", None) is not None:
                src = self.global_read(name, get)
                cell = self.global_cells.get(name)
                if cell is not None:
                    src = f"({cell}.value if {cell} is not None else {src})"
                return src, EFFECT
        if ref.checks or ref.is_global or ref.binding.kind == "import":
            return self.fallback(node), EFFECT
        return self.slot_read(ref, node)

    def global_getter_of(self, node):
        """The getter of the global reference ``node`` (an Identifier), one for each
        node: a test that reads its caches (math_imul_guard) sees what its reads filled."""
        get = self.global_getters.get(id(node))
        if get is None:
            get = self.global_getters[id(node)] = self.c.expr_Identifier(node)
        return get

    def global_read(self, name, get):
        """A read of the global ``name`` through its reference site's getter ``get``
        (compiler.refs.global_getter), whose caches it reads inline from copies in the
        generated code's globals (:meth:`global_caches`): a var's Prop or an
        initialized lexical binding's cell, of this realm, or a configurable data
        property's Prop while the realm's ``global_token`` is the one it was cached
        with (the builtins, whose cache is tried first); the getter itself does the
        rest (and fills the caches)."""
        realm = self.realm
        c_realm, c_prop, d_token, d_prop = self.global_caches(get)
        var = f"{c_prop}.value if {c_realm} is {realm}"
        prop = f"{d_prop}.value if {d_token} is {realm}.global_token"
        running = state.realm
        order = (prop, var) if running is not None and _is_builtin_global(running, name) else (var, prop)
        return "(" + " else ".join(order) + f" else {self.const(get)}(None))"

    def global_caches(self, access):
        """Names in the generated code's globals of copies of the caches of the global
        getter or setter ``access`` (compiler.refs.global_getter, global_setter): its
        (realm, Prop) ``cache``, then a getter's (the realm's global_token, Prop)
        ``props_cache``.  Reading a global costs less than indexing a list;
        ``access`` refreshes the copies through the mirror registered here when it
        fills a cache."""
        names = self.const_names.get(("global", id(access)))
        if names is None:
            caches = [access.cache] + ([access.props_cache] if hasattr(access, "props_cache") else [])
            base = f"_g{len(self.const_names)}"
            names = tuple(base + s for s in "rpTP"[:sum(map(len, caches))])
            self.const_names[("global", id(access))] = names
            ns = self.namespace

            def mirror():
                ns.update(zip(names, [v for cache in caches for v in cache]))
            mirror()
            access.mirrors.append(mirror)
        return names

    def site_cache(self):
        """Names in the generated code's globals of a new method call site cache (see
        pyjs.interp.proto_cache.fill_site): its first prototype (``_EMPTY`` until
        filled), the method for it, that method again if a script function (else None),
        the dict of methods for other prototypes, the first prototype again once the
        site keeps that method's positional [[Call]] (``_EMPTY`` until then), that
        entry, and the site itself, for ``_fill_site``."""
        base = f"_m{len(self.const_names)}"
        self.const_names[("site", base)] = base
        ns = self.namespace
        names = p, v, c, d, k, e, s = tuple(base + x for x in "pvcdkes")
        ns[p], ns[v], ns[c], ns[d], ns[k], ns[e] = EMPTY, None, None, {}, EMPTY, None
        ns[s] = (ns, p, v, c, ns[d], k, e)
        return names

    def function_site(self):
        """Names in the generated code's globals of a new call site cache for a
        function read from a name: the function (``_EMPTY`` until filled) and its
        positional [[Call]] (see functions.fill_call_site, which is given the third
        name: the site itself)."""
        base = f"_f{len(self.const_names)}"
        ns = self.namespace
        c, entry, site = base + "c", base + "e", base + "s"
        ns[c], ns[entry] = EMPTY, None
        ns[site] = (ns, c, entry)
        self.const_names[("call", c)] = site
        return c, entry

    def new_site(self):
        """Names in the generated code's globals of a new ``new`` site cache (see
        functions.fill_new_site, given the site): the constructor (``_EMPTY`` until
        filled), its prototype, its entry, whether a leaf, the realm it was filled
        in, and the site itself."""
        base = f"_n{len(self.const_names)}"
        ns = self.namespace
        names = c, p, e, leaf, realm, site = tuple(base + x for x in "cpelrs")
        ns[c], ns[p], ns[e], ns[leaf], ns[realm] = EMPTY, None, None, False, None
        ns[site] = (ns, c, p, e, leaf, realm)
        self.const_names[("new", c)] = site
        return names

    def slot_read(self, ref, node=None):
        """``(source, purity)`` of a read of a binding (by the Identifier ``node``, when
        given): a lexical binding may be in its TDZ, unless the read is one that
        number_locals found definitely assigned."""
        if ref.binding is self.lazy_args:
            return self.arguments_object(ref), PURE
        token = self.int_local(ref)
        src = self.binding(ref) if token is None else token
        value = src if token is None else f"float({src})"
        if not self.past_tdz(ref) and not (node is not None and self.local_facts.is_assigned(node)):
            t = self.temp()
            value = t if token is None else f"float({t})"
            return f"({value} if ({t} := {src}) is not _TDZ else _tdz({ref.name!r}))", EFFECT
        return value, PURE

    def past_tdz(self, ref):
        """Whether the resolved binding is sure to be initialized wherever this code
        reads or writes it: it has no TDZ, or its declaration has run (``initialized``),
        or it belongs to an outer function and this one was made after (Ref.ready)."""
        return ref.binding.kind not in ("let", "const", "class", "tdzparam") or ref.ready \
            or ref.binding in self.initialized

    def arguments_object(self, ref):
        """The function's arguments object, made now if the binding ``ref`` (see
        lazy_args) does not hold it yet: every read of the object as a value.  Making
        it is unobservable, so the read may be repeated (PURE)."""
        spec, b = self.lazy_spec, self.binding(ref)
        make = f"{self.const(spec.make)}(fobj, args, {'env' if spec.mapped and spec.param_slots else 'None'})"
        return f"({b} if {b} is not None else {self.binding_write(ref, make)})"

    def lazy_arguments_ref(self, node):
        """The reference of ``node`` when it names the arguments object made lazily (see
        lazy_args), else None."""
        if self.lazy_args is None or node.type != "Identifier" or node.name != "arguments":
            return None
        ref = self.c.resolve("arguments")
        return ref if not ref.checks and not ref.is_global and ref.binding is self.lazy_args else None

    def lazy_arguments_get(self, node, ref):
        """``arguments.length`` or ``arguments[k]`` read from the call's argument tuple
        ``args`` while the object is not made (arguments.LazyArguments), else from the
        object.  The key is evaluated before the test: evaluating it may make the
        object (and change it)."""
        b = self.binding(ref)
        if not node.computed:
            name = node.property.name
            if name == "length":
                return f"(float(len(args)) if {b} is None else _get_member({b}, 'length'))"
            return f"_get_member({self.arguments_object(ref)}, {name!r})"
        int_key = self.int_key(node.property)
        k, purity = self.gen(node.property)
        key = node.property.value if node.property.type == "Literal" else None
        if type(key) in (int, float) and 0 <= key < 2 ** 31 and key == int(key):
            int_key = str(int(key))     # arguments[0]
        if int_key is not None:
            return (f"(args[{int_key}] if {b} is None and 0 <= {int_key} < len(args) "
                    f"else _get_computed({self.arguments_object(ref)}, {k}))")
        if purity != CONST:
            t = self.temp()
            k0, k = f"({t} := {k})", t
        else:
            k0 = k
        i = self.temp()
        return (f"(args[{i}] if (type({k0}) is float) & ({b} is None) and 0.0 <= {k} < len(args) "
                f"and ({i} := int({k})) == {k} else _get_computed({self.arguments_object(ref)}, {k}))")

    def x_ThisExpression(self, node):
        return self.this_read(node)[0]

    def this_read(self, node):
        """``(source, purity)`` of ``this``: a binding nothing assigns once bound, so
        pure, except a derived constructor's, in its TDZ until super() returns."""
        ref = self.c.resolve("%this")
        if ref.is_global:
            return self.fallback(node), EFFECT
        src = self.binding(ref)
        if ref.binding.kind == "let":
            t = self.temp()
            return f"({t} if ({t} := {src}) is not _TDZ else _tdz('this'))", EFFECT
        return src, PURE

    def x_ParenthesizedExpression(self, node):
        return self.expr(node.expression)

    def x_ArrayExpression(self, node):
        if any(el is None for el in node.elements):
            return self.fallback(node)
        items = ", ".join(self.spread(el)[0] if el.type == "SpreadElement" else self.expr(el) for el in node.elements)
        return f"JSArray(_st.realm.array_prototype, [{items}])"

    def spread(self, node):
        """``(source, purity)`` of a SpreadElement in an argument list or an array
        literal: ``*`` and the list of the values it spreads (runtime.spread_values,
        which iterates them as the element is evaluated, in order)."""
        return f"*_spread_values({self.expr(node.argument)})", EFFECT

    def x_ObjectExpression(self, node):
        """Plain data properties, and spreads (``{...o, k: v}``): the object is made
        from the properties before the first spread, then each spread copies its
        source's (CopyDataProperties) and each run of properties after it is added,
        in source order."""
        c = self.c
        runs = [[]]        # runs of "key: value" sources, a spread's source between two
        for p in node.properties:
            if p.type == "SpreadElement":
                runs += [self.expr(p.argument), []]
                continue
            if p.computed or p.kind in ("get", "set") or p.method:
                return self.fallback(node)
            key = c.static_key(p.key)
            if type(key) is not str or (key == "__proto__" and not p.shorthand):
                return self.fallback(node)
            runs[-1].append(f"{key!r}: {self.expr_named(p.value, key)}")
        out = "_new_object({" + ", ".join(runs[0]) + "})"
        for spread, parts in zip(runs[1::2], runs[2::2]):
            out = f"_copy_data_properties({out}, {spread}, ())"
            if parts:
                out = f"_with_props({out}, {{{', '.join(parts)}}})"
        return out

    def x_TemplateLiteral(self, node):
        """The cooked strings and each substitution's ToString, in order."""
        parts = []
        for i, q in enumerate(node.quasis):
            if q.value.cooked:
                parts.append(repr(q.value.cooked))
            if i < len(node.expressions):
                t = self.temp()
                parts.append(f"({t} if type({t} := {self.expr(node.expressions[i])}) is str else _to_string({t}))")
        if not parts:
            return "''"
        if len(parts) == 1:
            return parts[0]
        return f"''.join(({', '.join(parts)}))"

    def x_ChainExpression(self, node):
        """An optional chain of property reads (``a?.b.c``, ``a.b?.[k]``): each optional
        link tests its object, and a nullish one makes the whole chain undefined
        without evaluating the rest of it
        (https://tc39.es/ecma262/#sec-optional-chaining-evaluation).  A chain that
        ends in a call (``a?.b(x)``, ``a.b?.(x)``, ``f?.(x)``: the function read, tested
        when the call is optional, then called with the object it was read from), or one
        that calls before its end, reads a private name or ``super``, or spreads
        arguments, stays with the closure compiler."""
        call = node.expression if node.expression.type == "CallExpression" else None
        if call is not None and any(a.type == "SpreadElement" for a in call.arguments):
            return self.fallback(node)
        links = []
        base = node.expression if call is None else call.callee
        while base.type == "MemberExpression":
            if base.object.type == "Super" or base.property.type == "PrivateIdentifier":
                return self.fallback(node)
            links.append(base)
            base = base.object
        if not links and call is None or base.type in ("CallExpression", "Super"):
            return self.fallback(node)
        links.reverse()

        def read(link, o):
            if link.computed:
                return f"_get_computed({o}, {self.expr(link.property)})"
            return f"_get_member({o}, {link.property.name!r})"

        def nullish_or(t, o, rest):
            return f"(None if ({t} := {o}) is None or {t} is null else {rest})"

        def invoke(get, this):      # the call once its function's source is known
            f = self.temp()
            pre, args = self.call_arguments(call.arguments)
            text = self.const(self.c.text(call.callee))
            if call.optional:
                return nullish_or(f, get, self.dispatch(f, " & ".join([f"(type({f}) is _SF)"] + pre), this, args, text))
            return self.call_value(f, get, this, pre, args, text)

        def chain(i, o):        # links[i:] read from the value ``o`` evaluates to
            if call is not None and i == len(links) - 1:
                this = self.temp()
                rest = invoke(read(links[i], this), this)
                return nullish_or(this, o, rest) if links[i].optional else f"(({this} := {o}), {rest})[1]"
            if i == len(links):
                return o if call is None else invoke(o, "None")
            if not links[i].optional:
                return chain(i + 1, read(links[i], o))
            t = self.temp()
            return nullish_or(t, o, chain(i + 1, read(links[i], t)))
        return chain(0, self.expr(base))

    def x_SequenceExpression(self, node):
        return "(" + ", ".join(self.expr(e) for e in node.expressions) + ")[-1]"

    # -- operators --------------------------------------------------------------------------
    def x_UnaryExpression(self, node):
        op = node.operator
        arg = node.argument
        if op == "!":
            return f"(not {self.cond(arg)})"
        if op == "-":
            if arg.type == "Literal" and type(arg.value) in (int, float) and not isinstance(arg.value, bool):
                src, _ = self.literal(arg)
                return f"(-{src})"
            ((a0, a),) = self.operands([arg])
            if self.number(arg):
                return f"(-{a0})"
            return f"(-{a} if type({a0}) is float else _js_neg({a}))"
        if op == "+":
            ((a0, a),) = self.operands([arg])
            if self.number(arg):
                return a0
            return f"({a} if type({a0}) is float else _to_number({a}))"
        if op == "~":
            if not self.in_int_tree:
                fused = self.int_tree(node)
                if fused is not None:
                    return fused
            return f"_js_bitnot({self.expr(arg)})"
        if op == "void":
            return f"({self.expr(arg)}, None)[1]"
        if op == "typeof":
            if arg.type == "Identifier":
                ref = self.c.resolve(arg.name)
                if ref.checks or ref.is_global or ref.binding.kind == "import":
                    return self.fallback(node)
                return f"_type_of({self.slot_read(ref)[0]})"
            return f"_type_of({self.expr(arg)})"
        return self.fallback(node)

    def x_BinaryExpression(self, node):
        op = node.operator
        if op in _FLOAT_TREE_OPS and not self.in_float_tree:
            fused = self.float_tree(node)
            if fused is not None:
                return fused
        if op in BITWISE and not self.in_int_tree:
            fused = self.int_tree(node)
            if fused is not None:
                return fused
        if node.left.type == "PrivateIdentifier":
            return self.fallback(node)
        if not self.in_int_tree:
            fused = self.int_comparison(node)
            if fused is not None:
                return fused
        compared = self.int_local_comparison(node)
        if compared is not None:
            return compared
        if op in ("===", "!==", "!="):
            eq = self.equality(node, op != "!=")
            return f"(not {eq})" if op != "===" else eq
        helper, fast = _ARITH[op]
        below_length = op in ("<", "<=") and node.right.type == "MemberExpression" and not node.right.computed and \
            node.right.property.type == "Identifier" and node.right.property.name == "length" and \
            not node.right.optional and node.right.object.type != "Super"
        if below_length and self.int_key(node.left) in self.exact_ints and \
                (self.int_key(node.left) not in self.int_ranges or self.stable(node.left, [node.right])):
            # i < a.length with an integer counter: compare ints when a is an Array or a String
            n = self.temp()
            i = self.int_key(node.left)
            if (ref := self.lazy_arguments_ref(node.right.object)) is not None:
                b = self.binding(ref)
                return (f"({i} {op} len(args) if {b} is None "
                        f"else {helper}({self.expr(node.left)}, _get_member({b}, 'length')))")
            # a receiver read as a named property (this.items) is tested straight from its entry
            o0, o = self.receiver(*self.gen(node.right.object))
            return (f"({i} {op} {o}.length if {type_test(o0, 'is', 'JSArray')} "
                    f"else {i} {op} len({o}) if type({o}) is str "
                    f"else {i} {op} {n} if {self.typed_length(o, n)} "
                    f"else {helper}({self.expr(node.left)}, _get_member({o}, 'length')))")
        a, b = self.operands([node.left, node.right])
        general = self.arith(op, a, b, node.left, node.right, strings=op in _STRING_OPS)
        if below_length and node.left.type == "Identifier" and self.array_of(node.right.object) is not None and \
                self.int_key(node.left) is not None:
            # i < a.length with a twin (a written or declared one), which is i's value when not
            # negative, and a loop's hoisted local for a, whose length is an int when it is an
            # Array or a String
            i, local = self.int_key(node.left), self.array_of(node.right.object)
            return f"({i} {op} {local}.length if {i} >= 0 and {local} is not _NOT_ARRAY else {general})"
        return general

    def int_local_comparison(self, node):
        """``a op b`` for a comparison or equality operator and two Numbers, one an int
        local (see :meth:`own_scope`) read in place: Python compares its int with the
        other Number's float exactly, as JS compares the Numbers (NaN is unordered and
        unequal, -0 equals 0).  None for any other comparison."""
        op = _PY_COMPARISONS.get(node.operator)
        left, right = node.left, node.right
        if op is None or not (self.is_int_local_read(left) or self.is_int_local_read(right)) or \
                not (self.number(left) and self.number(right)):
            return None
        sides = []
        for n, (first, again) in zip((left, right), self.operands([left, right])):
            sides.append(self.int_local(self.c.resolve(n.name)) if first == again and
                         self.is_int_local_read(n) else first)
        return f"({sides[0]} {op} {sides[1]})"

    def is_int_local_read(self, node):
        """Is ``node`` a read of an int local past its TDZ?"""
        return node.type == "Identifier" and self.int_local(self.c.resolve(node.name)) is not None and \
            self.local_facts.is_assigned(node)

    def arith(self, op, a, b, left, right, strings=False):
        """``a op b`` over generated operands, each a (first use, later uses) pair of
        sources: the inline Number form under a type test, else the shared helper.
        ``left``/``right`` are the operand nodes (``left`` None when unknown): an
        operand known to be a Number (:meth:`number`) needs no type test (when it is
        read in place, or both are known), and an integer operator takes a Number
        literal's ToInt32 at compile time.  ``strings``: the inline form
        also takes two Strings (see _STRING_OPS)."""
        helper, fast = _ARITH[op]
        (a0, a), (b0, b) = a, b
        if fast is None:
            return f"{helper}({a0}, {b0})"
        if "{range}" in fast:
            inline = fast.format(a=a, b=b, **_int_operands(op, a, b, left, right))
        elif op == "%":
            inline = fast.format(a=a, b=b)
            if not (is_number(right) and _number_value(right) > 0.0):
                inline = f"({inline} if {b} > 0.0 else _float_mod({a}, {b}))"
        else:
            inline = fast.format(a=a, b=b)
        left_number, right_number = self.number(left), self.number(right)
        if left_number and right_number:
            if a0 == a and b0 == b:
                return f"({inline})"
            if fast == "{a} " + op + " {b}":       # each operand used once, in order
                return f"({a0} {op} {b0})"
            return f"(({a0}, {b0}) and {inline})"
        if right_number and b0 == b:
            return f"({inline} if {type_test(a0, 'is', 'float')} else {helper}({a}, {b}))"
        if left_number and a0 == a:
            return f"({inline} if {type_test(b0, 'is', 'float')} else {helper}({a}, {b}))"
        if strings:
            # a String literal joins a String, or a Number's ToString, without the helper
            if right.type == "Literal" and type(right.value) is str:
                if op == "+":
                    return (f"({inline} if {type_test(a0, 'is', 'str')} else _number_to_string({a}) + {b} "
                            f"if type({a}) is float else {helper}({a}, {b}))")
                return f"({inline} if {type_test(a0, 'is', 'str')} else {helper}({a}, {b}))"
            if left is not None and left.type == "Literal" and type(left.value) is str:
                if op == "+":
                    return (f"({inline} if {type_test(b0, 'is', 'str')} else {a} + _number_to_string({b}) "
                            f"if type({b}) is float else {helper}({a}, {b}))")
                return f"({inline} if {type_test(b0, 'is', 'str')} else {helper}({a}, {b}))"
            t = self.temp()
            same = self.same_number_or_string(a0, a, b0, b, t)
            if op == "+":
                # a String and a Number: the Number's ToString joins it without the helper
                return (f"({inline} if {same} else {a} + _number_to_string({b}) "
                        f"if {t} is str and type({b}) is float else {helper}({a}, {b}))")
            return f"({inline} if {same} else {helper}({a}, {b}))"
        if a0 == b0 or left is not None and a0 == a and b0 == b and left.type == right.type == "Identifier" \
                and left.name == right.name:     # x * x: one read (pure operands)
            return f"({inline} if {type_test(a0, 'is', 'float')} else {helper}({a}, {b}))"
        return f"({inline} if {self.both_numbers(a0, b0)} else {helper}({a}, {b}))"

    def float_tree(self, node):
        """An arithmetic expression of ``+ - * /`` and unary ``-`` over number literals
        and local variables (two operators or more), as Python float arithmetic under
        one test that every variable holds a Number (none for a read number_locals
        proved one): then every intermediate value is a
        Number, on which these operators are IEEE double arithmetic, and reading a local
        has no effect, so the order of the reads does not matter.  A division by a
        zero computes Python cannot do goes to float_div.  Else the expression as
        usual, operator by operator.  None when ``node`` is not such a tree."""
        leaves = {}         # id(Identifier node) -> its source
        tested = {}         # binding -> the source the test reads it through
        operators = 0

        def visit(n):
            nonlocal operators
            t = n.type
            if t == "BinaryExpression" and n.operator in _FLOAT_TREE_OPS:
                operators += 1
                return visit(n.left) and visit(n.right)
            if t == "UnaryExpression" and n.operator == "-":
                operators += 1
                return visit(n.argument)
            if is_number(n):
                return True
            if t == "Identifier":
                ref = self.c.resolve(n.name)
                if ref.checks or ref.is_global or ref.binding.kind == "import":
                    return False
                src, purity = self.slot_read(ref, n)
                leaves[id(n)] = src
                if not self.local_facts.number_read(n):
                    tested.setdefault(ref.binding, src)
                return purity == PURE
            return False
        if not visit(node) or operators < 2:
            return None

        def arith(n):
            t = n.type
            if t == "Identifier":
                return leaves[id(n)]
            if t == "Literal":
                return self.literal(n)[0]
            if t == "UnaryExpression":
                return f"(-{arith(n.argument)})"
            a, b = arith(n.left), arith(n.right)
            if n.operator != "/" or is_number(n.right) and n.right.value != 0:
                return f"({a} {n.operator} {b})"
            d = self.temp()
            return f"({a} / {d} if ({d} := {b}) else _float_div({a}, {d}))"
        fast = arith(node)
        if not tested:
            return fast
        guard = " and ".join(f"type({v}) is float" for v in tested.values())
        self.in_float_tree = True
        try:
            slow = self.x_BinaryExpression(node)
        finally:
            self.in_float_tree = False
        return f"({fast} if {guard} else {slow})"

    def equality(self, node, strict):
        """``===`` (``strict``) or ``==``; the caller negates for ``!==``/``!=``."""
        left, right = node.left, node.right
        constant = self.is_constant
        if constant(left):
            if constant(right):     # nothing to specialize (and no `1.0 is None` to write)
                return f"_strict_equals({self.expr(left)}, {self.expr(right)})" if strict else \
                    f"_loose_equals({self.expr(left)}, {self.expr(right)})"
            left, right = right, left       # a constant has no effect to keep in order
        if self.number(left) and self.number(right):    # == and === agree on two Numbers
            ((a0, _), (b0, _)) = self.operands([left, right])
            return f"({a0} == {b0})"
        if self.boolean(left) and self.boolean(right):  # and on two Booleans: True and False are unique
            ((a0, _), (b0, _)) = self.operands([left, right])
            return f"({a0} is {b0})"
        test = self.typeof_test(left, right)
        if test is not None:
            return test
        if not strict:
            if constant(right) and (right.type == "Identifier" or right.value is None and
                                    getattr(right, "bigint", None) is None):    # undefined, null
                # undefined and null, or an [[IsHTMLDDA]] object, which no plain object is
                t = self.temp()
                return (f"(({t} := {self.expr(left)}) is None or {t} is null or type({t}) is not JSObject "
                        f"and type({t}) is not float and type({t}) is not str and _loose_equals({t}, None))")
            ((a0, a), (b0, b)) = self.operands([left, right])
            if self.number(right) and b0 == b:
                return f"({a} == {b} if {type_test(a0, 'is', 'float')} else _loose_equals({a}, {b}))"
            if self.number(left) and a0 == a:
                return f"({a} == {b} if {type_test(b0, 'is', 'float')} else _loose_equals({a}, {b}))"
            return f"({a} == {b} if {self.both_numbers(a0, b0)} else _loose_equals({a}, {b}))"
        if right.type == "Literal" and getattr(right, "regex", None) is None \
                and getattr(right, "bigint", None) is None:
            return self.strict_equals_literal(self.expr(left), right)
        if right.type == "Identifier" and right.name == "undefined":
            src, _ = self.identifier(right)
            if src == "None":
                return f"({self.expr(left)} is None)"
        ((a0, a), (b0, b)) = self.operands([left, right])
        # a Number is strictly equal only to a Number
        if self.number(right) and b0 == b:
            return f"({type_test(a0, 'is', 'float')} and {a} == {b})"
        if self.number(left) and a0 == a:
            return f"({type_test(b0, 'is', 'float')} and {a} == {b})"
        return f"({a} == {b} if {self.same_number_or_string(a0, a, b0, b)} else _strict_equals({a}, {b}))"

    def typeof_test(self, left, right):
        """``typeof x == "number"`` (or ===, "string", "boolean", "bigint") as a test of
        the Python type of x's value, or None for any other comparison.  (typeof gives
        a String: == and === agree.)"""
        if left.type != "UnaryExpression" or left.operator != "typeof" or right.type != "Literal" \
                or type(right.value) is not str or right.value not in _TYPEOF_TYPES:
            return None
        arg = left.argument
        if arg.type == "Identifier":
            ref = self.c.resolve(arg.name)
            if ref.checks or ref.is_global or ref.binding.kind == "import":
                return None     # typeof of an unresolvable name is "undefined", not an error
            src = self.slot_read(ref)[0]
        else:
            src = self.expr(arg)
        return f"(type({src}) is {_TYPEOF_TYPES[right.value]})"

    def strict_equals_literal(self, a, right):
        """``a === right`` for a primitive literal ``right`` (not a BigInt): no helper."""
        v = right.value
        if v is None:
            return f"({a} is null)"
        if type(v) is str:
            return f"({a} == {v!r})"
        if type(v) is bool:
            return f"({a} is {v!r})"
        b, _ = self.literal(right)
        if type(a) is OwnRead:
            return f"({a.test('is', 'float')} and {a.v} == {b})"
        t = self.temp()
        return f"(type({t} := {a}) is float and {t} == {b})"

    def same_number_or_string(self, a0, a, b0, b, t=None):
        """Are both operands (operands()' pairs) Numbers, or both Strings?  Unless both
        are Numbers read from own properties (see OwnRead), the local ``t`` (a new one
        by default) is left holding the first operand's type."""
        t = t or self.temp()
        if type(a0) is OwnRead or type(b0) is OwnRead:
            return (f"({self.both_numbers(a0, b0)} or "
                    f"({t} := type({a})) is type({b}) and ({t} is float or {t} is str))")
        return f"(({t} := type({a0})) is type({b0}) and ({t} is float or {t} is str))"

    @staticmethod
    def both_numbers(a0, b0):
        """Are both operands Numbers?  Both are evaluated, in order."""
        if type(a0) is OwnRead or type(b0) is OwnRead:
            return f"(({type_test(a0, 'is', 'float')}) & ({type_test(b0, 'is', 'float')}))"
        return f"type({a0}) is type({b0}) is float"

    def is_constant(self, node):
        """A literal primitive, or ``undefined`` where it names the global one."""
        if node.type == "Literal":
            return getattr(node, "regex", None) is None
        if node.type == "Identifier" and node.name == "undefined":
            ref = self.c.resolve("undefined")
            return ref.is_global and not ref.checks
        return False

    def x_LogicalExpression(self, node):
        op = node.operator
        src, purity = self.gen(node.left)
        if purity == EFFECT:
            a = self.temp()
            a0 = f"({a} := {src})"
        else:
            a0 = a = src
        b = self.expr(node.right)
        if op == "??":
            return f"({b} if {a0} is None or {a} is null else {a})"
        truth = a0 if self.boolean(node.left) else \
            self.number_truth(a0, a) if self.number(node.left) else \
            self.numeric_truth(a0, a) if _is_numeric(node.left) else self.truth(a0, a)   # a Boolean is its own truth
        if op == "&&":
            return f"({b} if {truth} else {a})"
        return f"({a} if {truth} else {b})"

    def x_ConditionalExpression(self, node):
        return f"({self.expr(node.consequent)} if {self.cond(node.test)} else {self.expr(node.alternate)})"

    def cond(self, node):
        """Source whose Python truth is ToBoolean of the expression."""
        t = node.type
        if t == "BinaryExpression" and node.operator in _BOOLEAN_OPS:
            return self.expr(node)
        if t == "UnaryExpression" and node.operator == "!":
            return f"(not {self.cond(node.argument)})"
        if t == "LogicalExpression" and node.operator != "??":
            word = "and" if node.operator == "&&" else "or"
            return f"({self.cond(node.left)} {word} {self.cond(node.right)})"
        if t == "Literal" and type(node.value) is bool:
            return repr(node.value)
        if is_int_tree_root(node) and not self.in_int_tree:
            fused = self.int_tree(node, truth=True)
            if fused is not None:
                return fused
        if self.number(node):
            return self.number_truth(*self.operands([node])[0])
        if self.local_facts.boolean(node):      # a Boolean is its own truth
            return self.expr(node)
        v = self.temp()
        if _is_numeric(node):
            return self.numeric_truth(f"({v} := {self.expr(node)})", v)
        return self.truth(f"({v} := {self.expr(node)})", v)

    @staticmethod
    def number_truth(v0, v):
        """ToBoolean of the Number ``v0`` evaluates to (``v`` reads it again)."""
        return f"({v0} != 0.0 and {v} == {v})"

    @staticmethod
    def numeric_truth(v0, v):
        """ToBoolean of the Number or BigInt ``v0`` evaluates to (``v`` reads it again)."""
        return f"({v} != 0.0 and {v} == {v} if type({v0}) is float else _to_boolean({v}))"

    @staticmethod
    def truth(v0, v):
        """ToBoolean of the value ``v0`` evaluates to (and ``v`` reads again): true,
        false, undefined, plain objects (only an [[IsHTMLDDA]] object is not true
        among objects), Numbers (neither zero nor NaN) and Strings (not empty) inline."""
        return (f"({v0} is True or ({v} is not False and {v} is not None "
                f"and (type({v}) is JSObject or ({v} == {v} and {v} != 0.0 if type({v}) is float "
                f"else {v} != '' if type({v}) is str else _to_boolean({v})))))")

    # -- property access ----------------------------------------------------------------
    def private_name(self, target):
        """The source of the Private Name a member expression ``o.#x`` names (its
        class scope's binding, made before any code of the class can run), or None
        for an optional chain or ``super``, which the closure compiler takes."""
        if target.optional or target.object.type == "Super":
            return None
        ref = self.c.resolve("#" + target.property.name)
        return None if ref.is_global else self.binding(ref)

    def super_property(self, node, this):
        """``super.name`` (https://tc39.es/ecma262/#sec-super-keyword-runtime-semantics-evaluation):
        the this binding (stored in the temp ``this``, the receiver of a method call),
        then the [[Get]] of the home object's prototype (GetSuperBase, read from the
        function ``%func`` names) with that receiver; None where ``super`` has no
        function to refer to."""
        ref = self.c.resolve("%func")
        if ref.is_global:
            return None
        this_src = self.this_read(node)[0]
        return f"_super_get({self.binding(ref)}, ({this} := {this_src}), {node.property.name!r})"

    def x_MemberExpression(self, node):
        if node.property.type == "PrivateIdentifier":
            pn = self.private_name(node)
            if pn is None:
                return self.fallback(node)
            return f"_private_get({self.expr(node.object)}, {pn})"
        if node.object.type == "Super" and not node.computed and not node.optional:
            get = self.super_property(node, self.temp())
            return self.fallback(node) if get is None else get
        if node.optional or node.object.type == "Super":
            return self.fallback(node)
        ref = self.lazy_arguments_ref(node.object)
        if ref is not None:
            return self.lazy_arguments_get(node, ref)
        if node.computed:
            if is_int_tree_root(node.property) and not self.in_int_tree:
                fused = self.int_tree_get(node)
                if fused is not None:
                    return fused
            twin = self.stepped_twin(node.property)
            if twin is not None:
                return self.twin_stepped_get(node, *twin)
            step = self.step_key(node.property)
            if step is not None:
                return self.stepped_get(node, *step)
            if node.object.type == "Literal" and type(node.object.value) is str:
                return self.literal_string_get(node)
            if self.is_string_key(node.property):
                fused = self.string_key_get(node)
                if fused is not None:
                    return fused
            array = self.array_of(node.object)
            operands = self.operands([node.object, node.property])
            if array is None and not self.number(node.property) and self.table_likely(node.object):
                return self.table_first_get(*operands)
            return self.computed_get(*operands, self.int_key(node.property), array, self.number(node.property),
                                     array is None and self.string_likely(node.object))
        src, purity = self.gen(node.object)
        if node.property.name == "length":
            if self.array_of(node.object):
                n = self.temp()
                return (f"(float({self.array_of(node.object)}.length) if {self.array_of(node.object)} is not "
                        f"_NOT_ARRAY else float(len({src})) if type({src}) is str "
                        f"else {n} if {self.typed_length(src, n)} else _get_member({src}, 'length'))")
            if self.string_likely(node.object):
                o0, o = (src, src) if purity == CONST else self.receiver(src, purity)
                return f"(float(len({o})) if {type_test(o0, 'is', 'str')} else {self.named_get(o, o, 'length')})"
        if node.object.type == "ThisExpression" and self.this_props is not None:
            return self.named_get(src, src, node.property.name, self.this_props)
        if purity == CONST:
            return self.named_get(src, src, node.property.name)
        o0, o = self.receiver(src, purity)
        return self.named_get(o0, o, node.property.name, self.cached_props(node.object, o0, o))

    def receiver(self, src, purity):
        """``(first, again)`` of a receiver read once: in place when pure, else kept
        in a local (an OwnRead's own)."""
        if purity == PURE:
            return src, src
        if type(src) is OwnRead:
            return src.bound(), src.v
        o = self.temp()
        return f"({o} := {src})", o

    def cached_props(self, node, o0, o):
        """Source of the ``props`` of the value ``o`` of the expression ``node`` (``o0``
        evaluates it) when it is a plain object, else of ``_NO_PROPS``, through the pair
        of locals that FunctionGenerator.hoist_props_caches gave the name ``node``: they
        are read again while they hold the same object.  None for other expressions."""
        if node.type != "Identifier":
            return None
        pair = self.props_caches.get(node.name)
        if pair is None:
            return None
        k, p = pair
        return f"({p} if {o0} is {k} else ({p} := {o}.props if type({k} := {o}) is JSObject else _NO_PROPS))"

    def named_get(self, o0, o, name, this_props=None):
        """``o.name``; ``this_props``, when given, is the source of ``o``'s props or of
        ``_NO_PROPS``, and evaluates ``o`` itself: the props of ``this`` read once at entry
        (see FunctionGenerator.hoist_this_props) or those cached for a name
        (:meth:`cached_props`).  Past ``length``, an OwnRead."""
        if name == "length":
            n = self.temp()
            return (f"(float({o}.length) if {type_test(o0, 'is', 'JSArray')} else float(len({o})) if type({o}) is str "
                    f"else {n} if {self.typed_length(o, n)} else _get_member({o}, 'length'))")
        # an own data property, stored bare or (not writable, enumerable and configurable:
        # a RegExp's lastIndex, Math.PI, a class's static method) as a Prop
        v = self.temp()
        data = f"is not Prop or not {v}.flags & {ACCESSOR} and ({v} := {v}.value) is {v}"
        n = repr(name)
        again = (f"(({v} if type({v} := {o}.props.get({n}, _NO_PROP)) {data} "
                 f"else {self.inherited_get(o, name, v)} if {v} is _NO_PROP "
                 f"else _get_named_ordinary({o}, {n})) "
                 f"if type({o}) in _ORDINARY else _get_member({o}, {n}))")
        if this_props is not None:
            # props read earlier may have been replaced since (values.watch_chain empties
            # the old dict): a miss there is confirmed on the object before the chain is read
            src = (f"({v} if type({v} := {this_props}.get({n}, _NO_PROP)) {data} "
                   f"else {self.inherited_get(o, name, v)} "
                   f"if {v} is _NO_PROP and type({o}) in _ORDINARY and {n} not in {o}.props "
                   f"else {self.named_get_slow(o, name)})")
            return OwnRead(src, v, f"({v} := {this_props}.get({n}, _NO_PROP))", again)
        if o0 == o:
            return OwnRead(again, v, f"({v} := {o}.props.get({n}, _NO_PROP) if type({o}) in _ORDINARY "
                                     f"else _NO_PROP)", again)
        src = (f"(({v} if type({v} := {o}.props.get({n}, _NO_PROP)) {data} "
               f"else {self.inherited_get(o, name, v)} if {v} is _NO_PROP "
               f"else _get_named_ordinary({o}, {n})) "
               f"if {type_test(o0, 'in', '_ORDINARY')} else _get_member({o}, {n}))")
        return OwnRead(src, v, f"({v} := {o}.props.get({n}, _NO_PROP) if {type_test(o0, 'in', '_ORDINARY')} "
                               f"else _NO_PROP)", again)

    def inherited_get(self, o, name, v):
        """``o.name`` for ``o`` whose named properties are ordinary and none of them
        ``name``: what the name resolved to from ``o``'s prototype when last looked up
        (pyjs.interp.proto_cache.INHERITED, exact while the entry exists: a data value,
        None when absent, else the Prop of an accessor or of a read-only undefined), read
        into the local ``v``.  An accessor's getter that is a script function is called
        through its positional entry, as a method call site calls a method; anything
        else (a first lookup, a builtin getter) is get_named_ordinary's."""
        n = repr(name)
        g = self.temp()
        return (f"({v} if type({v} := _INHERITED.get({o}.proto, _NO_ENTRY).get({n}, _PROP0)) is not Prop "
                f"else {g}.fast({g}, {o}) if {v}.flags & {ACCESSOR} and type({g} := {v}.getter) is _SF "
                f"else _get_named_ordinary({o}, {n}))")

    @staticmethod
    def named_get_slow(o, name):
        """``o.name`` (``o`` a variable, ``name`` no "length") past an own plain data
        property: an object whose named properties are ordinary goes straight to the
        inherited-lookup cache (get_named_ordinary), any other value to get_member."""
        return f"_get_named_ordinary({o}, {name!r}) if type({o}) in _ORDINARY else _get_member({o}, {name!r})"


def _is_builtin_global(realm, name):
    """Whether the global ``name`` is now a configurable data property of the global
    object, as the builtins are (global_getter's ``props_cache``)."""
    p = realm.global_object.props.get(name)
    return type(p) is Prop and p.flags & (ACCESSOR | CONFIGURABLE) == CONFIGURABLE


def _int_operands(op, a, b, left, right):
    """The {ia}, {ib}, {range} and {wide} of an integer operator's inline form: a Number
    literal operand is its ToInt32 (written as an int) and needs no range test.
    {range} tests that int() is ToInt32 (only that the operands are finite for >>>,
    and for & with a literal mask that is not negative, whose result does not depend
    on the higher bits); {wide} is empty, or for &, | and ^ the conditional's middle
    that takes finite operands, wrapping the result to int32."""
    ia = repr(to_int32(_number_value(left))) if left is not None and is_number(left) else None
    ib = repr(to_int32(_number_value(right))) if is_number(right) else None
    mask = op == "&" and (ia is not None and int(ia) >= 0 or ib is not None and int(ib) >= 0)
    finite = _range_test(a, b, ia, ib, "-1e309", "1e309")
    rng = finite if op == ">>>" or mask else _range_test(a, b, ia, ib, "-2147483649.0", "2147483648.0")
    ia, ib = ia or f"int({a})", ib or f"int({b})"
    wide = "" if rng == finite or op not in ("&", "|", "^") else \
        f"float(({ia} {op} {ib}) + 2147483648 & 4294967295) - 2147483648.0 if {finite} else "
    return {"ia": ia, "ib": ib, "range": rng, "wide": wide}


def _range_test(a, b, ia, ib, lo, hi):
    """The test that the operands not written as literals (``ia``/``ib`` None) are
    strictly between ``lo`` and ``hi``."""
    if ia is None and ib is None:
        return f"{lo} < {a} < {hi} > {b} > {lo}"
    return f"{lo} < {a} < {hi}" if ia is None else f"{lo} < {b} < {hi}" if ib is None else "True"


def _number_value(node):
    """The Number of a numeric literal node (a huge integer literal is Infinity)."""
    try:
        return float(node.value)
    except OverflowError:
        return math.inf
