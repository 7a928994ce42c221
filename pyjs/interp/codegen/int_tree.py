"""Fused int32 trees: a tree of bitwise operators computed in Python ints.

Each bitwise operator applies ToInt32 (or ToUint32) to its operands and gives
an Int32 (a Uint32 for ``>>>``), so a tree such as ``(c >>> 8) ^ t[(c ^ b) & 0xff]``
would convert between float and int at every node.  Here the tree's leaves
(any other expression: a variable, an element read, a call...) are evaluated
in order, each tested once to be a Number in a range where ``int()`` (a
truncation) gives its ToInt32 up to a wrap of the low 32 bits; the whole tree
then runs on Python ints and its value becomes a float once, at the root.

The int computed for each node is the JS value of its subexpression exactly
(an Int32, a Uint32, or the integer of ``+ - *``), except that a leaf feeding a
bitwise operator may be its truncation, which has the same ToInt32.  Each
node's interval of possible ints is known at compile time, so a node wraps to
int32 (``(v + 2**31 & 2**32-1) - 2**31``: the signed value of its low 32 bits)
or masks to uint32 only when its interval needs it.  ``+ - *`` join a tree
when their operands are exact integers (their leaves are tested integral) and
every result is within 2**53 in magnitude: then double arithmetic is exact and
agrees with int arithmetic (a -0 only ever becomes ToInt32's 0).

``Math.imul(a, b)`` joins a tree as an operator (the int of a product, whose low
32 bits are those of the operands' ToUint32 product) when its callee is
%Math.imul%: a test in the leaves' order, before the arguments, reads the global
``Math`` through its reference site's cache of the builtin's property and that
object's own ``imul`` without running any JS code, and keeps its answer in a
temporary, so that the general form calls %Math.imul% itself (runtime.math_imul)
when the test passed, whatever the arguments then did to ``Math``.

When a leaf fails its test (NaN, an infinity, a huge Number, a String, an
object, a BigInt...), the tree runs operator by operator as usual, on the leaves
already evaluated (their values kept in temporaries) and evaluating the others
in their turn, so that each leaf is evaluated once and every ToPrimitive call
(a valueOf) comes at its place in the spec's order: the leaves before the
failing one are Numbers, whose ToNumeric has no effect.
"""
import math

from ..ops import to_int32
from .tree_facts import BITWISE, is_int_tree_root, is_number
from .source import CONST, PURE, EFFECT, OwnRead, type_test
from ...builtins.fast_builtins import BuiltinMethod

_ARITH = frozenset(("+", "-", "*"))
# comparison operators -> Python's, which compares an int and a float exactly
_COMPARISONS = {"===": "==", "==": "==", "!==": "!=", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}

_INT32 = (-2 ** 31, 2 ** 31 - 1)
_WIDE = (-2 ** 31, 2 ** 32 - 1)         # an Int32 or a Uint32 (a >>> result)
_ANY = (-math.inf, math.inf)            # any finite Number (a + - * left unfused)
_SAFE = 2 ** 53
_IMUL = BuiltinMethod("math_imul", "namespace", (2,))     # its call sites' receiver test (builtin_site)
_RESPELL = 4000         # the most leaf source the general form may write a second time
# the exclusive float bounds of the test of a leaf whose int() lies in each range
_BOUNDS = {_INT32: ("-2147483649.0", "2147483648.0"), _WIDE: ("-2147483649.0", "4294967296.0"),
           _ANY: ("-1e309", "1e309")}


class _Leaf:
    """An operand evaluated as usual and tested once; ``rng`` bounds its int,
    ``exact``: an arithmetic operator takes it, so it must be an integer."""

    def __init__(self, node, rng, exact):
        self.node, self.rng, self.exact = node, rng, exact
        self.value = None       # source of its int in the fused form
        self.test = None        # source testing it (evaluating it the first time)
        self.retest = None      # the same test of the value once evaluated
        self.held = None        # (temporary, source) of a leaf not read again in place


class _Const:
    """A Number literal: its ToInt32, or its integer under an arithmetic operator."""

    def __init__(self, value):
        self.value = value


class _Op:
    """An operator of the tree (``right`` None for ``~``; ``callee`` the _Callee of
    ``imul``)."""

    def __init__(self, op, left, right, callee=None):
        self.op, self.left, self.right, self.callee = op, left, right, callee


class _Callee:
    """The ``Math.imul`` of a call the tree computes inline, tested among the leaves
    (before the call's arguments) to be %Math.imul%; ``node`` is the call."""

    def __init__(self, node):
        self.node = node
        self.test = self.retest = None
        self.held = None


