"""Early errors that esprima-fork misses (placeholder filled in by the parser work)."""


def check_early_errors(tree, source, module, filename):
    return None
