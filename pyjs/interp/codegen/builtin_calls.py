"""Calls of a few built-in methods computed in place: ``s.charCodeAt(i)``, ``s.substring(a, b)``,
``m.get(k)``, ``set.has(v)``, ``Math.min(a, b, c)``, ``Math.floor(x)``...

A method call through the general path costs the method's lookup (the receiver's kind,
its own properties, the inherited-lookup cache), the dispatch on what was found
(script function, built-in of this realm, anything else) and then the built-in's own
argument tests: far more than the Python operation the built-in ends in.  For the
methods in :data:`METHODS`, a call ``o.m(args)`` instead tests first that ``o`` is the
receiver the built-in serves (a String primitive, a Map or Set object with no own
``m``, or the object holding a function that ignores ``this``, such as Math) and
that ``m`` resolves from there, in the inherited-lookup cache
(pyjs.interp.proto_cache) or as an own data property, to the running realm's own
built-in (the Realm attribute named in the table, set by the family's setup).
Nothing a program can observe runs in that test.  Then the arguments are evaluated: the method was read before them, as
EvaluateCall reads it (https://tc39.es/ecma262/#sec-evaluatecall), so whatever they do
the built-in is the callee.  When the arguments are values the built-in's own fast
path takes (a Number index inside the String, a String or non-NaN Number key...), the
result is computed in place; else the built-in's positional entry
(NativeFunction.pos) is called with them, and it does the spec's conversions.  Any
other receiver, or a method that is no longer the built-in (replaced, shadowed, a
getter, a first lookup the cache has no entry for yet), takes the general call, which
then evaluates the arguments itself.

Each inline form is the same computation as the built-in's own first branch
(string_methods.py, collections.py, math.py); they must stay equal.
"""
from .source import CONST, PURE, EFFECT, OwnRead, is_name, type_test
from .tree_facts import is_number
from ..proto_cache import EMPTY
from ...builtins.fast_builtins import TABLE, BuiltinMethod

_MAX_SAFE = "9007199254740992.0"    # 2**53: a Number below it is a safe int() for a slice


def _literal_type(src):
    """``float`` or ``str`` for the source of a Number or String literal, else None."""
    import ast      # here: this module is imported while a realm is set up, ast is slow to import
    try:
        value = ast.literal_eval(src)
    except (ValueError, SyntaxError):
        return None
    return type(value) if type(value) in (float, str) else None


_PY_TYPES = {"float": float, "str": str}


def _types(g, t, *names):
    """The test that each of ``names`` holds a ``t`` ("float" or "str"), its literals
    and the arguments known to be Numbers (``g.call_numbers``) left out; None when
    there is nothing to test."""
    if any(_literal_type(a) not in (None, _PY_TYPES[t]) for a in names):
        return "False"
    tests = [f"(type({a}) is {t})" for a in names
             if _literal_type(a) is None and not (t == "float" and a in g.call_numbers)]
    return " & ".join(tests) if tests else None


def _all(*tests):
    return " and ".join(t for t in tests if t is not None)


def _index(o, args, ints, g, value):
    """``value(o, i)`` (``i`` the int index) for charAt/charCodeAt at a position inside ``o``:
    ToIntegerOrInfinity truncates a Number in [0, length), as int() does.  An int form
    below zero may stand for anything: the built-in takes it."""
    (a,), (ia,) = args, ints
    if ia is not None:
        return (f"{ia} < len({o})" if ia.isdigit() else f"0 <= {ia} < len({o})"), value(o, ia)
    return _all(_types(g, "float", a), f"0.0 <= {a} < len({o})"), value(o, f"int({a})")


def _char_code_at(o, args, ints, g, call):
    return _index(o, args, ints, g, lambda o, i: f"float(ord({o}[{i}]))")


def _char_at(o, args, ints, g, call):
    return _index(o, args, ints, g, lambda o, i: f"{o}[{i}]")


