"""The esprima-fork backend: our own facade over its ``Parser``, with fixes.

``esprima.parseScript`` builds a ``Parser``, parses, then runs esprima's static
validator.  We do the same three steps here rather than calling it, because the
facade hides the parser object, and we need a subclass of it (and of its
scanner) for a handful of corrections.  Nothing in the esprima package is
modified; the subclasses are used only by pyjs.  The module relies on
esprima-fork 5.0.0 internals (``_ownedByFacade``, ``_validate_parsed_program``,
the ``context`` flags) and is the one place to revisit on an upgrade.

Corrections made here:

- Annex B / web-compat call targets: in sloppy code ``f() = 1``, ``f() += 1``,
  ``f()++`` and ``for (f() in x)`` parse (they throw a ReferenceError when
  run).  esprima rejects them while parsing; its validator already accepts
  them.  ``early_errors`` still rejects calls in logical assignments and in
  destructuring patterns, where the spec keeps them invalid.
  https://tc39.es/ecma262/#sec-static-semantics-assignmenttargettype
- Error positions point at the offending token: the next token for errors
  esprima raises "between" tokens (its own column mixes the line of one token
  with the column of another, and is off after multi-line comments), the
  escape itself for a bad template escape, the literal's start for regular
  expression errors and unterminated templates, the keyword or label for
  bad ``break``/``continue``.
- esprima's internal assertion and index errors on malformed input (a
  substitution ending in an operator, `` `${a +}` ``; a template ending in
  ``$``) become syntax errors.
- Regular expression literals are also checked by ``pyjs.regexp`` when that
  module provides ``compile_regexp``, so parse time and run time agree.

Positions: esprima works in Python code-point indices internally and reports
UTF-16 code-unit offsets (``Error.index``, node ``range``).  The tree is parsed
without esprima's ``loc``/``range`` objects (30 % faster); ``nodes.convert``
derives UTF-16 offsets from the internal ones.
"""
import importlib.util
import os
import sys
from collections import namedtuple


def _esprima_parts_only():
    """Let this module import esprima's parts without the package's ``__init__``, which
    imports its facade (``esprima.esprima``: the JSX parser and its entity table, the
    tokenizer, the visitor and json) only to re-export it: a third of the import
    time of every start that parses, for parts pyjs never uses.  The package module
    is made from its spec without running ``__init__``; the first read of any other
    attribute (``esprima.parseScript``, ``esprima.__version__``) runs it then (PEP 562
    module ``__getattr__``; not for a submodule's name, which the import system then
    loads), so other code importing esprima still sees all of it."""
    if "esprima" in sys.modules:
        return
    spec = importlib.util.find_spec("esprima")
    if spec is None or spec.loader is None:
        return          # the imports below fail as usual
    package = importlib.util.module_from_spec(spec)
    folder = spec.submodule_search_locations[0]
    submodules = {n[:-3] for n in os.listdir(folder) if n.endswith(".py")}

    def complete(name):
        if name in submodules:
            raise AttributeError(name)      # ``from . import nodes``: the import system loads it
        del package.__dict__["__getattr__"]
        spec.loader.exec_module(package)
        return getattr(package, name)
    package.__getattr__ = complete
    sys.modules["esprima"] = package


_esprima_parts_only()

from esprima.error_handler import Error as EsprimaError, ErrorHandler  # noqa: E402
from esprima.messages import Messages  # noqa: E402
from esprima.parser import Parser  # noqa: E402
from esprima.regexp_validator import RegExpSyntaxError as _EsRegExpError, validate_regexp  # noqa: E402
from esprima.scanner import Scanner  # noqa: E402
from esprima.token import Token  # noqa: E402
from esprima.utils import format as _format  # noqa: E402
from esprima.validation import _Context, _Validator, _strict_directive, _validate_parsed_program  # noqa: E402

from .nodes import to_utf16  # noqa: E402

__all__ = ["EsprimaError", "parse_program"]

_REGEXP_FLAGS = frozenset("dgimsuvy")
_NOT_A_MODULE = {"import": "Cannot use import statement outside a module",
                 "export": "Unexpected token 'export'"}


def _pyjs_regexp():
    """The engine's regexp compiler, if that module is present (imported lazily)."""
    global _pyjs_compile
    if _pyjs_compile is None:
        try:
            from ..regexp import compile_regexp, RegExpSyntaxError
            _pyjs_compile = (compile_regexp, RegExpSyntaxError)
        except ImportError:
            _pyjs_compile = False
    return _pyjs_compile


_pyjs_compile = None


def regexp_error(pattern, flags):
    """The syntax error message for a regular expression literal, or ``None``."""
    if len(set(flags)) != len(flags) or not _REGEXP_FLAGS.issuperset(flags):
        return f"Invalid regular expression flags '{flags}'"
    if "u" in flags and "v" in flags:
        return "Invalid regular expression flags: u and v are mutually exclusive"
    try:
        validate_regexp(pattern, flags, 2026)
    except _EsRegExpError as exc:
        return f"Invalid regular expression: /{pattern}/{flags}: {exc}"
    engine = _pyjs_regexp()
    if engine:
        compile_regexp, engine_error = engine
        try:
            compile_regexp(to_utf16(pattern), flags)
        except engine_error as exc:
            return f"Invalid regular expression: /{pattern}/{flags}: {exc}"
        except Exception:  # an engine bug must not break parsing; run time reports it
            pass
    return None


