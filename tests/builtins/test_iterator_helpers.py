"""Iterator helpers: behaviour test262 does not pin down (the Python-generator
state machines must never run JS when Python collects them) and regressions."""
import gc

import pytest

from pyjs import JSError, Realm


@pytest.fixture()
def realm():
    return Realm()


def test_collected_suspended_helper_does_not_close_underlying(realm):
    realm.evaluate("""
        var closed = 0;
        var it = {next() { return {value: 1, done: false}; }, return() { closed++; return {}; },
                  __proto__: Iterator.prototype};
        var h = it.map(x => x).filter(x => true).flatMap(x => [x]);
        h.next();
        h = null;
    """)
    gc.collect()
    assert realm.evaluate("closed") == 0.0


def test_return_closes_inner_then_outer(realm):
    log = realm.evaluate("""
        var log = [];
        function mk(name, inner) {
            return {__proto__: Iterator.prototype, i: 0,
                    next() { return {value: inner ? this.i++ : [1, 2], done: false}; },
                    return() { log.push(name); return {}; }};
        }
        var inner = mk('inner', true);
        var h = mk('outer', false).flatMap(() => inner);
        h.next();
        h.return();
        h.next();
        log.join()
    """)
    assert log == "inner,outer"


def test_lazy_and_eager_helpers(realm):
    assert realm.evaluate("""
        function* n() { let i = 0; while (true) yield i++; }
        [n().filter(x => x % 2).map(x => x * x).drop(1).take(3).toArray().join(),
         n().take(5).reduce((a, b) => a + b), n().some(x => x > 3), n().take(3).every(x => x < 3),
         n().find(x => x > 10), Iterator.from({next() { return {done: true}; }}).toArray().length,
         [...Iterator.from('a\\ud83d\\ude00')].length].join(';')
    """) == "9,25,49;10;true;true;11;0;2"


def test_constructor_is_abstract(realm):
    with pytest.raises(JSError) as e:
        realm.evaluate("new Iterator()")
    assert e.value.name == "TypeError"
    assert realm.evaluate("class C extends Iterator {}; new C() instanceof Iterator") is True
    assert realm.evaluate("Iterator.prototype === Object.getPrototypeOf("
                          "Object.getPrototypeOf([][Symbol.iterator]()))") is True
