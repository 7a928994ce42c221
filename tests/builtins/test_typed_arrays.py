"""ArrayBuffer, SharedArrayBuffer, the TypedArrays, DataView and Atomics: behaviour test262
leaves loose (host hooks, waiting, interpreter fast paths, bulk paths) and regressions."""
import pytest

from pyjs import JSError, Realm
from pyjs.builtins.element_types import ELEMENT_TYPES, to_uint8_clamp
from pyjs.builtins.typed_array_core import numeric_index
from pyjs.builtins.typed_arrays import detach_array_buffer


@pytest.fixture(scope="module")
def realm():
    return Realm()


def ev(realm, src):
    return realm.evaluate(src)


def js_error_name(realm, src):
    with pytest.raises(JSError) as e:
        realm.evaluate(src)
    return e.value.name


# -- element types ---------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (65520.0, float("inf")), (65519.99999999999, 65504.0), (2049.0, 2048.0), (2051.0, 2052.0),
    (2.9802322387695312e-8, 0.0), (2.980232238769532e-8, 5.960464477539063e-8),
    (-1e300, float("-inf")),
])
def test_float16_rounds_ties_to_even_and_overflows_to_infinity(value, expected):
    et = ELEMENT_TYPES["Float16"]
    data = bytearray(2)
    et.set(data, 0, value)
    assert et.get(data, 0) == expected


def test_integer_conversions_wrap_and_clamp():
    data = bytearray(8)
    ELEMENT_TYPES["Int8"].set(data, 0, -129.5)
    assert ELEMENT_TYPES["Int8"].get(data, 0) == 127.0
    ELEMENT_TYPES["Uint32"].set(data, 0, -1.0)
    assert ELEMENT_TYPES["Uint32"].get(data, 0) == 4294967295.0
    ELEMENT_TYPES["Int16"].set(data, 0, float("nan"))
    assert ELEMENT_TYPES["Int16"].get(data, 0) == 0.0
    assert [to_uint8_clamp(v) for v in (2.5, 3.5, -1.0, 300.0, float("nan"))] == [2, 4, 0, 255, 0]
    ELEMENT_TYPES["BigInt64"].set(data, 0, 2 ** 63)
    assert ELEMENT_TYPES["BigInt64"].get(data, 0) == -2 ** 63


def test_numeric_index_follows_canonical_numeric_index_string():
    assert numeric_index("0") == 0 and numeric_index("42") == 42
    assert numeric_index("01") is None and numeric_index("length") is None and numeric_index("") is None
    assert numeric_index("-0") == -1 and numeric_index("1.5") == -1 and numeric_index("-1") == -1
    assert numeric_index("NaN") == -1 and numeric_index("Infinity") == -1
    assert numeric_index("1e+21") == 10 ** 21
    assert numeric_index("12345678901234567890") is None     # ToString gives "12345678901234567000"


# -- the exotic object -----------------------------------------------------------------------

def test_numeric_keys_never_reach_the_prototype(realm):
    assert ev(realm, """
        Object.prototype[5] = 'proto'; Object.prototype['-0'] = 'p';
        var ta = new Int8Array(2);
        var r = [ta[5], ta['-0'], ta[1.5], '5' in ta, ta.hasOwnProperty('1'), 'x' in ta];
        delete Object.prototype[5]; delete Object.prototype['-0'];
        ta.foo = 1;
        r.push(Object.keys(ta).join(), Reflect.ownKeys(ta).length);
        r.join();
    """) == ",,,false,true,false,0,1,foo,3"


def test_define_and_freeze(realm):
    assert ev(realm, """
        var ta = new Uint8Array(2);
        var r = [Reflect.defineProperty(ta, '0', {value: 7}),
                 Reflect.defineProperty(ta, '1', {value: 1, writable: false}),
                 Reflect.defineProperty(ta, '2', {value: 1}), ta[0], delete ta[0], delete ta[5]];
        try { Object.freeze(ta); } catch (e) { r.push(e.name); }
        r.push(Object.isFrozen(Object.freeze(new Uint8Array(0))));
        r.join();
    """) == "true,false,false,7,false,true,TypeError,true"


