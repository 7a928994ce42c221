"""Compilation of expressions (ECMA-262 §13) to closures ``f(env) -> value``."""
import math

from ..agent import state
from ..arrays import JSArray, HOLE
from ..ops import (
    js_add, js_sub, js_mul, js_div, js_mod, js_pow, js_bitand, js_bitor, js_bitxor,
    js_shl, js_sar, js_shr, js_lt, js_gt, js_le, js_ge, strict_equals, loose_equals,
    js_in, type_of, to_boolean, to_numeric, to_number, to_object, js_neg,
    js_bitnot, to_property_key, to_string, describe, float_div, float_mod,
)
from ..runtime import (
    get_member, get_named, get_computed, set_member, set_computed, call_value,
    spread_into, ShortCircuit, SHORT_CIRCUIT, private_get, private_set, private_in,
    super_get, super_set, super_get_on, super_set_on, super_base, property_key_for, computed_key,
    assign_computed, instance_of, NUMERIC_INDEXED,
)
from ..values import JSError, JSObject, null, type_error, Prop
from .code import make_function
from ..classes import initialize_instance_elements, super_construct, super_called_twice
from .refs import (dynamic_reference, make_getter, make_setter, make_typeof_getter, make_ref_base_getter,
                   local_getter, walk)
from .scope import TDZ

_BINARY = {
    "+": js_add, "-": js_sub, "*": js_mul, "/": js_div, "%": js_mod, "**": js_pow,
    "&": js_bitand, "|": js_bitor, "^": js_bitxor, "<<": js_shl, ">>": js_sar, ">>>": js_shr,
    "<": js_lt, ">": js_gt, "<=": js_le, ">=": js_ge,
    "===": strict_equals, "==": loose_equals,
    "!==": lambda a, b: not strict_equals(a, b), "!=": lambda a, b: not loose_equals(a, b),
    "instanceof": instance_of, "in": js_in,
}


# operators whose compiled closures always return a Python bool
_BOOLEAN_OPERATORS = frozenset(("<", ">", "<=", ">=", "==", "!=", "===", "!==", "instanceof"))


# operators whose result on two floats is a cheap Python expression
_FLOAT_FAST = {
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
    "/": float_div, "%": float_mod,
}


def _literal_number(node):
    v = node.value
    if type(v) is float:
        return v
    if type(v) is bool:
        return v
    if type(v) is int:
        try:
            return float(v)
        except OverflowError:
            return math.inf
    return v


def literal_value(node):
    """The value of a Literal other than a RegExp literal: a String, Number, BigInt, Boolean or null."""
    if getattr(node, "bigint", None) is not None:
        return int(node.bigint.replace("_", ""), 0) if not node.bigint.isdigit() else int(node.bigint)
    v = node.value
    if v is None:
        return null
    v = _literal_number(node)
    return float(v) if type(v) is int else v


