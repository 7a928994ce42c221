"""Arguments exotic objects (https://tc39.es/ecma262/#sec-arguments-exotic-objects).

Generated code (pyjs.interp.codegen) may make a function's arguments object only
when something needs the object itself (see :class:`LazyArguments`): until then
its ``arguments`` binding holds None and ``arguments.length``, ``arguments[i]``
and ``f.apply(x, arguments)`` read the call's argument tuple, which is what they
would find in the object while nothing else can have seen it.
"""
from collections import namedtuple
from .values import (JSObject, Prop, HIDDEN, MISSING, ACCESSOR, WRITABLE, ENUMERABLE,
                     CONFIGURABLE, DEFAULT_FLAGS, Descriptor, SYM_ITERATOR, validate_and_apply,
                     type_error)
from .agent import state


def array_like_values(args):
    """The list CreateListFromArrayLike makes of the arguments object ``args``
    (``f.apply(this, arguments)``), read directly when reading it runs no JS code:
    ``length`` an own integral Number data property and every index an own plain data
    property or a mapped parameter.  Else None, for the general reads."""
    props = args.props
    length = props.get("length")
    if type(length) is not Prop or length.flags & ACCESSOR:
        return None
    n = length.value
    if type(n) is not float or not 0.0 <= n <= len(props) or not n.is_integer():
        return None
    mapping = args.mapping if type(args) is MappedArguments else None
    out = []
    for i in range(int(n)):
        key = str(i)
        if mapping is not None and (slot := mapping.get(key)) is not None:
            out.append(args.env[slot])
            continue
        v = props.get(key, MISSING)
        if v is MISSING or type(v) is Prop:
            return None
        out.append(v)
    return out


class MappedArguments(JSObject):
    """Sloppy-mode arguments whose indices alias the parameters' slots."""

    __slots__ = ("env", "mapping")
    class_name = "Arguments"
    exotic = True

    def __init__(self, proto, env, mapping):
        super().__init__(proto)
        self.env = env
        self.mapping = mapping      # {index string: slot}

    def get_own_property(self, key):
        p = JSObject.get_own_property(self, key)
        if p is None:
            return None
        slot = self.mapping.get(key)
        if slot is not None:
            p = Prop(self.env[slot], p.flags)
        return p

    def get(self, key, receiver):
        slot = self.mapping.get(key) if type(key) is str else None
        if slot is not None:
            return self.env[slot]
        return JSObject.get(self, key, receiver)

    def set(self, key, value, receiver):
        slot = self.mapping.get(key) if type(key) is str else None
        if slot is not None and receiver is self:
            cur = self.props.get(key)
            if type(cur) is not Prop or cur.flags & WRITABLE:
                self.env[slot] = value
        from .values import ordinary_set
        return ordinary_set(self, key, value, receiver)

    def define_own_property(self, key, desc):
        slot = self.mapping.get(key) if type(key) is str else None
        if slot is None:
            return JSObject.define_own_property(self, key, desc)
        new_desc = desc
        if desc.is_data() and desc.value is MISSING and desc.writable is False:
            new_desc = Descriptor(value=self.env[slot], writable=False, enumerable=desc.enumerable,
                                  configurable=desc.configurable)
        cur = JSObject.get_own_property(self, key)
        if cur is not None:
            cur = Prop(self.env[slot], cur.flags)
        if not validate_and_apply(self, key, self.extensible, new_desc, cur):
            return False
        if desc.is_accessor():
            del self.mapping[key]
        else:
            if desc.value is not MISSING:
                self.env[slot] = desc.value
            if desc.writable is False:
                del self.mapping[key]
        return True

    def delete(self, key):
        ok = JSObject.delete(self, key)
        if ok and type(key) is str:
            self.mapping.pop(key, None)
        return ok

    def has_property(self, key):
        if key in self.props:
            return True
        p = self.proto
        return p is not None and p.has_property(key)


class UnmappedArguments(JSObject):
    """An unmapped arguments object: ordinary, but with a [[ParameterMap]] slot (always undefined).

    https://tc39.es/ecma262/#sec-createunmappedargumentsobject
    The slot is what makes Object.prototype.toString answer "[object Arguments]".
    """

    __slots__ = ()
    class_name = "Arguments"


def create_arguments_object(fobj, args, env, param_slots, strict):
    """CreateMappedArgumentsObject / CreateUnmappedArgumentsObject."""
    realm = state.realm
    proto = realm.object_prototype
    if param_slots is not None:
        mapping = {}
        for i, slot in enumerate(param_slots):
            if i < len(args):
                mapping[str(i)] = slot
        # a later parameter with the same name wins
        seen = {}
        for i, slot in enumerate(param_slots):
            if slot in seen and str(seen[slot]) in mapping:
                del mapping[str(seen[slot])]
            seen[slot] = i
        o = MappedArguments(proto, env, mapping)
    else:
        o = UnmappedArguments(proto)
    props = o.props
    for i, a in enumerate(args):
        props[str(i)] = a
    props["length"] = Prop(float(len(args)), HIDDEN)
    props[SYM_ITERATOR] = Prop(realm.intrinsics["%Array.prototype.values%"], HIDDEN)
    if param_slots is not None:
        props["callee"] = Prop(fobj, HIDDEN)
    else:
        thrower = realm.intrinsics["%ThrowTypeError%"]
        props["callee"] = Prop(None, ACCESSOR, thrower, thrower)
    return o


class LazyArguments(namedtuple("LazyArguments", "param_slots mapped params_only make")):
    """What generated code needs to make a function's arguments object only when it is
    first needed, as a whole (FunctionDeclarationInstantiation step 22 made it at entry;
    the function's setup, called with ``make_arguments=False``, leaves it out).

    The object is unobservable until something reads it as a value: ``arguments.length``
    and ``arguments[i]`` with ``i`` an index below the argument count find the call's
    own argument values there (own data properties CreateMappedArgumentsObject /
    CreateUnmappedArgumentsObject defined), provided no code can have changed them: a
    mapped object's indices alias the parameters, so for one, no parameter is ever
    assigned (the code generator checks).  The object, once made (by ``make``), is the
    one every later access uses.

    Fields: ``param_slots``, the slots of the (simple) parameters; ``mapped``, a sloppy
    function's mapped object, whose indices alias them; ``params_only``, the setup binds
    only the parameters besides (no functions to hoist, no defaults); ``make(fobj, args,
    env)``, which makes the arguments object.  (A ``collections.namedtuple``: importing
    ``typing`` would add ~7 ms to every start.)"""
    __slots__ = ()


def apply_arguments(fn, this, args):
    """``fn.apply(this, arguments)`` once the method is %Function.prototype.apply% of
    the running realm and the arguments object is not made (LazyArguments):
    CreateListFromArrayLike of it is the call's argument list ``args``."""
    if not (isinstance(fn, JSObject) and fn.callable):
        raise type_error("Function.prototype.apply was called on a non-function")
    return fn.call(this, list(args))
