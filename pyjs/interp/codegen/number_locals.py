"""Which reads of a function's own variables always give a Number (or a Boolean).

A binding is *Number-typed* when every value ever stored in it is a Number; a
read of it that is definitely assigned then gives a Number.  The generator
spells arithmetic, comparisons and updates on such reads as plain Python
float operations, with no ``type(x) is float`` guard and no helper fallback.
*Boolean-typed* bindings are found the same way (their ToBoolean is the value
itself), and a definitely assigned read of a ``let`` or ``const`` needs no TDZ
test.

Candidates are ``var``, ``let`` and ``const`` bindings of the function body
that only its own code can reach: no nested function or class names them
(``captured_names``), the body has no direct ``eval`` and no ``with``, the name
is declared nowhere else in the function by another kind of declaration (a
parameter, a catch parameter, a function or class declaration: each is another
binding the analysis does not follow, or writes this one behind its back, as
Annex B's block functions do), and it is not ``arguments``.  A name declared
only by ``var`` is one binding; a name declared only by ``let`` and ``const``
(``for (let i ...)`` in two loops) is one binding per declaration, and a read
resolves to the innermost one whose block encloses it.  Only parameters are
aliased by a mapped arguments object (§10.4.4.7), and those are never
candidates.

Two facts are combined:

- Definite assignment, as Java's structured rules decide it: a read of a
  candidate has a fact only when an assignment precedes it on every path
  through the body (a sequence accumulates; ``if``, ``?:`` keep what both
  branches assign; a loop's body and update start from its state before the
  first test; ``&&``, ``||``, ``??`` and optional chains keep only their first
  operand's; ``try``, ``switch`` and labelled statements start each part from
  the state before them; a ``let`` is unassigned again at each entry of its
  block).  Code after a ``return``, ``throw``, ``break`` or ``continue`` is
  unreachable (state None).
  A read that may find the binding unassigned (undefined, or in its TDZ) gets
  no fact, nor does any value computed from it.
- The type of each write, decided as a greatest fixpoint: all candidates are
  assumed Number-typed, and any with a write that is not a Number under that
  assumption is dropped, until none changes.  The value types follow the
  operators' definitions (see :func:`is_number_expr`, :func:`is_boolean_expr`);
  a write of any other form (destructuring, a for-in/of head, a logical
  assignment) drops the binding.  ``let x;`` stores undefined but assigns
  nothing: reads before a later assignment are not definitely assigned, so they
  have no fact whatever the binding's type.

A Number-typed binding is also *Int32-typed* when every value written to it is
an Int32 (an integer literal in its range, a bitwise operator other than ``>>>``
on Numbers, an Int32-typed read, a sum of such whose interval stays in range,
see :func:`int_interval`...), or *Wide-typed* when each is an Int32 or a Uint32
(``>>>``, a literal up to 2**32-1): a greatest fixpoint again, from Int32 down
to Wide down to none.  The fused int trees (int_tree.py) take such a
read as an integer of its interval without a test.

A name whose every binding is Int32- or Wide-typed, with no read that may find
it unassigned (so no read ever sees undefined or the TDZ), is an *int local*
(``int_locals``): the generator may hold its value as a Python int, converting
it to a float only where JS code reads it as a value (see
ExpressionGenerator.own_scope).  Keyed by name: the generator resolves its own
bindings, and a name counts only when the walk saw every declaration of it.

Only reads in generated functions are classified; parameters are unknown.  Of
the names declared outside the function, those that resolve to a ``const`` with a
Number literal initializer (``literal``: see scope.const_literal) are known: a
read of one that gives a value gives that Number, so it is Number-typed, and an
integer one has that exact interval (its TDZ test stays: it is not assigned).
"""
from math import copysign

from ..compiler.scope import iter_children, lexical_declarations
from .tree_facts import NESTED, captured_names, identifier_counts, is_number