class _Decline(Exception):
    """The tree holds something no int tree takes (a literal that is no Number)."""


def is_imul_call(node):
    """Is ``node`` a call ``Math.imul(a, b)`` by its shape (the generator tests that
    ``Math`` is the global's)?"""
    if node.type != "CallExpression" or node.optional or len(node.arguments) != 2 or \
            any(a.type == "SpreadElement" for a in node.arguments):
        return False
    callee = node.callee
    return callee.type == "MemberExpression" and not callee.computed and not callee.optional and \
        callee.object.type == "Identifier" and callee.object.name == "Math" and \
        callee.property.type == "Identifier" and callee.property.name == "imul"


class IntTreeGenerator:
    """Mixin of ExpressionGenerator: :meth:`int_tree`."""

    def int_tree(self, node, truth=False):
        """The source of the bitwise expression ``node`` as a fused int tree (see the
        module), or None when it cannot be one.  ``truth``: the source of its
        ToBoolean instead of its value."""
        if truth:
            v = self.temp()
            return self._int_fused(node, node, lambda plan: f"{_low_bits(plan)} != 0", lambda slow: (
                f"({v} != 0.0 and {v} == {v} if type({v} := {slow}) is float else _to_boolean({v}))"))
        return self._int_fused(node, node, lambda plan: f"float({_value(plan)[0]})", None)

    def int_tree_index(self, node):
        """The bitwise expression ``node`` as a property key: the source of a Python
        int, its fused int, or the int of the Number the general form gives (an
        Int32 or Uint32, never -0), or that form's BigInt, which is a Python int too;
        ToPropertyKey makes the same String (its decimal digits) of a Number and a
        BigInt of one integer.  None when it cannot be a fused tree."""
        if not is_int_tree_root(node):
            return None
        t = self.temp()
        return self._int_fused(node, node, lambda plan: _value(plan)[0],
                               lambda slow: f"(int({t}) if type({t} := {slow}) is float else {t})")

    def int_tree_int(self, node):
        """The bitwise expression ``node``, a Number (number_locals proved it), as the
        source of a Python int: its fused int, or the int of the general form's
        Number.  None when it cannot be a fused tree."""
        return self._int_fused(node, node, lambda plan: _value(plan)[0], lambda slow: f"int({slow})")

    def math_getter(self, call):
        """The global getter of ``Math`` in ``Math.imul(a, b)`` (``call``), or None when
        ``Math`` is no plain global reference here."""
        ident = call.callee.object
        ref = self.c.resolve(ident.name)
        if not ref.is_global or ref.checks or ident.name in self.global_lexicals:
            return None
        get = self.global_getter_of(ident)
        return get if getattr(get, "cache", None) is not None else None

    def math_imul_guard(self, call):
        """The test that the callee of ``Math.imul(a, b)`` (``call``) is %Math.imul%
        (Realm.math_imul), with no effect: the global ``Math`` is the builtin's data
        property its reference site's getter cached (see ExpressionGenerator.global_read),
        and holds an ordinary object whose own ``imul`` is that function, stored with
        the attributes of a method: the site keeps that object and the realm once found
        (BuiltinCallGenerator.builtin_site), as the other Math calls' sites do."""
        _, _, d_token, d_prop = self.global_caches(self.math_getter(call))
        m, r = self.temp(), self.realm
        b, site = self.builtin_site(_IMUL, "imul")
        return (f"{d_token} is {r}.global_token and "
                f"(({m} := {d_prop}.value) is {b} and {b}r is {r} or _own_builtin({site}, {r}, {m}))")

    def int_comparison(self, node):
        """``tree op literal`` (or ``literal op tree``) for a comparison or equality
        operator and a Number literal, comparing the tree's int (never NaN) with the
        literal's float as Python does, exactly; None when not such a comparison.
        Equality with 0 reads the low 32 bits only (no wrap to int32)."""
        op = _COMPARISONS.get(node.operator)
        left, right = node.left, node.right
        if op is None or not (is_number(right) and is_int_tree_root(left) or
                              is_number(left) and is_int_tree_root(right)):
            return None
        tree, literal = (left, right) if is_number(right) else (right, left)
        lit = self.literal(literal)[0]

        def fast(plan):
            if op in ("==", "!=") and _number(literal.value) == 0:
                return f"{_low_bits(plan)} {op} 0"
            value = _value(plan)[0]
            return f"{value} {op} {lit}" if tree is left else f"{lit} {op} {value}"
        return self._int_fused(tree, node, fast, None)

    def _int_fused(self, node, outer, fast, slow_form):
        """The fused tree ``node`` within the expression ``outer`` (itself or a comparison
        of it): ``fast(plan)`` writes its fused form, ``slow_form(source)`` (if given)
        wraps the general form of ``outer``."""
        try:
            plan = self._int_plan(node, _WIDE, False)
        except _Decline:
            return None
        leaves = []
        _collect(plan, leaves)
        self._int_leaves(leaves)
        tests = [leaf.test for leaf in leaves if leaf.test is not None]
        if not tests:
            return f"({fast(plan)})"
        slow = self._int_tree_slow(outer, leaves)
        if slow is None:
            return None
        if slow_form is not None:
            slow = slow_form(slow)
        return f"({fast(plan)} if {' and '.join(tests)} else {slow})"

    def _int_plan(self, n, rng, exact):
        """The tree under ``n``: ``rng`` is the range of a leaf's int its operator takes
        without a wrap, ``exact``: that operator is arithmetic."""
        t = n.type
        if t == "ParenthesizedExpression":
            return self._int_plan(n.expression, rng, exact)
        if t == "BinaryExpression" and n.operator in BITWISE:
            op = n.operator
            # >> of a Uint32 would need a wrap first: take Int32 leaves
            return _Op(op, self._int_plan(n.left, _INT32 if op == ">>" else _WIDE, False),
                       self._int_plan(n.right, _WIDE, False))
        if t == "UnaryExpression" and n.operator == "~":
            return _Op("~", self._int_plan(n.argument, _INT32, False), None)
        if is_imul_call(n) and self.math_getter(n) is not None:
            a, b = n.arguments
            return _Op("imul", self._int_plan(a, _WIDE, False), self._int_plan(b, _WIDE, False), _Callee(n))
        if is_number(n):
            v = _number(n.value)
            if not exact:
                return _Const(to_int32(v))
            if v.is_integer() and abs(v) <= _SAFE:
                return _Const(int(v))
            return None         # the arithmetic above is no int arithmetic
        if t == "Literal":
            raise _Decline      # a String, Boolean or null operand: no test would pass
        if t == "BinaryExpression" and n.operator in _ARITH:
            left, right = self._int_plan(n.left, _WIDE, True), self._int_plan(n.right, _WIDE, True)
            if left is not None and right is not None:
                op = _Op(n.operator, left, right)
                lo, hi = _interval(op)
                if -_SAFE <= lo and hi <= _SAFE:
                    return op
            if exact:
                return None
            return _Leaf(n, _ANY, False)
        return _Leaf(n, rng, exact)

    def _int_leaves(self, leaves):
        """Generate each leaf in evaluation order with its test.  A leaf is read again
        in place (not kept in a temporary) when operands() would: a constant, or a
        pure read that no later leaf can change; such a read taken again the same way
        (``x ^ x >>> 1``) is tested once, and a read number_locals proved an integer
        of the range its operator takes (an Int32- or Wide-typed local) not at all;
        an int local (ExpressionGenerator.own_scope) is its int, of its own interval,
        which the operators above it wrap as they need; a variable with an int twin
        (a counter's) is its twin, tested to be in range (and not below zero, unless
        the twin always equals the variable: ``exact_ints``)."""
        gens = [("", PURE) if type(leaf) is _Callee else self.gen(leaf.node) for leaf in leaves]
        in_place = {}       # (binding or source, range, exact) -> the leaf read in place so

        def unchanged(i):
            """Can no leaf after the ``i``-th change the variable the ``i``-th reads?"""
            return all(p != EFFECT for _, p in gens[i + 1:]) or \
                self.stable(leaves[i].node, [lf.node for lf in leaves[i + 1:] if type(lf) is _Leaf])
        for i, (leaf, (src, purity)) in enumerate(zip(leaves, gens)):
            if type(leaf) is _Callee:
                g = self.temp()
                leaf.test, leaf.retest = f"({g} := {self.math_imul_guard(leaf.node)})", g
                continue
            twin = self.int_key(leaf.node) if leaf.node.type == "Identifier" else None
            if twin in self.int_ranges:     # an int local: no test, unless a later leaf may write it
                if unchanged(i):
                    leaf.value, leaf.rng = twin, self.int_ranges[twin]
                    continue
            elif twin is not None and (twin in self.exact_ints or unchanged(i)):
                # any other twin is its variable's value when not below zero (ElementGenerator.int_key)
                lo, hi = leaf.rng if twin in self.exact_ints else (0, leaf.rng[1])
                leaf.value, leaf.rng = twin, (lo, hi)
                leaf.test = leaf.retest = f"{lo - 1} < {twin} < {hi + 1}"
                continue
            if purity == CONST or purity == PURE and unchanged(i):
                read = self.c.resolve(leaf.node.name).binding if leaf.node.type == "Identifier" else src
                same = in_place.setdefault((read, leaf.rng, leaf.exact), leaf)
                if same is not leaf:
                    leaf.value, leaf.rng = same.value, same.rng
                    continue
                known = self.local_facts.int_read(leaf.node) if leaf.node.type == "Identifier" else None
                if known is not None and leaf.rng[0] <= known[0] and known[1] <= leaf.rng[1]:
                    leaf.value, leaf.rng = f"int({src})", known     # an integer in range: no test
                    continue
                first = v = src
            elif type(src) is OwnRead:
                first, v = src.bound(), src.v
                leaf.held = (v, src)
            else:
                v = self.temp()
                first = f"({v} := {src})"
                leaf.held = (v, src)
            lo, hi = _BOUNDS[leaf.rng]
            number = self.number(leaf.node)

            def test(first):
                if number:      # a Number: the range test alone (NaN fails it)
                    return f"{lo} < {first} < {hi}"
                return f"{type_test(first, 'is', 'float')} and {lo} < {v} < {hi}"
            if leaf.exact:
                n = self.temp()
                leaf.value = n
                leaf.test = f"{test(first)} and ({n} := int({v})) == {v}"
                leaf.retest = f"{test(v)} and ({n} := int({v})) == {v}"
            else:
                leaf.value = f"int({v})"
                leaf.test, leaf.retest = test(first), test(v)

    def _int_tree_slow(self, node, leaves):
        """The tree operator by operator once a leaf failed its test: a leaf kept in a
        temporary was evaluated when the tests of the leaves before it passed, else
        it is evaluated there (so its source is written twice: None when that is
        more than _RESPELL characters of source)."""
        overrides = {}
        respelled = 0
        for i, leaf in enumerate(leaves):
            held = leaf.held
            if held is None:
                continue
            v, src = held
            before = [lf.retest for lf in leaves[:i] if lf.retest is not None]
            if not before:
                overrides[id(leaf.node)] = (v, PURE)
            else:
                overrides[id(leaf.node)] = (f"({v} if {' and '.join(before)} else ({v} := {src}))", EFFECT)
                respelled += len(src)
        if respelled > _RESPELL:
            return None
        saved = self.int_overrides, self.in_int_tree, self.in_float_tree
        self.int_overrides, self.in_int_tree, self.in_float_tree = overrides, True, True
        try:
            # a call whose callee passed its test calls %Math.imul%; an inner call first
            for i in reversed(range(len(leaves))):
                leaf = leaves[i]
                if type(leaf) is _Callee:
                    passed = " and ".join(lf.retest for lf in leaves[:i + 1] if lf.retest is not None)
                    a, b = (self.expr(arg) for arg in leaf.node.arguments)
                    overrides[id(leaf.node)] = (
                        f"(_math_imul({a}, {b}) if {passed} else {self.expr(leaf.node)})", EFFECT)
            return self.expr(node)
        finally:
            self.int_overrides, self.in_int_tree, self.in_float_tree = saved


