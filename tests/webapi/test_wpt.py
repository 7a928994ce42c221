"""The Web Platform Tests ratchet for pyjs.webapi.

Each selected ``*.any.js`` file (see ``wpt_runner.SELECTION``) runs in its own
realm; the test fails when fewer subtests pass than ``wpt_expected.json``
records for that file.  After an improvement, record the new counts with
``python3 tests/webapi/wpt_runner.py -j 2 --update`` (and check the diff: a count
must never go down unnoticed).

The WPT folder is ``$PYJS_WPT_DIR`` (default ``<repo>/../shared/wpt``); the
tests are skipped when it is absent, or when ``PYJS_SKIP_WPT`` is set (they
take a few minutes on two cores; ``pytest -n 2`` runs them in parallel).
"""
import json
import os

import pytest

from wpt_runner import EXPECTED_FILE, run_file, wpt_dir

HAVE_WPT = os.path.isfile(os.path.join(wpt_dir(), "resources", "testharness.js"))

with open(EXPECTED_FILE) as f:
    EXPECTED = json.load(f)


@pytest.mark.skipif(not HAVE_WPT, reason=f"WPT not found at {wpt_dir()}")
@pytest.mark.skipif(bool(os.environ.get("PYJS_SKIP_WPT")), reason="PYJS_SKIP_WPT is set")
@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_wpt_file(path):
    result = run_file(path)
    failures = [f"{status}: {name} -- {message}" for name, status, message in result.results
                if status != "PASS"]
    assert result.passed >= EXPECTED[path], (
        f"{path}: {result.passed} subtests passed, expected at least {EXPECTED[path]} "
        f"(harness: {result.harness_status} {result.harness_message})\n" + "\n".join(failures[:40]))
