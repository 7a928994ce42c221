"""Facts about a function's syntax tree that the code generator decides by.

Each walks the tree without nested functions (whose code runs in its own
generated function) unless it says otherwise: which names are written or
captured, whether a jump leaves a statement, whether a function is a leaf.
"""
from ..compiler.scope import bound_names, iter_children, lexical_declarations, var_declared_names, walk_function_body


def returns_through_cleanup(node):
    """Does the function ``node`` return from inside the block or handler of a try
    statement with a ``finally``, or from a ``for-of`` body (whose iterator the
    return closes), so that code runs between its return and its end?"""

    def visit(n, inside):
        t = n.type
        if t == "ReturnStatement":
            return inside
        if t in NESTED:
            return False
        if t == "TryStatement" and n.finalizer is not None:
            return any(visit(ch, True) for ch in (n.block, n.handler) if ch is not None) or \
                visit(n.finalizer, inside)
        if t == "ForOfStatement":
            return any(visit(ch, inside) for ch in (n.left, n.right)) or visit(n.body, True)
        return any(visit(ch, inside) for ch in iter_children(n))
    return visit(node.body, False)


class Everything:
    """The captured names when a nested function calls eval: any name at all."""

    def __contains__(self, name):
        return True

    def add(self, name):
        pass


class _DirectEval(Exception):
    """A nested function calls eval directly: it can name anything."""


def captured_names(nodes):
    """The names a function or class nested in ``nodes`` may resolve outside
    itself: the bindings of those names may be closed over, so they keep their
    lists.  A superset (see _free_names); everything when a direct eval is in
    there."""
    names = set()
    try:
        stack = list(nodes)
        while stack:
            n = stack.pop()
            if n.type in NESTED:
                _free_names(n, names, _NOTHING)
            else:
                stack.extend(iter_children(n))
    except _DirectEval:
        return Everything()
    return names


def referenced_names(node):
    """The names code in ``node`` may resolve outside it (see _free_names);
    everything when it holds a direct eval."""
    names = set()
    try:
        _free_names(node, names, _NOTHING)
    except _DirectEval:
        return Everything()
    return names


_NOTHING = frozenset()
_FUNCTIONS = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"))
_KEYED = frozenset(("Property", "MethodDefinition", "PropertyDefinition"))
_FOR = frozenset(("ForStatement", "ForInStatement", "ForOfStatement"))


def _free_names(node, names, bound):
    """Add to ``names`` the identifiers under ``node`` that may refer to bindings
    outside the function being scanned, given the names ``bound`` by it around
    ``node``.  Scope is followed as ECMA-262 §9.1 sets it up, conservatively:
    block, loop, switch and catch declarations bind within their statement; a
    nested function contributes its own free names; a non-computed property
    name, key or label is no reference; ``this`` and ``super`` count as
    ``%this``; a class's own name inside it still counts as its outer one."""
    stack = [(node, bound)]
    while stack:
        n, bound = stack.pop()
        t = n.type
        if t == "Identifier":
            if n.name not in bound:
                names.add(n.name)
            continue
        if t in _FUNCTIONS:
            names.update(_function_free_names(n) - bound)
            if n.__dict__.get("annexb_var", False):     # (getattr would load a LazyFunction)
                names.add(n.id.name)    # Annex B.3.3 also assigns the function's var of its name
            continue
        if t == "ThisExpression" or t == "Super":
            if "%this" not in bound:
                names.add("%this")
            continue
        if t == "MemberExpression":
            stack.append((n.object, bound))
            if n.computed:
                stack.append((n.property, bound))
            continue
        if t in _KEYED:
            if n.computed:
                stack.append((n.key, bound))
            if n.value is not None:
                stack.append((n.value, bound))
            continue
        if t == "LabeledStatement":
            stack.append((n.body, bound))
            continue
        if t == "BreakStatement" or t == "ContinueStatement" or t == "MetaProperty":
            continue
        if t == "CallExpression" and n.callee.type == "Identifier" and n.callee.name == "eval":
            raise _DirectEval
        if t == "BlockStatement" or t == "StaticBlock":
            bound = _with_lexicals(bound, n.body)
        elif t == "SwitchStatement":
            bound = _with_lexicals(bound, [s for case in n.cases for s in case.consequent])
        elif t in _FOR:
            head = n.init if t == "ForStatement" else n.left
            if head is not None and head.type == "VariableDeclaration" and head.kind != "var":
                bound = bound | {name for d in head.declarations for name in bound_names(d.id, [])}
        elif t == "CatchClause" and n.param is not None:
            bound = bound | set(bound_names(n.param, []))
        stack.extend((ch, bound) for ch in iter_children(n))


