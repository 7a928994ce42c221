"""Reading a site's `hostedat.toml` (and `.dev.vars`) into a validated `SiteConfig`.

Everything a user can get wrong in the config is caught here, once, with a
message that names the file and the problem, so the rest of hostedat can trust
the values it receives and the CLI can print a single line instead of a traceback.

Binding kinds (`[[kv_namespaces]]`, later `[[d1_databases]]`, ...) live in a
registry rather than in the loader: adding a kind is one `register_binding_kind`
call next to the code that implements it, and any top-level key that is neither
a known section nor a registered kind is reported as unknown.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from hostedat.runtime.cron import CronError, parse_cron

CONFIG_FILE = "hostedat.toml"
DEV_VARS_FILE = ".dev.vars"
STATE_DIR_NAME = ".hostedat"
DEFAULT_MAIN = "_worker.js"
ASSETS_BINDING = "ASSETS"

_SECTIONS = ("main", "vars", "secrets", "triggers", "assets", "worker")

# Reserved words cannot be used as plain identifiers (`const { class } = env`),
# so a binding named like one is almost certainly a mistake.
_JS_RESERVED_WORDS = frozenset(
    """await break case catch class const continue debugger default delete do else
    enum export extends false finally for function if import in instanceof new null
    return super switch this throw true try typeof var void while with yield let
    static implements interface package private protected public""".split()
)


class ConfigError(Exception):
    """A problem in a site's configuration; `str()` is a complete one-line message."""


@dataclass(frozen=True)
class BindingKind:
    """How one array-of-tables binding section (e.g. `[[kv_namespaces]]`) is validated.

    `fields` maps each allowed key to its Python type(s); `name_field` is the key
    that holds the name the binding gets on `env`.
    """

    table: str
    fields: Mapping[str, type | tuple[type, ...]]
    required: tuple[str, ...] = ()
    name_field: str = "binding"


BINDING_KINDS: dict[str, BindingKind] = {}


def register_binding_kind(kind: BindingKind) -> BindingKind:
    if kind.table in _SECTIONS or kind.table in BINDING_KINDS:
        raise ValueError(f"binding kind {kind.table!r} is already defined")
    if kind.name_field not in kind.required:
        raise ValueError(f"binding kind {kind.table!r} must require its name field")
    BINDING_KINDS[kind.table] = kind
    return kind


register_binding_kind(
    BindingKind("kv_namespaces", fields={"binding": str, "id": str}, required=("binding",))
)


@dataclass(frozen=True)
class BindingConfig:
    """One declared binding: its kind (the TOML table name), env name and raw options."""

    kind: str
    name: str
    options: Mapping[str, Any]


@dataclass(frozen=True)
class AssetsConfig:
    spa: bool = False


@dataclass(frozen=True)
class WorkerConfig:
    pool_size: int = 2
    timeout_ms: int = 30_000


@dataclass(frozen=True)
class SiteConfig:
    site_dir: Path
    state_dir: Path
    config_file: Path | None = None
    main: str = DEFAULT_MAIN
    vars: Mapping[str, Any] = field(default_factory=dict)
    secrets: Mapping[str, str] = field(default_factory=dict)
    bindings: tuple[BindingConfig, ...] = ()
    crons: tuple[str, ...] = ()
    assets: AssetsConfig = AssetsConfig()
    worker: WorkerConfig = WorkerConfig()

    @property
    def main_path(self) -> Path:
        return self.site_dir / self.main

    def bindings_of(self, kind: str) -> list[BindingConfig]:
        return [b for b in self.bindings if b.kind == kind]


def load_config(site_dir: str | Path, *, persist_to: str | Path | None = None) -> SiteConfig:
    """Read `<site_dir>/hostedat.toml` (optional) and `<site_dir>/.dev.vars` (optional)."""
    site = Path(site_dir).resolve()
    if not site.is_dir():
        raise ConfigError(f"{site_dir}: site directory does not exist")
    state_dir = Path(persist_to).resolve() if persist_to else site / STATE_DIR_NAME
    config_path = site / CONFIG_FILE
    data: dict[str, Any] = {}
    if config_path.is_file():
        try:
            data = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{config_path}: invalid TOML: {exc}") from None
    dev_vars_path = site / DEV_VARS_FILE
    dev_vars = {}
    if dev_vars_path.is_file():
        dev_vars = parse_dev_vars(dev_vars_path.read_text(encoding="utf-8"), dev_vars_path)
    return _build(site, state_dir, config_path if config_path.is_file() else None, data, dev_vars)


