"""Facts about a function's syntax tree that the code generator decides by.

Each walks the tree without nested functions (whose code runs in its own
generated function) unless it says otherwise: which names are written or
captured, whether a jump leaves a statement, whether a function is a leaf.
"""
from ..compiler.scope import iter_children, walk_function_body


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


def captured_names(nodes):
    """Every identifier inside a function or class nested in ``nodes``: the
    bindings of those names may be closed over, so they keep their lists.  A
    direct eval in there can name anything."""
    names = set()
    stack = list(nodes)
    while stack:
        n = stack.pop()
        if n.type in NESTED:
            inner = [n]
            while inner:
                m = inner.pop()
                t = m.type
                if t == "Identifier":
                    names.add(m.name)
                elif t == "ThisExpression" or t == "Super":
                    names.add("%this")
                elif t == "CallExpression" and m.callee.type == "Identifier" and m.callee.name == "eval":
                    return Everything()
                inner.extend(iter_children(m))
            continue
        stack.extend(iter_children(n))
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


def written_names(node):
    """Names that code (not counting nested functions) may assign or declare."""
    names = set()

    def targets(p):
        if p is None:
            return
        t = p.type
        if t == "Identifier":
            names.add(p.name)
        elif t in ("ObjectPattern", "ArrayPattern", "AssignmentPattern", "RestElement", "Property"):
            for ch in iter_children(p):
                targets(ch)

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
    (ExpressionGenerator.int_key): ``i`` in ``a[i]``, ``a[i + 1]``, ``a[k - i]``."""
    if key.type == "Identifier":
        return (key.name,)
    if key.type == "BinaryExpression" and key.operator in ("+", "-"):
        return tuple(n.name for n in (key.left, key.right) if n.type == "Identifier")
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


def indexes_with(node, name):
    """Does code (not counting nested functions) use ``name`` in a computed key
    that an int twin of it would serve (see key_names)?"""
    stack = [node]
    while stack:
        n = stack.pop()
        t = n.type
        if t in NESTED:
            continue
        if t == "MemberExpression" and n.computed and name in key_names(n.property):
            return True
        stack.extend(iter_children(n))
    return False
