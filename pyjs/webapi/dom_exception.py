"""DOMException: the error type every Web API throws besides the ECMAScript errors.

https://webidl.spec.whatwg.org/#idl-DOMException

Instances are error objects as far as the engine is concerned (``class_name``
``"Error"``, a ``stack`` property): the console prints them like errors and
``Error.isError`` accepts them, as in browsers.  The prototype chain is
``DOMException.prototype -> Error.prototype``.
"""
from ..interp.agent import current_realm
from ..interp.ops import get_prototype_from_constructor
from ..interp.values import HIDDEN, ENUMERABLE, JSError, JSObject, Prop
from .webidl import brand, define_interface, readonly_attribute, to_dom_string

#: https://webidl.spec.whatwg.org/#dfn-error-names-table: name -> legacy code.
ERROR_NAMES = {
    "IndexSizeError": 1, "HierarchyRequestError": 3, "WrongDocumentError": 4,
    "InvalidCharacterError": 5, "NoModificationAllowedError": 7, "NotFoundError": 8,
    "NotSupportedError": 9, "InUseAttributeError": 10, "InvalidStateError": 11, "SyntaxError": 12,
    "InvalidModificationError": 13, "NamespaceError": 14, "InvalidAccessError": 15,
    "TypeMismatchError": 17, "SecurityError": 18, "NetworkError": 19, "AbortError": 20,
    "URLMismatchError": 21, "QuotaExceededError": 22, "TimeoutError": 23,
    "InvalidNodeTypeError": 24, "DataCloneError": 25,
}

#: The legacy code constants on the interface object and prototype.
LEGACY_CONSTANTS = (
    ("INDEX_SIZE_ERR", 1), ("DOMSTRING_SIZE_ERR", 2), ("HIERARCHY_REQUEST_ERR", 3),
    ("WRONG_DOCUMENT_ERR", 4), ("INVALID_CHARACTER_ERR", 5), ("NO_DATA_ALLOWED_ERR", 6),
    ("NO_MODIFICATION_ALLOWED_ERR", 7), ("NOT_FOUND_ERR", 8), ("NOT_SUPPORTED_ERR", 9),
    ("INUSE_ATTRIBUTE_ERR", 10), ("INVALID_STATE_ERR", 11), ("SYNTAX_ERR", 12),
    ("INVALID_MODIFICATION_ERR", 13), ("NAMESPACE_ERR", 14), ("INVALID_ACCESS_ERR", 15),
    ("VALIDATION_ERR", 16), ("TYPE_MISMATCH_ERR", 17), ("SECURITY_ERR", 18), ("NETWORK_ERR", 19),
    ("ABORT_ERR", 20), ("URL_MISMATCH_ERR", 21), ("QUOTA_EXCEEDED_ERR", 22), ("TIMEOUT_ERR", 23),
    ("INVALID_NODE_TYPE_ERR", 24), ("DATA_CLONE_ERR", 25),
)


class DOMExceptionObject(JSObject):
    """A DOMException: internal slots [[name]] and [[message]]."""

    __slots__ = ("name", "message")
    class_name = "Error"


def create_dom_exception(realm, message, name, proto=None):
    """A new DOMException in ``realm`` (https://webidl.spec.whatwg.org/#dfn-create-exception)."""
    o = DOMExceptionObject(proto if proto is not None else realm.intrinsics["%DOMException.prototype%"])
    o.name = name
    o.message = message
    o.props["stack"] = Prop(f"{name}: {message}" if message else name, HIDDEN)
    return o


def dom_error(name, message=""):
    """A ``JSError`` to raise: ``raise dom_error("InvalidCharacterError", "...")``.

    The exception object is created in the current realm (the realm of the
    builtin being run).
    """
    return JSError(create_dom_exception(current_realm(), message, name))


def setup(realm):
    def construct(args, new_target):
        message = to_dom_string(args[0]) if len(args) > 0 and args[0] is not None else ""
        name = to_dom_string(args[1]) if len(args) > 1 and args[1] is not None else "Error"
        proto = get_prototype_from_constructor(new_target, "%DOMException.prototype%")
        return create_dom_exception(realm, message, name, proto)

    ctor, proto = define_interface(realm, "DOMException", construct, 0, parent="%Error%")

    @readonly_attribute(realm, proto, "name")
    def name(this, args):
        return brand(this, DOMExceptionObject, "DOMException").name

    @readonly_attribute(realm, proto, "message")
    def message(this, args):
        return brand(this, DOMExceptionObject, "DOMException").message

    @readonly_attribute(realm, proto, "code")
    def code(this, args):
        return float(ERROR_NAMES.get(brand(this, DOMExceptionObject, "DOMException").name, 0))

    for const_name, value in LEGACY_CONSTANTS:
        ctor.props[const_name] = Prop(float(value), ENUMERABLE)
        proto.props[const_name] = Prop(float(value), ENUMERABLE)
