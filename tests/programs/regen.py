"""Regenerate the expected outputs ``NAME.out`` (and ``NAME.code`` for a non-zero exit)
of the programs in this directory by running them with Node.

Usage: ``python3 tests/programs/regen.py [NAME.js ...]`` (default: every program).
Node's output is the reference: commit the regenerated files after checking the
diff.  Each program is run twice and must print the same both times (the corpus
only holds deterministic programs).
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def node(path):
    r = subprocess.run(["node", path.name], cwd=HERE, capture_output=True, timeout=60)
    return r.stdout, r.returncode


def main(names):
    paths = [HERE / n for n in names] if names else \
        sorted(p for p in HERE.iterdir() if p.suffix in (".js", ".mjs"))
    for p in paths:
        out, code = node(p)
        again = node(p)
        if again != (out, code):
            sys.exit(f"{p.name}: Node's output differs between two runs; make it deterministic")
        p.with_suffix(".out").write_bytes(out)
        code_file = p.with_suffix(".code")
        if code:
            code_file.write_text(f"{code}\n")
        elif code_file.exists():
            code_file.unlink()
        print(f"{p.name}: exit {code}, {len(out)} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
