"""HTTP requests/second: a hello-world worker on `hostedat dev` next to bare aiohttp.

usage: python3 bench/http_rps.py [--duration S] [--warmup S] [--connections N] [--only NAME]

Both servers run as subprocesses on 127.0.0.1 in the same run: the real `hostedat dev`
CLI serving a site whose `_worker.js` answers every request with
`new Response("Hello World!")`, and a plain aiohttp app answering the same text (no
access log, as `hostedat dev` uses none of aiohttp's: it prints its own request lines,
here to a file). The load generator is this process: an aiohttp client with N
keep-alive connections, each looping GET / for a warm-up period (not counted) and
then for a fixed duration. It reports requests/second, latency percentiles, the
server's CPU time per request (read from /proc: unlike requests/second it hardly
depends on what else the machine is doing) and the hostedat/aiohttp ratio, with the
load average before and after (the machine may be shared; the load generator itself
needs a core too).

The issue's target is >= 1,000 requests/second for the worker on a 2-core machine.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

HELLO_WORKER = """export default {
  fetch(request, env, ctx) {
    return new Response("Hello World!");
  },
};
"""

AIOHTTP_SERVER = """
import sys
from aiohttp import web

async def hello(request):
    return web.Response(text="Hello World!")

app = web.Application()
app.router.add_get("/{tail:.*}", hello)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None)
"""

BODY = b"Hello World!"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    """Poll until the server answers 200 with the expected body (or give up)."""
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with status {proc.returncode} before answering")
            try:
                async with session.get(url) as r:
                    if r.status == 200 and await r.read() == BODY:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"server at {url} not ready after {timeout:g}s")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux /proc), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def load(url: str, connections: int, warmup: float, duration: float, pid: int | None = None) -> dict:
    """Run `connections` keep-alive clients for warmup + duration seconds; count the latter.

    With `pid`, the server's CPU time over the measured window is recorded too: CPU
    milliseconds per request do not depend on how busy the rest of the machine is.
    """
    connector = aiohttp.TCPConnector(limit=connections, force_close=False)
    latencies: list[float] = []
    errors = 0
    cpu = {}
    async with aiohttp.ClientSession(connector=connector) as session:
        start = time.perf_counter()
        measure_from = start + warmup
        stop_at = measure_from + duration

        async def sample_cpu() -> None:
            await asyncio.sleep(measure_from - time.perf_counter())
            cpu["start"] = cpu_seconds(pid)
            await asyncio.sleep(stop_at - time.perf_counter())
            cpu["end"] = cpu_seconds(pid)

        async def client() -> None:
            nonlocal errors
            while True:
                t0 = time.perf_counter()
                if t0 >= stop_at:
                    return
                try:
                    async with session.get(url) as r:
                        ok = r.status == 200 and await r.read() == BODY
                except aiohttp.ClientError:
                    ok = False
                t1 = time.perf_counter()
                if t0 >= measure_from:
                    if ok:
                        latencies.append(t1 - t0)
                    else:
                        errors += 1
        await asyncio.gather(*(client() for _ in range(connections)),
                             *([sample_cpu()] if pid is not None else []))
    latencies.sort()
    n = len(latencies)
    cpu_ms = None
    if cpu.get("start") is not None and cpu.get("end") is not None and n:
        cpu_ms = (cpu["end"] - cpu["start"]) * 1000 / n
    return {
        "cpu_ms": cpu_ms,
        "requests": n,
        "errors": errors,
        "rps": n / duration,
        "p50_ms": latencies[n // 2] * 1000 if n else float("nan"),
        "p99_ms": latencies[min(n - 1, int(n * 0.99))] * 1000 if n else float("nan"),
        "mean_ms": statistics.fmean(latencies) * 1000 if n else float("nan"),
    }


def start_hostedat(site: Path, port: int, log_file) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "hostedat.cli", "dev", str(site), "--port", str(port)],
                            stdout=log_file, stderr=log_file)


def start_aiohttp(port: int, log_file) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", AIOHTTP_SERVER, str(port)], stdout=log_file, stderr=log_file)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def measure(name: str, start, args, workdir: Path) -> dict:
    port = free_port()
    log_path = workdir / f"{name}.log"
    with open(log_path, "w") as log_file:
        proc = start(port, log_file)
        try:
            url = f"http://127.0.0.1:{port}/"
            asyncio.run(wait_ready(url, proc))
            result = asyncio.run(load(url, args.connections, args.warmup, args.duration, proc.pid))
        except RuntimeError as exc:
            tail = log_path.read_text(errors="replace").strip().splitlines()[-3:]
            raise SystemExit(f"{name}: {exc}\n" + "\n".join(tail))
        finally:
            stop(proc)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="requests/second: hostedat dev hello-world worker vs aiohttp")
    parser.add_argument("--duration", type=float, default=10.0, help="measured seconds per server (default 10)")
    parser.add_argument("--warmup", type=float, default=3.0, help="unmeasured seconds first (default 3)")
    parser.add_argument("--connections", type=int, default=10, help="concurrent keep-alive connections (default 10)")
    parser.add_argument("--only", choices=("hostedat", "aiohttp"), help="measure one server only")
    args = parser.parse_args(argv)

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)")
    results = {}
    with tempfile.TemporaryDirectory(prefix="http-rps-") as tmp:
        workdir = Path(tmp)
        site = workdir / "site"
        site.mkdir()
        (site / "_worker.js").write_text(HELLO_WORKER)
        servers = {
            "hostedat": lambda port, log: start_hostedat(site, port, log),
            "aiohttp": start_aiohttp,
        }
        for name, start in servers.items():
            if args.only and name != args.only:
                continue
            r = results[name] = measure(name, start, args, workdir)
            cpu = (f"; server CPU {r['cpu_ms']:.3f} ms/request = {1000 / r['cpu_ms']:.0f} req/s per core"
                   if r["cpu_ms"] else "")
            print(f"{name:9} {r['rps']:8.0f} req/s  ({r['requests']} ok, {r['errors']} errors in "
                  f"{args.duration:g}s; latency p50 {r['p50_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms{cpu})", flush=True)
    if len(results) == 2:
        ratio = results["aiohttp"]["rps"] / results["hostedat"]["rps"]
        print(f"ratio: bare aiohttp serves {ratio:.2f}x the requests/second of the hostedat worker")
    print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
