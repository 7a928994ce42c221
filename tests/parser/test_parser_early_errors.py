"""Early errors added around esprima-fork, each with a valid twin that must parse."""
import pytest

from pyjs.parser import ParseError, parse

# (invalid source, message fragment, valid twin)
CASES = [
    # parenthesized nested destructuring assignment targets
    ("[(a = 0)] = 1", "Invalid destructuring assignment target", "[(a)] = 1"),
    ("({a: (b = 0)} = 1)", "Invalid destructuring assignment target", "({a: (b)} = 1)"),
    ("[({a})] = 1", "Invalid destructuring assignment target", "[{a}] = 1"),
    ("[([a])] = 1", "Invalid destructuring assignment target", "[[a]] = 1"),
    ("({a: ({b})} = 1)", "Invalid destructuring assignment target", "({a: (b.c)} = 1)"),
    ("[...([a])] = 1", "Invalid destructuring assignment target", "[...[a]] = 1"),
    ("[...({a})] = 1", "Invalid destructuring assignment target", "[...(a.b)] = 1"),
    ("[{a: [(b = 1)]}] = 1", "Invalid destructuring assignment target", "[{a: [(b) = 1]}] = 1"),
    ("[(a = 1) = 2] = 1", "Invalid destructuring assignment target", "[(a) = (1)] = 1"),
    ("for ([(a = 1)] of x);", "Invalid destructuring assignment target", "for ([(a)] of x);"),
    ("for ([(a = 1)] in x);", "Invalid destructuring assignment target", "for ([(a.b)] in x);"),
    ("for ({a: ([b])} of x);", "Invalid destructuring assignment target", "for ({a: [b]} of x);"),
    ("x = [(a = 0)] = 1", "Invalid destructuring assignment target", "x = [(a)] = 1"),
    # parenthesized async arrow parameters
    ("async ((a)) => 1", "Invalid destructuring assignment target", "async ((a))"),
    ("async ([(a)]) => 1", "Invalid destructuring assignment target", "async ([a = (1)]) => 1"),
    ("async ({a: (b)}) => 1", "Invalid destructuring assignment target", "async ({a: b = (1)}) => 1"),
    ("async ((a), b) => 1", "Invalid destructuring assignment target", "async ((a), b)"),
    # CoverInitializedName that never became a pattern
    ("({a = 1}).b = 1", "Invalid shorthand property initializer", "({a = 1} = 1).b"),
    ("async ({a = 1})", "Invalid shorthand property initializer", "async ({a = 1}) => 1"),
    ("f(async ({a = 1}))", "Invalid shorthand property initializer", "f(async ({a = 1}) => a)"),
    ("async ([{a = 1}])", "Invalid shorthand property initializer", "async ([{a = 1}]) => a"),
    ("x = async ({a = 1}, b)", "Invalid shorthand property initializer", "x = async ({a = 1}, b) => b"),
    # calls are web-compat targets only for =, op=, ++/-- and for-in/of heads
    ("f() &&= 1", "Invalid left-hand side in assignment", "f() += 1"),
    ("f() ||= 1", "Invalid left-hand side in assignment", "f().x ||= 1"),
    ("(f()) ??= 1", "Invalid left-hand side in assignment", "(f()) = 1"),
    ("[f()] = 1", "assignment pattern", "[f().x] = 1"),
    ("({a: f()} = 1)", "assignment pattern", "({a: f()[0]} = 1)"),
]


@pytest.mark.parametrize("bad, message, good", CASES, ids=[c[0] for c in CASES])
def test_early_error_and_valid_twin(bad, message, good):
    with pytest.raises(ParseError) as info:
        parse(bad)
    assert message in info.value.message
    parse(good)


STRICT_ONLY = [
    "f() = 1", "f() += 1", "f()++", "--f()", "for (f() in x);", "for (f() of x);",
    "(f()) = 1", "a.b(c)(d) = 1", "eval() = 1",
]


@pytest.mark.parametrize("source", STRICT_ONLY)
def test_call_assignment_target_is_sloppy_only(source):
    """Annex B: in sloppy scripts these parse (and throw a ReferenceError when run)."""
    tree = parse(source)
    assert tree.body
    with pytest.raises(ParseError):
        parse('"use strict";\n' + source)
    with pytest.raises(ParseError):
        parse(source, module=True)
    with pytest.raises(ParseError):
        parse(f"class C {{ m() {{ {source} }} }}")
    with pytest.raises(ParseError):
        parse(f'function g() {{ "use strict"; {source} }}')


