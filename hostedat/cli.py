"""The `hostedat` command.

`hostedat dev SITE_DIR` serves one site on 127.0.0.1:8787, reloading it when
files change. Every failure the user can fix is reported as one line on
stderr: usage errors exit with 2, configuration and startup errors with 1.
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import signal
import sys
from pathlib import Path
from typing import NoReturn, Sequence

from aiohttp import web

from pyjs.interp.deep import start_deep_thread
from hostedat.config import ConfigError, SiteConfig, load_config
from hostedat.runtime.host import stderr_log
from hostedat.server.dev import SITE_HOST, create_dev_app
from hostedat.server.watch import PollingWatcher

DEFAULT_PORT = 8787
DEFAULT_HOST = "127.0.0.1"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line instead of usage text plus error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hostedat", description="Run Workers-style sites: static files plus _worker.js.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    dev = commands.add_parser("dev", help="serve one site locally, reloading on changes",
                              description="Serve SITE_DIR locally and reload it whenever a file changes.")
    dev.add_argument("site_dir", metavar="SITE_DIR", help="directory with the site's files (and hostedat.toml)")
    dev.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT})")
    dev.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST})")
    dev.add_argument("--persist-to", metavar="DIR",
                     help="directory for KV and other local state (default SITE_DIR/.hostedat)")
    dev.set_defaults(run=_run_dev)
    return parser


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"invalid port {text!r} (expected 0-65535)")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    return args.run(args, parser)


def _run_dev(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if not Path(args.site_dir).is_dir():
        parser.exit(2, f"hostedat dev: error: site directory not found: {args.site_dir}\n")
    try:
        config = load_config(args.site_dir, persist_to=args.persist_to)
    except ConfigError as exc:
        print(f"hostedat dev: {exc}", file=sys.stderr)
        return 1
    error = _serve_on_js_thread(config, args.host, args.port)
    if isinstance(error, OSError):
        print(f"hostedat dev: cannot listen on {args.host}:{args.port}: {error.strerror or error}", file=sys.stderr)
        return 1
    if error is not None:
        print(f"hostedat dev: {error}", file=sys.stderr)
        return 1
    return 0


def _serve_on_js_thread(config: SiteConfig, host: str, port: int) -> BaseException | None:
    """Run the server's event loop on a thread with a large stack (JS needs one).

    The main thread keeps the signals: SIGINT/SIGTERM ask the loop to stop.
    """
    holder: dict = {}
    done = threading.Event()

    def server() -> None:
        try:
            asyncio.run(serve_dev(config, host, port, holder))
        except BaseException as exc:  # reported by the main thread
            holder["error"] = exc
        finally:
            done.set()

    def request_stop(*_: object) -> None:
        loop, stop = holder.get("loop"), holder.get("stop")
        if loop is not None and stop is not None:
            loop.call_soon_threadsafe(stop.set)

    start_deep_thread(server, name="hostedat-server")
    signal.signal(signal.SIGTERM, request_stop)
    try:
        while not done.wait(0.25):
            pass
    except KeyboardInterrupt:
        request_stop()
        done.wait(10)
    return holder.get("error")


async def serve_dev(config: SiteConfig, host: str, port: int, holder: dict | None = None) -> None:
    """Serve until stopped, reloading the site when its files change.

    With ``holder``, the loop and its stop event are published there for
    another thread to stop it; without, SIGINT/SIGTERM stop it.
    """
    app = create_dev_app(config)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
        for address in runner.addresses:
            stderr_log(f"hostedat dev: serving {config.site_dir} on http://{_format_host(address[0])}:{address[1]}/")
        watcher = PollingWatcher(config.site_dir, ignore=[config.state_dir])
        watching = asyncio.create_task(watcher.run(lambda changed: _reload(app, changed)))
        if holder is None:
            await _wait_for_stop_signal()
        else:
            holder["stop"] = stop = asyncio.Event()
            holder["loop"] = asyncio.get_running_loop()
            await stop.wait()
        watching.cancel()
    finally:
        await runner.cleanup()


async def _reload(app: web.Application, changed: list[str]) -> None:
    shown = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
    stderr_log(f"changed: {shown}; reloading")
    if await app[SITE_HOST].reload():
        stderr_log("reloaded")


async def _wait_for_stop_signal() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)


def _format_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


if __name__ == "__main__":
    sys.exit(main())