# §13.15.3 ApplyStringOrNumericBinaryOperator: for these operators both operands go
# through ToNumeric, and a Number and a BigInt throw a TypeError (step 5), so the
# result is a Number as soon as one operand is.  ``+`` (step 1) may concatenate.
_EITHER = frozenset(("-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>"))
# §13.15.3: these give Int32 values (Number::bitwiseAND..., Number::leftShift,
# Number::signedRightShift) when they give Numbers; ``>>>`` gives a Uint32
_INT32_OPERATORS = frozenset(("&", "|", "^", "<<", ">>"))
INT32 = (-2 ** 31, 2 ** 31 - 1)
WIDE = (-2 ** 31, 2 ** 32 - 1)          # an Int32 or a Uint32
_SAFE = 2 ** 53


def is_number_expr(node, known):
    """Is the value of the expression ``node`` always a Number, when the Identifier
    reads for which ``known(identifier)`` is true hold Numbers?

    - a Number literal;
    - unary ``+`` (§13.5.4: ToNumber, which throws for a BigInt or Symbol);
      unary ``-`` and ``~`` of a Number (§13.5.5, §13.5.6: Number::unaryMinus,
      Number::bitwiseNOT);
    - ``- * / % ** & | ^ << >>`` with one Number operand (§13.15.3 step 5);
      ``+`` of a Number and a Number or BigInt (:func:`_is_numeric_expr`); ``>>>``
      always (BigInt::unsignedRightShift throws);
    - ``x++``, ``--x``... of a Number ``x`` (§13.4.2-5: the value is ToNumeric of the
      old value, or its successor);
    - ``a = b`` when ``b`` is; ``a op= b`` as ``a op b``;
    - ``c ? a : b``, ``a && b``, ``a || b``, ``a ?? b`` when ``a`` and ``b`` both are;
      ``(a, b)`` when ``b`` is."""
    t = node.type
    if t == "Literal":
        return is_number(node)
    if t == "Identifier":
        return known(node)
    operands = _value_operands(node)
    if operands is not None:
        return all(is_number_expr(n, known) for n in operands)
    if t == "UnaryExpression":
        op = node.operator
        return op == "+" or op in ("-", "~") and is_number_expr(node.argument, known)
    if t == "BinaryExpression":
        return _binary_is_number(node.operator, node.left, node.right, known)
    if t == "UpdateExpression":
        return node.argument.type == "Identifier" and known(node.argument)
    if t == "AssignmentExpression":
        return _binary_is_number(node.operator[:-1], node.left, node.right, known)
    return False


def _value_operands(node):
    """The operands of ``node`` one of whose values is its value: a parenthesized
    expression's, ``a = b``'s ``b``, ``c ? a : b``'s and ``a && b``'s (``||``, ``??``)
    ``a`` and ``b``, ``(a, b)``'s ``b``.  None for any other expression."""
    t = node.type
    if t == "ParenthesizedExpression":
        return (node.expression,)
    if t == "AssignmentExpression" and node.operator == "=":
        return (node.right,)
    if t == "ConditionalExpression":
        return (node.consequent, node.alternate)
    if t == "LogicalExpression":
        return (node.left, node.right)
    if t == "SequenceExpression":
        return (node.expressions[-1],)
    return None


def _binary_is_number(op, left, right, known):
    if op == ">>>":
        return True
    if op == "+":
        # §13.15.3 steps 1-5: a Number and a Numeric (a Number or a BigInt, no String
        # to concatenate) add as Numbers, or throw for a BigInt
        left_number = _operand_is_number(left, known)
        return left_number and _is_numeric_expr(right, known) or \
            is_number_expr(right, known) and (left_number or _operand_is_numeric(left, known))
    if op in _EITHER:
        return _operand_is_number(left, known) or is_number_expr(right, known)
    return False


def _operand_is_number(node, known):
    """A left operand: a compound assignment's target may be a member (unknown)."""
    return node.type != "MemberExpression" and is_number_expr(node, known)