def parse_dev_vars(text: str, source: Path | str = DEV_VARS_FILE) -> dict[str, str]:
    """Parse dotenv-style `KEY=value` lines: `#` comments, optional quotes.

    Double-quoted values understand `\\n`, `\\"` and `\\\\`; single-quoted values
    are literal; an unquoted value ends at ` #`.
    """
    result: dict[str, str] = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ConfigError(f"{source}:{lineno}: expected KEY=value, got {raw.strip()!r}")
        _check_env_name(key, f"{source}:{lineno}")
        result[key] = _dev_var_value(value.strip(), f"{source}:{lineno}")
    return result


def _dev_var_value(value: str, where: str) -> str:
    quote = value[:1]
    if quote not in ("'", '"'):
        comment = value.find(" #")
        return value[:comment].rstrip() if comment >= 0 else value
    end = 1
    while end < len(value) and value[end] != quote:
        end += 2 if quote == '"' and value[end] == "\\" else 1
    if end >= len(value):
        raise ConfigError(f"{where}: unterminated {quote} quote")
    rest = value[end + 1:].strip()
    if rest and not rest.startswith("#"):
        raise ConfigError(f"{where}: unexpected text after closing quote: {rest!r}")
    inner = value[1:end]
    if quote == '"':
        inner = re.sub(r'\\(.)', lambda m: "\n" if m[1] == "n" else m[1], inner)
    return inner


def _build(site: Path, state_dir: Path, config_path: Path | None,
           data: dict[str, Any], dev_vars: dict[str, str]) -> SiteConfig:
    where = str(config_path or site / CONFIG_FILE)
    for key in data:
        if key not in _SECTIONS and key not in BINDING_KINDS:
            known = ", ".join(sorted((*_SECTIONS, *BINDING_KINDS)))
            raise ConfigError(f"{where}: unknown top-level key {key!r} (expected one of: {known})")

    main = _parse_main(data.get("main", DEFAULT_MAIN), site, where)
    vars_ = _parse_vars(data.get("vars", {}), where)
    secrets = _parse_secrets(data.get("secrets", {}), where)
    clash = sorted(secrets.keys() & vars_.keys())
    if clash:
        raise ConfigError(f"{where}: {clash[0]!r} is declared in both [vars] and [secrets]")
    # Like wrangler, .dev.vars holds local secrets that override same-named values.
    for name, value in dev_vars.items():
        vars_.pop(name, None)
        secrets[name] = value
    if ASSETS_BINDING in vars_ or ASSETS_BINDING in secrets:
        raise ConfigError(f"{where}: {ASSETS_BINDING!r} is reserved for the built-in assets binding")
    bindings = _parse_bindings(data, where)
    taken = {ASSETS_BINDING: "the built-in assets binding"}
    taken.update({name: "[vars]" for name in vars_})
    taken.update({name: "[secrets]/.dev.vars" for name in secrets})
    for binding in bindings:
        if binding.name in taken:
            raise ConfigError(
                f"{where}: [[{binding.kind}]] binding name {binding.name!r} "
                f"is already used by {taken[binding.name]}")
        taken[binding.name] = f"[[{binding.kind}]]"

    return SiteConfig(
        site_dir=site,
        state_dir=state_dir,
        config_file=config_path,
        main=main,
        vars=vars_,
        secrets=secrets,
        bindings=tuple(bindings),
        crons=_parse_triggers(data.get("triggers", {}), where),
        assets=_parse_assets(data.get("assets", {}), where),
        worker=_parse_worker(data.get("worker", {}), where),
    )


