"""Text algorithms behind Intl.Collator, Intl.Segmenter and Intl.ListFormat (English).

Pure Python on JS strings (UTF-16 code units); intl.py wires them to JS.

* Collation approximates the Unicode Collation Algorithm's default table for
  Latin text, which is what en uses: punctuation and symbols sort before
  digits, digits before letters; letters compare case- and accent-blind first,
  then by accents (secondary level), then lowercase before uppercase (tertiary
  level).  ``numeric`` compares digit runs by value, ``sensitivity`` picks the
  levels that count, ``ignorePunctuation`` drops punctuation and spaces.
  https://tc39.es/ecma402/#sec-collator-comparestrings
* Grapheme segmentation implements the UAX #29 extended grapheme cluster rules
  that matter in practice (CR LF, combining marks and spacing marks, ZWJ
  emoji sequences, emoji modifiers, regional indicator pairs, Hangul syllable
  sequences, prepend-free); word segmentation groups letters/digits (with
  inner apostrophes and periods, "It's", "3.5") and treats every other
  character as its own segment; sentence segmentation breaks after ".!?"
  and following closing punctuation and spaces.
  https://tc39.es/ecma402/#sec-segmenter-objects
"""
import functools
import re
import unicodedata

from .string_ops import string_to_code_points

# -- collation --------------------------------------------------------------------

_SPECIAL_LETTERS = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "þ": "th",
                    "ð": "d", "ı": "i", "ŀ": "l", "ħ": "h"}
# CLDR root order of the ASCII "variable" characters (spaces, punctuation, symbols)
_VARIABLE_ORDER = {c: i for i, c in enumerate("\t\n\v\f\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$")}


def _primary_of_variable(ch):
    """Primary weight of a space, punctuation mark or symbol: before all digits and letters."""
    order = _VARIABLE_ORDER.get(ch)
    return (0, order) if order is not None else (0, 100 + ord(ch))


@functools.lru_cache(maxsize=8192)
def collation_key(s, numeric, ignore_punctuation):
    """(primary, secondary, tertiary) keys of a JS string.

    Compatibility characters ("ﬁ") weigh like their decomposition ("fi") at
    the first two levels and differ at the third, as in the UCA.
    """
    primary, secondary, tertiary = [], [], []
    text = unicodedata.normalize("NFD", string_to_code_points(s))
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        cat = unicodedata.category(ch)
        if cat[0] == "M":  # a combining mark weighs on the secondary level only
            secondary.append(ord(ch))
            i += 1
            continue
        if cat in ("Cc", "Cf"):
            i += 1
            continue
        compat = unicodedata.normalize("NFKD", ch)
        if compat != ch and len(compat) >= 1:
            for c in compat:
                _weigh(c, primary, secondary, tertiary, ignore_punctuation, 2)
            i += 1
            continue
        if cat == "Nd":
            j = i
            while j < n and unicodedata.category(text[j]) == "Nd":
                j += 1
            digits = [unicodedata.digit(c) for c in text[i:j]]
            if numeric:
                value = int("".join(map(str, digits)))
                primary.append((1, len(str(value)), value))
                secondary.append(0)
                tertiary.append(0)
            else:
                for d in digits:
                    primary.append((1, 1, d))
                    secondary.append(0)
                    tertiary.append(0)
            i = j
            continue
        _weigh(ch, primary, secondary, tertiary, ignore_punctuation, 0)
        i += 1
    return tuple(primary), tuple(secondary), tuple(tertiary)


def _weigh(ch, primary, secondary, tertiary, ignore_punctuation, variant):
    """Append the weights of one (non-mark) character; ``variant`` marks compatibility forms."""
    cat = unicodedata.category(ch)
    if cat[0] == "M":
        secondary.append(ord(ch))
        return
    if cat[0] in "PZ" or cat[0] == "S":
        if ignore_punctuation and cat[0] in "PZ":
            return
        primary.append(_primary_of_variable(ch))
    elif cat == "Nd":
        primary.append((1, 1, unicodedata.digit(ch)))
    elif ch.isalpha():
        lower = ch.lower()
        base = _SPECIAL_LETTERS.get(lower, lower.casefold())
        accent = 1 if lower in _SPECIAL_LETTERS else 0  # ø, æ, ß: a second-level difference
        for c in base:
            primary.append((2, ord(c)))
            secondary.append(accent)
            tertiary.append(variant + (1 if ch != lower else 0))
        return
    else:
        primary.append((3, ord(ch)))
    secondary.append(0)
    tertiary.append(variant)


