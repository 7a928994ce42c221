"""Instruction set of the backtracking matcher (see ``compiler`` and ``vm``).

Each instruction is a tuple whose first item is one of these opcodes.  Names
ending in ``_B`` read the input backwards (inside lookbehind, where the spec's
matchers run with direction = backward).  ``CP_`` instructions read whole code
points (u/v flag on an input that contains surrogates); the others read code
units.
"""

CHAR = 0          # (CHAR, ch)                       one code unit equal to ch
STR = 1           # (STR, text)                      literal code units
SET_IN = 2        # (SET_IN, frozenset_of_chars)
SET_NOTIN = 3     # (SET_NOTIN, frozenset_of_chars)
SET_RX = 4        # (SET_RX, compiled_class.match)
ANY = 5           # (ANY,)                           any code unit
SPLIT = 6         # (SPLIT, alt_pc)                  try pc+1, on failure alt_pc
JMP = 7           # (JMP, target)
OPEN = 8          # (OPEN, tmp_reg)
CLOSE = 9         # (CLOSE, start_slot, tmp_reg)
CLOSE_B = 10      # (CLOSE_B, start_slot, tmp_reg)
STAR = 11         # (STAR, kind, arg, min, max, greedy, hint, pc_self)
LOOP_INIT = 12    # (LOOP_INIT, counter_reg)
LOOP_HEAD = 13    # (LOOP_HEAD, counter_reg, min, max, greedy, exit_pc)
LOOP_ENTER = 14   # (LOOP_ENTER, start_reg, first_slot, end_slot)
LOOP_TAIL = 15    # (LOOP_TAIL, counter_reg, start_reg, min, head_pc)
LOOK = 16         # (LOOK, behind, negate, continue_pc)  body follows at pc+1
MATCH = 17        # (MATCH,)
FAIL = 18         # (FAIL,)
BOL = 19          # (BOL, multiline)
EOL = 20          # (EOL, multiline)
WORDB = 21        # (WORDB, word_chars, negate)
BREF = 22         # (BREF, [start_slot...], canon_or_None, cp_mode)
BREF_B = 23
CHAR_B = 24
STR_B = 25
SET_IN_B = 26
SET_NOTIN_B = 27
SET_RX_B = 28
ANY_B = 29
CP_SET = 30       # (CP_SET, CharSet)                one code point in the set
CP_SET_B = 31
CP_ANY = 32       # (CP_ANY,)                        any code point
CP_ANY_B = 33
STRSET = 34       # (STRSET, {first unit: [text, ...]})  one of the texts, longest first
STRSET_B = 35     # (STRSET_B, {last unit: [text, ...]})

# STAR kinds: how the repeated single-character atom is tested
K_RX = 0          # arg = (compiled "[class]*", compiled "[class]")   code units
K_ANY = 1         # arg = None                                          code units
K_CP = 2          # arg = CharSet                                       code points
K_CP_ANY = 3      # arg = None                                          code points
