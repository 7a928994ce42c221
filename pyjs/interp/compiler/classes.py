"""Compilation of class definitions (https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation)."""
from ...parser.nodes import Node
from ..agent import state
from ..classes import define_method_property, make_method, set_function_name, initialize_instance_elements
from ..ops import to_property_key, is_constructor
from ..runtime import PrivateName
from ..values import HIDDEN, ACCESSOR, JSObject, Prop, null, type_error
from .code import FunctionCode, make_function
from .refs import local_getter
from .scope import TDZ


def set_function_name_key(f, key):
    set_function_name(f, key)


def _synthetic_method(body, node, is_block=False):
    """A FunctionExpression node wrapping a field initializer or static block."""
    fn = Node("FunctionExpression", id=None, params=[], generator=False, is_async=False,
              expression=not is_block,
              body=Node("BlockStatement", body=body) if is_block else body)
    for attr in ("start", "end", "line", "column"):
        if hasattr(node, attr):
            setattr(fn, attr, getattr(node, attr))
            if is_block:
                setattr(fn.body, attr, getattr(node, attr))
    return fn


class ClassCompiler:

    def compile_class(self, node, name):
        """``f(env) -> constructor`` for a class declaration or expression."""
        class_g = self.compile_class_g(node, name)

        def class_def(env):
            try:
                class_g(env).send(None)
            except StopIteration as done:
                return done.value
            raise AssertionError("class definition suspended outside generator code")
        return class_def

    def compile_class_g(self, node, name):
        """``g(env)``, a Python generator returning the constructor: the heritage and
        computed keys may contain ``yield``/``await`` of the enclosing function."""
        saved_strict = self.strict
        self.strict = True
        try:
            return self._compile_class(node, name)
        finally:
            self.strict = saved_strict

    def _compile_class(self, node, name):
        class_name = node.id.name if node.id is not None else None
        binding_name = name if name is not None else (class_name or "")
        scope = self.push_scope("class")
        try:
            name_slot = scope.declare(class_name, "const").slot if class_name else None
            # private names: one PrivateName per distinct #name, created per evaluation
            private_slots = {}
            for el in node.body.body:
                key = getattr(el, "key", None)
                if key is not None and key.type == "PrivateIdentifier":
                    pname = "#" + key.name
                    kind = "field"
                    if el.type == "MethodDefinition":
                        kind = el.kind if el.kind in ("get", "set") else "method"
                    prev = private_slots.get(pname)
                    if prev is not None:
                        pk = prev[1]
                        if not ({pk, kind} == {"get", "set"} and prev[2] == el.static):
                            raise self.error(f"Identifier '{pname}' has already been declared", el)
                        private_slots[pname] = (prev[0], "accessor", el.static)
                        continue
                    private_slots[pname] = (scope.declare(pname, "private").slot, kind, el.static)
            superclass = self.expr_g_or_plain(node.superClass) if node.superClass is not None else None
            derived = node.superClass is not None
            ctor_node = None
            for el in node.body.body:
                if el.type == "MethodDefinition" and el.kind == "constructor":
                    ctor_node = el
            if ctor_node is not None:
                ctor_code = self.compile_function(ctor_node.value, name=binding_name, is_method=True,
                                                  class_ctor=True, derived=derived)
            else:
                ctor_code = default_constructor_code(binding_name, derived, self.filename, node)
            ctor_code.source_text = self.source[node.start:node.end]     # the whole class
            elements = []
            for el in node.body.body:
                t = el.type
                if t == "MethodDefinition":
                    if el.kind == "constructor":
                        continue
                    key = self._class_key(el)
                    code = self.compile_function(el.value, name=None, is_method=True)
                    code.source_text = self.method_source(el)
                    elements.append(("method", el.static, el.kind, key, code, el.computed,
                                     el.key.type == "PrivateIdentifier"))
                elif t == "PropertyDefinition":
                    key = self._class_key(el)
                    init = None
                    if _is_constant_initializer(el.value):
                        init = ConstantInitializer(self.compile_expr(el.value)(None))
                    elif el.value is not None:
                        fn = _synthetic_method(el.value, el.value)
                        fn.field_initializer = True     # eval in it may not use arguments
                        init = self.compile_function(fn, name="", is_method=True)
                        init.is_constructor = False
                    anon = el.value is not None and el.value.type in (
                        "FunctionExpression", "ArrowFunctionExpression", "ClassExpression") and el.value.id is None
                    elements.append(("field", el.static, None, key, init, el.computed,
                                     el.key.type == "PrivateIdentifier", anon))
                elif t == "StaticBlock":
                    fn = _synthetic_method(el.body, el, is_block=True)
                    code = self.compile_function(fn, name="", is_method=True)
                    code.is_constructor = False
                    elements.append(("block", True, None, None, code, False, False))
        finally:
            self.pop_scope()
        template = scope.make_template()
        if name_slot is not None:
            template[name_slot] = TDZ
        priv = tuple((slot, pname, kind) for pname, (slot, kind, _) in private_slots.items())
        elements = tuple(elements)

        def class_def_g(env):
            realm = state.realm
            e = template.copy()
            e[0] = env
            for slot, pname, kind in priv:
                e[slot] = PrivateName(pname, kind)
            if superclass is None:
                proto_parent = realm.object_prototype
                ctor_parent = realm.function_prototype
            else:
                sup = yield from superclass(e)
                if sup is null:
                    proto_parent = None
                    ctor_parent = realm.function_prototype
                elif not is_constructor(sup):
                    raise type_error("Class extends value " + _describe(sup) + " is not a constructor or null")
                else:
                    pp = sup.get("prototype", sup)
                    if pp is null:
                        proto_parent = None
                    elif isinstance(pp, JSObject):
                        proto_parent = pp
                    else:
                        raise type_error("Class extends value does not have valid prototype property")
                    ctor_parent = sup
            proto = JSObject(proto_parent)
            F = make_function(ctor_code, e, realm, proto=ctor_parent, home_object=proto)
            F.derived = derived
            F.props["prototype"] = Prop(proto, 0)
            proto.props["constructor"] = Prop(F, HIDDEN)
            instance_fields = []
            static_fields = []
            instance_private = []
            static_private = []
            priv_props = {}
            for el in elements:
                kind, static = el[0], el[1]
                target = F if static else proto
                if kind == "method":
                    _, _, mkind, key, code, computed, private = el
                    k = key(e) if private else (to_property_key((yield from key(e))) if computed else key)
                    if private:
                        f = make_method(code, e, target, k, None if mkind == "method" else mkind)
                        lst = static_private if static else instance_private
                        if mkind == "method":
                            lst.append((k, Prop(f, 0)))
                        else:
                            prop = priv_props.get(k)
                            if prop is None:
                                prop = priv_props[k] = Prop(None, ACCESSOR, None, None)
                                lst.append((k, prop))
                            if mkind == "get":
                                prop.getter = f
                            else:
                                prop.setter = f
                    else:
                        define_method_property(target, k, code, e, mkind, enumerable=False)
                elif kind == "field":
                    _, _, _, key, init, computed, private, anon = el
                    k = key(e) if private else (to_property_key((yield from key(e))) if computed else key)
                    fobj = init
                    if init is not None and type(init) is not ConstantInitializer:
                        fobj = make_function(init, e, realm, home_object=target)
                    (static_fields if static else instance_fields).append(("field", k, fobj, anon))
                else:
                    code = el[4]
                    static_fields.append(("block", None, make_function(code, e, realm, home_object=F), False))
            F.fields = [(k, _named_init(f, k, anon)) for _, k, f, anon in instance_fields] or None
            F.private_methods = instance_private or None
            if name_slot is not None:
                e[name_slot] = F
            for k, prop in static_private:
                F.props[k] = prop
            for item in static_fields:
                kind = item[0]
                if kind == "block":
                    item[2].code.invoke(item[2], F, [], None)
                elif kind == "field":
                    _, k, f, anon = item
                    initialize_field(F, k, _named_init(f, k, anon))
            return F
        return class_def_g

    def _class_key(self, el):
        if el.key.type == "PrivateIdentifier":
            pname = "#" + el.key.name
            ref = self.resolve(pname)
            return local_getter(ref.depth, ref.binding.slot, pname, False)
        if el.computed:
            return self.expr_g_or_plain(el.key)
        return self.static_key(el.key)


