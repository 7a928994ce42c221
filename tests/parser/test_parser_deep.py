"""Deep nesting parses on the large-stack thread; absurd nesting is a ParseError."""
import pytest

from pyjs.parser import ParseError, parse


def depth(node, field):
    """How many times ``field`` can be followed (lists: their first item)."""
    n = 0
    while True:
        child = getattr(node, field, None)
        if isinstance(child, list):
            child = child[0] if child else None
        if child is None:
            return n
        node = child
        n += 1


def test_thousand_nested_brackets():
    tree = parse("[" * 1000 + "]" * 1000)
    assert depth(tree.body[0].expression, "elements") == 999


def test_thousand_nested_parens_blocks_and_functions():
    parse("(" * 1000 + "1" + ")" * 1000)
    parse("{" * 1000 + "}" * 1000)
    parse("(function () {" * 300 + "})" * 300)


def test_five_thousand_term_chain():
    tree = parse("+".join(f"a{i}" for i in range(5000)))
    expr = tree.body[0].expression
    assert expr.type == "BinaryExpression" and expr.right.name == "a4999"
    assert depth(expr, "left") == 4999


def test_absurd_nesting_is_a_parse_error():
    with pytest.raises(ParseError) as info:
        parse("[" * 100_000 + "]" * 100_000)
    assert "nesting" in info.value.message
    assert info.value.line == 1