def _bad_template_escape(raw):
    """Offset of the first escape in ``raw`` that is invalid in an untagged template."""
    i, n = 0, len(raw)
    while i < n:
        if raw[i] != "\\":
            i += 1
            continue
        start = i
        c = raw[i + 1] if i + 1 < n else ""
        i += 2
        if c in "123456789" or (c == "0" and i < n and raw[i].isdigit()):
            return start
        if c == "x":
            if not _hex(raw[i:i + 2], 2):
                return start
            i += 2
        elif c == "u":
            if raw[i:i + 1] == "{":
                close = raw.find("}", i)
                digits = raw[i + 1:close] if close > 0 else ""
                if not digits or not _hex(digits, len(digits)) or int(digits, 16) > 0x10FFFF:
                    return start
                i = close + 1
            else:
                if not _hex(raw[i:i + 4], 4):
                    return start
                i += 4
    return None


def _hex(s, length):
    return len(s) == length and all(c in "0123456789abcdefABCDEF" for c in s)


class _Scanner(Scanner):
    """esprima's scanner with regexp/template errors anchored at the literal."""

    def error_at(self, index, message):
        ext = self.utf16Offset(index) if self.positionEncoding == "utf16" else index
        return self.errorHandler.createError(ext, self.lineNumber, 0, message)

    def scanRegExp(self):
        start = self.index
        try:
            token = super().scanRegExp()
        except EsprimaError as exc:
            if exc.message.endswith(Messages.UnterminatedRegExp):
                raise self.error_at(start, Messages.UnterminatedRegExp) from None
            raise
        message = regexp_error(token.pattern, token.flags)
        if message is not None:
            raise self.error_at(start, message)
        return token

    def testRegExp(self, pattern, flags):
        return None  # checked by scanRegExp, with a precise message

    def skipMultiLineComment(self):
        start = self.index - 2
        try:
            return super().skipMultiLineComment()
        except EsprimaError:
            raise self.error_at(start, "Unterminated comment") from None

    def scanTemplate(self):
        start = self.index
        try:
            return super().scanTemplate()
        except EsprimaError as exc:
            if self.eof() and exc.message.endswith(Messages.UnexpectedTokenIllegal):
                raise self.error_at(start, "Unterminated template literal") from None
            raise
        except IndexError:  # `$` or `\r` as the last character of the source
            raise self.error_at(start, "Unterminated template literal") from None


class _Parser(Parser):
    """esprima's parser with the corrections listed in the module docstring."""

    def __init__(self, code, options):
        try:
            super().__init__(code, options)
        except Exception as exc:
            # Parser.__init__ lexes the first token before our scanner class is
            # in place: lex it again with ours for a precise error, if any
            scanner = _Scanner(code, ErrorHandler())
            scanner.positionEncoding = "utf16"
            scanner.isModule = options.get("sourceType") == "module"
            scanner.scanComments()
            scanner.lex()
            if isinstance(exc, EsprimaError):
                raise
            raise scanner.error_at(0, Messages.UnexpectedTokenIllegal) from None
        self.scanner.__class__ = _Scanner
        self._ownedByFacade = True

    def error_at(self, index, message):
        return self.errorHandler.createError(self.externalOffset(index), 0, 0, message)

    def throwError(self, messageFormat, *args):
        raise self.error_at(self.lookahead.start, _format(messageFormat, *args))

    def tolerateError(self, messageFormat, *args):
        self.throwError(messageFormat, *args)

    # Eval code inside a function may use super and new.target (whether it really may
    # is decided by the caller, from the enclosing function: PerformEval step 5);
    # esprima only allows them in a function body, so they parse as if in one.
    meta_allowed = False

    def _as_in_function(self, parse):
        if not self.meta_allowed or self.context.inFunctionBody:
            return parse()
        self.context.inFunctionBody = True
        try:
            return parse()
        finally:
            self.context.inFunctionBody = False

    def parseNewExpression(self):
        return self._as_in_function(super().parseNewExpression)

    def parseLeftHandSideExpression(self):
        if self.matchKeyword("super"):
            return self._as_in_function(super().parseLeftHandSideExpression)
        return super().parseLeftHandSideExpression()

    def parseLeftHandSideExpressionAllowCall(self):
        if self.meta_allowed and self.matchKeyword("super") and not self.context.inFunctionBody:
            self.context.inFunctionBody = True
            try:
                expr = super().parseLeftHandSideExpressionAllowCall()
            finally:
                self.context.inFunctionBody = False
        else:
            expr = super().parseLeftHandSideExpressionAllowCall()
        if (expr.type == "CallExpression" and not self.context.strict
                and expr.callee.type != "Super"):
            self.context.isAssignmentTarget = True
        return expr

    def parseTemplateHead(self):
        if not self.lookahead.head:  # `}` closing a substitution, as in `${a +}`
            raise self.error_at(self.lookahead.start, "Unexpected token }")
        return super().parseTemplateHead()

    def parseTemplateLiteral(self, tagged=False):
        node = super().parseTemplateLiteral(tagged=True)
        if not tagged:
            for quasi in node.quasis:
                if quasi.value.cooked is None:
                    # the element starts at its opening ` or }; raw starts after it
                    # (esprima normalizes CR LF in raw, so read the source itself)
                    body = self.scanner.source[quasi._start + 1:quasi._end]
                    offset = _bad_template_escape(body) or 0
                    raise self.error_at(quasi._start + 1 + offset,
                                        "Invalid escape sequence in template literal")
        return node

    def _anchored(self, parse):
        keyword = self.lookahead.start
        try:
            return parse()
        except EsprimaError as exc:
            message = exc.message.split(": ", 1)[-1] if exc.message.startswith("Line ") else exc.message
            if message.startswith("Undefined label"):
                label = self.scanner.source.find(message.split("'")[1], keyword + 5)
                raise self.error_at(label, message) from None
            if message in (Messages.IllegalBreak, Messages.IllegalContinue):
                raise self.error_at(keyword, message) from None
            raise

    def parseBreakStatement(self):
        return self._anchored(super().parseBreakStatement)

    def parseContinueStatement(self):
        return self._anchored(super().parseContinueStatement)


