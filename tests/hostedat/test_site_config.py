from pathlib import Path

import pytest

from hostedat.config import (
    BINDING_KINDS, ConfigError, is_js_identifier, load_config, parse_dev_vars,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hello"

FULL = """
main = "src/worker.js"
[vars]
GREETING = "hello"
LIMITS = { max = 3 }
[secrets]
API_KEY = "dev-secret"
[[kv_namespaces]]
binding = "MY_KV"
[[kv_namespaces]]
binding = "OTHER"
id = "other-ns"
[triggers]
crons = ["*/15 * * * *", "0 0 * * MON"]
[assets]
spa = true
[worker]
pool_size = 4
timeout_ms = 5000
"""


def test_full_config(make_site):
    site = make_site({"hostedat.toml": FULL})
    config = load_config(site)
    assert config.site_dir == site.resolve()
    assert config.state_dir == site.resolve() / ".hostedat"
    assert config.main == "src/worker.js"
    assert config.main_path == site.resolve() / "src" / "worker.js"
    assert config.vars == {"GREETING": "hello", "LIMITS": {"max": 3}}
    assert config.secrets == {"API_KEY": "dev-secret"}
    assert [(b.kind, b.name, b.options.get("id")) for b in config.bindings] == [
        ("kv_namespaces", "MY_KV", None), ("kv_namespaces", "OTHER", "other-ns")]
    assert config.crons == ("*/15 * * * *", "0 0 * * MON")
    assert config.assets.spa is True
    assert (config.worker.pool_size, config.worker.timeout_ms) == (4, 5000)


def test_defaults_without_config_file(make_site, tmp_path):
    site = make_site({"index.html": "hi"})
    config = load_config(site, persist_to=tmp_path / "state")
    assert config.config_file is None
    assert config.main == "_worker.js"
    assert config.vars == {} and config.bindings == () and config.crons == ()
    assert config.assets.spa is False
    assert (config.worker.pool_size, config.worker.timeout_ms) == (2, 30000)
    assert config.state_dir == (tmp_path / "state").resolve()


def test_dev_vars_become_secrets_and_override_vars(make_site):
    site = make_site({
        "hostedat.toml": '[vars]\nTOKEN = "from-toml"\nKEEP = "x"\n',
        ".dev.vars": '# local secrets\nTOKEN="from dev vars"\nAPI_KEY=abc # trailing comment\n'
                     "RAW='a # b'\nexport MULTI=\"line1\\nline2\"\n\n",
    })
    config = load_config(site)
    assert config.vars == {"KEEP": "x"}
    assert config.secrets == {"TOKEN": "from dev vars", "API_KEY": "abc",
                              "RAW": "a # b", "MULTI": "line1\nline2"}


@pytest.mark.parametrize("text, problem", [
    ("NOVALUE\n", "expected KEY=value"),
    ("1BAD=x\n", "not a valid JavaScript identifier"),
    ('KEY="unterminated\n', "unterminated"),
    ('KEY="a" junk\n', "unexpected text"),
])
def test_dev_vars_errors_name_file_and_line(text, problem):
    with pytest.raises(ConfigError) as info:
        parse_dev_vars(text, "site/.dev.vars")
    assert str(info.value).startswith("site/.dev.vars:1: ")
    assert problem in str(info.value)


@pytest.mark.parametrize("toml, problem", [
    ("bogus = 1", "unknown top-level key 'bogus'"),
    ("[vars\n", "invalid TOML"),
    ("main = 3", "'main' must be a non-empty path string"),
    ('main = "../outside.js"', "must be a path inside the site directory"),
    ("[[kv_namespaces]]\nid = 'x'", "missing required key 'binding'"),
    ("[[kv_namespaces]]\nbinding = 'MY-KV'", "'MY-KV' is not a valid JavaScript identifier"),
    ("[[kv_namespaces]]\nbinding = 'class'", "'class' is not a valid JavaScript identifier"),
    ("[[kv_namespaces]]\nbinding = 'A'\ncolour = 'red'", "unknown key 'colour'"),
    ("[[kv_namespaces]]\nbinding = 7", "'binding' has the wrong type"),
    ("kv_namespaces = 'x'", "must be an array of tables"),
    ("[[kv_namespaces]]\nbinding = 'A'\n[[kv_namespaces]]\nbinding = 'A'", "'A' is already used by [[kv_namespaces]]"),
    ("[vars]\nA = 'x'\n[[kv_namespaces]]\nbinding = 'A'", "'A' is already used by [vars]"),
    ("[[kv_namespaces]]\nbinding = 'ASSETS'", "already used by the built-in assets binding"),
    ("[vars]\nASSETS = 'x'", "'ASSETS' is reserved"),
    ("[vars]\nA = 'x'\n[secrets]\nA = 'y'", "'A' is declared in both [vars] and [secrets]"),
    ("[vars]\nWHEN = 1979-05-27", "[vars] WHEN must be a string"),
    ("[secrets]\nA = 1", "[secrets] A must be a string"),
    ("[triggers]\ncrons = ['* * *']", "must have 5 fields"),
    ("[triggers]\ncrons = '* * * * *'", "crons must be an array of strings"),
    ("[triggers]\nschedule = []", "[triggers]: unknown key 'schedule'"),
    ("[assets]\nspa = 'yes'", "[assets] spa must be true or false"),
    ("[worker]\npool_size = 0", "[worker] pool_size must be an integer >= 1, got 0"),
    ("[worker]\ntimeout_ms = true", "[worker] timeout_ms must be an integer >= 1"),
    ("vars = 3", "[vars] must be a table"),
])
def test_config_errors_name_the_file_and_the_problem(make_site, toml, problem):
    site = make_site({"hostedat.toml": toml})
    with pytest.raises(ConfigError) as info:
        load_config(site)
    message = str(info.value)
    assert message.startswith(str(site.resolve() / "hostedat.toml") + ": ")
    assert problem in message
    assert "\n" not in message.strip()


def test_missing_site_directory(tmp_path):
    with pytest.raises(ConfigError, match="site directory does not exist"):
        load_config(tmp_path / "nope")


def test_registry_lists_kv_and_rejects_duplicates():
    from hostedat.config import BindingKind, register_binding_kind
    assert "kv_namespaces" in BINDING_KINDS
    with pytest.raises(ValueError):
        register_binding_kind(BindingKind("kv_namespaces", fields={"binding": str}, required=("binding",)))
    with pytest.raises(ValueError):
        register_binding_kind(BindingKind("vars", fields={"binding": str}, required=("binding",)))


def test_js_identifier_rules():
    for good in ("MY_KV", "$db", "_x1", "Ünïcode"):
        assert is_js_identifier(good), good
    for bad in ("", "1abc", "a-b", "a b", "return", "null"):
        assert not is_js_identifier(bad), bad


def test_example_site_config_loads():
    config = load_config(EXAMPLE)
    assert config.vars["GREETING"] == "hello"
    assert [b.name for b in config.bindings_of("kv_namespaces")] == ["COUNTER"]
    assert config.crons == ("*/15 * * * *",)
    assert config.main_path.is_file()
    assert ".hostedat/" in (EXAMPLE / ".gitignore").read_text().split()