def _parse_main(value: Any, site: Path, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: 'main' must be a non-empty path string")
    path = Path(value)
    if path.is_absolute() or not (site / path).resolve().is_relative_to(site):
        raise ConfigError(f"{where}: 'main' must be a path inside the site directory, got {value!r}")
    return path.as_posix()


def _parse_vars(value: Any, where: str) -> dict[str, Any]:
    table = _table(value, "[vars]", where)
    for name, item in table.items():
        _check_env_name(name, f"{where}: [vars]")
        try:
            json.dumps(item)
        except TypeError:
            raise ConfigError(
                f"{where}: [vars] {name} must be a string, number, boolean, array or table, "
                f"got {type(item).__name__}") from None
    return dict(table)


def _parse_secrets(value: Any, where: str) -> dict[str, str]:
    table = _table(value, "[secrets]", where)
    for name, item in table.items():
        _check_env_name(name, f"{where}: [secrets]")
        if not isinstance(item, str):
            raise ConfigError(f"{where}: [secrets] {name} must be a string")
    return dict(table)


def _parse_bindings(data: dict[str, Any], where: str) -> list[BindingConfig]:
    bindings = []
    for table_name, kind in BINDING_KINDS.items():
        entries = data.get(table_name, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise ConfigError(f"{where}: {table_name} must be an array of tables ([[{table_name}]])")
        for index, entry in enumerate(entries):
            label = f"[[{table_name}]] #{index + 1}"
            for key, item in entry.items():
                if key not in kind.fields:
                    allowed = ", ".join(kind.fields)
                    raise ConfigError(f"{where}: {label}: unknown key {key!r} (allowed: {allowed})")
                expected = kind.fields[key]
                if not isinstance(item, expected) or (isinstance(item, bool) and expected is int):
                    raise ConfigError(f"{where}: {label}: {key!r} has the wrong type ({type(item).__name__})")
            for key in kind.required:
                if key not in entry:
                    raise ConfigError(f"{where}: {label}: missing required key {key!r}")
            name = entry[kind.name_field]
            _check_env_name(name, f"{where}: {label}")
            bindings.append(BindingConfig(kind=table_name, name=name, options=dict(entry)))
    return bindings


def _parse_triggers(value: Any, where: str) -> tuple[str, ...]:
    table = _table(value, "[triggers]", where)
    _only_keys(table, {"crons"}, "[triggers]", where)
    crons = table.get("crons", [])
    if not isinstance(crons, list) or not all(isinstance(c, str) for c in crons):
        raise ConfigError(f"{where}: [triggers] crons must be an array of strings")
    for expression in crons:
        try:
            parse_cron(expression)
        except CronError as exc:
            raise ConfigError(f"{where}: [triggers] crons: {exc}") from None
    return tuple(dict.fromkeys(crons))


def _parse_assets(value: Any, where: str) -> AssetsConfig:
    table = _table(value, "[assets]", where)
    _only_keys(table, {"spa"}, "[assets]", where)
    spa = table.get("spa", False)
    if not isinstance(spa, bool):
        raise ConfigError(f"{where}: [assets] spa must be true or false")
    return AssetsConfig(spa=spa)


def _parse_worker(value: Any, where: str) -> WorkerConfig:
    table = _table(value, "[worker]", where)
    _only_keys(table, {"pool_size", "timeout_ms"}, "[worker]", where)
    result = {}
    for key, minimum in (("pool_size", 1), ("timeout_ms", 1)):
        if key in table:
            item = table[key]
            if type(item) is not int or item < minimum:
                raise ConfigError(f"{where}: [worker] {key} must be an integer >= {minimum}, got {item!r}")
            result[key] = item
    return WorkerConfig(**result)


def _table(value: Any, label: str, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {label} must be a table")
    return value


def _only_keys(table: dict[str, Any], allowed: set[str], label: str, where: str) -> None:
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{where}: {label}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")


def is_js_identifier(name: str) -> bool:
    """True for names usable as `env.NAME` and in `const { NAME } = env`.

    Python identifiers follow the same Unicode ID_Start/ID_Continue classes as
    JS identifiers, except that JS also allows `$`.
    """
    return bool(name) and name.replace("$", "_").isidentifier() and name not in _JS_RESERVED_WORDS


def _check_env_name(name: Any, where: str) -> None:
    if not isinstance(name, str) or not is_js_identifier(name):
        raise ConfigError(f"{where}: {name!r} is not a valid JavaScript identifier")
