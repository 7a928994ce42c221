"""UTS #46 (Unicode IDNA Compatibility Processing) ToASCII, and Punycode.

https://www.unicode.org/reports/tr46/#ToASCII
https://url.spec.whatwg.org/#concept-domain-to-ascii

Why not ``idna.encode``: the ``idna`` package validates labels against IDNA2008's
derived properties (PVALID/CONTEXTO), always enforces the hyphen rules and rejects
the symbols UTS #46 accepts, while the URL Standard asks for UTS #46 with
CheckHyphens=false and UseSTD3ASCIIRules=false.  So the processing steps are
written out here, over the engine's own copy of the IDNA Mapping Table and the
Joining_Type ranges (``_uts46_data``, Unicode 17.0, made by ``gen_uts46_data.py``,
which says why it is a copy).  Normalization, General_Category, Bidi_Class and the
virama combining class come from Python's ``unicodedata``, which may be an older
Unicode version: code points newer than it have no decomposition, category or
bidi class there.

Only the non-transitional processing the URL Standard uses is implemented
(Transitional_Processing is deprecated; deviations are kept).  Punycode is written
out as well (RFC 3492) because the decoder must fail exactly where the RFC says.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

__all__ = ["uts46_to_ascii", "punycode_decode", "punycode_encode", "domain_to_ascii"]


# --- Punycode, https://www.rfc-editor.org/rfc/rfc3492 -------------------------------

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 128
_MAXINT = 0x7FFFFFFF  # RFC 3492 section 6.4: detect overflow as a 32-bit decoder would


def _adapt(delta: int, num_points: int, first_time: bool) -> int:
    """RFC 3492 section 6.1, bias adaptation."""
    delta = delta // _DAMP if first_time else delta // 2
    delta += delta // num_points
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + ((_BASE - _TMIN + 1) * delta) // (delta + _SKEW)


def _threshold(k: int, bias: int) -> int:
    if k <= bias:
        return _TMIN
    if k >= bias + _TMAX:
        return _TMAX
    return k - bias


def _digit_value(ch: str) -> int | None:
    if "a" <= ch <= "z":
        return ord(ch) - 0x61
    if "A" <= ch <= "Z":
        return ord(ch) - 0x41
    if "0" <= ch <= "9":
        return ord(ch) - 0x30 + 26
    return None


def _digit_char(d: int) -> str:
    return chr(d + 0x61) if d < 26 else chr(d - 26 + 0x30)


def punycode_decode(text: str) -> str | None:
    """RFC 3492 section 6.2; ``None`` where the RFC says "fail"."""
    if not text.isascii():
        return None
    b = text.rfind("-")
    if b < 0:
        b = 0
    output = list(text[:b])
    n, i, bias = _INITIAL_N, 0, _INITIAL_BIAS
    pos = b + 1 if b > 0 else 0
    length = len(text)
    while pos < length:
        old_i, w, k = i, 1, _BASE
        while True:
            if pos >= length:
                return None
            digit = _digit_value(text[pos])
            pos += 1
            if digit is None:
                return None
            i += digit * w
            if i > _MAXINT:
                return None
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            if w > _MAXINT:
                return None
            k += _BASE
        bias = _adapt(i - old_i, len(output) + 1, old_i == 0)
        n += i // (len(output) + 1)
        i %= len(output) + 1
        if n < 0x80 or n > 0x10FFFF or 0xD800 <= n <= 0xDFFF:
            return None
        output.insert(i, chr(n))
        i += 1
    return "".join(output)


def punycode_encode(text: str) -> str:
    """RFC 3492 section 6.3 (no case annotations)."""
    code_points = [ord(ch) for ch in text]
    output = [ch for ch in text if ord(ch) < 0x80]
    b = h = len(output)
    if b:
        output.append("-")
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    while h < len(code_points):
        m = min(cp for cp in code_points if cp >= n)
        delta += (m - n) * (h + 1)
        n = m
        for cp in code_points:
            if cp < n:
                delta += 1
            elif cp == n:
                q, k = delta, _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    output.append(_digit_char(t + (q - t) % (_BASE - t)))
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                output.append(_digit_char(q))
                bias = _adapt(delta, h + 1, h == b)
                delta = 0
                h += 1
        delta += 1
        n += 1
    return "".join(output)


# --- IDNA Mapping Table ---------------------------------------------------------------


@lru_cache(maxsize=None)
def _mapping_table() -> tuple[list[int], list[tuple[str, str | None]]]:
    """Row starts and ``(status, mapping)`` rows, decoded on first use: ASCII hosts
    (the usual case) never need the table."""
    from ._uts46_data import MAPPINGS, STARTS, STATUSES

    starts = list(accumulate(int(gap, 36) for gap in STARTS.split(",")))
    mappings = iter(MAPPINGS)
    rows = [(status, next(mappings) if status == "M" else None) for status in STATUSES]
    return starts, rows


def _status(cp: int) -> tuple[str, str | None]:
    """The IDNA Mapping Table's status of ``cp`` (V, D, M, I or X for disallowed)
    and, for M, its mapping."""
    starts, rows = _mapping_table()
    return rows[bisect_right(starts, cp) - 1]


@lru_cache(maxsize=None)
def _joining_table() -> tuple[list[int], list[tuple[int, int, str]]]:
    """The Joining_Type ranges ``(start, end, type)`` sorted by start, with their starts."""
    from ._uts46_data import JOINING_TYPES

    ranges = []
    for joining_type, text in JOINING_TYPES.items():
        numbers = [int(n, 36) for n in text.split(",")]
        end = 0
        for gap, length in zip(numbers[::2], numbers[1::2]):
            start = end + gap
            end = start + length
            ranges.append((start, end, joining_type))
    ranges.sort()
    return [start for start, _, _ in ranges], ranges


def _joining_type(cp: int) -> str | None:
    """Joining_Type of ``cp`` among D, L, R and T (the ones RFC 5892 A.1 reads)."""
    starts, ranges = _joining_table()
    i = bisect_right(starts, cp) - 1
    if i >= 0 and cp < ranges[i][1]:
        return ranges[i][2]
    return None


def _map(domain: str) -> str:
    """UTS #46 section 4 step 1, non-transitional: deviations stay, disallowed stay."""
    out = []
    for ch in domain:
        if ch.isascii():
            out.append(ch.lower())
            continue
        status, mapping = _status(ord(ch))
        if status == "M":
            out.append(mapping)
        elif status != "I":
            out.append(ch)
    return "".join(out)


