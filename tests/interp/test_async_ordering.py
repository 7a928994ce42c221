"""Async functions and await: the order of promise jobs (one tick per await on a
native promise), and PromiseResolve's observable Get of "constructor" (own property,
a changed Promise.prototype.constructor, subclasses), on every tier.

The expected logs are what Node 20 prints for the same programs.
"""
import pytest

from pyjs import Realm




PROGRAMS = {
    "order1": (r"""
var log = [];
async function a0() { log.push('a0'); return 1; }
async function a1() { log.push('a1 start'); var v = await a0(); log.push('a1 got ' + v); return v + 1; }
async function a2() { log.push('a2 start'); var v = await 5; log.push('a2 got ' + v); v = await Promise.resolve(6); log.push('a2 got ' + v); return {then(r) { log.push('then called'); r(7); }}; }
async function a3() { try { await Promise.reject(8); } catch (e) { log.push('a3 caught ' + e); } throw 9; }
a1().then(v => log.push('a1 done ' + v));
a2().then(v => log.push('a2 done ' + v));
a3().catch(e => log.push('a3 rejected ' + e));
Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3')).then(() => log.push('p4'));
var p = Promise.resolve(10);
Object.defineProperty(p, 'constructor', {get() { log.push('ctor get'); return Promise; }});
(async function () { log.push('a4 got ' + await p); })();
var q = Promise.resolve(11);
q.constructor = Object;
(async function () { log.push('a5 got ' + await q); })();
var th = {get then() { log.push('get then'); return undefined; }};
(async function () { var v = await th; log.push('a6 got ' + (v === th)); })();
async function a7() { return Promise.resolve(12); }
a7().then(v => log.push('a7 done ' + v));
async function a8(x = (() => { throw 13; })()) { }
a8().catch(e => log.push('a8 rejected ' + e));
var result;
Promise.resolve().then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(() => { result = log.join('|'); });""",
        "a1 start|a0|a2 start|ctor get|get then|a1 got 1|a2 got 5|a3 caught 8|p1|a4 got 10|a6 got true|a8 rejected 13|a1 done 2|a2 got 6|a3 rejected 9|p2|then called|p3|a5 got 11|a7 done 12|a2 done 7|p4"),
    "order2": (r"""
var log = [];
var desc = Object.getOwnPropertyDescriptor(Promise.prototype, 'constructor');
Object.defineProperty(Promise.prototype, 'constructor', {get() { log.push('proto ctor get'); return Promise; }, configurable: true});
(async function () { log.push('b1 got ' + await Promise.resolve(1)); })();
async function inner() { return 2; }
(async function () { log.push('b2 got ' + await inner()); })();
Object.defineProperty(Promise.prototype, 'constructor', desc);
(async function () { log.push('b3 got ' + await Promise.resolve(3)); })();
function Fake() {}
Promise.prototype.constructor = Fake;
(async function () { log.push('b4 got ' + await Promise.resolve(4)); })();
Promise.prototype.constructor = Promise;
class MyP extends Promise {}
(async function () { var r = MyP.resolve(5); log.push('b5 got ' + await r); })();
var result;
Promise.resolve().then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(() => { result = log.join('|'); });""",
        "proto ctor get|proto ctor get|b1 got 1|b2 got 2|b3 got 3|b4 got 4|b5 got 5"),
    "order3": (r"""
var log = [];
function tick(n) { var p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => log.push('t' + i)); }
tick(6);
function Fake() {}
var pa = Promise.resolve('a'); pa.constructor = Fake;
(async function () { log.push('fake ' + await pa); })();
class MyP extends Promise {}
(async function () { log.push('sub ' + await MyP.resolve('b')); })();
(async function () { log.push('pending ' + await new Promise(r => Promise.resolve().then(() => r('c')))); })();
(async function () { try { await new Promise((_, j) => j('d')); } catch (e) { log.push('rej ' + e); } })();
(async function () { for (var i = 0; i < 3; i++) log.push('loop ' + await i); })();
async function nested() { return await (async () => 'e')(); }
nested().then(v => log.push('nested ' + v));
var result;
Promise.resolve().then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(() => { result = log.join('|'); });""",
        "t1|rej d|loop 0|t2|pending c|loop 1|nested e|t3|fake a|sub b|loop 2|t4|t5|t6"),
    "order4": (r"""
var log = [];
async function a() {
  await null; log.push('a1');
  await undefined; log.push('a2');
  Promise.resolve().then(() => log.push('b1')).then(() => log.push('b2'));
  await 0; log.push('a3');
  await Promise.resolve(1); log.push('a4');
  var p = Promise.resolve(2); p.constructor = Promise;
  await p; log.push('a5');
  queueLike();
  await 3; log.push('a6');
  try { await Promise.reject(4); } catch (e) { log.push('a7 caught ' + e); }
  await 5; log.push('a8');
  return 'done';
}
function queueLike() { Promise.resolve().then(() => log.push('c1')); }
a().then(v => log.push('a ' + v));
log.push('sync');
async function chain(n) { for (var i = 0; i < n; i++) { await i; log.push('ch' + i); } }
var result;
Promise.resolve().then(() => chain(3)).then(() => log.push('chain started'));
Promise.resolve().then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(()=>0).then(() => { result = log.join('|'); });""",
        "sync|a1|a2|ch0|b1|a3|ch1|b2|a4|ch2|a5|c1|a6|chain started|a7 caught 4|a8|a done"),
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_job_order_matches_node(tier, name):
    source, expected = PROGRAMS[name]
    r = Realm()
    r.evaluate(source)
    r.run_jobs()
    assert r.evaluate("result") == expected


def test_async_function_called_many_times_in_a_loop(tier):
    r = Realm()
    r.evaluate("""
        async function stage(x) { return x * 2; }
        async function pipeline(n) { var t = 0; for (var i = 0; i < n; i++) t += await stage(i); return t; }
        var result; pipeline(300).then(v => { result = v; });""")
    r.run_jobs()
    assert r.evaluate("result") == 89700.0


def test_async_function_errors_reject_and_this_binding(tier):
    r = Realm()
    r.evaluate("""
        var log = [];
        async function f(a) { if (a) throw new TypeError("x" + a); return this === undefined; }
        async function g() { "use strict"; return this; }
        var o = {m: async function () { return this === o; }};
        f(1).catch(e => log.push(e.name + e.message));
        f(0).then(v => log.push("sloppy this undefined: " + v));
        g.call(5).then(v => log.push(typeof v));
        o.m().then(v => log.push("method this: " + v));
        var result; Promise.resolve().then(()=>0).then(()=>0).then(() => { result = log.join(); });""")
    r.run_jobs()
    assert r.evaluate("result") == "TypeErrorx1,sloppy this undefined: false,number,method this: true"


def test_resuming_in_the_same_job_when_the_queue_is_empty(tier):
    """An awaiting body resumed by a job, whose next await's reaction would be the
    only job queued, runs on at once (AsyncDriver): the order stays Node's, with
    other jobs queued in between, rejections, thenables and an own "constructor"."""
    r = Realm()
    r.evaluate(r"""
var log = [];
async function a() {
  await null; log.push('a1');
  await undefined; log.push('a2');
  Promise.resolve().then(() => log.push('b1')).then(() => log.push('b2'));
  await 0; log.push('a3');
  await Promise.resolve(1); log.push('a4');
  await 3; log.push('a6');
  try { await Promise.reject(4); } catch (e) { log.push('a7 caught ' + e); }
  await 5; log.push('a8');
  await Promise.resolve(6); log.push('a9');
  var p = Promise.resolve(7); p.constructor = Promise;
  await p; log.push('a10');
  await {then(r) { log.push('then'); r(8); }}; log.push('a11');
  return 'done';
}
a().then(v => { log.push('a ' + v); return b(); }).then(v => log.push('b ' + v));
async function b() { var t = 0; for (var i = 0; i < 3; i++) { t += await i; log.push('b' + i); } return t; }
log.push('sync');""")
    r.run_jobs()
    assert r.evaluate("log.join('|')") == \
        "sync|a1|a2|b1|a3|b2|a4|a6|a7 caught 4|a8|a9|a10|then|a11|a done|b0|b1|b2|b 3"
