"""The parser imports esprima's parts without its facade (backend._esprima_parts_only),
and other code importing esprima afterwards still gets the whole package."""
import subprocess
import sys

CHECK = """
import sys
import pyjs.parser.backend
from pyjs.parser import parse
print(parse("let x = 1 + 2;").body[0].type)
print(sorted(m for m in ("esprima.esprima", "esprima.jsx_parser", "esprima.tokenizer") if m in sys.modules))
import esprima
print(esprima.parseScript("a = 1").body[0].type, esprima.__version__[0])
from esprima import nodes, parseModule
print(nodes.__name__, parseModule("export const y = 2;").body[0].type)
"""


def test_facade_is_skipped_until_used():
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [
        "VariableDeclaration",
        "[]",
        "ExpressionStatement 5",
        "esprima.nodes ExportNamedDeclaration",
    ]


def test_esprima_imported_first_is_left_alone():
    code = "import esprima, sys\nimport pyjs.parser.backend\nprint(sys.modules['esprima'] is esprima, esprima.parseScript('1').type)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "Program"]
