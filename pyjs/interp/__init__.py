"""The interpreter: scope analysis, closure compiler, runtime semantics."""
import sys

# BigInts are Python ints; JS has no limit on their decimal conversion.
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)