def _is_numeric_expr(node, known):
    """Is the value of ``node`` always a Number or a BigInt (a primitive that is no
    String)?  A Number (:func:`is_number_expr`), or the value of an operator that
    applies ToNumeric to its operands and computes on Numerics alone: unary ``-``
    and ``~`` (§13.5.5, §13.5.6), ``- * / % ** & | ^ << >>`` (§13.15.3 steps 5-8)
    and their compound assignments, ``x++``, ``--x``... (§13.4.2-5)."""
    t = node.type
    if t == "ParenthesizedExpression":
        return _is_numeric_expr(node.expression, known)
    if t == "UnaryExpression" and node.operator in ("-", "~") or t == "UpdateExpression":
        return True
    if t == "BinaryExpression" and node.operator in _EITHER:
        return True
    if t == "AssignmentExpression" and node.operator[:-1] in _EITHER:
        return True
    return is_number_expr(node, known)


def _operand_is_numeric(node, known):
    """A left operand (see :func:`_operand_is_number`) that :func:`_is_numeric_expr` takes."""
    return node.type != "MemberExpression" and _is_numeric_expr(node, known)


def int_interval(node, known, number):
    """``(lo, hi)``: the value of the expression ``node`` is always an integer
    Number in that interval (never -0), or None when it may not be.
    ``known(identifier)`` gives the interval of a read (or None),
    ``number(expression)`` tells a Number expression (:func:`is_number_expr`; a
    bitwise operator on BigInts gives a BigInt).  Bitwise operators give Int32s
    (a Uint32 for ``>>>``), narrower for ``&`` of a non-negative Int32 and shifts
    by a literal; ``+`` and ``-`` of integers are exact well within 2**53."""
    t = node.type
    if is_number(node):
        return _literal_interval(node.value)
    if t == "UnaryExpression" and node.operator == "-" and is_number(node.argument):
        return _literal_interval(-node.argument.value) if node.argument.value != 0 else None
    if t == "Identifier":
        return known(node)
    operands = _value_operands(node)
    if operands is not None:
        intervals = [int_interval(n, known, number) for n in operands]
        if None in intervals:
            return None
        return min(lo for lo, _ in intervals), max(hi for _, hi in intervals)
    if t == "UnaryExpression":
        return INT32 if node.operator == "~" and number(node) else None
    if t == "BinaryExpression" or t == "AssignmentExpression" and node.operator != "=":
        op = node.operator if t == "BinaryExpression" else node.operator[:-1]
        if op in ("+", "-"):
            a, b = int_interval(node.left, known, number), int_interval(node.right, known, number)
            if a is None or b is None:
                return None
            return _exact((a[0] + b[0], a[1] + b[1]) if op == "+" else (a[0] - b[1], a[1] - b[0]))
        if op != ">>>" and not (op in _INT32_OPERATORS and number(node)):
            return None
        return _bitwise_interval(op, int_interval(node.left, known, number), node.right, known, number)
    return None


def _bitwise_interval(op, left, right, known, number):
    """The interval of ``left op right`` for a bitwise operator giving a Number,
    ``left`` the interval of its left operand (or None), ``right`` the node of its
    right one."""
    count = _literal_interval(right.value) if is_number(right) else None
    c = count[0] & 31 if count is not None else None
    if op == ">>>":
        if left is not None and 0 <= left[0] and left[1] <= INT32[1]:
            return (left[0] >> c, left[1] >> c) if c is not None else (0, left[1])
        return (0, WIDE[1] >> c) if c is not None else (0, WIDE[1])
    if op == ">>":
        a = left if left is not None and INT32[0] <= left[0] and left[1] <= INT32[1] else INT32
        return (a[0] >> c, a[1] >> c) if c is not None else (min(a[0], 0), max(a[1], 0))
    if op == "&":
        his = [i[1] for i in (left, int_interval(right, known, number))
               if i is not None and 0 <= i[0] and i[1] <= INT32[1]]
        return (0, min(his)) if his else INT32
    return INT32


def _literal_interval(value):
    """The interval of a literal's value when it is an integer (an int, or an
    integral float: never -0, which only a unary minus makes), else None."""
    if type(value) is float and not value.is_integer():
        return None
    return _exact((int(value), int(value)))


def _exact(interval):
    """``interval``, when its integers are Numbers exactly (within 2**53), else None."""
    return interval if -_SAFE <= interval[0] and interval[1] <= _SAFE else None


# §13.10 relational and §13.11 equality operators give Booleans
_COMPARISONS = frozenset(("<", ">", "<=", ">=", "==", "!=", "===", "!==", "instanceof", "in"))


