"""Generator, async function and async generator intrinsics (§27.3 - §27.7)."""
from ..interp.generators import JSGenerator, JSAsyncGenerator, GeneratorReturn
from ..interp.values import (JSObject, JSError, Prop, HIDDEN, CONFIGURABLE, type_error,
                             SYM_TO_STRING_TAG)
from ._helpers import arg, method, make_constructor, native
from .function import create_dynamic_function


def _dynamic_ctor(realm, name, kind, proto_obj, intrinsic):
    fn_ctor = realm.intrinsics["%Function%"]

    def call(this, args):
        return create_dynamic_function(realm, kind, args, None)

    def construct(args, new_target):
        return create_dynamic_function(realm, kind, args, new_target)
    ctor = make_constructor(realm, name, 1, call, construct, proto_obj, parent=fn_ctor,
                            intrinsic=intrinsic)
    proto_obj.props["constructor"] = Prop(ctor, CONFIGURABLE)
    return ctor


def setup(realm):
    fp = realm.function_prototype
    ip = realm.intrinsics["%IteratorPrototype%"]
    aip = realm.intrinsics["%AsyncIteratorPrototype%"]

    # function*
    gen_fn_proto = JSObject(fp)
    realm.intrinsics["%GeneratorFunction.prototype%"] = gen_fn_proto
    gen_proto = JSObject(ip)
    realm.intrinsics["%GeneratorPrototype%"] = gen_proto
    gen_fn_proto.props["prototype"] = Prop(gen_proto, CONFIGURABLE)
    gen_proto.props["constructor"] = Prop(gen_fn_proto, CONFIGURABLE)
    gen_proto.props[SYM_TO_STRING_TAG] = Prop("Generator", CONFIGURABLE)
    gen_fn_proto.props[SYM_TO_STRING_TAG] = Prop("GeneratorFunction", CONFIGURABLE)
    _dynamic_ctor(realm, "GeneratorFunction", "generator", gen_fn_proto, "%GeneratorFunction%")

    def gen_method(mode):
        def m(this, args):
            if not isinstance(this, JSGenerator):
                raise type_error(f"{mode} method called on incompatible receiver")
            return this.resume(mode, arg(args, 0))
        return m
    for mode in ("next", "return", "throw"):
        method(realm, gen_proto, mode, 1)(gen_method(mode))
    realm.intrinsics["%GeneratorPrototype.next%"] = gen_proto.props["next"].value

    # async function
    async_fn_proto = JSObject(fp)
    realm.intrinsics["%AsyncFunction.prototype%"] = async_fn_proto
    async_fn_proto.props[SYM_TO_STRING_TAG] = Prop("AsyncFunction", CONFIGURABLE)
    _dynamic_ctor(realm, "AsyncFunction", "async", async_fn_proto, "%AsyncFunction%")

    # async function*
    agen_fn_proto = JSObject(fp)
    realm.intrinsics["%AsyncGeneratorFunction.prototype%"] = agen_fn_proto
    agen_proto = JSObject(aip)
    realm.intrinsics["%AsyncGeneratorPrototype%"] = agen_proto
    agen_fn_proto.props["prototype"] = Prop(agen_proto, CONFIGURABLE)
    agen_proto.props["constructor"] = Prop(agen_fn_proto, CONFIGURABLE)
    agen_proto.props[SYM_TO_STRING_TAG] = Prop("AsyncGenerator", CONFIGURABLE)
    agen_fn_proto.props[SYM_TO_STRING_TAG] = Prop("AsyncGeneratorFunction", CONFIGURABLE)
    _dynamic_ctor(realm, "AsyncGeneratorFunction", "asyncgen", agen_fn_proto,
                  "%AsyncGeneratorFunction%")

    from .promise import new_promise_capability_intrinsic

    def agen_method(mode):
        def m(this, args):
            cap = new_promise_capability_intrinsic(realm)
            if not isinstance(this, JSAsyncGenerator):
                cap.reject(realm.new_error("TypeError", f"{mode} method called on incompatible receiver"))
                return cap.promise
            this.enqueue(mode, arg(args, 0), cap)
            return cap.promise
        return m
    for mode in ("next", "return", "throw"):
        method(realm, agen_proto, mode, 1)(agen_method(mode))
