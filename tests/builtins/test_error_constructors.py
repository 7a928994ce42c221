"""Error constructors convert the message once (ToString can run code) and give
``stack`` the same text as ``message``: Error ( message [ , options ] ),
https://tc39.es/ecma262/#sec-error-message."""
import pytest

from pyjs import Realm

CONVERSIONS = """
var calls = 0;
var m = { toString() { calls++; return "msg" + calls; } };
var e = new %s(%s);
[calls, e.message, e.stack.split("\\n")[0]].join("|");
"""


@pytest.mark.parametrize("ctor, args", [("Error", "m"), ("TypeError", "m"), ("RangeError", "m"),
                                        ("SyntaxError", "m"), ("AggregateError", "[], m")])
def test_message_converted_once(ctor, args):
    assert Realm().evaluate(CONVERSIONS % (ctor, args)) == f"1|msg1|{ctor}: msg1"


def test_aggregate_error_has_own_stack_as_the_others():
    assert Realm().evaluate("var e = new AggregateError([1]); [Object.getOwnPropertyNames(e), e.stack].join('|')") \
        == "stack,errors|AggregateError: "


def test_undefined_message_leaves_stack_with_the_name():
    assert Realm().evaluate("var e = new TypeError(); [e.hasOwnProperty('message'), e.stack].join('|')") \
        == "false|TypeError: "