def _positions(g, args, ints):
    """For positions that must be integral Numbers from 0 up: the test that those without
    an int form are Numbers (or None), the source of each as a value to compare (the int
    form, exact when not below zero, or the Number) and as a Python int."""
    floats = [a for a, ix in zip(args, ints) if ix is None]
    return (_types(g, "float", *floats) if floats else None, [a if ix is None else ix for a, ix in zip(args, ints)],
            [f"int({a})" if ix is None else ix for a, ix in zip(args, ints)])


def _slice_range(o, args, ints, g, call):
    """substring/slice from 0 <= start <= end: both clamp the end to the length as a
    Python slice does, and agree on that range (substring swaps a start past the end,
    slice answers ""; the built-ins take those, and negative or non-Number positions)."""
    types, values, py = _positions(g, args, ints)
    return _all(types, f"0 <= {' <= '.join(values)} <= {_MAX_SAFE}"), f"{o}[{':'.join(py)}{':' * (2 - len(py))}]"


def _index_of(o, args, ints, g, call):
    """indexOf of a String: StringIndexOf is str.find (string_ops.string_index_of), from a
    position inside [0, length] (ToIntegerOrInfinity truncates)."""
    if len(args) == 1:
        (a,) = args
        return _all(_types(g, "str", a)), f"float({o}.find({a}))"
    a, b = args
    types, (value,), (py,) = _positions(g, [b], ints[1:])
    return _all(_types(g, "str", a), types, f"0 <= {value} <= len({o})"), f"float({o}.find({a}, {py}))"


def _from_char_code(o, args, ints, g, call):
    """ToUint16 of a Number in [0, 65536) is its truncation (a code unit is a character)."""
    types, (value,), (py,) = _positions(g, args, ints)
    return _all(types, f"0 <= {value} < 65536"), f"chr({py})"


def _own_key(k):
    """A key that is its own KeyedStore index key (collections.normalize_key): a String, or
    a Number other than NaN (-0 finds +0: they are equal floats)."""
    t = _literal_type(k)
    if t is str or t is float and k != "nan":
        return ""
    return f"(type({k}) is str or type({k}) is float and {k} == {k})"


def _map_get(o, args, ints, g, call):
    (k,), d, p = args, g.temp(), g.temp()
    return _own_key(k), f"({d}.values[{p}] if ({p} := ({d} := {o}.map_data).index.get({k}, -1)) >= 0 else None)"


def _map_has(o, args, ints, g, call):
    (k,) = args
    return _own_key(k), f"{k} in {o}.map_data.index"


def _map_set(o, args, ints, g, call):
    """An existing entry's value is replaced in place; a new key is stored +0 for -0
    (CanonicalizeKeyedCollectionKey).  The call's value is the Map (None or ``o``)."""
    (k, v), d, p = args, g.temp(), g.temp()
    return _own_key(k), (f"(({d}.values.__setitem__({p}, {v}) if ({p} := ({d} := {o}.map_data).index.get({k}, -1)) >= 0 "
                         f"else {d}.set(0.0 if {k} == 0.0 else {k}, {v})) or {o})")


def _set_add(o, args, ints, g, call):
    (k,), d = args, g.temp()
    return _own_key(k), f"((None if {k} in ({d} := {o}.set_data).index else {d}.set(0.0 if {k} == 0.0 else {k})) or {o})"


def _set_has(o, args, ints, g, call):
    (k,) = args
    return _own_key(k), f"{k} in {o}.set_data.index"


def _min_max(less):
    """Math.min (``less`` "<") or Math.max (">") of Numbers, folded over the arguments
    from the left: each step keeps a strictly ``less`` one, or either of two equal
    ones other than zeros.  Two zeros (whose signs decide) or a NaN take the built-in
    with the two values of that step; the spec's result, the least (greatest) value
    with NaN first and -0 below +0, is the same folded pairwise."""
    def inline(o, args, ints, g, call):
        def step(a0, a, b):         # a0: ``a`` in its first evaluation
            return f"({a} if {a0} {less} {b} else {b} if {b} {less} {a} or {b} == {a} != 0.0 else {call([a, b])})"
        value = args[0]
        for i, b in enumerate(args[1:]):
            if i == 0:
                value = step(value, value, b)
            else:
                m = g.temp()
                value = step(f"({m} := {value})", m, b)
        return _types(g, "float", *args), value
    return inline