def _is_constant_initializer(node):
    """Is a field's initializer a literal whose every evaluation gives the same value (any
    but a RegExp literal, which makes a new object each time)?"""
    return node is not None and node.type == "Literal" and getattr(node, "regex", None) is None


class ConstantInitializer:
    """The initializer of a field whose value is a constant literal (``static VERSION =
    "1.0"``, ``count = 0``), in place of the initializer method the spec evaluates it in
    (ClassFieldDefinitionEvaluation): JS can reach neither that method nor anything its
    call does for a literal, so no function object is made and none is compiled or called
    (for each of a bundle's classes while it starts, for each instance after).  It has
    the protocol of a field's initializer function: ``init.code.invoke(init, receiver, [],
    None)`` gives the value."""

    __slots__ = ("value", "code")

    def __init__(self, value):
        self.value = value
        self.code = self

    def invoke(self, _init, _receiver, _args, _new_target):
        return self.value


class _NamedInit:
    """A field initializer whose anonymous function value is named after the field."""

    __slots__ = ("fobj", "key", "code")

    def __init__(self, fobj, key):
        self.fobj = fobj
        self.key = key
        self.code = self

    def invoke(self, _self, this, args, nt):
        f = self.fobj
        v = f.code.invoke(f, this, args, nt)
        set_function_name(v, self.key)
        return v


def _named_init(fobj, key, anon):
    if fobj is None or not anon:
        return fobj
    return _NamedInit(fobj, key)


def initialize_field(obj, key, init):
    from ..values import Descriptor
    from ..ops import define_property_or_throw
    v = None if init is None else init.code.invoke(init, obj, [], None)
    if isinstance(key, PrivateName):
        if key in obj.props:
            raise type_error(f"Cannot initialize {key.description} twice on the same object")
        obj.props[key] = v
    else:
        define_property_or_throw(obj, key, Descriptor(value=v, writable=True, enumerable=True,
                                                      configurable=True))


def _describe(v):
    from ..ops import describe
    return describe(v)


def default_constructor_code(name, derived, filename, node):
    """The default ``constructor(...args) { super(...args) }`` without observable iteration."""
    code = FunctionCode()
    code.name = name
    code.length = 0
    code.strict = True
    code.is_constructor = True
    code.is_class_constructor = True
    code.slow_call = True           # [[Call]] must throw: class constructors need new
    code.is_method = True
    code.derived = derived
    code.filename = filename
    code.line = getattr(node, "line", 0)
    code.template = [None, TDZ if derived else None, None, None, None]

    def setup(env, args, fobj):
        env[4] = args
    code.setup = setup
    if derived:
        def body(env):
            func = env[3]
            parent = func.get_prototype_of()
            if not is_constructor(parent):
                raise type_error("Super constructor is not a constructor")
            result = parent.construct(env[4], env[2])
            env[1] = result
            initialize_instance_elements(result, func)
            return None
    else:
        def body(env):
            return None
    code.body = body
    return code