def _number(value):
    """The Number of a numeric literal's value (a huge integer literal is Infinity)."""
    try:
        return float(value)
    except OverflowError:
        return math.inf


def _collect(plan, out):
    if type(plan) is _Leaf:
        out.append(plan)
    elif type(plan) is _Op:
        if plan.callee is not None:
            out.append(plan.callee)
        _collect(plan.left, out)
        if plan.right is not None:
            _collect(plan.right, out)


def _fused(p):
    """``(source, lo, hi)``: a Python int expression of the tree ``p`` and its interval.
    The int of a bitwise operator is left unwrapped (its ToInt32 is that of its low 32
    bits, which is all that & | ^ << ~ and a shift count read): :func:`_value` wraps it
    where its exact value is read."""
    if type(p) is _Const:
        return repr(p.value), p.value, p.value
    if type(p) is _Leaf:
        return (p.value,) + p.rng
    op = p.op
    if op == "~":
        s, lo, hi = _fused(p.left)
        return (f"(~{s})", -hi - 1, -lo - 1) if math.isfinite(lo) and math.isfinite(hi) else \
            (f"(~{s})",) + _ANY
    if op in _ARITH:
        a, b = _value(p.left), _value(p.right)
        return (f"({a[0]} {op} {b[0]})",) + _interval(p)
    a = _fused(p.left)
    if op == "imul":
        b = _fused(p.right)
        return (f"({a[0]} * {b[0]})",) + _product_interval(a[1:], b[1:])
    if op in ("<<", ">>", ">>>"):
        if type(p.right) is _Const:
            c = p.right.value & 31
            count = repr(c)
        else:
            c, count = None, f"({_fused(p.right)[0]} & 31)"
        if op == "<<":
            s, lo, hi = a
            bounded = c is not None and math.isfinite(lo) and math.isfinite(hi)
            return (f"({s} << {count})",) + ((lo << c, hi << c) if bounded else _ANY)
        s, lo, hi = _signed(a) if op == ">>" else _unsigned(a)
        if c == 0:
            return s, lo, hi
        if c is not None:
            return f"({s} >> {count})", lo >> c, hi >> c
        return f"({s} >> {count})", min(lo, 0), max(hi, 0)
    if type(p.right) is _Const and p.right.value == 0 and op != "&":       # x | 0, x ^ 0
        return a
    b = _fused(p.right)
    return (f"({a[0]} {op} {b[0]})",) + _bitwise_interval(op, a[1:], b[1:])


