"""ParseError line (1-based) and column (0-based, UTF-16 units) point at the offending token."""
import pytest

from pyjs.parser import ParseError, line_column, parse

CASES = [
    # (source, line, column, message fragment)
    ("function f(){", 1, 13, "end of input"),
    ("if (x) {\n", 2, 0, "end of input"),
    ("x = 1 +\n\n", 3, 0, "end of input"),
    ("/* a\n b */ )", 2, 6, "Unexpected token )"),
    ("/* a\n b */\n  )", 3, 2, "Unexpected token )"),
    ("x = 1;\n/* multi\n line */ let let = 1;", 3, 13, "let"),
    ("// comment only\n}", 2, 0, "Unexpected token }"),
    ("a\r\nb c", 2, 2, "Unexpected identifier"),
    ("a\u2028b c", 2, 2, "Unexpected identifier"),
    ("x = {\n  a: 1,\n  b: 2\n  c: 3 }", 4, 2, "Unexpected identifier"),
    ('"use strict";\nwith (a) {}', 2, 0, "with"),
    ("let x = 1;\n/* c */ let x = 2;", 2, 12, "already been declared"),
    ("function f() {\n  return 1 +\n}\n", 3, 0, "Unexpected token }"),
    # template literals
    ("x = `abc\n${a +}`", 2, 5, "Unexpected token }"),
    ("x = `abc\n${a} \\u{zz}`", 2, 5, "Invalid escape sequence"),
    ("x = `a${b}c\\xZZ`", 1, 11, "Invalid escape sequence"),
    ("x = `a\r\nb\\u{110000}`", 2, 1, "Invalid escape sequence"),
    ("tag`\\xZZ`; `${1}\\01`", 1, 16, "Invalid escape sequence"),
    ("x = `abc", 1, 4, "Unterminated template literal"),
    ("x = `${1}`\n`", 2, 0, "Unterminated template literal"),
    ("`${`", 1, 3, "Unterminated template literal"),
    ("x = `$", 1, 4, "Unterminated template literal"),
    # other literals and comments
    ("x = 'abc", 1, 4, ""),
    ("x = 1 /* abc\n\n", 1, 6, "Unterminated comment"),
    ("/* abc", 1, 0, "Unterminated comment"),      # the very first token
    ("`abc", 1, 0, "Unterminated template literal"),
    ("`$", 1, 0, "Unterminated template literal"),
    ("x = /a/\ny = /b", 2, 4, "Invalid regular expression"),
    ("x = 1;\n  y = /(/u;", 2, 6, "Invalid regular expression"),
    # statements whose offending token is behind the parser
    ("for (;;) {\n  break foo;\n}", 2, 8, "Undefined label 'foo'"),
    ("{\n  continue;\n}", 2, 2, "Illegal continue"),
    ("if (1) {\n  break\n}", 2, 2, "Illegal break"),
    ("import x from 'y'", 1, 0, "Cannot use import statement outside a module"),
    ("x = 1;\nexport default 1", 2, 0, "export"),
    # early errors added by pyjs
    ("x = 1;\n  [(a = 0)] = 1", 2, 4, "Invalid destructuring assignment target"),
    ("x;\n({a = 1}).b = 1", 2, 2, "Invalid shorthand property initializer"),
    # characters above U+FFFF count as two columns, like JS string indices
    ("var \U0001d49c = 1; )", 1, 12, "Unexpected token )"),
    ("'\U0001d49c'; `\\1`", 1, 7, "Invalid escape sequence"),
]


@pytest.mark.parametrize("source, line, column, message", CASES, ids=[repr(c[0]) for c in CASES])
def test_error_position(source, line, column, message):
    with pytest.raises(ParseError) as info:
        parse(source, filename="t.js")
    err = info.value
    assert (err.line, err.column) == (line, column), err.message
    assert message in err.message
    assert err.filename == "t.js"
    assert str(err).endswith(f"(t.js:{line}:{column})")


def test_error_index_is_utf16_offset():
    with pytest.raises(ParseError) as info:
        parse("'\U0001d49c';\n)")
    assert info.value.index == 6
    assert (info.value.line, info.value.column) == (2, 0)


def test_module_error_position():
    with pytest.raises(ParseError) as info:
        parse("let a;\nexport {b};", module=True)
    assert (info.value.line, info.value.column) == (2, 8)


@pytest.mark.parametrize("source, index, expected", [
    ("abc", 2, (1, 2)),
    ("a\nb", 2, (2, 0)),
    ("a\r\nb", 3, (2, 0)),
    ("a\rb\u2028c\u2029d", 6, (4, 0)),
    ("a\r\nb", 1, (1, 1)),
    ("", 0, (1, 0)),
])
def test_line_column(source, index, expected):
    assert line_column(source, index) == expected