def test_element_assignment_fast_paths(realm):
    assert ev(realm, """
        var ta = new Int16Array(3), i = 1;
        ta[i] = 40000; ta[i] += 1; ta[2]++; ta[-0] = 5; ta[1.5] = 9; ta[-1] = 9; ta[NaN] = 9;
        [ta[0], ta[1], ta[2], ta[1.5], ta[Infinity], Object.keys(ta).length].join();
    """) == "5,-25535,1,,,3"


def test_conversion_runs_before_the_bounds_check(realm):
    assert ev(realm, """
        var ta = new Uint8Array(1), log = [];
        ta[5] = {valueOf() { log.push('v'); return 1; }};
        ta['-0'] = {valueOf() { log.push('w'); return 1; }};
        log.join();
    """) == "v,w"


def test_subclass_and_species(realm):
    assert ev(realm, """
        class My extends Uint8Array { sum() { return this.reduce((a, b) => a + b, 0); } }
        var m = new My([1, 2, 3]);
        var mapped = m.map(x => x * 2);
        [m.sum(), mapped instanceof My, mapped.sum(), My.from([4]).sum(), My.of(5, 6).sum()].join();
    """) == "6,true,12,4,11"


def test_sort_is_numeric_with_nan_last_and_negative_zero_first(realm):
    assert ev(realm, """
        var f = new Float64Array([3, NaN, -0, 0, -Infinity, 1]).sort();
        [Array.from(f).join(), Object.is(f[1], -0), Object.is(f[2], 0),
         new BigInt64Array([3n, -5n, 1n]).sort().join(),
         new Int8Array([1, 2, 3]).sort((a, b) => b - a).join()].join('|');
    """) == "-Infinity,0,0,1,3,NaN|true|true|-5,1,3|3,2,1"


def test_set_between_overlapping_views_of_one_buffer(realm):
    assert ev(realm, """
        var b = new ArrayBuffer(8), u8 = new Uint8Array(b);
        u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
        var u16 = new Uint16Array(b, 0, 2);
        u8.set(new Uint8Array(b, 0, 4), 2);
        var r = Array.from(u8).join();
        new Uint8Array(b).set(new Uint16Array([258, 772]));
        r + '|' + Array.from(u8).join();
    """) == "1,2,1,2,3,4,7,8|2,4,1,2,3,4,7,8"


def test_length_tracking_views_and_out_of_bounds(realm):
    assert ev(realm, """
        var rab = new ArrayBuffer(8, {maxByteLength: 16});
        var tracking = new Uint16Array(rab), fixed = new Uint16Array(rab, 4, 2);
        var r = [tracking.length, fixed.length];
        rab.resize(6);
        r.push(tracking.length, fixed.length, fixed.byteOffset, fixed[0]);
        try { fixed.values(); } catch (e) { r.push(e.name); }
        var it = new Uint16Array(rab, 2).values(); it.next(); rab.resize(0);
        try { it.next(); } catch (e) { r.push(e.name); }
        rab.resize(16);
        r.push(tracking.length, fixed.length);
        r.join();
    """) == "4,2,3,0,0,,TypeError,TypeError,8,2"


def test_typed_array_from_iterable_and_array_like(realm):
    assert ev(realm, """
        var s = new Set([1, 2, 3]);
        [new Uint8Array(s).join(), Uint8Array.from({length: 2, 0: 7, 1: 8}).join(),
         Float32Array.from([1, 2], x => x / 2).join(), new Uint8Array([1, , 3]).join()].join('|');
    """) == "1,2,3|7,8|0.5,1|1,0,3"


def test_methods_on_a_detached_buffer(realm):
    assert ev(realm, """
        var ta = new Uint8Array([1, 2, 3]);
        var r = [];
        ta.buffer.transfer();
        r.push(ta.length, ta.byteLength, ta.byteOffset, ta[0], ta.buffer.detached);
        try { ta.join(); } catch (e) { r.push(e.name); }
        r.join();
    """) == "0,0,0,,true,TypeError"