def _integral(form):
    """Math.floor, ceil, trunc: ``form(x)`` of a Number, computed with Python's float floor
    division ``x // 1.0``, which keeps the sign of a zero (-0.5 // 1.0 is -1.0, -0.0 // 1.0
    is -0.0) and is exact; an infinity gives NaN there, and NaN itself, so a result
    that is NaN takes the built-in."""
    def inline(o, args, ints, g, call):
        (x,), f = args, g.temp()
        return _types(g, "float", x), f"({f} if ({f} := {form(x)}) == {f} else {call([x])})"
    return inline


def _round(o, args, ints, g, call):
    """Math.round of a Number: its floor, plus one when the fraction (exact: see
    math.math_round) is at least one half.  A result that would be +0 from [-0.5, 0)
    (it is -0), and NaN or an infinity (whose floor here is NaN), take the built-in."""
    (x,), f = args, g.temp()
    return _types(g, "float", x), (f"({f} if {x} - ({f} := {x} // 1.0) < 0.5 "
                                f"else {f} + 1.0 if {f} != -1.0 and {f} == {f} else {call([x])})")


def _abs(o, args, ints, g, call):
    (x,) = args
    return _types(g, "float", x), f"abs({x})"


def _sqrt(o, args, ints, g, call):
    """Math.sqrt of a Number not below -0 is math.sqrt's (correctly rounded; -0 for -0)."""
    import math
    (x,) = args
    return _all(_types(g, "float", x), f"{x} >= 0.0"), f"{g.const(math.sqrt)}({x})"


def _float_function(name):
    """A Math function whose built-in, given Numbers, calls a Python function of them
    (math.FLOAT_FUNCTIONS): called here directly."""
    def inline(o, args, ints, g, call):
        from ...builtins.math import FLOAT_FUNCTIONS
        return _types(g, "float", *args), f"{g.const(FLOAT_FUNCTIONS[name])}({', '.join(args)})"
    return inline


def _literal_replace(o, args, ints, g, call):
    """replace(/literal/flags, template) of a String by a String: one RegExp per realm
    stands for the literal's (regexp_methods.LiteralReplace), and none is made at all
    unless the RegExp methods were changed (the literal's source is then evaluated
    where the built-in's call uses it).  None for any other first argument."""
    regex = getattr(g.call_nodes[0], "regex", None)
    if regex is None:
        return None
    from ...builtins.regexp_methods import LiteralReplace
    site, v = g.const(LiteralReplace(regex.pattern, regex.flags)), g.temp()
    return (_types(g, "str", args[1]),
            f"({v} if ({v} := {site}.replace({o}, {args[1]}, {g.realm})) is not None else {call(args)})")


# the inline form of each built-in of fast_builtins.TABLE that has one, by its Realm attribute:
# (o, args, ints, g, call) -> (test or "", value), or None when there is no inline form
# for these arguments: ``args`` names the arguments' values, ``ints`` holds per argument
# the source of its int twin (ExpressionGenerator.int_key) or None, ``g`` is the
# generator (``g.temp()`` makes a local, ``g.const(x)`` names a Python object,
# ``g.call_nodes`` are the argument nodes) and ``call(values)`` writes the built-in's
# positional call with the argument sources ``values``
INLINE = {
    "string_charAt": _char_at,
    "string_charCodeAt": _char_code_at,
    "string_indexOf": _index_of,
    "string_slice": _slice_range,
    "string_substring": _slice_range,
    "String_fromCharCode": _from_char_code,
    "string_replace": _literal_replace,
    "map_get": _map_get,
    "map_set": _map_set,
    "map_has": _map_has,
    "set_has": _set_has,
    "set_add": _set_add,
    "math_min": _min_max("<"),
    "math_max": _min_max(">"),
    "math_floor": _integral(lambda x: f"{x} // 1.0"),
    "math_ceil": _integral(lambda x: f"-(-{x} // 1.0)"),
    "math_trunc": _integral(lambda x: f"({x} // 1.0 if {x} >= 0.0 else -(-{x} // 1.0))"),
    "math_round": _round,
    "math_abs": _abs,
    "math_sqrt": _sqrt,
    **{f"math_{name}": _float_function(name) for name in ("pow", "atan2", "exp", "log", "sin", "cos")},
}