def _value(p):
    """``(source, lo, hi)`` of the exact int of the tree ``p``: an Int32, a Uint32 for
    ``>>>``, the integer of a leaf, literal or arithmetic."""
    node = _fused(p)
    if type(p) is _Op and p.op not in _ARITH and p.op != ">>>":
        return _signed(node)
    return node


def _interval(p):
    """The interval of an arithmetic node's value (its operands' intervals are known)."""
    (alo, ahi), (blo, bhi) = a, b = _span(p.left), _span(p.right)
    if p.op == "+":
        return alo + blo, ahi + bhi
    if p.op == "-":
        return alo - bhi, ahi - blo
    return _product_interval(a, b)


def _product_interval(a, b):
    """The interval of the product of ints in the intervals ``a`` and ``b``."""
    (alo, ahi), (blo, bhi) = a, b
    if not all(math.isfinite(x) for x in (alo, ahi, blo, bhi)):
        return _ANY
    products = (alo * blo, alo * bhi, ahi * blo, ahi * bhi)
    return min(products), max(products)


def _span(p):
    """The interval of a plan node's int."""
    if type(p) is _Const:
        return p.value, p.value
    if type(p) is _Leaf:
        return p.rng
    if p.op in _ARITH:
        return _interval(p)
    if p.op == ">>>":
        return 0, 2 ** 32 - 1
    return _INT32