def compare_strings(x, y, sensitivity="variant", numeric=False, case_first="false",
                    ignore_punctuation=False):
    """CompareStrings(collator, x, y): -1, 0 or 1 as a Python int (tertiary strength).

    https://tc39.es/ecma402/#sec-collator-comparestrings
    """
    if x == y:
        return 0
    kx = collation_key(x, numeric, ignore_punctuation)
    ky = collation_key(y, numeric, ignore_punctuation)
    if kx[0] != ky[0]:
        return -1 if kx[0] < ky[0] else 1
    if sensitivity in ("accent", "variant") and kx[1] != ky[1]:
        return -1 if kx[1] < ky[1] else 1
    if sensitivity in ("case", "variant") and kx[2] != ky[2]:
        a, b = kx[2], ky[2]
        if sensitivity == "case":  # the case level sees case only, not compatibility variants
            a = tuple(v & 1 for v in a)
            b = tuple(v & 1 for v in b)
        if case_first == "upper":  # uppercase (odd weights) first
            a = tuple(v ^ 1 for v in a)
            b = tuple(v ^ 1 for v in b)
        if a != b:
            return -1 if a < b else 1
    return 0


# -- grapheme clusters ------------------------------------------------------------


def _is_extend(cp):
    """Grapheme_Cluster_Break=Extend (plus SpacingMark, which GB9a also attaches)."""
    if cp == 0x200D:
        return True
    if 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F or 0xFE00 <= cp <= 0xFE0F:
        return True
    cat = unicodedata.category(chr(cp))
    return cat in ("Mn", "Me", "Mc")


def _is_pictographic(cp):
    """An approximation of Extended_Pictographic (the emoji blocks and common symbols)."""
    return (0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2300 <= cp <= 0x23FF
            or 0x2B00 <= cp <= 0x2BFF or cp in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139,
                                                0x3030, 0x303D, 0x3297, 0x3299))


_INDIC_LINKERS = frozenset((0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D))
_INDIC_SCRIPT_BLOCKS = ((0x0900, 0x097F), (0x0980, 0x09FF), (0x0A80, 0x0AFF), (0x0B00, 0x0B7F),
                        (0x0C00, 0x0C7F), (0x0D00, 0x0D7F))


def _is_indic_consonant(cp):
    """Indic_Conjunct_Break=Consonant, approximately: a letter of the six scripts with linkers."""
    return any(a <= cp <= b for a, b in _INDIC_SCRIPT_BLOCKS) and \
        unicodedata.category(chr(cp)) == "Lo"


def _hangul_type(cp):
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97C:
        return "L"
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7C6:
        return "V"
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FB:
        return "T"
    if 0xAC00 <= cp <= 0xD7A3:
        return "LV" if (cp - 0xAC00) % 28 == 0 else "LVT"
    return None


