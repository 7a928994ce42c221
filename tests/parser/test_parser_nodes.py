"""The Node format: fields, UTF-16 strings and positions, parentheses, pickling."""
import copy
import pickle

from pyjs.parser import parse
from pyjs.parser.nodes import Node


def test_positions_and_fields():
    tree = parse("let x = 1;\n  async function f(a) { for await (y of z); }")
    assert (tree.type, tree.start, tree.end, tree.line, tree.column) == ("Program", 0, 56, 1, 0)
    fn = tree.body[1]
    assert (fn.type, fn.line, fn.column, fn.start) == ("FunctionDeclaration", 2, 2, 13)
    assert fn.is_async is True and fn.generator is False
    assert fn.body.body[0].is_await is True
    assert not any(k.startswith("_") for k in vars(fn))


def test_utf16_strings_and_offsets():
    tree = parse("s = '\U0001d49c'; t = 1")
    lit = tree.body[0].expression.right
    assert lit.value == "\ud835\udc9c" and len(lit.value) == 2
    t = tree.body[1].expression.left
    assert (t.name, t.start, t.end, t.column) == ("t", 10, 11, 10)
    src16 = "s = '\ud835\udc9c'; t = 1"
    assert src16[tree.body[0].start:tree.body[0].end] == "s = '\ud835\udc9c';"


def test_parenthesized_flag():
    expr = parse("(a) + b").body[0].expression
    assert expr.left.parenthesized is True
    assert "parenthesized" not in vars(expr.right)


def test_regex_bigint_template():
    body = parse("/a+/gu; 12n; `x${1}\\u0041`").body
    assert body[0].expression.regex.pattern == "a+" and body[0].expression.regex.flags == "gu"
    assert body[0].expression.value is None
    assert body[1].expression.bigint == "12"
    quasis = body[2].expression.quasis
    assert (quasis[1].value.raw, quasis[1].value.cooked) == ("\\u0041", "A")


def test_pickle_and_copy():
    tree = parse("function f(x) { return x * 2 }")
    again = pickle.loads(pickle.dumps(tree, protocol=5))
    assert isinstance(again, Node) and again.body[0].id.name == "f"
    assert pickle.dumps(again) == pickle.dumps(tree)
    shallow = copy.copy(tree)
    shallow.type = "Changed"
    assert tree.type == "Program" and shallow.body is tree.body
    deep = copy.deepcopy(tree)
    deep.body[0].id.name = "g"
    assert tree.body[0].id.name == "f"


def test_hashbang():
    tree = parse("#!/usr/bin/env node\nx")
    assert tree.hashbang == "/usr/bin/env node"
    assert tree.body[0].line == 2
