"""The generated Unicode tables against Node's (same Unicode version: 17.0)."""

import json
import subprocess

import pytest

from pyjs.regexp import unicode as U
from pyjs.regexp.charset import CharSet
from regexp_node_oracle import NODE

needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")

PROPERTIES = ["Lu", "Nd", "Cn", "Script=Greek", "scx=Deva", "ID_Start",
              "Emoji", "Changes_When_Casefolded"]


def _node(script, payload):
    out = subprocess.run([NODE, "-e", script], input=json.dumps(payload), capture_output=True,
                         text=True, check=True, timeout=120).stdout
    return json.loads(out)


@needs_node
def test_property_sets_equal_nodes():
    script = r"""
    const props = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const out = {};
    for (const p of props) {
      const re = new RegExp('^\\p{' + p + '}$', 'u');
      const ranges = [];
      let start = -1;
      for (let c = 0; c <= 0x110000; c++) {
        const inside = c <= 0x10FFFF && re.test(String.fromCodePoint(c));
        if (inside && start < 0) start = c;
        if (!inside && start >= 0) { ranges.push([start, c - 1]); start = -1; }
      }
      out[p] = ranges;
    }
    process.stdout.write(JSON.stringify(out));
    """
    expected = _node(script, PROPERTIES)
    for p in PROPERTIES:
        name, _, value = p.partition("=")
        mine = U.property_set(name, value or None)
        assert mine == CharSet.from_ranges(expected[p]), p


@needs_node
@pytest.mark.parametrize("unicode_mode", [False, True])
def test_case_classes_equal_nodes(unicode_mode):
    """Every member of each case class matches the others under /i (or /iu), and
    characters whose case mappings leave the class do not."""
    classes = sorted({c for c in U.case_classes(unicode_mode).values()})
    script = r"""
    const [classes, flags] = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const esc = (c) => '\\u{' + c.toString(16) + '}';
    const bad = [];
    for (const cls of classes) {
      const re = new RegExp('^[' + String.fromCodePoint(cls[0]).replace(/[\]\\^-]/, '\\$&') + ']$', flags);
      for (const c of cls) if (!re.test(String.fromCodePoint(c))) bad.push([cls[0], c, 'not equivalent']);
      for (const c of cls) {
        for (const d of [String.fromCodePoint(c).toUpperCase(), String.fromCodePoint(c).toLowerCase()]) {
          const cp = d.codePointAt(0);
          if ([...d].length === 1 && !cls.includes(cp) && re.test(d)) bad.push([cls[0], cp, 'missing']);
        }
      }
    }
    process.stdout.write(JSON.stringify(bad));
    """
    if not unicode_mode:
        classes = [c for c in classes if all(x <= 0xFFFF for x in c)]
    bad = _node(script, [[list(c) for c in classes], "iu" if unicode_mode else "i"])
    assert bad == []


def test_canonicalize_examples():
    assert U.canonicalize(ord("a"), False, True) == ord("A")
    assert U.canonicalize(0x17F, False, True) == 0x17F
    assert U.canonicalize(0xDF, False, True) == 0xDF
    assert U.canonicalize(ord("A"), True, True) == ord("a")
    assert U.canonicalize(0x17F, True, True) == ord("s")
    assert U.canonicalize(0x1E9E, True, True) == 0xDF
    assert U.canonicalize(ord("A"), True, False) == ord("A")


def test_white_space_set():
    ws = U.white_space()
    for c in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029,
              0x202F, 0x205F, 0x3000, 0xFEFF):
        assert c in ws
    assert 0x180E not in ws and 0x200B not in ws and 0x85 not in ws
