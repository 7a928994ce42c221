"""CopyDataProperties (ops.copy_data_properties) on targets and sources an object
literal cannot produce: its in-place path for ordinary objects must still give what
CreateDataPropertyOrThrow gives, and read each key afresh."""
import pytest

from pyjs import Realm
from pyjs.interp.agent import state
from pyjs.interp.ops import copy_data_properties
from pyjs.interp.values import JSError, JSObject


@pytest.fixture()
def realm():
    """A realm that is the running one, as it is while JS code calls the operation."""
    r, prev = Realm(), state.realm
    state.realm = r
    yield r
    state.realm = prev


def obj(realm, source):
    return realm.evaluate(f"({source})")


def test_copies_own_enumerable_properties_in_key_order(realm):
    src = obj(realm, "{b: 1, 2: 'two', a: 2, [Symbol.for('s')]: 3}")
    target = copy_data_properties(JSObject(realm.object_prototype), src, ())
    realm.global_object.props["t"] = target
    assert realm.evaluate("Reflect.ownKeys(t).map(String).join()") == "2,b,a,Symbol(s)"
    assert realm.evaluate("t.b + t.a") == 3.0


def test_excluded_keys_are_left_out(realm):
    src = obj(realm, "{a: 1, b: 2, c: 3}")
    target = copy_data_properties(JSObject(realm.object_prototype), src, ("a", "c"))
    assert list(target.props) == ["b"]


def test_non_configurable_target_property_throws(realm):
    """CreateDataPropertyOrThrow cannot redefine a non-configurable property."""
    target = realm.evaluate("Object.defineProperty({}, 'a', {value: 0, writable: false})")
    with pytest.raises(JSError) as e:
        copy_data_properties(target, obj(realm, "{a: 1}"), ())
    assert realm.evaluate("(e) => e instanceof TypeError").call(None, [e.value.value])


def test_non_extensible_target_throws(realm):
    target = realm.evaluate("Object.preventExtensions({})")
    with pytest.raises(JSError):
        copy_data_properties(target, obj(realm, "{a: 1}"), ())
    assert "a" not in target.props


def test_key_deleted_by_an_earlier_getter_is_skipped(realm):
    src = obj(realm, "{get first() { delete this.second; this.third = 3; return 1; }, second: 2}")
    target = copy_data_properties(JSObject(realm.object_prototype), src, ())
    assert list(target.props) == ["first"]