def _with_lexicals(bound, stmts):
    names = {name for name, _, _ in lexical_declarations(stmts, False)}
    return bound | names if names else bound


def _function_free_names(fn):
    """The free names of one function (ECMA-262 §10.2.11 FunctionDeclarationInstantiation):
    its parameters, the var-declared and top-level lexically declared names of its
    body, ``arguments`` and ``this`` of a non-arrow function, and a function
    expression's own name are its own.  The parameters' expressions cannot see the
    body's declarations (a separate environment when they have expressions), so
    they are checked against the parameters' own names only."""
    own = {name for p in fn.params for name in bound_names(p, [])}
    if fn.type != "ArrowFunctionExpression":
        own.add("%this")
        own.add("arguments")
        if fn.type == "FunctionExpression" and fn.id is not None:
            own.add(fn.id.name)
    names = set()
    params = frozenset(own)
    for p in fn.params:
        _free_names(p, names, params)
    body = fn.body
    if body.type == "BlockStatement":
        own.update(var_declared_names(body.body, []))
        own.update(name for name, _, _ in lexical_declarations(body.body, False))
    _free_names(body, names, frozenset(own))
    return names


LOOPS = frozenset(("WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement",
                    "ForOfStatement"))

NESTED = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
                     "ClassDeclaration", "ClassExpression"))


# What an int twin holds (negated) when its variable is no integer that is an index:
# so far below zero that adding a twin or a small integer leaves it below zero.
NOT_AN_INDEX = 2 ** 60


def is_small_int(node):
    """An integral Number literal of safe magnitude."""
    return is_number(node) and float(node.value).is_integer() and abs(node.value) < 2 ** 31


def is_number(node):
    return node.type == "Literal" and type(node.value) in (int, float) and \
        getattr(node, "bigint", None) is None and getattr(node, "regex", None) is None


def identifier_counts(node):
    """``{name: count}`` of the Identifier nodes in ``node``, nested functions and
    classes aside (property names count too: a superset is safe where this is used)."""
    counts = {}
    stack = [node]
    while stack:
        n = stack.pop()
        t = n.type
        if t == "Identifier":
            counts[n.name] = counts.get(n.name, 0) + 1
        elif t not in NESTED:
            stack.extend(iter_children(n))
    return counts


def pattern_names(p, names=None):
    """The set ``names`` (a new one by default) with the names the target ``p`` (an
    Identifier or a destructuring pattern) assigns added."""
    names = set() if names is None else names
    if p is None:
        return names
    t = p.type
    if t == "Identifier":
        names.add(p.name)
    elif t in ("ObjectPattern", "ArrayPattern", "AssignmentPattern", "RestElement", "Property"):
        for ch in iter_children(p):
            pattern_names(ch, names)
    return names


