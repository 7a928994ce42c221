"""Run many RegExp cases in ONE node process and compare with pyjs.regexp.

A case is (pattern, flags, input, index, mode) with mode "search" (flag g,
lastIndex = index: the first match at or after index) or "match" (flag y:
anchored at index).  Node reports, per case, the group index pairs (via the
d flag), None for no match, or the SyntaxError.
"""

import json
import shutil
import subprocess

from pyjs.regexp import RegExpSyntaxError, compile_regexp

NODE = shutil.which("node")

_SCRIPT = r"""
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = cases.map(([p, f, s, i, mode]) => {
  let re;
  try { re = new RegExp(p, f + 'd' + (mode === 'match' ? 'y' : 'g')); }
  catch (e) { return {error: String(e.message)}; }
  re.lastIndex = i;
  const m = re.exec(s);
  if (m === null) return null;
  return m.indices.map((x) => x === undefined ? null : x);
});
process.stdout.write(JSON.stringify(out));
"""


def utf16(s):
    """A Python string as the engine's UTF-16 code-unit string (astral -> surrogate pair)."""
    return "".join(
        c if ord(c) <= 0xFFFF else chr(0xD800 + ((ord(c) - 0x10000) >> 10)) + chr(0xDC00 + ((ord(c) - 0x10000) & 0x3FF))
        for c in s)


def node_results(cases):
    proc = subprocess.run([NODE, "-e", _SCRIPT], input=json.dumps(cases), capture_output=True,
                          text=True, check=True, timeout=120)
    return [None if r is None else (r if isinstance(r, dict) else [None if x is None else tuple(x) for x in r])
            for r in json.loads(proc.stdout)]


def pyjs_result(pattern, flags, s, index, mode, fast_path=True):
    try:
        prog = compile_regexp(pattern, flags)
    except RegExpSyntaxError as e:
        return {"error": e.message}
    prog.fast_path_enabled = fast_path
    try:
        if mode == "match":
            return prog.match(s, index)
        return prog.search(s, index)
    finally:
        del prog.fast_path_enabled


def _mid_pair(s, i):
    return 0 < i < len(s) and "\ud800" <= s[i - 1] <= "\udbff" and "\udc00" <= s[i] <= "\udfff"


def v8_mid_pair_divergence(case, want):
    """V8 starts u/v matches between the halves of a surrogate pair; the spec never does.

    RegExpBuiltinExec advances by code points (AdvanceStringIndex), and an
    index inside a pair stands for the whole code point, so such results of
    V8 are not the specification's and are left out of comparisons.
    """
    pattern, flags, s, index, mode = case
    if "u" not in flags and "v" not in flags:
        return False
    if _mid_pair(s, index):
        return True
    return isinstance(want, list) and _mid_pair(s, want[0][0])


def mismatches(cases, both_paths=False):
    """Cases where pyjs and node disagree (errors compare only as error/no error).

    With ``both_paths`` each case also runs with the ``re`` fast path disabled.
    """
    cases = [(utf16(p), f, utf16(s), i, mode) for p, f, s, i, mode in cases]
    expected = node_results([list(c) for c in cases])
    bad = []
    runs = [(case, want, True) for case, want in zip(cases, expected)]
    if both_paths:
        runs += [(case, want, False) for case, want in zip(cases, expected)]
    for case, want, fast_path in runs:
        got = pyjs_result(*case, fast_path=fast_path)
        if isinstance(want, dict) or isinstance(got, dict):
            if isinstance(want, dict) != isinstance(got, dict):
                bad.append((case, got, want))
            continue
        if got != want and not v8_mid_pair_divergence(case, want):
            bad.append((case, got, want))
    return bad