def test_to_string_is_array_prototype_to_string(realm):
    assert ev(realm, """
        Int8Array.prototype.toString === Array.prototype.toString &&
        Object.getPrototypeOf(Int8Array.prototype)[Symbol.iterator] ===
            Object.getPrototypeOf(Int8Array.prototype).values &&
        String(new Float64Array([0.5, -0])) === '0.5,0';
    """) is True


# -- ArrayBuffer and DetachArrayBuffer ----------------------------------------------------------

def test_detach_hook_and_keys(realm):
    buf = ev(realm, "var keyed = new ArrayBuffer(4); keyed")
    assert realm.detach_array_buffer is detach_array_buffer
    detach_array_buffer(buf)
    assert ev(realm, "[keyed.detached, keyed.byteLength].join()") == "true,0"
    other = ev(realm, "new ArrayBuffer(1)")
    other.detach_key = "k"
    with pytest.raises(JSError):
        detach_array_buffer(other)
    detach_array_buffer(other, "k")
    assert other.data is None
    with pytest.raises(JSError):
        detach_array_buffer(ev(realm, "new SharedArrayBuffer(1)"))


def test_array_buffer_limits(realm):
    assert js_error_name(realm, "new ArrayBuffer(2 ** 40)") == "RangeError"
    assert js_error_name(realm, "new ArrayBuffer(0, {maxByteLength: 2 ** 40})") == "RangeError"
    assert js_error_name(realm, "new ArrayBuffer(4, {maxByteLength: 2})") == "RangeError"


def test_views_of_a_resizable_buffer_follow_each_resize():
    """Length-tracking and fixed-length views of a resizable buffer read through element
    views made anew at each resize (their length the view's), none when out of bounds,
    and none after a detach; the old view is released, so the bytearray can resize."""
    realm = Realm()
    realm.evaluate("""
        var rab = new ArrayBuffer(8, {maxByteLength: 16});
        var track = new Uint16Array(rab), fixed = new Uint16Array(rab, 4, 2);
        track.set([1, 2, 3, 4]);
    """)
    track, fixed = realm.evaluate("track"), realm.evaluate("fixed")
    assert len(track.element_view) == 4 and list(fixed.element_view) == [3, 4]
    old = track.element_view
    realm.evaluate("rab.resize(16); track[7] = 9")
    assert len(track.element_view) == 8 and track.element_view[7] == 9
    with pytest.raises(ValueError):
        old[0]                          # released by the resize
    realm.evaluate("rab.resize(6)")
    assert len(track.element_view) == 3 and fixed.element_view is None
    assert ev(realm, "[track.length, fixed.length, fixed[0], track[2]].join()") == "3,0,,3"
    realm.evaluate("rab.resize(8)")
    assert list(fixed.element_view) == [3, 0]
    detach_array_buffer(realm.evaluate("rab"))
    assert track.element_view is None and fixed.element_view is None
    assert ev(realm, "[track.length, fixed.length, track[0]].join()") == "0,0,"


def test_growable_shared_views_get_no_element_view(realm):
    assert ev(realm, """
        var s = new SharedArrayBuffer(2, {maxByteLength: 4}), v = new Uint8Array(s);
        v[1] = 5; s.grow(4); v[3] = 7;
        [v.length, v.join()].join('|');
    """) == "4|0,5,0,7"
    assert realm.evaluate("v").element_view is None


def test_resize_transfer_and_slice(realm):
    assert ev(realm, """
        var b = new ArrayBuffer(4, {maxByteLength: 8});
        new Uint8Array(b).set([1, 2, 3, 4]);
        b.resize(6);
        var t = b.transfer();
        var f = t.transferToFixedLength(2);
        [b.detached, t.detached, t.resizable, f.resizable, f.byteLength,
         Array.from(new Uint8Array(f)).join(), Array.from(new Uint8Array(f.slice(-1))).join()].join();
    """) == "true,true,true,false,2,1,2,2"


def test_shared_array_buffer_grow(realm):
    assert ev(realm, """
        var s = new SharedArrayBuffer(2, {maxByteLength: 4});
        var view = new Uint8Array(s);
        s.grow(4);
        var r = [s.growable, view.length, s.byteLength];
        try { s.grow(3); } catch (e) { r.push(e.name); }
        r.join();
    """) == "true,4,4,RangeError"