def written_names(node):
    """Names that code (not counting nested functions) may assign or declare."""
    names = set()

    def targets(p):
        pattern_names(p, names)

    stack = [node]
    while stack:
        n = stack.pop()
        t = n.type
        if t in NESTED:
            if getattr(n, "id", None) is not None:
                names.add(n.id.name)
            continue
        if t == "AssignmentExpression":
            targets(n.left)
        elif t == "UpdateExpression":
            targets(n.argument)
        elif t == "VariableDeclarator":
            targets(n.id)
        elif t in ("ForInStatement", "ForOfStatement") and n.left.type != "VariableDeclaration":
            targets(n.left)
        elif t == "CatchClause":
            targets(n.param)
        elif t == "WithStatement":
            names.add("*")
        stack.extend(iter_children(n))
    return names


def escaping_jump(node):
    """Does a break/continue inside ``node`` aim at a statement outside it?"""

    def visit(n, loops, breakables, labels):
        t = n.type
        if t in ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
                 "ClassDeclaration", "ClassExpression"):
            return False
        if t == "BreakStatement":
            if n.label is None:
                return breakables == 0
            return n.label.name not in labels
        if t == "ContinueStatement":
            if n.label is None:
                return loops == 0
            return n.label.name not in labels
        if t == "LabeledStatement":
            labels = labels | {n.label.name}
        elif t in LOOPS:
            loops += 1
            breakables += 1
        elif t == "SwitchStatement":
            breakables += 1
        return any(visit(ch, loops, breakables, labels) for ch in iter_children(n))
    return visit(node, 0, 0, frozenset())


def runs_to_end(loop):
    """Does a loop end only when its test fails, or by an exception?  No break,
    continue to an outer statement, return, yield or await in its body (nested
    functions aside).  Such a loop's iterations can be charged to the step budget
    as it starts (see runtime.counting_loop)."""
    if escaping_jump(loop.body) or contains_return(loop.body):
        return False
    stack = [loop.body]
    while stack:
        n = stack.pop()
        t = n.type
        if t in ("YieldExpression", "AwaitExpression") or t == "ForOfStatement" and n.is_await:
            return False
        if t not in NESTED:
            stack.extend(iter_children(n))
    return True


def contains_return(node):
    from ..compiler.core import _contains_return as contains
    return contains(node)


def continues_to(loop):
    """Could the loop's body continue it (so its update must run at the top)?"""
    stack = [loop.body]
    while stack:
        n = stack.pop()
        t = n.type
        if t in ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
                 "ClassDeclaration", "ClassExpression"):
            continue
        if t == "ContinueStatement":
            return True
        stack.extend(iter_children(n))
    return False


CALLS_OR_LOOPS = frozenset(("CallExpression", "NewExpression", "TaggedTemplateExpression",
                             "ImportExpression", "ForStatement", "WhileStatement",
                             "DoWhileStatement", "ForInStatement", "ForOfStatement"))


def is_leaf(node):
    """Does the function ``node`` neither call nor loop (nested functions aside)?

    Such a function's run is bounded by its size, so its generated [[Call]] counts
    neither a step nor a level of depth: unbounded work or recursion always passes
    through a call or loop that does (a getter or a callback runs by a [[Call]] of
    its own, and ScriptFunction.call, which builtins use, counts a leaf's step).
    Python's recursion limit, far above the JS depth limit, stays the backstop."""
    found = False

    def visit(n):
        nonlocal found
        if n.type in CALLS_OR_LOOPS:
            found = True
        return not found
    for part in node.params + [node.body]:
        walk_function_body(part, visit)
    return not found


def key_names(key):
    """The variables whose int twins an int key for the computed key ``key`` reads
    (ExpressionGenerator.int_key): ``i`` in ``a[i]``, ``a[i + 1]``, ``a[k - i]``,
    ``r`` and ``c`` in ``a[r * 9 + c]``."""
    if key.type == "Identifier":
        return (key.name,)
    if key.type == "BinaryExpression" and key.operator in ("+", "-"):
        return tuple(name for n in (key.left, key.right) for name in _scaled_names(n))
    return _scaled_names(key) if key.type == "BinaryExpression" else ()