def _code_points(s):
    """(code point, UTF-16 index) pairs of a JS string; lone surrogates stay single."""
    out, i, n = [], 0, len(s)
    while i < n:
        c = ord(s[i])
        if 0xD800 <= c <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
            out.append((0x10000 + ((c - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00), i))
            i += 2
        else:
            out.append((c, i))
            i += 1
    return out


def _grapheme_break(prev, cur, state):
    """Whether UAX #29 allows a break between code points prev and cur."""
    if prev == 0x0D and cur == 0x0A:
        return False
    if prev in (0x0A, 0x0D) or cur in (0x0A, 0x0D):
        return True
    hp, hc = _hangul_type(prev), _hangul_type(cur)
    if hp == "L" and hc in ("L", "V", "LV", "LVT"):
        return False
    if hp in ("LV", "V") and hc in ("V", "T"):
        return False
    if hp in ("LVT", "T") and hc == "T":
        return False
    if _is_extend(cur):
        return False
    if state["linker"] and _is_indic_consonant(cur):  # GB9c: conjuncts (क्ष)
        return False
    if prev == 0x200D and _is_pictographic(cur) and state["pictographic"]:
        return False
    if 0x1F1E6 <= prev <= 0x1F1FF and 0x1F1E6 <= cur <= 0x1F1FF and state["ri_count"] % 2 == 1:
        return False
    return True


def grapheme_boundaries(s):
    """UTF-16 indices where grapheme clusters start, plus len(s)."""
    cps = _code_points(s)
    bounds = []
    state = {"pictographic": False, "ri_count": 0, "linker": False}
    prev = None
    for cp, index in cps:
        if prev is None or _grapheme_break(prev, cp, state):
            bounds.append(index)
            state["pictographic"] = _is_pictographic(cp)
            state["ri_count"] = 0
            state["linker"] = False
        elif _is_pictographic(cp):
            state["pictographic"] = True
        if cp in _INDIC_LINKERS:
            state["linker"] = True
        elif _is_indic_consonant(cp):
            state["linker"] = False
        if 0x1F1E6 <= cp <= 0x1F1FF:
            state["ri_count"] += 1
        prev = cp
    bounds.append(len(s))
    return bounds


# -- words and sentences -----------------------------------------------------------


def _is_word_char(ch):
    cat = unicodedata.category(ch)
    return cat[0] in "LNM" or ch == "_" or cat == "Pc"


def _first(s, bounds, k):
    """The first code point (as a str) of grapheme cluster k."""
    return string_to_code_points(s[bounds[k]:bounds[k + 1]])[:1]


def _cjk_class(ch):
    """Han, Hiragana or Katakana (a word ends where these scripts change), else None.

    ICU splits CJK runs further with a dictionary; a script change is the cheap part of it.
    """
    cp = ord(ch) if ch else 0
    if 0x3040 <= cp <= 0x309F:
        return "hiragana"
    if 0x30A0 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return "katakana"
    if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3FFFF:
        return "han"
    return None


_MID_LETTER = ("'", "\u2019", ".", ":")
_MID_NUM = (".", ",")
_HORIZONTAL_SPACE = (" ", "\t", "\u00a0", "\u3000")


def word_segments(s):
    """[(start, end, is_word_like)] covering s (UTF-16 indices), UAX #29 word rules simplified."""
    bounds = grapheme_boundaries(s)
    count = len(bounds) - 1
    out = []
    k = 0
    while k < count:
        first = _first(s, bounds, k)
        j = k + 1
        if _is_word_char(first):
            while j < count:
                c = _first(s, bounds, j)
                if _is_word_char(c) and _cjk_class(c) == _cjk_class(_first(s, bounds, j - 1)):
                    j += 1
                    continue
                # WB6/7 and WB11/12: "It's", "e.g", "3.5", "1,000" stay one word
                if j + 1 < count:
                    before, after = _first(s, bounds, j - 1), _first(s, bounds, j + 1)
                    if (c in _MID_LETTER and before.isalpha() and after.isalpha()) or \
                            (c in _MID_NUM and before.isdigit() and after.isdigit()):
                        j += 2
                        continue
                break
            out.append((bounds[k], bounds[j], True))
        else:
            if first in _HORIZONTAL_SPACE:  # WB3d: horizontal whitespace stays together
                while j < count and _first(s, bounds, j) in _HORIZONTAL_SPACE:
                    j += 1
            out.append((bounds[k], bounds[j], False))
        k = j
    return out


_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f]+[\"')\]\u2019\u201d\u00bb]*"
                           r"(?:[ \t\u00a0]+|$)(?:\r\n|[\n\r\u2028\u2029])?"
                           r"|\r\n|[\n\r\u2028\u2029]")


def sentence_segments(s):
    """[(start, end)] sentences of s, each keeping its terminator and trailing spaces.

    A terminator followed by a lowercase letter does not end the sentence ("e.g. this").
    """
    out, start = [], 0
    for m in _SENTENCE_END.finditer(s):
        end = m.end()
        if end > start and not s[end:end + 1].islower():
            out.append((start, end))
            start = end
    if start < len(s):
        out.append((start, len(s)))
    return out


def segment_boundaries(s, granularity):
    """[(start, end, is_word_like or None)] for the granularity."""
    if granularity == "word":
        return word_segments(s)
    if granularity == "sentence":
        return [(a, b, None) for a, b in sentence_segments(s)]
    bounds = grapheme_boundaries(s)
    return [(bounds[i], bounds[i + 1], None) for i in range(len(bounds) - 1)]


# -- lists ------------------------------------------------------------------------

# (type, style) -> (separator for pairs, middle separator, last separator)
_LIST_PATTERNS = {
    ("conjunction", "long"): (" and ", ", ", ", and "),
    ("conjunction", "short"): (" & ", ", ", ", & "),
    ("conjunction", "narrow"): (", ", ", ", ", "),
    ("disjunction", "long"): (" or ", ", ", ", or "),
    ("disjunction", "short"): (" or ", ", ", ", or "),
    ("disjunction", "narrow"): (" or ", ", ", ", or "),
    ("unit", "long"): (", ", ", ", ", "),
    ("unit", "short"): (", ", ", ", ", "),
    ("unit", "narrow"): (" ", " ", " "),
}


def create_parts_from_list(kind, style, items):
    """https://tc39.es/ecma402/#sec-createpartsfromlist : [(type, value)] with en patterns."""
    pair, middle, last = _LIST_PATTERNS[(kind, style)]
    parts = []
    n = len(items)
    for i, item in enumerate(items):
        if i:
            sep = pair if n == 2 else last if i == n - 1 else middle
            parts.append(("literal", sep))
        parts.append(("element", item))
    return parts
