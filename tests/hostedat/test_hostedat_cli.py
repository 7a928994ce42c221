import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from hostedat.cli import main

REPO = Path(__file__).resolve().parents[2]


def run_main(argv, capsys):
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("argv", [["--help"], ["dev", "--help"]])
def test_help(argv, capsys):
    code, out, _ = run_main(argv, capsys)
    assert code == 0 and "usage: hostedat" in out


@pytest.mark.parametrize("argv, message", [
    ([], "usage: hostedat"),
    (["dev"], "the following arguments are required: SITE_DIR"),
    (["dev", "site", "--port", "http"], "invalid port 'http'"),
    (["dev", "site", "--port", "70000"], "invalid port '70000'"),
    (["deploy"], "invalid choice: 'deploy'"),
])
def test_usage_errors_exit_2(argv, message, capsys):
    code, _, err = run_main(argv, capsys)
    assert code == 2 and message in err


def test_missing_site_dir_is_a_usage_error(tmp_path, capsys):
    code, _, err = run_main(["dev", str(tmp_path / "nope")], capsys)
    assert code == 2
    assert err.strip() == f"hostedat dev: error: site directory not found: {tmp_path / 'nope'}"


def test_config_error_is_one_line_exit_1(make_site, capsys):
    site = make_site({"hostedat.toml": "[worker]\npool_size = -1\n"})
    code, _, err = run_main(["dev", str(site)], capsys)
    assert code == 1
    assert err.count("\n") == 1 and "pool_size must be an integer >= 1" in err
    assert "Traceback" not in err


def read_line_matching(stream, pattern, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        if re.search(pattern, line):
            return line
    raise AssertionError(f"no line matching {pattern!r}")


def test_dev_serves_reloads_and_stops_cleanly(make_site, tmp_path):
    site = make_site({"index.html": "first", "hostedat.toml": '[vars]\nA = "1"\n'})
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "hostedat.cli", "dev", str(site), "--port", "0",
         "--persist-to", str(tmp_path / "state")],
        stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        line = read_line_matching(process.stderr, r"serving .* on http://")
        url = re.search(r"(http://\S+)", line).group(1)
        assert urllib.request.urlopen(url).read() == b"first"
        read_line_matching(process.stderr, r"GET / 200 ")
        (site / "hostedat.toml").write_text('[vars]\nA = "2"\n')
        read_line_matching(process.stderr, r"changed: hostedat.toml; reloading")
        read_line_matching(process.stderr, r"^reloaded")
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