class ExpressionCompiler:

    def compile_expr(self, node):
        m = getattr(self, "expr_" + node.type, None)
        if m is None:
            raise self.error(f"Unsupported syntax: {node.type}", node)
        return m(node)

    def compile_expr_named(self, node, name):
        """Compile an initializer, giving anonymous functions/classes ``name`` (NamedEvaluation)."""
        t = node.type
        if t in ("FunctionExpression", "ArrowFunctionExpression") and node.id is None:
            return self.expr_function(node, name)
        if t == "ClassExpression" and node.id is None:
            return self.compile_class(node, name)
        return self.compile_expr(node)

    # -- primary expressions --------------------------------------------------------
    def expr_Literal(self, node):
        if getattr(node, "regex", None) is not None:
            from ...builtins.regexp import regexp_create
            pattern, flags = node.regex.pattern, node.regex.flags

            def regex(env):
                return regexp_create(state.realm, pattern, flags)
            return regex
        v = literal_value(node)
        return lambda env: v

    def expr_Identifier(self, node):
        name = node.name
        if name == "undefined":
            ref = self.resolve(name)
            if ref.is_global and not ref.checks:
                return lambda env: None
        return make_getter(self.resolve(name), strict=self.strict)

    def expr_ThisExpression(self, node):
        ref = self.resolve("%this")
        if ref.is_global:
            if self.scope_is_module():
                return lambda env: None
            return lambda env: state.realm.global_this
        return local_getter(ref.depth, ref.binding.slot, "this", ref.binding.kind == "let")

    def scope_is_module(self):
        s = self.scope
        while s is not None:
            if s.kind == "module":
                return True
            s = s.parent
        return False

    def expr_TemplateLiteral(self, node):
        parts = []
        for i, q in enumerate(node.quasis):
            if q.value.cooked:
                c = q.value.cooked
                parts.append(lambda env, c=c: c)
            if i < len(node.expressions):
                e = self.compile_expr(node.expressions[i])

                def part(env, e=e):
                    v = e(env)
                    return v if type(v) is str else to_string(v)
                parts.append(part)
        if not parts:
            return lambda env: ""
        parts = tuple(parts)
        return lambda env: "".join([p(env) for p in parts])

    def expr_TaggedTemplateExpression(self, node):
        quasi = node.quasi
        cooked = [q.value.cooked for q in quasi.quasis]
        raw = [q.value.raw.replace("\r\n", "\n").replace("\r", "\n") for q in quasi.quasis]
        site = node     # one template object per site and realm, however often it is compiled
        exprs = [self.compile_expr(e) for e in quasi.expressions]
        callee, this_fn = self.compile_callee(node.tag)

        def tagged(env):
            f, this = callee(env)
            realm = state.realm
            tobj = realm.template_cache.get(site)
            if tobj is None:
                tobj = realm.get_template_object(cooked, raw)
                realm.template_cache[site] = tobj
            args = [tobj]
            for e in exprs:
                args.append(e(env))
            return call_value(f, this, args, "tag")
        return tagged

    def expr_ArrayExpression(self, node):
        items = []
        has_spread = False
        for el in node.elements:
            if el is None:
                items.append(None)
            elif el.type == "SpreadElement":
                has_spread = True
                items.append((True, self.compile_expr(el.argument)))
            else:
                items.append((False, self.compile_expr(el)))
        if not has_spread and None not in items:
            fns = tuple(f for _, f in items)

            def array(env):
                return JSArray(state.realm.array_prototype, [f(env) for f in fns])
            return array
        items = tuple(items)

        def array_general(env):
            out = []
            for it in items:
                if it is None:
                    out.append(HOLE)
                elif it[0]:
                    spread_into(out, it[1](env))
                else:
                    out.append(it[1](env))
            return JSArray(state.realm.array_prototype, out)
        return array_general

    def expr_ObjectExpression(self, node):
        ops = []
        simple = True
        for p in node.properties:
            if p.type == "SpreadElement":
                simple = False
                ops.append(("spread", self.compile_expr(p.argument)))
                continue
            if p.computed:
                simple = False
                key = self.compile_expr(p.key)
            else:
                key = self.static_key(p.key)
            if p.kind in ("get", "set"):
                simple = False
                code = self.compile_function(p.value, name=None, is_method=True)
                code.source_text = self.method_source(p)
                ops.append((p.kind, key, code, p.computed))
            elif p.method:
                simple = False
                code = self.compile_function(p.value, name=None, is_method=True)
                code.source_text = self.method_source(p)
                ops.append(("method", key, code, p.computed))
            else:
                if not p.computed and key == "__proto__" and not p.shorthand:
                    simple = False
                    ops.append(("proto", self.compile_expr(p.value)))
                    continue
                anon = p.computed and _is_anonymous_function(p.value)
                val = self.compile_expr(p.value) if p.computed else self.compile_expr_named(p.value, key)
                ops.append(("init", key, val, p.computed, anon))
        if simple:
            pairs = tuple((op[1], op[2]) for op in ops)

            def obj_simple(env):
                o = JSObject(state.realm.object_prototype)
                props = o.props
                for k, v in pairs:
                    props[k] = v(env)
                return o
            return obj_simple
        ops = tuple(ops)
        from .classes import define_method_property, set_function_name
        from ..ops import copy_data_properties

        def obj(env):
            o = JSObject(state.realm.object_prototype)
            for op in ops:
                kind = op[0]
                if kind == "init":
                    if op[3]:
                        k = to_property_key(op[1](env))
                        v = op[2](env)
                        if op[4]:
                            set_function_name(v, k)
                    else:
                        k = op[1]
                        v = op[2](env)
                    o.props[k] = v
                elif kind == "spread":
                    copy_data_properties(o, op[1](env), ())
                elif kind == "proto":
                    v = op[1](env)
                    if isinstance(v, JSObject) or v is null:
                        o.proto = None if v is null else v
                else:
                    k = op[1](env) if op[3] else op[1]
                    if op[3]:
                        k = to_property_key(k)
                    define_method_property(o, k, op[2], env, kind, enumerable=True)
            return o
        return obj

    def static_key(self, key):
        if key.type == "Identifier":
            return key.name
        if key.type == "Literal":
            v = key.value
            if type(v) is str:
                return v
            if getattr(key, "bigint", None) is not None:
                return str(int(key.bigint, 0) if not key.bigint.isdigit() else int(key.bigint))
            return to_property_key(_literal_number(key) if type(v) is not float else v)
        if key.type == "PrivateIdentifier":
            return "#" + key.name
        raise self.error("Unexpected property key", key)

    def expr_FunctionExpression(self, node):
        return self.expr_function(node, None)

    expr_ArrowFunctionExpression = expr_FunctionExpression

    def expr_function(self, node, name):
        if node.type == "FunctionExpression" and node.id is not None:
            # the function's own name is bound in a scope between it and its closure
            scope = self.push_scope("funcname")
            b = scope.declare(node.id.name, "fname")
            try:
                code = self.compile_function(node)
            finally:
                self.pop_scope()
            slot = b.slot
            template = scope.make_template()

            def named_fn(env):
                e = template.copy()
                e[0] = env
                f = make_function(code, e)
                e[slot] = f
                return f
            return named_fn
        code = self.compile_function(node, name=name if name is not None else "")

        def fn(env):
            return make_function(code, env)
        fn.function_code = code     # generated code calls make_function itself (codegen closure)
        return fn

    def expr_ClassExpression(self, node):
        return self.compile_class(node, None)

    def expr_SequenceExpression(self, node):
        fns = [self.compile_expr(e) for e in node.expressions]
        *init, last = fns

        def seq(env):
            for f in init:
                f(env)
            return last(env)
        return seq

    def expr_ParenthesizedExpression(self, node):
        return self.compile_expr(node.expression)

    # -- operators ------------------------------------------------------------------
    def expr_UnaryExpression(self, node):
        op = node.operator
        arg = node.argument
        if op == "typeof":
            if arg.type == "Identifier":
                g = make_typeof_getter(self.resolve(arg.name))
            else:
                g = self.compile_expr(arg)
            return lambda env: type_of(g(env))
        if op == "delete":
            return self.compile_delete(arg)
        a = self.compile_expr(arg)
        if op == "!":
            return lambda env: not to_boolean(a(env))
        if op == "-":
            def neg(env):
                v = a(env)
                if type(v) is float:
                    return -v
                return js_neg(v)
            return neg
        if op == "+":
            return lambda env: to_number(a(env))
        if op == "~":
            return lambda env: js_bitnot(a(env))
        if op == "void":
            def void(env):
                a(env)
                return None
            return void
        raise self.error(f"Unknown unary operator {op}", node)

    def compile_delete(self, arg):
        strict = self.strict
        t = arg.type
        if t == "ChainExpression":
            inner = self.compile_delete(arg.expression)

            def chain_delete(env):
                try:
                    return inner(env)
                except ShortCircuit:
                    return True
            return chain_delete
        if t == "MemberExpression":
            if arg.object.type == "Super":
                key = self.member_key(arg)
                this = self.expr_ThisExpression(arg)

                def del_super(env):
                    this(env)
                    if arg.computed:
                        key(env)
                    raise JSError.make("ReferenceError", "Unsupported reference to 'super'")
                return del_super
            obj = self.compile_expr(arg.object)
            key = self.member_key(arg)
            computed = arg.computed
            optional = arg.optional

            def delete(env):
                o = obj(env)
                if optional and (o is None or o is null):
                    raise SHORT_CIRCUIT
                k = key(env) if computed else key
                if computed:
                    k = property_key_for(o, k)
                ob = to_object(o)
                ok = ob.delete(k)
                if not ok and strict:
                    raise type_error(f"Cannot delete property '{k}' of {describe(o)}")
                return ok
            return delete
        if t == "Identifier":
            ref = self.resolve(arg.name)
            name = arg.name
            if ref.is_global or ref.checks:
                from .refs import dynamic_find

                def del_name(env):
                    if ref.checks:
                        found = dynamic_find(env, name, ref.checks)
                        if found is not None:
                            kind, c = found
                            if kind == "with":
                                return c.delete(name)
                            del c[name]
                            return True
                    if not ref.is_global:
                        return False
                    realm = state.realm
                    if name in realm.global_lex:
                        return False
                    return realm.global_object.delete(name)
                return del_name
            return lambda env: False
        f = self.compile_expr(arg)

        def del_value(env):
            f(env)
            return True
        return del_value

    def expr_BinaryExpression(self, node):
        op = node.operator
        if node.left.type == "PrivateIdentifier":
            pn = self.private_name_getter(node.left)
            right = self.compile_expr(node.right)
            return lambda env: private_in(pn(env), right(env))
        left = self.compile_expr(node.left)
        right = self.compile_expr(node.right)
        if op == "+":
            def add(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a + b
                return js_add(a, b)
            return add
        if op == "-":
            def sub(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a - b
                return js_sub(a, b)
            return sub
        if op == "*":
            def mul(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a * b
                return js_mul(a, b)
            return mul
        if op == "<":
            def lt(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a < b
                return js_lt(a, b)
            return lt
        if op == "<=":
            def le(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a <= b
                return js_le(a, b)
            return le
        if op == ">":
            def gt(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a > b
                return js_gt(a, b)
            return gt
        if op == ">=":
            def ge(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a >= b
                return js_ge(a, b)
            return ge
        if op == "===":
            def seq(env):
                a = left(env)
                b = right(env)
                if type(a) is type(b) and (type(a) is float or type(a) is str):
                    return a == b
                return strict_equals(a, b)
            return seq
        if op == "!==":
            def sne(env):
                a = left(env)
                b = right(env)
                if type(a) is type(b) and (type(a) is float or type(a) is str):
                    return a != b
                return not strict_equals(a, b)
            return sne
        fast = _FLOAT_FAST.get(op)
        f = _BINARY[op]
        if fast is not None:
            def binary_fast(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return fast(a, b)
                return f(a, b)
            return binary_fast
        return lambda env: f(left(env), right(env))

    def expr_LogicalExpression(self, node):
        left = self.compile_expr(node.left)
        right = self.compile_expr(node.right)
        op = node.operator
        if op == "&&":
            def and_(env):
                v = left(env)
                return right(env) if to_boolean(v) else v
            return and_
        if op == "||":
            def or_(env):
                v = left(env)
                return v if to_boolean(v) else right(env)
            return or_

        def nullish(env):
            v = left(env)
            return right(env) if v is None or v is null else v
        return nullish

    def expr_ConditionalExpression(self, node):
        test = self.compile_condition(node.test)
        cons = self.compile_expr(node.consequent)
        alt = self.compile_expr(node.alternate)
        return lambda env: cons(env) if test(env) else alt(env)

    def compile_condition(self, node):
        """A closure computing ToBoolean(node) as a Python bool, for the tests of
        ``if``, loops and ``?:``.  Comparisons already yield a bool, and ``!``, ``&&``
        and ``||`` distribute over ToBoolean, so most tests skip the conversion call."""
        t = node.type
        if t == "BinaryExpression" and node.operator in _BOOLEAN_OPERATORS:
            return self.compile_expr(node)
        if t == "UnaryExpression" and node.operator == "!":
            a = self.compile_condition(node.argument)
            return lambda env: not a(env)
        if t == "LogicalExpression" and node.operator != "??":
            left = self.compile_condition(node.left)
            right = self.compile_condition(node.right)
            if node.operator == "&&":
                return lambda env: left(env) and right(env)
            return lambda env: left(env) or right(env)
        e = self.compile_expr(node)
        return lambda env: to_boolean(e(env))

    # -- references ---------------------------------------------------------------------
    def member_key(self, node):
        """The key of a MemberExpression: a constant or a closure (when computed)."""
        if node.computed:
            return self.compile_expr(node.property)
        if node.property.type == "PrivateIdentifier":
            return None
        return node.property.name

    def private_name_getter(self, ident):
        name = "#" + ident.name
        ref = self.resolve(name)
        if ref.is_global:
            raise self.error(f"Private field '{name}' must be declared in an enclosing class", ident)
        return local_getter(ref.depth, ref.binding.slot, name, False)

    def expr_MemberExpression(self, node):
        if node.object.type == "Super":
            return self.compile_super_get(node)
        obj = self.compile_expr(node.object)
        optional = node.optional
        if node.property.type == "PrivateIdentifier":
            pn = self.private_name_getter(node.property)

            def priv(env):
                o = obj(env)
                if optional and (o is None or o is null):
                    raise SHORT_CIRCUIT
                return private_get(o, pn(env))
            return priv
        if node.computed:
            key = self.compile_expr(node.property)
            if optional:
                def opt_computed(env):
                    o = obj(env)
                    if o is None or o is null:
                        raise SHORT_CIRCUIT
                    return get_computed(o, key(env))
                return opt_computed

            def computed(env):
                o = obj(env)
                k = key(env)
                if type(o) is JSArray and type(k) is float:
                    els = o.elements
                    if els is not None and 0.0 <= k < len(els):     # False for NaN
                        i = int(k)
                        if i == k:
                            v = els[i]
                            if v is not HOLE:
                                return v
                return get_computed(o, k)
            return computed
        key = node.property.name
        if optional:
            def opt_member(env):
                o = obj(env)
                if o is None or o is null:
                    raise SHORT_CIRCUIT
                return get_member(o, key)
            return opt_member

        if key == "length":
            def member_length(env):
                o = obj(env)
                t = type(o)
                if t is JSArray:
                    return float(o.length)
                if t is str:
                    return float(len(o))
                if t in NUMERIC_INDEXED and (n := o.pristine_length()) is not None:
                    return n
                return get_member(o, "length")
            return member_length

        def member(env):
            o = obj(env)
            t = type(o)
            if t is JSObject:
                v = o.props.get(key, o)
                if v is not o and type(v) is not Prop:
                    return v
                return get_named(o, key)
            if t is JSArray:
                return get_named(o, key)
            return get_member(o, key)
        return member

    def compile_super_get(self, node):
        func = self.home_function_getter(node)
        this = self.expr_ThisExpression(node)
        if node.computed:
            key = self.compile_expr(node.property)

            def sg(env):
                t = this(env)
                k = to_property_key(key(env))
                return super_get(func(env), t, k)
            return sg
        name = node.property.name

        def sgn(env):
            t = this(env)
            return super_get(func(env), t, name)
        return sgn

    def home_function_getter(self, node):
        """The function whose [[HomeObject]] ``super`` refers to (nearest non-arrow)."""
        ref = self.resolve("%func")
        if ref.is_global:
            raise self.error("'super' keyword unexpected here", node)
        return local_getter(ref.depth, ref.binding.slot, "super", False)

    def expr_ChainExpression(self, node):
        inner = self.compile_expr(node.expression)

        def chain(env):
            try:
                return inner(env)
            except ShortCircuit:
                return None
        return chain

    def expr_MetaProperty(self, node):
        if node.meta.name == "new":
            ref = self.resolve("%newtarget")
            if ref.is_global:
                return lambda env: None
            return local_getter(ref.depth, ref.binding.slot, "new.target", False)
        ref = self.resolve("%importmeta")
        return local_getter(ref.depth, ref.binding.slot, "import.meta", False)

    def expr_ImportExpression(self, node):
        spec = self.compile_expr(node.source)
        opts = self.compile_expr(node.options) if getattr(node, "options", None) is not None else None
        filename = self.filename

        def dyn_import(env):
            s = spec(env)
            o = opts(env) if opts is not None else None
            return state.realm.dynamic_import(s, filename, o)
        return dyn_import

    # -- calls ------------------------------------------------------------------------
    def compile_args(self, args):
        """``(fn, fixed_count)``: fn(env) -> list of argument values."""
        if any(a.type == "SpreadElement" for a in args):
            items = tuple((a.type == "SpreadElement",
                           self.compile_expr(a.argument if a.type == "SpreadElement" else a))
                          for a in args)

            def spread_args(env):
                out = []
                for is_spread, f in items:
                    if is_spread:
                        spread_into(out, f(env))
                    else:
                        out.append(f(env))
                return out
            return spread_args
        fns = tuple(self.compile_expr(a) for a in args)
        n = len(fns)
        if n == 0:
            return lambda env: []
        if n == 1:
            a0 = fns[0]
            return lambda env: [a0(env)]
        if n == 2:
            a0, a1 = fns
            return lambda env: [a0(env), a1(env)]
        return lambda env: [f(env) for f in fns]

    def compile_callee(self, callee):
        """``f(env) -> (function, this)`` for a call's callee expression."""
        t = callee.type
        if t == "MemberExpression":
            if callee.object.type == "Super":
                get = self.compile_super_get(callee)
                this = self.expr_ThisExpression(callee)
                return (lambda env: (get(env), this(env))), None
            obj = self.compile_expr(callee.object)
            optional = callee.optional
            if callee.property.type == "PrivateIdentifier":
                pn = self.private_name_getter(callee.property)

                def priv_callee(env):
                    o = obj(env)
                    if optional and (o is None or o is null):
                        raise SHORT_CIRCUIT
                    return private_get(o, pn(env)), o
                return priv_callee, None
            if callee.computed:
                key = self.compile_expr(callee.property)

                def computed_callee(env):
                    o = obj(env)
                    if optional and (o is None or o is null):
                        raise SHORT_CIRCUIT
                    return get_computed(o, key(env)), o
                return computed_callee, None
            name = callee.property.name

            def member_callee(env):
                o = obj(env)
                if optional and (o is None or o is null):
                    raise SHORT_CIRCUIT
                t = type(o)
                if t is JSObject or t is JSArray:
                    return get_named(o, name), o
                return get_member(o, name), o
            return member_callee, None
        if t == "Identifier":
            ref = self.resolve(callee.name)
            if ref.checks:
                g = make_ref_base_getter(ref)
                return g, None
            g = make_getter(ref)
            return (lambda env: (g(env), None)), g
        if t == "ChainExpression":
            # (a?.b)() : the chain short-circuits to undefined before the call
            inner, _ = self.compile_callee(callee.expression)

            def chain_callee(env):
                try:
                    return inner(env)
                except ShortCircuit:
                    return None, None
            return chain_callee, None
        f = self.compile_expr(callee)
        return (lambda env: (f(env), None)), f

    def expr_CallExpression(self, node):
        callee = node.callee
        if callee.type == "Super":
            return self.compile_super_call(node)
        if callee.type == "Identifier" and callee.name == "eval":
            return self.compile_direct_eval(node)
        args = self.compile_args(node.arguments)
        text = self.text(callee)
        optional = node.optional
        line, col = getattr(node, "line", 0), getattr(node, "column", 0)
        filename = self.filename
        callee_fn, plain = self.compile_callee(callee)
        if plain is not None and not optional:
            def call_plain(env):
                f = plain(env)
                a = args(env)
                if isinstance(f, JSObject) and f.callable:
                    try:
                        return f.call(None, a)
                    except JSError as e:
                        _add_frame(e, f, filename, line, col)
                        raise
                raise type_error(f"{text} is not a function")
            return call_plain

        def call(env):
            f, this = callee_fn(env)
            if optional and (f is None or f is null):
                raise SHORT_CIRCUIT
            a = args(env)
            if isinstance(f, JSObject) and f.callable:
                try:
                    return f.call(this, a)
                except JSError as e:
                    _add_frame(e, f, filename, line, col)
                    raise
            raise type_error(f"{text} is not a function")
        return call

    def compile_direct_eval(self, node):
        callee_fn, _ = self.compile_callee(node.callee)
        args = self.compile_args(node.arguments)
        scope = self.scope
        strict = self.strict
        # a direct eval can see every binding of every enclosing scope
        fn_state = self.fn
        in_params = fn_state is not None and fn_state.in_params
        optional = node.optional

        def direct_eval(env):
            f, this = callee_fn(env)
            if optional and (f is None or f is null):
                raise SHORT_CIRCUIT
            a = args(env)
            realm = state.realm
            if f is realm.intrinsics.get("%eval%"):
                if not a:
                    return None
                src = a[0]
                if type(src) is not str:
                    return src
                return realm.perform_eval(src, strict, scope, env, fn_state, in_params)
            return call_value(f, this, a, "eval")
        return direct_eval

    def compile_super_call(self, node):
        args = self.compile_args(node.arguments)
        func_ref = self.resolve("%func")
        nt_ref = self.resolve("%newtarget")
        this_ref = self.resolve("%this")
        if func_ref.is_global:
            raise self.error("'super' keyword unexpected here", node)
        fget = local_getter(func_ref.depth, func_ref.binding.slot, "super", False)
        ntget = local_getter(nt_ref.depth, nt_ref.binding.slot, "new.target", False)
        this_depth, this_slot = this_ref.depth, this_ref.binding.slot

        def super_call(env):
            func = fget(env)
            result = super_construct(func.get_prototype_of(), args(env), ntget(env))
            e = walk(env, this_depth)
            if e[this_slot] is not TDZ:
                super_called_twice()
            e[this_slot] = result
            if func.fields or func.private_methods:
                initialize_instance_elements(result, func)
            return result
        return super_call

    def expr_NewExpression(self, node):
        callee = self.compile_expr(node.callee)
        args = self.compile_args(node.arguments)
        text = self.text(node.callee)

        def new(env):
            f = callee(env)
            a = args(env)
            if isinstance(f, JSObject) and f.is_constructor:
                return f.construct(a, f)
            raise type_error(f"{text} is not a constructor")
        return new

    # -- assignment -------------------------------------------------------------------
    def expr_AssignmentExpression(self, node):
        op = node.operator
        target = node.left
        t = target.type
        if op == "=" and t in ("ObjectPattern", "ArrayPattern"):
            assign = self.compile_assignment_pattern(target)
            right = self.compile_expr(node.right)

            def destructure(env):
                v = right(env)
                assign(env, v)
                return v
            return destructure
        if t == "Identifier":
            ref = self.resolve(target.name)
            setter = make_setter(ref, self.strict)
            if op == "=":
                # (x) = function () {} is not a NamedEvaluation: the target is parenthesized
                right = self.compile_expr(node.right) if getattr(target, "parenthesized", False) \
                    else self.compile_expr_named(node.right, target.name)
                if ref.checks:
                    return self._dynamic_assign(ref, right)

                def assign_id(env):
                    v = right(env)
                    setter(env, v)
                    return v
                return assign_id
            getter = make_getter(ref)
            if op in ("&&=", "||=", "??="):
                right = self.compile_expr_named(node.right, target.name)
                return self._compound(op, lambda env: None, lambda env, _: getter(env),
                                      lambda env, _, v: setter(env, v), right)
            right = self.compile_expr(node.right)
            if ref.checks:
                return self._dynamic_compound(ref, op, right)
            return self._identifier_compound(ref, getter, setter, op, right)
        if t == "MemberExpression":
            return self.compile_member_assignment(node, target, op)
        if t == "CallExpression" or t == "ChainExpression":
            call = self.compile_expr(target)
            right = self.compile_expr(node.right)

            def bad_target(env):
                call(env)
                raise JSError.make("ReferenceError", "Invalid left-hand side in assignment")
            return bad_target
        raise self.error("Invalid left-hand side in assignment", node)

    def _dynamic_assign(self, ref, right):
        """``x = v`` through with/eval scopes: the reference is resolved before the RHS runs."""
        find, _, put = dynamic_reference(ref, self.strict)

        def assign(env):
            found = find(env)
            v = right(env)
            put(env, found, v)
            return v
        return assign

    def _dynamic_compound(self, ref, op, right):
        """``x op= e`` through with/eval scopes, writing back to the binding it read."""
        find, get, put = dynamic_reference(ref, self.strict)
        f = _BINARY[op[:-1]]

        def compound_dynamic(env):
            found = find(env)
            v = f(get(env, found), right(env))
            put(env, found, v)
            return v
        return compound_dynamic

    @staticmethod
    def _identifier_compound(ref, getter, setter, op, right):
        """``x op= e`` for an identifier: read, evaluate ``e``, combine, write back.
        A function's own var or parameter is read and written in its slot directly."""
        f = _BINARY[op[:-1]]
        local = (not ref.checks and not ref.is_global and ref.depth == 0
                 and ref.binding.kind in ("var", "param"))
        if op == "+=":
            if local:
                slot = ref.binding.slot

                def add_assign_local(env):
                    a = env[slot]
                    r = right(env)
                    v = a + r if (type(a) is float and type(r) is float) or (type(a) is str and type(r) is str) \
                        else js_add(a, r)
                    env[slot] = v
                    return v
                return add_assign_local

            def add_assign_id(env):
                a = getter(env)
                r = right(env)
                v = a + r if (type(a) is float and type(r) is float) or (type(a) is str and type(r) is str) \
                    else js_add(a, r)
                setter(env, v)
                return v
            return add_assign_id
        if local:
            slot = ref.binding.slot

            def compound_local(env):
                v = f(env[slot], right(env))
                env[slot] = v
                return v
            return compound_local

        def compound_id(env):
            v = f(getter(env), right(env))
            setter(env, v)
            return v
        return compound_id

    def _compound(self, op, base, get, put, right):
        """Compound/logical assignment over a reference given as base/get/put closures."""
        if op == "&&=":
            def land(env):
                b = base(env)
                v = get(env, b)
                if not to_boolean(v):
                    return v
                v = right(env)
                put(env, b, v)
                return v
            return land
        if op == "||=":
            def lor(env):
                b = base(env)
                v = get(env, b)
                if to_boolean(v):
                    return v
                v = right(env)
                put(env, b, v)
                return v
            return lor
        if op == "??=":
            def lnull(env):
                b = base(env)
                v = get(env, b)
                if v is not None and v is not null:
                    return v
                v = right(env)
                put(env, b, v)
                return v
            return lnull
        f = _BINARY[op[:-1]]
        if op == "+=":
            def add_assign(env):
                b = base(env)
                a = get(env, b)
                r = right(env)
                v = a + r if (type(a) is float and type(r) is float) or (type(a) is str and type(r) is str) else js_add(a, r)
                put(env, b, v)
                return v
            return add_assign

        def compound(env):
            b = base(env)
            v = f(get(env, b), right(env))
            put(env, b, v)
            return v
        return compound

    def compile_member_assignment(self, node, target, op):
        strict = self.strict
        if target.object.type == "Super":
            func = self.home_function_getter(target)
            this = self.expr_ThisExpression(target)
            key = self.compile_expr(target.property) if target.computed else None
            name = None if target.computed else target.property.name
            right = self.compile_expr(node.right)

            # The reference holds this, the key value and the base (GetSuperBase, read
            # before the key is converted); ToPropertyKey runs when the reference is used.
            def sref(env):
                t = this(env)
                k = key(env) if key is not None else name
                return t, k, super_base(func(env))

            def sbase(env):
                t, k, base = sref(env)
                return (t, to_property_key(k), base)

            def sget(env, b):
                return super_get_on(b[2], b[0], b[1])

            def sput(env, b, v):
                super_set_on(b[2], b[0], b[1], v, strict)
            if op == "=":
                def super_assign(env):
                    t, k, base = sref(env)
                    v = right(env)
                    super_set_on(base, t, to_property_key(k), v, strict)
                    return v
                return super_assign
            return self._compound(op, sbase, sget, sput, right)
        obj = self.compile_expr(target.object)
        right = self.compile_expr(node.right)
        if target.property.type == "PrivateIdentifier":
            pn = self.private_name_getter(target.property)
            if op == "=":
                def priv_assign(env):
                    o = obj(env)
                    v = right(env)
                    private_set(o, pn(env), v)
                    return v
                return priv_assign
            return self._compound(op, obj, lambda env, o: private_get(o, pn(env)),
                                  lambda env, o, v: private_set(o, pn(env), v), right)
        if target.computed:
            key = self.compile_expr(target.property)
            if op == "=":
                def assign_index(env):
                    o = obj(env)
                    k = key(env)
                    v = right(env)
                    if type(k) is float:
                        if type(o) is JSArray:
                            els = o.elements
                            if els is not None and 0.0 <= k < len(els):
                                i = int(k)
                                if i == k and els[i] is not HOLE:
                                    els[i] = v
                                    return v
                    assign_computed(o, k, v, strict)
                    return v
                return assign_index

            def cbase(env):
                o = obj(env)
                return (o, computed_key(o, key(env)))
            return self._compound(op, cbase, lambda env, b: get_computed(b[0], b[1]),
                                  lambda env, b, v: set_computed(b[0], b[1], v, strict), right)
        name = target.property.name
        if op == "=":
            def assign_member(env):
                o = obj(env)
                v = right(env)
                if type(o) is JSObject:
                    props = o.props
                    cur = props.get(name, props)
                    if cur is not props and type(cur) is not Prop:
                        props[name] = v
                        return v
                set_member(o, name, v, strict)
                return v
            return assign_member
        return self._compound(op, obj, lambda env, o: get_member(o, name),
                              lambda env, o, v: set_member(o, name, v, strict), right)

    def expr_UpdateExpression(self, node):
        target = node.argument
        prefix = node.prefix
        delta = 1.0 if node.operator == "++" else -1.0

        def bump(old):
            if type(old) is float:
                return old, old + delta
            n = to_numeric(old)
            if type(n) is int:
                return n, n + int(delta)
            return n, n + delta

        if target.type == "Identifier":
            ref = self.resolve(target.name)
            getter = make_getter(ref)
            setter = make_setter(ref, self.strict)
            if not ref.checks and not ref.is_global and ref.depth == 0 and \
                    ref.binding.kind in ("var", "param", "let"):
                slot = ref.binding.slot

                def update_local(env):
                    old = env[slot]
                    if type(old) is float:          # (never the TDZ marker)
                        new = old + delta
                        env[slot] = new
                        return new if prefix else old
                    old, new = bump(getter(env))
                    setter(env, new)
                    return new if prefix else old
                return update_local

            if ref.checks:
                find, get, put = dynamic_reference(ref, self.strict)

                def update_dynamic(env):
                    found = find(env)
                    old, new = bump(get(env, found))
                    put(env, found, new)
                    return new if prefix else old
                return update_dynamic

            def update_id(env):
                old, new = bump(getter(env))
                setter(env, new)
                return new if prefix else old
            return update_id
        if target.type == "MemberExpression":
            strict = self.strict
            if target.object.type == "Super":
                func = self.home_function_getter(target)
                this = self.expr_ThisExpression(target)
                key = self.compile_expr(target.property) if target.computed else None
                name = None if target.computed else target.property.name

                def update_super(env):
                    t = this(env)
                    k = to_property_key(key(env)) if key is not None else name
                    old, new = bump(super_get(func(env), t, k))
                    super_set(func(env), t, k, new, strict)
                    return new if prefix else old
                return update_super
            obj = self.compile_expr(target.object)
            if target.property.type == "PrivateIdentifier":
                pn = self.private_name_getter(target.property)

                def update_priv(env):
                    o = obj(env)
                    p = pn(env)
                    old, new = bump(private_get(o, p))
                    private_set(o, p, new)
                    return new if prefix else old
                return update_priv
            if target.computed:
                key = self.compile_expr(target.property)

                def update_computed(env):
                    o = obj(env)
                    k = computed_key(o, key(env))
                    old, new = bump(get_computed(o, k))
                    set_computed(o, k, new, strict)
                    return new if prefix else old
                return update_computed
            name = target.property.name

            def update_member(env):
                o = obj(env)
                old, new = bump(get_member(o, name))
                set_member(o, name, new, strict)
                return new if prefix else old
            return update_member
        call = self.compile_expr(target)

        def bad(env):
            call(env)
            raise JSError.make("ReferenceError", "Invalid left-hand side expression in postfix operation")
        return bad

    # -- generators' expressions in non-suspending positions --------------------------
    def expr_YieldExpression(self, node):
        raise self.error("yield outside a generator", node)

    def expr_AwaitExpression(self, node):
        raise self.error("await outside an async function", node)

    def expr_Temp(self, node):
        slot = node.slot
        depth_fn = self.temp_reader(slot)
        return depth_fn


_NO_SUSPEND = frozenset(("Literal", "Identifier", "ThisExpression", "FunctionExpression",
                         "ArrowFunctionExpression", "MetaProperty", "Temp"))


def _is_anonymous_function(node):
    return node.type in ("FunctionExpression", "ArrowFunctionExpression", "ClassExpression") and node.id is None


def contains_suspend_fast(node):
    from .scope import contains_suspend
    return contains_suspend(node)


def _add_frame(e, f, filename, line, col):
    st = e.js_stack
    if st is None:
        st = e.js_stack = []
    if len(st) < 20:
        code = getattr(f, "code", None)
        st.append((code.name if code is not None else f.debug_name(), filename, line, col))