def is_boolean_expr(node, known):
    """Is the value of the expression ``node`` always a Boolean, when the Identifier
    reads for which ``known(identifier)`` is true hold Booleans?  ``true``,
    ``false``, ``!a`` and ``delete a`` (§13.5.7, §13.5.1), comparisons and
    equality, and ``=``, ``?:``, ``&&``, ``||``, ``??``, ``,`` as for Numbers
    (:func:`is_number_expr`)."""
    t = node.type
    if t == "Literal":
        return type(node.value) is bool
    if t == "Identifier":
        return known(node)
    operands = _value_operands(node)
    if operands is not None:
        return all(is_boolean_expr(n, known) for n in operands)
    if t == "UnaryExpression":
        return node.operator in ("!", "delete")
    if t == "BinaryExpression":
        return node.operator in _COMPARISONS
    return False


class LocalFacts:
    """The result for one function: which reads of its candidates are definitely
    assigned (so a ``let`` or ``const`` read there is past its TDZ), and which
    expressions of its body always give a Number (``number``) or a Boolean
    (``boolean``), and the interval of the reads of Int32- and Wide-typed
    bindings (``int_read``)."""

    def __init__(self, assigned=frozenset(), numbers=frozenset(), booleans=frozenset(), intervals=None,
                 int_locals=None):
        self.assigned = assigned    # ids of the Identifier nodes reading candidates definitely assigned
        self.numbers = numbers      # those of Number-typed bindings
        self.booleans = booleans    # those of Boolean-typed bindings
        self.intervals = intervals or {}    # those of Int32- or Wide-typed bindings -> INT32 or WIDE
        self.int_locals = int_locals or {}  # name of an int local -> INT32 or WIDE

    def is_assigned(self, node):
        return id(node) in self.assigned

    def number_read(self, node):
        return id(node) in self.numbers

    def boolean_read(self, node):
        return id(node) in self.booleans

    def int_read(self, node):
        """INT32 or WIDE for a read of an Int32- or Wide-typed binding, else None."""
        return self.intervals.get(id(node))

    def number(self, node):
        return bool(self.numbers) and is_number_expr(node, self.number_read)

    def boolean(self, node):
        return bool(self.booleans) and is_boolean_expr(node, self.boolean_read)


NO_FACTS = LocalFacts()


_FUNCTIONS = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"))


def analyze(fn, literal=None):
    """The LocalFacts of the function node ``fn`` (block bodies only); ``literal(name)``
    gives the Number of a name declared outside it that resolves to a literal
    ``const`` (see the module), else None."""
    if fn.type not in _FUNCTIONS:
        return NO_FACTS
    body = fn.body
    if body.type != "BlockStatement" or _has_dynamic_scope(fn):
        return NO_FACTS
    decls = _declarations(fn)
    literals = {} if literal is None else {
        name: v for name in identifier_counts(body) if name not in decls and name != "arguments" and
        (v := literal(name)) is not None}
    candidates = _candidates(fn, decls)
    if not candidates and not literals:
        return NO_FACTS
    walk = _Walk(candidates, literals)
    walk.block(body.body, frozenset())
    if not walk.reads and not walk.initialized and not walk.literal_reads:
        return NO_FACTS
    numbers = _typed_reads(walk, is_number_expr, walk.literal_reads) | frozenset(walk.literal_reads)
    ranges = _int_ranges(walk, numbers)
    intervals = {i: ranges[b] for i, b in walk.reads.items() if b in ranges and i in numbers}
    intervals.update((i, r) for i, v in walk.literal_reads.items() if (r := _literal_read_interval(v)) is not None)
    return LocalFacts(frozenset(walk.reads) | walk.initialized, numbers, _typed_reads(walk, is_boolean_expr),
                      intervals, _int_locals(walk, ranges, {name: len(kinds) for name, kinds in decls.items()}))


def _literal_read_interval(value):
    """The exact interval of a literal const's Number (see analyze), or None: not
    an integer, or -0."""
    return None if value == 0 and copysign(1.0, value) < 0 else _literal_interval(value)