def _bitwise_interval(op, a, b):
    """The interval of ``a op b`` for & | ^ of ints in the intervals ``a``, ``b``."""
    (alo, ahi), (blo, bhi) = a, b
    if op == "&" and (alo >= 0 or blo >= 0):
        return 0, min(h for lo, h in (a, b) if lo >= 0)
    if not all(math.isfinite(x) for x in (alo, ahi, blo, bhi)):
        return _ANY
    if op == "&":       # negative only when both are, and no greater than a non-negative one
        return -2 ** max(_bits(alo, 0), _bits(blo, 0)), max(ahi, bhi)
    k = max(_bits(alo, ahi), _bits(blo, bhi))
    if alo >= 0 and blo >= 0:
        return 0, 2 ** k - 1
    return -2 ** k, 2 ** k - 1


def _bits(lo, hi):
    """The least k with -2**k <= lo and hi < 2**k."""
    return max((-lo - 1).bit_length() if lo < 0 else 0, hi.bit_length())


def _low_bits(plan):
    """An int expression that is 0 exactly when the tree's value is: its fused int,
    masked to its low 32 bits unless its interval is within Int32 or Uint32."""
    s, lo, hi = _fused(plan)
    if _INT32[0] <= lo and hi <= _INT32[1] or 0 <= lo and hi < 2 ** 32:
        return s
    return f"({s} & 4294967295)"


def _signed(node):
    """ToInt32 of an int expression: its low 32 bits as a signed int, when its
    interval leaves Int32."""
    s, lo, hi = node
    if _INT32[0] <= lo and hi <= _INT32[1]:
        return node
    return (f"(({s} + 2147483648 & 4294967295) - 2147483648)",) + _INT32


def _unsigned(node):
    """ToUint32 of an int expression."""
    s, lo, hi = node
    if 0 <= lo and hi < 2 ** 32:
        return node
    return f"({s} & 4294967295)", 0, 2 ** 32 - 1
