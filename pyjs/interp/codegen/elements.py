"""Python source for element access: int keys and element reads.

``a[i]`` in a loop is the commonest hot read; what makes it cheap is knowing more
about ``i`` and ``a`` than their JS values say: the int twin of a counter (read as a
Python int key, never a JS value), a hoisted Array test, a receiver the body uses as
a String or a table (tried first).  Each read still falls back to get_computed.
"""
from ..agent import state
from ..values import JSObject, Prop, ACCESSOR
from .number_locals import int_interval
from .source import CONST, PURE, TWIN_LIMIT, clamped_twin, constant_index, index_twin, is_name, key_tests, type_test
from .tree_facts import NOT_AN_INDEX, is_number, receiver_key, sum_names


class ElementGenerator:
    """Mixin of ExpressionGenerator: the key twins and element reads."""

    def array_of(self, node):
        """The local that a loop hoisted for the variable ``node`` reads (see
        FunctionGenerator.hoist_arrays): the variable's Array, or _NOT_ARRAY, whose
        ``elements`` is None.  Else None."""
        if node.type != "Identifier" or not self.arrays:
            return None
        return self.arrays.get(self.c.resolve(node.name).binding)

    def string_likely(self, node):
        """Is the receiver ``node`` likely a String, so that its element and length
        reads test for one first: the body uses it as one (see
        tree_facts.string_receivers), or it names a global that holds one now,
        when its code is generated.  Only the order of the tests follows."""
        key = receiver_key(node)
        return key is not None and (key in self.string_hints or type(self.global_now(node)) is str)

    def table_likely(self, node):
        """Is the receiver ``node`` likely a plain object used as a table, whose
        ``node[k]`` then tests first for a String key: the body gives it an object
        literal (tree_facts.table_names), or it names a global holding a plain object
        when the code is generated.  Only the order of the tests follows."""
        return node.type == "Identifier" and (node.name in self.table_hints or
                                              type(self.global_now(node)) is JSObject)

    def global_now(self, node):
        """The value of the global variable the Identifier ``node`` names, now (None
        for anything else, an accessor included)."""
        running = state.realm
        if node.type != "Identifier" or running is None or not self.c.resolve(node.name).is_global:
            return None
        p = running.global_lex.get(node.name)
        if p is None:
            p = running.global_object.props.get(node.name)
        return p if type(p) is not Prop else None if p.flags & ACCESSOR else p.value

    def int_key(self, node):
        """The source of a Python int standing for the key ``node`` as an array index,
        or None: the int twin of a variable (a counting loop's, or hoist_arrays'), or
        the sum or difference of two of: a twin, a small integer literal, a scaled
        twin (see :meth:`scaled_key`): ``a[i + 1]``, ``a[k - i]``, ``a[r * 9 + c]``.
        Whenever the int is >= 0 it is the key's value: every twin it read was then
        its variable's exact value (a twin of anything else is far below zero, and
        stays so when a twin, literal or scaled twin is added; a subtracted operand is
        tested first unless it is exact, and the key is then -NOT_AN_INDEX), so the
        key is one sum or difference of integral Numbers below 2**53, which float()
        rounds as JS does; the key's expression then has no effect, and the fast paths
        do not evaluate it.  A key below zero is that value too, or far below zero."""
        if not self.int_index:
            return None
        if node.type == "Identifier":
            return self.int_index.get(self.c.resolve(node.name).binding)
        scaled = self.scaled_key(node)
        if scaled is not None:
            return scaled
        if node.type != "BinaryExpression" or node.operator not in ("+", "-"):
            return None
        a, b = (self.int_operand(n) for n in (node.left, node.right))
        if a is None or b is None or a.isdigit() and b.isdigit():
            return None
        if node.operator == "+" or b.isdigit() or b in self.exact_ints:
            key = f"({a} {node.operator} {b})"
            if node.operator == "+" and self.not_negative(a) and self.not_negative(b):
                self.rising_sums.add(key)
            return key
        return f"({a} - {b} if {b} >= 0 else -{NOT_AN_INDEX})"

    def not_negative(self, int_key):
        """Whether the Python int ``int_key`` (a source, see :meth:`int_key`) cannot be
        below zero: a literal index, the twin of a counter that starts at an integer
        literal and steps up (``rising_ints``; an int local is exact too, but may be
        below zero), or a sum of those."""
        return int_key.isdigit() or int_key in self.rising_ints or int_key in self.rising_sums

    def below(self, key, length, int_key=None):
        """The test that the Python int ``key`` (a source; ``int_key`` the int key it
        computes, if not that source) is an index below ``length``: no test that it
        is not negative when it cannot be."""
        if key.isdigit():
            return f"{length} > {key}"
        return f"{key} < {length}" if self.not_negative(int_key or key) else f"0 <= {key} < {length}"

    def assigned_twin(self, node, v):
        """Source of the int twin of a variable just assigned the value of ``node``,
        which ``v`` reads: another variable's twin (``m = l``); an int key of twins
        (``l = 2 * i + 1``, see :meth:`int_key`) kept within TWIN_LIMIT
        (source.clamped_twin); the int of an integer number_locals proved
        (``p = (i - 1) >> 1``); else the value's conversion (source.index_twin)."""
        return self.bounded_twin(node, v)[0]

    def bounded_twin(self, node, v, loose=False):
        """``(source, bounded, cost)``: :meth:`assigned_twin`'s source, whether the
        twin is then below TWIN_LIMIT in magnitude or far below zero, and what
        computing it costs: 0 (a copy, an int() or a sum), 1 (a sum with its range
        test), 2 (the value's conversion).  ``loose``: the twin of a variable nothing
        writes again may be an int key of unstepped twins below 2**32 (or a counting
        loop's) as it is, below 2**53 in magnitude, which only a copy must clamp
        (``loose_twins``): ``const p = row + i``."""
        key = self.int_key(node)
        if key is not None:
            if node.type == "Identifier":
                if key in self.loose_twins:
                    return clamped_twin(key, self.temp()), True, 1
                return key, key in self.index_twins, 0
            if loose and all(self.int_index.get(self.c.resolve(name).binding) in self.index_twins or
                             self.int_index.get(self.c.resolve(name).binding) in self.exact_ints
                             for name in sum_names(node)):
                return key, False, 0
            return clamped_twin(key, self.temp()), True, 1
        facts = self.local_facts
        interval = int_interval(node, facts.int_read, facts.number)
        if interval is not None:
            return f"int({v})", -TWIN_LIMIT < interval[0] and interval[1] < TWIN_LIMIT, 0
        return index_twin(v), True, 2

    def int_operand(self, node):
        """An operand of a sum or difference that :meth:`int_key` takes: a variable's
        int twin, a small non-negative integer literal (its digits), or a scaled twin."""
        if node.type == "Identifier":
            return self.int_index.get(self.c.resolve(node.name).binding)
        if is_number(node) and float(node.value).is_integer() and 0 <= node.value < 2 ** 31:
            return str(int(node.value))
        return self.scaled_key(node)

    def scaled_key(self, node):
        """``(t * n)`` for ``x * n`` or ``n * x``, ``x`` a variable whose twin ``t`` comes
        from _index_twin (an index below 2**32, else -NOT_AN_INDEX) and ``n`` an integer
        literal in [1, 2**20]: the product is then the exact value of ``x * n``, below
        2**52 in magnitude, or below -NOT_AN_INDEX.  Any other twin (a counting loop's,
        a written one, which steps may take past 2**32) is tested to be below 2**32
        (else -NOT_AN_INDEX).  Else None."""
        if node.type != "BinaryExpression" or node.operator != "*":
            return None
        for x, n in ((node.left, node.right), (node.right, node.left)):
            if x.type == "Identifier" and is_number(n) and float(n.value).is_integer() and \
                    1 <= n.value <= 2 ** 20:
                twin = self.int_index.get(self.c.resolve(x.name).binding)
                if twin in self.index_twins:
                    return f"({twin} * {int(n.value)})"
                if twin is not None:
                    return f"({twin} * {int(n.value)} if {twin} < 4294967296 else -{NOT_AN_INDEX})"
        return None

    def computed_get(self, obj, key, int_key=None, array=None, number_key=False, string=False):
        """``o[k]`` from operands(); a key that must be evaluated is never skipped,
        but with an ``int_key`` (see :meth:`int_key`) it is evaluated only on the
        general path, where ``k0`` evaluates it once.  ``array`` is the hoisted local
        of a variable ``o`` (see :meth:`array_of`).  ``number_key``: the key is known
        to be a Number, so the Array path does not test it when it is read in place.
        ``string``: ``o`` is likely a String (see :meth:`string_likely`), whose code
        unit is then read before anything else is tested."""
        (o0, o), (k0, k) = obj, key
        if string:
            return self.string_first_get(o0, o, k0, k, int_key, number_key)
        els, i, v = self.temp(), self.temp(), self.temp()
        key_first, key_range = key_tests(k0, k, number_key, f"len({els})")
        index = constant_index(k)
        if index is not None:       # a literal index: no test of the key, no int()
            int_key = str(index)
        if int_key is not None:
            # a sum is computed once on the Array path, again on the others
            ix = int_key if int_key.isidentifier() or int_key.isdigit() else self.temp()
            first = int_key if ix == int_key else f"({ix} := {int_key})"
            # a variable's twin: the variable may hold a String key of a plain object
            general = f"{self.own_string_key_get(o, k, v)} else " if k0 == k and is_name(k) else ""
            general += f"_get_computed({o}, {k0})"
        if array is not None and o0 == o:
            elements = f"({els} := {array}.elements) is not None"
            if int_key is not None:
                return (f"({v} if {elements} and {self.below(first, f'len({els})', int_key)} and "
                        f"({v} := {els}[{ix}]) is not HOLE else {self.typed_get(o, k, int_key, array)} "
                        f"else {self.string_get(o, k, int_key)} else {general})")
            return (f"({v} if {key_first + ' and ' if key_first else ''}{elements} and {key_range} "
                    f"and ({i} := int({k})) == {k} and ({v} := {els}[{i}]) is not HOLE "
                    f"else {self.typed_get(o, k, None, array)} else {self.string_get(o, k)} else _get_computed({o}, {k}))")
        if o0 == o and not o.isidentifier():     # a local is read again for free
            t = self.temp()
            o0, o = f"({t} := {o})", t
        if int_key is not None:
            return (f"({v} if {type_test(o0, 'is', 'JSArray')} and ({els} := {o}.elements) is not None and "
                    f"{self.below(first, f'len({els})', int_key)} and ({v} := {els}[{ix}]) is not HOLE "
                    f"else {self.typed_get(o, k, int_key)} else {self.string_get(o, k, int_key)} "
                    f"else {general})")
        head = f"({type_test(o0, 'is', 'JSArray')}) & ({key_first})" if k0 != k else \
            type_test(o0, 'is', 'JSArray') + (f" and {key_first}" if key_first else "")
        return (f"({v} if {head} and ({els} := {o}.elements) is not None and {key_range} "
                f"and ({i} := int({k})) == {k} and ({v} := {els}[{i}]) is not HOLE "
                f"else {self.string_get(o, k)} else {self.typed_get(o, k)} "
                f"else {self.own_string_key_get(o, k, v)} else _get_computed({o}, {k}))")

    def string_first_get(self, o0, o, k0, k, int_key, number_key):
        """``o[k]`` (see :meth:`computed_get`) testing first for a String ``o`` and an
        index ``k`` inside it; anything else goes on as computed_get would, with both
        operands evaluated by then."""
        if o0 == o and not o.isidentifier():
            t = self.temp()
            o0, o = f"({t} := {o})", t
        index = constant_index(k)
        if index is not None:
            int_key = str(index)
        if int_key is not None:
            # a sum is computed on this path and again on the next ones
            ix = int_key if int_key.isidentifier() or int_key.isdigit() else self.temp()
            first = int_key if ix == int_key else f"({ix} := {int_key})"
            head = f"{type_test(o0, 'is', 'str')} and {self.below(first, f'len({o})', int_key)}"
            return f"({o}[{ix}] if {head} else {self.computed_get((o, o), (k0, k), int_key, None, number_key)})"
        i = self.temp()
        key_first, key_range = key_tests(k0, k, number_key, f"len({o})")
        if k0 == k:
            head = type_test(o0, 'is', 'str') + (f" and {key_first}" if key_first else "")
        else:
            head = f"({type_test(o0, 'is', 'str')}) & ({key_first})"
        return (f"({o}[{i}] if {head} and {key_range} and ({i} := int({k})) == {k} "
                f"else {self.computed_get((o, o), (k, k), None, None, number_key)})")

    def table_first_get(self, obj, key):
        """``o[k]`` (see :meth:`computed_get`) testing first for a plain object ``o``
        with an own plain data property of the String ``k``; anything else goes on as
        computed_get would, with both operands evaluated by then."""
        (o0, o), (k0, k) = obj, key
        if o0 == o and not o.isidentifier():
            t = self.temp()
            o0, o = f"({t} := {o})", t
        if k0 == k and not k.isidentifier():
            t = self.temp()
            k0, k = f"({t} := {k})", t
        v = self.temp()
        return (f"({v} if ({type_test(o0, 'is', 'JSObject')}) & ({type_test(k0, 'is', 'str')}) "
                f"and type({v} := {o}.props.get({k}, _PROP0)) is not Prop "
                f"else {self.computed_get((o, o), (k, k))})")

    def int_tree_get(self, node):
        """``o[tree]`` for a bitwise ``tree``: its key is the Python int of
        :meth:`int_tree_index` (evaluated after ``o``, even when ``o`` is no Array),
        used as an index with no type test and no int(); past the Array, TypedArray
        and String paths get_computed takes the int as it takes a BigInt key (its
        decimal String)."""
        key = self.int_tree_index(node.property)
        if key is None:
            return None
        src, purity = self.gen(node.object)
        k, els, v = self.temp(), self.temp(), self.temp()
        array = self.array_of(node.object)
        in_place = purity == CONST or purity == PURE and self.stable(node.object, [node.property])
        if array is None and self.string_likely(node.object):
            # a String's code unit first; then the Array path with both evaluated
            o = src if in_place else self.temp()
            head = f"({k} := {key}) >= 0 and type({o}) is str" if in_place else \
                f"(type({o} := {src}) is str) & (({k} := {key}) >= 0)"
            return (f"({o}[{k}] if {head} and {k} < len({o}) "
                    f"else {v} if {k} >= 0 and type({o}) is JSArray and ({els} := {o}.elements) is not None "
                    f"and {k} < len({els}) and ({v} := {els}[{k}]) is not HOLE "
                    f"else {self.typed_get(o, None, k)} else _get_computed({o}, {k}))")
        if in_place:        # nothing to evaluate first: the key's sign is the first test
            return self.index_get(src, f"({k} := {key})", k, array)
        o = self.temp()
        head = f"(type({o} := {src}) is JSArray) & (({k} := {key}) >= 0) and ({els} := {o}.elements) is not None"
        return (f"({v} if {head} and {k} < len({els}) and ({v} := {els}[{k}]) is not HOLE "
                f"else {self.typed_get(o, None, k)} "
                f"else {self.string_get(o, None, k)} else _get_computed({o}, {k}))")

    def index_get(self, o, first, k, array=None):
        """``o[k]`` for an evaluated ``o`` and a key that is a Python int ``k``, which
        ``first`` evaluates (an int tree's, see :meth:`int_tree_get`): an element of
        an Array, a TypedArray or a String, else get_computed, which takes the int as
        it takes a BigInt key.  ``array``: the hoisted Array local of ``o``, if any."""
        els, v = self.temp(), self.temp()
        elements = f"({els} := {array}.elements) is not None" if array is not None else \
            f"type({o}) is JSArray and ({els} := {o}.elements) is not None"
        return (f"({v} if {first} >= 0 and {elements} and {k} < len({els}) and ({v} := {els}[{k}]) is not HOLE "
                f"else {self.typed_get(o, None, k, array)} "
                f"else {self.string_get(o, None, k)} else _get_computed({o}, {k}))")

    def literal_string_get(self, node):
        """``"ACGT"[k]``: only a String's index is read inline."""
        (s, _), (k0, k) = self.operands([node.object, node.property])
        n, i = len(node.object.value), self.temp()
        int_key = self.int_key(node.property)
        if int_key is not None and k0 == k:
            return f"({s}[{int_key}] if {self.below(int_key, str(n))} else _get_computed({s}, {k}))"
        return (f"({s}[{i}] if type({k0}) is float and 0.0 <= {k} < {n} and ({i} := int({k})) == {k} "
                f"else _get_computed({s}, {k}))")

    def is_string_key(self, node):
        """Is ``node`` a for-in variable that holds its loop's String key here (see
        FunctionGenerator.for_in_key_name)?"""
        if node.type != "Identifier" or not self.string_keys:
            return False
        ref = self.c.resolve(node.name)
        return not ref.checks and not ref.is_global and ref.binding in self.string_keys

    def string_key_get(self, node):
        """``o[k]`` for a String ``k`` (see :meth:`is_string_key`): a plain object's own
        plain data property is read in place, with no test of the key; None when the
        key is not a plain read."""
        (o0, o), (k0, k) = self.operands([node.object, node.property])
        if k0 != k or self.slot_read(self.c.resolve(node.property.name))[1] != PURE:
            return None
        v = self.temp()
        if o0 == o:
            t = self.temp()
            o0, o = f"({t} := {o})", t
        return (f"({v} if type({o0}) is JSObject and type({v} := {o}.props.get({k}, _PROP0)) is not Prop "
                f"else _get_computed({o}, {k}))")

    def stepped_get(self, node, test, k, old):
        """``o[x++]`` (or ``x--``, ``++x``, ``--x``) with the key's ``test`` from
        :meth:`step_key`: the key is a float where it passed, which the Array path
        takes with no type test of its own; where the variable held no Number (in
        ``old``), nothing was stored and the general form runs the update."""
        src, purity = self.gen(node.object)
        els, i, v = self.temp(), self.temp(), self.temp()
        array = self.array_of(node.object)
        in_place = purity == CONST or purity == PURE and self.stable(node.object, [node.property])
        if in_place:
            o = src
            elements = f"({els} := {array}.elements) is not None" if array is not None else \
                f"type({o}) is JSArray and ({els} := {o}.elements) is not None"
            head = f"{test} and {elements}"
        else:       # the object first, the key's test in any case
            o = self.temp()
            head = f"(type({o} := {src}) is JSArray) & ({test}) and ({els} := {o}.elements) is not None"
        return (f"({v} if {head} and 0.0 <= {k} < len({els}) and ({i} := int({k})) == {k} "
                f"and ({v} := {els}[{i}]) is not HOLE "
                f"else _get_computed({o}, {self.expr(node.property)}) if type({old}) is not float "
                f"else {self.typed_get(o, k, None, array if in_place else None)} else {self.string_get(o, k)} "
                f"else _get_computed({o}, {k}))")

    def twin_stepped_get(self, node, ref, twin):
        """``o[x++]`` (``x--``, ``++x``, ``--x``) for ``x`` with a written twin (see
        :meth:`stepped_twin`): the Array path reads the element at the twin's index
        (or the next one, for ``++x``) and only then steps the variable and the twin,
        once nothing can fail (when the twin is an index the variable is its float,
        whose step cannot fail, and the stored values are not tested for truth but
        for ``x++``, where both are at least 1); any other case evaluates the update
        as usual (stepping both) and takes the general path."""
        upd = node.property
        src, purity = self.gen(node.object)
        els, v, i = self.temp(), self.temp(), self.temp()
        array = self.array_of(node.object)
        s = 1 if upd.operator == "++" else -1
        index = f"({i} := {twin} {'+' if s > 0 else '-'} 1)" if upd.prefix else twin
        if upd.prefix:
            bump = f"({twin} := {i}) is not None"
        else:
            bump = f"({twin} := {twin} {'+' if s > 0 else '-'} 1){'' if s > 0 else ' is not None'}"
        d = "1.0" if s > 0 else "-1.0"
        step = self.binding_write(ref, f"{self.binding(ref)} + {d}")
        step = f"{step}{'' if s > 0 and not upd.prefix else ' is not None'} and {bump}"
        self.twin_written.add(id(upd))
        in_place = purity == CONST or purity == PURE and self.stable(node.object, [upd])
        if in_place:
            o = src
            head = f"({els} := {array}.elements) is not None" if array is not None else \
                f"type({o}) is JSArray and ({els} := {o}.elements) is not None"
        else:
            o = self.temp()
            head = f"type({o} := {src}) is JSArray and ({els} := {o}.elements) is not None"
        return (f"({v} if {head} and 0 <= {index} < len({els}) and ({v} := {els}[{i if upd.prefix else twin}]) "
                f"is not HOLE and {step} else _get_computed({o}, {self.expr(upd)}))")

    def string_get(self, o, k, int_key=None):
        """The middle of ``o[k]``'s conditional (both already evaluated): the code unit
        of a String ``o`` at an index ``k`` inside it (a JS String is a Python str of
        UTF-16 code units, one a character)."""
        if int_key is not None:
            return f"{o}[{int_key}] if type({o}) is str and {self.below(int_key, f'len({o})')}"
        i = self.temp()
        return (f"{o}[{i}] if type({o}) is str and type({k}) is float and 0.0 <= {k} < len({o}) "
                f"and ({i} := int({k})) == {k}")

    @staticmethod
    def own_string_key_get(o, k, v):
        """A test (leaving the value in ``v``) that ``o[k]`` is a plain object's own data
        property with the default attributes, for a String key: a plain object's
        property keys are its ``props`` keys (an array index among them too), so the
        key is looked up as it is."""
        return f"{v} if type({k}) is str and type({o}) is JSObject and type({v} := {o}.props.get({k}, _PROP0)) is not Prop"

    # Typed arrays (NUMERIC_INDEXED classes): the elements of one with an ``element_view``
    # memoryview are read and written through it; a detach takes it away and a resize
    # of the buffer replaces it (see pyjs/builtins/typed_array_core.py), so it is read
    # afresh for each access.
    def typed_view(self, o, m, array):
        """The test that ``o`` is a TypedArray with an element view, read into ``m``:
        through the TypedArray local hoisted with the Array local ``array`` (see
        FunctionGenerator.hoist_arrays) when there is one."""
        typed = self.typed_twins.get(array)
        if typed is not None:
            return f"({m} := {typed}.element_view) is not None"
        return f"type({o}) in _NUMERIC_INDEXED and ({m} := {o}.element_view) is not None"

    def typed_get(self, o, k, int_key=None, array=None):
        """The middle of ``o[k]``'s conditional (after the Array test failed, both
        already evaluated): the element of a TypedArray ``o`` with an element view,
        read when ``k`` is an index inside it; the caller adds the general path.
        ``array``: the hoisted Array local of ``o``, if any (see :meth:`typed_view`)."""
        m, i = self.temp(), self.temp()
        view = self.typed_view(o, m, array)
        if int_key is not None:
            return f"float({m}[{int_key}]) if {view} and {self.below(int_key, f'len({m})')}"
        return (f"float({m}[{i}]) if type({k}) is float and {view} and 0.0 <= {k} < len({m}) "
                f"and ({i} := int({k})) == {k}")

    def typed_set(self, o, k, v, int_key=None, array=None):
        """The ``elif`` test and statement of ``o[k] = v`` that writes a
        Number ``v`` into a TypedArray's element view when it stores ``v`` as
        NumericToRawBytes would (store_min/store_max) and ``k`` is an index inside it;
        the caller adds the general path as the ``else``.  ``array``: the hoisted
        Array local of ``o``, if any (see :meth:`typed_view`)."""
        m, i = self.temp(), self.temp()
        view = self.typed_view(o, m, array)
        if int_key is not None:
            i, index = int_key, self.below(int_key, f"len({m})")
        else:
            index = f"type({k}) is float and 0.0 <= {k} < len({m}) and ({i} := int({k})) == {k}"
        return (f"elif {view} and {index} and type({v}) is float and {o}.store_min <= {v} <= {o}.store_max: "
                f"{m}[{i}] = {o}.store_type({v})")

    def typed_length(self, o, n):
        """A test that ``o`` is a TypedArray whose ``length`` is the built-in getter's,
        leaving that length (a Number) in ``n``.  Inline for a view with an element view
        (its length is that view's) whose "length" is not an own property and resolves,
        in the inherited-lookup cache, to the running realm's %TypedArray%.prototype
        accessor (Realm.typed_array_length); else TypedArrayObject.pristine_length."""
        m = self.temp()
        return (f"type({o}) in _NUMERIC_INDEXED and (({m} := {o}.element_view) is not None "
                f"and 'length' not in {o}.props and _INHERITED.get({o}.proto, _NO_ENTRY).get('length') "
                f"is {self.realm}.typed_array_length and ({n} := float(len({m}))) >= 0.0 "
                f"or ({n} := {o}.pristine_length()) is not None)")

    # -- assignment -------------------------------------------------------------------------
