"""Python source for JS calls and ``new``: method calls through site caches, direct entry
into script functions' positional [[Call]], built-in fast paths, ``super()``, and the
call-site forms of ``f.call``/``f.apply(x, arguments)`` (a mixin of ExpressionGenerator).

https://tc39.es/ecma262/#sec-function-calls
"""
from functools import partial

from ..values import ACCESSOR
from .builtin_calls import METHODS as BUILTIN_METHODS
from .int_tree import is_imul_call
from .runtime import construct_other
from .source import CONST, PURE, EFFECT, SPELL_TWICE, OwnRead, type_test


class CallGenerator:
    def args(self, nodes):
        return "[" + ", ".join(self.expr(a) for a in nodes) + "]"

    def x_CallExpression(self, node, receiver=None, arg_srcs=None):
        """A call; for a method call, ``receiver`` may name the object already evaluated
        and ``arg_srcs`` the arguments' generated ``(source, purity)`` pairs (see
        :meth:`push_statement`).  A call of some built-in methods is computed in place
        (see builtin_calls.py)."""
        callee = node.callee
        if is_imul_call(node) and not self.in_int_tree and receiver is None:
            fused = self.int_tree(node)
            if fused is not None:
                return fused
        if callee.type == "Super":
            return self.super_call(node)
        if node.optional or callee.type in ("Super", "ChainExpression"):
            return self.fallback(node)
        if callee.type == "Identifier" and callee.name == "eval":
            return self.fallback(node)
        if arg_srcs is None and any(a.type == "SpreadElement" for a in node.arguments):
            # spelled by the general call paths, as ``*`` and a list (ExpressionGenerator.spread)
            arg_srcs = [self.spread(a) if a.type == "SpreadElement" else self.gen(a) for a in node.arguments]
        text = self.const(self.c.text(callee))
        f = self.temp()
        if callee.type == "MemberExpression" and callee.object.type == "Super" and not callee.computed \
                and not callee.optional:
            return self.super_method_call(node, f, arg_srcs, text)
        if callee.type == "MemberExpression":
            private = callee.property.type == "PrivateIdentifier"
            pn = self.private_name(callee) if private else None
            if callee.optional or callee.object.type == "Super" or private and pn is None:
                return self.fallback(node)
            o = self.temp()
            obj, purity = (receiver, EFFECT) if receiver is not None else self.gen(callee.object)
            if private:
                get = f"_private_get(({o} := {obj}), {pn})"
            elif callee.computed:
                get = f"_get_computed(({o} := {obj}), {self.expr(callee.property)})"
            else:
                name = callee.property.name
                if name == "length":
                    get = f"_get_member(({o} := {obj}), 'length')"
                else:
                    in_place = purity == CONST or purity == PURE and self.stable(callee.object, node.arguments)
                    if arg_srcs is None and name in BUILTIN_METHODS:
                        out = self.builtin_call(node, obj, in_place, text)
                        if out is not None:
                            return out
                    if in_place:
                        o0 = o = obj     # read in place: the arguments cannot change it
                    elif type(obj) is OwnRead:
                        o0, o = obj.bound(), obj.v
                    else:
                        o0 = f"({o} := {obj})"
                    # this, when its props were read at entry, was tested there
                    ordinary = f"{self.this_props} is not _NO_PROPS" if in_place and receiver is None \
                        and callee.object.type == "ThisExpression" and self.this_props is not None else None
                    if name == "apply" and len(node.arguments) == 2 and arg_srcs is None and \
                            (ref := self.lazy_arguments_ref(node.arguments[1])) is not None:
                        return self.apply_arguments_call(
                            node, o, f, self.method_is_script(o0, o, name, f, ordinary), ref, text)
                    if name == "call" and arg_srcs is None:
                        return self.function_call_call(
                            node, o, f, self.method_is_script(o0, o, name, f, ordinary), text)
                    srcs = arg_srcs if arg_srcs is not None else [self.gen(a) for a in node.arguments]
                    return self.method_site_call(o0, o, name, f, ordinary, srcs, text)
            this = o
        else:
            get = self.expr(callee)
            this = "None"
        pre, args = self.call_arguments(node.arguments, arg_srcs)
        if self.named_function(callee):
            return self.function_site_call(f, get, pre, args, text)
        return self.call_value(f, get, this, pre, args, text)

    def call_value(self, f, get, this, pre, args, text):
        """The call of the value ``get`` evaluates to (kept in ``f``) with ``this``, after
        the arguments hoisted in ``pre`` (see call_arguments and dispatch)."""
        return self.dispatch(f, " & ".join([f"(type({f} := {get}) is _SF)"] + pre), this, args, text)

    def super_method_call(self, node, f, arg_srcs, text):
        """``super.name(args)``: the method read as super_property reads it, then called
        with the this binding as its receiver (EvaluateCall of a super reference)."""
        this = self.temp()
        get = self.super_property(node.callee, this)
        if get is None:
            return self.fallback(node)
        pre, args = self.call_arguments(node.arguments, arg_srcs)
        return self.call_value(f, get, this, pre, args, text)

    def named_function(self, callee):
        """Whether the callee is a name that usually holds one function for good: a
        global, or a function declaration's binding (a parameter or a variable may
        hold a different callback at each call)."""
        if callee.type != "Identifier":
            return False
        ref = self.c.resolve(callee.name)
        return ref.is_global or ref.binding.kind == "function"

    def function_site_call(self, f, get, pre, args, text):
        """``f(args)`` for a callee that is a name (see named_function): when it holds
        the script function this site's cache holds (functions.fill_call_site),
        that function's positional [[Call]] kept in the cache, without testing its
        type or reading its entry; else the general dispatch, whose script function
        fills the cache (a function declaration made again at each call of its
        enclosing function, the same code run in another realm, a name given
        another function)."""
        c, entry = self.function_site()
        positional = "".join(", " + x for x in args)
        hit = " & ".join([f"(({f} := {get}) is {c})"] + pre)
        cond = f"type({f}) is _SF and _fill_call({self.const_names[('call', c)]}, {f})"
        return f"({entry}({f}, None{positional}) if {hit} else {self.dispatch(f, cond, 'None', args, text)})"

    def function_call_call(self, node, o, f, cond, text):
        """``o.call(x, args)``: when ``call`` (read by ``cond``, true for a script
        function) is the running realm's %Function.prototype.call% and ``o`` a script
        function, ``o``'s positional [[Call]] with ``this`` ``x`` and the other
        arguments, as the built-in would call it; else the general call."""
        pre, args = self.call_arguments(node.arguments)
        c = self.temp()
        test = " & ".join([f"({cond})"] + pre)
        positional = ", ".join(args) if args else "None"
        return (f"({o}.fast({o}, {positional}) if not ({c} := {test}) and {f} is {self.realm}.function_call "
                f"and type({o}) is _SF else {self.dispatch(f, c, o, args, text)})")

    def apply_arguments_call(self, node, o, f, cond, ref, text):
        """``o.apply(x, arguments)`` while the arguments object is not made (see
        lazy_args): when ``apply`` (read by ``cond``, true for a script function) is the
        running realm's %Function.prototype.apply%, ``o`` is called with the call's own
        argument tuple, as CreateListFromArrayLike of the object would list it; else
        the general call, with the object."""
        pre, args = self.call_arguments(node.arguments, [self.gen(node.arguments[0]), (self.arguments_object(ref), PURE)])
        c = self.temp()
        test = " & ".join([f"({cond})"] + pre)
        this_arg = args[0]
        applied = (f"({o}.fast({o}, {this_arg}, *args) if type({o}) is _SF "
                   f"else _apply_arguments({o}, {this_arg}, args))")
        return (f"({applied} if not ({c} := {test}) and {f} is {self.realm}.function_apply "
                f"and {self.binding(ref)} is None else {self.dispatch(f, c, o, args, text)})")

    def dispatch(self, f, cond, this, args, text):
        """The call of the callee ``f`` once ``cond`` has run (true when ``f`` is a script
        function), with ``this`` and ``args`` (sources spelled in each branch; one runs):
        a script function (its positional [[Call]], ScriptFunction.fast), a builtin of
        this realm (its positional entry NativeFunction.pos, or its fn), anything else
        (a TypeError naming the callee ``text`` for a value that is not callable)."""
        listed = "[" + ", ".join(args) + "]"
        positional = "".join(", " + x for x in args)
        a, p = self.temp(), self.temp()
        return (f"({f}.fast({f}, {this}{positional}) if {cond} "
                f"else ({p}({this}{positional}) if ({p} := {f}.pos) is not None else {f}.fn({this}, {listed})) "
                f"if type({f}) is _NF and {f}.realm is {self.realm} "
                f"else {f}.call({this}, {a}) if (({a} := {listed}) is not None) & isinstance({f}, JSObject) "
                f"and {f}.callable else _not_function({text}, {a}))")

    def push_statement(self, node):
        """Emit ``a.push(x, ...)`` whose value is unused, or return False.

        When ``a`` is an Array of the running realm with no own named property, so that
        [[Get]] finds ``push`` on Array.prototype, and that is still the intrinsic's own
        property (``realm.array_push``), the call is %Array.prototype.push%; its fast
        path (array_mutators.push: dense, extensible, writable length, no index on the
        prototypes) then appends in place, with no call.  Without arguments that may
        run JS code, one flag of Array.prototype's dict (PrototypeProps.push_in_place)
        answers for the method and the prototypes at once, and any other receiver or
        method takes the ordinary call.  Else the call runs in EvaluateCall's order,
        each argument spelled once: the method is read (the test above, else the
        general lookup of ``push``), then the arguments are evaluated into locals, then
        the built-in appends in place if the state still allows (the arguments may have
        changed it), or is called itself, or the general dispatch calls what was read."""
        callee = node.callee
        if node.optional or callee.type != "MemberExpression" or callee.computed or callee.optional or \
                callee.object.type == "Super" or callee.property.type != "Identifier" or \
                callee.property.name != "push" or not node.arguments or \
                any(a.type == "SpreadElement" for a in node.arguments):
            return False
        src, purity = self.gen(callee.object)
        srcs = [self.gen(a) for a in node.arguments]
        effects = any(p == EFFECT for _, p in srcs) or sum(len(a) for a, _ in srcs) > 2 * SPELL_TWICE
        if purity == CONST or purity == PURE and (not effects or self.stable(callee.object, node.arguments)):
            o = src
        else:
            o = self.temp()
            self.emit(f"{o} = {src}")
        r, p, els, pp = self.realm, self.temp(), self.temp(), self.temp()
        # a loop's hoisted Array local stands for the variable (see array_of)
        arr = self.array_of(callee.object)
        a = arr if arr is not None else o
        head = (f"({p} := {a}.proto) is {r}.array_prototype" if arr is not None else
                f"type({o}) is JSArray and ({p} := {o}.proto) is {r}.array_prototype")
        dense = f"({els} := {a}.elements) is not None and {a}.extensible and {a}.length_writable"

        def append(values):
            add = f"{els}.append({values[0]})" if len(values) == 1 else f"{els} += ({', '.join(values)},)"
            return f"{add}; {a}.length = len({els})"
        if not effects:
            self.emit(f"if {head} and not {a}.props and {p}.props.push_in_place and {dense}: "
                      f"{append([v for v, _ in srcs])}")
            self.emit("else:")
            self.level += 1
            self.emit(self.x_CallExpression(node, o, srcs))
            self.level -= 1
            return True
        builtin, f, sf = self.temp(), self.temp(), self.temp()
        self.emit(f"if not ({builtin} := {head} and not {a}.props and "
                  f"({pp} := {p}.props).get('push') is {r}.array_push): "
                  f"{sf} = {self.method_is_script(o, o, 'push', f)}")
        values = []
        for v, _ in srcs:
            t = self.temp()
            self.emit(f"{t} = {v}")
            values.append(t)
        self.emit(f"if {builtin}:")
        self.level += 1
        self.emit(f"if {pp}.index_free and {dense}: {append(values)}")
        self.emit(f"else: _array_push({o}, [{', '.join(values)}])")
        self.level -= 1
        self.emit(f"else: {self.dispatch(f, sf, o, values, self.const(self.c.text(callee)))}")
        return True

    def method_site_call(self, o0, o, name, f, ordinary, srcs, text):
        """``o.name(args)`` (``o0`` evaluates ``o``; ``ordinary``, when given, is a cheaper
        test that it is an ordinary object, see method_is_script, run again on a miss), called through this
        site's cache: a receiver whose named properties are ordinary, whose prototype
        is the first one the site met and holds a script function whose positional
        [[Call]] is known (proto_cache.fill_entry), and that has no own property of the
        name is called by that entry, the function and the entry read before the
        arguments are evaluated, as EvaluateCall reads the method; the tests run no
        code.  The prototype is tested first: a class instance rarely has an own
        property named as a method, and a site meeting several classes fails there.
        Any other receiver or method takes method_is_script's lookup (without testing
        the receiver's type again) and the general dispatch, which spells the
        arguments ``srcs`` (``(source, purity)`` pairs) as call_arguments says; the
        call by the entry spells each once more, in place."""
        p, v, c, d, k, e, s = site = self.site_cache()
        if ordinary is None:    # the type test's answer is kept for the lookup
            ok = self.temp()
            first = f"({ok} := {type_test(o0, 'in', '_ORDINARY')})"
        else:
            first = ok = ordinary
        hit = f"{first} and {o}.proto is {k} and {name!r} not in {o}.props"
        cond = self.method_test(o, o, name, f, ok, site, True)
        pre, args = self.call_arguments(None, srcs)
        if pre:
            cond = " & ".join([f"({cond})"] + pre)
        positional = "".join(", " + src for src, _ in srcs)
        return f"({e}({c}, {o}{positional}) if {hit} else {self.dispatch(f, cond, o, args, text)})"

    def method_is_script(self, o0, o, name, f, ordinary=None):
        """Whether ``o.name`` (``o0`` evaluates ``o``), read for a call into the local ``f``,
        is a script function (see method_test), with a site cache of its own; ``ordinary``,
        when given, is a cheaper test that the receiver's named properties are ordinary,
        which evaluates ``o`` in place: ``this`` is a plain object exactly when the props
        hoisted at entry are not ``_NO_PROPS``."""
        if ordinary is None:
            ordinary = type_test(o0, 'in', '_ORDINARY')
        return self.method_test(o0, o, name, f, ordinary, self.site_cache())

    def method_test(self, o0, o, name, f, ordinary, site, entry=False):
        """Whether ``o.name`` (``o0`` evaluates ``o``), read for a call into the local
        ``f``, is a script function: inline for a receiver whose named properties are
        ordinary (``ordinary`` tests that).  A method
        is usually inherited, so the name is first tested absent from the receiver's
        own properties (one ``in``) and taken from the site cache ``site`` (:meth:`site_cache`:
        the function found for the first prototype it met, read when the receiver's
        prototype is that one, else a script function found for another), or else
        from what it resolved to from the receiver's prototype when it was last looked
        up (pyjs.interp.proto_cache: a data value, None when absent, an accessor's Prop;
        ``_NO_ENTRY`` stands for a prototype with nothing cached), which fills the site
        cache when it is a function (with ``entry``, the script function's positional
        [[Call]] too, once final: functions.fill_method_site, which a site filled while
        it was not final gets from fill_method_entry, since such a site's first
        prototype fails method_site_call's test); a script function found is the answer with no
        further test, and a builtin found answers no at once (the caller's next test
        takes it).  Else that cached value if it is one, or an own
        data property, read in place.  Anything else (an accessor, a first lookup) is
        get_named_ordinary's or get_member's; nothing before it has run JS code.  A
        String's method is what the name resolved to from %String.prototype%, read the
        same way (runtime.get_string_named makes the entry).  Conditional expressions,
        not ``or``, join the cases, so a no ends the test where it is found."""
        n = repr(name)
        p, v, c, d, k, e, s = site
        slow = f"({f} := _get_named_ordinary({o}, {n}))"
        keep = f" and _fill_entry({s}, {f})" if entry else ""
        fill = f"_fill_method({s}, {o}.proto, {f})" if entry else f"_fill_site({s}, {o}.proto, {f}, True)"
        cached = (f"({f} := {c}) is not None{keep} or ({f} := {v}) is None if {o}.proto is {p} else "
                  f"({f} := {d}.get({o}.proto)) is not None or ")
        inherited = (f"type({f} := _INHERITED.get({o}.proto, _NO_ENTRY).get({n}, _PROP0)) is _SF "
                     f"and {fill} "
                     f"or ({p} is _EMPTY and not _fill_site({s}, {o}.proto, {f}, False) if type({f}) is _NF "
                     f"else type({f} if type({f}) is not Prop else {slow}) is _SF)")
        own = (f"type({f} if type({f} := {o}.props.get({n}, _NO_PROP)) is not Prop "
               f"or not {f}.flags & {ACCESSOR} and ({f} := {f}.value) is {f} else {slow}) is _SF")
        string = (f"type({f} if type({o}) is str and type({f} := _INHERITED.get({self.realm}.string_prototype, _NO_ENTRY)"
                  f".get({n}, _PROP0)) is not Prop "
                  f"else ({f} := _get_string_named({o}, {n})) if type({o}) is str "
                  f"else ({f} := _get_member({o}, {n}))) is _SF")
        # the usual case last: a conditional's first branch ends in a jump past the second
        return (f"(({string}) if not {ordinary} "
                f"else ({own}) if {n} in {o}.props else ({cached}{inherited}))")

    def super_call(self, node):
        """``super(...)``, spread arguments as ``*spread_values(x)``: the super
        constructor is read before the arguments (the active function is a class
        constructor, an ordinary object, so its [[GetPrototypeOf]] is its ``proto``),
        ``this`` is bound after it returns (functions.super_construct_positional)."""
        c = self.c
        func_ref, nt_ref, this_ref = c.resolve("%func"), c.resolve("%newtarget"), c.resolve("%this")
        if func_ref.is_global or nt_ref.is_global or this_ref.is_global:
            return self.fallback(node)
        f, r = self.temp(), self.temp()
        args = "".join(", " + (self.spread(a)[0] if a.type == "SpreadElement" else self.expr(a)) for a in node.arguments)
        construct = (f"({r} := _super_construct(({f} := {self.binding(func_ref)}).proto, "
                     f"{self.binding(nt_ref)}{args}))")
        bind = f"_super_called_twice() if {self.binding(this_ref)} is not _TDZ else {self.binding_write(this_ref, r)}"
        init = f"({f}.fields or {f}.private_methods) and _init_instance_elements({r}, {f})"
        return f"({construct}, {bind}, {init})[0]"

    def call_arguments(self, nodes, srcs=None):
        """``(pre, args)`` for a call that passes its arguments either positionally
        (a script function's ``fast``) or as a list: both branches spell each
        argument, and one of them runs.  An argument too long to spell twice is
        evaluated first into a temporary, in ``pre``, with every argument before it."""
        if srcs is None:
            srcs = [self.gen(n) for n in nodes]
        last = max((i for i, (src, _) in enumerate(srcs) if len(src) > SPELL_TWICE), default=-1)
        pre, args = [], []
        for i, (src, purity) in enumerate(srcs):
            if i <= last and purity != CONST:
                t = self.temp()
                star = "*" if src[:1] == "*" else ""        # a spread's list
                pre.append(f"(({t} := {src[len(star):]}) is {t})")
                src = star + t
            args.append(src)
        return pre, args

    def x_NewExpression(self, node):
        """``new F(args)``: a script function that is a constructor is entered through
        functions.construct_new, anything else through construct_other (a
        constant for this site, naming the callee in its TypeError).  The callee is
        chosen before the arguments are evaluated, which is unobservable: a
        constructor's type and ``is_constructor`` never change.  The class this site
        cached (functions.fill_new_site, at its first script function in the
        running realm) is constructed here: a base class as construct_new would
        (its prototype is read-only, so the object it was found to hold is the
        one), a derived class as construct_positional would; a leaf constructor's
        step is drawn from the step ticks, as a loop's iterations are."""
        other = self.const(partial(construct_other, self.c.text(node.callee)))
        f, o, r = self.temp(), self.temp(), self.temp()
        get = self.expr(node.callee)
        pre, args = self.call_arguments(None, [self.spread(a) if a.type == "SpreadElement" else self.gen(a)
                                               for a in node.arguments])
        positional = "".join(", " + a for a in args)
        c, proto, entry, leaf, realm, site = self.new_site()
        hit = " & ".join([f"(({f} := {get}) is {c})"] + pre)
        base = (f"({o} if ({r} := {entry}({f}, ({o} := JSObject({proto})){positional})) is None "
                f"else {r} if isinstance({r}, JSObject) else {o})")
        derived = f"_derived_result(*{entry}({f}, {f}{positional}))"
        return (f"(({base} if {proto} is not None else {derived}) "
                f"if {hit} and {f}.realm is {self.realm} and (not {leaf} or next(_st.ticks) is None) "
                f"else (_construct if type({f}) is _SF and {f}.is_constructor and "
                f"({c} is not _EMPTY and {realm} is {self.realm} or _fill_new({site}, {f})) "
                f"else {other})({f}{positional}))")