def _typed_reads(walk, is_typed, numbers=()):
    """The reads of the bindings all of whose writes ``is_typed`` accepts, as a
    greatest fixpoint: every candidate is assumed typed, and one with a write that
    is not (given the others, and the reads in ``numbers``, known Numbers) is
    dropped, until none is."""
    typed = set(walk.bindings)

    def known(ident):
        return walk.reads.get(id(ident)) in typed or id(ident) in numbers
    changed = True
    while changed:
        changed = False
        for name, value in walk.writes:
            if name in typed and (value is None or not is_typed(value, known)):
                typed.discard(name)
                changed = True
    return frozenset(i for i, name in walk.reads.items() if name in typed)


def _int_ranges(walk, numbers):
    """{binding: INT32 or WIDE} for the Int32- and Wide-typed bindings, as a
    greatest fixpoint: every Number-typed binding is assumed Int32-typed; one with
    a write that may be a Uint32 becomes Wide-typed, one with a write of any other
    value is dropped, until none changes."""
    ranges = {b: INT32 for b in set(walk.reads[i] for i in numbers if i in walk.reads)}

    def known(ident):
        if id(ident) in walk.literal_reads:
            return _literal_read_interval(walk.literal_reads[id(ident)])
        return ranges.get(walk.reads.get(id(ident))) if id(ident) in numbers else None

    def number(node):
        return is_number_expr(node, lambda ident: id(ident) in numbers)
    changed = True
    while changed:
        changed = False
        for b, value in walk.writes:
            r = ranges.get(b)
            if r is None:
                continue
            new = _within(int_interval(value, known, number) if value is not None else None)
            if new != r and new != INT32:       # INT32 -> WIDE, or dropped
                if new is None:
                    del ranges[b]
                else:
                    ranges[b] = WIDE
                changed = True
    return ranges


def _int_locals(walk, ranges, counts):
    """{name: INT32 or WIDE} for the int locals (see the module): every binding of
    the name that the walk saw is Int32- or Wide-typed and never read where it may
    be unassigned, and it saw them all (one per declaration of a lexical name)."""
    by_name = {}
    for b in walk.bindings:
        by_name.setdefault(b if type(b) is str else b[0], []).append(b)
    out = {}
    for name, bindings in by_name.items():
        if any(b not in ranges or b in walk.unsure for b in bindings):
            continue
        if type(bindings[0]) is not str and len(bindings) != counts.get(name):
            continue
        out[name] = WIDE if any(ranges[b] == WIDE for b in bindings) else INT32
    return out


def _within(interval):
    """INT32 or WIDE, the first that holds ``interval``, or None."""
    if interval is None:
        return None
    lo, hi = interval
    return INT32 if INT32[0] <= lo and hi <= INT32[1] else WIDE if WIDE[0] <= lo and hi <= WIDE[1] else None


def _has_dynamic_scope(fn):
    """A direct eval or a ``with`` in the function (its parameters included): names
    there may resolve to bindings the analysis does not see."""
    stack = list(fn.params) + [fn.body]
    while stack:
        n = stack.pop()
        t = n.type
        if t == "WithStatement" or t == "CallExpression" and n.callee.type == "Identifier" and \
                n.callee.name == "eval":
            return True
        if t not in NESTED:
            stack.extend(iter_children(n))
    return False


def _candidates(fn, decls):
    """``{name: "var" or "lexical"}`` for the names declared in the body only by
    ``var`` (any number of times), or only by ``let`` and ``const``, that no nested
    function or class mentions (``decls``: see _declarations)."""
    captured = captured_names([fn.body])
    out = {}
    for name, kinds in decls.items():
        if name == "arguments" or name in captured:
            continue
        if all(k == "var" for k in kinds):
            out[name] = "var"
        elif all(k == "lexical" for k in kinds):
            out[name] = "lexical"
    return out