# method name -> the built-ins it may be, tested in order, each with its inline form
METHODS = {name: tuple(BuiltinMethod(m.attr, m.receiver, m.arities, INLINE.get(m.attr)) for m in methods)
           for name, methods in TABLE.items()}


class BuiltinCallGenerator:
    """The ExpressionGenerator part that writes these calls."""

    def builtin_call(self, node, obj, in_place, text):
        """The source of the call ``node``, ``o.m(args)`` with ``obj`` evaluating ``o`` (a
        value the arguments cannot change when ``in_place``; ``text`` names the callee
        for a TypeError), through :data:`METHODS`; None when ``m`` is none of them or the
        argument count is not one they take.

        The receiver tests run first; when every one fails, the general lookup of ``m``
        (ExpressionGenerator.method_is_script) runs instead.  Then the arguments are
        evaluated, once, into locals (an argument that nothing after it can change, or
        one with an int twin, is read where it is used), and the branch the tests chose
        takes them: the inline form, the built-in's positional entry, or the general
        dispatch (ExpressionGenerator.dispatch)."""
        name = node.callee.property.name
        methods = [m for m in METHODS.get(name, ()) if len(node.arguments) in m.arities]
        if not methods:
            return None
        if in_place:
            o0 = o = obj
        elif type(obj) is OwnRead:      # a String receiver is tested from its own entry
            o0, o = obj.bound(), obj.v
        else:
            o = self.temp()
            o0 = f"({o} := {obj})"
        srcs = [self.gen(a) for a in node.arguments]
        ints = self.argument_ints(node.arguments)
        args, evals = [], []
        for i, ((src, p), ix) in enumerate(zip(srcs, ints)):
            if p == CONST or ix is not None or p == PURE and is_name(src) and (
                    all(q != EFFECT for _, q in srcs[i + 1:]) or self.stable(node.arguments[i], node.arguments[i + 1:])):
                args.append(src)        # read where used: nothing after it changes it
            elif getattr(node.arguments[i], "regex", None) is not None:
                args.append(src)        # a new RegExp, made where used (if at all): nothing can tell when
            else:
                t = self.temp()
                args.append(t)
                evals.append(f"(({t} := {src}) is {t})")
        f, sf = self.temp(), self.temp()
        oks = [self.temp() for _ in methods]
        tests = [f"({ok} := {self.receiver_test(o0 if i == 0 else o, o, m, name)})"
                 for i, (ok, m) in enumerate(zip(oks, methods))]
        tests.append(f"({sf} := {self.method_is_script(o, o, name, f)}) is {sf}")
        chosen = "(" + " or ".join(tests) + ")"
        out = self.dispatch(f, sf, o, args, text)
        # the arguments number_locals proved Numbers: the inline forms do not test them
        self.call_numbers = frozenset(a for a, n in zip(args, node.arguments) if self.number(n))
        self.call_nodes = node.arguments
        for i in reversed(range(len(methods))):
            m, ok = methods[i], oks[i]
            if m.receiver in ("map", "set"):
                self.collection_types()
            call = self.positional_call(o, m, args)
            # the tests and the arguments run in the first branch's condition
            test = _all(" & ".join([chosen] + evals), ok) if i == 0 else ok
            if m.inline is None:
                out = f"({call} if {test} else {out})"
                continue
            inline = m.inline(o, args, ints, self, lambda values: self.positional_call(o, m, values))
            if inline is None:      # no inline form for these arguments
                out = f"({call} if {test} else {out})"
                continue
            guard, value = inline
            out = f"({value} if {_all(test, guard or None)} else {call} if {ok} else {out})"
        return out

    def argument_ints(self, nodes):
        """Per argument, the source of a Python int standing for it, or None: the digits of
        an integer literal, or its int_key (ExpressionGenerator.int_key: a twin of an
        integer variable, or an expression of twins, that is the argument when not below
        zero, and else may stand for anything, whose expression may then have effects).
        Such an argument is read where used, after those evaluated in advance: the
        last one, or a variable the later arguments cannot change
        (ExpressionGenerator.stable)."""
        ints = []
        for i, a in enumerate(nodes):
            later = nodes[i + 1:]
            if is_number(a) and float(a.value).is_integer() and 0 <= a.value < 2 ** 31:
                ints.append(str(int(a.value)))
            elif not later or a.type == "Identifier" and self.stable(a, later):
                ints.append(self.int_key(a))
            else:
                ints.append(None)
        return ints

    def positional_call(self, o, m, values):
        """The source of the call of the built-in ``m`` with ``this`` ``o`` and the
        arguments ``values``, through its positional entry."""
        return f"{self.realm}.{m.attr}.pos({o}{''.join(', ' + a for a in values)})"

    def receiver_test(self, o0, o, m, name):
        """The test that ``o`` is the receiver ``m`` serves and that ``o.name`` is the running
        realm's built-in ``m``, cached: a String's method resolves from %String.prototype%,
        found in the inherited-lookup cache, and a function's is its own data property (a
        function that ignores ``this`` computes the same on any object holding it); a
        global of the generated code per built-in (builtin_site) keeps the answer while
        the cache holds it, so that the test is one comparison (two for a function's: the
        object and the realm) until a watched object changes.  A Map's or Set's, with no
        own property of the name, resolves from its prototype, read from a site cache of
        its own for the first prototype whose entry held a built-in
        (pyjs.interp.proto_cache.fill_site: it holds while the entry does)."""
        n, r = repr(name), self.realm
        if m.receiver == "string":
            b, site = self.builtin_site(m, name)
            return f"{type_test(o0, 'is', 'str')} and ({b} is {r} or _string_builtin({site}, {r}))"
        if m.receiver in ("own", "namespace"):
            b, site = self.builtin_site(m, name)
            return f"({o0} is {b} and {b}r is {r} or _own_builtin({site}, {r}, {o}))"
        kind = "_MapObject" if m.receiver == "map" else "_SetObject"
        p, v, *_, site = self.site_cache()
        f = self.temp()
        inherited = (f"{f} if type({f} := _INHERITED.get({o}.proto, _NO_ENTRY).get({n})) is not _NF "
                     f"or {p} is not _EMPTY or _fill_site({site}, {o}.proto, {f}, False) else None")
        return f"type({o0}) is {kind} and {n} not in {o}.props and ({v} if {o}.proto is {p} else {inherited}) is {r}.{m.attr}"

    def builtin_site(self, m, name):
        """The name of the generated code's global holding the answer of the receiver tests
        of calls of ``m`` (see receiver_test; ``EMPTY`` until filled by
        codegen.runtime.string_builtin or own_builtin, and again whenever a watched
        object changes: pyjs.interp.proto_cache.fill_builtin_site), and that of the site
        the filling function takes.  A function's site also keeps the realm, in the
        global of the same name followed by ``r``."""
        b = self.const_names.get(("builtin", m.attr))
        if b is None:
            b = self.const_names[("builtin", m.attr)] = f"_b{len(self.const_names)}"
            ns = self.namespace
            ns[b], ns[b + "r"] = EMPTY, None
            if m.receiver == "string":
                ns[b + "s"] = (ns, b, name, m.attr)
            else:
                from ..functions import NativeFunction
                from ..values import JSObject
                ns[b + "s"] = (ns, b, b + "r", name, m.attr, NativeFunction if m.receiver == "own" else JSObject)
        return b, b + "s"

    def collection_types(self):
        """Put MapObject and SetObject in the generated code's globals (imported now:
        the family's module is not loaded at start-up)."""
        if "_MapObject" not in self.namespace:
            from ...builtins.collections import MapObject, SetObject
            self.namespace["_MapObject"] = MapObject
            self.namespace["_SetObject"] = SetObject
