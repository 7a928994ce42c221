"""Destructuring: binding patterns, assignment patterns and parameter lists.

https://tc39.es/ecma262/#sec-destructuring-binding-patterns
https://tc39.es/ecma262/#sec-destructuring-assignment
"""
from ..arrays import JSArray
from ..agent import state
from ..ops import get_v, to_property_key, copy_data_properties
from ..runtime import set_member, set_computed, private_set, super_set, property_key_for, for_of_values, get_member, not_destructurable, closed_unless_done
from ..values import JSError, JSObject, MISSING, null, is_array_index
from .refs import make_setter


class PatternCompiler:

    def compile_binding_pattern(self, pattern, init):
        """``bind(env, value)`` for a binding pattern (declarations, params, catch)."""
        def leaf(node):
            if node.type != "Identifier":
                raise self.error("Invalid destructuring target", node)
            ref = self.resolve(node.name)
            if not init and ref.checks:
                return self._dynamic_binding_setter(ref)
            return make_setter(ref, self.strict, init=init)
        return self._pattern(pattern, leaf)

    def _dynamic_binding_setter(self, ref):
        return make_setter(ref, self.strict)

    def compile_assignment_pattern(self, pattern):
        return self._pattern(pattern, self.compile_assign_target)

    def compile_assign_target(self, node):
        """``assign(env, value)`` for a simple assignment target expression."""
        t = node.type
        strict = self.strict
        if t == "Identifier":
            return make_setter(self.resolve(node.name), strict)
        if t in ("ObjectPattern", "ArrayPattern", "AssignmentPattern"):
            return self._pattern(node, self.compile_assign_target)
        if t == "MemberExpression":
            if node.object.type == "Super":
                func = self.home_function_getter(node)
                this = self.expr_ThisExpression(node)
                key = self.compile_expr(node.property) if node.computed else None
                name = None if node.computed else node.property.name

                def assign_super(env, v):
                    k = to_property_key(key(env)) if key is not None else name
                    super_set(func(env), this(env), k, v, strict)
                return assign_super
            obj = self.compile_expr(node.object)
            if node.property.type == "PrivateIdentifier":
                pn = self.private_name_getter(node.property)
                return MemberTarget(lambda env: (obj(env), pn(env)), self.member_put(node))
            if node.computed:
                key = self.compile_expr(node.property)
                return MemberTarget(lambda env: (obj(env), key(env)), self.member_put(node))
            return MemberTarget(lambda env: obj(env), self.member_put(node))
        if t == "CallExpression":
            call = self.compile_expr(node)

            def bad(env, v):
                call(env)
                raise JSError.make("ReferenceError", "Invalid left-hand side in assignment")
            return bad
        if t == "ChainExpression":
            raise self.error("Invalid left-hand side in assignment", node)
        raise self.error("Invalid destructuring assignment target", node)

    def member_put(self, node):
        """``put(ref, value)`` storing into the property reference ``node`` (not on
        ``super``), given the ref its MemberTarget evaluated: the object, or the pair
        (object, key) when the key is computed or private."""
        strict = self.strict
        if node.property.type == "PrivateIdentifier":
            return lambda ref, v: private_set(ref[0], ref[1], v)
        if node.computed:
            def put_computed(ref, v):
                o, k = ref
                set_computed(o, property_key_for(o, k), v, strict)
            return put_computed
        name = node.property.name
        return lambda o, v: set_member(o, name, v, strict)

    def _pattern(self, node, leaf):
        t = node.type
        if t == "AssignmentPattern":
            target = self._pattern(node.left, leaf)
            if node.left.type == "Identifier":
                default = self.compile_expr_named(node.right, node.left.name)
            else:
                default = self.compile_expr(node.right)
            if type(target) is MemberTarget:
                return MemberTarget(target.ref, target.put, default)

            def with_default(env, v):
                if v is None:
                    v = default(env)
                target(env, v)
            return with_default
        if t == "ObjectPattern":
            return self._object_pattern(node, leaf)
        if t == "ArrayPattern":
            return self._array_pattern(node, leaf)
        return leaf(node)

    def _object_pattern(self, node, leaf):
        steps = []
        rest = None
        for p in node.properties:
            if p.type == "RestElement":
                rest = self._pattern(p.argument, leaf)
                continue
            if p.computed:
                key = self.compile_expr(p.key)
            else:
                key = self.static_key(p.key)
            steps.append((p.computed, key, self._pattern(p.value, leaf)))
        steps = tuple(steps)
        get = tuple(get_v if computed or type(key) is not str or is_array_index(key) else get_member
                    for computed, key, _ in steps)
        has_rest = rest is not None

        def bind_object(env, value):
            if value is None or value is null:
                not_destructurable(value)
            used = [] if has_rest else None
            for (computed, key, target), get_value in zip(steps, get):
                k = to_property_key(key(env)) if computed else key
                if has_rest:
                    used.append(k)
                if type(target) is MemberTarget:
                    # the target reference is evaluated before the property is read
                    target.bound(target.ref(env))(env, get_value(value, k))
                else:
                    target(env, get_value(value, k))
            if has_rest:
                realm = state.realm
                o = JSObject(realm.object_prototype)
                copy_data_properties(o, value, used)
                rest(env, o)
        return bind_object

    def _array_pattern(self, node, leaf):
        elems = []
        for el in node.elements:
            if el is None:
                elems.append((False, None))
            elif el.type == "RestElement":
                elems.append((True, self._pattern(el.argument, leaf)))
            else:
                elems.append((False, self._pattern(el, leaf)))
        elems = tuple(elems)

        def bind_array(env, value):
            with closed_unless_done(for_of_values(value)) as rec:
                for is_rest, target in elems:
                    if type(target) is MemberTarget:
                        # the target reference is evaluated before the iterator steps
                        target = target.bound(target.ref(env))
                    if is_rest:
                        items = []
                        while not rec.done:
                            v = rec.step()
                            if v is MISSING:
                                break
                            items.append(v)
                        target(env, JSArray(state.realm.array_prototype, items))
                        continue
                    v = None
                    if not rec.done:
                        v = rec.step()
                        if v is MISSING:
                            v = None
                    if target is not None:
                        target(env, v)
        return bind_array

    def compile_params(self, params):
        """``bind(env, args)`` for a parameter list with defaults/patterns/rest."""
        steps = []
        for i, p in enumerate(params):
            if p.type == "RestElement":
                steps.append((True, i, self.compile_binding_pattern(p.argument, True)))
            else:
                steps.append((False, i, self.compile_binding_pattern(p, True)))
        steps = tuple(steps)

        def bind_params(env, args):
            n = len(args)
            for is_rest, i, target in steps:
                if is_rest:
                    target(env, JSArray(state.realm.array_prototype, list(args[i:])))
                else:
                    target(env, args[i] if i < n else None)
        return bind_params


class MemberTarget:
    """A property reference assignment target, evaluable in two phases.

    Array destructuring evaluates the target reference (object and key
    expressions) before stepping the iterator, and converts the key and
    stores only afterwards (https://tc39.es/ecma262/#sec-runtime-semantics-iteratordestructuringassignmentevaluation).
    """

    __slots__ = ("ref", "put", "default")

    def __init__(self, ref, put, default=None):
        self.ref = ref
        self.put = put
        self.default = default

    def __call__(self, env, v):
        self.bound(self.ref(env))(env, v)

    def bound(self, ref):
        put, default = self.put, self.default

        def assign(env, v):
            if v is None and default is not None:
                v = default(env)
            put(ref, v)
        return assign