# --- Validity criteria, https://www.unicode.org/reports/tr46/#Validity_Criteria ----------

_VIRAMA = 9


def _check_joiners(label: str) -> bool:
    """The CONTEXTJ rules of RFC 5892 Appendix A.1 (ZWNJ) and A.2 (ZWJ)."""
    for i, ch in enumerate(label):
        if ch not in "\u200c\u200d":
            continue
        if i > 0 and unicodedata.combining(label[i - 1]) == _VIRAMA:
            continue
        if ch == "\u200d":
            return False
        # (Joining_Type:{L,D})(Joining_Type:T)* ZWNJ (Joining_Type:T)*(Joining_Type:{R,D})
        j = i - 1
        while j >= 0 and _joining_type(ord(label[j])) == "T":
            j -= 1
        if j < 0 or _joining_type(ord(label[j])) not in ("L", "D"):
            return False
        j = i + 1
        while j < len(label) and _joining_type(ord(label[j])) == "T":
            j += 1
        if j >= len(label) or _joining_type(ord(label[j])) not in ("R", "D"):
            return False
    return True


_RTL_ALLOWED = frozenset(("R", "AL", "AN", "EN", "ES", "CS", "ET", "ON", "BN", "NSM"))
_LTR_ALLOWED = frozenset(("L", "EN", "ES", "CS", "ET", "ON", "BN", "NSM"))


