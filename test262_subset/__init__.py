"""The project's test262 runner and pass-list ratchet (``python -m test262_subset``).

Modules: :mod:`.frontmatter` (metadata parser), :mod:`.host` (``print`` and
``$262``), :mod:`.execute` (one test in a fresh realm), :mod:`.pool` (worker
processes with per-test kill), :mod:`.cli` (selection, reports, expectations).
``expected_pass.txt`` lists the tests that must keep passing.
"""
