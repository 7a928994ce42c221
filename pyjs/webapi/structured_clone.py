"""structuredClone(): https://html.spec.whatwg.org/multipage/structured-data.html#dom-structuredclone

Serialization and deserialization happen in one pass (the value never leaves
the realm): :func:`structured_clone` walks the value in the order
StructuredSerializeInternal does, so getters run and errors are thrown in the
same order, and builds the copy as it goes; ``memory`` maps each visited object
to its copy, which preserves shared and circular references.

Supported: primitives (not Symbols), Boolean/Number/BigInt/String objects,
Date, RegExp, ArrayBuffer and views, Map, Set, Error objects, DOMException,
Blob and File, arrays and ordinary objects; ArrayBuffers can be transferred.  Anything else
(functions, Proxies, promises, other platform objects) is a DataCloneError.  Map, Set, RegExp
and Date are read through their internal slots ([[MapData]], [[OriginalSource]], ...), as
the spec says, so patches of their prototypes cannot interfere; their modules are imported
when such a value is first cloned (installing structuredClone creates no builtin family).
"""
from ..builtins._helpers import install_global
from ..builtins.array_buffer import ArrayBufferObject, detach_array_buffer
from ..builtins.data_view import is_view_out_of_bounds
from ..builtins.error import ErrorObject
from ..builtins.lazy import new_builtin
from ..builtins.primitives import PrimitiveObject, StringObject
from ..interp.arrays import JSArray
from ..interp.functions import NativeFunction
from ..interp.ops import create_data_property, to_string
from ..interp.values import ACCESSOR, ENUMERABLE, HIDDEN, JSObject, JSSymbol, Prop, type_error
from .blob import BlobObject, FileObject, create_blob, create_file
from .buffers import is_array_buffer, is_array_buffer_view, view_info
from .dom_exception import DOMExceptionObject, create_dom_exception, dom_error
from .webidl import arg, dictionary_member, iterable_method, require_args, sequence_from_iterable

_ERROR_NAMES = ("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")