@pytest.mark.parametrize("source", [
    "new f() = 1", "f()`` = 1", "a?.b() = 1", "import(x) = 1", "super() = 1",
    "f() => 1", "for (f() = 1 in x);",
])
def test_non_call_targets_stay_invalid(source):
    with pytest.raises(ParseError):
        parse(source)


def test_call_target_tree_shape():
    stmt = parse("f(1) = 2").body[0].expression
    assert stmt.type == "AssignmentExpression"
    assert stmt.left.type == "CallExpression"
    loop = parse("for (f() of x);").body[0]
    assert loop.left.type == "CallExpression"


@pytest.mark.parametrize("source, module", [
    ("x = 1;\n--> comment", False),
    ("--> at the very start", False),
    ("/*\n*/ --> after a multi-line comment", False),
    ("x = 1 <!-- comment\ny = 2", False),
    ("x = y <!-- z", True),   # in a module: y < !(--z)
    ("x = '<!--' + `-->` + /<!--/.source", False),
])
def test_html_like_comments(source, module):
    parse(source, module=module)


@pytest.mark.parametrize("source, module", [
    ("x = 1;\n--> comment", True),
    ("x = 1 /* */ --> not at line start", False),
])
def test_html_close_comment_errors(source, module):
    with pytest.raises(ParseError):
        parse(source, module=module)


def test_html_comment_keeps_positions():
    tree = parse("a;\n<!-- x\n--> y\nb;")
    b = tree.body[1].expression
    assert (b.name, b.line, b.column, b.start) == ("b", 4, 0, 16)


@pytest.mark.parametrize("bad, good", [
    ("/(/", "/\\(/"),
    ("/a/gg", "/a/g"),
    ("/a/uv", "/a/v"),
    ("/a/x", "/a/dgimsy"),
    ("/(?<n>a)(?<n>b)/", "/(?<n>a)|(?<n>b)/"),
    ("/\\p{Nope}/u", "/\\p{L}/u"),
    ("/[a&&&b]/v", "/[a&&b]/v"),
    ("/a{2,1}/", "/a{1,2}/"),
    ("/(?ii:a)/", "/(?i:a)/"),
])
def test_regexp_literal_errors(bad, good):
    with pytest.raises(ParseError) as info:
        parse("x = " + bad)
    assert info.value.message.startswith("Invalid regular expression")
    assert info.value.column == 4
    parse("x = " + good)


@pytest.mark.parametrize("bad, good", [
    ("using x = y;", "using\nx = y;"),
    ("let a; let a;", "let a; { let a; }"),
    ("let a; var a;", "var a; var a;"),
    ("a: a: ;", "a: b: ;"),
    ("while (1) continue b;", "b: while (1) continue b;"),
    ("function f() { super.x }", "({ m() { super.x } })"),
    ("new.target", "function f() { new.target }"),
    ("({__proto__: 1, __proto__: 2})", "({__proto__: a, __proto__: b} = {})"),
    ("class C { x = arguments }", "class C { x = function () { arguments } }"),
    ("class C { m() { this.#x } }", "class C { #x; m() { this.#x } }"),
    ("class C { #x; #x }", "class C { get #x() {} set #x(v) {} }"),
    ("class C { #x; m() { delete this.#x } }", "class C { #x; m() { delete this.x } }"),
    ("function* g() { var yield; }", "function g() { var yield; }"),
    ("async function f() { var await; }", "function f() { var await; }"),
    ('"use strict"; with (a) {}', "with (a) {}"),
    ('"use strict"; 010', "010"),
    ('"use strict"; "\\010"', '"\\010"'),
    ('"use strict"; var eval;', "var eval;"),
    ("function f(a, a = 1) {}", "function f(a, a) {}"),
    ('function f(a = 1) { "use strict"; }', 'function f(a) { "use strict"; }'),
    ("`\\01`", "tag`\\01`"),
])
def test_early_errors_esprima_reports(bad, good):
    """Already rejected by esprima-fork: pinned here so an upgrade cannot lose them."""
    with pytest.raises(ParseError):
        parse(bad)
    parse(good)


@pytest.mark.parametrize("bad, good", [
    ("export var a; export var a;", "export var a; export {a as b};"),
    ("export {x};", "var x; export {x};"),
    ("var await;", "var x = await 1;"),
    ("export default 1; export default 2;", "export default 1;"),
    ("new.target", "import.meta"),
])
def test_module_early_errors(bad, good):
    with pytest.raises(ParseError):
        parse(bad, module=True)
    parse(good, module=True)
