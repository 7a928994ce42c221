"""yield/await in the parts of a class definition and of destructuring targets.

Class heritage and computed keys belong to the enclosing function, so they may
suspend it; so may the object and key expressions of a destructuring target
``o[k]``, which are evaluated before the value is fetched from the iterator.
"""
from pyjs import Realm


def test_class_computed_keys_and_heritage_may_yield():
    r = Realm()
    r.evaluate("""
        function* g() { return class extends (yield 'heritage') { static [yield 'key'] = 5; [yield 'm']() {} }; }
        var it = g(), seen = [it.next().value, it.next(Object).value, it.next('z').value];
        var C = it.next('meth').value;
    """)
    assert r.evaluate("seen.join()") == "heritage,key,m"
    assert r.evaluate("C.z") == 5.0
    assert r.evaluate("typeof C.prototype.meth") == "function"
    assert r.evaluate("Object.getPrototypeOf(C) === Object") is True


def test_anonymous_class_with_awaited_key_is_named_by_its_binding():
    r = Realm()
    r.evaluate("var out; (async () => { var D = class { [await 'k']() {} }; out = D.name + ':' + "
               "Object.getOwnPropertyNames(D.prototype).join(); })();")
    r.run_jobs()
    assert r.evaluate("out") == "D:constructor,k"


def test_destructuring_member_target_with_yield_is_evaluated_before_the_iterator_steps():
    r = Realm()
    r.evaluate("""
        var log = [];
        var iterable = { [Symbol.iterator]() { log.push('iter');
            return { next() { log.push('step'); return { done: false, value: 9 }; },
                     return() { log.push('close'); return {}; } }; } };
        function* g() { var o = {}; [o[(log.push('ref'), yield 1)]] = iterable; return o; }
        var it = g(); it.next(); var o = it.next('k').value;
    """)
    assert r.evaluate("log.join()") == "iter,ref,step,close"
    assert r.evaluate("o.k") == 9.0


def test_object_destructuring_default_on_awaited_member_target():
    r = Realm()
    r.evaluate("var o = {}; (async () => { ({ x: o[await 'p'] = 4 } = {}); })();")
    r.run_jobs()
    assert r.evaluate("o.p") == 4.0