def _declarations(fn):
    """{name: the kind of each declaration of it in the function: "var", "lexical"
    or "other"} (nested functions aside)."""
    decls = {}          # name -> list of kinds

    def declare(name, kind):
        decls.setdefault(name, []).append(kind)
    for p in fn.params:
        for name in _identifiers(p):
            declare(name, "other")
    stack = [fn.body]
    while stack:
        n = stack.pop()
        t = n.type
        if t == "VariableDeclaration":
            kind = "var" if n.kind == "var" else "lexical"
            for d in n.declarations:
                for name in _identifiers(d.id):
                    declare(name, kind)
        elif t in ("FunctionDeclaration", "ClassDeclaration"):
            if n.id is not None:
                declare(n.id.name, "other")
        elif t == "CatchClause" and n.param is not None:
            for name in _identifiers(n.param):
                declare(name, "other")
        if t not in NESTED:
            stack.extend(iter_children(n))
    return decls


def _identifiers(node):
    """Every Identifier name under a pattern (targets, and more: keys and defaults'
    names too, which only makes the analysis drop more)."""
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "Identifier":
            out.append(n.name)
        elif n.type not in NESTED:
            stack.extend(iter_children(n))
    return out


def _meet(a, b):
    """The state after two paths join (None: a path that cannot reach here)."""
    if a is None:
        return b
    if b is None:
        return a
    return a & b


_INIT = object()     # (_INIT, binding) in a state: the binding is past its TDZ

_LOOPS = frozenset(("WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement", "ForOfStatement"))
_JUMPS = frozenset(("BreakStatement", "ContinueStatement"))


def _has_jump(node):
    """Does a break or continue occur in ``node`` (nested functions aside)?"""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type in _JUMPS:
            return True
        if n.type not in NESTED:
            stack.extend(iter_children(n))
    return False