def _check_bidi_label(label: str) -> bool:
    """The six conditions of RFC 5893 section 2."""
    classes = [unicodedata.bidirectional(ch) for ch in label]
    first = classes[0]
    trailing = len(classes)
    while trailing > 0 and classes[trailing - 1] == "NSM":
        trailing -= 1
    last = classes[trailing - 1] if trailing else None
    if first in ("R", "AL"):
        if any(c not in _RTL_ALLOWED for c in classes):
            return False
        if last not in ("R", "AL", "EN", "AN"):
            return False
        return not ("EN" in classes and "AN" in classes)
    if first == "L":
        if any(c not in _LTR_ALLOWED for c in classes):
            return False
        return last in ("L", "EN")
    return False


def _is_bidi_domain(labels: list[str]) -> bool:
    """RFC 5893 section 1.4: some label holds an R, AL or AN character."""
    for label in labels:
        if not label.isascii():
            for ch in label:
                if unicodedata.bidirectional(ch) in ("R", "AL", "AN"):
                    return True
    return False


def _valid_label(label: str, check_hyphens: bool, check_joiners: bool, use_std3: bool) -> bool:
    """UTS #46 section 4.1 criteria 1-8 for non-transitional processing."""
    if not label:
        return True
    if not unicodedata.is_normalized("NFC", label):
        return False
    if check_hyphens:
        if label[2:4] == "--" or label[0] == "-" or label[-1] == "-":
            return False
    elif label[:4] == "xn--":
        return False
    if "." in label:
        return False
    if unicodedata.category(label[0]).startswith("M"):
        return False
    for ch in label:
        if ch.isascii():
            if use_std3 and not ("a" <= ch <= "z" or "0" <= ch <= "9" or ch == "-"):
                return False
            if "A" <= ch <= "Z":
                return False
        elif _status(ord(ch))[0] not in ("V", "D"):
            return False
    if check_joiners and not _check_joiners(label):
        return False
    return True


def uts46_to_ascii(
    domain_name: str,
    *,
    check_hyphens: bool = False,
    check_bidi: bool = True,
    check_joiners: bool = True,
    use_std3_ascii_rules: bool = False,
    verify_dns_length: bool = False,
    ignore_invalid_punycode: bool = False,
) -> str | None:
    """UTS #46 ToASCII (non-transitional); ``None`` when an error was recorded.

    https://www.unicode.org/reports/tr46/#ToASCII
    """
    # Processing, https://www.unicode.org/reports/tr46/#Processing
    labels = unicodedata.normalize("NFC", _map(domain_name)).split(".")
    error = False
    for index, label in enumerate(labels):
        if label[:4] == "xn--":
            if not label.isascii():
                error = True
                continue
            decoded = punycode_decode(label[4:])
            if decoded is None:
                if not ignore_invalid_punycode:
                    error = True
                continue
            labels[index] = label = decoded
            if not label or label.isascii():
                error = True
        if not _valid_label(label, check_hyphens, check_joiners, use_std3_ascii_rules):
            error = True
    if check_bidi and not error and _is_bidi_domain(labels):
        if not all(_check_bidi_label(label) for label in labels if label):
            error = True
    if error:
        return None
    result = ".".join(
        label if label.isascii() else "xn--" + punycode_encode(label) for label in labels
    )
    if verify_dns_length:
        parts = result.split(".")
        if parts[-1] == "" and len(parts) > 1:
            parts.pop()
        if not 1 <= len(result.rstrip(".")) <= 253:
            return None
        if any(not 1 <= len(part) <= 63 for part in parts):
            return None
    return result


def domain_to_ascii(domain: str, be_strict: bool = False) -> str | None:
    """https://url.spec.whatwg.org/#concept-domain-to-ascii; ``None`` is failure.

    The standard notes that for an ASCII domain with no label starting with "xn--"
    (and beStrict false) ToASCII is just ASCII lowercasing; that path skips the
    mapping table entirely.
    """
    if (
        not be_strict
        and domain.isascii()
        and not any(label[:4].lower() == "xn--" for label in domain.split("."))
    ):
        result = domain.lower()
    else:
        result = uts46_to_ascii(
            domain,
            check_hyphens=False,
            check_bidi=True,
            check_joiners=True,
            use_std3_ascii_rules=be_strict,
            verify_dns_length=be_strict,
            ignore_invalid_punycode=False,
        )
    if not result:
        return None
    return result