class EvalContext(namedtuple("EvalContext", "strict in_function private_names field_initializer",
                             defaults=(False, False, frozenset(), False))):
    """Where a direct eval's code will run, as far as its early errors depend on it.

    ``strict``: called from strict code (the eval code is strict from its first
    token); ``in_function``: inside a function, so ``super``/``new.target`` parse (the
    caller checks them against that function); ``private_names``: the private names
    of the enclosing classes (without ``#``); ``field_initializer``: inside a class
    field initializer, where ``arguments`` is an early error.  Each defaults to false
    (empty).
    """
    __slots__ = ()


def parse_program(source, module, eval_context=None):
    """Parse with esprima and run its validator; raise ``EsprimaError``.

    ``eval_context`` (an :class:`EvalContext`) parses eval code in its caller's context.

    ``EsprimaError.index`` is the UTF-16 offset of the offending token; its
    line and column are not used (see ``pyjs.parser.line_column``).
    """
    parser = _Parser(source, {"sourceType": "module" if module else "script"})
    if eval_context is not None:
        parser.context.strict = eval_context.strict
        parser.meta_allowed = eval_context.in_function
    tree = failure = None
    try:
        tree = parser.parseModule() if module else parser.parseScript()
    except EsprimaError as exc:
        if exc.message.endswith(": Unexpected token") and not module:
            word = to_utf16(source)[exc.index:exc.index + 6]
            if word in ("import", "export"):  # esprima's message names no token
                failure = (exc.index, _NOT_A_MODULE[word])  # already a UTF-16 offset
        if failure is None:
            raise
    except RecursionError:
        failure = (parser.externalOffset(parser.scanner.index), "Maximum nesting depth exceeded")
    except (AssertionError, IndexError, AttributeError, TypeError, ValueError):
        # esprima's internal invariants fail on a few malformed inputs
        failure = (parser.externalOffset(parser.lookahead.start), _unexpected(parser.lookahead))
    if failure is not None:  # raised here, so no traceback of the failure is kept
        raise parser.errorHandler.createError(failure[0], 0, 0, failure[1])

    def report(message, node):
        start = getattr(node, "_protoErrorStart", None)
        if start is None:
            start = getattr(node, "_start", None) or 0
        raise parser.error_at(start, message)

    try:
        if eval_context is not None:
            _validate_eval_code(tree, report, source, eval_context)
        else:
            _validate_parsed_program(tree, report, 2026, source)
    except RecursionError:
        failure = True
    if failure:
        raise parser.error_at(0, "Maximum nesting depth exceeded")
    if parser.scanner.hashbang is not None:
        tree.hashbang = parser.scanner.hashbang
    return tree


def _validate_eval_code(tree, report, source, ctx):
    """esprima's validator on eval code, started in the caller's context (see EvalContext)."""
    body = tree.body
    validator = _Validator(report, 2026, parser_tree=True, no_var="var" not in source)
    context = _Context(strict=ctx.strict or _strict_directive(body), new_target=ctx.in_function,
                       super_property=ctx.in_function, super_call=ctx.in_function,
                       forbid_arguments=ctx.field_initializer,
                       private_scopes=(ctx.private_names,) if ctx.private_names else ())
    validator.scope(body, context, "script")
    for statement in body:
        validator.visit(statement, context, "Program")


def _unexpected(token):
    if token.type == Token.EOF:
        return Messages.UnexpectedEOS
    return _format(Messages.UnexpectedToken, token.value)