class Cloner:
    """Clones values into the realm they come from."""

    def __init__(self, realm):
        self.realm = realm

    def clone(self, value, memory):
        """https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal"""
        if not isinstance(value, JSObject):
            if type(value) is JSSymbol:
                raise dom_error("DataCloneError", "Symbol values cannot be cloned")
            return value
        copy = memory.get(id(value))
        if copy is not None:
            return copy[1]
        realm = self.realm
        cls = value.class_name
        if isinstance(value, (PrimitiveObject, StringObject)):
            return self._remember(memory, value, realm.wrap_primitive(value.primitive))
        if cls == "Date":
            from ..builtins.date import DateObject
            if isinstance(value, DateObject):
                date = realm.intrinsics["%Date%"]
                return self._remember(memory, value, date.construct([value.tv], date))
        elif cls == "RegExp":
            from ..builtins.regexp import RegExpObject
            if isinstance(value, RegExpObject):     # [[OriginalSource]], [[OriginalFlags]]
                return self._remember(memory, value, realm.regexp_create(value.source, value.flags))
        if is_array_buffer(value):
            if value.class_name == "SharedArrayBuffer":
                raise dom_error("DataCloneError", "SharedArrayBuffer cannot be cloned here")
            if value.data is None:
                raise dom_error("DataCloneError", "A detached ArrayBuffer cannot be cloned")
            copy = ArrayBufferObject(realm.intrinsics["%ArrayBuffer.prototype%"], bytearray(value.data),
                                     value.max_byte_length)
            return self._remember(memory, value, copy)
        if is_array_buffer_view(value):
            return self._clone_view(value, memory)
        if cls == "Map" or cls == "Set":
            from ..builtins.collections import MapObject, SetObject
            if isinstance(value, MapObject):
                return self._clone_collection(value, memory, "%Map%", value.map_data, True)
            if isinstance(value, SetObject):
                return self._clone_collection(value, memory, "%Set%", value.set_data, False)
        if isinstance(value, FileObject):
            return self._remember(memory, value, create_file(realm, value.data, value.name, value.type,
                                                             value.last_modified))
        if isinstance(value, BlobObject):
            return self._remember(memory, value, create_blob(realm, value.data, value.type))
        if isinstance(value, DOMExceptionObject):
            return self._remember(memory, value, create_dom_exception(realm, value.message, value.name))
        if isinstance(value, ErrorObject):
            return self._clone_error(value, memory)
        if isinstance(value, JSArray):
            copy = realm.new_array([])
            copy.set("length", float(value.length), copy)
            self._remember(memory, value, copy)
            return self._copy_properties(value, copy, memory)
        if value.callable:
            raise dom_error("DataCloneError", "function could not be cloned")
        if type(value) is not JSObject and cls != "Arguments" and value is not realm.object_prototype:
            raise dom_error("DataCloneError", f"{_describe(value)} could not be cloned")
        copy = realm.new_object()
        self._remember(memory, value, copy)
        return self._copy_properties(value, copy, memory)

    @staticmethod
    def _remember(memory, value, copy):
        memory[id(value)] = (value, copy)       # keep value alive so its id stays unique
        return copy

    def _copy_properties(self, value, copy, memory):
        """The "for each key in EnumerableOwnProperties(value, key)" steps."""
        keys = []
        for key in value.own_property_keys():
            if type(key) is str:
                d = value.get_own_property(key)
                if d is not None and d.flags & ENUMERABLE:
                    keys.append(key)
        for key in keys:
            if value.get_own_property(key) is not None:
                create_data_property(copy, key, self.clone(value.get(key, value), memory))
        return copy

    def _clone_error(self, value, memory):
        realm = self.realm
        name = value.get("name", value)
        name = to_string(name) if name is not None else "Error"
        if name not in _ERROR_NAMES:
            name = "Error"
        message = value.get_own_property("message")
        args = []
        if message is not None and not message.flags & ACCESSOR:
            args.append(to_string(message.value))
        cause = value.get_own_property("cause")
        ctor = realm.intrinsics[f"%{name}%"]
        copy = self._remember(memory, value, ctor.construct(args, ctor))
        if cause is not None and not cause.flags & ACCESSOR:
            copy.props["cause"] = Prop(self.clone(cause.value, memory), HIDDEN)
        return copy

    def _clone_view(self, value, memory):
        """A view over the copy of its buffer; a length-tracking view stays length-tracking."""
        realm = self.realm
        name = value.class_name
        if name == "DataView":
            out_of_bounds, tracking = is_view_out_of_bounds(value), value.view_byte_length is None
        else:
            out_of_bounds, tracking = value.current_length() < 0, value.fixed_length is None
        if out_of_bounds:
            raise dom_error("DataCloneError", "An out-of-bounds view cannot be cloned")
        buffer, offset, byte_length = view_info(value)
        args = [self.clone(buffer, memory), float(offset)]
        if not tracking:
            args.append(float(byte_length if name == "DataView" else byte_length // value.element_size))
        ctor = realm.intrinsics[f"%{name}%"]
        return self._remember(memory, value, ctor.construct(args, ctor))

    def _clone_collection(self, value, memory, ctor_name, store, is_map):
        """A Map or Set: the live entries of its [[MapData]] / [[SetData]] are listed first
        (the spec's copiedList: cloning an entry may run getters that change it), then
        each key (and value) is cloned, in order, into the new collection's."""
        from ..builtins.collections import EMPTY
        realm = self.realm
        ctor = realm.intrinsics[ctor_name]
        copy = ctor.construct([], ctor)
        self._remember(memory, value, copy)
        entries = [(k, v) for k, v in zip(store.keys, store.values) if k is not EMPTY]
        target = copy.map_data if is_map else copy.set_data
        for k, v in entries:
            k = self.clone(k, memory)
            target.set(k, self.clone(v, memory) if is_map else None)
        return copy


def _describe(value):
    tag = value.get_prototype_of()
    ctor = tag.get("constructor", tag) if isinstance(tag, JSObject) else None
    name = ctor.get("name", ctor) if isinstance(ctor, JSObject) else None
    return f"#<{name}>" if type(name) is str and name else "The object"


def structured_clone(realm, value, transfer=(), cloner=None):
    """Clone a JS value within ``realm``, transferring the ArrayBuffers in ``transfer``.

    https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializewithtransfer
    A transferred buffer's bytes move to a new ArrayBuffer (which takes its place
    everywhere in the copy) and the original is detached, once the copy succeeded.
    """
    memory = {}
    for buffer in transfer:
        if not is_array_buffer(buffer) or buffer.shared:
            raise dom_error("DataCloneError", "Only ArrayBuffers can be transferred")
        if id(buffer) in memory:
            raise dom_error("DataCloneError", "An ArrayBuffer is listed twice in the transfer list")
        if buffer.data is None or buffer.detach_key is not None:
            raise dom_error("DataCloneError", "An ArrayBuffer is detached or cannot be detached")
        memory[id(buffer)] = (buffer, ArrayBufferObject(realm.intrinsics["%ArrayBuffer.prototype%"], buffer.data,
                                                        buffer.max_byte_length))
    copy = (cloner or Cloner(realm)).clone(value, memory)
    for buffer in transfer:
        detach_array_buffer(buffer)
    return copy


def setup(realm):
    cloner = Cloner(realm)

    def structured_clone_fn(this, args):
        require_args(args, 1, "structuredClone")
        transfer = dictionary_member(arg(args, 1), "transfer")
        items = []
        if transfer is not None:
            method = iterable_method(transfer)
            if method is None:
                raise type_error("Failed to execute 'structuredClone': transfer is not iterable")
            items = sequence_from_iterable(transfer, method)
            if not all(isinstance(item, JSObject) for item in items):
                raise type_error("Failed to execute 'structuredClone': transfer items must be objects")
        return structured_clone(realm, args[0], items, cloner)

    # created lazily (pyjs.webapi.install): adopt the global function's shell
    f = new_builtin(realm, "%structuredClone%", NativeFunction, realm, structured_clone_fn,
                    "structuredClone", 1)
    install_global(realm, "structuredClone", f)