def _scaled_names(node):
    """The variable of an operand ``x`` or ``x * n`` (or ``n * x``) of an int key."""
    if node.type == "Identifier":
        return (node.name,)
    if node.type == "BinaryExpression" and node.operator == "*":
        return tuple(n.name for n in (node.left, node.right) if n.type == "Identifier")
    return ()


def key_uses(node):
    """``{name: count}`` of the variables whose int twins computed keys in code (not
    counting nested functions) would read (see key_names); a use inside a loop counts
    twice, since it may run more than once."""
    counts = {}
    stack = [(node, 1)]
    while stack:
        n, weight = stack.pop()
        t = n.type
        if t in NESTED:
            continue
        if t == "MemberExpression" and n.computed:
            for name in key_names(n.property):
                counts[name] = counts.get(name, 0) + weight
        inner = 2 if t in LOOPS else weight
        stack.extend((ch, inner) for ch in iter_children(n))
    return counts


def sum_names(node):
    """The variables of a value that an int key of twins may stand for (see
    ExpressionGenerator.int_key: ``x``, ``x + 1``, ``i - j``, ``r * 9 + c``), else ()."""
    def operand(n):
        if n.type == "Identifier":
            return (n.name,)
        if is_number(n):
            return ()
        if n.type == "BinaryExpression" and n.operator == "*":
            for x, k in ((n.left, n.right), (n.right, n.left)):
                if x.type == "Identifier" and is_number(k):
                    return (x.name,)
        return None
    sum = node.type == "BinaryExpression" and node.operator in ("+", "-")
    names = [operand(n) for n in ((node.left, node.right) if sum else (node,))]
    return () if None in names else tuple(x for n in names for x in n)


def value_uses(node, name, targets, looped=False):
    """How many values assigned in code (not counting nested functions) to the
    variables named in ``targets`` an int twin of ``name`` would give their twins
    (``m = l``, ``const r = l + 1``: see ExpressionGenerator.assigned_twin); a use
    inside a loop counts twice (``looped``: only those count)."""
    count = 0
    stack = [(node, 1)]
    while stack:
        n, weight = stack.pop()
        t = n.type
        if t in NESTED:
            continue
        value = n.init if t == "VariableDeclarator" and n.id.type == "Identifier" and n.id.name in targets else \
            n.right if t == "AssignmentExpression" and n.operator == "=" and n.left.type == "Identifier" and \
            n.left.name in targets else None
        if value is not None and name in sum_names(value) and (weight > 1 or not looped):
            count += weight
        inner = 2 if t in LOOPS else weight
        stack.extend((ch, inner) for ch in iter_children(n))
    return count


BITWISE = frozenset(("&", "|", "^", "<<", ">>", ">>>"))


def is_int_tree_root(node):
    """Is ``node`` a bitwise operator, the root of an int tree?"""
    t = node.type
    return t == "BinaryExpression" and node.operator in BITWISE or \
        t == "UnaryExpression" and node.operator == "~"


def indexes_with(node, name):
    """Does code (not counting nested functions) use ``name`` where an int twin of
    it would serve: in a computed key (see key_names), or in an int tree (int_tree),
    whose leaves read a twin as it is?"""
    stack = [node]
    while stack:
        n = stack.pop()
        t = n.type
        if t in NESTED:
            continue
        if t == "MemberExpression" and n.computed and name in key_names(n.property):
            return True
        if is_int_tree_root(n) and name in identifier_counts(n):
            return True
        stack.extend(iter_children(n))
    return False


# String.prototype methods no Array, TypedArray or plain object has: a receiver of
# one of them is a String where the code is used as written
STRING_METHODS = frozenset((
    "charAt", "charCodeAt", "codePointAt", "substring", "substr", "toLowerCase", "toUpperCase",
    "trim", "trimStart", "trimEnd", "startsWith", "endsWith", "padStart", "padEnd",
    "localeCompare", "normalize", "split", "replace", "replaceAll", "match", "matchAll", "search",
    "repeat"))


