"""Symbol constructor and Symbol.prototype (https://tc39.es/ecma262/#sec-symbol-objects).

The GlobalSymbolRegistry is a module-level dict: the spec makes it shared by
all realms (https://tc39.es/ecma262/#sec-globalsymbolregistry), so
``Symbol.for("x")`` in one realm is the same value as in any other - exactly
like the well-known symbols in pyjs/interp/values.py.  Registered symbols are
marked ``registered`` so KeyForSymbol needs no reverse lookup (and so
CanBeHeldWeakly can reject them).
"""
from ..interp.ops import to_string
from ..interp.values import (JSObject, JSSymbol, WELL_KNOWN_SYMBOLS, SYM_TO_PRIMITIVE,
                             SYM_TO_STRING_TAG, CONFIGURABLE, type_error)
from ._helpers import arg, method, getter, value, constant, make_constructor, install_global
from .primitives import this_primitive

# [[Key]] -> [[Symbol]] records of the GlobalSymbolRegistry, shared by every realm.
GLOBAL_SYMBOL_REGISTRY: dict[str, JSSymbol] = {}


def this_symbol_value(this, what):
    """https://tc39.es/ecma262/#sec-thissymbolvalue"""
    return this_primitive(this, JSSymbol, what)


def symbol_descriptive_string(sym):
    """https://tc39.es/ecma262/#sec-symboldescriptivestring"""
    return "Symbol(" + (sym.description or "") + ")"


def key_for_symbol(sym):
    """https://tc39.es/ecma262/#sec-keyforsymbol : the registry key, or undefined."""
    return sym.description if sym.registered else None


def setup(realm):
    proto = JSObject(realm.object_prototype)  # an ordinary object, not a Symbol wrapper
    realm.intrinsics["%Symbol.prototype%"] = proto

    def call(this, args):
        """https://tc39.es/ecma262/#sec-symbol-description (NewTarget undefined)"""
        description = arg(args, 0)
        return JSSymbol(None if description is None else to_string(description))

    def construct(args, new_target):
        """Step 1 of Symbol(): with a NewTarget, throw.

        Symbol still has [[Construct]] (IsConstructor(Symbol) is true, and
        ``class extends Symbol`` is legal); only the construction fails.
        """
        raise type_error("Symbol is not a constructor")

    ctor = make_constructor(realm, "Symbol", 0, call, construct, proto)
    install_global(realm, "Symbol", ctor)
    for name, sym in WELL_KNOWN_SYMBOLS.items():
        constant(ctor, name, sym)

    @method(realm, ctor, "for", 1)
    def symbol_for(this, args):
        """https://tc39.es/ecma262/#sec-symbol.for"""
        key = to_string(arg(args, 0))
        sym = GLOBAL_SYMBOL_REGISTRY.get(key)
        if sym is None:
            sym = GLOBAL_SYMBOL_REGISTRY[key] = JSSymbol(key, registered=True)
        return sym

    @method(realm, ctor, "keyFor", 1)
    def key_for(this, args):
        """https://tc39.es/ecma262/#sec-symbol.keyfor"""
        sym = arg(args, 0)
        if type(sym) is not JSSymbol:
            raise type_error("Symbol.keyFor: argument is not a symbol")
        return key_for_symbol(sym)

    @getter(realm, proto, "description")
    def description(this, args):
        """https://tc39.es/ecma262/#sec-symbol.prototype.description"""
        return this_symbol_value(this, "Symbol.prototype.description").description

    @method(realm, proto, "toString", 0)
    def to_string_(this, args):
        """https://tc39.es/ecma262/#sec-symbol.prototype.tostring"""
        return symbol_descriptive_string(this_symbol_value(this, "Symbol.prototype.toString"))

    @method(realm, proto, "valueOf", 0)
    def value_of(this, args):
        """https://tc39.es/ecma262/#sec-symbol.prototype.valueof"""
        return this_symbol_value(this, "Symbol.prototype.valueOf")

    @method(realm, proto, SYM_TO_PRIMITIVE, 1)
    def to_primitive_(this, args):
        """https://tc39.es/ecma262/#sec-symbol.prototype-%symbol.toprimitive% (hint ignored)"""
        return this_symbol_value(this, "Symbol.prototype [ %Symbol.toPrimitive% ]")
    # unlike ordinary methods: { [[Writable]]: false, [[Configurable]]: true }
    value(proto, SYM_TO_PRIMITIVE, proto.props[SYM_TO_PRIMITIVE].value, CONFIGURABLE)

    # https://tc39.es/ecma262/#sec-symbol.prototype-%symbol.tostringtag%
    value(proto, SYM_TO_STRING_TAG, "Symbol", CONFIGURABLE)
