"""Scope analysis: which names each scope declares, and where each lives.

Every scope that declares bindings becomes, at run time, a Python list: slot 0
holds the parent environment, slots 1.. hold the bindings.  An identifier is
resolved at compile time to (depth, slot), so a read is a couple of list
indexings.  Scopes a ``with`` statement or a sloppy direct ``eval`` can change
at run time are marked dynamic; references crossing them are looked up by name.
"""
from weakref import WeakKeyDictionary

from ...parser.nodes import LazyFunction, Node

from ..values import TDZ  # noqa: F401 - the compiler's name for it

LEXICAL_KINDS = frozenset(("let", "const", "class", "import"))


class Binding:
    """``ready_at``: for a let, const or class binding declared by a statement that runs
    before any code after it in its scope, the source position where that declaration
    ends (see :func:`ready_for`); else None.  ``literal``: see :func:`const_literal`."""
    __slots__ = ("name", "kind", "slot", "ready_at", "literal")

    def __init__(self, name, kind, slot):
        self.name = name
        self.kind = kind
        self.slot = slot
        self.ready_at = None
        self.literal = None


def const_literal(kind, node, name):
    """The Number (a float) that the binding ``name``, declared by the lexical
    declaration ``node`` of ``kind``, holds whenever it is initialized: ``const name =
    12``, or ``= -0.5``, binds that value once and for good, so a read of it that does
    not throw (in the TDZ) gives that Number.  Else None."""
    if kind != "const" or node.type != "VariableDeclaration":
        return None
    for d in node.declarations:
        if d.id.type == "Identifier" and d.id.name == name:
            init, sign = d.init, 1.0
            if init is not None and init.type == "UnaryExpression" and init.operator == "-":
                init, sign = init.argument, -1.0
            if init is not None and init.type == "Literal" and type(init.value) in (int, float) and \
                    getattr(init, "bigint", None) is None:
                try:
                    return sign * float(init.value)
                except OverflowError:
                    return sign * float("inf")
    return None


class Scope:
    """A static scope.  ``kind``: function, block, catch, with, script, module, eval, class."""

    def __init__(self, kind, parent, func=None, strict=False):
        self.kind = kind
        self.parent = parent
        self.bindings = {}
        self.size = 1               # slot 0 is the parent environment
        self.func = func if func is not None else (parent.func if parent else None)
        self.strict = strict
        self.eval_vars = False      # sloppy direct eval may add var bindings here
        self.template = None
        self.created_at = None      # a function scope: see ready_for
        self.literal_consts = None  # a script scope: {name: const_literal} of its global consts

    def declare(self, name, kind):
        b = self.bindings.get(name)
        if b is not None:
            if kind in ("function",) or (kind == "var" and b.kind in ("param", "tdzparam", "var", "function")):
                return b
            if kind in ("param", "tdzparam") and b.kind in ("param", "tdzparam"):
                return b
            b.kind = kind
            return b
        b = Binding(name, kind, self.size)
        self.size += 1
        self.bindings[name] = b
        return b

    def new_temp(self):
        slot = self.size
        self.size += 1
        return slot

    def make_template(self):
        """The initial contents of this scope's runtime list (TDZ for lexicals)."""
        t = [None] * self.size
        for b in self.bindings.values():
            if b.kind in ("let", "const", "class", "tdzparam"):
                t[b.slot] = TDZ
        return t


class FunctionInfo:
    """Facts about a function body gathered before compiling it."""

    def __init__(self, node, strict, is_arrow, kind):
        self.node = node
        self.strict = strict
        self.is_arrow = is_arrow
        self.kind = kind            # normal, generator, async, asyncgen
        self.uses_arguments = False
        self.has_direct_eval = False
        self.uses_this = False
        self.uses_new_target = False


# -- generic tree walking ---------------------------------------------------------

FUNCTION_TYPES = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"))


def ready_for(binding, outer_function):
    """Whether a reference whose path to ``binding`` crosses functions, the outermost
    of them ``outer_function`` (None when it crosses none), always finds the binding
    past its TDZ.  It does when that function's object is created at a source position
    past the end of the binding's declaration: the function lies in the block the
    declaration heads (it resolves the name there), control only moves forward within
    a block (``ready_at`` is None in a switch's case block), and a binding once
    initialized stays so.  Functions made by a declaration are hoisted to their
    block's start, and those in eval code are positioned in another source: neither
    has ``created_at``."""
    if outer_function is None or binding.ready_at is None:
        return False
    created = outer_function.created_at
    return created is not None and created >= binding.ready_at