def receiver_key(node):
    """The key under which :func:`string_receivers` knows the receiver ``node``: a
    name, or ``this.name``; None for any other expression."""
    if node.type == "Identifier":
        return node.name
    if node.type == "MemberExpression" and not node.computed and node.object.type == "ThisExpression" \
            and node.property.type == "Identifier":
        return "this." + node.property.name
    return None


def _value_of(node):
    """The expression whose value ``node`` has, past parentheses and assignments."""
    while True:
        if node.type == "ParenthesizedExpression":
            node = node.expression
        elif node.type == "AssignmentExpression" and node.operator == "=":
            node = node.right
        else:
            return node


def _is_string_literal(node):
    return node.type == "Literal" and type(node.value) is str


def string_receivers(nodes):
    """The receivers (see :func:`receiver_key`) that the function body ``nodes`` use as
    Strings: that call a method only Strings have (``s.charCodeAt(i)``), or whose
    element ``s[k]`` is compared with a String literal (or switched on with String
    cases), or is stored in a variable compared with one (``var c = s[i];
    if (c === "{")``); and the names given a String or template literal (``let
    line = ""``, ``x += "="``).  A hint only: the code generator tests for a String
    first where one is likely, and every other type still takes its own path."""
    keys = set()
    compared = set()        # names compared with a String literal
    elements = []           # (receiver key, the name an element of it is stored in, or None)

    def element_receiver(n):
        n = _value_of(n)
        if n.type == "MemberExpression" and n.computed:
            return receiver_key(n.object)
        return None

    def stored(name, value):
        value = _value_of(value)
        if _is_string_literal(value) or value.type == "TemplateLiteral":
            keys.add(name)
        key = element_receiver(value)
        if key is not None:
            elements.append((key, name))

    def visit(n):
        t = n.type
        if t == "CallExpression" and n.callee.type == "MemberExpression" and not n.callee.computed \
                and n.callee.property.type == "Identifier" and n.callee.property.name in STRING_METHODS:
            key = receiver_key(n.callee.object)
            if key is not None:
                keys.add(key)
        elif t == "BinaryExpression" and n.operator in ("===", "!==", "==", "!="):
            for a, b in ((n.left, n.right), (n.right, n.left)):
                if _is_string_literal(b):
                    key = element_receiver(a)
                    if key is not None:
                        keys.add(key)
                    if a.type == "Identifier":
                        compared.add(a.name)
        elif t == "SwitchStatement" and any(c.test is not None and _is_string_literal(c.test) for c in n.cases):
            key = element_receiver(n.discriminant)
            if key is not None:
                keys.add(key)
            if n.discriminant.type == "Identifier":
                compared.add(n.discriminant.name)
        elif t == "VariableDeclarator" and n.id.type == "Identifier" and n.init is not None:
            stored(n.id.name, n.init)
        elif t == "AssignmentExpression" and n.left.type == "Identifier" and (
                n.operator == "=" or n.operator == "+=" and _is_string_literal(_value_of(n.right))):
            stored(n.left.name, n.right)
        return t not in NESTED
    for node in nodes:
        walk_function_body(node, visit)
    keys.update(key for key, name in elements if name in compared)
    return keys


def table_names(nodes):
    """The names the function body ``nodes`` give an object literal (``const counts =
    {}``, ``o = {}``): likely plain objects used as tables, whose ``o[k]`` the code
    generator reads testing first for a String key of a plain object.  A hint only,
    as string_receivers'."""
    names = set()

    def visit(n):
        t = n.type
        if t == "VariableDeclarator" and n.id.type == "Identifier" and n.init is not None and \
                _value_of(n.init).type == "ObjectExpression":
            names.add(n.id.name)
        elif t == "AssignmentExpression" and n.operator == "=" and n.left.type == "Identifier" and \
                _value_of(n.right).type == "ObjectExpression":
            names.add(n.left.name)
        return t not in NESTED
    for node in nodes:
        walk_function_body(node, visit)
    return names
