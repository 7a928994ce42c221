"""The closure compiler, assembled from one mixin per language area."""
from .core import CompilerCore, CompileError
from .expressions import ExpressionCompiler
from .statements import StatementCompiler
from .patterns import PatternCompiler
from .classes import ClassCompiler
from .suspend import SuspendCompiler
from .modules import ModuleCompiler


class Compiler(ModuleCompiler, SuspendCompiler, ClassCompiler, PatternCompiler, StatementCompiler,
               ExpressionCompiler, CompilerCore):
    """Compiles one script, module or eval source into closures."""


__all__ = ["Compiler", "CompileError"]