def iter_children(node):
    if type(node) is LazyFunction:     # a function from the parse cache: read it now
        node.load()
    for k, v in node.__dict__.items():
        tv = type(v)
        if tv is Node:
            if k != "regex" and k != "value" or v.type not in ("RegExp", "TemplateValue"):
                yield v
        elif tv is LazyFunction:
            yield v
        elif tv is list:
            for x in v:
                tx = type(x)
                if tx is Node or tx is LazyFunction:
                    yield x


def walk_function_body(node, visit):
    """Visit nodes of a function body, not descending into nested non-arrow functions.

    Class bodies are entered for computed keys and heritage only... except that
    their methods are functions, which are skipped like any function.
    """
    stack = [node]
    while stack:
        n = stack.pop()
        if visit(n) is False:
            continue
        for c in iter_children(n):
            t = c.type
            if t in ("FunctionDeclaration", "FunctionExpression"):
                continue
            if t in ("MethodDefinition",):
                if c.computed:
                    stack.append(c.key)
                continue
            if t in ("PropertyDefinition",):
                if c.computed:
                    stack.append(c.key)
                continue
            if t == "StaticBlock":
                continue
            if t == "Property" and (c.method or c.kind in ("get", "set")):
                if c.computed:
                    stack.append(c.key)
                continue
            stack.append(c)


def scan_function(info, body_nodes):
    """Find uses of ``arguments``, ``this``, ``new.target``, direct ``eval`` in a function
    body (incl. arrows)."""
    def visit(n):
        t = n.type
        if t == "Identifier":
            if n.name == "arguments":
                info.uses_arguments = True
        elif t == "CallExpression":
            c = n.callee
            if c.type == "Identifier" and c.name == "eval":
                info.has_direct_eval = True
        elif t == "ThisExpression" or t == "Super":
            info.uses_this = True
        elif t == "MetaProperty" and n.meta.name == "new":
            info.uses_new_target = True
        return True
    for b in body_nodes:
        walk_function_body(b, visit)


# contains_suspend's answers (compiling a generator asks again for each level of a
# nested expression); weak, so that the trees asked about are not kept alive
_SUSPEND_CACHE = WeakKeyDictionary()
# a yield or await in a function is the nested function's own; the others have no children
# (answered before the cache, whose lookups cost more than that)
_NO_SUSPEND = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
                         "Identifier", "Literal", "ThisExpression", "Super", "PrivateIdentifier"))


def contains_suspend(node):
    """Does ``node`` contain a ``yield`` or ``await`` of the enclosing function?"""
    if node.type in _NO_SUSPEND:
        return False
    r = _SUSPEND_CACHE.get(node)
    if r is not None:
        return r
    found = False

    def visit(n):
        nonlocal found
        t = n.type
        if t == "YieldExpression" or t == "AwaitExpression":
            found = True
            return False
        if t == "ForOfStatement" and n.is_await:
            found = True
            return False
        if t == "VariableDeclaration" and n.kind in ("await using",):
            found = True
        if t == "ArrowFunctionExpression":
            return False
        return not found
    walk_function_body(node, visit)
    _SUSPEND_CACHE[node] = found
    return found


# -- declarations (§8.2 static semantics) -----------------------------------------


def bound_names(pattern, out):
    """https://tc39.es/ecma262/#sec-static-semantics-boundnames"""
    t = pattern.type
    if t == "Identifier":
        out.append(pattern.name)
    elif t == "ObjectPattern":
        for p in pattern.properties:
            if p.type == "RestElement":
                bound_names(p.argument, out)
            else:
                bound_names(p.value, out)
    elif t == "ArrayPattern":
        for e in pattern.elements:
            if e is not None:
                bound_names(e, out)
    elif t == "AssignmentPattern":
        bound_names(pattern.left, out)
    elif t == "RestElement":
        bound_names(pattern.argument, out)
    return out


