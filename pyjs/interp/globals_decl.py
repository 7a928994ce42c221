"""GlobalDeclarationInstantiation (https://tc39.es/ecma262/#sec-globaldeclarationinstantiation)."""
from .values import JSError, Prop, Descriptor, CONFIGURABLE, WRITABLE, ENUMERABLE, ACCESSOR
from .compiler.scope import TDZ


def _syntax(name):
    return JSError.make("SyntaxError", f"Identifier '{name}' has already been declared")


def lexical_cell(kind):
    """The cell of a new global lexical binding (the realm's global_lex holds one per
    name): a Prop whose value is the binding's, TDZ until it is initialized, and whose
    flags are WRITABLE for a mutable binding (let, class) and 0 for a const.  A
    binding is never removed, so reads and writes from anywhere (compiler.refs.
    global_getter and global_setter, generated code) may keep its cell for the realm:
    its flags mean what a global var's Prop's do."""
    return Prop(TDZ, 0 if kind == "const" else WRITABLE)


def shadow_global_property(g, name):
    """A global lexical declaration now shadows the global object's property ``name``
    (configurable: a non-configurable one is an error): the property gets a new,
    equal Prop, so that no reference site keeps reading the old one through its
    cache (compiler.refs.global_getter's ``props_cache``).  JS cannot tell."""
    p = g.props.get(name)
    if type(p) is Prop:
        g.props[name] = Prop(p.value, p.flags, p.getter, p.setter)


def global_declaration_instantiation(realm, env, lex_list, var_names, func_codes):
    from .compiler.code import make_function
    g = realm.global_object
    glex = realm.global_lex
    for name, kind in lex_list:
        if name in glex:
            raise _syntax(name)
        p = g.get_own_property(name)
        if p is not None and not p.flags & CONFIGURABLE:
            raise _syntax(name)
    for name in var_names:
        if name in glex:
            raise _syntax(name)
    for name, _ in func_codes:
        if name in glex:
            raise _syntax(name)
        p = g.get_own_property(name)
        if p is None:
            if not g.is_extensible():
                raise JSError.make("TypeError", f"Cannot declare global function '{name}'")
        elif not p.flags & CONFIGURABLE and (p.flags & ACCESSOR or not (p.flags & WRITABLE and p.flags & ENUMERABLE)):
            raise JSError.make("TypeError", f"Cannot redefine global function '{name}'")
    fn_names = {n for n, _ in func_codes}
    for name in var_names:
        if name not in fn_names and g.get_own_property(name) is None and not g.is_extensible():
            raise JSError.make("TypeError", f"Cannot declare global variable '{name}'")
    for name, kind in lex_list:
        glex[name] = lexical_cell(kind)
        shadow_global_property(g, name)
    for name, code in func_codes:
        f = make_function(code, env, realm)
        p = g.get_own_property(name)
        if p is None or p.flags & CONFIGURABLE:
            desc = Descriptor(value=f, writable=True, enumerable=True, configurable=False)
        else:
            desc = Descriptor(value=f)
        if not g.define_own_property(name, desc):
            raise JSError.make("TypeError", f"Cannot redefine global function '{name}'")
        g.set(name, f, g)
    for name in var_names:
        if name in fn_names:
            continue
        if g.get_own_property(name) is None:
            g.define_own_property(name, Descriptor(value=None, writable=True, enumerable=True,
                                                   configurable=False))


def eval_global_declaration_instantiation(realm, var_names, functions):
    """The global-object part of EvalDeclarationInstantiation for sloppy eval code.

    https://tc39.es/ecma262/#sec-evaldeclarationinstantiation (steps 8-17 with a global varEnv):
    bindings created by eval are configurable (deletable).
    """
    g = realm.global_object
    fn_names = [n for n, _ in functions]
    for name in fn_names:
        p = g.get_own_property(name)
        if p is None:
            if not g.is_extensible():
                raise JSError.make("TypeError", f"Cannot declare global function '{name}'")
        elif not p.flags & CONFIGURABLE and (p.flags & ACCESSOR or not (p.flags & WRITABLE and p.flags & ENUMERABLE)):
            raise JSError.make("TypeError", f"Cannot redefine global function '{name}'")
    for name in var_names:
        if name not in fn_names and g.get_own_property(name) is None and not g.is_extensible():
            raise JSError.make("TypeError", f"Cannot declare global variable '{name}'")
    for name, f in functions:
        p = g.get_own_property(name)
        if p is None or p.flags & CONFIGURABLE:
            desc = Descriptor(value=f, writable=True, enumerable=True, configurable=True)
        else:
            desc = Descriptor(value=f)
        if not g.define_own_property(name, desc):
            raise JSError.make("TypeError", f"Cannot redefine global function '{name}'")
        g.set(name, f, g)
    for name in var_names:
        if name in fn_names:
            continue
        if g.get_own_property(name) is None:
            g.define_own_property(name, Descriptor(value=None, writable=True, enumerable=True,
                                                   configurable=True))
