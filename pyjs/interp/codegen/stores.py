"""Python source for JS stores: assignments, ``++``/``--``, destructuring of plain
names, and PutValue on bindings, globals, properties and elements.

A mixin of :class:`~.expressions.ExpressionGenerator`, which gives it the operand
and read helpers (``gen``, ``expr``, ``named_get``, ``computed_get``...) the stores
share with reads; the split follows the spec's own, Evaluation of expressions against
PutValue and the assignment operators (§13.15, §13.4).
"""

from ..compiler.refs import make_setter
from ..proto_cache import EMPTY
from ..runtime import ARRAY_VALUES
from ..values import WRITABLE, is_array_index
from .source import CONST, PURE, EFFECT, OwnRead, Unsupported, constant_index, is_name
from .tree_facts import is_number, written_names
from .int_tree import BITWISE
from ...parser.nodes import Node


def _member_target(node):
    """Is ``node`` an array pattern target that member_array_pattern stores to: ``o.name``
    or ``o[key]`` (no super, private name or optional chain)?"""
    return node is not None and node.type == "MemberExpression" and node.object.type != "Super" and \
        node.property.type != "PrivateIdentifier" and not node.optional


class StoreGenerator:
    def local_ref(self, name):
        """The Ref of a name whose binding generated code may write in place, or None."""
        ref = self.c.resolve(name)
        if ref.checks or ref.is_global or ref.binding.kind in ("const", "fname", "import"):
            return None
        return ref

    def x_AssignmentExpression(self, node):
        target = node.left
        if node.operator == "=" and target.type == "Identifier":
            ref = self.local_ref(target.name)
            if ref is not None:
                # an int local (ExpressionGenerator.own_scope) stores the int, and its Number is the value
                as_int = self.int_local(ref) is not None
                right = self.int_value(node.right) if as_int else self.expr(node.right) \
                    if getattr(target, "parenthesized", False) else self.expr_named(node.right, target.name)
                if self.past_tdz(ref):
                    write = self.binding_write(ref, right)
                    return f"float({write})" if as_int else self.twin_reset(node, ref, write)
                v = self.temp()
                write = self.binding_write(ref, v)
                return (f"(_tdz({target.name!r}) if (({v} := {right}), {self.binding(ref)})[1] is _TDZ "
                        f"else {f'float({write})' if as_int else write})")
            ref = self.c.resolve(target.name)
            if ref.is_global and not ref.checks:
                # a global (a script's var, or a sloppy implicit one): PutValue after the value
                right = self.expr(node.right) if getattr(target, "parenthesized", False) \
                    else self.expr_named(node.right, target.name)
                v = self.temp()
                return f"(({v} := {right}), {self.global_store_expr(ref, v)})[0]"
        if node.operator == "=" and target.type == "MemberExpression" and \
                target.property.type == "PrivateIdentifier" and (pn := self.private_name(target)) is not None:
            v = self.temp()     # PrivateSet after the base and the value
            return f"(_private_set({self.expr(target.object)}, {pn}, ({v} := {self.expr(node.right)})), {v})[1]"
        if node.operator == "=" and target.type == "MemberExpression" and not target.optional and \
                target.object.type != "Super" and target.property.type != "PrivateIdentifier":
            v = self.temp()
            obj = self.expr(target.object)
            if target.computed:
                key = self.expr(target.property)
                return f"(_assign_computed({obj}, {key}, ({v} := {self.expr(node.right)}), {self.strict}), {v})[1]"
            name = target.property.name
            return f"(_set_member({obj}, {name!r}, ({v} := {self.expr(node.right)}), {self.strict}), {v})[1]"
        return self.fallback(node)

    def x_UpdateExpression(self, node):
        target = node.argument
        d = "1.0" if node.operator == "++" else "-1.0"
        if target.type == "Identifier":
            ref = self.local_ref(target.name)
            if ref is not None:
                return self.twin_step(node, ref, self.local_update(node, ref))
            ref = self.c.resolve(target.name)
            if ref.is_global and not ref.checks and target.name != "undefined":
                old, new = self.temp(), self.temp()
                bump = self.numeric_update(self.gen(target)[0], old, new, d)
                return f"({bump}, {self.global_store_expr(ref, new)}, {new if node.prefix else old})[2]"
            return self.fallback(node)
        if target.type == "MemberExpression" and target.property.type == "PrivateIdentifier" and \
                (pn := self.private_name(target)) is not None:
            o, old, new = self.temp(), self.temp(), self.temp()
            bump = self.numeric_update(f"_private_get({o}, {pn})", old, new, d)
            return (f"(({o} := {self.expr(target.object)}), {bump}, _private_set({o}, {pn}, {new}), "
                    f"{new if node.prefix else old})[3]")
        if target.type != "MemberExpression" or target.object.type == "Super" or \
                target.property.type == "PrivateIdentifier" or target.optional:
            return self.fallback(node)
        # o.p++ / o[k]++ as a value: the base, the key, GetValue, ToNumeric, PutValue
        o, old, new = self.temp(), self.temp(), self.temp()
        value = new if node.prefix else old
        if target.computed:
            k = self.temp()
            bump = self.numeric_update(self.computed_get((o, o), (k, k)), old, new, d)
            return (f"(({o} := {self.expr(target.object)}), ({k} := {self.computed_key(o, self.expr(target.property))}), "
                    f"{bump}, _set_computed({o}, {k}, {new}, {self.strict}), {value})[4]")
        name = target.property.name
        props = self.this_props if target.object.type == "ThisExpression" else None
        bump = self.numeric_update(self.named_get(o, o, name, props), old, new, d)
        general = (f"(({o} := {self.expr(target.object)}), {bump}, "
                   f"{self.named_store_value(o, name, new, props)}, {value})[3]")
        if props is None:
            return general
        # this.name++ of a plain data property holding a Number: stored in place
        n = repr(name)
        if node.prefix:
            return (f"({new} if type({old} := {props}.get({n}, _NO_PROP)) is float "
                    f"and {props}.__setitem__({n}, ({new} := {old} + {d})) is None else {general})")
        return (f"({old} if type({old} := {props}.get({n}, _NO_PROP)) is float "
                f"and {props}.__setitem__({n}, {old} + {d}) is None else {general})")

    def local_update(self, node, ref):
        """``x++`` (``x--``, ``++x``, ``--x``) of a local ``x`` whose binding generated
        code writes in place, as a value."""
        d = "1.0" if node.operator == "++" else "-1.0"
        target = node.argument
        old, step = self.temp(), self.temp()
        read = self.slot_read(ref, target)[0]
        if self.number(target):
            if node.prefix:
                return self.binding_write(ref, f"{read} + {d}")
            return f"(({old} := {read}), {self.binding_write(ref, f'{old} + {d}')})[0]"
        fast = self.binding_write(ref, f"{old} + {d}")
        if node.prefix:
            slow = self.binding_write(ref, f"_numeric_step({old}, {d})[1]")
            return f"({fast} if type({old} := {read}) is float else {slow})"
        slow = f"(({step} := _numeric_step({old}, {d})), {self.binding_write(ref, step + '[1]')})[0][0]"
        return f"({old} if type({old} := {read}) is float and {fast} is not None else {slow})"

    def twin_step(self, node, ref, update):
        """The update expression ``update`` of ``node`` (``x++``...), also stepping the
        written twin of ``x``, if it has one (FunctionGenerator.written_twin)."""
        op = "+" if node.operator == "++" else "-"
        return self.with_twin(node, ref, update, lambda twin, v: f"{twin} {op} 1")

    def twin_reset(self, node, ref, write):
        """The assignment expression ``write`` of ``node`` (``x = v``), also computing
        the written twin of ``x`` afresh (ExpressionGenerator.assigned_twin), if it has one."""
        return self.with_twin(node, ref, write, lambda twin, v: self.assigned_twin(node.right, v))

    def with_twin(self, node, ref, write, new_twin):
        """``write`` (of ``node``, a write of ``x``), then the written twin of ``x`` set to
        ``new_twin(twin, value)``, when ``x`` has one; the written value."""
        twin = self.written_twins.get(ref.binding)
        if twin is None:
            return write
        self.twin_written.add(id(node))
        v = self.temp()
        return f"(({v} := {write}), ({twin} := {new_twin(twin, v)}))[0]"

    def stepped_twin(self, node):
        """``(ref, twin)`` for a key ``x++`` (``x--``, ``++x``, ``--x``) of a local ``x``
        with a written twin (FunctionGenerator.written_twin), else None."""
        if node.type != "UpdateExpression" or node.argument.type != "Identifier" or \
                self.int_overrides is not None and id(node) in self.int_overrides:
            return None
        ref = self.local_ref(node.argument.name)
        if ref is None or ref.binding not in self.written_twins or self.slot_read(ref, node.argument)[1] != PURE:
            return None
        return ref, self.written_twins[ref.binding]

    def twin_key(self, node):
        """Emit the key ``x++`` (``x--``, ``++x``, ``--x``, see :meth:`stepped_twin`) of a
        store ``o[x++] = v`` as statements; returns the key's value and its int twin
        (the twin's value that went with it), which the store takes as its int key."""
        ref, twin = self.stepped_twin(node)
        s = "+" if node.operator == "++" else "-"
        k, ki = self.temp(), self.temp()
        var = self.binding(ref)
        self.twin_written.add(id(node))
        if self.number(node.argument):
            if node.prefix:
                self.emit(f"{var} = {k} = {self.slot_read(ref, node.argument)[0]} {s} 1.0")
                self.emit(f"{twin} = {ki} = {twin} {s} 1")
            else:
                self.emit(f"{k} = {self.slot_read(ref, node.argument)[0]}")
                self.emit(f"{var} = {k} {s} 1.0")
                self.emit(f"{ki} = {twin}")
                self.emit(f"{twin} = {ki} {s} 1")
            return k, ki
        self.emit(f"{k} = {self.local_update(node, ref)}")
        self.emit(f"{twin} {s}= 1")
        self.emit(f"{ki} = {twin}" if node.prefix else f"{ki} = {twin} {'-' if s == '+' else '+'} 1")
        return k, ki

    def step_key(self, node):
        """For a key ``x++`` (``x--``, ``++x``, ``--x``) of a local ``x`` read with no
        effect: ``(test, k, old)``, where ``test`` reads ``x`` into ``old`` and, when
        that is a Number, stores the step and leaves the key (a float) in ``k``; it is
        false, having stored nothing, when ``old`` is no Number.  Else None."""
        if node.type != "UpdateExpression" or node.argument.type != "Identifier" or \
                self.int_overrides is not None and id(node) in self.int_overrides:
            return None
        ref = self.local_ref(node.argument.name)
        if ref is None or ref.binding in self.written_twins:
            return None
        read, purity = self.slot_read(ref, node.argument)
        if purity != PURE:
            return None
        old = self.temp()
        d = '1.0' if node.operator == '++' else '-1.0'
        if self.number(node.argument):      # a Number: no test, the step is stored at once
            first = self.binding_write(ref, f"({old} := {read}) + {d}")
            if not node.prefix:
                return f"{first} is not None", old, old
            k = self.temp()
            return f"({k} := {first}) is not None", k, old
        step = self.binding_write(ref, f"{old} + {d}")
        if not node.prefix:
            return f"type({old} := {read}) is float and {step} is not None", old, old
        k = self.temp()
        return f"type({old} := {read}) is float and ({k} := {step}) is not None", k, old

    def numeric_update(self, read, old, new, d):
        """An expression that evaluates ``read`` and leaves ToNumeric of it in ``old``
        and that plus ``d`` (1 or -1) in ``new``."""
        step = self.temp()
        if type(read) is OwnRead:       # the read is finished only when no Number is stored
            return (f"(({new} := ({old} := {read.v}) + {d}) if {read.test('is', 'float')} "
                    f"else (({old} := ({step} := _numeric_step({read.v}, {d}))[0]), ({new} := {step}[1])))")
        return (f"(({new} := {old} + {d}) if type({old} := {read}) is float "
                f"else (({old} := ({step} := _numeric_step({old}, {d}))[0]), ({new} := {step}[1])))")

    def global_store_expr(self, ref, v):
        """An expression storing the local ``v`` in the global ``ref.name`` (PutValue), by
        the inline paths of :meth:`global_store`, else through the setter."""
        access = make_setter(ref, self.strict)
        setter = self.const(access)
        name = ref.name
        cell, kind = self.global_lexicals.get(name, (None, None))
        if kind in ("let", "class"):
            if name in self.global_initialized:
                return f"setattr({cell}, 'value', {v})"
            return f"setattr({cell}, 'value', {v}) if {cell}.value is not _TDZ else {setter}(None, {v})"
        cell = self.global_cells.get(name)
        if cell is not None:
            return (f"setattr({cell}, 'value', {v}) if {cell} is not None and {cell}.flags & {WRITABLE} "
                    f"else {setter}(None, {v})")
        if getattr(access, "cache", None) is None or kind == "const":
            return f"{setter}(None, {v})"
        c_realm, c_prop = self.global_caches(access)
        return (f"setattr({c_prop}, 'value', {v}) if {c_realm} is {self.realm} and {c_prop}.flags & {WRITABLE} "
                f"else {setter}(None, {v})")

    def store_binding(self, name, value, init, as_int=False):
        """Emit ``name = value`` (``init``: a declaration initializing its binding).
        Returns source that reads the stored value again, or None.  ``as_int``:
        ``value`` is the int an int local stores (ExpressionGenerator.int_value),
        which every store of one must be (``let x;`` aside, which leaves undefined in
        a binding number_locals found never read before its next store)."""
        c = self.c
        ref = c.resolve(name)
        if not as_int and value != "None" and not ref.is_global and self.int_local(ref) is not None:
            raise Unsupported("a store of an int local that is not an int")
        if ref.checks and not init:
            raise Unsupported("dynamic binding in a declaration")
        if ref.is_global:
            return self.global_store(ref, value, init)
        if not init and ref.binding.kind in ("const", "fname", "import"):
            setter = make_setter(ref, self.strict, init=init)
            if ref.binding is not None:
                self.touched.add(ref.binding)
            self.emit(f"{self.const(setter)}({self.env()}, {value})")
            return None
        target = self.binding(ref)
        if not init and not self.past_tdz(ref):
            t = self.temp()
            self.emit(f"{t} = {value}")
            self.emit(f"if {target} is _TDZ: _tdz({name!r})")
            self.emit(f"{target} = {t}")
            return t
        self.emit(f"{target} = {value}")
        return target

    def inline_pattern(self, pattern, value, init, pairs=False):
        """Emit the binding or assignment of ``pattern`` to the local ``value`` as
        statements when every target is a name this code stores to directly (no
        dynamic or global binding, nothing that throws on store): ``{a, b: c = d}``
        with named keys, or ``[a, , b]`` (a store cannot run code between its steps,
        so its values are taken at once).  False when the pattern has another shape:
        the closure-compiled binder then runs it.  ``pairs``: ``value`` is a step
        of for_of_values(..., True), which an array pattern takes apart with
        pair_pattern_values."""
        def plain(target, array):
            if target is None:
                return array
            if array and not init:
                return self.local_array_target(target)
            if target.type != "Identifier":
                return False
            ref = self.c.resolve(target.name)
            if ref.checks or ref.is_global:
                return False
            return init or ref.binding.kind not in ("const", "fname", "import")
        if pattern.type == "ObjectPattern":
            props = pattern.properties
            if not all(p.type == "Property" and not p.computed and
                       (p.key.type == "Identifier" or type(p.key.value) is str and not is_array_index(p.key.value)) and
                       plain(p.value.left if p.value.type == "AssignmentPattern" else p.value, False) for p in props):
                return False
            self.emit(f"if {value} is None or {value} is null: _not_destructurable({value})")
            for p in props:
                name = p.key.name if p.key.type == "Identifier" else p.key.value
                target = p.value
                v = self.temp()
                self.emit(f"{v} = {self.named_get(value, value, name)}")
                if target.type == "AssignmentPattern":
                    self.emit(f"if {v} is None: {v} = {self.expr_named(target.right, target.left.name)}")
                    target = target.left
                self.store_pattern_target(target.name, v, init)
            return True
        if pattern.type == "ArrayPattern" and all(plain(t, True) for t in pattern.elements):
            values = [self.temp() for _ in pattern.elements]
            self.take_array_values(value, values, pairs)
            for target, v in zip(pattern.elements, values):
                if target is not None:
                    self.store_pattern_target(target.name, v, init)
            return True
        if pattern.type == "ArrayPattern" and not init and not pairs and \
                all(plain(t, True) or _member_target(t) for t in pattern.elements):
            self.member_array_pattern(pattern.elements, value)
            return True
        return False

    def take_array_values(self, value, values, pairs):
        """Emit the taking of an array pattern's values from the local ``value`` into the
        temps ``values`` (array_pattern_values, or with ``pairs`` pair_pattern_values),
        their usual cases inline: with ``pairs``, a Map or Set entry tuple; a dense
        Array with no own property holding a value for each name; either while array
        iteration is untouched, the iterator left unfinished with no ``return``
        method to call."""
        n = len(values)
        unpack = f"{', '.join(values)}, = " if values else ""     # `[]` still takes its iterator
        no_return = (f"_INHERITED.get(_realm.iteration_parts[{ARRAY_VALUES!r}][2], _NO_ENTRY)"
                     f".get('return', _MISSING) is None")
        cases = []
        if pairs and n == 2:
            cases.append((f"type({value}) is tuple and _INHERITED.get(_realm.array_prototype, _NO_ENTRY)"
                          f".get(_realm) is True and {no_return}", f"{unpack}{value}"))
        if 0 < n <= 4:
            e = self.temp()
            each = " and ".join(f"({v} := {e}[{i}]) is not HOLE" for i, v in enumerate(values))
            cases.append((f"type({value}) is JSArray and not {value}.props and ({e} := {value}.elements) "
                          f"is not None and len({e}) >= {n} and {each} and _INHERITED.get({value}.proto, "
                          f"_NO_ENTRY).get(_realm) is True and {no_return}", "pass"))
        take = f"{unpack}{'_pair_pattern_values' if pairs else '_array_pattern_values'}({value}, {n})"
        for i, (test, then) in enumerate(cases):
            self.emit(f"{'elif' if i else 'if'} {test}: {then}")
        self.emit(f"else: {take}" if cases else take)

    def member_array_pattern(self, targets, value):
        """Emit the assignment of the local ``value`` to an array pattern whose targets
        are local names and member expressions (``[a[i], a[j]] = [a[j], a[i]]``).  Each
        target's reference is evaluated, then the iterator stepped, then the value
        stored (IteratorDestructuringAssignmentEvaluation); when the steps cannot be
        observed (runtime.array_values_at_once) the values are taken at once first,
        else the iterator is stepped between the targets and closed if they leave it
        unfinished, or if a store throws."""
        values = [self.temp() for _ in targets]
        taken = self.temp()
        self.emit(f"if ({taken} := _array_values_at_once({value}, {len(targets)})) is not None:")
        self.level += 1
        self.emit(f"{', '.join(values)}, = {taken}")
        self.store_targets(targets, values)
        self.level -= 1
        self.emit("else:")
        self.level += 1
        rec = self.temp()
        self.emit(f"with _closed_unless_done(_for_of_values({value})) as {rec}:")
        self.level += 1
        for target in targets:
            if target is None:
                self.emit(f"_pattern_step({rec})")
            elif target.type == "Identifier":
                self.store_pattern_target(target.name, f"_pattern_step({rec})", False)
            else:
                o, k = self.temp(), self.temp()
                self.emit(f"{o} = {self.expr(target.object)}")
                if target.computed:
                    self.emit(f"{k} = {self.expr(target.property)}")
                    self.emit(f"_assign_computed({o}, {k}, _pattern_step({rec}), {self.strict})")
                else:
                    self.emit(f"_set_member({o}, {target.property.name!r}, _pattern_step({rec}), {self.strict})")
        self.level -= 2

    def literal_pattern_statement(self, node):
        """Emit ``[t1, t2] = [e1, e2]`` (evaluated for its effects; the targets as
        member_array_pattern takes them, the right side an Array literal without
        holes or spreads), or return False.  The literal's elements are evaluated; while
        iterating a new Array of this realm cannot be observed (Array iteration
        untouched, no ``return`` for the iterator a shorter pattern leaves unfinished:
        runtime.array_values_at_once's tests, inline) no Array is made and each target
        takes its element; else the Array is made and member_array_pattern assigns it."""
        pattern, right = node.left, node.right
        if node.operator != "=" or pattern.type != "ArrayPattern" or right.type != "ArrayExpression" or \
                any(e is None or e.type == "SpreadElement" for e in right.elements) or \
                not all(t is not None and (_member_target(t) or self.local_array_target(t)) for t in pattern.elements):
            return False
        values = []
        for e in right.elements:
            t = self.temp()
            self.emit(f"{t} = {self.expr(e)}")
            values.append(t)
        r = self.realm
        unfinished = len(pattern.elements) <= len(values)
        test = f"_INHERITED.get({r}.array_prototype, _NO_ENTRY).get({r}) is True"
        if unfinished:
            test += (f" and _INHERITED.get({r}.iteration_parts['%Array.prototype.values%'][2], _NO_ENTRY)"
                     f".get('return', _MISSING) is None")
        self.emit(f"if {test}:")
        self.level += 1
        self.store_targets(pattern.elements, values + ["None"] * len(pattern.elements))
        self.level -= 1
        self.emit("else:")
        self.level += 1
        a = self.temp()
        self.emit(f"{a} = JSArray({r}.array_prototype, [{', '.join(values)}])")
        self.member_array_pattern(pattern.elements, a)
        self.level -= 1
        return True

    def local_array_target(self, target):
        """Is ``target`` a name an array pattern may store to directly (inline_pattern's rule)?"""
        if target.type != "Identifier":
            return False
        ref = self.c.resolve(target.name)
        return not ref.checks and not ref.is_global and ref.binding.kind in ("var", "param")

    def store_targets(self, targets, values):
        """Emit each of ``targets`` (None for a hole) = its value of ``values``, in order."""
        keyed = all(t is None or t.type != "Identifier" for t in targets)
        for target, v in zip(targets, values):
            if target is not None:
                self.store_target(target, v, keyed)

    def store_target(self, target, v, keyed):
        """Emit ``target = v`` for a local name or a member expression (see _member_target),
        the target's reference evaluated here, ``v`` a value that nothing changes.
        ``keyed``: no target of the pattern is a name, so the stores before this one
        changed no variable, and the int twin of its key and the loop's Array local
        standing for its object still hold."""
        if target.type == "Identifier":
            self.store_pattern_target(target.name, v, False)
            return
        o = self.temp()
        self.emit(f"{o} = {self.expr(target.object)}")
        if not target.computed:
            self.named_store(o, target.property.name, v, self.props_local(target.object, o))
            return
        k = self.temp()
        self.emit(f"{k} = {self.expr(target.property)}")
        int_key, array = (self.int_key(target.property), self.array_of(target.object)) if keyed else (None, None)
        self.element_store(o, k, v, f"_assign_computed({o}, {k}, {v}, {self.strict})", int_key,
                           array, not is_number(target.property), self.number(target.property))

    def store_pattern_target(self, name, value, init):
        self.store_binding(name, value, init)
        if init:
            self.declared(name)

    def global_store(self, ref, value, init=False):
        """Emit a store to a global name, through the setter's cached Prop when it
        holds a writable ``var``'s Prop, or a let or class binding's cell, of this realm."""
        access = make_setter(ref, self.strict, init=init)
        setter = self.const(access)
        t = self.temp()
        self.emit(f"{t} = {value}")
        cell, kind = self.global_lexicals.get(ref.name, (None, None))
        if kind is not None and (init or kind != "const"):
            if init or ref.name in self.global_initialized:
                self.emit(f"{cell}.value = {t}")
            else:
                self.emit(f"if {cell}.value is not _TDZ: {cell}.value = {t}")
                self.emit(f"else: {setter}(None, {t})")
            return t
        if getattr(access, "cache", None) is None:
            self.emit(f"{setter}(None, {t})")
            return t
        cell = self.global_cells.get(ref.name)
        if cell is not None:
            self.emit(f"if {cell} is not None and {cell}.flags & {WRITABLE}: {cell}.value = {t}")
        else:
            c_realm, c_prop = self.global_caches(access)
            self.emit(f"if {c_realm} is {self.realm} and {c_prop}.flags & {WRITABLE}: {c_prop}.value = {t}")
        self.emit(f"else: {setter}(None, {t})")
        return t

    def assign_statement(self, node):
        """Emit an assignment as statements: source reading the assigned value
        afterwards (script code keeps it as its completion value), or False to
        use the expression form."""
        target = node.left
        op = node.operator
        if op in ("&&=", "||=", "??="):
            return False
        if op == "=" and target.type in ("ObjectPattern", "ArrayPattern"):
            value = self.temp()
            self.emit(f"{value} = {self.expr(node.right)}")
            if self.inline_pattern(target, value, False):
                return value
            assign = self.c.compile_assignment_pattern(target)
            self.touch(target)
            self.emit(f"{self.const(assign)}({self.env()}, {value})")
            return value
        if target.type == "Identifier":
            if self.c.resolve(target.name).checks:
                return False
            right = node.right
            if op == "=" and right.type == "BinaryExpression" and right.operator == "+" and \
                    right.left.type == "Identifier" and right.left.name == target.name and not self.number(right):
                ref = self.local_ref(target.name)     # x = x + y is x += y
                if ref is not None and self.slot_read(ref)[1] == PURE and self.appends_in_place(target.name, right.right):
                    return self.append_statement(self.binding(ref), right.right)
            ref = self.local_ref(target.name)
            if ref is not None and self.int_local(ref) is not None:
                return self.int_local_statement(node)
            if op == "=":
                ref = self.c.resolve(target.name)
                if not ref.is_global and ref.binding.kind in ("const", "fname", "import"):
                    return False
                value = self.expr(node.right) if getattr(target, "parenthesized", False) \
                    else self.expr_named(node.right, target.name)
                stored = self.store_binding(target.name, value, False)
                if not ref.is_global and ref.binding in self.written_twins:     # then the twin
                    self.twin_written.add(id(node))
                    self.emit(f"{self.written_twins[ref.binding]} = {self.assigned_twin(node.right, stored)}")
                return stored
            ref = self.c.resolve(target.name)
            if ref.is_global:
                value = self.compound_value(node)
                return self.global_store(ref, value)
            ref = self.local_ref(target.name)
            if ref is None:
                return False
            if op == "+=" and not self.number(node) and self.slot_read(ref, target)[1] == PURE and \
                    self.appends_in_place(target.name, node.right):
                return self.append_statement(self.binding(ref), node.right)
            value = self.compound_value(node)
            self.emit(f"{self.binding(ref)} = {value}")
            return self.binding(ref)
        if target.type != "MemberExpression" or target.object.type == "Super" or \
                target.property.type == "PrivateIdentifier" or target.optional:
            return False
        strict = self.strict
        if target.computed and op == "=":
            twin_key = self.stepped_twin(target.property) is not None
            # operands that cannot change before the store are read in place
            parts = self.operands([target.object, target.property, node.right])
            int_key = self.int_key(target.property)
            for n, (first, again) in enumerate(parts):
                if n == 1 and twin_key:
                    again, int_key = self.twin_key(target.property)
                elif n == 1 and int_key is not None and target.property.type == "BinaryExpression":
                    int_key, again = self.sum_key(int_key, first)
                elif first != again:
                    self.emit(first)
                    if n == 1 and int_key is not None:      # the value may write the key's variable
                        ix = self.temp()
                        self.emit(f"{ix} = {int_key}")
                        int_key = ix
                parts[n] = (first, again)
            (_, o), (_, k), (_, v) = parts
            if v == parts[2][0] and node.right.type != "Literal" and not self.stable(node.right, ()):
                t = self.temp()
                self.emit(f"{t} = {v}")
                v = t
            if int_key is None and constant_index(k) is not None:
                int_key = str(constant_index(k))
            self.element_store(o, k, v, f"_assign_computed({o}, {k}, {v}, {strict})", int_key,
                               self.array_of(target.object), not is_number(target.property),
                               self.number(target.property))
            return v
        src, purity = self.gen(target.object)
        if purity == CONST or purity == PURE and \
                self.stable(target.object, [target.property, node.right] if target.computed else [node.right]):
            o = src
        else:
            o = self.temp()
            self.emit(f"{o} = {src}")
        if target.computed:
            v = self.int_keyed_update(target, o, self.array_of(target.object) if o == src else None,
                                      lambda old: self.combine_old(op[:-1], old, node.right))
            if v is not None:
                return v
            k = self.temp()
            self.emit(f"{k} = {self.computed_key(o, self.expr(target.property))}")
            old = self.computed_get((o, o), (k, k))
            v = self.temp()
            self.emit(f"{v} = {self.combine_old(op[:-1], old, node.right)}")
            self.computed_store(o, k, v)
            return v
        name = target.property.name
        v = self.temp()
        tp = self.props_local(target.object, o)
        if op == "=":
            self.emit(f"{v} = {self.expr(node.right)}")
        else:
            old = self.named_get(o, o, name, tp)
            self.emit(f"{v} = {self.combine_old(op[:-1], old, node.right)}")
        self.named_store(o, name, v, tp)
        return v

    def sum_key(self, int_key, key):
        """For ``o[i + 1] = v`` with an int key that is a sum (ExpressionGenerator.int_key):
        emit the int into a local, and ``key``, which evaluates the key, only when that
        int is below zero (then the key's expression may have effects, which run
        before ``v`` is evaluated; else it has none).  Returns the local and the
        source of the key's value, the float of the int when it is not evaluated."""
        ix, k = self.temp(), self.temp()
        self.emit(f"{ix} = {int_key}")
        self.emit(f"if {ix} < 0: {k} = {key}")
        return ix, f"({k} if {ix} < 0 else float({ix}))"

    def props_local(self, node, o):
        """A local holding the props of the object ``o`` (the value of ``node``, in a
        local) or ``_NO_PROPS``, for a store to ``o.name`` and a read before it: the
        hoisted props of ``this``, or those cached for a name, read into a new local
        here.  None when neither applies."""
        if node.type == "ThisExpression":
            return self.this_props
        props = self.cached_props(node, o, o)
        if props is None:
            return None
        p = self.temp()
        self.emit(f"{p} = {props}")
        return p

    def int_keyed_update(self, target, o, array, combine):
        """Emit ``o[tree] op= v`` or ``o[tree]++`` (``o`` evaluated; ``array`` its hoisted
        Array local, if any) for a bitwise key (``bits[i >> 5] |= m``), whose int tree's
        Python int is the key: no ToPropertyKey, no type test of it (see
        :meth:`ElementGenerator.index_get`); ``combine(old)`` is the source of the new
        value.  Returns the local holding it, or None (no int tree key: nothing emitted)."""
        ix = None if self.in_int_tree else self.int_tree_index(target.property)
        if ix is None:
            return None
        k, v = self.temp(), self.temp()
        self.emit(f"{k} = {ix}")
        self.emit(f"{v} = {combine(self.index_get(o, k, k, array))}")
        self.element_store(o, k, v, f"_set_computed({o}, {k}, {v}, {self.strict})", k, array, False, True)
        return v

    def computed_key(self, o, key):
        """The key of ``o[key]`` in a compound assignment or update, once ``o`` is
        evaluated (runtime.computed_key): inline when it is a Number for an Array or
        a String for a plain object, which it stays."""
        t = self.temp()
        return (f"({t} if type({t} := {key}) is float and type({o}) is JSArray or "
                f"type({t}) is str and type({o}) is JSObject else _computed_key({o}, {t}))")

    def computed_store(self, o, k, v):
        """Emit PutValue of ``o[k] = v`` for a key from :meth:`computed_key` (all three
        evaluated; the element's or property's state is tested again, since reading
        the old value or the right-hand side may have run JS code)."""
        self.element_store(o, k, v, f"_set_computed({o}, {k}, {v}, {self.strict})")

    def element_store(self, o, k, v, general, int_key=None, array=None, string_keys=True, number_key=False):
        """Emit ``o[k] = v`` (all three evaluated; ``int_key`` the index's Python int
        when known, ``array`` a loop's hoisted Array local for ``o``; ``number_key``:
        ``k`` is known to be a Number, so it is not tested), with the
        statement ``general`` as the path for anything not spelled here: an element
        present in a dense Array is overwritten in place (a dense Array's elements are
        plain writable data properties); an index up to the length (a hole, or the
        next element) goes to JSArray.set_index; a TypedArray's element is written
        through its view; with ``string_keys``, a String key of a plain object's own
        plain data property is written in place, and a new one added in place when
        [[Set]] adds it (as :meth:`named_store` tests: an extensible object whose
        prototype's inherited-lookup cache entry holds None for the key, or no
        prototype)."""
        els, i = self.temp(), self.temp()
        elements = f"({els} := {array}.elements) is not None" if array is not None else \
            f"type({o}) is JSArray and ({els} := {o}.elements) is not None"
        tested = int_key is None and not number_key
        # a variable's twin: the variable may hold a String key as well
        string_keys = string_keys and not number_key and (int_key is None or is_name(k))
        p = self.temp()
        adds = (f"{o}.extensible and (_INHERITED.get({o}.proto, _NO_ENTRY).get({k}, _PROP0) is None "
                f"or {o}.proto is None)")
        string_store = (f"type({k}) is str and type({o}) is JSObject and "
                        f"(type(({p} := {o}.props).get({k}, _PROP0)) is not Prop or {k} not in {p} and {adds}): "
                        f"{p}[{k}] = {v}")
        # the int twin of a variable is below zero for any key that is no index (a String's
        # among them, as in ``counts[word] = ...``): no element branch need test it then
        split = string_keys and int_key is not None and is_name(int_key)
        if split:
            self.emit(f"if {int_key} < 0:")
            self.emit(f"    if {string_store}")
            self.emit(f"    else: {general}")
        if int_key is not None:
            i = int_key
            low = "" if split or self.not_negative(int_key) else "0 <= "
            index, near = f"{low}{i} < len({els})", f"{low}{i} <= len({els})"
        else:
            if tested:
                self.emit(f"if type({k}) is float:")
                self.level += 1
            index = f"0.0 <= {k} < len({els}) and ({i} := int({k})) == {k}"
            near = f"0.0 <= {k} <= len({els}) and ({i} := int({k})) == {k}"
        self.emit(f"{'elif' if split else 'if'} {elements} and {index} and {els}[{i}] is not HOLE: {els}[{i}] = {v}")
        if self.strict:
            self.emit(f"elif {elements} and {near}:")
            self.emit(f"    if not {o}.set_index({i}, {v}): raise _set_failure_error({o}, str({i}))")
        else:
            self.emit(f"elif {elements} and {near}: {o}.set_index({i}, {v})")
        self.emit(self.typed_set(o, k, v, int_key, array))
        if tested:
            self.emit(f"else: {general}")
            self.level -= 1
        if string_keys and not split:
            self.emit(f"elif {string_store}")
        self.emit(f"else: {general}")

    def named_store(self, o, name, v, this_props=None):
        """Emit ``o.name = v`` (``o`` and ``v`` already evaluated): in place when ``o``
        is a plain object with that own plain data property, or an extensible one
        without it whose prototype's entry in the inherited-lookup cache says that
        [[Set]] adds it (a cached None: see runtime.set_adds_own, which makes the
        entry on a miss), else PutValue.  The add reads ``o.props`` afresh: a hoisted
        ``this_props`` is emptied and stale once ``this`` becomes a prototype."""
        tp, p = this_props, self.temp()
        if tp is not None:
            self.emit(f"if {self.own_data(tp, name)}: {tp}[{name!r}] = {v}")
            self.emit(f"elif {self.added_to_this(o, name, p)}: {p}[{name!r}] = {v}")
        else:
            self.emit(f"if {self.own_data_or_added(o, name, p)}: {p}[{name!r}] = {v}")
        self.emit(f"else: _set_member({o}, {name!r}, {v}, {self.strict})")

    def constructor_adds(self, stmts):
        """Emit the leading run of ``this.name = value`` statements of a constructor's
        body (two or more; each value a literal or a variable read without effect, so
        none runs JS code or throws) as one test and the stores, and return how many
        statements it took (0 when none).  The test is that ``this`` is a plain
        extensible object with no property yet (a new object) whose prototype's
        inherited-lookup cache entry holds None for each name: then each [[Set]] adds
        an own data property, and nothing between them can change that.  A global of
        the generated code keeps the last prototype found so until the cache is
        emptied (runtime.adds_own), so that instances of one class pass with one
        comparison.  Otherwise the statements are emitted as usual, in the else branch."""
        run, values = 0, []
        start = len(self.lines)
        for st in stmts:
            e = st.expression if st.type == "ExpressionStatement" else None
            if e is None or e.type != "AssignmentExpression" or e.operator != "=" or \
                    e.left.type != "MemberExpression" or e.left.computed or \
                    e.left.object.type != "ThisExpression" or e.left.property.type != "Identifier" or \
                    e.right.type not in ("Identifier", "Literal"):
                break
            src, purity = self.gen(e.right)
            if purity == EFFECT or len(self.lines) != start:
                del self.lines[start:]
                break
            values.append((e.left.property.name, src))
            run += 1
        ref = self.c.resolve("%this")
        if run < 2 or ref.is_global or ref.binding.kind == "let":     # a derived constructor's: TDZ
            return 0
        this = self.binding(ref)
        p, g = self.temp(), self.adds_site([name for name, _ in values])
        absent = f"({this}.proto is {g} or _adds_own({g}s, {this}.proto))"
        self.emit(f"if type({this}) is JSObject and not ({p} := {this}.props) and {this}.extensible and {absent}:")
        self.emit("    " + "; ".join(f"{p}[{name!r}] = {src}" for name, src in values))
        self.emit("else:")
        self.level += 1
        self.statements(stmts[:run])
        self.level -= 1
        return run

    def adds_site(self, names):
        """The name of a new global of the generated code keeping the prototype whose
        instances' stores of ``names`` add own data properties (see constructor_adds;
        ``_EMPTY`` until runtime.adds_own fills it), and of the site that function
        takes (the same name followed by ``s``)."""
        g = f"_a{len(self.const_names)}"
        self.const_names[("adds", g)] = g
        ns = self.namespace
        ns[g], ns[g + "s"] = EMPTY, (ns, g, tuple(names))
        return g

    def named_store_value(self, o, name, v, this_props=None):
        """:meth:`named_store` as an expression (whose value is None), for ``o.name++``
        used as a value: the props dict's ``__setitem__`` is called where that
        statement assigns."""
        tp, p, n = this_props, self.temp(), repr(name)
        general = f"_set_member({o}, {n}, {v}, {self.strict})"
        if tp is not None:
            return (f"({tp}.__setitem__({n}, {v}) if {self.own_data(tp, name)} "
                    f"else {p}.__setitem__({n}, {v}) if {self.added_to_this(o, name, p)} else {general})")
        return f"({p}.__setitem__({n}, {v}) if {self.own_data_or_added(o, name, p)} else {general})"

    @staticmethod
    def own_data(props, name):
        """The test that ``props`` (hoisted props of ``this``, or ``_NO_PROPS``) holds ``name``
        as a plain data property, which a store writes in place."""
        return f"type({props}.get({name!r}, _PROP0)) is not Prop"

    @staticmethod
    def adds(o, name):
        """The test that [[Set]] adds ``name`` to the plain object ``o`` without it: ``o`` is
        extensible and its prototype's inherited-lookup cache entry holds None for it."""
        return f"{o}.extensible and _INHERITED.get({o}.proto, _NO_ENTRY).get({name!r}, _PROP0) is None"

    def added_to_this(self, o, name, p):
        """The test that a store to ``o.name`` adds it (the hoisted props of ``this`` said it
        is no plain data property of ``o``), reading ``o``'s props afresh into ``p``."""
        return f"type({o}) is JSObject and {name!r} not in ({p} := {o}.props) and {self.adds(o, name)}"

    def own_data_or_added(self, o, name, p):
        """The test that a store to ``o.name`` writes into ``o``'s props (read into ``p``) in place."""
        return (f"type({o}) is JSObject and (type(({p} := {o}.props).get({name!r}, _PROP0)) is not Prop "
                f"or {name!r} not in {p} and {self.adds(o, name)})")

    def appends_in_place(self, name, right):
        """May ``name += right`` evaluate ``right`` before reading ``name``?  Only
        when nothing ``right`` runs can write the variable: no closure sees it, no
        mapped ``arguments`` aliases it, and ``right`` does not assign it.  (A Number
        literal keeps the one-test form: ``i += 3`` appends nothing.)"""
        fn = self.c.fn
        return not is_number(right) and name not in self.captured and name not in written_names(right) and \
            not (fn is not None and not self.c.strict and fn.info.uses_arguments)

    def append_statement(self, x, right):
        """``x += right`` for a local ``x`` as ``x += t`` on two Strings (or Numbers):
        CPython then appends to a string no one else holds in place, where
        ``x = x + t`` would copy it, and a loop building a string would go quadratic."""
        t = self.temp()
        self.emit(f"{t} = {self.expr(right)}")
        if right.type == "Literal" and type(right.value) is str:
            same = f"type({x}) is str"
        else:
            k = self.temp()
            same = f"({k} := type({t})) is type({x}) and ({k} is str or {k} is float)"
        self.emit(f"if {same}: {x} += {t}")
        self.emit(f"else: {x} = _js_add({x}, {t})")
        return x

    def int_local_statement(self, node):
        """``x = v`` or ``x op= v`` for an int local ``x`` as a statement: the int of
        the value stored (the int tree's for a bitwise operator); source reading its
        Number afterwards."""
        target, op = node.left, node.operator
        if op == "=":
            value = self.int_value(node.right)
        elif op[:-1] in BITWISE:
            value = self.int_value(Node("BinaryExpression", operator=op[:-1], left=target, right=node.right))
        else:
            value = f"int({self.compound_value(node)})"
        return f"float({self.store_binding(target.name, value, False, True)})"

    def compound_value(self, node):
        """The value ``x op y`` that ``x op= y`` stores in the variable ``x``: GetValue of
        ``x``, then ``y``, as the binary expression would evaluate them; so it is
        generated as one (a bitwise operator joins an int tree, see int_tree)."""
        op = node.operator[:-1]
        if op in BITWISE:
            return self.expr(Node("BinaryExpression", operator=op, left=node.left, right=node.right))
        return self.combine(op, self.gen(node.left), self.gen(node.right), node.right, node.left)

    def combine_old(self, op, old, right):
        """``old op right`` for a member's compound assignment, ``old`` the source
        reading its current value (evaluated first, once): a bitwise operator makes
        an int tree whose first leaf is that value, as compound_value does for a
        variable."""
        if op not in BITWISE:
            return self.combine(op, (old, EFFECT), self.gen(right), right)
        held = Node("HeldValue")        # gen() answers ``old`` for it
        saved = self.int_overrides
        self.int_overrides = {**(saved or {}), id(held): (old, EFFECT)}
        try:
            return self.expr(Node("BinaryExpression", operator=op, left=held, right=right))
        finally:
            self.int_overrides = saved

    def combine(self, op, left, right, right_node, left_node=None):
        """``left op right`` for compound assignment, from (source, purity) pairs
        (``left_node``: the target, when it is a name: read in place after the
        right-hand side when that cannot change it, see ExpressionGenerator.stable)."""
        (a_src, a_p), (b_src, b_p) = left, right
        if a_p == PURE and (b_p != EFFECT or left_node is not None and self.stable(left_node, [right_node])):
            a0 = a = a_src
        else:
            a = self.temp()
            a0 = f"({a} := {a_src})"
        if b_p == EFFECT:
            b = self.temp()
            b0 = f"({b} := {b_src})"
        else:
            b0 = b = b_src
        return self.arith(op, (a0, a), (b0, b), left_node, right_node, strings=op == "+")

    def update_statement(self, node):
        """Emit ``x++``/``o.p--`` whose value is unused."""
        target = node.argument
        delta = "1.0" if node.operator == "++" else "-1.0"
        if target.type == "Identifier":
            ref = self.c.resolve(target.name)
            a = self.temp()
            if ref.is_global and not ref.checks:
                read = self.gen(target)[0]
                self.global_store(ref, f"({a} + {delta} if type({a} := {read}) is float "
                                       f"else _numeric_step({a}, {delta})[1])")
                return True
            ref = self.local_ref(target.name)
            if ref is None:
                return False
            read, _ = self.slot_read(ref, target)
            if self.number(target):
                self.emit(f"{self.binding(ref)} = {read} + {delta}")
            else:
                self.emit(f"{self.binding(ref)} = ({a} + {delta} if type({a} := {read}) "
                          f"is float else _numeric_step({a}, {delta})[1])")
            twin = self.written_twins.get(ref.binding)
            if twin is not None:
                self.twin_written.add(id(node))
                self.emit(f"{twin} {'+' if node.operator == '++' else '-'}= 1")
            return True
        if target.type != "MemberExpression" or target.object.type == "Super" or \
                target.property.type == "PrivateIdentifier" or target.optional:
            return False
        o, a = self.temp(), self.temp()
        if target.computed:
            self.emit(f"{o} = {self.expr(target.object)}")
            if self.int_keyed_update(target, o, None, lambda old: (
                    f"({a} + {delta} if type({a} := {old}) is float else _numeric_step({a}, {delta})[1])")):
                return True
            k = self.temp()
            self.emit(f"{k} = {self.computed_key(o, self.expr(target.property))}")
            self.emit(f"{a} = {self.computed_get((o, o), (k, k))}")
            self.emit(f"{a} = {a} + {delta} if type({a}) is float else _numeric_step({a}, {delta})[1]")
            self.computed_store(o, k, a)
            return True
        name = target.property.name
        if target.object.type == "ThisExpression" and self.this_props is not None:
            # this.name++ of a plain data property holding a Number: stored in place
            tp, n = self.this_props, repr(name)
            self.emit(f"if type({a} := {tp}.get({n}, _NO_PROP)) is float: {tp}[{n}] = {a} + {delta}")
            self.emit("else:")
            self.level += 1
            self.emit(f"{o} = {self.expr(target.object)}")
            self.member_update_statement(o, name, tp, a, delta)
            self.level -= 1
            return True
        self.emit(f"{o} = {self.expr(target.object)}")
        self.member_update_statement(o, name, self.props_local(target.object, o), a, delta)
        return True

    def member_update_statement(self, o, name, tp, a, delta):
        """Emit ``o.name++`` (``delta`` 1, or -1) for ``o`` evaluated, ``tp`` its props
        local (see :meth:`props_local`) or None, ``a`` a temporary."""
        read = self.named_get(o, o, name, tp)
        if type(read) is OwnRead:       # the read is finished only when no Number is stored
            self.emit(f"{a} = {read.v} + {delta} if {read.test('is', 'float')} "
                      f"else _numeric_step({read.v}, {delta})[1]")
        else:
            self.emit(f"{a} = {read}")
            self.emit(f"{a} = {a} + {delta} if type({a}) is float else _numeric_step({a}, {delta})[1]")
        self.named_store(o, name, a, tp)