def contains_expression(pattern):
    """https://tc39.es/ecma262/#sec-static-semantics-containsexpression: does binding
    the parameter ``pattern`` evaluate an expression (an initializer, a computed key)?"""
    t = pattern.type
    if t == "AssignmentPattern":
        return True
    if t == "ObjectPattern":
        return any(contains_expression(p.argument) if p.type == "RestElement" else
                   p.computed or contains_expression(p.value) for p in pattern.properties)
    if t == "ArrayPattern":
        return any(e is not None and contains_expression(e) for e in pattern.elements)
    if t == "RestElement":
        return contains_expression(pattern.argument)
    return False


_CLOSURES = frozenset(("FunctionExpression", "ArrowFunctionExpression", "FunctionDeclaration",
                       "ClassExpression", "ClassDeclaration"))


def params_share_body_env(params, declared):
    """Would one environment for the parameters and the body's declarations behave as
    the separate ones FunctionDeclarationInstantiation makes when the parameters have
    expressions?  Yes when no parameter expression creates a closure (which could
    read or write a parameter binding once a body var of the same name was copied
    from it), calls ``eval`` (which could declare a var there), or names anything in
    ``declared``, the names the body declares (which it would find in the body's
    bindings, not in the outer scope; property keys count too, conservatively)."""
    stack = list(params)
    while stack:
        n = stack.pop()
        t = n.type
        if t in _CLOSURES or t == "Identifier" and n.name in declared or \
                t == "CallExpression" and n.callee.type == "Identifier" and n.callee.name == "eval":
            return False
        stack.extend(iter_children(n))
    return True


def var_declared_names(stmts, out, funcs_at_top=None, annexb=None, strict=False):
    """VarDeclaredNames of a statement list, not entering nested functions.

    ``funcs_at_top`` collects top-level function declarations (hoisted with
    their value); ``annexb`` collects sloppy-mode block function declarations
    (Annex B.3.3) as candidate var bindings: those whose replacement by a
    ``var`` would not clash with a lexical declaration of an enclosing block,
    loop head, switch or catch pattern (B.3.2.1 step 2.a: such functions stay
    block-scoped only).  Clashes at the top level are the caller's to check.
    """
    for s in stmts:
        _var_names(s, out, funcs_at_top, annexb, strict, True, _NONE)
    return out


_NONE = frozenset()


def _block_lexicals(stmts, blocked):
    names = {n for n, _, _ in lexical_declarations(stmts, False)}
    return blocked | names if names else blocked


def _var_names(s, out, funcs_at_top, annexb, strict, top, blocked):
    t = s.type
    if t == "VariableDeclaration":
        if s.kind == "var":
            for d in s.declarations:
                bound_names(d.id, out)
    elif t == "FunctionDeclaration":
        if top:
            if funcs_at_top is not None:
                funcs_at_top.append(s)
        elif (annexb is not None and not strict and not s.generator and not s.is_async
              and s.id.name not in blocked):
            annexb.append(s)
    elif t == "IfStatement":
        _var_names_sub(s.consequent, out, funcs_at_top, annexb, strict, blocked)
        if s.alternate is not None:
            _var_names_sub(s.alternate, out, funcs_at_top, annexb, strict, blocked)
    elif t in ("ForStatement", "ForInStatement", "ForOfStatement"):
        head = s.init if t == "ForStatement" else s.left
        if head is not None and head.type == "VariableDeclaration":
            if head.kind == "var":
                _var_names(head, out, funcs_at_top, annexb, strict, False, blocked)
            else:
                blocked = blocked | set(n for d in head.declarations for n in bound_names(d.id, []))
        _var_names_sub(s.body, out, funcs_at_top, annexb, strict, blocked)
    elif t in ("WhileStatement", "DoWhileStatement", "WithStatement"):
        _var_names_sub(s.body, out, funcs_at_top, annexb, strict, blocked)
    elif t == "LabeledStatement":
        if s.body.type == "FunctionDeclaration":
            _var_names(s.body, out, funcs_at_top, annexb, strict, top, blocked)
        else:
            _var_names_sub(s.body, out, funcs_at_top, annexb, strict, blocked)
    elif t == "BlockStatement" or t == "StaticBlock":
        inner = _block_lexicals(s.body, blocked)
        for x in s.body:
            _var_names(x, out, funcs_at_top, annexb, strict, False,
                       _own_name_free(x, inner, blocked))
    elif t == "TryStatement":
        _var_names(s.block, out, funcs_at_top, annexb, strict, False, blocked)
        h = s.handler
        if h is not None:
            # B.3.4: a var may share a simple catch parameter's name, not a pattern's
            caught = blocked
            if h.param is not None and h.param.type != "Identifier":
                caught = blocked | set(bound_names(h.param, []))
            _var_names(h.body, out, funcs_at_top, annexb, strict, False, caught)
        if s.finalizer is not None:
            _var_names(s.finalizer, out, funcs_at_top, annexb, strict, False, blocked)
    elif t == "SwitchStatement":
        body = [x for c in s.cases for x in c.consequent]
        inner = _block_lexicals(body, blocked)
        for x in body:
            _var_names(x, out, funcs_at_top, annexb, strict, False, _own_name_free(x, inner, blocked))
    elif t == "ExportNamedDeclaration":
        if s.declaration is not None:
            _var_names(s.declaration, out, funcs_at_top, annexb, strict, top, blocked)
    elif t == "ExportDefaultDeclaration":
        d = s.declaration
        if d.type == "FunctionDeclaration" and funcs_at_top is not None:
            funcs_at_top.append(d)      # an anonymous one binds *default* (see compile_module)


