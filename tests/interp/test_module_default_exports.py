"""``export default`` of every declaration form binds the module's default export."""
import pytest

from pyjs import Realm


@pytest.mark.parametrize("source, call, name", [
    ("export default function () { return 42; }", True, "default"),
    ("export default function named() { return 42; }", True, "named"),
    ("export default async function () { return 42; }", False, "default"),
    ("export default function* () { yield 42; }", False, "default"),
    ("export default class { static v = 42; }", False, "default"),
    ("export default (function () { return 42; });", True, "default"),
    ("export default () => 42;", True, "default"),
])
def test_default_export_forms(tmp_path, source, call, name):
    (tmp_path / "lib.mjs").write_text(source + "\n", encoding="utf-8")
    (tmp_path / "main.mjs").write_text(
        "import f from './lib.mjs';\nimport * as ns from './lib.mjs';\n"
        "export const same = ns.default === f, kind = typeof f, fname = f.name;\n", encoding="utf-8")
    realm = Realm()
    ns = realm.import_module(str(tmp_path / "main.mjs"))
    assert ns.get("same", ns) is True
    assert ns.get("kind", ns) == "function"
    assert ns.get("fname", ns) == name
    if call:
        realm.set_global("lib", realm.import_module(str(tmp_path / "lib.mjs")))
        assert realm.evaluate("lib.default()") == 42.0