# -- DataView ----------------------------------------------------------------------------------

def test_data_view_endianness_and_float16(realm):
    assert ev(realm, """
        var dv = new DataView(new ArrayBuffer(8));
        dv.setUint16(0, 0x1234);
        var r = [dv.getUint8(0), dv.getUint16(0, true).toString(16)];
        dv.setFloat16(2, 1.5, true);
        r.push(dv.getFloat16(2, true), dv.getUint16(2, true).toString(16));
        dv.setBigInt64(0, -2n);
        r.push(dv.getBigUint64(0), dv.getInt8(7));
        try { dv.getInt32(6); } catch (e) { r.push(e.name); }
        r.join();
    """) == "18,3412,1.5,3e00,18446744073709551614,-2,RangeError"


def test_data_view_over_resizable_buffer(realm):
    assert ev(realm, """
        var rab = new ArrayBuffer(4, {maxByteLength: 8});
        var dv = new DataView(rab, 2), fixed = new DataView(rab, 2, 2);
        rab.resize(8);
        var r = [dv.byteLength, fixed.byteLength];
        rab.resize(3);
        try { fixed.byteLength; } catch (e) { r.push(e.name); }
        r.push(dv.byteLength);
        r.join();
    """) == "6,2,TypeError,1"


# -- Atomics ------------------------------------------------------------------------------------

def test_atomics_read_modify_write(realm):
    assert ev(realm, """
        var i8 = new Int8Array(4), u32 = new Uint32Array(2), b = new BigUint64Array(1);
        var r = [Atomics.add(i8, 0, 200), i8[0], Atomics.sub(u32, 0, 1), u32[0],
                 Atomics.or(i8, 1, 5), Atomics.xor(i8, 1, 1), Atomics.and(i8, 1, 6), i8[1],
                 Atomics.exchange(i8, 2, 9), Atomics.compareExchange(i8, 2, 9, 3), i8[2],
                 Atomics.compareExchange(i8, 2, 9, 4), i8[2], Atomics.store(i8, 3, 3.9),
                 Atomics.sub(b, 0, 1n), b[0], Atomics.isLockFree(4), Atomics.isLockFree(3)];
        try { Atomics.add(new Float64Array(1), 0, 1); } catch (e) { r.push(e.name); }
        try { Atomics.load(i8, 4); } catch (e) { r.push(e.name); }
        r.join();
    """) == ("0,-56,0,4294967295,0,5,4,4,0,9,3,3,3,3,0,18446744073709551615,true,false,"
             "TypeError,RangeError")


def test_atomics_wait_in_a_single_agent(realm):
    assert ev(realm, """
        var i32 = new Int32Array(new SharedArrayBuffer(8));
        var r = [Atomics.wait(i32, 0, 1), Atomics.wait(i32, 0, 0, 1), Atomics.notify(i32, 0)];
        try { Atomics.wait(new Int32Array(4), 0, 0, 0); } catch (e) { r.push(e.name); }
        r.join();
    """) == "not-equal,timed-out,0,TypeError"


def test_atomics_wait_async_is_resolved_by_notify(realm):
    ev(realm, """
        var i32w = new Int32Array(new SharedArrayBuffer(8)), out = [];
        var w = Atomics.waitAsync(i32w, 1, 0);
        out.push(w.async, Atomics.waitAsync(i32w, 1, 5).value, Atomics.waitAsync(i32w, 1, 0, 0).value);
        w.value.then(v => out.push(v));
        out.push(Atomics.notify(i32w, 1, 1), Atomics.notify(i32w, 1));
    """)
    realm.run_jobs()
    assert ev(realm, "out.join()") == "true,not-equal,timed-out,1,0,ok"


def test_atomics_wait_refused_when_the_agent_cannot_suspend():
    r = Realm()
    r.agent_can_suspend = False
    with pytest.raises(JSError) as e:
        r.evaluate("Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 0)")
    assert e.value.name == "TypeError"