def _own_name_free(stmt, inner, outer):
    """The names blocked for a statement directly in a block: the block's lexical
    names, except a function declaration's own name (any other declaration of it in
    the same block is already an early error) unless an enclosing scope blocks it."""
    f = stmt
    while f.type == "LabeledStatement":
        f = f.body
    if f.type == "FunctionDeclaration" and f.id is not None and f.id.name not in outer:
        return inner - {f.id.name}
    return inner


def _var_names_sub(s, out, funcs_at_top, annexb, strict, blocked):
    if s.type == "FunctionDeclaration":
        # if (x) function f(){}  (Annex B.3.4): treated as if in a block
        if annexb is not None and not strict and s.id.name not in blocked:
            annexb.append(s)
        return
    _var_names(s, out, funcs_at_top, annexb, strict, False, blocked)


def lexical_declarations(stmts, top_level_functions_are_var):
    """(name, kind, node) for the lexically scoped declarations of a statement list."""
    out = []
    for s in stmts:
        t = s.type
        if t == "ExportNamedDeclaration" and s.declaration is not None:
            s = s.declaration
            t = s.type
        elif t == "ExportDefaultDeclaration":
            d = s.declaration
            if d.type in ("ClassDeclaration",):
                out.append((d.id.name if d.id else "*default*", "class", d))
            elif d.type == "FunctionDeclaration":
                if d.id is None:
                    out.append(("*default*", "function", d))
            else:
                out.append(("*default*", "const", s))
            continue
        if t == "VariableDeclaration" and s.kind != "var":
            kind = "const" if s.kind == "const" else "let"
            for d in s.declarations:
                for n in bound_names(d.id, []):
                    out.append((n, kind, s))
        elif t == "ClassDeclaration":
            out.append((s.id.name, "class", s))
        elif t == "FunctionDeclaration" and not top_level_functions_are_var:
            out.append((s.id.name, "function", s))
        elif t == "LabeledStatement":
            inner = s
            while inner.type == "LabeledStatement":
                inner = inner.body
            if inner.type == "FunctionDeclaration" and not top_level_functions_are_var:
                out.append((inner.id.name, "function", inner))
    return out


def function_body_strict(fn):
    """Does the function node ``fn`` have a block body that starts with a "use strict"
    directive?  (Without loading a function the parse cache has not unpickled yet.)"""
    if type(fn) is LazyFunction and fn.blob is not None:
        return fn.body_strict
    body = fn.body
    return body.type == "BlockStatement" and is_strict_body(body.body)


def function_arg_count(fn):
    """ExpectedArgumentCount of the function node ``fn``'s parameters (without loading
    a function the parse cache has not unpickled yet)."""
    if type(fn) is LazyFunction and fn.blob is not None:
        return fn.arg_count
    return expected_argument_count(fn.params)


def expected_argument_count(params):
    """https://tc39.es/ecma262/#sec-static-semantics-expectedargumentcount"""
    n = 0
    for p in params:
        if p.type in ("AssignmentPattern", "RestElement"):
            break
        n += 1
    return n


def is_strict_body(stmts):
    for s in stmts:
        if s.type != "ExpressionStatement" or getattr(s, "directive", None) is None:
            return False
        if s.directive == "use strict":
            return True
    return False
