"""String constructor, String.prototype and %StringIteratorPrototype%.

https://tc39.es/ecma262/#sec-string-objects

The family is split by theme to keep modules small:
- string.py (here): the constructor, toString/valueOf, the iterator;
- string_methods.py: static methods and the non-pattern prototype methods, Annex B;
- string_patterns.py: match, matchAll, replace, replaceAll, search, split;
- string_ops.py: the shared abstract operations (code points, GetSubstitution, ...);
- primitives.py: the String exotic object (StringObject).
"""
from .fast_builtins import register_builtins
from ..interp.ops import to_string, get_prototype_from_constructor, create_iter_result
from ..interp.proto_cache import WatchedProps
from ..interp.runtime import STRING_ITERATION
from ..interp.values import JSObject, JSSymbol, Prop, CONFIGURABLE, SYM_ITERATOR, SYM_TO_STRING_TAG, type_error
from ._helpers import method, make_constructor, install_global
from .primitives import StringObject, this_primitive
from .string_methods import setup_prototype_methods, setup_static_methods
from .string_ops import code_point_at, this_string_value
from .string_patterns import setup_pattern_methods


class StringIterator(JSObject):
    """A String Iterator: the generator of String.prototype[@@iterator] as explicit state.

    https://tc39.es/ecma262/#sec-string.prototype-%symbol.iterator%
    ``string`` is None once the iterator is exhausted.
    """

    __slots__ = ("string", "position")
    class_name = "String Iterator"

    def __init__(self, proto, string):
        super().__init__(proto)
        self.string = string
        self.position = 0


def setup(realm):
    proto = StringObject(realm.object_prototype, "")
    # Watched from the start (pyjs.interp.proto_cache): a method of a String primitive,
    # ``s.charCodeAt(i)``, resolves from here (runtime.get_string_named), and no
    # ordinary object makes it a prototype
    proto.props = WatchedProps()
    realm.intrinsics["%String.prototype%"] = proto
    realm.string_prototype = proto

    def call(this, args):
        """String(value) called as a function (https://tc39.es/ecma262/#sec-string-constructor-string-value)."""
        if not args:
            return ""
        v = args[0]
        if type(v) is JSSymbol:
            return symbol_descriptive_string(v)
        return to_string(v)

    def construct(args, new_target):
        """new String(value): StringCreate with the prototype from NewTarget."""
        s = to_string(args[0]) if args else ""
        return StringObject(get_prototype_from_constructor(new_target, "%String.prototype%"), s)

    ctor = make_constructor(realm, "String", 1, call, construct, proto)
    install_global(realm, "String", ctor)
    setup_static_methods(realm, ctor)
    register_builtins(realm, "String", ctor)

    @method(realm, proto, "toString", 0)
    def to_string_(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.tostring"""
        return this_primitive(this, str, "String.prototype.toString")

    @method(realm, proto, "valueOf", 0)
    def value_of(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype.valueof"""
        return this_primitive(this, str, "String.prototype.valueOf")

    setup_prototype_methods(realm, proto)
    setup_pattern_methods(realm, proto)
    register_builtins(realm, "string", proto)
    setup_string_iterator(realm, proto)


def symbol_descriptive_string(sym):
    """SymbolDescriptiveString (https://tc39.es/ecma262/#sec-symboldescriptivestring)."""
    return "Symbol(" + (sym.description or "") + ")"


def setup_string_iterator(realm, proto):
    """String.prototype[@@iterator] and %StringIteratorPrototype% (§22.1.5)."""
    iterator_proto = JSObject(realm.intrinsics["%IteratorPrototype%"])
    realm.intrinsics["%StringIteratorPrototype%"] = iterator_proto

    @method(realm, proto, SYM_ITERATOR, 0)
    def string_iterator(this, args):
        """https://tc39.es/ecma262/#sec-string.prototype-%symbol.iterator%"""
        s = this_string_value(this, "[Symbol.iterator]")
        return StringIterator(iterator_proto, s)

    @method(realm, iterator_proto, "next", 0)
    def next_(this, args):
        """https://tc39.es/ecma262/#sec-%stringiteratorprototype%.next

        The spec resumes a generator that yields each code point as a string;
        this is the same walk with the position kept on the iterator.
        """
        if not isinstance(this, StringIterator):
            raise type_error("%StringIteratorPrototype%.next called on incompatible receiver")
        s = this.string
        if s is None:
            return create_iter_result(None, True)
        position = this.position
        if position >= len(s):
            this.string = None
            return create_iter_result(None, True)
        cp_len = code_point_at(s, position)[1]
        this.position = position + cp_len
        return create_iter_result(s[position:position + cp_len], False)

    iterator_proto.props[SYM_TO_STRING_TAG] = Prop("String Iterator", CONFIGURABLE)
    # what runtime.for_of_values tests are still in place before it steps a String itself
    realm.intrinsics[STRING_ITERATION[1]] = proto.props[SYM_ITERATOR].value
    realm.intrinsics[STRING_ITERATION[3]] = iterator_proto.props["next"].value