class _Walk:
    """One pass over the body: the candidates' reads definitely assigned
    (``reads``: id of the Identifier -> its binding; a read that may see the
    binding unassigned gets no fact, and neither does a value computed from it),
    the reads past the TDZ of a ``let x;`` not assigned since (``initialized``:
    ids), and every write (``writes``: (binding, the expression whose value it
    stores, or None when unknown)).  A binding is a ``var`` candidate's name, or
    ``(name, id of the declaration)`` for a lexical one.  A state is the frozenset
    of the bindings definitely assigned, and of ``(_INIT, binding)`` for those past
    their TDZ (by an assignment or a ``let x;``), or None where control cannot be.
    ``unsure``: the bindings with a read that may find them unassigned.
    ``frozen`` > 0 inside expressions whose parts may run in another order or not
    at all: their assignments do not count."""

    def __init__(self, candidates, literals):
        self.candidates = candidates        # name -> "var" or "lexical"
        self.literals = literals            # name declared outside -> its literal const's Number
        self.literal_reads = {}             # id of an Identifier reading one -> that Number
        self.bindings = {name for name, kind in candidates.items() if kind == "var"}
        self.in_scope = {}      # lexical candidate name -> the stack of its bindings whose blocks enclose the walk
        self.reads = {}
        self.initialized = set()
        self.unsure = set()
        self.writes = []
        self.frozen = 0

    # -- names -----------------------------------------------------------------------
    def resolve(self, name):
        """The candidate binding ``name`` refers to here, or None."""
        kind = self.candidates.get(name)
        if kind == "var":
            return name
        scopes = self.in_scope.get(name)
        return scopes[-1] if scopes else None

    def read(self, ident, s):
        b = self.resolve(ident.name)
        if b is None:
            v = self.literals.get(ident.name)
            if v is not None:
                self.literal_reads[id(ident)] = v
            return
        if s is None or b in s:
            self.reads[id(ident)] = b
            return
        self.unsure.add(b)
        if (_INIT, b) in s:
            self.initialized.add(id(ident))

    def write(self, name, value, s):
        """A store of ``value`` (an expression, or None when its type is unknown)."""
        b = self.resolve(name)
        if b is None:
            return s
        self.writes.append((b, value))
        if self.frozen or s is None:
            return s
        return s | {b, (_INIT, b)}

    def declare_only(self, name, s):
        """``let x;``: past its TDZ, holding undefined (no write of a typed value)."""
        b = self.resolve(name)
        if b is None or self.frozen or s is None:
            return s
        return s | {(_INIT, b)}

    def kill_all(self, node, s):
        """A destructuring target or a for-in/of head: every name in it is written
        something unknown, and its parts are read as an opaque expression."""
        for name in _identifiers(node):
            self.write(name, None, None)
        return self.opaque(node, s)

    def enter(self, stmts, s):
        """Enter the scope of a statement list's lexical declarations: each is a
        fresh binding, unassigned (in its TDZ), that hides any of its name outside."""
        added = []
        for name, _, decl in lexical_declarations(stmts, False):
            if self.candidates.get(name) == "lexical":
                b = (name, id(decl))
                self.bindings.add(b)
                self.in_scope.setdefault(name, []).append(b)
                added.append(b)
        if s is not None:
            s = s - {x for b in added for x in (b, (_INIT, b))}
        return added, s

    def leave(self, added):
        for name, _ in added:
            self.in_scope[name].pop()

    # -- statements ------------------------------------------------------------------
    def block(self, stmts, s):
        added, s = self.enter(stmts, s)
        for st in stmts:
            s = self.stmt(st, s)
        self.leave(added)
        return s

    def stmt(self, n, s):
        t = n.type
        m = getattr(self, "s_" + t, None)
        if m is not None:
            return m(n, s)
        if t in NESTED or t in ("EmptyStatement", "DebuggerStatement"):
            return s
        return self.opaque(n, s)

    def s_BlockStatement(self, n, s):
        return self.block(n.body, s)

    def s_ExpressionStatement(self, n, s):
        return self.expr(n.expression, s)

    def s_VariableDeclaration(self, n, s):
        for d in n.declarations:
            if d.id.type != "Identifier":
                s = self.expr(d.init, s) if d.init is not None else s
                s = self.kill_all(d.id, s)
            elif d.init is not None:
                s = self.write(d.id.name, d.init, self.expr(d.init, s))
            elif n.kind != "var":
                s = self.declare_only(d.id.name, s)
        return s

    def s_ReturnStatement(self, n, s):
        if n.argument is not None:
            self.expr(n.argument, s)
        return None

    s_ThrowStatement = s_ReturnStatement

    def s_BreakStatement(self, n, s):
        return None

    s_ContinueStatement = s_BreakStatement

    def s_IfStatement(self, n, s):
        s = self.expr(n.test, s)
        then = self.stmt(n.consequent, s)
        return _meet(then, self.stmt(n.alternate, s) if n.alternate is not None else s)

    def s_WhileStatement(self, n, s):
        s = self.expr(n.test, s)
        self.stmt(n.body, s)
        return s

    def s_DoWhileStatement(self, n, s):
        after = self.stmt(n.body, s)
        if _has_jump(n.body):       # a continue reaches the test, a break the end, from s on
            self.expr(n.test, s)
            return s
        return self.expr(n.test, after)

    def s_ForStatement(self, n, s):
        init = n.init
        lexical = init is not None and init.type == "VariableDeclaration" and init.kind != "var"
        added, s = self.enter([init], s) if lexical else (set(), s)
        if init is not None:
            s = self.stmt(init, s) if init.type == "VariableDeclaration" else self.expr(init, s)
        if n.test is not None:
            s = self.expr(n.test, s)
        self.stmt(n.body, s)
        if n.update is not None:
            self.expr(n.update, s)
        self.leave(added)
        return s

    def s_ForInStatement(self, n, s):
        left = n.left
        lexical = left.type == "VariableDeclaration" and left.kind != "var"
        added, s = self.enter([left], s) if lexical else (set(), s)
        s = self.expr(n.right, s)
        self.kill_all(left, s)
        self.stmt(n.body, s)
        self.leave(added)
        return s

    s_ForOfStatement = s_ForInStatement

    def s_SwitchStatement(self, n, s):
        s = self.expr(n.discriminant, s)
        added, s = self.enter([st for case in n.cases for st in case.consequent], s)
        for case in n.cases:        # a case is entered from the discriminant or by falling through
            if case.test is not None:
                self.opaque(case.test, s)
            for st in case.consequent:
                self.stmt(st, s)
        self.leave(added)
        return s

    def s_TryStatement(self, n, s):
        after = self.stmt(n.block, s)
        if n.handler is not None:
            if n.handler.param is not None:     # a pattern's defaults may assign anything
                self.kill_all(n.handler.param, s)
            after = _meet(after, self.stmt(n.handler.body, s))
        if n.finalizer is None:
            return after
        final = self.stmt(n.finalizer, s)
        return None if after is None or final is None else after | final

    def s_LabeledStatement(self, n, s):
        body = n.body
        if body.type in _LOOPS or body.type == "LabeledStatement":
            return self.stmt(body, s)
        self.stmt(body, s)      # a break may leave it from anywhere
        return s

    # -- expressions -----------------------------------------------------------------
    def expr(self, n, s):
        if n is None:
            return s
        m = getattr(self, "x_" + n.type, None)
        if m is not None:
            return m(n, s)
        if n.type in NESTED or n.type in ("Literal", "ThisExpression", "Super", "MetaProperty"):
            return s
        return self.opaque(n, s)

    def opaque(self, n, s):
        """Parts of ``n`` read with the state before it; their stores do not count."""
        self.frozen += 1
        for ch in iter_children(n):
            if ch.type.endswith(("Statement", "Declaration", "Case", "Clause")):
                self.stmt(ch, s)
            else:
                self.expr(ch, s)
        self.frozen -= 1
        return s

    def x_Identifier(self, n, s):
        self.read(n, s)
        return s

    def x_ParenthesizedExpression(self, n, s):
        return self.expr(n.expression, s)

    def x_UnaryExpression(self, n, s):
        return self.expr(n.argument, s)

    x_SpreadElement = x_AwaitExpression = x_YieldExpression = x_UnaryExpression

    def x_BinaryExpression(self, n, s):
        return self.expr(n.right, self.expr(n.left, s))

    def x_LogicalExpression(self, n, s):
        s = self.expr(n.left, s)
        self.expr(n.right, s)
        return s

    def x_ConditionalExpression(self, n, s):
        s = self.expr(n.test, s)
        return _meet(self.expr(n.consequent, s), self.expr(n.alternate, s))

    def x_SequenceExpression(self, n, s):
        for e in n.expressions:
            s = self.expr(e, s)
        return s

    def x_TemplateLiteral(self, n, s):
        for e in n.expressions:
            s = self.expr(e, s)
        return s

    def x_UpdateExpression(self, n, s):
        target = n.argument
        if target.type != "Identifier":
            return self.expr(target, s)
        self.read(target, s)
        return self.write(target.name, n, s)

    def x_AssignmentExpression(self, n, s):
        target, op = n.left, n.operator
        if target.type == "Identifier":
            if op in ("&&=", "||=", "??="):
                self.read(target, s)
                self.expr(n.right, s)
                self.write(target.name, None, s)
                return s
            if op != "=":
                self.read(target, s)
            return self.write(target.name, n.right if op == "=" else n, self.expr(n.right, s))
        if target.type == "MemberExpression":
            s = self.x_MemberExpression(target, s)
            if op in ("&&=", "||=", "??="):
                self.expr(n.right, s)
                return s
            return self.expr(n.right, s)
        return self.kill_all(target, self.expr(n.right, s))

    def x_MemberExpression(self, n, s):
        if getattr(n, "optional", False):
            return self.opaque(n, s)
        s = self.expr(n.object, s)
        return self.expr(n.property, s) if n.computed else s

    def x_CallExpression(self, n, s):
        if getattr(n, "optional", False):
            return self.opaque(n, s)
        s = self.expr(n.callee, s)
        for a in n.arguments:
            s = self.expr(a, s)
        return s

    x_NewExpression = x_CallExpression

    def x_ChainExpression(self, n, s):
        self.frozen += 1
        self.expr(n.expression, s)
        self.frozen -= 1
        return s

    def x_ArrayExpression(self, n, s):
        for e in n.elements:
            if e is not None:
                s = self.expr(e, s)
        return s

    def x_ObjectExpression(self, n, s):
        for p in n.properties:
            if p.type == "SpreadElement":
                s = self.expr(p.argument, s)
                continue
            if p.computed:
                s = self.expr(p.key, s)
            s = self.expr(p.value, s)
        return s
