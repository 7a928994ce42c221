"""Runtime parts of classes and method definitions (ECMA-262 §15.7)."""
from .values import (CONFIGURABLE, WRITABLE, ACCESSOR, JSObject, JSSymbol, JSError, Prop, Descriptor,
                     type_error)
from .ops import define_property_or_throw


def function_name_for_key(key, prefix=None):
    if type(key) is JSSymbol:
        name = "" if key.description is None else "[" + key.description + "]"
    elif hasattr(key, "kind") and hasattr(key, "description"):   # PrivateName
        name = key.description
    else:
        name = key
    return f"{prefix} {name}" if prefix else name


def set_function_name(f, key, prefix=None):
    """https://tc39.es/ecma262/#sec-setfunctionname (for anonymous functions only)."""
    if not isinstance(f, JSObject):
        return
    cur = f.props.get("name")
    if type(cur) is Prop and not cur.flags & ACCESSOR and cur.value == "":
        cur.value = function_name_for_key(key, prefix)
    elif cur is None and "name" not in f.props:
        f.props["name"] = Prop(function_name_for_key(key, prefix), CONFIGURABLE)


_make_function = None


def make_method(code, env, home, key, prefix=None):
    global _make_function
    if _make_function is None:      # (the compiler imports this module)
        from .compiler.code import make_function as _make_function
    f = _make_function(code, env, home_object=home)
    f.props["name"] = Prop(function_name_for_key(key, prefix), CONFIGURABLE)
    return f


def define_method_property(obj, key, code, env, kind, enumerable):
    """Define a method, getter or setter on ``obj`` (object literals and classes).
    A method whose key an ordinary extensible ``obj`` does not have yet is stored
    directly: DefinePropertyOrThrow of a new data property could only add it."""
    if kind == "method":
        f = make_method(code, env, obj, key)
        if not obj.exotic and obj.extensible and key not in (props := obj.props):
            props[key] = f if enumerable else Prop(f, WRITABLE | CONFIGURABLE)
            return f
        define_property_or_throw(obj, key, Descriptor(value=f, writable=True,
                                                      enumerable=enumerable, configurable=True))
        return f
    f = make_method(code, env, obj, key, kind)
    if kind == "get":
        define_property_or_throw(obj, key, Descriptor(get=f, enumerable=enumerable, configurable=True))
    else:
        define_property_or_throw(obj, key, Descriptor(set=f, enumerable=enumerable, configurable=True))
    return f


def super_construct(ctor, args, new_target):
    """SuperCall steps 5–6 (https://tc39.es/ecma262/#sec-super-keyword-runtime-semantics-evaluation):
    ``ctor`` is the active function's [[GetPrototypeOf]](), read before the
    arguments were evaluated."""
    if not (isinstance(ctor, JSObject) and ctor.is_constructor):
        raise type_error("Super constructor is not a constructor")
    return ctor.construct(args, new_target)


def super_called_twice():
    """BindThisValue on an initialized ``this`` (https://tc39.es/ecma262/#sec-bindthisvalue)."""
    raise JSError.make("ReferenceError", "Super constructor may only be called once")


def initialize_instance_elements(obj, ctor):
    """https://tc39.es/ecma262/#sec-initializeinstanceelements"""
    pm = ctor.private_methods
    if pm:
        for pn, prop in pm:
            if pn in obj.props:
                raise type_error(f"Cannot initialize private methods of class twice on the same object")
            obj.props[pn] = prop
    fields = ctor.fields
    if fields:
        for key, init in fields:
            v = None if init is None else init.code.invoke(init, obj, [], None)
            if hasattr(key, "kind") and not isinstance(key, (str, JSSymbol)):
                if key in obj.props:
                    raise type_error(f"Cannot initialize {key.description} twice on the same object")
                obj.props[key] = v
            else:
                define_property_or_throw(obj, key, Descriptor(value=v, writable=True, enumerable=True,
                                                              configurable=True))
